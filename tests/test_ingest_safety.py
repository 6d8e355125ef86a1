"""Nightly-batch safety: a killed ingest leaves a consistent store that the next run completes,
and only one ingest writes to a store at a time while queries keep working."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys

import duckdb
import pytest

from pipeline import store
from pipeline.cli import EXIT_LOCKED
from tests.conftest import CORPUS, run_cli

THIDUA = [sys.executable, "-c", "from pipeline.cli import main; main()"]
VOLATILE = {"load_id", "run_id"}  # columns that name the run which wrote a row


def make_folder(tmp_path, n: int):
    """``n`` small documents, each a variant of a shipped article."""
    folder = tmp_path / "docs"
    folder.mkdir()
    seeds = sorted(CORPUS.glob("*.txt"))
    for i in range(n):
        text = seeds[i % len(seeds)].read_text(encoding="utf-8")
        (folder / f"doc{i:03d}.txt").write_text(f"Bản tin số {i}\n" + text[:2500], encoding="utf-8")
    return folder


def snapshot(db) -> dict[str, list]:
    con = duckdb.connect(str(db), read_only=True)
    out = {}
    for (table,) in con.execute("SELECT table_name FROM duckdb_tables() WHERE table_name <> 'runs'").fetchall():
        cur = con.execute(f"SELECT * FROM {table}")
        keep = [i for i, d in enumerate(cur.description) if d[0] not in VOLATILE]
        out[table] = sorted(repr([row[i] for i in keep]) for row in cur.fetchall())
    con.close()
    return out


def test_ingest_killed_midway_then_rerun_equals_uninterrupted_run(tmp_path):
    folder = make_folder(tmp_path, 24)
    env = {**os.environ, "THIDUA_BATCH_SIZE": "4", "PYTHONPATH": str(CORPUS.parent)}
    killed_db = tmp_path / "killed.duckdb"
    proc = subprocess.Popen([*THIDUA, "ingest", folder, "--db", killed_db, "--workers", "1", "--log-json"],
                            stderr=subprocess.PIPE, stdout=subprocess.DEVNULL, text=True, env=env)
    seen = 0
    for line in proc.stderr:
        seen += json.loads(line).get("event") == "file"
        if seen == 10:
            proc.send_signal(signal.SIGKILL)
            break
    proc.wait()
    assert proc.returncode == -signal.SIGKILL
    partial = duckdb.connect(str(killed_db), read_only=True)
    loaded = partial.execute("SELECT count(*) FROM documents").fetchone()[0]
    status = partial.execute("SELECT status FROM runs").fetchall()
    partial.close()
    assert 0 < loaded < 24 and status == [("running",)]
    rerun = subprocess.run([*THIDUA, "ingest", folder, "--db", killed_db, "--workers", "1"], env=env,
                           capture_output=True, text=True)
    assert rerun.returncode == 0, rerun.stderr
    assert f"{24 - loaded} new" in rerun.stdout
    clean_db = tmp_path / "clean.duckdb"
    subprocess.run([*THIDUA, "ingest", folder, "--db", clean_db, "--workers", "1"], env=env, check=True,
                   capture_output=True)
    assert snapshot(killed_db) == snapshot(clean_db)
    runs = duckdb.connect(str(killed_db), read_only=True).execute("SELECT status FROM runs ORDER BY started_at")
    assert [s for (s,) in runs.fetchall()] == ["interrupted", "ok"]


def test_second_ingest_exits_with_locked_status_while_queries_work(tmp_path, corpus_db):
    db = tmp_path / "s.duckdb"
    assert run_cli("ingest", CORPUS / "001_7167e85d046e6cc3.txt", "--db", db).exit_code == 0
    with store.writer_lock(db):
        result = run_cli("ingest", CORPUS, "--db", db)
        assert result.exit_code == EXIT_LOCKED
        assert "another ingest" in result.output
        assert run_cli("sql", "SELECT count(*) AS n FROM documents", "--db", db).output.split()[-1] == "1"


def test_writer_lock_is_released_when_the_holder_dies(tmp_path):
    db = tmp_path / "s.duckdb"
    holder = subprocess.Popen([sys.executable, "-c", "import sys, time; from pathlib import Path; "
                               "from pipeline.store import writer_lock\n"
                               f"with writer_lock(Path({str(db)!r})):\n    print('held', flush=True); time.sleep(60)"],
                              stdout=subprocess.PIPE, text=True, cwd=CORPUS.parent)
    assert holder.stdout.readline().strip() == "held"
    holder.kill()
    holder.wait()
    with store.writer_lock(db):
        pass


def test_dask_engine_gives_the_same_store_as_the_process_pool(tmp_path):
    pytest.importorskip("distributed")
    folder = make_folder(tmp_path, 10)
    pool_db, dask_db = tmp_path / "pool.duckdb", tmp_path / "dask.duckdb"
    assert run_cli("ingest", folder, "--db", pool_db, "--workers", "2").exit_code == 0
    result = run_cli("ingest", folder, "--db", dask_db, "--engine", "dask", "--workers", "2")
    assert result.exit_code == 0, result.output
    assert "10 new" in result.output
    assert snapshot(dask_db) == snapshot(pool_db)


def test_worker_generations_give_the_same_store_as_one_process(tmp_path, monkeypatch):
    """Workers are replaced by fresh ones every GENERATION files; with a tiny GENERATION a run
    goes through many pools, one after the other, and must still load every document, in
    order, as one process does."""
    from pipeline import engines

    monkeypatch.setattr(engines, "GENERATION", 2)
    monkeypatch.setattr(engines, "CHUNK", 1)
    folder = make_folder(tmp_path, 12)
    pooled, single = tmp_path / "pool.duckdb", tmp_path / "one.duckdb"
    result = run_cli("ingest", folder, "--db", pooled, "--workers", "2")
    assert result.exit_code == 0, result.output
    assert "12 new" in result.output
    assert run_cli("ingest", folder, "--db", single, "--workers", "1").exit_code == 0
    assert snapshot(pooled) == snapshot(single)


def test_the_warm_up_document_exercises_every_extractor():
    """Workers are forked from a process warmed up on WARM_UP_TEXT: every extractor must fire
    on it, so each loads its rules and models there, once, not in every fresh worker."""
    from pipeline.ingest_work import warm_up

    assert {type(f).__name__ for f in warm_up()} >= {"Award", "Body", "Campaign", "Chair", "Member", "Person"}


def test_reextract_reads_again_only_files_stored_by_older_extractors(tmp_path):
    folder = make_folder(tmp_path, 3)
    db = tmp_path / "s.duckdb"
    assert run_cli("ingest", folder, "--db", db).exit_code == 0
    con = duckdb.connect(str(db))
    con.execute("UPDATE documents SET extractor_versions = '{\"chairs\": \"0\"}' WHERE doc_id = 'doc001'")
    con.close()
    assert "0 changed, 3 unchanged" in run_cli("ingest", folder, "--db", db).output  # not without asking
    again = run_cli("ingest", folder, "--db", db, "--reextract").output
    assert "1 changed, 2 unchanged" in again
    con = duckdb.connect(str(db), read_only=True)
    versions = {v for (v,) in con.execute("SELECT DISTINCT extractor_versions FROM documents").fetchall()}
    con.close()
    assert len(versions) == 1 and '"chairs": "0"' not in versions.pop()


def test_a_run_that_loads_nothing_keeps_the_derived_tables_unless_something_they_depend_on_changed(tmp_path,
                                                                                                    monkeypatch):
    from pipeline import ingest

    folder, db = make_folder(tmp_path, 3), tmp_path / "s.duckdb"
    calls = []
    real = ingest.rebuild_entities
    monkeypatch.setattr(ingest, "rebuild_entities", lambda con, fixes=None: calls.append(1) or real(con, fixes))
    ingest.ingest([folder], db, workers=1)
    ingest.ingest([folder], db, workers=1)
    assert len(calls) == 1  # nothing new, same code, no corrections file: nothing to derive again
    (tmp_path / "corrections.yaml").write_text("merge: []\n", encoding="utf-8")
    ingest.ingest([folder], db, workers=1)
    assert len(calls) == 2  # a corrections file appeared


def test_a_run_killed_before_deriving_is_completed_by_the_next_one(tmp_path):
    folder, db = make_folder(tmp_path, 3), tmp_path / "s.duckdb"
    assert run_cli("ingest", folder, "--db", db).exit_code == 0
    before = snapshot(db)
    con = duckdb.connect(str(db))
    con.execute("DELETE FROM bodies")  # as if killed after its last batch, before the derived tables
    con.execute("UPDATE runs SET status = 'running'")
    con.close()
    assert "0 new, 0 changed" in run_cli("ingest", folder, "--db", db).output
    assert snapshot(db) == before
