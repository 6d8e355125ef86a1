"""Facts extracted from one document, each with its evidence.

Every fact carries an ``Evidence``: the document, half-open character offsets into the
stored document text, the matched surface (``text[start:end] == surface``, checked
centrally by the pipeline), the sentence's offsets and the rule that fired.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

FACT_TYPES = ("bodies", "chairs", "members", "campaigns", "awards", "persons")


@dataclass(frozen=True)
class Evidence:
    doc_id: str
    start: int
    end: int
    surface: str
    sent_start: int
    sent_end: int
    rule: str  # "<extractor>/<rule name>"


@dataclass(frozen=True)
class Body:
    """An emulation bloc ("Khối thi đua …", "Khu vực thi đua …") or cluster ("Cụm thi đua …")."""

    name: str
    kind: str  # bloc | cluster
    evidence: Evidence
    parent: str | None = None  # "Cụm thi đua số 8 – Bộ Công an": parent "Bộ Công an"


@dataclass(frozen=True)
class Chair:
    """A chair (Khối trưởng, Cụm trưởng) or vice-chair (Khối phó, Cụm phó) for the year of the term."""

    body: str
    role: str  # chair | vice_chair
    holder: str
    holder_kind: str  # org | person
    year: int | None
    evidence: Evidence
    holder_org: str | None = None


@dataclass(frozen=True)
class Member:
    body: str
    member: str
    year: int | None
    evidence: Evidence


@dataclass(frozen=True)
class Campaign:
    """A named emulation campaign (phong trào thi đua "…") or a yearly theme (chủ đề "…")."""

    name: str
    kind: str  # campaign | theme
    year: int | None
    evidence: Evidence


@dataclass(frozen=True)
class Award:
    award: str  # "Cờ thi đua của Chính phủ", "Bằng khen của Thủ tướng Chính phủ", …
    recipient: str | None
    year: int | None
    status: str  # granted | proposed
    evidence: Evidence


@dataclass(frozen=True)
class Person:
    name: str
    title: str | None
    evidence: Evidence


Fact = Body | Chair | Member | Campaign | Award | Person

FACT_CLASSES: dict[str, type] = {
    "bodies": Body,
    "chairs": Chair,
    "members": Member,
    "campaigns": Campaign,
    "awards": Award,
    "persons": Person,
}


def fact_type(fact: Fact) -> str:
    """The fact-type key ("bodies", "chairs", …) of a fact."""
    for key, cls in FACT_CLASSES.items():
        if isinstance(fact, cls):
            return key
    raise TypeError(f"not a fact: {fact!r}")


def fact_fields(fact: Fact) -> dict:
    """The fact's own fields, without its evidence."""
    row = asdict(fact)
    row.pop("evidence")
    return row
