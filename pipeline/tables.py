"""Tables set out with spaces or tabs, read before ``normalize_text`` folds the spaces away:
their rows are written as cells joined by " | ", the form the table rules read (and the form
the PDF and Word readers give a ruled table).

A table is two or more consecutive lines that each split into two cells or more at a gap of two
spaces or more, or a tab, where the gaps of all the lines fall in the same character columns (a
column of blanks down the whole block; a cell may be left-, right- or centre-aligned in it, and
hold single spaces). A line with its first cell empty carries on the row above (a cell wrapped
onto a second line) when the table's rows are numbered or the line goes on in lower case;
a tab-separated block (a run of tabs one separator) is read by its cells' count instead.
Rule lines ("---  --------  -----", "=====", "_____") are read as if they were not there, so a
header over a rule lines up with the rows under it; those inside a table that is read, or just
above or below it, are dropped (the table is its " | " rows), the others kept where they are
(a letterhead's underlines). Columns exactly as wide as their widest cell (two spaces between
them) count as set out when some row's gap is wider (a shorter cell, a right-aligned number).
A line just above a table that does not line up is its header when its cells, fewer than the
columns, each stand over a column of their own above a first row of data; a numbered line just
under it with a cell too wide for its column is its next row when it has a cell over each column.

Refused: lines whose gaps do not line up (justified prose, an accidental double space), a single
line with a gap, and a letterhead, signature or addressee block ("Nơi nhận: … KT. CHỦ TỊCH",
"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" beside the agency): two texts side by side are no table,
and the rules read such blocks as they come.

>>> print(align_tables("Năm    Cụm trưởng       Cụm phó\\n2024   Sở Tư pháp       Sở Nội vụ"))
Năm | Cụm trưởng | Cụm phó
2024 | Sở Tư pháp | Sở Nội vụ
"""

from __future__ import annotations

import re

# a gap between two cells: a tab, or two spaces or more, with text on both sides
GAP = re.compile(r"(?<=\S)(?:[ \t]*\t[ \t]*| {2,})(?=\S)")
TAB_SPLIT = re.compile(r"[ \t]*\t[ \t]*| {2,}")
# a line drawn under a header or round a table: "---  ----------  -----", "=========="
RULE = re.compile(r"[ \t]*(?:[-=_─━═]{2,}[ \t]*)+")
RULE_START = frozenset("-=_─━═")
RULE_MARKS = ("--", "==", "__", "─", "━", "═")
EMPTY_CELL = re.compile(r"\| {2}(?=\|)")
NUMBER = re.compile(r"[\d.,/%()-]+")
NUMBERED = re.compile(r"(?:\d{1,3}|[IVXLC]{1,5}|[a-zđ])[.)]?")
TAB_SIZE = 8
MIN_ROWS = 2  # a header and a row, or two rows
MAX_ROW_CHARS = 160  # a longer line is running text (a paragraph with a double space), no table row


# a cell of a letterhead ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Số: 12/QĐ-UBND") or of the
# addressees set beside a signature ("Nơi nhận:", "KT. CHỦ TỊCH", "(Đã ký)"): such a block is no table
REFUSE = re.compile(r"(?i)^(?:nơi nhận|kt\.|tm\.|tl\.|q\.|số\s*:|\(?đã ký|\(ký)"
                    r"|cộng h[òo]à xã hội|độc lập\s*[-–]\s*tự do")


def align_tables(text: str) -> str:
    """``text`` with its space- or tab-aligned tables written as " | " rows (see the module)."""
    if "  " not in text and "\t" not in text:
        return text
    lines = text.split("\n")
    gapped = [("  " in line or "\t" in line) and len(line) <= MAX_ROW_CHARS and "|" not in line
              and GAP.search(line) is not None for line in lines]
    if sum(gapped) < MIN_ROWS:
        return text
    rules = rule_lines(lines, gapped) if any(mark in text for mark in RULE_MARKS) else None
    if rules:  # read the table as if its rule lines were not there (a header over a rule, a rule between groups)
        lines = [line for k, line in enumerate(lines) if k not in rules]
        gapped = [flag for k, flag in enumerate(gapped) if k not in rules]
    pieces: list[tuple[int, list[str]]] = []  # (first line, a table's rows or the lines left as they are)
    in_table = bytearray(len(lines))
    table: tuple[list[str], list[str]] = ([], [])  # the lines and the rows of the last table read
    i = 0
    while i < len(lines):
        rows, used = read_table(lines, gapped, i) if gapped[i] else (None, 1)
        if rows is not None and i + used < len(lines) and gapped[i + used]:
            # cut short by a line that does not fit: the first line may be a loose header
            later, taken = read_table(lines, gapped, i + 1)
            if later is not None and taken > used - 1:
                pieces.append((i, [lines[i]]))
                rows, used, i = later, taken, i + 1
        if rows is None and used == 1 and i and in_table[i - 1] and gapped[i]:
            row = loose_row(lines[i], table)
            if row is not None:  # a numbered row with a cell too wide for its column
                rows, table = [row], (table[0], [*table[1], row])
        if rows is None:
            if pieces and not in_table[i - 1] and pieces[-1][0] + len(pieces[-1][1]) == i:
                pieces[-1][1].extend(lines[i : i + used])  # lines left as they are: one piece
            else:
                pieces.append((i, lines[i : i + used]))
        else:
            if not (i and in_table[i - 1]):
                table = (lines[i : i + used], rows)
            if i and gapped[i - 1] and pieces and not in_table[i - 1] and pieces[-1][1][-1] is lines[i - 1]:
                header = loose_header(lines[i - 1], rows, lines[i : i + used])
                if header is not lines[i - 1]:
                    pieces[-1][1][-1] = header
                    in_table[i - 1] = 1
                    kept = pieces[-1][1]
                    if group_row(header) and i > 1 and gapped[i - 2] and len(kept) >= 2 and kept[-2] is lines[i - 2]:
                        above = column_header(lines[i - 2], rows)  # the table's header over its first group's row
                        if above is not None:
                            kept[-2] = above
                            in_table[i - 2] = 1
            pieces.append((i, rows))
            in_table[i : i + used] = b"\1" * used
        i += used
    if not rules:
        return "\n".join(line for _, rows in pieces for line in rows)
    return "\n".join(with_rules(text.split("\n"), rules, pieces, in_table))


def rule_lines(lines: list[str], gapped: list[bool]) -> set[int]:
    """The indices of the lines drawn with dashes, equals signs or underscores only ("---  -----")
    next to a line with gaps or drawn with gaps themselves."""
    out: set[int] = set()
    for k, line in enumerate(lines):
        if line.lstrip()[:1] in RULE_START and (gapped[k] or k and gapped[k - 1] or k + 1 < len(gapped)
                                                 and gapped[k + 1] or k and k - 1 in out):
            if RULE.fullmatch(line) and len(line.strip()) >= 3:
                out.add(k)
    return out


def with_rules(original: list[str], rules: set[int], pieces: list[tuple[int, list[str]]],
               in_table: bytearray) -> list[str]:
    """The output lines with the rule lines put back where they were, except those inside a table
    that was read or just above or below it (the table's rows are its " | " lines alone)."""
    before: dict[int, list[str]] = {}  # the rule lines just before each kept line
    kept = 0
    for k, line in enumerate(original):
        if k in rules:
            before.setdefault(kept, []).append(line)
        else:
            kept += 1
    out: list[str] = []
    for start, rows in pieces:
        for k in range(start, start + len(rows)) if not in_table[start] else (start,):
            if k in before and not (in_table[k] or k and in_table[k - 1]):
                out += before[k]
            out += rows[k - start : k - start + 1] if not in_table[start] else rows
    if kept in before and not (kept and in_table[kept - 1]):
        out += before[kept]
    return out


def loose_header(line: str, rows: list[str], block: list[str]) -> str:
    """The line just above a table, as its header row when it has as many cells as the widest
    row though they do not line up with the columns (a header centred or set out by hand), or
    fewer cells, each over a column of its own, above a first row of data (a number where the
    rows have numbers: the table has no header of its own); a caption ("Đơn vị tính: điểm", a
    sentence) is no header."""
    cells = TAB_SPLIT.split(line.strip())
    n = max(row.count(" | ") + 1 for row in rows)
    if refused([cells]):
        return line
    if len(cells) == n:
        return join_row(cells)
    if not 2 <= len(cells) < n or not data_first(rows) or any(":" in c or c.endswith(".") for c in cells):
        return line
    places = placed(line, block, n)
    if places is None:
        return line
    out = [""] * n
    for cell, k in zip(cells, places, strict=True):
        out[k] = cell
    return join_row(out)


def group_row(row: str) -> bool:
    """A row that opens a group of a table's rows: a label ("I", "II", "A") and one cell of text, the others empty
    ("I | KHỐI THI ĐUA SỐ 1 |")."""
    cells = row.split(" | ")
    return len(cells) >= 2 and bool(GROUP_LABEL.fullmatch(cells[0].strip())) and bool(cells[1].strip()) and not any(
        c.strip() for c in cells[2:])


GROUP_LABEL = re.compile(r"[IVXLC]{1,5}[.)]?|[A-ZĐ][.)]?")


def column_header(line: str, rows: list[str]) -> str | None:
    """A line as the header row of a table whose first row opens a group (``group_row``) and whose columns the group
    rows' long text hides: as many cells as the widest row, none a number or a sentence ("TT  Tên đơn vị  Nhiệm vụ")."""
    cells = TAB_SPLIT.split(line.strip())
    n = max(row.count(" | ") + 1 for row in rows)
    if len(cells) != n or refused([cells]) or any(NUMBER.fullmatch(c) or ":" in c or c.endswith(".") for c in cells):
        return None
    return join_row(cells)


def loose_row(line: str, table: tuple[list[str], list[str]]) -> str | None:
    """A line just under a numbered table whose cells do not line up (one too wide for its column)
    as its row: numbered with the next number, with a cell over each column in turn; else None."""
    block, rows = table
    cells = TAB_SPLIT.split(line.strip())
    n = max(row.count(" | ") + 1 for row in rows)
    if len(cells) != n or not cells[0].rstrip(".)").isdecimal() or refused([cells]):
        return None
    numbers = [row.split(" | ", 1)[0].rstrip(".)") for row in rows]
    if sum(x.isdecimal() for x in numbers) < MIN_ROWS or not numbers[-1].isdecimal():
        return None
    if int(cells[0].rstrip(".)")) != int(numbers[-1]) + 1:
        return None
    return join_row(cells) if placed(line, block, n, every=True) == list(range(n)) else None


CELL = re.compile(r"\S+(?: \S+)*")


def placed(line: str, block: list[str], n: int, every: bool = False) -> list[int] | None:
    """The columns the cells of ``line`` stand over, in order: the assignment that overlaps the
    spans the cells of the block's full lines take the most (a cell beside its column counts
    less the farther it is); None when the block has no full line or fewer than half the cells
    (``every``: not all of them) overlap their column."""
    extents: list[list[int]] = []
    for row in block:
        spans = [m.span() for m in CELL.finditer(row.expandtabs(TAB_SIZE))]
        if len(spans) == n:
            extents = [[a, b] for a, b in spans] if not extents else [
                [min(e[0], a), max(e[1], b)] for e, (a, b) in zip(extents, spans, strict=True)]
    cells = [m.span() for m in CELL.finditer(line.expandtabs(TAB_SIZE))]
    if not extents or len(cells) > n:
        return None
    score = [[min(b, q) - max(a, p) for p, q in extents] for a, b in cells]
    # best[j][k]: the best total of cells j.. with cell j at column k or later (an order-keeping assignment)
    best = [[0] * (n + 1) for _ in range(len(cells) + 1)]
    for j in range(len(cells) - 1, -1, -1):
        best[j][n] = -(10**9)
        for k in range(n - 1, -1, -1):
            best[j][k] = max(best[j][k + 1], score[j][k] + best[j + 1][k + 1])
    out, k = [], 0
    for j in range(len(cells)):
        while best[j][k] != score[j][k] + best[j + 1][k + 1]:
            k += 1
        out.append(k)
        k += 1
    hits = sum(score[j][k] > 0 for j, k in enumerate(out))
    return out if hits == len(out) or not every and 2 * hits >= len(out) else None


def data_first(rows: list[str]) -> bool:
    """Whether the first row is one of data: a number in a column where every row has one."""
    split = [row.split(" | ") for row in rows]
    n = min(len(r) for r in split)
    return len(split) >= MIN_ROWS and any(all(NUMBER.fullmatch(r[k].strip()) for r in split) for k in range(n))


def is_indented(line: str) -> bool:
    return line[:2] == "  " or line[:1] == "\t"


def read_table(lines: list[str], gapped: list[bool], i: int) -> tuple[list[str] | None, int]:
    """The " | " rows of the table that opens at line ``i`` (a line with gaps) and how many lines
    it takes; ``(None, k)`` when none opens there (``k`` lines of a refused block left as they are)."""
    if i + 1 >= len(lines) or not (gapped[i + 1] or is_indented(lines[i + 1])):
        return None, 1
    if "\t" in lines[i]:
        n = 1
        while i + n < len(lines) and gapped[i + n]:
            n += 1
        rows = tab_rows(lines[i : i + n]) if n >= MIN_ROWS else None
        if rows is not None:
            return (None, n) if refused(rows) else ([join_row(r) for r in rows], n)
    found = aligned_rows(lines, gapped, i)
    if found is None:
        return None, 1
    table, used = found
    if refused(table):
        return None, used
    return [join_row(drop_trailing(r)) for r in table], used


def join_row(cells: list[str]) -> str:
    """A row's cells joined by " | " (an empty cell: "A | | B"; an empty last one: "A | B |")."""
    return EMPTY_CELL.sub("| ", " | ".join(cells)).rstrip()


def aligned_rows(lines: list[str], gapped: list[bool], i: int) -> tuple[list[list[str]], int] | None:
    """The cells of the lines from ``i`` on that line up into a table (lines with gaps, and
    indented lines that carry on a row), and how many lines they are; None when fewer than two
    lines with gaps line up. (A tab counts as the spaces to the next tab stop.)"""
    block = [lines[i].expandtabs(TAB_SIZE)]
    flags = [True]
    columns = Columns(block[0])
    k = i + 1
    while k < len(lines) and (gapped[k] or is_indented(lines[k])):
        line = lines[k].expandtabs(TAB_SIZE) if "\t" in lines[k] else lines[k]
        if gapped[k] and not columns.add(line) or not gapped[k] and not fits(line, columns.seps):
            break
        block.append(line)
        flags.append(gapped[k])
        k += 1
    seps = columns.seps
    if len(columns.lines) < MIN_ROWS or not padded(columns.lines, seps):
        return None
    if max(sum(interior(x, s) for x in columns.lines) for s in seps) < MIN_ROWS:
        return None
    n = len(block)
    while not (flags[n - 1] or fits(block[n - 1], seps)):
        n -= 1  # an indented line taken before a later line changed the columns
    rows = [split_at(line, seps) for line in block[:n]]
    while not flags[n - 1] and not carries_on(rows[-1]):
        rows.pop()  # an indented line after the table, no part of it
        n -= 1
    return join_carried(rows), n


class Columns:
    """The column separators of a growing block of lines with gaps: the runs of two character
    columns or more blank in every line (past a line's end counts as blank) with text on both
    sides in some line; every gap of every line must be one of them."""

    def __init__(self, first: str) -> None:
        self.lines = [first]
        self.blank = bytearray(b"\1") * (MAX_ROW_CHARS * TAB_SIZE)
        self.mark(first)
        self.seps: list[tuple[int, int]] = []
        self.width = len(first)
        self.indent = len(first) - len(first.lstrip())

    def mark(self, line: str) -> None:
        for p, ch in enumerate(line):
            if ch != " ":
                self.blank[p] = 0

    def add(self, line: str) -> bool:
        """Add ``line`` if it lines up with the lines before it (else leave the block as it was)."""
        saved = bytearray(self.blank)
        self.mark(line)
        width, indent = max(self.width, len(line)), min(self.indent, len(line) - len(line.lstrip()))
        found = self.find(line, width, indent)
        # a separator gone may leave a gap of an earlier line unexplained (the first line: not yet checked)
        again = len(self.lines) == 1 or not all(any(a < q and p < b for a, b in found) for p, q in self.seps)
        if not found or not explained(line, found) or again and not all(explained(x, found) for x in self.lines):
            self.blank = saved
            return False
        self.lines.append(line)
        self.seps, self.width, self.indent = found, width, indent
        return True

    def find(self, line: str, width: int, indent: int) -> list[tuple[int, int]]:
        """The runs of blank columns of the block with ``line``, with text on both sides in
        ``line`` or in an earlier line."""
        out: list[tuple[int, int]] = []
        p = indent
        while p < width:
            if not self.blank[p]:
                p += 1
                continue
            q = p
            while q < width and self.blank[q]:
                q += 1
            if q - p >= 2 and q < width and (interior(line, (p, q)) or any(interior(x, (p, q)) for x in self.lines)):
                out.append((p, q))
            p = q
        return out


def interior(line: str, sep: tuple[int, int]) -> bool:
    """Whether ``line`` has text on both sides of the separator ``sep``."""
    return bool(line[: sep[0]].strip()) and bool(line[sep[1] :].strip())


def padded(lines: list[str], seps: list[tuple[int, int]]) -> bool:
    """Whether the columns show that they were set out: a gap wider than two spaces (between the
    columns, or in a row whose cells are shorter than the column's widest), an empty
    cell, or (gaps of two spaces everywhere: cells of one length, as likely a coincidence) cells
    before the last column that are all numbers ("2023", "12").  Two names apart by two spaces
    on two lines of the same length ("Porto  Lyon" over "Hà Nội  Huế": a dash lost) are no table."""
    if any(q - p > 2 for p, q in seps) or any(b - a > 2 for line in lines for a, b in gaps(line)):
        return True  # (a column as wide as its widest cell, a header or a rule: a row's wider gap shows it)
    rows = [split_at(line, seps) for line in lines]
    if any(not cell for row in rows for cell in row):
        return True
    return all(NUMBER.fullmatch(cell) for row in rows for cell in row[:-1])


def gaps(line: str) -> list[tuple[int, int]]:
    return [m.span() for m in GAP.finditer(line)]


def explained(line: str, seps: list[tuple[int, int]]) -> bool:
    """Whether every gap of ``line`` is one of the separators ``seps`` (and there is one)."""
    found = [m.span() for m in GAP.finditer(line)]
    return bool(found) and all(any(a <= p and q <= b for p, q in seps) for a, b in found)


def split_at(line: str, seps: list[tuple[int, int]]) -> list[str]:
    bounds = [0, *(p for sep in seps for p in sep), max(len(line), seps[-1][1])]
    return [line[bounds[k] : bounds[k + 1]].strip() for k in range(0, len(bounds), 2)]


def fits(line: str, seps: list[tuple[int, int]]) -> bool:
    """Whether an indented line without gaps keeps its text between two separators."""
    a, b = len(line) - len(line.lstrip()), len(line.rstrip())
    return b > a and is_indented(line) and all(q <= a or p >= b for p, q in seps)


def carries_on(row: list[str]) -> bool:
    """Whether a row with its first cell empty goes on in lower case (a wrapped cell)."""
    texts = [cell for cell in row if cell]
    return not row[0] and bool(texts) and all(cell[:1].islower() for cell in texts)


def join_carried(rows: list[list[str]]) -> list[list[str]]:
    """Rows with the carried-on lines joined to the row above: a line whose first cell is empty
    when the table's rows are numbered, or when it goes on in lower case."""
    numbered = sum(bool(NUMBERED.fullmatch(r[0])) for r in rows[1:]) >= max(2, (len(rows) - 1) // 2)
    out: list[list[str]] = []
    for row in rows:
        if out and not row[0] and (numbered or carries_on(row)):
            out[-1] = [f"{a} {b}".strip() for a, b in zip(out[-1], row, strict=True)]
        else:
            out.append(row)
    return out


def tab_rows(lines: list[str]) -> list[list[str]] | None:
    """The cells of tab-separated lines, when the first line has the most cells (a header) or all
    have as many; else None (tabs that only pad columns: read by their columns instead)."""
    rows = [TAB_SPLIT.split(line.strip()) for line in lines]
    n = len(rows[0])
    if n < 2 or any(len(r) > n for r in rows) or sum(len(r) >= 2 for r in rows) < MIN_ROWS:
        return None
    return rows


def drop_trailing(row: list[str]) -> list[str]:
    """A row without its empty cells at the end, two cells kept at least."""
    n = len(row)
    while n > 2 and not row[n - 1]:
        n -= 1
    return row[:n]


def refused(rows: list[list[str]]) -> bool:
    """A letterhead or an addressee block set out in two columns beside the agency or the
    signature: no table."""
    return any(REFUSE.search(cell) for row in rows for cell in row)
