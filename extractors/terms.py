"""The years a document gives its terms of office, read once per document.

- ``review``: the year its title or lead reviews ("Cụm thi đua số 2 tổng kết năm 2023",
  "Sơ kết … 6 tháng đầu năm 2023"), the year of the chairs it names without a year;
- ``now``: the year "năm nay" means (the publication year, else the document's year);
- ``tables``: the year each table row inherits from its header or caption ("4. Bầu đơn vị Cụm
  trưởng, Cụm phó năm 2017:" then "STT | Đơn vị | Chức danh năm 2017").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from extractors.base import Context, years_in
from extractors.nlp import load_lexicon
from schemas.document import Sentence

LEAD_SENTENCES = 2  # the title (and its date line): where a review names its year


@dataclass(frozen=True)
class DocYears:
    default: int | None  # the year of a term the text gives no year for
    now: int | None
    year_end_review: bool  # a "tổng kết" (not a mid-year "sơ kết"): elections there are for next year
    tables: dict[int, int] = field(default_factory=dict)  # sentence start -> inherited year


@cache
def _review_re() -> re.Pattern:
    words = load_lexicon("chairs.year_end.txt") + load_lexicon("chairs.mid_year.txt")
    alts = "|".join(re.escape(w) for w in words)
    return re.compile(rf"(?i)\b({alts})\b[^.;:\n]{{0,80}}?\bnăm\s+((?:19|20)\d\d)\b")


def read_years(ctx: Context) -> DocYears:
    """The term years of one document (see the module notes)."""
    lead = "\n".join(s.text for s in ctx.sentences[:LEAD_SENTENCES])
    m = _review_re().search(lead)
    now = int(ctx.doc.published[:4]) if ctx.doc.published else ctx.year
    if m is None:
        return DocYears(ctx.year, now, False, table_years(ctx.sentences))
    year_end = m.group(1).casefold() in {w.casefold() for w in load_lexicon("chairs.year_end.txt")}
    return DocYears(int(m.group(2)), now, year_end, table_years(ctx.sentences))


def table_years(sentences: tuple[Sentence, ...]) -> dict[int, int]:
    """For each " | " table row, the year of its header row or, failing that, of the line just
    before the table (its caption)."""
    out: dict[int, int] = {}
    year, caption, in_table = None, "", False
    for sent in sentences:
        if "|" not in sent.text:
            year, caption, in_table = None, sent.text, False
            continue
        if not in_table:
            year, in_table = (years_in(sent.text) or years_in(caption) or [None])[0], True
        if year is not None:
            out[sent.start] = year
    return out
