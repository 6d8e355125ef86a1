"""What every sentence of one document is read against by the chair and member rules: the
bodies it names, the abbreviations it defines, its text as syllable norms (to spell those out
only where it writes the long form), its passing body mentions, its sentences and, for chairs, its
term years and the members found.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, cached_property

from extractors.base import Context
from extractors.nlp import load_lexicon
from extractors.phrases import read_tokens
from extractors.resolution import contrast_mentions, passing_mentions
from extractors.terms import DocYears
from extractors.units import (
    ACRONYM_RE,
    defined_abbreviations,
    document_key,
    find_spans,
    known_abbreviations,
    read_heads,
    spell_out,
    unit_key,
)
from schemas.document import Sentence
from schemas.facts import Body, Member
from schemas.names import canon


@dataclass(frozen=True)
class Scope:
    """What every sentence of one document is read against."""

    bodies: list[Body]
    abbreviations: dict[str, str]  # defined in the document: "TAND" -> "Tòa án nhân dân"
    passing: frozenset[int] = frozenset()  # body mentions in passing (``resolution.passing_mentions``)
    years: DocYears | None = None  # the document's term years (``terms.read_years``), for chairs
    sentences: tuple[Sentence, ...] = ()  # the document's sentences (``short_names.resolve``)

    text: str = ""  # the document's text
    members: tuple[Member, ...] = ()  # the members found, for chairs (``chairs.member_body``)
    contrast: frozenset[int] = frozenset()  # body mentions set against a fact (``resolution.contrast_mentions``)

    def spell_out(self, name: str) -> str:
        """A unit name with its abbreviations spelt out where the document writes the long form: those
        it defines, else the common ones of ``units.abbreviations.txt`` ("TAND tỉnh Bình Dương" ->
        "Tòa án nhân dân tỉnh Bình Dương" in a text that writes both)."""
        return spell_out(spell_defined(name, self.coined), {**known_abbreviations(), **self.abbreviations},
                         self.document_key)

    def document_key(self) -> str:
        """The document's text as ``units.norms_key``, made when a name is first to be spelt out (most documents
        never need it), then remembered (``units.document_key``)."""
        return document_key(self.text)

    @cached_property
    def coined(self) -> dict[str, str]:
        """The abbreviations the document coins for itself: defined, and neither a common one of
        ``units.abbreviations.txt`` ("HTX", "VKSND") nor a brand ("Agribank") — "CAH" for "Công an
        huyện", "TW Hội CCB". A name is read with these spelt out wherever it stands."""
        known = known_abbreviations()
        return {a: b for a, b in self.abbreviations.items()
                if a not in known and (" " in a or ACRONYM_RE.fullmatch(a))}

    def long_key(self, name: str) -> str:
        """``units.unit_key`` of a unit name with the abbreviations the document defines spelt out
        too ("Hội LHPN tỉnh" -> "hội liên hiệp phụ nữ tỉnh")."""
        return unit_key(" ".join(self.abbreviations.get(w, w) for w in name.split()))

    @cached_property
    def places(self) -> frozenset[str]:
        """The names the document writes after a place word, and those listed with them ("quận Lê
        Chân", "các huyện Đinh Lập, Lộc Bình và Hữu Lũng"), canonical: a holder so named is a
        place, however much it looks like a person."""
        out = set()
        for m in _place_re().finditer(self.text):
            for piece in _PIECES_RE.split(m.group(1)):
                words = piece.split()
                run = next((k for k, w in enumerate(words) if not w[:1].isupper()), len(words))
                if 2 <= run <= 4:
                    out.add(canon(" ".join(words[:run])))
                if run < len(words) or not run:
                    break
        return frozenset(out)

    def is_place(self, name: str) -> bool:
        return canon(name) in self.places


def spell_defined(name: str, abbreviations: dict[str, str]) -> str:
    """A name that opens with an abbreviation the document defines, with it spelt out whether or
    not the text writes the long form with the rest of the name: "CAH Chợ Gạo" -> "Công an huyện
    Chợ Gạo" where "Công an huyện" is defined as "CAH"; one of several words too ("TW Hội CCB").
    One inside or at the end of a name stays as written ("Trường THPT …", "Công ty … – TKV")."""
    for a in sorted(abbreviations, key=len, reverse=True):
        if name.startswith(a) and name[len(a) : len(a) + 1] in ("", " "):
            return abbreviations[a] + name[len(a) :]
    return name


_PIECES_RE = re.compile(r"\s*(?:,|;|\bvà\b)\s*")


@cache
def _place_re() -> re.Pattern:
    alts = "|".join(r"\s+".join(map(re.escape, w.split())) for w in load_lexicon("units.admin.txt"))
    return re.compile(rf"(?<!\w)(?:{alts})\s+([^\W\d_][^.:()\n]{{0,80}})", re.IGNORECASE)


def read_scope(ctx: Context, bodies: list[Body], years: DocYears | None = None) -> Scope:
    """The scope of one document that names ``bodies``."""
    abbreviations = defined_abbreviations(s.text for s in ctx.sentences)
    return Scope(bodies, abbreviations,
                 passing_mentions(bodies, ctx.doc.text), years, tuple(ctx.sentences), ctx.doc.text,
                 contrast=contrast_mentions(bodies, ctx.doc.text))


def unit_before(ctx: Context, at: int, abbreviations: dict[str, str] | None = None) -> str | None:
    """The unit whose name ends right before document offset ``at`` (a bracket that gives it a short
    name), with the units before it joined by dashes ("Ngân hàng TMCP X - Chi nhánh tỉnh Y (BIDV Y)":
    a bank and its branch, one name); None when no unit ends there."""
    sent = next((s for s in ctx.sentences if s.start <= at < s.end), None)
    if sent is None:
        return None
    piece = ctx.doc.text[sent.start : at].rstrip()
    toks = read_tokens(piece)
    spans = find_spans(toks, (), read_heads(toks, abbreviations)) if abbreviations else find_spans(toks)
    spans = [u for u in spans if u.kind == "unit"]
    if not spans or spans[-1].end != len(toks):
        return None
    start = spans[-1].start
    for u in spans[-2::-1]:
        if u.end + 1 != start or toks[u.end].text not in ("-", "–"):
            break
        start = u.start
    return piece[toks[start].start :]
