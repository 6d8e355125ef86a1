"""The ingest job: discover -> (skip unchanged) -> read -> normalise -> segment -> extract ->
load in batches -> resolve entities; a run row records what happened.

One bad file never stops the batch: it becomes a row of ``ingest_errors`` (stable code, path,
message) and the run's status says so.
"""

from __future__ import annotations

import hashlib
import json
import os
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from datetime import datetime
from pathlib import Path

from pipeline import store
from pipeline.discover import SourceFile, discover
from pipeline.engines import dask_outcomes, local_outcomes
from pipeline.ingest_work import Outcome, file_digest

# A batch of documents is one transaction. It is written when it reaches any of these limits:
# few large batches keep the writer's cost per batch (opening the store, the checkpoint when it
# closes) small beside the work; the size limit bounds the writer's memory, and the age limit
# makes slow files (scans read by OCR) reach the store every few seconds all the same. One
# batch fills one row group of the documents table (store.ROW_GROUP_SIZE): a checkpoint then
# writes whole groups, never rewriting a half-filled one with the next batch's rows (measured:
# the writer's high-water mark is 12% lower than with 4,096 and grows less with the corpus).
BATCH = int(os.environ.get("THIDUA_BATCH_SIZE", "2048"))  # documents
BATCH_CHARS = 16_000_000  # characters of document text
BATCH_SECONDS = 10.0  # since the batch's first document arrived


@dataclass
class RunSummary:
    run_id: str
    files_seen: int = 0
    files_new: int = 0
    files_changed: int = 0
    files_skipped: int = 0
    files_retried: int = 0  # failed last time, tried again (a fixed file or a newly installed tool may help)
    files_failed: int = 0
    facts: dict[str, int] = field(default_factory=dict)
    errors: list[dict] = field(default_factory=list)

    @property
    def status(self) -> str:
        return "failed_files" if self.files_failed else "ok"


def ingest(paths: list[Path], db: Path, workers: int | None = None, reextract: bool = False,
           progress: Callable[[Outcome], None] | None = None, engine: str = "local",
           scheduler: str | None = None, corrections: Path | None = None) -> RunSummary:
    """Ingest files and folders into the store at ``db``; returns what the run did.

    Only one ingest writes to a store at a time (``store.writer_lock``). Each batch of documents
    is one transaction, so a killed run leaves the store consistent and the next run picks up
    the files it had not loaded yet.
    """
    from extractors import versions as extractor_versions
    from pipeline.corrections import find_corrections, read_corrections
    from pipeline.normalize import NORMALIZE_VERSION

    # a bad corrections file fails the run before any document is read
    fixes_path = corrections or find_corrections(db)
    read_corrections(fixes_path, required=corrections is not None)
    versions = {**extractor_versions(), "normalize": NORMALIZE_VERSION}  # what made a stored document
    summary = RunSummary(run_id=datetime.now().strftime("%Y%m%dT%H%M%S-") + uuid.uuid4().hex[:6])
    with store.writer_lock(db):
        with store.connection(db) as con:
            store.start_run(con, {"run_id": summary.run_id, "started_at": datetime.now(), "status": "running",
                                  "paths": json.dumps([str(p) for p in paths]),
                                  "extractor_versions": json.dumps(versions, sort_keys=True)})
            known = store.known_documents(con)
            failed = store.failed_paths(con)
            last_key = store.last_derived_key(con, summary.run_id)
        touched: list[tuple[str, int, int]] = []
        todo = plan(discover(paths), known, failed, json.dumps(versions, sort_keys=True), reextract, summary, touched)
        if touched:
            with store.connection(db, schema=False) as con:
                store.touch_documents(con, touched)
        workers = workers or os.cpu_count() or 1
        if engine == "dask":
            results = dask_outcomes(todo, versions, summary.run_id, workers, scheduler)
        else:
            results = local_outcomes(todo, versions, summary.run_id, workers)
        load_all(db, results, summary, progress)
        key = derived_key(fixes_path)
        with store.connection(db, schema=False) as con:
            if key != last_key or summary.files_new or summary.files_changed or summary.files_retried:
                rebuild_entities(con, corrections)
            store.finish_run(con, {"run_id": summary.run_id, "finished_at": datetime.now(), "status": summary.status,
                                   "derived_key": key,
                                   **{k: getattr(summary, k) for k in ("files_seen", "files_new", "files_changed",
                                                                       "files_skipped", "files_retried",
                                                                       "files_failed")}})
    return summary


# What the derived tables (entities, answers, corrections' effects) are computed by, besides the
# facts: a run that loads nothing rebuilds them only when one of these changed since the last run.
DERIVED_BY = ("pipeline/ingest.py", "pipeline/resolve.py", "pipeline/corrections.py", "pipeline/store.py",
              "extractors/resolution.py", "schemas/names.py", "schemas/store.sql")


def derived_key(corrections: Path | None) -> str:
    """Digest of the corrections file and of the code that derives the entity and answer tables."""
    digest = hashlib.sha256()
    root = Path(__file__).resolve().parent.parent
    for name in DERIVED_BY:
        digest.update((root / name).read_bytes())
    if corrections is not None and corrections.is_file():
        digest.update(corrections.read_bytes())
    return digest.hexdigest()[:32]


def plan(found: list[SourceFile], known: dict[str, tuple], failed: set[str], versions: str,
         reextract: bool, summary: RunSummary, touched: list | None = None) -> list[SourceFile]:
    """The files that need work: new, changed, failed last time, or (``reextract``) stored with
    older extractors. A stored file is unchanged when its size and modification time are those
    it was read with, or else when its content hash is; ``touched`` gets ``(doc_id, size,
    mtime_ns)`` of the files only the hash found unchanged."""
    summary.files_seen = len(found)
    todo = []
    for src in found:
        try:
            info = os.stat(src.location)
        except OSError:
            info = None  # reading it will say why
        stored = known.get(src.doc_id)
        if stored and (stored[1] == versions or not reextract):
            same_stat = info is not None and (stored[2], stored[3]) == (info.st_size, info.st_mtime_ns)
            if same_stat or stored[0] == file_digest(src.location):
                summary.files_skipped += 1
                if not same_stat and info is not None and touched is not None:
                    touched.append((src.doc_id, info.st_size, info.st_mtime_ns))
                continue
        todo.append(replace(src, mtime_ns=info.st_mtime_ns if info else None))
        if src.location in failed:
            summary.files_retried += 1
        elif stored:
            summary.files_changed += 1
        else:
            summary.files_new += 1
    return todo


def load_all(db: Path, results: Iterator[Outcome], summary: RunSummary, progress) -> None:
    """Write outcomes to the store a batch at a time, holding the file only while writing."""
    from pipeline.engines import unstage

    batch: list[Outcome] = []
    chars, started = 0, 0.0
    for outcome in map(unstage, results):
        if not batch:
            chars, started = 0, time.monotonic()
        batch.append(outcome)
        chars += outcome_chars(outcome)
        if progress:
            progress(outcome)
        if len(batch) >= BATCH or chars >= BATCH_CHARS or time.monotonic() - started >= BATCH_SECONDS:
            with store.connection(db, schema=False) as con:
                write_batch(con, batch, summary)
            batch = []
    if batch:
        with store.connection(db, schema=False) as con:
            write_batch(con, batch, summary)


def outcome_chars(outcome: Outcome) -> int:
    """Characters of the document text an outcome carries (0 for a failed file)."""
    return sum(len(row.get("text") or "") for row in (outcome.tables or {}).get("documents", ()))


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


def rebuild_entities(con, corrections: Path | None = None) -> None:
    """Resolve bodies, units and persons over the whole store, apply the archivist's corrections
    and swap the derived tables (entities, name keys, corrections) in one transaction.

    The corrections file is ``corrections`` when given, else ``$THIDUA_CORRECTIONS``, else
    ``corrections.yaml`` beside the store (absent: no corrections); see pipeline/corrections.py.
    """
    from pipeline.corrections import find_corrections, read_corrections

    fixes = read_corrections(corrections or find_corrections(store_path(con)), required=corrections is not None)
    tables, _ = derive_tables(con, fixes)
    store.replace_derived(con, tables)


def store_path(con) -> str | None:
    """The file of the store ``con`` is connected to (None in memory)."""
    row = con.execute("SELECT path FROM duckdb_databases() WHERE database_name = current_database()").fetchone()
    return row[0] if row and row[0] else None


FACT_ROWS = {  # fact type -> its rows as corrections see them (member, campaign, award years as shown)
    "chairs": "SELECT evidence_id, doc_id, body, role, holder, holder_kind, holder_org, year FROM chairs",
    "members": "SELECT m.evidence_id, m.doc_id, m.body, m.member, coalesce(m.year, d.ref_year) AS year "
               "FROM members m JOIN documents d USING (doc_id)",
    "campaigns": "SELECT c.evidence_id, c.doc_id, c.name, c.kind, coalesce(c.year, d.ref_year) AS year "
                 "FROM campaigns c JOIN documents d USING (doc_id)",
    "awards": "SELECT a.evidence_id, a.doc_id, a.award, a.recipient, coalesce(a.year, d.ref_year) AS year, a.status "
              "FROM awards a JOIN documents d USING (doc_id)",
    "persons": "SELECT evidence_id, doc_id, name, title FROM person_mentions",
}


def derive_tables(con, fixes):
    """The rows of every derived table, from the fact tables and the corrections ``fixes``, and
    what each correction did (``corrections.Effects``). Reads only, so ``thidua corrections
    check`` runs it on a read-only store."""
    from pipeline import corrections as fix
    from pipeline.research import alias_match_words

    effects = fix.Effects()
    tables = resolve_store_bodies(con, fixes, effects)
    index = fix.BodyIndex((a["body_id"], a["alias"]) for a in tables["body_aliases"])
    body_of = add_bodies(fixes, index, tables, effects)
    parents = {b["body_id"]: b["parent"] for b in tables["bodies"]}
    for alias in tables["body_aliases"]:
        alias.update(alias_match_words(alias["alias"], parents.get(alias["body_id"])))
    doc_body = {(r["doc_id"], r["doc_body"]): r["body_id"] for r in tables["doc_bodies"]}
    facts = {t: [dict(zip([d[0] for d in cur.description], r, strict=True)) for r in cur.fetchall()]
             for t, cur in ((t, con.execute(sql)) for t, sql in FACT_ROWS.items())}
    for row in facts["chairs"] + facts["members"]:
        row["body_id"] = doc_body.get((row["doc_id"], row["body"]))
    tables["rejected_facts"] = reject_facts(fixes, facts, index, effects)
    texts = dict(con.execute("SELECT doc_id, text FROM documents WHERE doc_id IN (SELECT unnest(?::VARCHAR[]))",
                             [sorted({c.doc for c in fixes.of("add") if c.doc})]).fetchall())
    tables["added_facts"] = [fix.added_row(c, body_of.get(c.correction_id), texts, effects)
                             for c in fixes.of("add")]
    hidden = {r["evidence_id"] for r in tables["rejected_facts"]}
    live = {t: [f for f in rows if f["evidence_id"] not in hidden] for t, rows in facts.items()}
    flag_redundant(fixes, live, tables["added_facts"], effects)
    tables.update(name_tables(facts, live, tables["added_facts"]))
    for c in fixes.of("merge") + fixes.of("reject"):
        if not effects.matched.get(c.correction_id):
            effects.flag(c, "matches nothing")
    tables["corrections"] = fix.correction_rows(fixes, effects)
    return tables, effects


def resolve_store_bodies(con, fixes, effects) -> dict[str, list[dict]]:
    """``bodies``, ``body_aliases`` and ``doc_bodies`` from the body mentions, rejected bodies left
    out and merged ones under the name their merge shows. Every name a document uses for a body
    (and every name of its merge) is one of its aliases."""
    from pipeline.corrections import merge_target, rejects_body
    from pipeline.resolve import resolve_bodies, unique_rows

    mentions = con.execute("SELECT DISTINCT m.doc_id, m.doc_body, m.kind, m.parent FROM body_mentions m "
                           "ORDER BY m.doc_id, m.doc_body").fetchall()
    surfaces = {(d, b): names for d, b, names in con.execute(
        "SELECT doc_id, doc_body, list(DISTINCT name ORDER BY name) FROM body_mentions GROUP BY 1, 2").fetchall()}
    kept, names_of = [], []
    for doc_id, doc_body, kind, parent in mentions:
        names = [doc_body, *surfaces.get((doc_id, doc_body), [])]
        dropped = [c for c in fixes.of("reject", "bodies") if rejects_body(c, doc_id, names, kind, parent)]
        for c in dropped:
            effects.hit(c)
        if dropped:
            continue
        merge = merge_target(names, fixes)
        if merge:
            effects.hit(merge)
        kept.append((doc_id, merge.names[0] if merge else doc_body, merge.kind if merge else kind, parent))
        names_of.append((doc_body, names + list(merge.names if merge else ())))
    bodies, aliases, doc_rows = resolve_bodies(kept)
    ids = {(r["doc_id"], r["doc_body"]): r["body_id"] for r in doc_rows}
    doc_bodies = unique_rows([{"doc_id": m[0], "doc_body": doc_body, "body_id": ids[(m[0], m[1])]}
                              for m, (doc_body, _) in zip(kept, names_of, strict=True)])
    extra = [(ids[(m[0], m[1])], n) for m, (_, names) in zip(kept, names_of, strict=True) for n in names]
    return {"bodies": bodies, "doc_bodies": doc_bodies, "body_aliases": alias_rows(aliases, extra)}


def alias_rows(aliases: list[dict], extra: list[tuple[str, str]]) -> list[dict]:
    """``aliases`` and the ``(body_id, name)`` pairs in ``extra``, each name of a body once."""
    from schemas.names import canon, fold

    seen = {(a["body_id"], canon(a["alias"])) for a in aliases}
    out = list(aliases)
    for body_id, name in extra:
        if (body_id, canon(name)) not in seen:
            seen.add((body_id, canon(name)))
            out.append({"body_id": body_id, "alias": name, "alias_fold": fold(name)})
    return out


def add_bodies(fixes, index, tables: dict[str, list[dict]], effects) -> dict[str, str]:
    """Bodies the corrections add, and those their added chairs and members name but no document
    does; returns ``{correction_id: body_id}`` of every added fact that names a body."""
    from extractors.resolution import BodyEntity
    from pipeline.corrections import guess_kind
    from pipeline.resolve import body_id
    from schemas.names import fold

    known, body_of = {b["body_id"] for b in tables["bodies"]}, {}
    adds = fixes.of("add", "bodies") + [c for c in fixes.of("add") if c.fact_type in ("chairs", "members")]
    for c in adds:
        name = c.fields["name" if c.fact_type == "bodies" else "body"]
        found = index.find(name)
        if found:
            body_of[c.correction_id] = found[0]
            if c.fact_type == "bodies" and found[0] in known:
                effects.flag(c, "already extracted: the entry can go")
            continue
        if c.fact_type != "bodies":
            effects.flag(c, f"{index.explain(name)}: a new one was made")
        kind, parent = c.fields.get("kind") or guess_kind(name), c.fields.get("parent")
        new_id = body_id(BodyEntity(name, kind, parent))
        tables["bodies"].append({"body_id": new_id, "name": name, "kind": kind, "parent": parent, "n_docs": 0})
        tables["body_aliases"].append({"body_id": new_id, "alias": name, "alias_fold": fold(name)})
        index.add(new_id, name)
        body_of[c.correction_id] = new_id
    return body_of


def reject_facts(fixes, facts: dict[str, list[dict]], index, effects) -> list[dict]:
    """Rows of ``rejected_facts``: the extracted facts each ``reject`` entry names."""
    from pipeline.corrections import rejects

    out = []
    for c in fixes.of("reject"):
        if c.fact_type == "bodies":
            continue  # left out before resolution
        ids = index.find(c.fields["body"]) if "body" in c.fields else []
        if "body" in c.fields and not ids:
            effects.flag(c, index.explain(c.fields["body"]))
        for fact in facts[c.fact_type]:
            if rejects(c, fact, ids):
                out.append({"evidence_id": fact["evidence_id"], "fact_type": c.fact_type,
                            "correction_id": c.correction_id})
                effects.hit(c)
    return out


def flag_redundant(fixes, live: dict[str, list[dict]], added: list[dict], effects) -> None:
    """Flag added facts that the extractors now find themselves."""
    from pipeline.corrections import same_fact

    for c, row in zip(fixes.of("add"), added, strict=True):
        if c.fact_type == "bodies":
            continue
        twin = next((f for f in live[c.fact_type] if same_fact(c.fact_type, row, f)), None)
        if twin:
            effects.flag(c, f"already extracted (from {twin['doc_id']}): the entry can go")


def name_tables(facts: dict[str, list[dict]], live: dict[str, list[dict]], added: list[dict]) -> dict[str, list]:
    """``units`` and ``persons`` (from the facts that stand and the added ones) and ``name_keys``
    (the canonical and diacritic-free form of every name a fact holds)."""
    from pipeline.resolve import resolve_names
    from schemas.names import canon, fold

    chairs = live["chairs"] + [a for a in added if a["fact_type"] == "chairs"]
    unit_names = sorted([c["holder_org"] for c in chairs if c["holder_org"]]
                        + [c["holder"] for c in chairs if c["holder_kind"] == "org"]
                        + [m["member"] for m in live["members"] + added if m.get("member")]
                        + [a["recipient"] for a in live["awards"] + added if a.get("recipient")])
    units = resolve_names([(n, None) for n in unit_names], "u")
    people = sorted(((p["name"], p["title"]) for p in live["persons"] + [a for a in added
                                                                         if a["fact_type"] == "persons"]),
                    key=lambda p: (p[0], p[1] or ""))
    persons = resolve_names(people, "p")
    names = {row[k] for rows in [*facts.values(), added] for row in rows
             for k in ("holder", "holder_org", "member", "name", "award", "recipient") if row.get(k)}
    return {
        "units": [{"unit_id": u["id"], "name": u["name"], "name_key": u["name_key"], "n_facts": u["n"]} for u in units],
        "persons": [{"person_id": p["id"], "name": p["name"], "name_key": p["name_key"], "titles": p["titles"],
                     "n_docs": p["n"]} for p in persons],
        "name_keys": [{"name": n, "name_key": canon(n), "name_fold": fold(n)} for n in sorted(names)],
    }
