"""The ``thidua`` command line.

Exit statuses: 0 all good; 1 an error (message on stderr); 2 a usage error;
3 ingest finished but some files failed (see ``thidua errors``); 4 the store is in use by
another writer.
"""

from __future__ import annotations

import csv
import io
import json
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from pipeline.store import DEFAULT_DB, StoreError, open_store

EXIT_FAILED_FILES = 3
EXIT_LOCKED = 4

app = typer.Typer(help="thidua: Vietnamese emulation and commendation reports in, a queryable history out.",
                  no_args_is_help=True, add_completion=False, pretty_exceptions_enable=False)
export_app = typer.Typer(help="Write the store's contents to files.", no_args_is_help=True)
app.add_typer(export_app, name="export")

DbOption = Annotated[Path, typer.Option("--db", help="The DuckDB store.", envvar="THIDUA_DB")]


class Format(StrEnum):
    table = "table"
    json = "json"
    csv = "csv"


class Engine(StrEnum):
    local = "local"
    dask = "dask"


FormatOption = Annotated[Format, typer.Option("--format", "-f", help="Output format.")]


def fail(message: str, code: int = 1) -> None:
    typer.echo(f"thidua: {message}", err=True)
    raise typer.Exit(code)


def reader(db: Path):
    try:
        return open_store(db, read_only=True)
    except StoreError as exc:
        fail(str(exc), EXIT_LOCKED if exc.locked else 1)


def emit(rows: list[dict], fmt: Format, columns: list[str]) -> None:
    """Print rows as an aligned table, JSON lines or CSV."""
    if fmt is Format.json:
        for row in rows:
            typer.echo(json.dumps(row, ensure_ascii=False, default=str))
        return
    cells = [[cell(row.get(c)) for c in columns] for row in rows]
    if fmt is Format.csv:
        buf = io.StringIO()
        csv.writer(buf).writerows([columns, *cells])
        typer.echo(buf.getvalue(), nl=False)
        return
    widths = [max(len(c), *(len(r[i]) for r in cells)) if cells else len(c) for i, c in enumerate(columns)]
    for line in [columns, *cells]:
        typer.echo("  ".join(v.ljust(w) for v, w in zip(line, widths, strict=True)).rstrip())


def cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return ", ".join(map(str, value))
    return str(value)


@app.command()
def ingest(
    paths: Annotated[list[Path] | None, typer.Argument(help="Files and folders (default: corpus/).")] = None,
    db: DbOption = DEFAULT_DB,
    workers: Annotated[int, typer.Option(help="Worker processes (0: one per core).")] = 0,
    reextract: Annotated[bool, typer.Option(help="Re-extract files stored by older extractor versions.")] = False,
    log_json: Annotated[bool, typer.Option("--log-json", help="Log one JSON object a line on stderr.")] = False,
    engine: Annotated[Engine, typer.Option(help="local: this machine's cores; dask: a Dask cluster.")] = "local",
    scheduler: Annotated[str | None, typer.Option(help="Dask scheduler address (default: a local cluster).")] = None,
    corrections: Annotated[Path | None, typer.Option(
        help="Corrections file (default: corrections.yaml beside the store).", envvar="THIDUA_CORRECTIONS")] = None,
) -> None:
    """Read documents, extract their facts and load them into the store.

    Unchanged files are skipped; a bad file is recorded with an error code and the rest load.
    Exit status 0: all loaded; 3: finished, some files failed (see `thidua errors`);
    4: another ingest is writing to the store.

    Example: thidua ingest corpus/ --db outputs/thidua.duckdb
    """
    from pipeline.corrections import CorrectionsError
    from pipeline.ingest import ingest as run_ingest

    paths = paths or [Path("corpus")]
    missing = [str(p) for p in paths if not p.exists() and not p.is_symlink()]
    if missing:
        fail(f"no such file or folder: {', '.join(missing)}", 2)
    log = FileLog(json_lines=log_json)
    try:
        summary = run_ingest(paths, db, workers=workers or None, reextract=reextract, progress=log.file,
                             engine=engine.value, scheduler=scheduler, corrections=corrections)
    except StoreError as exc:
        fail(str(exc), EXIT_LOCKED if exc.locked else 1)
    except CorrectionsError as exc:
        fail(str(exc))
    log.done(summary)
    if summary.files_failed:
        raise typer.Exit(EXIT_FAILED_FILES)


class FileLog:
    """What an ingest tells its operator: a counter on a terminal, JSON lines with --log-json,
    and a summary at the end (failed files with their codes on stderr)."""

    def __init__(self, json_lines: bool):
        self.json_lines = json_lines
        self.count = 0
        self.tty = sys.stderr.isatty() and not json_lines

    def file(self, outcome) -> None:
        self.count += 1
        if self.json_lines:
            err = outcome.error or {}
            typer.echo(json.dumps({"event": "file", "path": str(outcome.src.path), "doc_id": outcome.src.doc_id,
                                   "status": "failed" if err else "loaded", "code": err.get("code"),
                                   "message": err.get("message")}, ensure_ascii=False), err=True)
        elif self.tty:
            typer.echo(f"\r{self.count} files processed", nl=False, err=True)

    def done(self, s) -> None:
        if self.tty and self.count:
            typer.echo("", err=True)
        if self.json_lines:
            fields = ("run_id", "status", "files_seen", "files_new", "files_changed", "files_skipped", "files_retried",
                      "files_failed")
            typer.echo(json.dumps({"event": "run", **{k: getattr(s, k) for k in fields}, "facts": s.facts}), err=True)
        typer.echo(f"run {s.run_id}: {s.files_seen} files seen, {s.files_new} new, {s.files_changed} changed, "
                   f"{s.files_skipped} unchanged, {s.files_retried} retried, {s.files_failed} failed")
        if s.facts:
            typer.echo("facts loaded: " + ", ".join(f"{k} {v}" for k, v in sorted(s.facts.items())))
        for e in s.errors:
            typer.echo(f"  {e['code']}  {e['path']}: {e['message']}", err=True)


@export_app.command("facts")
def export_facts(
    out: Annotated[Path, typer.Argument(help="The JSONL file to write ('-': standard output).")],
    db: DbOption = DEFAULT_DB,
) -> None:
    """Write every document's facts, one JSON line a document, in the shared gold format.

    Example: thidua export facts outputs/facts.jsonl
    """
    from pipeline import query

    records = query.gold_records(reader(db))
    text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
    if str(out) == "-":
        typer.echo(text, nl=False)
    else:
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(text, encoding="utf-8")
        typer.echo(f"{len(records)} documents written to {out}")


@app.command()
def evaluate(
    gold: Annotated[Path, typer.Argument(help="Gold facts, one JSON line a document.")],
    db: DbOption = DEFAULT_DB,
    errors: Annotated[bool, typer.Option("--errors", help="List every miss and every spurious fact.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print the figures only, as JSON.")] = False,
) -> None:
    """Score the stored facts against gold facts: precision, recall and F1 per type and overall.

    Example: thidua evaluate ../shared/gold/seeds.jsonl --errors
    """
    from pipeline import evaluate as ev
    from pipeline import query

    try:
        golds = {d["doc_id"]: d for d in map(json.loads, filter(str.strip, gold.open(encoding="utf-8")))}
    except (OSError, ValueError) as exc:
        fail(f"cannot read gold facts from {gold}: {exc}")
    preds = {r["doc_id"]: r for r in query.gold_records(reader(db))}
    counts, misses = ev.score(golds, preds)
    if as_json:
        return typer.echo(json.dumps(ev.figures(counts)))
    if errors:
        for doc_id, kind, what, fact in misses:
            typer.echo(f"{doc_id}\t{kind}\t{what}\t{json.dumps(fact, ensure_ascii=False)}")
    typer.echo(ev.table(counts))


@app.command("errors")
def list_errors(db: DbOption = DEFAULT_DB, fmt: FormatOption = Format.table) -> None:
    """Files that failed to ingest, with their error code and message.

    Example: thidua errors --format csv
    """
    from pipeline import query

    emit(query.errors(reader(db)), fmt, ["code", "path", "message"])


@app.command()
def runs(db: DbOption = DEFAULT_DB, fmt: FormatOption = Format.table) -> None:
    """Past ingest runs: when, and how many files were seen, new, changed, unchanged and failed.

    Example: thidua runs
    """
    from pipeline import query

    emit(query.runs(reader(db)), fmt, ["run_id", "started_at", "finished_at", "status", "files_seen", "files_new",
                                       "files_changed", "files_skipped", "files_retried", "files_failed"])


@app.command()
def sql(
    statement: Annotated[str, typer.Argument(help="One read-only SQL statement.")],
    db: DbOption = DEFAULT_DB,
    fmt: FormatOption = Format.table,
) -> None:
    """Run a read-only SQL query on the store.

    Example: thidua sql "SELECT body, year, role, holder FROM chairs_by_year ORDER BY 1, 2"
    """
    import duckdb

    con = reader(db)
    try:
        cur = con.execute(statement)
    except duckdb.Error as exc:
        fail(str(exc).splitlines()[0])
    cols = [d[0] for d in cur.description or []]
    emit([dict(zip(cols, r, strict=True)) for r in cur.fetchall()], fmt, cols)


# Commands for researchers live in their own module and register on ``app`` when imported.
from pipeline import cli_report, cli_research  # noqa: E402,F401


def main() -> None:
    """Entry point: an unexpected failure is one line on stderr and exit status 1, never a
    traceback (set THIDUA_DEBUG=1 to see it)."""
    import os

    try:
        app()
    except Exception as exc:  # noqa: BLE001
        if os.environ.get("THIDUA_DEBUG"):
            raise
        typer.echo(f"thidua: {type(exc).__name__}: {exc}", err=True)
        sys.exit(1)
