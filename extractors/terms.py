"""The years a document gives its terms of office, read once per document, and the years a
sentence writes.

- ``review``: the year its title or lead reviews ("Cụm thi đua số 2 tổng kết năm 2023",
  "Sơ kết … 6 tháng đầu năm 2023"), the year of the chairs it names without a year;
- ``now``: the year "năm nay", "năm ngoái", "năm tới" count from (the publication year, else
  the document's year);
- ``tables``: the year each table row inherits from its header or caption ("4. Bầu đơn vị Cụm
  trưởng, Cụm phó năm 2017:" then "STT | Đơn vị | Chức danh năm 2017"), or the row gives in a
  column headed "Năm".
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from extractors.base import Context, years_in
from extractors.nlp import Token, load_lexicon, norm
from extractors.phrases import cells, is_year, match_patterns, read_tokens
from schemas.document import Sentence
from schemas.names import canon

LEAD_SENTENCES = 5  # the title, its date line and the lead: where a review names its year


@dataclass(frozen=True)
class DocYears:
    default: int | None  # the year of a term the text gives no year for
    now: int | None
    year_end_review: bool  # a "tổng kết" (not a mid-year "sơ kết"): elections there are for next year
    tables: dict[int, int] = field(default_factory=dict)  # sentence start -> inherited year
    stated: bool = False  # ``default`` is a year the title or lead reviews, not a mere guess


@cache
def _review_re() -> re.Pattern:
    words = load_lexicon("chairs.year_end.txt") + load_lexicon("chairs.mid_year.txt")
    alts = "|".join(re.escape(w) for w in words)
    return re.compile(rf"(?i)\b({alts})\b[^.;:\n]{{0,80}}?\bnăm\s+((?:19|20)\d\d)\b")


def read_years(ctx: Context) -> DocYears:
    """The term years of one document (see the module notes). The review the title names comes
    first; then a year the title names for itself (not one it gives a term: "Cụm trưởng 2024");
    then a review the lead names."""
    now = int(ctx.doc.published[:4]) if ctx.doc.published else ctx.year
    tables = table_years(ctx.sentences)
    title = ctx.sentences[0].text if ctx.sentences else ""
    m = _review_re().search(title)
    if m is None and not title_names_year(title):
        m = _review_re().search("\n".join(s.text for s in ctx.sentences[1:LEAD_SENTENCES]))
    if m is None:
        return DocYears(ctx.year, now, False, tables)
    year_end = m.group(1).casefold() in {w.casefold() for w in load_lexicon("chairs.year_end.txt")}
    return DocYears(int(m.group(2)), now, year_end, tables, stated=True)


def title_names_year(title: str) -> bool:
    """Whether a title names a year other than right after a role word ("… Cụm trưởng 2024")."""
    toks = read_tokens(title)
    after_role = {m.end + k for m in match_patterns("chairs.roles.jsonl", toks) for k in (0, 1)}
    return any(is_year(t) and k not in after_role for k, t in enumerate(toks))


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


# --- years a sentence writes ------------------------------------------------------------------

_NAM, _HOC = norm("năm"), norm("học")


def year_at(toks: list[Token], i: int, years: DocYears) -> tuple[int, int] | None:
    """A year written at token ``i``: (the index after it, the year). "năm 2023", "năm học 2022
    – 2023" (the first), "2023", "năm nay", "năm ngoái" (counted from ``years.now``)."""
    if i < len(toks) and is_year(toks[i]):
        if i >= 2 and toks[i - 1].text in "-–" and is_year(toks[i - 2]):  # the end of "2020 – 2021"
            return None
        return i + 1, int(toks[i].text)
    if i + 1 < len(toks) and toks[i].norm == _NAM:
        k = i + 2 if toks[i + 1].norm == _HOC else i + 1
        if k < len(toks) and is_year(toks[k]):
            return k + 1, int(toks[k].text)
    return relative_year(toks, i, years)


@cache
def _year_words() -> dict[tuple[str, ...], int]:
    pairs = (line.rsplit("=", 1) for line in load_lexicon("chairs.year_words.txt"))
    return {tuple(t.norm for t in read_tokens(w.strip())): int(k) for w, k in pairs}


def relative_year(toks: list[Token], i: int, years: DocYears) -> tuple[int, int] | None:
    """ "năm nay", "năm ngoái", "năm tới" at token ``i``: (the index after it, the year it means
    counted from the document's current year)."""
    if years.now is None:
        return None
    for words_, offset in _year_words().items():
        if tuple(t.norm for t in toks[i : i + len(words_)]) == words_:
            return i + len(words_), years.now + offset
    return None


def lead_in_year(toks: list[Token], lo: int, years: DocYears) -> int | None:
    """The year of the lead-in before a colon that opens clauses split by ";" (``lo``: where the
    clause starts): "luân phiên năm 2019: A làm Khối trưởng; B làm Khối phó" gives 2019 to each."""
    colon = next((k for k in range(lo - 1, -1, -1) if toks[k].text == ":"), None)
    if colon is None or lo == 0:
        return None
    start = max((k + 1 for k in range(colon) if toks[k].text in ";:"), default=0)
    hits = [year_at(toks, k, years) for k in range(start, colon)]
    return next((h[1] for h in reversed(hits) if h and h[0] <= colon), None)


# --- tables whose rows give their years -------------------------------------------------------


def year_column(text: str) -> int | None:
    """The column of a header row headed "Năm" (the year of each row's term)."""
    return next((k for k, (a, b) in enumerate(cells(text)) if canon(text[a:b]) in _year_columns()), None)


@cache
def _year_columns() -> frozenset[str]:
    return frozenset(canon(w) for w in load_lexicon("chairs.year_columns.txt"))


def row_year(text: str, row: list[tuple[int, int]], year_col: int | None) -> int | None:
    """The year in the "Năm" cell of a table row, if any."""
    if year_col is None or year_col >= len(row):
        return None
    found = years_in(text[row[year_col][0] : row[year_col][1]])
    return found[0] if found else None
