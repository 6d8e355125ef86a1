"""The list appended to an award decision: a heading "DANH SÁCH TẬP THỂ, CÁ NHÂN ĐƯỢC TẶNG BẰNG KHEN
…" (over "(Kèm theo Quyết định số …)"), then numbered lines or table rows of recipients, possibly
sorted under sub-headings ("I. Tập thể (04)", "II. Cá nhân (05)"). The award is the heading's, or that
of the decision's clause that grants it to the listed ("Điều 2. Tặng Bằng khen … cho 04 tập thể và
05 cá nhân (có danh sách kèm theo)"). The rows are the recipients; the heading and the clause's
group ("04 tập thể và 05 cá nhân") are none."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from extractors.awards_lines import LETTER_RE, cell_recipient, is_proposal, is_recipient_column, is_subheading
from extractors.awards_lists import belongs_to, in_comma_name, is_group, list_items, place_size
from extractors.awards_names import QUOTES, TITLE_WORDS, award_spans, name_comma
from extractors.awards_words import GROUPS, PATTERNS, ROW_LADDERS, SUBHEADING, names_award, same_unit
from extractors.awards_years import document_year
from extractors.base import Context, years_in
from extractors.lines import LIST_MARKER, body_lines, cells, find_patterns, load_phrases, phrase_at
from extractors.nlp import lazy_tokens, syllables
from schemas.document import Sentence
from schemas.facts import Award
from schemas.names import canon

HEADS = load_phrases("awards.appended.txt")  # "DANH SÁCH …": a list's heading
ATTACHED = load_phrases("awards.attached.txt")  # "kèm theo": the list goes with the document
ROW_NOTES = load_phrases("awards.row_notes.txt")  # "Doanh thu đạt …" between rows: what the unit did
NOT_IN_NOTES = load_phrases("awards.not_in_row_notes.txt")  # "danh sách", "đề nghị", "tặng": a heading
MAX_HEADING = 4  # lines of a heading: "DANH SÁCH …", "CỦA …", "(Kèm theo Quyết định số …)"
GIVING = ("GRANT", "PROPOSE")


@dataclass(frozen=True)
class Appended:
    heading: Sentence  # the heading's lines, joined
    rows: list[Sentence]  # the lines after the heading, up to the first that is no row


def appended_lists(ctx: Context) -> list[Appended]:
    lines = body_lines(ctx)
    out = []
    for k, line in enumerate(lines):
        if not opens_heading(line.text):
            continue
        j = k + 1
        while j < len(lines) and j - k < MAX_HEADING and not is_row_line(lines[j].text):
            j += 1
        heading = Sentence(line.start, lines[j - 1].end, ctx.doc.text[line.start : lines[j - 1].end])
        rows = []
        for i in range(j, len(lines)):
            row = lines[i]
            if rows and is_row_note(lines, i) and LIST_MARKER.match(rows[-1].text):
                continue  # "1. Công ty A." | "Giá trị sản lượng đạt …" | "2. Công ty B.": what the row's unit did
            if opens_heading(row.text) or not (is_row_line(row.text) or (
                    is_label(row.text) and i + 1 < len(lines) and is_row_line(lines[i + 1].text))):
                break
            rows.append(row)
        out.append(Appended(heading, rows))
    return out


def opens_heading(text: str) -> bool:
    """"DANH SÁCH TẬP THỂ, CÁ NHÂN …" in capitals (not a sentence that opens "Danh sách các …")."""
    if not text[:2].isupper():  # (most lines: no need to split them into syllables)
        return False
    toks = syllables(text)
    n = phrase_at(toks, 0, HEADS)
    return bool(n) and text[: toks[n - 1].end].isupper()


def is_row_line(text: str) -> bool:
    return bool(LIST_MARKER.match(text) or SUBHEADING.match(text) or "|" in text or is_subheading(text)
                or LETTER_RE.match(text) and award_heading(text))  # "A. CỜ THI ĐUA CỦA BỘ X (03 đơn vị)"


def is_row_note(lines: list[Sentence], i: int) -> bool:
    """A line of prose between two numbered rows, no row itself: a sentence that says what the unit of the row before
    did ("Giá trị sản lượng đạt 3.260 tỷ đồng, bằng 112% kế hoạch; …"), a row or a sub-heading after it."""
    text = lines[i].text
    return (i + 1 < len(lines) and text[:1].isupper() and text[-1:] in ".;" and not text.isupper()
            and not is_row_line(text) and is_row_line(lines[i + 1].text) and is_measure(text))


def is_measure(text: str) -> bool:
    """Whether a line opens on a measure of the work done ("Doanh thu", "Sản lượng", "Giá trị …":
    ``awards.row_notes.txt``) and names no award, list or proposal: not "Danh sách tập thể đề nghị … tặng
    Bằng khen", nor an individual's line ("Ông Nguyễn Văn An, Giám đốc")."""
    toks = syllables(text)
    return bool(phrase_at(toks, 0, ROW_NOTES)) and not names_award(text) and not any(
        phrase_at(toks, k, NOT_IN_NOTES) for k in range(len(toks)))


def is_label(text: str) -> bool:
    """A short line ending in a colon that sorts the rows under it by a group of the document's own:
    "Khối thi đua số 1:", "Cụm các xã miền núi:", "Đơn vị thuộc Sở:", opened by a word of ``awards.labels.txt`` (not
    "Nơi nhận:", "Kính gửi:", "Người lập biểu:": a closing block ends the list)."""
    if not text.endswith(":") or LIST_MARKER.match(text) or len(text) > MAX_LABEL:
        return False
    toks = syllables(text)
    return len(toks) <= MAX_LABEL_WORDS and bool(phrase_at(toks, 0, LABELS))


MAX_LABEL = 80  # characters of a label line (cheap check before splitting it)
MAX_LABEL_WORDS = 10
LABELS = load_phrases("awards.labels.txt")  # "Khối …:", "Cụm …:": a group of the document's own


def appended_awards(ctx: Context) -> Iterator[Award]:
    lists = appended_lists(ctx)
    clauses = clauses_for_lists(ctx) if lists else []
    for n, found in enumerate(lists):
        head = found.heading.text
        toks = lazy_tokens(head)
        matches = find_patterns(PATTERNS, head)
        spans = award_spans(toks, matches)
        clause = clauses[n] if n < len(clauses) else clauses[-1] if len(clauses) == 1 else None
        sorted_by_award = not spans and any(award_heading(r.text) for r in found.rows)
        if not spans and not sorted_by_award and not (
                clause and (any(m.label in GIVING for m in matches) or lists_groups(head))):
            continue  # "DANH SÁCH ĐẠI BIỂU …", "DANH SÁCH THÀNH VIÊN …": no list of awards
        name = None  # a list sorted under award sub-headings: no row before the first has one
        if spans:
            name = written_as(ctx, head[toks[spans[0].start].start : toks[spans[0].end - 1].end])
        elif clause and not sorted_by_award:
            name = clause[0]
        status = "proposed" if is_proposal(head) else clause[1] if clause else "granted"
        year = next(iter(years_in(head)), None) or (clause[2] if clause else None) or document_year(ctx)
        yield from row_awards(ctx, found, name, status, year)


def written_as(ctx: Context, name: str) -> str:
    """An award the heading writes in capitals, as the document writes it elsewhere in small letters."""
    if not name.isupper():
        return name
    key = canon(name)
    for sent in ctx.sentences:
        toks = lazy_tokens(sent.text)
        for s in award_spans(toks, find_patterns(PATTERNS, sent.text)):
            written = sent.text[toks[s.start].start : toks[s.end - 1].end]
            if canon(written) == key and not written.isupper():
                return written
    return in_small_letters(ctx.doc.text, name)


def in_small_letters(text: str, name: str) -> str:
    """"CỜ THI ĐUA CỦA GIÁM ĐỐC SỞ Y TẾ" -> "Cờ thi đua của Giám đốc Sở Y tế": the grantor after "CỦA" as a line
    not in capitals writes it ("… của Giám đốc Sở Y tế"), else the first word capitalised, each other as the
    document's lines not in capitals write it more often."""
    head, of, grantor = name.partition(" " + OF + " ")
    written = written_small(text, grantor) if of else None
    if written:
        return in_small_letters(text, head) + f" {OF.lower()} " + written
    words = [w for line in text.splitlines() if not line.isupper() for w in WORD_RE.findall(line)]
    out = []
    for k, word in enumerate(name.split(" ")):
        low, title = word.lower(), word.capitalize()
        out.append(title if k == 0 or words.count(title) > words.count(low) else low)
    return " ".join(out)


OF = "CỦA"


def written_small(text: str, words: str) -> str | None:
    """``words`` (in capitals) as a line not in capitals writes them, a whole name (no capital right after)."""
    pattern = re.compile(r"(?<!\w)" + r"\s+".join(map(re.escape, words.split())) + r"(?!\w)(?!\s+[A-ZĐÀ-Ỹ])",
                         re.IGNORECASE)
    for m in pattern.finditer(text):
        if not m.group(0).isupper():
            return " ".join(m.group(0).split())
    return None


WORD_RE = re.compile(r"\w+")


def lists_groups(head: str) -> bool:
    """A heading "DANH SÁCH TẬP THỂ, CÁ NHÂN (Kèm theo Quyết định …)": it lists the groups a clause
    of the decision gives an award (not "DANH SÁCH ĐẠI BIỂU …", "DANH SÁCH THÀNH VIÊN …")."""
    toks = syllables(head)
    n = phrase_at(toks, 0, HEADS)
    return bool(phrase_at(toks, n, GROUPS)) and attached(head)


def attached(text: str) -> bool:
    toks = syllables(text)
    return any(t.norm in ATTACHED and phrase_at(toks, k, ATTACHED) for k, t in enumerate(toks))


def clauses_for_lists(ctx: Context) -> list[tuple[str, str, int | None]]:
    """(award, status, year) of each of the decision's clauses that grants an award to a group whose
    list goes with it: "Tặng Bằng khen … cho 04 tập thể và 05 cá nhân (có danh sách kèm theo)"."""
    from extractors.awards import awards_in  # (the sentence reader, which imports this module)

    out = []
    for sent in ctx.sentences:
        if not attached(sent.text):
            continue
        for a in awards_in(ctx, sent):
            if a.recipient and is_group(lazy_tokens(a.recipient), 0):
                out.append((a.award, a.status, a.year))
                break
    return out


def row_awards(ctx: Context, found: Appended, name: str | None, status: str, year: int | None) -> Iterator[Award]:
    who = None  # the recipients' column of a table
    for n, row in enumerate(found.rows):
        if is_subheading(row.text) or is_label(row.text):
            continue
        own = award_heading(row.text)
        if own is not None:  # "II. Bằng khen của Giám đốc Sở Y tế (03 tập thể)": the rows under it have it
            name = written_as(ctx, own)
            continue
        if SUBHEADING.match(row.text) and n + 1 < len(found.rows) and LIST_MARKER.match(found.rows[n + 1].text):
            continue  # "I. Khối thi đua các Ban Quản lý dự án đường bộ" over "1. Ban Quản lý dự án 6;": a label
        span = table_recipient(row.text, who) if "|" in row.text else line_recipient(row.text)
        if "|" in row.text and who is None:
            heads = cells(row.text)
            who = next((k for k, (a, b) in enumerate(heads) if is_recipient_column(row.text[a:b])), None)
            if who is not None:
                continue
        if span is None or name is None:
            continue
        a, b = span
        ev = ctx.evidence(row, a, b, "awards/appended-list")
        yield Award(name, row.text[a:b], year, status, ev)


def award_heading(text: str) -> str | None:
    """The award a sub-heading opens with and gives the rows under it: "I. CỜ THI ĐUA CỦA …",
    "2. Bằng khen của Chủ tịch UBND tỉnh (02 tập thể):"."""
    marker = SUBHEADING.match(text) or LIST_MARKER.match(text) or LETTER_RE.match(text)
    if marker is None or not names_award(text):
        return None
    toks = lazy_tokens(text)
    spans = award_spans(toks, find_patterns(PATTERNS, text))
    if not spans:
        return None
    lead = [t for t in toks if marker.end() <= t.start < toks[spans[0].start].start and t.text not in QUOTES]
    if [t.norm for t in lead] not in ([], list(TITLE_WORDS)):
        return None  # (only "DANH HIỆU “…”" may stand before it)
    rest = text[toks[spans[-1].end - 1].end :].split("(")[0].strip(" :.“”\"")
    return text[toks[spans[0].start].start : toks[spans[0].end - 1].end] if not rest else None


def line_recipient(text: str) -> tuple[int, int] | None:
    """The first name of a numbered line: "1. Ông Trần Văn A, Giám đốc …;" -> "Trần Văn A"."""
    marker = LIST_MARKER.match(text) or SUBHEADING.match(text)
    toks = lazy_tokens(text)
    a = next((i for i, t in enumerate(toks) if t.start >= marker.end()), len(toks))
    b = next((i for i in range(a, len(toks)) if toks[i].text in ";"), len(toks))
    while b > a and toks[b - 1].text in "./":
        b -= 1
    items = list_items(toks, a, b, companies=True)[:1]
    if not items:
        return None
    i, j = items[0]
    j = next((k for k in range(i + 1, j) if toks[k].text == "," and not name_comma(toks, i, k)
              and not in_comma_name(toks, i, k) and not (place_size(toks, i, k) is None
                                                           and belongs_to(toks, i, k + 1, ROW_LADDERS))),
             j)  # "Phòng Kế toán, KBNN Khánh Hòa": the unit, not its parent; but a department of a company or an
    # agency is named with it ("Phòng Kỹ thuật, | Công ty X", "Đội sản xuất số 2, | Đoàn Kinh tế - Quốc phòng Y",
    # "Khoa Nhi, | Bệnh viện Đa khoa huyện Z"); a unit that names its own place stands alone ("Trạm Y tế xã A, |
    # Bảo hiểm xã hội huyện B")
    return toks[i].start, toks[j - 1].end


def table_recipient(text: str, who: int | None) -> tuple[int, int] | None:
    """The recipient of a row "1 | Nguyễn Văn A | Trưởng phòng | Công an huyện X": the cell under the
    header's recipients' column, else the first cell that is no number."""
    spans = cells(text)
    toks = lazy_tokens(text)
    if who is None:
        who = next((k for k, (a, b) in enumerate(spans) if b > a and not text[a:b].rstrip(".").isdecimal()), None)
    if who is None or who >= len(spans):
        return None
    found = cell_recipient(toks, *spans[who])
    if found is None or found[1] <= found[0]:
        return None
    return toks[found[0]].start, toks[found[1] - 1].end


def lists_over_headings(ctx: Context, found: list[Award]) -> list[Award]:
    """The awards less those the heading of an appended list seems to give ("BẰNG KHEN" to "DANH
    SÁCH TẬP THỂ, CÁ NHÂN") and, where a list gives an award, the groups its decision gives the same
    award ("04 tập thể và 05 cá nhân …"): the list names them."""
    listed = [a for a in found if a.evidence.rule == "awards/appended-list"]
    if not listed:
        return found
    headings = [x.heading for x in appended_lists(ctx)]
    names = {canon(a.award) for a in listed}
    out = []
    for a in found:
        if a.evidence.rule != "awards/appended-list":
            if any(h.start <= a.evidence.start < h.end for h in headings):
                continue
            if (a.recipient and is_group(lazy_tokens(a.recipient), 0)
                    and any(same_unit(canon(a.award), n) for n in names)):
                continue
        out.append(a)
    return out

