"""The ingest job: discover -> (skip unchanged) -> read -> normalise -> segment -> extract ->
load in batches -> resolve entities; a run row records what happened.

One bad file never stops the batch: it becomes a row of ``ingest_errors`` (stable code, path,
message) and the run's status says so.
"""

from __future__ import annotations

import json
import os
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from pipeline import store
from pipeline.discover import SourceFile, discover
from pipeline.engines import dask_outcomes, local_outcomes
from pipeline.ingest_work import Outcome, file_digest

BATCH = int(os.environ.get("THIDUA_BATCH_SIZE", "64"))  # documents per transaction


@dataclass
class RunSummary:
    run_id: str
    files_seen: int = 0
    files_new: int = 0
    files_changed: int = 0
    files_skipped: int = 0
    files_failed: int = 0
    facts: dict[str, int] = field(default_factory=dict)
    errors: list[dict] = field(default_factory=list)

    @property
    def status(self) -> str:
        return "failed_files" if self.files_failed else "ok"


def ingest(paths: list[Path], db: Path, workers: int | None = None, reextract: bool = False,
           progress: Callable[[Outcome], None] | None = None, engine: str = "local",
           scheduler: str | None = None) -> RunSummary:
    """Ingest files and folders into the store at ``db``; returns what the run did.

    Only one ingest writes to a store at a time (``store.writer_lock``). Each batch of documents
    is one transaction, so a killed run leaves the store consistent and the next run picks up
    the files it had not loaded yet.
    """
    from extractors import versions as extractor_versions

    versions = extractor_versions()
    summary = RunSummary(run_id=datetime.now().strftime("%Y%m%dT%H%M%S-") + uuid.uuid4().hex[:6])
    with store.writer_lock(db):
        with store.connection(db) as con:
            store.start_run(con, {"run_id": summary.run_id, "started_at": datetime.now(), "status": "running",
                                  "paths": json.dumps([str(p) for p in paths]),
                                  "extractor_versions": json.dumps(versions, sort_keys=True)})
            known = store.known_documents(con)
        todo = plan(discover(paths), known, json.dumps(versions, sort_keys=True), reextract, summary)
        workers = workers or os.cpu_count() or 1
        if engine == "dask":
            results = dask_outcomes(todo, versions, summary.run_id, workers, scheduler)
        else:
            results = local_outcomes(todo, versions, summary.run_id, workers)
        load_all(db, results, summary, progress)
        with store.connection(db) as con:
            rebuild_entities(con)
            store.finish_run(con, {"run_id": summary.run_id, "finished_at": datetime.now(), "status": summary.status,
                                   **{k: getattr(summary, k) for k in ("files_seen", "files_new", "files_changed",
                                                                       "files_skipped", "files_failed")}})
    return summary


def plan(found: list[SourceFile], known: dict[str, tuple[str, str]], versions: str, reextract: bool,
         summary: RunSummary) -> list[SourceFile]:
    """The files that need work: new, changed, or (``reextract``) stored with older extractors."""
    summary.files_seen = len(found)
    todo = []
    for src in found:
        stored = known.get(src.doc_id)
        if stored and stored[0] == file_digest(src.path) and (stored[1] == versions or not reextract):
            summary.files_skipped += 1
            continue
        todo.append(src)
        if stored:
            summary.files_changed += 1
        else:
            summary.files_new += 1
    return todo


def load_all(db: Path, results: Iterator[Outcome], summary: RunSummary, progress) -> None:
    """Write outcomes to the store a batch at a time, holding the file only while writing."""
    from pipeline.engines import unstage

    batch: list[Outcome] = []
    for outcome in map(unstage, results):
        batch.append(outcome)
        if progress:
            progress(outcome)
        if len(batch) >= BATCH:
            with store.connection(db) as con:
                write_batch(con, batch, summary)
            batch = []
    if batch:
        with store.connection(db) as con:
            write_batch(con, batch, summary)


def write_batch(con, batch: list[Outcome], summary: RunSummary) -> None:
    tables: dict[str, list[dict]] = {}
    errors = []
    for outcome in batch:
        if outcome.error:
            errors.append(outcome.error)
            continue
        for table, rows in outcome.tables.items():
            tables.setdefault(table, []).extend(rows)
            if table in store.FACT_TABLES:
                summary.facts[table] = summary.facts.get(table, 0) + len(rows)
    summary.files_failed += len(errors)
    summary.errors.extend(errors)
    store.replace_documents(con, tables, errors, summary.run_id)


def rebuild_entities(con) -> None:
    """Resolve bodies, units and persons over the whole store and swap the entity tables."""
    from pipeline.resolve import resolve_bodies, resolve_names

    mentions = con.execute("SELECT DISTINCT m.doc_id, m.doc_body, m.kind, m.parent FROM body_mentions m "
                           "ORDER BY m.doc_id, m.doc_body").fetchall()
    bodies, aliases, doc_bodies = resolve_bodies(mentions)
    units = resolve_names(con.execute(
        "SELECT holder_org, NULL FROM chairs WHERE holder_org IS NOT NULL UNION ALL "
        "SELECT holder, NULL FROM chairs WHERE holder_kind = 'org' UNION ALL SELECT member, NULL FROM members "
        "UNION ALL SELECT recipient, NULL FROM awards WHERE recipient IS NOT NULL ORDER BY 1").fetchall(), "u")
    persons = resolve_names(con.execute("SELECT name, title FROM person_mentions ORDER BY 1, 2").fetchall(), "p")
    store.replace_entities(con, {
        "bodies": bodies, "body_aliases": aliases, "doc_bodies": doc_bodies,
        "units": [{"unit_id": u["id"], "name": u["name"], "name_key": u["name_key"], "n_facts": u["n"]} for u in units],
        "persons": [{"person_id": p["id"], "name": p["name"], "name_key": p["name_key"], "titles": p["titles"],
                     "n_docs": p["n"]} for p in persons]})
