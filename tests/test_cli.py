"""The command line on the shipped corpus: ingest, chairs, export, evaluate, errors, runs, sql."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys

import duckdb
import pytest

from pipeline.cli import EXIT_FAILED_FILES
from tests.conftest import CORPUS, GOLD, SHARED_SCORER, run_cli


def test_chairs_finds_noi_chinh_bloc_without_diacritics(corpus_db):
    out = run_cli("chairs", "--body", "noi chinh", "--db", corpus_db).output
    lines = out.splitlines()
    assert lines[0].startswith("Khối") and "Nội chính Trung ương" in lines[0]
    assert sum(1 for ln in lines if ln.endswith("(bloc)")) == 1  # one bloc, however it was capitalised
    rows = [ln.split() for ln in lines[2:] if ln.strip()]
    assert any(r[0] == "2022" and r[1] == "chair" and "Tư pháp" in " ".join(r) for r in rows)
    assert any(r[0] == "2022" and r[1] == "vice-chair" and "Lăng" in " ".join(r) for r in rows)
    assert any(r[0] == "2023" and r[1] == "chair" and "Kiểm toán Nhà nước" in " ".join(r) for r in rows)
    assert "001_7167e85d046e6cc3" in out and "003_685ff16b72b0ab01" in out


@pytest.mark.parametrize("query", ["NỘI CHÍNH", "Nội chính", "noi chinh trung uong"])
def test_chairs_matches_body_in_any_case(corpus_db, query):
    result = run_cli("chairs", "--body", query, "--db", corpus_db, "--format", "json")
    rows = [json.loads(ln) for ln in result.output.splitlines()]
    assert {(r["year"], r["role"]) for r in rows} >= {(2022, "chair"), (2022, "vice-chair"), (2023, "chair")}


def test_chairs_unknown_body_is_a_one_line_error(corpus_db):
    result = run_cli("chairs", "--body", "khong ton tai", "--db", corpus_db)
    assert result.exit_code == 1
    assert "no bloc or cluster matches" in result.output


def test_chairs_without_store_says_how_to_make_one(tmp_path):
    result = run_cli("chairs", "--db", tmp_path / "none.duckdb")
    assert result.exit_code == 1 and "thidua ingest" in result.output


def test_evaluate_reaches_the_seed_floor(corpus_db):
    figures = json.loads(run_cli("evaluate", GOLD / "seeds.jsonl", "--db", corpus_db, "--json").output)
    assert figures["overall"]["f1"] >= 0.90
    assert all(figures[t]["f1"] >= 0.80 for t in figures), figures


@pytest.mark.skipif(not SHARED_SCORER.exists(), reason="the reference scorer is not beside the repository")
def test_evaluate_agrees_with_reference_scorer(corpus_db, tmp_path):
    out = tmp_path / "facts.jsonl"
    assert run_cli("export", "facts", out, "--db", corpus_db).exit_code == 0
    gold = GOLD / "seeds.jsonl"
    reference = subprocess.run([sys.executable, SHARED_SCORER, gold, out, "--json"], capture_output=True,
                               text=True, check=True).stdout
    ours = run_cli("evaluate", gold, "--db", corpus_db, "--json").output
    assert json.loads(ours) == json.loads(reference)
    table = subprocess.run([sys.executable, SHARED_SCORER, gold, out], capture_output=True, text=True).stdout
    assert run_cli("evaluate", gold, "--db", corpus_db).output == table


def test_export_facts_has_one_line_per_document(corpus_db, tmp_path):
    out = tmp_path / "facts.jsonl"
    run_cli("export", "facts", out, "--db", corpus_db)
    records = [json.loads(ln) for ln in out.read_text(encoding="utf-8").splitlines()]
    files = [p for p in CORPUS.rglob("*") if p.is_file()]
    assert len(records) == len(files)
    assert {"minutes/bien-ban-cum-thi-dua-so-5-cong-an-2021", "000_1013f5cb78330961"} <= {r["doc_id"] for r in records}


def table_dump(db) -> dict[str, list]:
    con = duckdb.connect(str(db), read_only=True)
    tables = [t for (t,) in con.execute("SELECT table_name FROM duckdb_tables() ORDER BY 1").fetchall()]
    dump = {t: sorted(map(repr, con.execute(f"SELECT * FROM {t}").fetchall())) for t in tables if t != "runs"}
    con.close()
    return dump


def test_ingest_twice_leaves_the_store_unchanged(tmp_path):
    folder = tmp_path / "docs"
    shutil.copytree(CORPUS, folder)
    db = tmp_path / "s.duckdb"
    assert run_cli("ingest", folder, "--db", db, "--workers", "1").exit_code == 0
    before = table_dump(db)
    second = run_cli("ingest", folder, "--db", db, "--workers", "1")
    assert "0 new, 0 changed" in second.output
    assert table_dump(db) == before


def test_ingest_records_bad_files_and_loads_the_rest(tmp_path):
    folder = tmp_path / "mixed"
    folder.mkdir()
    shutil.copy(CORPUS / "001_7167e85d046e6cc3.txt", folder)
    for bad in ["empty.txt", "garbage.txt", "truncated.pdf", "undecodable.txt"]:
        shutil.copy(GOLD.parent / "bad" / bad, folder)
    db = tmp_path / "s.duckdb"
    result = run_cli("ingest", folder, "--db", db)
    assert result.exit_code == EXIT_FAILED_FILES
    errors = run_cli("errors", "--db", db, "--format", "json").output
    codes = {json.loads(ln)["path"].rsplit("/", 1)[1]: json.loads(ln)["code"] for ln in errors.splitlines()}
    assert codes == {"empty.txt": "E_EMPTY", "garbage.txt": "E_BINARY", "truncated.pdf": "E_PDF_BROKEN",
                     "undecodable.txt": "E_ENCODING"}
    docs = run_cli("sql", "SELECT doc_id FROM documents", "--db", db, "--format", "json").output
    assert json.loads(docs)["doc_id"] == "001_7167e85d046e6cc3"


def test_changed_file_replaces_its_facts(tmp_path):
    folder = tmp_path / "docs"
    folder.mkdir()
    doc = folder / "a.txt"
    doc.write_text("Năm 2021, Bộ Tư pháp làm Khối trưởng Khối thi đua các bộ, ngành Nội chính Trung ương.",
                   encoding="utf-8")
    db = tmp_path / "s.duckdb"
    run_cli("ingest", folder, "--db", db)
    doc.write_text("Năm 2021, Bộ Công an làm Khối trưởng Khối thi đua các bộ, ngành Nội chính Trung ương.",
                   encoding="utf-8")
    assert "1 changed" in run_cli("ingest", folder, "--db", db).output
    rows = [json.loads(ln) for ln in run_cli("chairs", "--db", db, "--format", "json").output.splitlines()]
    assert [r["holder"] for r in rows] == ["Bộ Công an"]


def test_a_changed_file_of_the_same_size_is_found_by_its_new_time_and_hash(tmp_path):
    folder, db = tmp_path / "docs", tmp_path / "s.duckdb"
    folder.mkdir()
    doc = folder / "a.txt"
    doc.write_text("Năm 2021, Bộ Tư pháp làm Khối trưởng Khối thi đua các bộ, ngành Nội chính Trung ương.",
                   encoding="utf-8")
    run_cli("ingest", folder, "--db", db)
    before = doc.stat()
    doc.write_text("Năm 2021, Bộ Tư pháp làm Khối trưởng Khối thi đua các bộ, ngành Nội chính Trung ương!",
                   encoding="utf-8")
    os.utime(doc, ns=(before.st_atime_ns, before.st_mtime_ns + 1_000_000_000))
    assert doc.stat().st_size == before.st_size
    assert "1 changed" in run_cli("ingest", folder, "--db", db).output


def test_a_file_copied_anew_is_hashed_once_then_known_by_its_time(tmp_path):
    folder, db = tmp_path / "docs", tmp_path / "s.duckdb"
    shutil.copytree(CORPUS, folder)
    run_cli("ingest", folder, "--db", db, "--workers", "1")
    doc = folder / "001_7167e85d046e6cc3.txt"
    later = doc.stat().st_mtime_ns + 5_000_000_000
    os.utime(doc, ns=(later, later))  # same content, new time: as after a plain copy
    assert "0 new, 0 changed" in run_cli("ingest", folder, "--db", db, "--workers", "1").output
    stored = json.loads(run_cli("sql", "SELECT mtime_ns FROM documents WHERE doc_id = '001_7167e85d046e6cc3'",
                                "--db", db, "--format", "json").output)
    assert stored["mtime_ns"] == later


def test_runs_lists_each_ingest(corpus_db):
    out = run_cli("runs", "--db", corpus_db, "--format", "json").output
    assert json.loads(out.splitlines()[0])["status"] == "ok"


def test_sql_is_read_only(corpus_db):
    result = run_cli("sql", "DELETE FROM documents", "--db", corpus_db)
    assert result.exit_code == 1 and "read-only" in result.output.lower()


def test_every_command_is_documented_in_the_readme():
    readme = (CORPUS.parent / "README.md").read_text(encoding="utf-8")
    from pipeline.cli import app

    for command in app.registered_commands:
        name = command.name or command.callback.__name__
        assert f"thidua {name}" in readme, name


def test_a_file_that_is_not_a_store_is_a_one_line_error_not_a_lock(tmp_path):
    bad = tmp_path / "bad.duckdb"
    bad.write_bytes(bytes(range(256)) * 20)
    for args in (("ingest", CORPUS / "001_7167e85d046e6cc3.txt"), ("chairs",)):
        result = run_cli(*args, "--db", bad)
        assert result.exit_code == 1, args
        assert "not a valid DuckDB database" in result.output and len(result.output.strip().splitlines()) == 1
