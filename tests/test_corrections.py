"""The corrections file through the CLI: merges, rejections and additions survive re-ingestion,
show as corrections, and `thidua corrections check` lists entries that match nothing."""

from __future__ import annotations

import json
import textwrap

import pytest

from pipeline.corrections import read_corrections
from tests.conftest import ROOT, run_cli
from tests.test_research import NOI_CHINH, body, chair, ingest, json_rows, member, planted_extraction

REPORT_2022 = (f"Tổng kết năm 2022 của {NOI_CHINH}.\n"
               "Năm 2022, Bộ Tư pháp được giao làm Khối trưởng.\n"
               "Năm 2022, Bộ Quốc phòng làm Khối trưởng.\n"
               "Khối gồm Bộ Công an và Thanh tra Chính phủ.")
FACTS_2022 = (body(NOI_CHINH),
              chair(NOI_CHINH, "Bộ Tư pháp", 2022, "Bộ Tư pháp được giao làm Khối trưởng"),
              chair(NOI_CHINH, "Bộ Quốc phòng", 2022, "Bộ Quốc phòng làm Khối trưởng"),
              member(NOI_CHINH, "Bộ Công an", 2022))


@pytest.fixture
def plant():
    with planted_extraction() as write:
        yield write


@pytest.fixture
def store(tmp_path, plant):
    """A store of one report (its corrections file beside it: ``tmp_path / corrections.yaml``)."""
    plant(tmp_path / "docs", "r22", REPORT_2022, *FACTS_2022)
    ingest(tmp_path / "docs", tmp_path / "s.duckdb")
    return tmp_path / "s.duckdb"


def write_corrections(db, text: str):
    path = db.with_name("corrections.yaml")
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


def chairs_2022(db) -> list[tuple]:
    return [(r["holder"], r["source"], r["conflict"])
            for r in json_rows("chairs", "--body", "noi chinh", "--year", "2022", "--db", db)]


def test_corrections_reject_hides_a_fact_after_reingestion(store, plant):
    assert chairs_2022(store) == [("Bộ Quốc phòng", "extracted", True), ("Bộ Tư pháp", "extracted", True)]
    write_corrections(store, """
        reject:
          - fact: chairs
            body: khoi noi chinh          # any name of the bloc, diacritics optional
            holder: Bộ Quốc phòng
            year: 2022
            note: The minutes name Bộ Quốc phòng as host, not as chair.
        """)
    ingest(store.parent / "docs", store)
    assert chairs_2022(store) == [("Bộ Tư pháp", "extracted", False)]
    rejected = json_rows("sql", "SELECT r.correction_id, c.holder FROM rejected_facts r JOIN chairs c USING "
                         "(evidence_id)", "--db", store)
    assert rejected == [{"correction_id": "reject-1", "holder": "Bộ Quốc phòng"}]
    # the document changes and is extracted again: the rejection still holds
    plant(store.parent / "docs", "r22", REPORT_2022 + "\nHội nghị kết thúc.", *FACTS_2022)
    assert "1 changed" in ingest(store.parent / "docs", store).output
    assert chairs_2022(store) == [("Bộ Tư pháp", "extracted", False)]
    # and removing the entry brings the fact back
    write_corrections(store, "reject: []\n")
    ingest(store.parent / "docs", store)
    assert len(chairs_2022(store)) == 2


def test_corrections_add_shows_the_fact_as_a_correction_with_its_citation(store):
    write_corrections(store, """
        add:
          - fact: chairs
            body: Khối Nội chính
            role: chair
            holder: Bộ Công an
            year: 2021
            cite: Quyết định số 12/QĐ-TTg ngày 5/1/2021
          - fact: members
            body: Nội chính
            member: Kiểm toán Nhà nước
            year: 2022
            doc: "r22"
            quote: Bộ Công an   và Thanh tra
        """)
    ingest(store.parent / "docs", store)
    rows = json_rows("chairs", "--body", "noi chinh", "--year", "2021", "--evidence", "--db", store)
    assert [(r["holder"], r["source"], r["documents"]) for r in rows] == [("Bộ Công an", "correction", [])]
    assert rows[0]["evidence"][0]["cite"] == "Quyết định số 12/QĐ-TTg ngày 5/1/2021"
    table = run_cli("members", "noi chinh", "--evidence", "--db", store).output
    added = next(ln for ln in table.splitlines() if ln.startswith("2022  Kiểm toán Nhà nước"))
    assert added.endswith("correction")
    assert "[correction add-2, corrections.yaml line 9]" in table
    assert "Khối gồm [[Bộ Công an và Thanh tra]] Chính phủ." in table
    timeline = json_rows("timeline", "noi chinh", "--db", store)
    assert ("Bộ Công an", "correction") in {(r["name"], r["source"]) for r in timeline if r["year"] == 2021}


def test_corrections_merge_makes_two_names_one_body(tmp_path, plant):
    docs, db = tmp_path / "docs", tmp_path / "s.duckdb"
    plant(docs, "old", "Năm 2019, Bộ Tư pháp làm trưởng Khối thi đua số 3.",
          body("Khối thi đua số 3"), chair("Khối thi đua số 3", "Bộ Tư pháp", 2019, "Bộ Tư pháp làm trưởng"))
    plant(docs, "new", REPORT_2022, *FACTS_2022)
    ingest(docs, db)
    assert len(json_rows("bodies", "khoi", "--db", db)) == 2
    write_corrections(db, f"""
        merge:
          - name: {NOI_CHINH}
            same_as: [Khối thi đua số 03]      # numbers compare as numbers
        """)
    ingest(docs, db)
    [merged] = json_rows("bodies", "khoi", "--db", db)
    assert merged["name"] == NOI_CHINH and set(merged["aliases"]) == {"Khối thi đua số 3", "Khối thi đua số 03"}
    assert merged["years_seen"] == [2019, 2022]
    rows = json_rows("timeline", "khoi thi dua so 3", "--db", db)
    assert {(r["year"], r["name"]) for r in rows if r["role"] == "chair"} == {
        (2019, "Bộ Tư pháp"), (2022, "Bộ Tư pháp"), (2022, "Bộ Quốc phòng")}


def test_corrections_reject_a_body_that_is_not_one(store):
    write_corrections(store, """
        reject:
          - fact: bodies
            name: Khối thi đua các bộ, ngành Nội chính Trung ương
            doc: "r22"
        """)
    ingest(store.parent / "docs", store)
    assert json_rows("bodies", "--db", store) == []
    assert json_rows("chairs", "--db", store) == []


def test_corrections_check_lists_entries_that_match_nothing(store):
    write_corrections(store, f"""
        merge:
          - name: {NOI_CHINH}
            same_as: [Khối Nội chính]          # only exact names merge: no document says this one
          - name: Khối thi đua các ngành Kinh tế
            same_as: [Khối Kinh tế]
        reject:
          - fact: chairs
            holder: Bộ Quốc phòng
          - fact: awards
            award: Cờ thi đua của Chính phủ
        add:
          - fact: chairs
            body: Khối thi đua các bộ, ngành Nội chính Trung ương
            role: chair
            holder: Bộ Tư pháp
            year: 2022
            doc: "r22"
            quote: được giao làm Khối trưởng
          - fact: members
            body: Khối Nội chính
            member: Bộ Quốc phòng
            doc: "r99"
        """)
    result = run_cli("corrections", "check", "--db", store)
    assert result.exit_code == 1
    problems = {ln.split()[0]: ln for ln in result.output.splitlines()[1:-1]}
    assert set(problems) == {"merge-2", "reject-2", "add-1", "add-2"}
    assert problems["merge-2"].endswith("matches nothing") and problems["reject-2"].endswith("matches nothing")
    assert "already extracted (from r22)" in problems["add-1"]
    assert "document r99 is not in the store" in problems["add-2"]
    assert result.output.splitlines()[-1].endswith("6 entries, 4 with a problem")
    every = run_cli("corrections", "check", "--all", "--format", "json", "--db", store)
    assert {json.loads(ln)["entry"] for ln in every.stdout.splitlines()} == {
        "merge-1", "merge-2", "reject-1", "reject-2", "add-1", "add-2"}


def test_corrections_check_passes_when_every_entry_matches(store):
    write_corrections(store, """
        reject:
          - {fact: chairs, holder: Bộ Quốc phòng, year: 2022}
        """)
    result = run_cli("corrections", "check", "--db", store)
    assert result.exit_code == 0 and result.output.strip().endswith("1 entries, 0 with a problem")


@pytest.mark.parametrize(("text", "message"), [
    ("reject:\n  - fact: chairs\n    hodler: Bộ Tư pháp\n", "line 2: reject #1: unknown field 'hodler'"),
    ("add:\n  - fact: chairs\n    body: Khối X\n    role: chair\n    holder: Bộ Y\n    year: 2022\n",
     "an added fact needs a citation"),
    ("add:\n  - {fact: members, body: Khối X, member: Bộ Y, doc: 001_123}\n", "write it in quotes"),
    ("reject:\n  - {fact: chairs, role: boss}\n", "'role' must be one of chair, vice_chair"),
    ("fix:\n  - {}\n", "expected the sections merge, reject, add, not 'fix'"),
    ("reject: [\n", "not valid YAML"),
])
def test_corrections_check_reports_a_bad_entry_in_one_line(store, text, message):
    path = write_corrections(store, text)
    result = run_cli("corrections", "check", "--db", store)
    assert result.exit_code == 1 and message in result.output and str(path) in result.output
    assert len(result.output.strip().splitlines()) == 1
    refused = run_cli("ingest", store.parent / "docs", "--db", store)  # ingest refuses a bad file too
    assert refused.exit_code == 1 and message.split(":")[-1].strip()[:20] in refused.output


def test_corrections_check_file_option_and_environment(store, monkeypatch, tmp_path):
    other = tmp_path / "elsewhere.yaml"
    other.write_text("reject:\n  - {fact: chairs, holder: Bộ Ngoại giao}\n", encoding="utf-8")
    assert "reject-1" in run_cli("corrections", "check", "--file", other, "--db", store).output
    monkeypatch.setenv("THIDUA_CORRECTIONS", str(other))
    assert "reject-1" in run_cli("corrections", "check", "--db", store).output
    ingest(store.parent / "docs", store)
    assert json_rows("sql", "SELECT problem FROM corrections", "--db", store) == [{"problem": "matches nothing"}]
    monkeypatch.setenv("THIDUA_CORRECTIONS", str(tmp_path / "missing.yaml"))
    assert "no corrections file" in run_cli("corrections", "check", "--db", store).output


def test_corrections_check_without_a_file_says_so(store):
    result = run_cli("corrections", "check", "--db", store)
    assert result.exit_code == 1 and "no corrections file at" in result.output


def test_corrections_example_file_is_valid():
    fixes = read_corrections(ROOT / "corrections.example.yaml", required=True)
    assert [c.correction_id for c in fixes.entries] == ["merge-1", "reject-1", "add-1", "add-2"]
    assert all(c.line > 0 for c in fixes.entries)
