"""The DuckDB store: the one module that writes SQL.

Writes happen in transactions, in bulk (Arrow tables inserted by name), one batch of
documents at a time: a batch is in the store whole or not at all.
"""

from __future__ import annotations

import contextlib
import fcntl
import functools
import hashlib
import os
import time
from collections.abc import Iterator
from importlib.resources import files
from pathlib import Path

import duckdb

FACT_TABLES = ("body_mentions", "chairs", "members", "campaigns", "awards", "person_mentions")
DOC_TABLES = ("documents", "evidence", *FACT_TABLES)
ENTITY_TABLES = ("bodies", "body_aliases", "doc_bodies", "units", "persons")
DEFAULT_DB = Path("outputs/thidua.duckdb")


class StoreError(Exception):
    """The store cannot be opened (missing, locked by another writer, not a thidua store);
    ``locked`` tells the first case from the others (exit status 4 rather than 1)."""

    def __init__(self, message: str, locked: bool = False):
        super().__init__(message)
        self.locked = locked


def ddl() -> list[str]:
    text = files("schemas").joinpath("store.sql").read_text(encoding="utf-8")
    lines = [ln for ln in text.splitlines() if not ln.strip().startswith("--")]
    return [s.strip() for s in "\n".join(lines).split(";") if s.strip()]


def open_store(db: Path, read_only: bool = False, wait: float = 30.0, schema: bool = True) -> duckdb.DuckDBPyConnection:
    """Open (for writing: create, unless ``schema`` is false) the store at ``db``.

    An ingest holds the file only for the moments it writes a batch, so a connection that finds
    it busy tries again for up to ``wait`` seconds: queries keep working while an ingest runs.
    """
    if read_only and not db.exists():
        raise StoreError(f"no store at {db}: run `thidua ingest` first (or pass --db)")
    if not read_only:
        db.parent.mkdir(parents=True, exist_ok=True)
    deadline = time.monotonic() + wait
    while True:
        try:
            con = duckdb.connect(str(db), read_only=True) if read_only else attach_for_writing(db)
            break
        except duckdb.IOException as exc:
            locked = "lock" in str(exc).lower()
            if not locked or time.monotonic() > deadline:
                raise StoreError(f"cannot open {db}: {str(exc).splitlines()[0]}", locked=locked) from exc
            time.sleep(0.05)
        except duckdb.Error as exc:
            raise StoreError(f"{db} is not a thidua store: {str(exc).splitlines()[0]}") from exc
    if schema and not read_only and stored_schema(con) != schema_digest():
        for stmt in ddl():
            con.execute(stmt)
        con.execute("INSERT OR REPLACE INTO store_meta VALUES ('schema', ?)", [schema_digest()])
    return con


@functools.cache
def schema_digest() -> str:
    """Digest of the schema file: a store created or migrated by it needs no DDL run again."""
    return hashlib.sha256("\n".join(ddl()).encode("utf-8")).hexdigest()[:32]


def stored_schema(con: duckdb.DuckDBPyConnection) -> str | None:
    """The ``schema_digest`` the store was last set up with (None for a new or an older store)."""
    try:
        row = con.execute("SELECT value FROM store_meta WHERE key = 'schema'").fetchone()
    except duckdb.CatalogException:
        return None
    return row[0] if row else None


# Rows per row group of a connection that writes. DuckDB rewrites the last, partly filled row
# group of a table at every checkpoint (when a batch's connection closes); with its default
# (122,880 rows) the documents table is one row group holding every stored text, so the
# writer's peak memory would grow with the store. Small groups keep it the same at any size.
ROW_GROUP_SIZE = 2048


def attach_for_writing(db: Path) -> duckdb.DuckDBPyConnection:
    """A connection to the store at ``db`` (created if missing), writing ``ROW_GROUP_SIZE`` rows
    a row group."""
    con = duckdb.connect()
    try:
        con.execute(f"ATTACH '{sql_string(str(db))}' AS store (ROW_GROUP_SIZE {ROW_GROUP_SIZE})")
        con.execute("USE store")
    except BaseException:
        con.close()
        raise
    return con


def sql_string(text: str) -> str:
    return text.replace("'", "''")


@contextlib.contextmanager
def connection(db: Path, read_only: bool = False, schema: bool = True) -> Iterator[duckdb.DuckDBPyConnection]:
    """A connection held only for the ``with`` block (``schema=False``: the schema is known to be
    in place, as within an ingest, and is not re-created)."""
    con = open_store(db, read_only=read_only, schema=schema)
    try:
        yield con
    finally:
        con.close()


@contextlib.contextmanager
def writer_lock(db: Path) -> Iterator[None]:
    """Make this process the store's one writer for the ``with`` block, or raise ``StoreError``
    at once if another ingest holds it. The lock is a file beside the store (``<db>.lock``),
    released by the operating system even when the process is killed."""
    db.parent.mkdir(parents=True, exist_ok=True)
    path = db.with_name(db.name + ".lock")
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            holder = os.pread(fd, 32, 0).decode(errors="replace").strip() or "?"
            raise StoreError(f"another ingest (pid {holder}) is writing to {db}; "
                             "queries still work; run ingest again when it has finished", locked=True) from None
        os.ftruncate(fd, 0)
        os.pwrite(fd, str(os.getpid()).encode(), 0)
        yield
    finally:
        os.close(fd)


@contextlib.contextmanager
def transaction(con: duckdb.DuckDBPyConnection) -> Iterator[None]:
    """All of the ``with`` block's writes, or none of them."""
    con.execute("BEGIN TRANSACTION")
    try:
        yield
    except BaseException:
        con.execute("ROLLBACK")
        raise
    con.execute("COMMIT")


def insert_rows(con: duckdb.DuckDBPyConnection, table: str, rows: list[dict]) -> None:
    """Insert ``rows`` (dicts keyed by column) into ``table`` in one bulk statement."""
    if not rows:
        return
    import pyarrow as pa

    batch = pa.Table.from_pylist(rows)
    con.register("_batch", batch)
    try:
        con.execute(f"INSERT INTO {table} BY NAME SELECT * FROM _batch")
    finally:
        con.unregister("_batch")


def failed_paths(con: duckdb.DuckDBPyConnection) -> set[str]:
    """Paths of the files that failed when last tried."""
    return {p for (p,) in con.execute("SELECT path FROM ingest_errors").fetchall()}


def known_documents(con: duckdb.DuckDBPyConnection) -> dict[str, tuple[str, str, int, int | None]]:
    """``{doc_id: (sha256, extractor_versions, size_bytes, mtime_ns)}`` of every stored document."""
    return {d: tuple(rest) for d, *rest in con.execute(
        "SELECT doc_id, sha256, extractor_versions, size_bytes, mtime_ns FROM documents").fetchall()}


def touch_documents(con: duckdb.DuckDBPyConnection, stamps: list[tuple[str, int, int]]) -> None:
    """Record the size and modification time of stored documents found unchanged by their hash
    (a folder copied anew, say), so the next run skips them without hashing."""
    if stamps:
        con.execute("UPDATE documents SET size_bytes = s.size, mtime_ns = s.mtime FROM (SELECT unnest(?::VARCHAR[]) AS "
                    "doc_id, unnest(?::BIGINT[]) AS size, unnest(?::BIGINT[]) AS mtime) s WHERE documents.doc_id = "
                    "s.doc_id", [list(x) for x in zip(*stamps, strict=True)])


def replace_documents(con: duckdb.DuckDBPyConnection, tables: dict[str, list[dict]], errors: list[dict],
                      run_id: str) -> None:
    """In one transaction: drop the stored rows of these documents, insert their new rows, and
    bring the error rows of these paths up to date."""
    doc_ids = [r["doc_id"] for r in tables.get("documents", [])]
    paths = [r["path"] for r in tables.get("documents", [])] + [e["path"] for e in errors]
    with transaction(con):
        stored = [d for (d,) in con.execute(
            "SELECT doc_id FROM documents WHERE doc_id IN (SELECT unnest(?::VARCHAR[]))", [doc_ids]).fetchall()]
        for table in DOC_TABLES if stored else ():  # a new document has no rows to drop: no table scans
            con.execute(f"DELETE FROM {table} WHERE doc_id IN (SELECT unnest(?::VARCHAR[]))", [stored])
        con.execute("DELETE FROM ingest_errors WHERE path IN (SELECT unnest(?::VARCHAR[]))", [paths])
        for table in DOC_TABLES:
            insert_rows(con, table, tables.get(table, []))
        insert_rows(con, "ingest_errors", [{**e, "run_id": run_id} for e in errors])


def start_run(con: duckdb.DuckDBPyConnection, run: dict) -> None:
    """Record a new run; a run left 'running' by a killed process is marked 'interrupted'."""
    con.execute("UPDATE runs SET status = 'interrupted' WHERE status = 'running'")
    con.execute(f"INSERT INTO runs ({', '.join(run)}) VALUES ({', '.join('?' * len(run))})", list(run.values()))


def last_derived_key(con: duckdb.DuckDBPyConnection, run_id: str) -> str | None:
    """The ``derived_key`` of the run before ``run_id`` if that run finished (None when it was
    killed before the end, or there was none): its derived tables are then up to date."""
    row = con.execute("SELECT derived_key, status FROM runs WHERE run_id <> ? ORDER BY started_at DESC LIMIT 1",
                      [run_id]).fetchone()
    return row[0] if row and row[1] in ("ok", "failed_files") else None


def finish_run(con: duckdb.DuckDBPyConnection, run: dict) -> None:
    cols = [c for c in run if c != "run_id"]
    con.execute(f"UPDATE runs SET {', '.join(f'{c} = ?' for c in cols)} WHERE run_id = ?",
                [run[c] for c in cols] + [run["run_id"]])


DERIVED_TABLES = (*ENTITY_TABLES, "name_keys", "corrections", "rejected_facts", "added_facts")


def replace_derived(con: duckdb.DuckDBPyConnection, tables: dict[str, list[dict]]) -> None:
    """Swap every table derived from the facts (the resolved entities, ``name_keys``, and what the
    corrections file did: ``corrections``, ``rejected_facts``, ``added_facts``) in one transaction."""
    with transaction(con):
        for table in DERIVED_TABLES:
            con.execute(f"DELETE FROM {table}")
            insert_rows(con, table, tables.get(table, []))
        for view, table in ANSWER_TABLES.items():
            con.execute(f"CREATE OR REPLACE TABLE {table} AS SELECT * FROM {view}")


# The answers the query commands read, kept as tables: computed once a run, here, instead of on
# every question (the views aggregate the whole store). ``answers_source`` picks the view on a
# store written before these tables existed.
ANSWER_TABLES = {"chair_answers": "chair_answer_rows", "member_answers": "member_answer_rows"}


def answers_source(con: duckdb.DuckDBPyConnection, view: str) -> str:
    """The table holding ``view``'s rows, or the view itself on an older store."""
    table = ANSWER_TABLES[view]
    try:
        con.execute(f"SELECT 1 FROM {table} LIMIT 0")  # far quicker than asking the catalog
    except duckdb.CatalogException:
        return view
    return table
