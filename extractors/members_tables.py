"""Members from a table whose first row is a header ("STT | Đơn vị | Ghi chú", then "1 | Công an
tỉnh Bắc Giang | Cụm trưởng"): the cells of the column headed by a word of
``members.table_headers.txt``, each cell read whole as a unit or a place name, or as a list of
them ("Cụm thi đua số 1 | Công an các tỉnh Hà Giang, Tuyên Quang"; the body is the row's). The
year is the table's (its header's or caption's; the latest of a header that compares years: "Điểm 2014 |
Điểm 2015"), else the document's."""

from __future__ import annotations

import re
from functools import cache

from extractors.base import Context, years_in
from extractors.members_items import item_at, read_items, skip_count
from extractors.members_view import Anchor, Item, View, read_view, to_member
from extractors.nlp import load_lexicon
from extractors.phrases import cells
from extractors.scope import Scope
from extractors.terms import table_years
from schemas.document import Sentence
from schemas.facts import Member
from schemas.names import canon


@cache
def _header_words() -> frozenset[str]:
    return frozenset(canon(h) for h in load_lexicon("members.table_headers.txt"))


def header_column(text: str) -> int | None:
    """Index of the member column of a table header row, if the row is one: a header of
    ``members.table_headers.txt``, or any kind of unit followed by "thành viên" ("Chi nhánh thành
    viên", "Trường thành viên")."""
    heads = [canon(text[a:b]) for a, b in cells(text)]
    found = next((k for k, cell in enumerate(heads) if member_header(cell)), None)
    if found is None and any(cell in _words("members.body_columns.txt") for cell in heads):
        # "TT | Tên tập thể | Cụm thi đua | Xếp thứ": units of a column beside their body's
        found = next((k for k, cell in enumerate(heads) if cell in _words("members.table_headers_with_body.txt")), None)
    return found


def member_header(cell: str) -> bool:
    """A member column's header ("đơn vị", "chi nhánh thành viên"); not a count ("số thành viên",
    "tổng số đơn vị thành viên")."""
    words = cell.split()
    if cell in _header_words():
        return True
    return 2 < len(words) <= 5 and " ".join(words[-2:]) == _MEMBER_WORD and not _COUNT_RE.search(cell)


@cache
def _words(name: str) -> frozenset[str]:
    return frozenset(canon(h) for h in load_lexicon(name))


_MEMBER_WORD = canon("thành viên")
_COUNT_RE = re.compile(rf"(?:^|\s){re.escape(canon('số'))}(?:\s|$)")


def table_members(ctx: Context, scope: Scope) -> list[Member]:
    """Members from the member column of tables whose first row is a header row."""
    out: list[Member] = []
    column, in_table, latest = None, False, None
    rows: list[list[str]] = []  # the cells of the table's rows so far
    years = table_years(ctx.sentences)
    for sent in ctx.sentences:
        if "|" not in sent.text:
            if in_table and column is not None and rows:
                out += out_of_line(ctx, sent, column, rows, years.get(sent.start) or ctx.year, scope)
            column, in_table, rows = None, False, []
            continue
        if not in_table:
            column, in_table = header_column(sent.text), True
            compared = set(years_in(sent.text))  # "Đơn vị | Điểm 2014 | Điểm 2015": the latest year's members
            latest = max(compared) if len(compared) >= 2 else None
        elif column is not None:
            out += row_member(ctx, sent, column, latest or years.get(sent.start) or ctx.year, scope)
            rows.append([sent.text[a:b] for a, b in cells(sent.text)])
    return out


def out_of_line(ctx: Context, sent: Sentence, column: int, rows: list[list[str]], year: int | None,
                scope: Scope) -> list[Member]:
    """The member of a row right after a table whose long name pushed its columns out of line, so that
    it was not split into cells ("6 Bệnh viện Điều dưỡng - Phục hồi chức năng Nghệ An Thành viên vắng"
    under "5 | Bệnh viện Y học cổ truyền Nghệ An | Thành viên | x"): the row's number follows the last
    row's, the member column is the second, and the words after the unit are what a cell after it holds
    in a row above."""
    last = rows[-1]
    if column != 1 or not last or not last[0].isdecimal():
        return []
    view = read_view(sent, scope)
    toks = view.toks
    if len(toks) < 3 or toks[0].text != str(int(last[0]) + 1) or not any(
            s.start == 1 and s.kind == "unit" for s in view.spans):
        return []
    values = {canon(r[column + 1]) for r in rows if len(r) > column + 1 and r[column + 1].strip()}
    for k in range(2, len(toks)):
        rest = canon(sent.text[toks[k].start :])
        if any(rest == v or rest.startswith(v + " ") for v in values):
            anchor = Anchor(sent, sent.start + toks[1].start, year, "table")
            return [to_member(ctx, view, Item(1, k), anchor, scope)]
    return []


def row_member(ctx: Context, sent: Sentence, column: int, year: int | None, scope: Scope) -> list[Member]:
    """The members in one table row: the whole cell must read as a unit or a place name, or as a
    list of them ("Công an các tỉnh Hà Giang, Tuyên Quang, Cao Bằng")."""
    row = cells(sent.text)
    if column >= len(row):
        return []
    a, b = row[column]
    view = read_view(sent, scope)
    idx = [k for k, t in enumerate(view.toks) if a <= t.start < b]
    item = item_at(view, idx[0]) if idx else None
    items = [item] if item is not None and item.end >= idx[-1] + 1 else (listed(view, idx) if idx else [])
    return [to_member(ctx, view, it, Anchor(sent, sent.start + a, year, "table"), scope) for it in items]


def listed(view: View, idx: list[int]) -> list[Item]:
    """The members of a cell that holds a list of them, and nothing else."""
    start, shared = skip_count(view, idx[0])
    items = read_items(view, start, shared)
    return items if len(items) >= 2 and items[-1].end >= idx[-1] + 1 else []
