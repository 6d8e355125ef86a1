"""Chairs from a table whose header row names the roles, one term a row: "Năm | Cụm trưởng |
Cụm phó", then "2016 | Công an tỉnh A | Công an tỉnh B"; and from rows whose cell is a role word
alone with the holder in the next cell: "Chức danh | Đơn vị | Số phiếu", then "Cụm trưởng | Công
an tỉnh A | 5/5"."""

from __future__ import annotations

from dataclasses import dataclass

from extractors.base import Context
from extractors.chairs_view import ROLES
from extractors.phrases import cells, match_patterns, read_tokens
from extractors.resolution import body_at
from extractors.scope import Scope
from extractors.terms import row_year, year_column
from extractors.units import find_spans, read_heads
from schemas.document import Sentence
from schemas.facts import Chair


@dataclass(frozen=True)
class Column:
    index: int
    role: str  # chair | vice_chair
    rule: str


def table_chairs(ctx: Context, scope: Scope) -> list[Chair]:
    """Chairs from a table whose header row names roles, one term a row: "Năm | Cụm trưởng |
    Cụm phó", then "2016 | Công an tỉnh A | Công an tỉnh B"."""
    out: list[Chair] = []
    columns: list[Column] | None = None
    year_col: int | None = None
    for sent in ctx.sentences:
        if "|" not in sent.text:
            columns = None
        elif columns is None:
            columns, year_col = role_columns(sent.text), year_column(sent.text)
        else:
            out += [c for col in columns if (c := cell_chair(ctx, sent, col, year_col, scope))]
            out += [c for col in role_columns(sent.text) if (c := row_chair(ctx, sent, col, year_col, scope))]
    return out


def row_chair(ctx: Context, sent: Sentence, col: Column, year_col: int | None, scope: Scope) -> Chair | None:
    """A row whose cell is a role word alone, the holder in the next cell: "Cụm trưởng | Công an tỉnh A | 5/5"."""
    if col.index + 1 >= len(cells(sent.text)):
        return None
    return cell_chair(ctx, sent, Column(col.index + 1, col.role, f"row_{col.rule}"), year_col, scope)


def role_columns(text: str) -> list[Column]:
    """The columns of a header row whose cell is a role word and nothing else."""
    out = []
    for k, (a, b) in enumerate(cells(text)):
        toks = read_tokens(text[a:b])
        m = next((m for m in match_patterns(ROLES, toks) if m.start == 0 and m.end == len(toks)), None)
        if m:
            out.append(Column(k, m.label, m.id))
    return out


def cell_chair(ctx: Context, sent: Sentence, col: Column, year_col: int | None, scope: Scope) -> Chair | None:
    """The holder of one role cell of a row: a unit, person or name filling the whole cell."""
    row = cells(sent.text)
    if col.index >= len(row):
        return None
    a, b = row[col.index]
    toks = read_tokens(sent.text)
    spans = find_spans(toks, (), read_heads(toks, scope.abbreviations))
    span = next((s for s in spans if toks[s.start].start == a and toks[s.end - 1].end == b and s.kind != "title"), None)
    if span is None:
        return None
    year = row_year(sent.text, row, year_col) or scope.years.tables.get(sent.start) or scope.years.default
    ev = ctx.evidence(sent, a, b, f"chairs/table_{col.rule}")
    body = body_at(scope.bodies, sent.start, sent.end, sent.start + a, scope.passing)
    kind = "person" if span.kind == "person" and not scope.is_place(sent.text[a:b]) else "org"
    return Chair(body or "", col.role, scope.spell_out(sent.text[a:b]), kind, year, ev)
