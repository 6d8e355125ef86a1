"""The year of an award: the first its sentence names outside brackets, the last of a period
("giai đoạn 2014 - 2018" -> 2018), the year of its own clause after ";" or of the brackets it stands
in, else the document's."""

from __future__ import annotations

import re
from functools import lru_cache

from extractors.awards_words import AwardSpan
from extractors.base import Context, years_in
from extractors.nlp import Token, load_lexicon


def bracket_year(text: str, toks: list[Token], chain: list[AwardSpan]) -> int | None:
    """The year in the brackets an award stands in: "Công ty X (đã được tặng Huân chương Lao động hạng
    Ba năm 2006)" -> 2006."""
    at = toks[chain[0].start].start
    open_, close = text.rfind("(", 0, at), text.find(")", at)
    if open_ < 0 or close < 0 or ")" in text[open_:at]:
        return None
    return next(iter(years_in(text[open_:close])), None)


def clause_year(text: str, toks: list[Token], chain: list[AwardSpan]) -> int | None:
    """The year the clause after a ";" names, for its awards: "X được tặng Cờ thi đua năm 2018; năm
    2019, đơn vị được tặng Bằng khen" -> 2019."""
    lo = max((k for k in range(chain[0].start) if toks[k].text == ";"), default=None)
    if lo is None:
        return None
    hi = next((k for k in range(chain[-1].end, len(toks)) if toks[k].text == ";"), len(toks))
    return first_year(re.sub(r"\([^()]*\)", " ", text[toks[lo].end : toks[hi - 1].end]))


def award_year(ctx: Context, text: str) -> int | None:
    """The first year the sentence names outside parentheses (not "(2/9/1945 – 2/9/2022)"), the
    last of a period ("năm học 2009 - 2010", "giai đoạn 2014 - 2018": the achievement ends then), else
    the year the document reviews, else the document's year."""
    return first_year(re.sub(r"\([^()]*\)", " ", text)) or document_year(ctx)


def document_year(ctx: Context) -> int | None:
    """The year of an award the sentence gives no year for: the year whose work a review in the title or
    lead sums up ("Ban X nhận nhiệm vụ Khối trưởng năm 2019" over "… tổng kết công tác thi đua, khen
    thưởng năm 2018 và triển khai nhiệm vụ năm 2019": 2018, the year of the achievements), else the
    document's year."""
    lead = "\n".join(s.text for s in ctx.sentences[:LEAD_SENTENCES])
    return reviewed_year(lead) or ctx.year


@lru_cache(maxsize=64)
def reviewed_year(lead: str) -> int | None:
    m = REVIEW_RE.search(lead)
    return int(m.group(2) or m.group(1)) if m else None


LEAD_SENTENCES = 5  # the title, its date line and the lead
REVIEWS = "|".join(r"\s+".join(map(re.escape, w.split())) for w in load_lexicon("awards.reviews.txt"))
# a review and the year of the work it sums up, in one clause: "tổng kết công tác thi đua, khen thưởng năm 2018",
# the last of a school year or a period ("tổng kết năm học 2022 - 2023": 2023)
REVIEW_RE = re.compile(rf"(?i)\b(?:{REVIEWS})\b[^.;:\n]{{0,80}}?\bnăm(?:\s+học)?\s+((?:19|20)\d\d)\b"
                       r"(?:\s*[-–]\s*((?:19|20)\d\d)\b)?")


def first_year(text: str) -> int | None:
    """The first year ``text`` names, the last of it if it opens a period ("2014 - 2018" -> 2018)."""
    years = years_in(text)
    if not years:
        return None
    period = PERIOD_RE.search(text)
    return int(period.group(2)) if period and int(period.group(1)) == years[0] < int(period.group(2)) else years[0]


PERIOD_RE = re.compile(r"(?<![\d/])((?:19|20)\d\d) ?[-–] ?((?:19|20)\d\d)(?![\d/])")  # "2014 - 2018"
