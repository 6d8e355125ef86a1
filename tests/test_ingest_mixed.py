"""A folder mixing every format, every encoding and every bad-input class: the good files load
with the right facts, each bad one is recorded with its code and path, nothing else is lost."""

from __future__ import annotations

import json
import shutil

import pytest

from pipeline.cli import EXIT_FAILED_FILES
from pipeline.ocr import ocr_available as tesseract_has_vietnamese
from tests.conftest import GOLD, run_cli

READ, BAD = GOLD.parent / "read", GOLD.parent / "bad"

EXPECTED_ERRORS = {
    "blank.txt": "E_EMPTY", "empty.txt": "E_EMPTY", "garbage.txt": "E_BINARY", "undecodable.txt": "E_ENCODING",
    "broken.docx": "E_DOCX_BROKEN", "garbage.pdf": "E_PDF_BROKEN", "truncated.pdf": "E_PDF_BROKEN",
    "encrypted.pdf": "E_PDF_ENCRYPTED", "scanned_blank.pdf": "E_PDF_NO_TEXT", "scripts_only.html": "E_HTML_NO_TEXT",
    "many_pages.pdf": "E_TOO_LARGE", "huge_page.pdf": "E_TOO_LARGE", "dense_page.pdf": "E_TOO_LARGE",
    "unsupported.xyz": "E_UNSUPPORTED", "loop_a": "E_UNREADABLE", "loop_b": "E_UNREADABLE",
}
# the same report in every encoding and format: its chair must come out of each
SAME_REPORT = ["cp1258", "tcvn3", "vni", "utf8", "utf8_bom", "utf16le_bom", "legacy_utf8", "report", "minutes"]


@pytest.fixture(scope="module")
def mixed(tmp_path_factory):
    folder = tmp_path_factory.mktemp("mixed") / "archive"
    shutil.copytree(READ, folder)
    for bad in BAD.iterdir():
        shutil.copy(bad, folder / ("scanned_blank.pdf" if bad.name == "scanned.pdf" else bad.name))
    (folder / "loop_a").symlink_to(folder / "loop_b")
    (folder / "loop_b").symlink_to(folder / "loop_a")
    db = folder.parent / "store.duckdb"
    result = run_cli("ingest", folder, "--db", db)
    return folder, db, result


def rows(db, *command) -> list[dict]:
    return [json.loads(line) for line in run_cli(*command, "--db", db, "--format", "json").output.splitlines()]


def test_mixed_folder_records_every_bad_file_with_its_code(mixed):
    folder, db, result = mixed
    assert result.exit_code == EXIT_FAILED_FILES
    errors = {r["path"].rsplit("/", 1)[1]: r["code"] for r in rows(db, "errors")}
    expected = dict(EXPECTED_ERRORS)
    if not tesseract_has_vietnamese():
        expected["scanned.pdf"] = "E_PDF_NO_TEXT"
    assert errors == expected
    assert f"{len(expected)} failed" in result.output


def test_mixed_folder_loads_every_good_file(mixed):
    folder, db, _ = mixed
    docs = {r["doc_id"] for r in rows(db, "sql", "SELECT doc_id FROM documents")}
    good = {p.stem for p in READ.iterdir()} - (set() if tesseract_has_vietnamese() else {"scanned"})
    assert docs == good


def test_mixed_folder_reads_the_same_chair_from_every_encoding_and_format(mixed):
    _, db, _ = mixed
    chairs = rows(db, "chairs", "--body", "truong dai hoc", "--year", "2023")
    chair = next(r for r in chairs if r["role"] == "chair")
    assert chair["holder"] == "Sở Giáo dục và Đào tạo"
    assert set(SAME_REPORT) <= set(chair["documents"].split(", ") if isinstance(chair["documents"], str)
                                   else chair["documents"])


@pytest.mark.skipif(not tesseract_has_vietnamese(), reason="Tesseract with Vietnamese is not installed")
def test_mixed_folder_reads_a_scan_through_ocr(mixed):
    _, db, _ = mixed
    chairs = rows(db, "chairs", "--body", "cum thi dua so 5")
    assert {(r["year"], r["role"], r["holder"]) for r in chairs} >= {(2022, "chair", "Công an tỉnh Hà Tĩnh")}


def test_mixed_folder_ingested_again_changes_nothing(mixed):
    folder, db, _ = mixed
    before = rows(db, "sql", "SELECT count(*) AS n, sum(length(text)) AS chars FROM documents")
    again = run_cli("ingest", folder, "--db", db)
    assert again.exit_code == EXIT_FAILED_FILES  # the bad files are still bad, and still reported
    assert "0 new, 0 changed" in again.output and f"{len(rows(db, 'errors'))} retried" in again.output
    assert rows(db, "sql", "SELECT count(*) AS n, sum(length(text)) AS chars FROM documents") == before
