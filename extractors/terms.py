"""The years a document gives its terms of office, read once per document, and the years a
sentence writes.

- ``review``: the year its title or lead reviews ("Cụm thi đua số 2 tổng kết năm 2023",
  "Sơ kết … 6 tháng đầu năm 2023"; "tổng kết công tác thi đua năm qua" in January 2009: 2008), the
  year of the chairs it names without a year;
- ``now``: the year "năm nay", "năm ngoái", "năm tới" count from (the publication year, else
  the document's year);
- ``tables``: the year each table row inherits from its header or caption ("4. Bầu đơn vị Cụm
  trưởng, Cụm phó năm 2017:" then "STT | Đơn vị | Chức danh năm 2017"), or the row gives in a
  column headed "Năm"; and the year each bullet line inherits from a heading ("IV. PHÂN CÔNG NĂM
  2009" then "- Khối 1: Khối trưởng – A"), or from a line of role words that ends with a colon
  ("Phân công Trưởng khối, Phó Trưởng khối các Khối thi đua năm 2013 như sau:").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import cache

from extractors.base import Context, years_in
from extractors.nlp import Token, load_lexicon, norm
from extractors.phrases import cells, is_year, match_patterns, phrase_at, phrases, read_tokens
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
    published: int | None = None  # the year the document is dated, if it is
    signing: bool = False  # a pact's signing with no review: a hand-over there is for this year's term
    early: bool = False  # dated in the first months of its year: "năm qua" there is the year before


@cache
def _review_re() -> re.Pattern:
    words = load_lexicon("chairs.year_end.txt") + load_lexicon("chairs.mid_year.txt")
    alts = "|".join(re.escape(w) for w in words)
    # a school year is the year it ends in: "tổng kết năm học 2015-2016", "năm học 2015 – 2016" (group 2)
    school = r"học\s+(?:(?:19|20)\d\d\s*[-–/]\s*)?((?:19|20)\d\d)"
    return re.compile(rf"(?i)\b({alts})\b[^.;:\n]{{0,80}}?\bnăm\s+(?:{school}|((?:19|20)\d\d|vừa qua|qua|trước))\b")


def review_in(text: str) -> re.Match | None:
    """The first review a title or lead names with its year, where no role word stands between the review
    and the year: in "tổng kết, bình xét thi đua và bầu cụm trưởng, cụm phó năm 2022" the year is the new
    terms', not the reviewed one."""
    for m in _review_re().finditer(text):
        gap = text[m.end(1) : m.end()]
        if not (("trưởng" in gap.lower() or "phó" in gap.lower()) and match_patterns(
                "chairs.roles.jsonl", read_tokens(gap))):
            return m
    return None


def read_years(ctx: Context) -> DocYears:
    """The term years of one document (see the module notes), with the year it is dated."""
    published = ctx.doc.published or ""
    years = review_years(ctx)
    if not years.year_end_review and pact_year(ctx, years.now, {}) is not None and (not review_in(
            "\n".join(s.text for s in ctx.sentences[:LEAD_SENTENCES])) or titled_pact(ctx) == years.default):
        years = replace(years, signing=True)  # "ký kết giao ước thi đua năm 2007" (March): B takes over now
    if not published[:4].isdecimal():
        return years
    early = published[5:7].isdecimal() and int(published[5:7]) <= EARLY_MONTHS
    return replace(years, published=int(published[:4]), early=early)


def titled_pact(ctx: Context) -> int | None:
    """The year of the pact the title signs ("Khối … ký giao ước thi đua năm 2014"): the document is that
    signing, even where its lead also reviews the year before ("tổng kết … năm 2013 và ký kết giao ước thi
    đua năm 2014"); a flag handed over there is for the pact's year."""
    m = _pact_re().search(ctx.sentences[0].text) if ctx.sentences else None
    return int(m.group(1)) if m and m.group(1) else None


def review_years(ctx: Context) -> DocYears:
    """The review the title names comes first; then a year the title names for itself (not one it
    gives a term: "Cụm trưởng 2024"); then a review the lead names."""
    now = int(ctx.doc.published[:4]) if ctx.doc.published else ctx.year
    tables = {**list_years(ctx.sentences), **table_years(ctx.sentences, ctx.doc.text)}
    title = ctx.sentences[0].text if ctx.sentences else ""
    m = review_match(ctx)
    if m is None:
        review = None if title_names_year(title) else (
            january_review(ctx, now, tables) or december_review(ctx, now, tables) or pact_year(ctx, now, tables))
        return review or DocYears(ctx.year, now, False, tables)
    year_end = m.group(1).casefold() in year_end_words()
    reviewed = m.group(2) or m.group(3)
    if not reviewed.isdecimal():  # "tổng kết công tác thi đua năm qua": the year before the document's
        return DocYears(now - 1, now, year_end, tables, stated=True) if now else DocYears(ctx.year, now, False, tables)
    return DocYears(int(reviewed), now, year_end, tables, stated=True)


def review_match(ctx: Context) -> re.Match[str] | None:
    """The review the title names, or the title under an official document's kind line, or (when the title
    names no year for itself) the lead: "tổng kết công tác thi đua năm 2017"."""
    title = ctx.sentences[0].text if ctx.sentences else ""
    m = review_in(title) or review_in(headed_title(ctx.sentences, ctx.doc.text))
    if m is None and not title_names_year(title):
        m = review_in("\n".join(s.text for s in ctx.sentences[1:LEAD_SENTENCES]))
    return m


@cache
def year_end_words() -> frozenset[str]:
    """The words of a year-end review (``chairs.year_end.txt``: "tổng kết"), casefolded."""
    return frozenset(w.casefold() for w in load_lexicon("chairs.year_end.txt"))


HEAD_SENTENCES = 16  # where an official document's kind line ("BÁO CÁO") may stand, below its header
TITLE_LINES = 3  # the lines under it that say what the document is about


def headed_title(sentences: tuple[Sentence, ...], text: str) -> str:
    """The lines under an official document's kind line (``chairs.doc_kinds.txt``: "BÁO CÁO" then
    "Tổng kết phong trào thi đua của Cụm thi đua số 2" and "các hợp tác xã năm 1983"), as one line;
    they are its title when a national header, a number line or an archivist's note come first.
    The title ends at a blank line, at a line that does not start a line of its own and at "Kính gửi:".
    Empty when no such line stands near the top."""
    kinds, longest = _doc_kinds()
    for k, sent in enumerate(sentences[:HEAD_SENTENCES]):
        if len(sent.text) <= longest and canon(sent.text.strip()) in kinds:  # (a longer line is no kind line)
            lines, end = [], sent.end
            for nxt in sentences[k + 1 : k + 1 + TITLE_LINES]:
                line = nxt.text.strip()
                gap = text[end : nxt.start]
                if not line or gap.count("\n") != 1 or line.endswith(":") or ":" in line[:12]:
                    break  # a blank line, the same line going on, "Kính gửi: …", "Căn cứ …:"
                lines.append(line)
                end = nxt.end
            return " ".join(lines)
    return ""


@cache
def _doc_kinds() -> tuple[frozenset[str], int]:
    """The kinds of ``chairs.doc_kinds.txt``, canonical, and the longest line that may hold one alone
    (room left for the spaces, quotes and stops around it that ``canon`` drops)."""
    kinds = frozenset(canon(w) for w in load_lexicon("chairs.doc_kinds.txt"))
    return kinds, 2 * max(map(len, kinds)) + KIND_MARGIN


KIND_MARGIN = 40  # characters of blanks and punctuation a kind line may hold around its kind


EARLY_MONTHS = 2  # a year-end review published in January or February reviews the year before


def january_review(ctx: Context, now: int | None, tables: dict[int, int]) -> DocYears | None:
    """A year-end review ("tổng kết" in the title or lead) whose title names no year and whose lead
    names no reviewed year, published in the first months of a year: it reviews the year before
    ("Nhân dịp tổng kết, …" on 05/01/2017: 2016); not a review of part of a year ("tổng kết học kỳ I",
    ``chairs.part_year.txt``)."""
    published = ctx.doc.published or ""
    if now is None or len(published) < 7 or not published[5:7].isdecimal() or int(published[5:7]) > EARLY_MONTHS:
        return None
    lead = "\n".join(s.text for s in ctx.sentences[:LEAD_SENTENCES])
    if not any(m.group(2) is None for m in _year_end_re().finditer(lead)):  # not "tổng kết học kỳ I"
        return None
    return DocYears(now - 1, now, True, tables, stated=True)


LATE_MONTHS = 11  # a year-end review published in November or December reviews that year


def december_review(ctx: Context, now: int | None, tables: dict[int, int]) -> DocYears | None:
    """A year-end review that the title or lead names with no year ("Nhân dịp Hội nghị tổng kết Khối
    …"), published in the last months of a year: it reviews the year it is published in, not the
    year its text names most (the next, whose roles it hands over)."""
    published = ctx.doc.published or ""
    if now is None or len(published) < 7 or not published[5:7].isdecimal() or int(published[5:7]) < LATE_MONTHS:
        return None
    lead = "\n".join(s.text for s in ctx.sentences[:LEAD_SENTENCES])
    if not any(m.group(2) is None for m in _year_end_re().finditer(lead)):
        return None
    return DocYears(now, now, True, tables, stated=True)


def pact_year(ctx: Context, now: int | None, tables: dict[int, int]) -> DocYears | None:
    """The signing of a year's pact ("ký kết giao ước thi đua", ``chairs.pact.txt``) that the title or
    lead names with no review: its terms are of the year the pact is signed for ("giao ước thi đua
    năm 2024"), else of the year it is published in, not of the year its text names most (the year
    before, reviewed in passing)."""
    lead = "\n".join(s.text for s in ctx.sentences[:LEAD_SENTENCES])
    m = _pact_re().search(lead)
    if m is None:
        return None
    year = int(m.group(1)) if m.group(1) else now
    return DocYears(year, now, False, tables, stated=True) if year else None


@cache
def _pact_re() -> re.Pattern:
    """A pact's signing, with the year it is signed for when one follows (group 1)."""
    words = "|".join(r"\s+".join(map(re.escape, w.split())) for w in load_lexicon("chairs.pact.txt"))
    return re.compile(rf"(?i)\b(?:{words})\b(?:\s+thi\s+đua)?(?:\s+năm\s+((?:19|20)\d\d)\b)?")


@cache
def _year_end_re() -> re.Pattern:
    """A year-end word, with the part of a year it reviews when it names one (group 2)."""
    ends = "|".join(re.escape(w) for w in load_lexicon("chairs.year_end.txt"))
    parts = "|".join(re.escape(w) for w in load_lexicon("chairs.part_year.txt"))
    return re.compile(rf"(?i)\b({ends})\b(?:\s+\S+){{0,3}}?\s+({parts})\b|\b({ends})\b")


def title_names_year(title: str) -> bool:
    """Whether a title names a year other than right after a role word ("… Cụm trưởng 2024")."""
    toks = read_tokens(title)
    after_role = {m.end + k for m in match_patterns("chairs.roles.jsonl", toks) for k in (0, 1)}
    return any(is_year(t) and k not in after_role for k, t in enumerate(toks))


def table_years(sentences: tuple[Sentence, ...], text: str = "") -> dict[int, int]:
    """For each " | " table row, the year of its header row or, failing that, of the line just
    before the table (its caption, all of its sentences when ``text`` is the document's: "4. Bầu
    Cụm trưởng, Cụm phó năm 2017: theo nguyên tắc luân phiên, … thống nhất 100%:")."""
    out: dict[int, int] = {}
    year, caption, in_table, heading, weak = None, "", False, None, False
    for sent in sentences:
        if weak and signature(sent.text):  # "THƯ KÝ | CỤM TRƯỞNG" under "… thông qua.": not the heading's table
            heading, weak = None, False
        if "|" not in sent.text:
            line = text[text.rfind("\n", 0, sent.start) + 1 : sent.end] if text else ""
            year, caption, in_table = None, line or sent.text, False
            stripped = sent.text.strip()
            new = section_year(stripped, heading)
            if new is not heading:  # a heading that ends with a colon opens only the lines right under it
                weak = stripped.endswith(":")
            elif weak and (_NUMBERED_RE.match(stripped) or _ROMAN_RE.match(stripped)):
                new, weak = None, False  # a new numbered heading ends it ("4. Hội nghị biểu quyết thông qua.")
            heading = new
            continue
        if not in_table:
            year, in_table = (years_in(sent.text) or heading or years_in(caption) or [None])[0], True
        if year is not None:
            out[sent.start] = year
    return out


def signature(text: str) -> bool:
    """Whether a line writes a word of a signature block (``chairs.signature_cues.txt``, as written)."""
    return bool(_signature_re().search(text))


@cache
def _signature_re() -> re.Pattern:
    alts = "|".join(re.escape(w) for w in load_lexicon("chairs.signature_cues.txt"))
    return re.compile(rf"(?<!\w)(?:{alts})(?!\w)")


_ROMAN_RE = re.compile(r"\s*[IVX]{1,4}\.\s")  # "IV. PHƯƠNG HƯỚNG"


def section_year(text: str, year: list[int] | None) -> list[int] | None:
    """The year of the section a line is in, for a table in it: a short heading that names roles and
    one year gives it ("4. Bầu Cụm trưởng, Cụm phó năm 2018", whatever the lines between it and the
    table say: "Cụm trưởng năm 2017 giới thiệu A … năm 2018. Kết quả như sau:"); another heading
    ends it; a line of text keeps it. A heading may end with a colon ("4. Bầu Cụm trưởng, Cụm phó năm 2019:")."""
    if len(text.split()) > HEADING_WORDS or text.endswith((".", ";", ",")):
        return year
    found = years_in(text) if ("trưởng" in text.lower() or "phó" in text.lower()) else []
    if len(set(found)) == 1 and role_heading(text):
        return [found[0]]
    return year if text.endswith(":") else None  # "Kết quả kiểm phiếu như sau:" opens what the heading holds


_BULLET_RE = re.compile(r"\s*[-+•*–]\s")  # dashes and dots, not numbers ("IV. PHƯƠNG HƯỚNG NĂM 2023" then "2. …")
_NUMBERED_RE = re.compile(r"\s*(?:\d{1,2}|[a-zđ])[.)]\s")  # "1. ", "2) ", "a) ": only under a line announcing roles
HEADING_WORDS = 12  # words a heading that names the year of the lines under it may hold


def list_years(sentences: tuple[Sentence, ...]) -> dict[int, int]:
    """For each bullet line under a heading line that names one year and ends without a stop ("IV.
    PHÂN CÔNG NĂM 2009", then "- Khối 1: Khối trưởng – A; Khối phó – B"), that year; a short line
    with no year that ends with a colon may stand between them ("Hội nghị thống nhất bầu:"). Under a
    line that announces roles ("Giao nhiệm vụ Khối trưởng, Khối phó các Khối thi đua năm 2022 như
    sau:"), numbered items that write no year of their own take it too ("1. Khối thi đua số 1: Khối
    trưởng - A"), and so do the bullets under an item that names a body and no role ("1. Cụm thi đua số
    1 (…)" then "- Cụm trưởng: A"); so do those under a short heading that names roles ("III. PHÂN CÔNG
    KHỐI TRƯỞNG, KHỐI PHÓ NĂM 2016"). A school year counts as the one year it ends in."""
    out: dict[int, int] = {}
    year, numbered = None, False
    for sent in sentences:
        text = sent.text.strip()
        if year is not None and _BULLET_RE.match(text):
            out[sent.start] = year
            continue
        found = set(years_in(text))
        if year is not None and numbered and not found and _NUMBERED_RE.match(text):
            out[sent.start] = year
            continue
        if year is not None and not found and text.endswith(":") and len(text.split()) <= HEADING_WORDS:
            continue  # a line that opens the list under the heading: "Hội nghị thống nhất bầu:"
        numbered = announces_roles(text) or (len(found) == 1 and role_heading(text))
        if numbered and len(found) != 1:  # "năm học 2022 - 2023", "năm học 2022/2023": the year it ends in
            found = set(role_years(text))
        heading = len(found) == 1 and (
            (not text.endswith((".", ";", ",")) and (len(text.split()) <= HEADING_WORDS or numbered))
            or (text.endswith(".") and len(text.split()) <= HEADING_WORDS and elects_roles(text)))
        year = found.pop() if heading and "|" not in text else None
    return out


def role_heading(text: str) -> bool:
    """A short heading with no stop that names role words: "III. PHÂN CÔNG KHỐI TRƯỞNG, KHỐI PHÓ NĂM 2016"
    (numbered items under it are that year's terms, as under a line that announces roles)."""
    return not text.endswith((".", ";", ",")) and len(text.split()) <= HEADING_WORDS and bool(
        match_patterns("chairs.roles.jsonl", read_tokens(text)))


def role_years(text: str) -> list[int]:
    """The years a line that announces roles writes after its first role word, a school year as the
    year it ends in: "Căn cứ … ngày 26/10/2022, … kết quả bầu Cụm trưởng, Cụm phó năm học 2022 - 2023
    như sau:" -> [2023]."""
    toks = read_tokens(text)
    roles = match_patterns("chairs.roles.jsonl", toks)
    if not roles:
        return []
    years, none = [], DocYears(None, None, False)
    k = roles[0].end
    while k < len(toks):
        hit = year_at(toks, k, none) if may_open_year(toks[k]) else None
        if hit:
            years.append(hit[1])
            k = hit[0]
        else:
            k += 1
    return years


def elects_roles(text: str) -> bool:
    """A short numbered item that names roles, their year and no holder: "4. Bầu Cụm trưởng, Cụm phó
    năm 2025." (the lines under it are that year's terms, after a line that opens them)."""
    toks = read_tokens(text)
    roles = match_patterns("chairs.roles.jsonl", toks)
    inside = {k for m in roles for k in range(m.start, m.end)}
    # past the number and its verb ("4. Bầu"), every capitalised word is a role's: no holder is named
    return bool(toks) and toks[0].text.isdecimal() and bool(roles) and not any(
        t.is_title and k not in inside for k, t in enumerate(toks[3:], 3))


def announces_roles(text: str) -> bool:
    """A line of any length that ends with a colon and names role words: "Phân công Trưởng khối, Phó
    Trưởng khối các Khối thi đua năm 2013 như sau:" (the lines under it are that year's terms)."""
    return text.endswith(":") and bool(match_patterns("chairs.roles.jsonl", read_tokens(text)))


# --- years a sentence writes ------------------------------------------------------------------

_NAM, _HOC, _QUY = norm("năm"), norm("học"), norm("quý")
SLASHED_SCHOOL_RE = re.compile(r"((?:19|20)\d\d)[/\-–]((?:19|20)\d\d)")  # "2019/2020", "2019-2020" after "năm học"
QUARTER_RE = re.compile(r"(?:I{1,3}|IV|[1-4])[/.-]((?:19|20)\d\d)")  # a quarter and its year: "I/2022", "4-2021"


def year_at(toks: list[Token], i: int, years: DocYears) -> tuple[int, int] | None:
    """A year written at token ``i``: (the index after it, the year). "năm 2023", "năm học 2022
    – 2023" (the year it ends in: ``school_year``), "2023",
    "năm nay", "năm ngoái" (counted from ``years.now``)."""
    if i < len(toks) and is_year(toks[i]):
        if range_end(toks, i):
            return None
        school = i >= 2 and toks[i - 1].norm == _HOC and toks[i - 2].norm == _NAM
        return school_year(toks, i, years) if school else (i + 1, int(toks[i].text))
    if i + 1 < len(toks) and toks[i].norm == _QUY and (m := QUARTER_RE.fullmatch(toks[i + 1].text)):
        return i + 2, int(m.group(1))  # "quý I/2022", "quý 3/2021": a quarter of that year
    if i + 1 < len(toks) and toks[i].norm == _NAM:
        school = toks[i + 1].norm == _HOC
        k = i + 2 if school else i + 1
        if k < len(toks) and is_year(toks[k]) and not range_end(toks, k):
            return school_year(toks, k, years) if school else (k + 1, int(toks[k].text))
        if school and k < len(toks) and (m := SLASHED_SCHOOL_RE.fullmatch(toks[k].text)):
            return k + 1, int(m.group(2))  # "năm học 2019/2020", "năm học 2019-2020": the year it ends in
    return relative_year(toks, i, years)


def school_year(toks: list[Token], k: int, years: DocYears) -> tuple[int, int]:
    """The school year whose first year is at token ``k``: the calendar year it ends in ("năm học
    2019 – 2020" -> 2020), as a school year's awards take its last year; a lone "năm học 2019" is
    2019."""
    if k + 2 < len(toks) and toks[k + 1].text in "-–" and is_year(toks[k + 2]):
        return k + 3, int(toks[k + 2].text)
    return k + 1, int(toks[k].text)


_DEN = frozenset(norm(w) for w in ("đến", "tới"))
_AND = norm("và")


def range_end(toks: list[Token], i: int) -> bool:
    """Whether the year at token ``i`` ends a range: "2020 – 2021", "từ năm 2006 đến (năm) 2008"."""
    if i >= 2 and toks[i - 1].text in "-–" and is_year(toks[i - 2]):
        return True
    j = i - 2 if i >= 2 and toks[i - 1].norm == _NAM else i - 1
    return j >= 1 and toks[j].norm in _DEN and any(is_year(t) for t in toks[max(0, j - 3) : j])


def term_ranges(toks: list[Token]) -> dict[int, tuple[int, ...]]:
    """The terms of several years a sentence writes, first year -> the years after it: "nhiệm kỳ
    2015–2016", "giai đoạn 2006–2008", "từ năm 2006 đến 2008", "trong hai năm 2007 và 2008" (a lead
    word of ``chairs.range_leads.txt`` first; not "năm học 2022–2023", one school year)."""
    out: dict[int, tuple[int, ...]] = {}
    firsts = phrases("chairs.range_leads.txt")
    leads = [i for i, t in enumerate(toks) if t.norm in firsts]
    if not leads:
        return out
    inside = quoted(toks) if any(t.text in _QUOTES for t in toks) else frozenset()
    for i in leads:
        k = phrase_at(toks, i, "chairs.range_leads.txt")
        if not k or i in inside:  # not a congress's term in a quoted theme ("… nhiệm kỳ 2025 - 2030")
            continue
        j = range_gap(toks, i + k + (1 if i + k < len(toks) and toks[i + k].norm == _NAM else 0))
        if j >= len(toks) or not is_year(toks[j]):
            continue
        first = int(toks[j].text)
        ends = [e for e in range(j + 2, min(len(toks), j + 5)) if is_year(toks[e]) and range_end(toks, e)]
        if ends and first < int(toks[ends[0]].text):
            out[first] = tuple(range(first + 1, int(toks[ends[0]].text) + 1))
            continue
        listed, e = [], j + 1  # "2007 và 2008", "2019, 2020 và 2021"
        while e + 1 < len(toks) and (toks[e].text == "," or toks[e].norm == _AND) and is_year(toks[e + 1]):
            listed.append(int(toks[e + 1].text))
            e += 2
        if listed and phrase_at(toks, e, "chairs.respectively.txt"):
            continue  # "các năm 2021, 2022 lần lượt do A và B": one year each, not a shared term
        if listed and all(y > first for y in listed):
            out[first] = tuple(listed)
    return out


_QUOTES = frozenset('"“”')


def quoted(toks: list[Token]) -> frozenset[int]:
    """The tokens inside quotation marks (“…”, "…")."""
    out, open_ = set(), False
    for k, t in enumerate(toks):
        if t.text == "“" or (t.text == '"' and not open_):
            open_ = True
        elif t.text in _QUOTES:
            open_ = False
        elif open_:
            out.add(k)
    return frozenset(out)


def range_gap(toks: list[Token], i: int) -> int:
    """Past the words between a count of years and the years it lists (``chairs.range_gap.txt``, an
    opening bracket): "hai năm liền (2020, 2021)"."""
    i += phrase_at(toks, i, "chairs.range_gap.txt") if i < len(toks) else 0
    return i + 1 if i < len(toks) and toks[i].text == "(" else i


@cache
def _year_words() -> dict[str, list[tuple[tuple[str, ...], int]]]:
    """The relative-year phrases with their offsets, by first word, in the lexicon's order."""
    index: dict[str, list[tuple[tuple[str, ...], int]]] = {}
    for line in load_lexicon("chairs.year_words.txt"):
        phrase, offset = line.rsplit("=", 1)
        words_ = tuple(t.norm for t in read_tokens(phrase.strip()))
        index.setdefault(words_[0], []).append((words_, int(offset)))
    return index


def may_open_year(tok: Token) -> bool:
    """Whether ``year_at`` can find a year at this token: a number, "năm", or the first word of a
    relative year ("năm nay", "sang năm"); a cheap test before the full one."""
    return tok.text[:1].isdecimal() or tok.norm in (_NAM, _QUY) or tok.norm in _year_words()


def relative_year(toks: list[Token], i: int, years: DocYears) -> tuple[int, int] | None:
    """ "năm nay", "năm ngoái", "năm tới" at token ``i``: (the index after it, the year it means
    counted from the document's current year); "năm qua", "năm vừa qua" in a document dated in the first
    months of a year: the year before (``chairs.past_year.txt``; later in a year it names no year)."""
    if years.now is None or not 0 <= i < len(toks):
        return None
    if years.early and (n := phrase_at(toks, i, "chairs.past_year.txt")):  # "năm qua" in January: the year before
        return i + n, years.now - 1
    for words_, offset in _year_words().get(toks[i].norm, ()):
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
