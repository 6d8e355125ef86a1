"""Commands for researchers: questions to the store by body, year, unit and person."""

from __future__ import annotations

from typing import Annotated

import typer

from pipeline.cli import DbOption, Format, FormatOption, app, emit, fail, reader
from pipeline.store import DEFAULT_DB


@app.command()
def chairs(
    body: Annotated[str | None, typer.Option(help="Part of a body's name, with or without diacritics.")] = None,
    year: Annotated[int | None, typer.Option(help="Only this year of the term.")] = None,
    db: DbOption = DEFAULT_DB,
    fmt: FormatOption = Format.table,
) -> None:
    """Who chaired (and vice-chaired) which bloc or cluster in which year, and which documents say so.

    Example: thidua chairs --body "noi chinh"
    """
    from pipeline import query

    con = reader(db)
    bodies = query.match_bodies(con, body)
    if not bodies:
        fail(f"no bloc or cluster matches {body!r}: see `thidua sql \"SELECT name FROM bodies\"`")
    rows = query.chairs(con, [b[0] for b in bodies], year)
    for row in rows:
        row["role"] = row["role"].replace("_", "-")
        row["documents"] = row.pop("doc_ids")
    if fmt is not Format.table:
        return emit(rows, fmt, ["body", "year", "role", "holder", "holder_org", "documents"])
    for body_id, name, kind in bodies:
        mine = [r for r in rows if r["body_id"] == body_id]
        typer.echo(f"{name} ({kind})")
        if mine:
            emit(mine, fmt, ["year", "role", "holder", "holder_org", "documents"])
        else:
            typer.echo("  no chair or vice-chair recorded")
        typer.echo("")
