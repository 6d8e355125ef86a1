"""What every sentence of one document is read against by the chair and member rules: the
bodies it names, the abbreviations it defines, its text as syllable norms (to spell those out
only where it writes the long form), its passing body mentions and, for chairs, its term years.
"""

from __future__ import annotations

from dataclasses import dataclass

from extractors.base import Context
from extractors.resolution import passing_mentions
from extractors.terms import DocYears
from extractors.units import defined_abbreviations, norms_key, spell_out
from schemas.facts import Body


@dataclass(frozen=True)
class Scope:
    """What every sentence of one document is read against."""

    bodies: list[Body]
    abbreviations: dict[str, str]  # defined in the document: "TAND" -> "Tòa án nhân dân"
    text_key: str  # the document's text as ``units.norms_key``
    passing: frozenset[int] = frozenset()  # body mentions in passing (``resolution.passing_mentions``)
    years: DocYears | None = None  # the document's term years (``terms.read_years``), for chairs

    def spell_out(self, name: str) -> str:
        return spell_out(name, self.abbreviations, self.text_key)


def read_scope(ctx: Context, bodies: list[Body], years: DocYears | None = None) -> Scope:
    """The scope of one document that names ``bodies``."""
    abbreviations = defined_abbreviations(s.text for s in ctx.sentences)
    return Scope(bodies, abbreviations, norms_key(ctx.doc.text) if abbreviations else "",
                 passing_mentions(bodies, ctx.doc.text), years)
