"""Chairs from a table whose header row names the roles, one term a row: "Năm | Cụm trưởng |
Cụm phó", then "2016 | Công an tỉnh A | Công an tỉnh B"; and from rows whose cell is a role word
alone with the holder in the next cell: "Chức danh | Đơn vị | Số phiếu", then "Cụm trưởng | Công
an tỉnh A | 5/5". A table set out with spaces reaches the rules with its spaces folded: a header
line of the year's column and role words alone ("Năm Cụm trưởng Cụm phó"), then lines of a year
and as many units ("2011 Cục Thuế tỉnh A Cục Thuế tỉnh B", ``folded_chairs``)."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from extractors.base import Context
from extractors.chairs_view import ROLES, spell_holder
from extractors.nlp import Match, norm
from extractors.phrases import Tokens, cells, is_year, match_patterns, may_match, phrase_at, pick_longest, read_tokens
from extractors.resolution import body_at
from extractors.scope import Scope
from extractors.terms import row_year, year_at, year_column
from extractors.units import Span, capitalised_run, find_spans, read_heads
from schemas.document import Sentence
from schemas.facts import Chair


@dataclass(frozen=True)
class Column:
    index: int
    role: str  # chair | vice_chair
    rule: str
    year: int | None = None  # written in the role's cell: "Cụm trưởng năm 2024 | Công an tỉnh A"


def table_chairs(ctx: Context, scope: Scope) -> list[Chair]:
    """Chairs from a table whose header row names roles, one term a row: "Năm | Cụm trưởng |
    Cụm phó", then "2016 | Công an tỉnh A | Công an tỉnh B"."""
    out: list[Chair] = []
    columns: list[Column] | None = None
    year_col: int | None = None
    per_year: dict[int, int] = {}
    for sent in ctx.sentences:
        if "|" not in sent.text:
            columns = None
        elif columns is None:
            columns, year_col = role_columns(sent.text), year_column(sent.text)
            per_year = year_columns(sent.text, scope) if not columns else {}
        else:
            out += [c for col in columns if (c := cell_chair(ctx, sent, col, year_col, scope))]
            by_row = role_columns(sent.text)
            if by_row and outvoted(*table_rows(ctx.sentences, sent)):  # "2 | Cụm trưởng | Sở A | 1/8": not elected
                continue
            out += [c for col in by_row if (c := row_chair(ctx, sent, col, year_col, scope))]
            out += roles_by_year(ctx, sent, per_year, scope) if per_year else []
    return out


def year_columns(text: str, scope: Scope) -> dict[int, int]:
    """The columns of a header row whose cell is a year and nothing else ("TT | Đơn vị | Năm 2009 |
    Năm 2010"), each with its year: a plan of who holds which role each year."""
    out = {}
    for k, (a, b) in enumerate(cells(text)):
        toks = read_tokens(text[a:b])
        hit = year_at(toks, 0, scope.years) if toks else None
        if hit and hit[0] == len(toks):
            out[k] = hit[1]
    return out


def roles_by_year(ctx: Context, sent: Sentence, per_year: dict[int, int], scope: Scope) -> list[Chair]:
    """A row of a table with a column for each year: the unit (or person) that fills a cell before them,
    with the role written alone in each year's cell ("2 | Chi cục X | Cụm phó | Cụm trưởng": X vice-chair
    the first year, chair the next)."""
    row = cells(sent.text)
    first = min(per_year)
    toks = read_tokens(sent.text)
    spans = find_spans(toks, (), read_heads(toks, scope.abbreviations))
    span = next((s for s in spans if s.kind in ("unit", "person", "name") and any(
        toks[s.start].start == a and toks[s.end - 1].end == b for a, b in row[:first])), None)
    if span is None:
        return []
    out = []
    for k, year in per_year.items():
        if k >= len(row):
            continue
        a, b = row[k]
        cell = read_tokens(sent.text[a:b])
        role = next((m for m in match_patterns(ROLES, cell) if m.start == 0 and m.end == len(cell)), None)
        if role:
            chair = held_chair(ctx, sent, toks, span, role.label, f"year_column_{role.id}", year, scope)
            out.append(replace(chair, evidence=ctx.evidence(sent, toks[span.start].start, b,
                                                              f"chairs/year_column_{role.id}")))
    return out


def folded_chairs(ctx: Context, scope: Scope) -> list[Chair]:
    """Chairs from a table whose columns the spaces that set it out no longer show: a line of the
    year's column and role words alone ("Năm Cụm trưởng Cụm phó"), then lines that open with a year
    and hold as many units, persons or names, nothing else ("2011 Cục Thuế tỉnh A Cục Thuế tỉnh B")."""
    out: list[Chair] = []
    roles: list[Match] = []
    for sent in ctx.sentences:
        if "|" in sent.text or not (sent.start == 0 or ctx.doc.text[sent.start - 1] == "\n"):
            roles = []
            continue
        named = may_match(ROLES, sent.text)
        if not named and not roles:  # neither a header nor a row under one: not read
            continue
        toks = read_tokens(sent.text)
        header = header_roles(toks) if named else []
        row = folded_row(toks, len(roles), scope) if roles and not header else None
        if row:
            year, spans = row
            out += [held_chair(ctx, sent, toks, s, r.label, f"folded_{r.id}", year, scope)
                    for r, s in zip(roles, spans, strict=True)]
        roles = header or (roles if row else [])
    return out


def header_roles(toks: Tokens) -> list[Match]:
    """The role words of a header line that holds a year's column word ("Năm") and two role words
    or more, each maybe after "Đơn vị", nothing else."""
    k = phrase_at(toks, 0, "chairs.year_columns.txt")
    roles = pick_longest(match_patterns(ROLES, toks))
    covered = k + sum(r.end - r.start for r in roles) + sum(leading(toks, r.start) for r in roles)
    if not k or len(roles) < 2 or covered != sum(1 for t in toks if t.text[:1].isalnum()):
        return []
    return roles


def leading(toks: Tokens, i: int) -> int:
    """The words of ``chairs.appositive.txt`` that end right before token ``i`` ("Đơn vị" of "Đơn vị Cụm
    trưởng" in a header): how many."""
    return next((n for n in (2, 1) if i >= n and phrase_at(toks, i - n, "chairs.appositive.txt") == n), 0)


def folded_row(toks: Tokens, n: int, scope: Scope) -> tuple[int, list[Span]] | None:
    """A row of a folded table: a year, then ``n`` units, persons or names one after the other and
    nothing else (the year and their spans; None when the line is no such row)."""
    hit = year_at(toks, 0, scope.years)
    if hit is None:
        return None
    spans = find_spans(toks, (), read_heads(toks, scope.abbreviations))
    held = [s for s in spans if s.kind in ("unit", "person", "name")]
    ends = [hit[0]] + [s.end for s in held[:-1]]
    if len(held) != n or any(s.start != e for s, e in zip(held, ends, strict=True)):
        return None
    if held[-1].end < len(toks) and toks[held[-1].end].text[:1].isalnum():
        return None
    return hit[1], held


def held_chair(ctx: Context, sent: Sentence, toks: Tokens, span: Span, role: str, rule: str, year: int | None,
               scope: Scope) -> Chair:
    """The chair of the unit, person or name ``span`` of a table's row."""
    a, b = toks[span.start].start, toks[span.end - 1].end
    ev = ctx.evidence(sent, a, b, f"chairs/{rule}")
    body = body_at(scope.bodies, sent.start, sent.end, sent.start + a, scope.passing, scope.contrast)
    kind = "person" if span.kind == "person" and not scope.is_place(sent.text[a:b]) else "org"
    return Chair(body or "", role, spell_holder(sent.text[a:b], scope), kind, year, ev)


def row_chair(ctx: Context, sent: Sentence, col: Column, year_col: int | None, scope: Scope) -> Chair | None:
    """A row whose cell is a role word alone, the holder in the next cell: "Cụm trưởng | Công an tỉnh A | 5/5"."""
    if col.index + 1 >= len(cells(sent.text)):
        return None
    return cell_chair(ctx, sent, Column(col.index + 1, col.role, f"row_{col.rule}", col.year), year_col, scope)


def place_cell(toks: Tokens, a: int, b: int) -> Span | None:
    """A cell filled by a name of two capitalised words or more and nothing else ("2018 | Đắk Lắk | Kon
    Tum"): a place standing for its unit, which the unit finder may not call a name where a cell opens."""
    first = next((k for k, t in enumerate(toks) if t.start == a), None)
    if first is None:
        return None
    end = capitalised_run(toks, first, numbered=False)
    if end - first < 2 or toks[end - 1].end != b or not all(t.is_title and t.text.isalpha() for t in toks[first:end]):
        return None
    return Span("name", first, end)


def coded_cell(toks: Tokens, spans: list[Span], a: int, b: int) -> Span | None:
    """A cell filled by a unit after an office code of capitals and digits ("PC08 Công an tỉnh A", the traffic
    police office of the province's police): the unit, the code left out as the unit finder leaves it."""
    first = next((k for k, t in enumerate(toks) if t.start == a), None)
    if first is None or not CODE_RE.fullmatch(toks[first].text):
        return None
    return next((s for s in spans if s.kind == "unit" and s.start == first + 1 and toks[s.end - 1].end == b), None)


CODE_RE = re.compile(r"[A-ZĐ]{1,4}\d{1,3}")  # "PC08", "PV11", "PA05"


def role_columns(text: str) -> list[Column]:
    """The columns of a header row whose cell is a role word and nothing else (after "Đơn vị" too,
    ``chairs.appositive.txt``: "Đơn vị Cụm trưởng"), or a role word and its year ("Cụm trưởng năm
    2024": in a row, the holder in the next cell holds it that year)."""
    out = []
    for k, (a, b) in enumerate(cells(text)):
        toks = read_tokens(text[a:b])
        lead = phrase_at(toks, 0, "chairs.appositive.txt") if toks else 0  # "Đơn vị Cụm trưởng", "Cơ quan Khối phó"
        m = next((m for m in match_patterns(ROLES, toks) if m.start in (0, lead) and (
            m.end == len(toks) or cell_year(toks, m.end))), None)
        if m:
            out.append(Column(k, m.label, m.id, cell_year(toks, m.end)))
    return out


def cell_year(toks: Tokens, i: int) -> int | None:
    """The year that ends a cell from token ``i``: "năm 2024"."""
    if len(toks) == i + 2 and toks[i].norm == _NAM and is_year(toks[i + 1]):
        return int(toks[i + 1].text)
    return None


_NAM = norm("năm")


def cell_chair(ctx: Context, sent: Sentence, col: Column, year_col: int | None, scope: Scope) -> Chair | None:
    """The holder of one role cell of a row: a unit, person or name filling the whole cell."""
    row = cells(sent.text)
    if col.index >= len(row):
        return None
    a, b = row[col.index]
    toks = read_tokens(sent.text)
    spans = find_spans(toks, (), read_heads(toks, scope.abbreviations))
    span = next((s for s in spans if toks[s.start].start == a and toks[s.end - 1].end == b and s.kind != "title"), None)
    span = span or place_cell(toks, a, b) or coded_cell(toks, spans, a, b)
    if span is None:
        return None
    year = col.year or row_year(sent.text, row, year_col) or scope.years.tables.get(sent.start) or scope.years.default
    return held_chair(ctx, sent, toks, span, col.role, f"table_{col.rule}", year, scope)


VOTES_RE = re.compile(r"(\d{1,3})\s*/\s*(\d{1,3})")


def outvoted(rows: list[str], k: int, caption: str = "") -> bool:
    """Whether row ``k`` of a table (``rows[0]`` its header) names a candidate the vote did not elect: its result
    cell says so ("Không trúng cử", ``chairs.vote_lost.txt``; "Trúng cử", ``chairs.vote_won.txt``, elects), which
    wins over any count; else its count in a column of votes (a header cell holding "phiếu": "Số phiếu") is below
    those of as many candidates for the same role and body as there are seats, and no majority ("3 | Sở A | Cụm
    phó | 1/7" under "6/7"; not a rank, "Thứ hạng | 2/6", nor one of two candidates elected with a majority
    each). The seats are those the caption counts ("bầu 02 Cụm phó"), else one; rows of another body
    (a body cell, "Cụm thi đua số 2 | Cụm trưởng | B | 3/6", or a section row over them) are not compared."""
    won = vote_result(rows[k])
    if won is not None:
        return not won
    column = vote_column(rows[0])
    count = votes(rows[k], column) if column is not None else None
    if count is None:
        return False
    role = row_role(rows[k])
    where = row_body(rows, k)
    ranked = sorted((c[0] for i, r in enumerate(rows) if i and row_role(r) == role and row_body(rows, i) == where
                     and (c := votes(r, column))), reverse=True)
    seats = seat_count(caption, role) or 1  # none counted: one, candidates tied at the top all kept ("3/6", "3/6")
    return len(ranked) > seats and count[0] < ranked[seats - 1] and 2 * count[0] <= count[1]


def row_body(rows: list[str], i: int) -> tuple[str, ...]:
    """The body a row's candidate stands in: its cells that open with a body's head (``chairs.section_heads.txt``,
    not a role word), else those of the nearest row above that names no role (a section row, "Cụm thi đua số 2")."""
    for j in range(i, 0, -1):
        if j != i and row_role(rows[j]) is not None:
            continue
        named = tuple(rows[j][a:b] for a, b in cells(rows[j]) if section_cell(rows[j][a:b]))
        if named or j != i:
            return named
    return ()


@lru_cache(maxsize=4096)
def section_cell(text: str) -> bool:
    """Whether a cell names a body: it opens with a body's head and is not a role word."""
    toks = read_tokens(text)
    return bool(toks) and bool(phrase_at(toks, 0, "chairs.section_heads.txt")) and not any(
        m.start == 0 for m in match_patterns(ROLES, toks))


def seat_count(caption: str, role: str | None) -> int | None:
    """The seats a caption counts for a role: a number right before its role word ("bầu 02 Cụm phó")."""
    toks = read_tokens(caption)
    return next((int(toks[m.start - 1].text) for m in match_patterns(ROLES, toks) if m.label == role and m.start
                 and toks[m.start - 1].text.isdecimal() and 0 < int(toks[m.start - 1].text) <= MAX_SEATS), None)


MAX_SEATS = 9  # a count before a role word above it is a year or some other number, not seats


def vote_result(row: str) -> bool | None:
    """What a row's result cell says of its candidate: True (elected), False (not elected), None (no such cell)."""
    for a, b in cells(row):
        toks = read_tokens(row[a:b])
        if not toks:
            continue
        if phrase_at(toks, 0, "chairs.vote_lost.txt") == len(toks):
            return False
        if phrase_at(toks, 0, "chairs.vote_won.txt") == len(toks):
            return True
    return None


_PHIEU = norm("phiếu")


def vote_column(header: str) -> int | None:
    """The column of a header row that counts votes: its cell holds "phiếu" ("Số phiếu", "Số phiếu đồng ý")."""
    return next((k for k, (a, b) in enumerate(cells(header)) if any(
        t.norm == _PHIEU for t in read_tokens(header[a:b]))), None)


def votes(row: str, column: int) -> tuple[int, int] | None:
    """The count over a count that opens a row's cell in ``column`` ("6/7", "6/6 (100%)"): votes won and cast."""
    row_cells = cells(row)
    if column >= len(row_cells):
        return None
    a, b = row_cells[column]
    m = VOTES_RE.match(row[a:b])
    return (int(m.group(1)), int(m.group(2))) if m and int(m.group(2)) > 0 else None


@lru_cache(maxsize=4096)
def row_role(row: str) -> str | None:
    """The role a row's candidate stands for: the first role word it holds (remembered: ``outvoted`` asks it of
    every row of a table, for each of its rows)."""
    toks = read_tokens(row)
    return next((m.label for m in match_patterns(ROLES, toks)), None)


def table_rows(sentences: list[Sentence], sent: Sentence) -> tuple[list[str], int, str]:
    """The rows of the " | " table a row sentence belongs to (the first its header), the row's index in them and
    its caption (the ``CAPTION_SENTENCES`` sentences right above the header: "Kết quả bầu Cụm phó (bầu 02 Cụm
    phó):")."""
    k = next(i for i, s in enumerate(sentences) if s.start == sent.start)
    first = k
    while first > 0 and "|" in sentences[first - 1].text:
        first -= 1
    last = k
    while last + 1 < len(sentences) and "|" in sentences[last + 1].text:
        last += 1
    caption = " ".join(s.text for s in sentences[max(0, first - CAPTION_SENTENCES) : first])
    return [s.text for s in sentences[first : last + 1]], k - first, caption


CAPTION_SENTENCES = 2  # sentences above a table read for the seats its vote fills
