"""Awards laid out by line: numbered or bulleted recipients after a heading that ends in a colon,
table rows under a header naming the recipients' column, and an award with its recipients after a colon."""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from extractors.awards_groups import group_size
from extractors.awards_lists import clean_item, is_group, list_items, person_at
from extractors.awards_names import TITLE_WORDS, award_spans
from extractors.awards_verbs import cho_after, grant_verb_near
from extractors.awards_words import (
    FOR,
    GROUPS,
    LIST_OPENERS,
    MAX_LIST,
    NOT_RECIPIENT_COLUMNS,
    PATTERNS,
    RECIPIENT_COLUMNS,
    SUBHEADING,
    AwardSpan,
    after_year,
    names_award,
)
from extractors.awards_years import document_year
from extractors.base import Context, years_in
from extractors.lines import LIST_MARKER, Table, body_lines, cells, find_patterns, phrase_at, tables
from extractors.nlp import Match, Token, lazy_tokens, syllables
from schemas.document import Sentence
from schemas.facts import Award
from schemas.names import canon


def opens_list(text: str, toks: list[Token], verbs: list[Match], chain: list[AwardSpan],
               found: list[tuple[str, str, list[tuple[int, int]]]]) -> bool:
    """"Tặng Bằng khen … cho 3 tập thể, 2 cá nhân:" at a line's end: the recipients follow, one
    a line (also with no verb, in a list of proposals: "4. Bằng khen của Thủ tướng Chính phủ cho 02 cá
    nhân:"). Only a group ("3 tập thể", "các tập thể sau") or nothing may stand before the colon."""
    if not text.rstrip().endswith(":"):
        return False
    cho = cho_after(toks, chain[-1].end, set())
    if not grant_verb_near(toks, verbs, chain[0].start, len(toks)) and (cho is None or toks[cho].norm != FOR):
        return False
    return all(len(r) == 1 and is_group(toks, r[0][0]) for _, _, r in found)


def listed_awards(ctx: Context, sent: Sentence, toks: list[Token], chain: list[AwardSpan], status: str,
                  year: int | None) -> Iterator[Award]:
    """One award per recipient of the numbered or bulleted lines after the heading ``sent``."""
    names = [sent.text[toks[s.start].start : toks[s.end - 1].end] for s in chain]
    lines = body_lines(ctx)
    k = next((i for i, line in enumerate(lines) if line.start <= sent.start < line.end), None)
    if k is not None and is_proposal(list_caption(lines, k)):
        status = "proposed"  # "II. ĐỀ NGHỊ KHEN THƯỞNG" / "4. Bằng khen … cho 02 cá nhân:"
    for line, (a, b) in list_item_recipients(ctx, sent, group_size(toks[chain[-1].end :])):
        ev = ctx.evidence(line, a, b, "awards/list-item")
        dated = DATED_LINE.search(line.text[:a])  # "- Năm 2014: | huyện A": the line's own year
        for name in names:
            yield Award(name, ev.surface, int(dated.group(1)) if dated else year, status, ev)


DATED_LINE = re.compile(r"^\W*(?:\w{1,4}[.)]\s*)?(?i:năm\s+)?((?:19|20)\d\d)\s*[-–:]\s*$")


def list_item_recipients(ctx: Context, sent: Sentence,
                         count: int | None = None) -> Iterator[tuple[Sentence, tuple[int, int]]]:
    """(line, character span of its recipient) for each list line after ``sent``'s line: "1. Sở
    Tư pháp, đơn vị dẫn đầu …;", "- Ông Lò Văn A, Bác sĩ …"; the list ends at the first line that
    is no item or names nobody. Recipients sorted under labels: a numbered line that ends in a colon
    is a label (a bloc, a kind of unit) whose recipients follow on the lines after it, and one with
    a colon inside names them after it ("3. Khối các cơ quan nội chính: Công an tỉnh X."). Where the
    heading counts its recipients ("cho 01 tập thể …:"), as many lines with no mark name one each
    ("Trạm Khuyến nông huyện A, đã có thành tích …")."""
    lines = [line for line in body_lines(ctx) if line.start >= sent.end]
    for n, line in enumerate(lines):
        if is_subheading(line.text):
            continue
        marker = LIST_MARKER.match(line.text)
        if marker is None and count and n < count and line.text[:1].isupper():
            marker = UNMARKED.match(line.text)
        if marker is None:
            return
        if line.text.rstrip().endswith(":"):
            if names_award(line.text):
                return  # "2. Danh hiệu X cho 02 cá nhân:": the next heading, with its own award
            continue  # "1. Khối thi đua các huyện, thị xã:": a label, its recipients on the lines after it
        toks = lazy_tokens(line.text)
        a = next((i for i, t in enumerate(toks) if t.start >= marker.end()), len(toks))
        b = next((i for i in range(a, len(toks)) if toks[i].text in ";."), len(toks))
        colon = next((i for i in range(a, b) if toks[i].text == ":"), None)
        labelled = list_items(toks, colon + 1, b) if colon is not None else []
        items = labelled or list_items(toks, a, b)[:1]
        if not items:
            return
        for i, j in items:  # "2. Khối các cơ quan tổng hợp: Sở A, Sở B.": every name after a label
            yield line, (toks[i].start, toks[j - 1].end)


UNMARKED = re.compile("")  # a line with no list mark: its recipient opens it


def is_subheading(text: str) -> bool:
    """A line that only sorts a list of recipients: "I. Tập thể", "II. Cá nhân:", "b) Cá nhân", "B. CÁ NHÂN", also
    with its count in brackets ("I. TẬP THỂ (06 tập thể)", "II. Cá nhân (05)")."""
    marker = SUBHEADING.match(text) or LIST_MARKER.match(text) or LETTER_RE.match(text)
    if marker is None:
        return False
    toks = [t for t in syllables(text[marker.end() :].split("(")[0]) if t.text not in ":."]
    return bool(toks) and phrase_at(toks, 0, GROUPS) == len(toks)


LETTER_RE = re.compile(r"[A-ZĐ][.)]\s*")  # "A. TẬP THỂ", "B. CÁ NHÂN": a sub-heading's capital letter


def table_awards(ctx: Context) -> Iterator[Award]:
    """Rows such as "1 | Công an tỉnh Quảng Ninh | 98,5 | Cờ thi đua của Chính phủ" under a
    header that names the recipients' column ("Đơn vị", "Họ và tên")."""
    for table in tables(body_lines(ctx)):
        heads = cells(table.header.text)
        who = next((k for k, (a, b) in enumerate(heads) if is_recipient_column(table.header.text[a:b])), None)
        if who is None:
            continue
        column = table.header.text[heads[who][0] : heads[who][1]]
        named = award_spans(lazy_tokens(column), find_patterns(PATTERNS, column)) if names_award(column) else []
        if not named and LEADING_RE.search(column) and any(YEAR_CELL.fullmatch(h.strip()) or h.strip() == "Năm"
                                                           for h in (table.header.text[a:b] for a, b in heads)):
            column = leader_award(ctx)  # "Năm | … | Đơn vị dẫn đầu Khối": the award the document gives the leader
            named = award_spans(lazy_tokens(column), find_patterns(PATTERNS, column)) if column else []
        for row in table.rows:
            if named:  # "Năm | … | Đơn vị dẫn đầu (được tặng Cờ thi đua của Bộ X)": the header gives the award
                yield from headed_column_awards(ctx, table, row, who, column, named[0])
            else:
                yield from row_awards(ctx, table, row, who)


LEADING_RE = re.compile(r"(?i)dẫn đầu")


def leader_award(ctx: Context) -> str:
    """The one award a sentence of the document gives the unit that leads the body ("… suy tôn đơn vị dẫn đầu
    Khối được báo cáo Thống đốc xem xét tặng Cờ thi đua của Thống đốc …"), written as that sentence writes it;
    "" when none or several."""
    names = set()
    for sent in ctx.sentences:
        if "|" in sent.text or not LEADING_RE.search(sent.text) or not names_award(sent.text):
            continue
        toks = lazy_tokens(sent.text)
        spans = award_spans(toks, find_patterns(PATTERNS, sent.text))
        names.update(sent.text[toks[s.start].start : toks[s.end - 1].end] for s in spans if s.family == "flag")
    return names.pop() if len(names) == 1 else ""


def headed_column_awards(ctx: Context, table: Table, row: Sentence, who: int, column: str,
                         award: AwardSpan) -> Iterator[Award]:
    """The award a recipients' column names in its header, to the unit of each row, in the year of the
    row's year cell ("2013 | … | Sở Công Thương tỉnh A"); proposed where the cell says so ("(đề nghị)")."""
    read = row_recipient(row, who)
    if read is None:
        return
    spans, toks, recipient = read
    words = lazy_tokens(column)
    name = column[words[award.start].start : words[award.end - 1].end]
    years = [int(row.text[a:b]) for a, b in spans if YEAR_CELL.fullmatch(row.text[a:b])]
    status, year = column_status(ctx, table, who, row.text[spans[who][0] : spans[who][1]])
    r_a, r_b = toks[recipient[0]].start, toks[recipient[1] - 1].end
    ev = ctx.evidence(row, r_a, r_b, "awards/table-column-award")
    yield Award(name, row.text[r_a:r_b], years[0] if len(years) == 1 else year, status, ev)


YEAR_CELL = re.compile(r"(?:19|20)\d\d")


def run_together_rows(ctx: Context) -> Iterator[Award]:
    """A table whose columns were laid out with spaces, run together on each line: a header that
    opens with the recipients' column and names the awards' ("Đơn vị Hình thức khen thưởng đề
    nghị"), then rows of a recipient and an award ("Sở Tư pháp Nam Định Cờ thi đua của Bộ Tư pháp"),
    up to the first line that is no such row."""
    lines = body_lines(ctx)
    for k, header in enumerate(lines):
        if "|" in header.text or not is_recipient_column(header.text) or not AWARD_COLUMN.search(header.text):
            continue
        status = "proposed" if is_proposal(header.text) else "granted"
        year = next(iter(years_in(header.text)), document_year(ctx))
        for row in lines[k + 1 :]:
            found = row_award(row.text)
            if found is None:
                break
            (r_a, r_b), (n_a, n_b) = found
            ev = ctx.evidence(row, r_a, n_b, "awards/run-together-row")
            yield Award(row.text[n_a:n_b], row.text[r_a:r_b], year, status, ev)


def row_award(text: str) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """(recipient, award) character spans of a row that is a name and an award ending the line."""
    toks = lazy_tokens(text)
    spans = award_spans(toks, find_patterns(PATTERNS, text))
    if len(spans) != 1 or spans[0].start == 0 or spans[0].end != len(toks) - (toks[-1].text in ".;"):
        return None
    award = spans[0]
    item = clean_item(toks, 0, award.start)
    if item is None or item != (0, award.start):
        return None
    return (toks[0].start, toks[award.start - 1].end), (toks[award.start].start, toks[award.end - 1].end)


AWARD_COLUMN = re.compile(r"(?i)hình thức|khen thưởng|danh hiệu")  # the header's column of awards


def is_recipient_column(head: str) -> bool:
    """"Đơn vị", "Tên tập thể", "Họ và tên", "Đơn vị được đề nghị": a header naming recipients."""
    toks = syllables(head)
    return bool(toks) and bool(phrase_at(toks, 0, RECIPIENT_COLUMNS)) and not phrase_at(toks, 0, NOT_RECIPIENT_COLUMNS)


def row_recipient(row: Sentence, who: int) -> tuple[list[tuple[int, int]], list[Token], tuple[int, int]] | None:
    """A table row's cells, its tokens and the token range of the recipient in cell ``who`` (None: none)."""
    spans = cells(row.text)
    if who >= len(spans):
        return None
    toks = lazy_tokens(row.text)
    recipient = cell_recipient(toks, *spans[who])
    return None if recipient is None else (spans, toks, recipient)


def row_awards(ctx: Context, table: Table, row: Sentence, who: int) -> Iterator[Award]:
    read = row_recipient(row, who)
    if read is None:
        return
    spans, toks, recipient = read
    awards = award_spans(toks, find_patterns(PATTERNS, row.text))
    for k, (ca, cb) in enumerate(spans):
        key = row.text[ca:cb].strip()
        if k != who and ACRONYM_IN.search(key) and (full := award_legend(ctx.doc.text).get(canon(key))):
            status, year = column_status(ctx, table, k, "")  # "Cờ TĐ BQP" under "Ghi chú: Cờ TĐ BQP: Cờ thi đua …"
            r_a, r_b = toks[recipient[0]].start, toks[recipient[1] - 1].end
            ev = ctx.evidence(row, min(r_a, ca), max(r_b, cb), "awards/table-row-legend")
            yield Award(full, row.text[r_a:r_b], year, status, ev)
            continue
        found = [s for s in awards if ca <= toks[s.start].start and toks[s.end - 1].end <= cb]
        lead = row.text[ca : toks[found[0].start].start] if found else ""
        if k == who or not found or not is_cell_lead(lead):
            continue
        status, year = column_status(ctx, table, k, lead)
        for award in found:
            r_a, r_b = toks[recipient[0]].start, toks[recipient[1] - 1].end
            ev = ctx.evidence(row, min(r_a, ca), max(r_b, toks[award.end - 1].end), "awards/table-row")
            name = row.text[toks[award.start].start : toks[award.end - 1].end]
            yield Award(name, row.text[r_a:r_b], year, status, ev)


ACRONYM_IN = re.compile(r"\b[A-ZĐ]{2,}")  # "BQP", "TĐ": a cell that abbreviates
# "KEY: AWARD" in a key under a table ("Ghi chú: Cờ TĐ BQP: Cờ thi đua của Bộ Quốc phòng; BK: Bằng khen …"), the
# key with an abbreviation in capitals, pairs apart by ";" (or a line's end)
LEGEND_RE = re.compile(r"(?:^|(?<=[:;\n]))[ \t]*([^:;\n]{2,30}?)[ \t]*[:=][ \t]*([^:;\n]{5,120}?)"
                       r"[ \t]*(?=[;.]?[ \t]*(?:[;\n]|$))")


@lru_cache(maxsize=4)
def award_legend(text: str) -> dict[str, str]:
    """The abbreviated awards the document's key spells out: canonical key -> the award in full (its whole
    value an award's name). Only a document with a colon between capitals and an award's head is read."""
    out: dict[str, str] = {}
    for m in LEGEND_RE.finditer(text):
        key, value = m.group(1), m.group(2)
        if not ACRONYM_IN.search(key) or not names_award(value):
            continue
        toks = lazy_tokens(value)
        spans = award_spans(toks, find_patterns(PATTERNS, value))
        if len(spans) == 1 and spans[0].start == 0 and spans[0].end == len(toks):
            out[canon(key)] = value
    return out


def is_cell_lead(text: str) -> bool:
    """What may stand before the award in its cell: nothing, or verbs ("Đề nghị tặng")."""
    toks = syllables(text)
    verbs = [m for m in find_patterns(PATTERNS, text) if m.label in ("GRANT", "PROPOSE")]
    return all(any(m.start <= i < m.end for m in verbs) for i in range(len(toks)))


def column_status(ctx: Context, table: Table, k: int, lead: str) -> tuple[str, int | None]:
    """Status and year of the awards in column ``k``: proposed when the column's header, the
    caption or the cell speaks of proposing ("Hình thức đề nghị khen thưởng"); the year the header
    or the caption names, else the document's."""
    heads = cells(table.header.text)
    column = table.header.text[heads[k][0] : heads[k][1]] if k < len(heads) else ""
    caption = table.caption.text if table.caption else ""
    proposed = is_proposal(column) or is_proposal(caption) or is_proposal(lead)
    year = next(iter(years_in(column) or years_in(caption)), document_year(ctx))
    return ("proposed" if proposed else "granted"), year


def cell_recipient(toks: list[Token], a: int, b: int) -> tuple[int, int] | None:
    i = next((k for k, t in enumerate(toks) if t.start >= a), len(toks))
    j = next((k for k in range(i, len(toks)) if toks[k].end > b), len(toks))
    return person_at(toks, i, j) or clean_item(toks, i, j) if j > i else None


def is_proposal(text: str) -> bool:
    """Whether a caption or a column header speaks of proposing: "Hình thức đề nghị khen thưởng",
    "Kết quả bình xét, suy tôn"."""
    return any(m.label == "PROPOSE" for m in find_patterns(PATTERNS, text))


def headed_lists(ctx: Context) -> Iterator[Award]:
    """Lines that open with an award and list its recipients after a colon; proposed when the
    line or the caption above its list speaks of proposing ("Đề nghị khen thưởng:")."""
    lines = body_lines(ctx)
    for k, line in enumerate(lines):
        marker = LIST_MARKER.match(line.text)
        start = marker.end() if marker else 0
        if not names_award(line.text[start : start + 40]):
            continue
        toks = lazy_tokens(line.text)
        found = headed_recipients(toks, find_patterns(PATTERNS, line.text), start)
        if found is None:
            continue
        award, items = found
        caption = list_caption(lines, k)
        head = line.text[: toks[award.end - 1].end]
        status = "proposed" if is_proposal(head) or is_proposal(caption) else "granted"
        year = next(iter(years_in(head) or years_in(caption)), document_year(ctx))
        name = line.text[toks[award.start].start : toks[award.end - 1].end]
        for a, b in items:
            ev = ctx.evidence(line, toks[award.start].start, toks[b - 1].end, "awards/award-colon-list")
            yield Award(name, line.text[toks[a].start : toks[b - 1].end], year, status, ev)
        if not items:
            yield from dashed_below(ctx, lines, k, name, year, status)


def dashed_below(ctx: Context, lines: list[Sentence], k: int, name: str, year: int | None,
                 status: str) -> Iterator[Award]:
    """A line that ends in an award and a colon, its recipients on the dashed lines under it, one a
    line: "1. Cờ thi đua của … (01 tập thể): | - Sở A, đơn vị dẫn đầu …; | - Bà B, Phó Giám đốc …"
    (each line's first name; what follows it describes it)."""
    for line in lines[k + 1 : k + 1 + MAX_LIST]:
        marker = DASH_RE.match(line.text)
        if not marker:
            return
        toks = lazy_tokens(line.text)
        first = next((i for i, t in enumerate(toks) if t.start >= marker.end()), len(toks))
        items = list_items(toks, first, len(toks))
        if not items:
            return
        a, b = items[0]
        both = Sentence(lines[k].start, line.end, ctx.doc.text[lines[k].start : line.end])
        ev = ctx.evidence(both, 0, line.start - lines[k].start + toks[b - 1].end, "awards/award-dashed-lines")
        yield Award(name, line.text[toks[a].start : toks[b - 1].end], year, status, ev)


DASH_RE = re.compile(r"[-–+•]\s*")  # the marker of a dashed line under a heading


def headed_recipients(toks: list[Token], matches: list[Match],
                      start: int) -> tuple[AwardSpan, list[tuple[int, int]]] | None:
    """The award opening the line at character ``start`` and the names after its colon."""
    spans = award_spans(toks, matches)
    if not spans:
        return None
    k = next((i for i, t in enumerate(toks) if t.start >= start), len(toks))
    k += 2 if tuple(t.norm for t in toks[k : k + 2]) == TITLE_WORDS else 0  # "3. Danh hiệu Anh hùng Lao động …:"
    if spans[0].start != k:
        return None
    award = spans[0]
    k = after_year(toks, award.end)
    if k < len(toks) and toks[k].text == "(":  # "Cờ thi đua của Chính phủ (02 đơn vị):"
        k = next((i + 1 for i in range(k, len(toks)) if toks[i].text == ")"), k)
    k += 1 if k < len(toks) and toks[k].norm in LIST_OPENERS and toks[k].text != ":" else 0  # "… gồm:"
    if k >= len(toks) or toks[k].text != ":":
        return None
    if k == len(toks) - 1:
        return award, []  # the recipients on the lines under it (``dashed_below``)
    end = next((i for i in range(k, len(toks)) if toks[i].text in ".!?"), len(toks))
    items = list_items(toks, k + 1, end)
    return (award, items) if items else None


def list_caption(lines: list[Sentence], k: int) -> str:
    """The line above the list that line ``k`` belongs to ("Đề nghị khen thưởng:")."""
    j = k - 1
    while j >= 0 and k - j <= MAX_LIST and LIST_MARKER.match(lines[j].text):
        j -= 1
    return lines[j].text if j >= 0 and not LIST_MARKER.match(lines[j].text) else ""
