"""The extractor registry and the context every extractor reads.

An extractor is a small registered function with a name and a version. It takes one
``Context`` (one document, its sentences, its reference year and the facts of the
extractors it depends on) and yields facts, each with its ``Evidence``.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field

from schemas.document import Document, Sentence
from schemas.facts import Evidence, Fact

YEAR_RE = re.compile(r"(?<![\d/.-])(19[5-9]\d|20[0-4]\d)(?![\d/])")


@dataclass
class Context:
    doc: Document
    year: int | None  # the year the document reports on (see ``reference_year``)
    found: dict[str, list[Fact]] = field(default_factory=dict)

    @property
    def sentences(self) -> tuple[Sentence, ...]:
        """The sentences of the article's own text (boilerplate after ``body_end`` left out)."""
        end = self.doc.body_end if self.doc.body_end >= 0 else len(self.doc.text)
        return tuple(s for s in self.doc.sentences if s.start < end)

    def evidence(self, sent: Sentence, start: int, end: int, rule: str) -> Evidence:
        """Evidence for ``sent.text[start:end]`` (offsets relative to the sentence)."""
        a, b = sent.start + start, sent.start + end
        return Evidence(self.doc.doc_id, a, b, self.doc.text[a:b], sent.start, sent.end, rule)


@dataclass(frozen=True)
class ExtractorSpec:
    name: str  # also the fact type it yields: bodies, chairs, members, campaigns, awards, persons
    version: str
    func: Callable[[Context], Iterable[Fact]]
    needs: tuple[str, ...] = ()


REGISTRY: dict[str, ExtractorSpec] = {}

# The version of each extractor: bump it whenever the extractor's output changes, and stored
# documents read by an older version are re-read by `thidua ingest --reextract`. Kept here, not
# in the rule modules, so that knowing the versions (every ingest does) loads no rules.
VERSIONS = {"awards": "16", "bodies": "16", "campaigns": "16", "chairs": "16", "members": "16", "persons": "16"}


def extractor(name: str, needs: tuple[str, ...] = ()):
    """Register ``func`` as the extractor ``name``, at its version in ``VERSIONS``."""

    def wrap(func):
        REGISTRY[name] = ExtractorSpec(name, VERSIONS[name], func, needs)
        return func

    return wrap


def reference_year(doc: Document) -> int | None:
    """The year a document reports on: the first year its title names ("Tổng kết công tác thi đua
    năm 2022" -> 2022), else the most frequent year in its own text (the latest on a tie), else
    the year it was published."""
    in_title = years_in(doc.title or "")
    if in_title:
        return in_title[0]
    years = Counter(body_years(doc.body))
    if years:
        top = max(years.values())
        return max(y for y, n in years.items() if n == top)
    if doc.published:
        return int(doc.published[:4])
    return None


_YEAR_CANDIDATE = re.compile(r"(19[5-9]\d|20[0-4]\d)(?![\d/])")  # YEAR_RE without its look-behind
_NOT_BEFORE_YEAR = re.compile(r"[\d/.-]")


def body_years(text: str) -> Iterator[int]:
    """The years ``YEAR_RE`` finds in ``text``, three times as fast on a long text: a pattern that
    opens with a look-behind is tried at every position, one that opens with a digit is not. (No
    year can start inside a candidate the look-behind rejects: its characters are digits.)

    >>> list(body_years("Năm 2022 (12/2022), số 02023, mã 1995/QĐ, 2019-2020"))
    [2022, 2019]
    """
    for m in _YEAR_CANDIDATE.finditer(text):
        if not (m.start() and _NOT_BEFORE_YEAR.match(text, m.start() - 1)):
            yield int(m.group(1))


def years_in(text: str) -> list[int]:
    """Four-digit years (1950–2049) named in ``text``, in order: "năm 2022" -> [2022]."""
    return [int(m.group(1)) for m in YEAR_RE.finditer(text)]
