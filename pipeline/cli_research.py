"""Commands for researchers: questions to the store by body, year, unit and person, each answer
with its sources (``--evidence``: the sentences themselves); exports; the corrections file.

Every answer is consolidated: the same fact from several documents is one row listing them all.
The ``note`` column says when an answer is a ``conflict`` (another holder of the same role in the
same year), comes from a ``correction``, or has its ``year`` from its document.
"""

from __future__ import annotations

import re
from contextlib import closing, contextmanager
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from pipeline.cli import DbOption, Format, FormatOption, app, cell, emit, export_app, fail, reader
from pipeline.store import DEFAULT_DB

corrections_app = typer.Typer(help="The archivist's corrections file (corrections.yaml): check it against the store.",
                              no_args_is_help=True)
app.add_typer(corrections_app, name="corrections")

EvidenceOption = Annotated[bool, typer.Option(
    "--evidence", "-e", help="Under each answer, the sentences that support it, the matched words in [[ ]].")]
YearOption = Annotated[str | None, typer.Option(
    "--year", "-y", metavar="YEAR[-YEAR]", help="Only this year (2022) or these years (2019-2024).")]


# ---------------------------------------------------------------- shared helpers


@contextmanager
def questions(db: Path):
    """A read-only connection to the store, closed after the command; a store written before the
    research views existed is a one-line error saying how to bring it up to date."""
    import duckdb

    with closing(reader(db)) as con:
        try:
            yield con
        except duckdb.CatalogException as exc:
            fail(f"{db} predates this command: run `thidua ingest` once to update it "
                 f"({str(exc).splitlines()[0]})")


def parse_years(text: str | None) -> tuple[int, int] | None:
    """"2022" -> (2022, 2022); "2019-2024" (or "2019–2024", "2019:2024") -> (2019, 2024)."""
    if text is None:
        return None
    m = re.fullmatch(r"\s*(\d{4})\s*(?:[-–:]|\.\.)?\s*(\d{4})?\s*", text)
    if not m:
        fail(f"--year: expected a year (2022) or a range (2019-2024), got {text!r}", 2)
    first, last = int(m.group(1)), int(m.group(2) or m.group(1))
    return (min(first, last), max(first, last))


def pick_body(con, text: str) -> dict:
    """The one body ``text`` names; fails listing the candidates when it names several."""
    from pipeline import research

    found = research.find_bodies(con, text)
    if not found:
        fail(f"no bloc or cluster matches {text!r}: see `thidua bodies`")
    if len(found) > 1:
        fail(f"{text!r} matches {len(found)} blocs and clusters, say which: "
             + "; ".join(describe(b) for b in found[:12]) + ("; …" if len(found) > 12 else ""))
    return found[0]


def describe(body: dict) -> str:
    extra = ", ".join(v for v in (body["kind"], body.get("parent")) if v)
    return f"{body['name']} ({extra})"


def notes(row: dict) -> str:
    flags = [("conflict", row.get("conflict")), ("correction", row.get("source") == "correction"),
             ("year of document", row.get("year_inferred"))]
    return ", ".join(name for name, on in flags if on)


def prepare(rows: list[dict]) -> list[dict]:
    """Rows as printed: roles as words, ``documents`` for ``doc_ids``, a ``note`` column."""
    for row in rows:
        if isinstance(row.get("role"), str):
            row["role"] = row["role"].replace("_", "-")
        row["documents"] = row.get("doc_ids", [])
        row["note"] = notes(row)
    return rows


def show(con, rows: list[dict], fmt: Format, columns: list[str], fields: list[str], with_evidence: bool,
         indent: str = "") -> None:
    """Print ``rows``: the table ``columns``, or the JSON/CSV ``fields``; ``with_evidence``: each
    answer's supporting sentences (table: under the row; JSON: a list; CSV: one more column)."""
    from pipeline import research

    found = research.evidence(con, [i for r in rows for i in r.get("evidence_ids") or []]) if with_evidence else {}
    support = [sorted((found[i] for i in r.get("evidence_ids") or [] if i in found),
                      key=lambda e: (e["source"], e["doc_id"] or "", e["start_char"] or 0)) for r in rows]
    if fmt is Format.table:
        return print_table(rows, columns, support if with_evidence else None, indent)
    out = [{f: r.get(f) for f in fields} for r in rows]
    if with_evidence:
        for row, evs in zip(out, support, strict=True):
            row["evidence"] = ([evidence_json(e) for e in evs] if fmt is Format.json
                               else " | ".join(" ".join(evidence_lines(e)) for e in evs))
    emit(out, fmt, fields + (["evidence"] if with_evidence else []))


def print_table(rows: list[dict], columns: list[str], support: list[list[dict]] | None, indent: str) -> None:
    cells = [[cell(r.get(c)) for c in columns] for r in rows]
    widths = [max([len(c), *(len(r[i]) for r in cells)]) for i, c in enumerate(columns)]

    def line(values: list[str]) -> str:
        return indent + "  ".join(v.ljust(w) for v, w in zip(values, widths, strict=True)).rstrip()

    typer.echo(line(columns))
    for n, values in enumerate(cells):
        typer.echo(line(values))
        for ev in support[n] if support else []:
            for text in evidence_lines(ev):
                typer.echo(f"{indent}    {text}")


def evidence_lines(ev: dict) -> list[str]:
    """``…Năm 2022, [[Bộ Tư pháp được giao làm Khối trưởng]], …`` then ``(doc …, chars 1234–1260)``;
    a correction's citation first."""
    out = []
    if ev["source"] == "correction":
        where = f"{Path(ev['file']).name} line {ev['line']}" if ev.get("file") else "corrections file"
        out.append(f"[correction {ev['evidence_id']}, {where}]" + (f" {ev['cite']}" if ev.get("cite") else ""))
    if ev.get("marked"):
        out.append(ev["marked"])
    if ev.get("doc_id"):
        chars = f", chars {ev['start_char']}–{ev['end_char']}" if ev.get("start_char") is not None else ""
        out.append(f"(doc {ev['doc_id']}{chars})")
    return out


def evidence_json(ev: dict) -> dict:
    return {"doc_id": ev["doc_id"], "start_char": ev["start_char"], "end_char": ev["end_char"],
            "sentence": ev["marked"], "rule": ev["rule"], "source": ev["source"], "cite": ev.get("cite")}


def compact_years(years: list[int] | None) -> str:
    """[2019, 2020, 2021, 2023] -> "2019–2021, 2023"."""
    out: list[list[int]] = []
    for y in sorted(years or []):
        if out and y == out[-1][1] + 1:
            out[-1][1] = y
        else:
            out.append([y, y])
    return ", ".join(str(a) if a == b else f"{a}–{b}" for a, b in out)


# ---------------------------------------------------------------- query commands


@app.command()
def bodies(
    name: Annotated[str | None, typer.Argument(help="Part of a name, with or without diacritics (default: all).")]
    = None,
    db: DbOption = DEFAULT_DB,
    fmt: FormatOption = Format.table,
    with_evidence: EvidenceOption = False,
) -> None:
    """Blocs and clusters: names, aliases, kind and the years they are seen in.

    Each with its parent and the number of documents that name it.

    Example: thidua bodies "cum thi dua"
    """
    from pipeline import research

    with questions(db) as con:
        ids = [b["body_id"] for b in research.find_bodies(con, name)] if name else None
        rows = research.bodies(con, ids)
        if name and not rows:
            fail(f"no bloc or cluster matches {name!r}")
        for row in rows:
            row["years_seen"] = compact_years(row["years"]) if fmt is Format.table else row["years"]
            row["evidence_ids"] = research.first_mentions(con, row["body_id"]) if with_evidence else []
        show(con, rows, fmt, ["name", "kind", "parent", "aliases", "years_seen", "n_docs"],
             ["body_id", "name", "kind", "parent", "aliases", "years_seen", "n_docs", "doc_ids"], with_evidence)


@app.command()
def chairs(
    body: Annotated[str | None, typer.Option(help="Part of a body's name, with or without diacritics.")] = None,
    year: YearOption = None,
    db: DbOption = DEFAULT_DB,
    fmt: FormatOption = Format.table,
    with_evidence: EvidenceOption = False,
) -> None:
    """Who chaired (and vice-chaired) which bloc or cluster in which year.

    Each holder once, with every document that says so. Two holders of one role in one year are
    both shown, noted as a conflict.

    Example: thidua chairs --body "noi chinh" --year 2019-2024 --evidence
    """
    from pipeline import research

    with questions(db) as con:
        years = parse_years(year)
        found = research.find_bodies(con, body) if body else None
        if body and not found:
            fail(f"no bloc or cluster matches {body!r}: see `thidua bodies`")
        rows = prepare(research.chairs(con, [b["body_id"] for b in found] if found else None, years))
        fields = ["body", "year", "role", "holder", "holder_kind", "holder_org", "documents", "source", "conflict"]
        if fmt is not Format.table:
            return show(con, rows, fmt, [], fields, with_evidence)
        shown = found or [{"body_id": r["body_id"], "name": r["body"], "kind": r["body_kind"]} for r in rows]
        for b in list({b["body_id"]: b for b in shown}.values()):
            mine = [r for r in rows if r["body_id"] == b["body_id"]]
            typer.echo(f"{b['name']} ({b['kind']})")
            if mine:
                show(con, mine, fmt, ["year", "role", "holder", "holder_org", "documents", "note"], [], with_evidence)
            else:
                typer.echo("  no chair or vice-chair recorded" + (" in these years" if years else ""))
            typer.echo("")


@app.command()
def members(
    body: Annotated[str, typer.Argument(help="Part of the body's name, with or without diacritics.")],
    year: YearOption = None,
    db: DbOption = DEFAULT_DB,
    fmt: FormatOption = Format.table,
    with_evidence: EvidenceOption = False,
) -> None:
    """The member units of one bloc or cluster, year by year.

    Each with the documents that list it. A member listed without a year counts for the year its
    document reports on.

    Example: thidua members "cum thi dua so 5" --year 2021
    """
    from pipeline import research

    with questions(db) as con:
        b = pick_body(con, body)
        rows = prepare(research.members(con, b["body_id"], parse_years(year)))
        if fmt is Format.table:
            typer.echo(f"{b['name']} ({b['kind']})")
            if not rows:
                return typer.echo("  no member recorded" + (" in these years" if year else ""))
        show(con, rows, fmt, ["year", "member", "documents", "note"],
             ["body", "year", "member", "documents", "source", "year_inferred"], with_evidence)


@app.command()
def campaigns(
    year: YearOption = None,
    search: Annotated[str | None, typer.Option(help="Words of the name, with or without diacritics.")] = None,
    db: DbOption = DEFAULT_DB,
    fmt: FormatOption = Format.table,
    with_evidence: EvidenceOption = False,
) -> None:
    """Emulation campaigns and yearly themes, each once, with their years.

    Phong trào thi đua and chủ đề thi đua, with the documents that name them.

    Example: thidua campaigns --search "nong thon moi"
    """
    from pipeline import research

    with questions(db) as con:
        rows = prepare(research.campaigns(con, parse_years(year), search))
        for row in rows:
            row["kind"] = ", ".join(row["kinds"])
            row["years_seen"] = compact_years(row["years"]) if fmt is Format.table else row["years"]
        show(con, rows, fmt, ["name", "kind", "years_seen", "documents", "note"],
             ["name", "kind", "years_seen", "documents", "source"], with_evidence)


@app.command()
def awards(
    recipient: Annotated[str | None, typer.Option(help="Words of the recipient's name.")] = None,
    award: Annotated[str | None, typer.Option(help="Words of the award's name (\"co thi dua chinh phu\").")] = None,
    year: YearOption = None,
    db: DbOption = DEFAULT_DB,
    fmt: FormatOption = Format.table,
    with_evidence: EvidenceOption = False,
) -> None:
    """Awards and who received or was proposed for them, by year.

    Cờ thi đua, Bằng khen, Huân chương and titles, with the documents that say so.

    Example: thidua awards --award "co thi dua chinh phu" --year 2022
    """
    from pipeline import research

    with questions(db) as con:
        rows = prepare(research.awards(con, recipient, award, parse_years(year)))
        show(con, rows, fmt, ["year", "award", "recipient", "status", "documents", "note"],
             ["year", "award", "recipient", "status", "documents", "source", "year_inferred"], with_evidence)


@app.command()
def person(
    name: Annotated[str, typer.Argument(help="Part of the person's name, with or without diacritics.")],
    db: DbOption = DEFAULT_DB,
    fmt: FormatOption = Format.table,
    with_evidence: EvidenceOption = False,
) -> None:
    """The roles one person held over time: titles, chairs, awards.

    The titles documents give them, the blocs and clusters they chaired, the awards they received.

    Example: thidua person "ho quang huy"
    """
    from pipeline import research

    with questions(db) as con:
        found = research.find_persons(con, name)
        if not found:
            fail(f"no person matches {name!r}")
        if len(found) > 1:
            fail(f"{name!r} matches {len(found)} people, say which: "
                 + "; ".join(p["person"] for p in found[:12]) + ("; …" if len(found) > 12 else ""))
        rows = prepare(research.person_roles(con, found[0]["person_key"]))
        for row in rows:
            row["person"] = found[0]["person"]
        if fmt is Format.table:
            typer.echo(found[0]["person"])
        show(con, rows, fmt, ["year", "role", "detail", "documents", "note"],
             ["person", "year", "role", "detail", "documents", "source"], with_evidence)


@app.command()
def timeline(
    body: Annotated[str, typer.Argument(help="Part of the body's name, with or without diacritics.")],
    db: DbOption = DEFAULT_DB,
    fmt: FormatOption = Format.table,
    with_evidence: EvidenceOption = False,
) -> None:
    """One bloc or cluster year by year: chair, vice-chair, members, awards.

    The awards are those its members and chairs received; conflicts and corrections are noted.

    Example: thidua timeline "noi chinh"
    """
    from pipeline import research

    with questions(db) as con:
        b = pick_body(con, body)
        rows = prepare(research.timeline(con, b["body_id"]))
        if fmt is Format.table:
            typer.echo(f"{b['name']} ({b['kind']})")
            if not rows:
                return typer.echo("  nothing recorded yet")
        show(con, rows, fmt, ["year", "role", "name", "detail", "documents", "note"],
             ["body", "year", "role", "name", "detail", "documents", "source", "conflict", "year_inferred"],
             with_evidence)


@app.command()
def search(
    text: Annotated[str, typer.Argument(help="Words to find, in any case, with or without diacritics.")],
    limit: Annotated[int, typer.Option(help="At most this many hits.")] = 50,
    db: DbOption = DEFAULT_DB,
    fmt: FormatOption = Format.table,
) -> None:
    """Find words in the stored documents' text.

    In any case, with or without diacritics. Each hit with its document, its character offsets and
    its line, the hit marked [[ ]].

    Example: thidua search "khoi truong"
    """
    from pipeline import research

    with questions(db) as con:
        rows = research.search(con, text, limit)
    for row in rows:
        row["chars"] = f"{row['start_char']}–{row['end_char']}"
    emit(rows, fmt, ["doc_id", "year", "chars", "text"] if fmt is Format.table
         else ["doc_id", "year", "start_char", "end_char", "text"])


# ---------------------------------------------------------------- export


class TableFormat(StrEnum):
    parquet = "parquet"
    csv = "csv"


@export_app.command("tables")
def export_tables(
    out_dir: Annotated[Path, typer.Argument(help="The folder to write into (created if missing).")],
    fmt: Annotated[TableFormat, typer.Option("--format", "-f", help="File format.")] = TableFormat.parquet,
    db: DbOption = DEFAULT_DB,
) -> None:
    """Write every table and view of the store, one file each.

    <name>.parquet or <name>.csv, for a spreadsheet or a notebook.

    Example: thidua export tables outputs/tables --format csv
    """
    import duckdb

    from pipeline import research

    try:
        with questions(db) as con:
            written = research.export_tables(con, out_dir, fmt.value)
    except (OSError, duckdb.Error) as exc:
        fail(f"cannot write to {out_dir}: {str(exc).splitlines()[0]}")
    emit(written, Format.table, ["name", "kind", "rows", "file"])
    typer.echo(f"{len(written)} tables and views written to {out_dir}")


# ---------------------------------------------------------------- corrections


@corrections_app.command("check")
def corrections_check(
    file: Annotated[Path | None, typer.Option(
        "--file", help="The corrections file (default: $THIDUA_CORRECTIONS, else corrections.yaml beside the store).")]
    = None,
    db: DbOption = DEFAULT_DB,
    fmt: FormatOption = Format.table,
    show_all: Annotated[bool, typer.Option("--all", help="List every entry, not only those with a problem.")]
    = False,
) -> None:
    """List the entries of the corrections file that no longer match anything.

    Also those whose citation is not found, whose body name is ambiguous, or that the extractors
    now make redundant. Nothing is written. Exit status 1 when any entry is listed.

    Example: thidua corrections check --file corrections.yaml
    """
    from pipeline.corrections import CorrectionsError, find_corrections, read_corrections
    from pipeline.ingest import derive_tables

    with questions(db) as con:
        path = file or find_corrections(db)
        try:
            fixes = read_corrections(path, required=True)
        except CorrectionsError as exc:
            fail(str(exc))
        tables, _ = derive_tables(con, fixes)
        rows = [r for r in tables["corrections"] if show_all or r["problem"]]
        for row in rows:
            row["entry"] = row.pop("correction_id")
            row["status"] = row["problem"] or "ok"
        if rows or fmt is not Format.table:
            emit(rows, fmt, ["entry", "line", "action", "fact_type", "matched", "status"])
        bad = sum(1 for r in tables["corrections"] if r["problem"])
        if fmt is Format.table:
            typer.echo(f"{path}: {len(fixes.entries)} entries, {bad} with a problem")
        if bad:
            raise typer.Exit(1)
