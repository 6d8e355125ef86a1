"""The browsable report command (``thidua report``)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer

from pipeline.cli import DbOption, app, fail, reader
from pipeline.store import DEFAULT_DB


@app.command()
def report(
    out_dir: Annotated[Path, typer.Argument(help="Folder to write the site into (created if missing).")],
    db: DbOption = DEFAULT_DB,
) -> None:
    """Write a static HTML site to browse the store: bodies, chairs by year, members, campaigns
    and awards, each fact linked to its highlighted evidence. Opens from disk, offline.

    Example: thidua report outputs/report --db outputs/thidua.duckdb
    """
    from pipeline.report import write_report

    con = reader(db)
    try:
        pages = write_report(con, out_dir, store_name=db.name)
    except OSError as exc:
        fail(f"cannot write the report to {out_dir}: {exc}")
    finally:
        con.close()
    typer.echo(f"{pages} pages written; open {out_dir / 'index.html'}")
