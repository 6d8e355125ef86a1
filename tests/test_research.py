"""Research commands through the CLI: bodies, chairs, members, campaigns, awards, person,
timeline, search, export tables, and --evidence / --format on each.

Most tests ingest small documents written here, with their facts planted (``plant``: the
extraction stage replaced by the facts the test names, each found in its document's text), so
they check the answers, not the extractors. A few run on the shipped corpus.
"""

from __future__ import annotations

import contextlib
import json

import duckdb
import pytest

from schemas.facts import FACT_CLASSES, Evidence
from tests.conftest import ROOT, run_cli

NOI_CHINH = "Khối thi đua các bộ, ngành Nội chính Trung ương"


# ---------------------------------------------------------------- planted facts


def body(name, kind="bloc", parent=None, said=None):
    return ("bodies", {"name": name, "kind": kind, "parent": parent}, said or name)


def chair(body_name, holder, year, said, role="chair", holder_kind="org", holder_org=None):
    return ("chairs", {"body": body_name, "role": role, "holder": holder, "holder_kind": holder_kind,
                       "holder_org": holder_org, "year": year}, said)


def member(body_name, name, year, said=None):
    return ("members", {"body": body_name, "member": name, "year": year}, said or name)


def campaign(name, year=None, kind="campaign"):
    return ("campaigns", {"name": name, "kind": kind, "year": year}, name)


def award(name, recipient, year, said, status="granted"):
    return ("awards", {"award": name, "recipient": recipient, "year": year, "status": status}, said)


def person(name, title, said):
    return ("persons", {"name": name, "title": title}, said)


@contextlib.contextmanager
def planted_extraction():
    """Within the block, extraction yields the facts planted with ``write(folder, doc_id, text,
    *facts)`` (which also writes ``<doc_id>.txt``), each with evidence on the line of its ``said``."""
    from pipeline import process

    planted: dict[str, list] = {}

    def extract(doc):
        out = []
        for kind, fields, said in planted.get(doc.doc_id, []):
            start = doc.text.index(said)
            line_start = doc.text.rfind("\n", 0, start) + 1
            line_end = doc.text.find("\n", start)
            line_end = len(doc.text) if line_end < 0 else line_end
            ev = Evidence(doc.doc_id, start, start + len(said), said, line_start, line_end, f"test/{kind}")
            out.append(FACT_CLASSES[kind](**fields, evidence=ev))
        return out

    def write(folder, doc_id, text, *facts):
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"{doc_id}.txt").write_text(text, encoding="utf-8")
        planted[doc_id] = list(facts)

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(process, "extract", extract)
        mp.setattr(process, "is_relevant", lambda text: True)
        yield write


@pytest.fixture
def plant():
    with planted_extraction() as write:
        yield write


def ingest(folder, db):
    result = run_cli("ingest", folder, "--db", db, "--workers", "1")
    assert result.exit_code == 0, result.output
    return result


def json_rows(*args) -> list[dict]:
    result = run_cli(*args, "--format", "json")
    assert result.exit_code == 0, result.output
    return [json.loads(ln) for ln in result.stdout.splitlines()]


@pytest.fixture(scope="module")
def two_reports(tmp_path_factory):
    """Two reports on the Nội chính bloc that agree on 2022's chair and disagree on 2023's."""
    with planted_extraction() as plant:
        return write_two_reports(plant, tmp_path_factory.mktemp("two"))


def write_two_reports(plant, folder):
    docs, db = folder / "docs", folder / "s.duckdb"
    plant(docs, "a", f"Báo cáo năm 2022 của {NOI_CHINH}.\n"
                     "Năm 2022, Bộ Tư pháp được giao làm Khối trưởng.\n"
                     "Năm 2023, Kiểm toán Nhà nước làm Khối trưởng.\n"
                     "Khối gồm: Bộ Tư pháp, Bộ Công an, Kiểm toán Nhà nước.\n"
                     "Đề nghị tặng Cờ thi đua của Chính phủ cho Bộ Công an.\n"
                     "Phong trào thi đua \"Cả nước chung sức xây dựng nông thôn mới\".\n"
                     "Thứ trưởng Nguyễn Khánh Ngọc phát biểu.",
          body(NOI_CHINH),
          chair(NOI_CHINH, "Bộ Tư pháp", 2022, "Bộ Tư pháp được giao làm Khối trưởng"),
          chair(NOI_CHINH, "Kiểm toán Nhà nước", 2023, "Kiểm toán Nhà nước làm Khối trưởng"),
          member(NOI_CHINH, "Bộ Tư pháp", 2022, "Bộ Tư pháp, Bộ"), member(NOI_CHINH, "Bộ Công an", 2022),
          award("Cờ thi đua của Chính phủ", "Bộ Công an", 2022, "Cờ thi đua của Chính phủ cho Bộ Công an",
                status="proposed"),
          campaign("Cả nước chung sức xây dựng nông thôn mới", 2022),
          person("Nguyễn Khánh Ngọc", "Thứ trưởng", "Thứ trưởng Nguyễn Khánh Ngọc"))
    plant(docs, "b", "Khối Nội chính Trung ương tổng kết năm 2023.\n"
                     "Năm 2022, Bộ Tư pháp là Khối trưởng Khối Nội chính Trung ương.\n"
                     "Năm 2023, Thanh tra Chính phủ làm Khối trưởng.",
          body("Khối thi đua Nội chính Trung ương", said="Khối Nội chính Trung ương"),
          chair("Khối thi đua Nội chính Trung ương", "Bộ Tư pháp", 2022, "Bộ Tư pháp là Khối trưởng"),
          chair("Khối thi đua Nội chính Trung ương", "Thanh tra Chính phủ", 2023,
                "Thanh tra Chính phủ làm Khối trưởng"))
    ingest(docs, db)
    return db


# ---------------------------------------------------------------- chairs


def test_chairs_consolidates_one_fact_from_several_documents(two_reports):
    rows = json_rows("chairs", "--body", "noi chinh", "--year", "2022", "--db", two_reports)
    assert [(r["year"], r["role"], r["holder"], r["documents"]) for r in rows] == [
        (2022, "chair", "Bộ Tư pháp", ["a", "b"])]
    assert rows[0]["source"] == "extracted" and rows[0]["conflict"] is False


def test_chairs_keeps_both_holders_of_a_year_and_flags_the_conflict(two_reports):
    rows = json_rows("chairs", "--body", "noi chinh", "--year", "2023", "--db", two_reports)
    assert {(r["holder"], tuple(r["documents"]), r["conflict"]) for r in rows} == {
        ("Kiểm toán Nhà nước", ("a",), True), ("Thanh tra Chính phủ", ("b",), True)}
    table = run_cli("chairs", "--body", "noi chinh", "--db", two_reports).output
    assert sum(1 for ln in table.splitlines() if ln.startswith("2023") and ln.endswith("conflict")) == 2
    conflicts = json_rows("sql", "SELECT year, role, holders FROM chair_conflicts", "--db", two_reports)
    assert conflicts == [{"year": 2023, "role": "chair", "holders": ["Kiểm toán Nhà nước", "Thanh tra Chính phủ"]}]


@pytest.mark.parametrize(("years", "expected"), [("2022", {2022}), ("2023-2024", {2023}), ("2019–2024", {2022, 2023}),
                                                 ("2010-2012", set())])
def test_chairs_takes_a_year_or_a_range(two_reports, years, expected):
    rows = json_rows("chairs", "--body", "noi chinh", "--year", years, "--db", two_reports)
    assert {r["year"] for r in rows} == expected


def test_chairs_rejects_a_malformed_year(two_reports):
    result = run_cli("chairs", "--year", "last year", "--db", two_reports)
    assert result.exit_code == 2 and "--year" in result.output


def test_chairs_evidence_marks_the_span_and_names_the_document(two_reports):
    out = run_cli("chairs", "--body", "noi chinh", "--year", "2022", "--evidence", "--db", two_reports).output
    assert "Năm 2022, [[Bộ Tư pháp được giao làm Khối trưởng]]." in out
    text = (two_reports.parent / "docs" / "a.txt").read_text(encoding="utf-8")
    start = text.index("Bộ Tư pháp được giao")
    assert f"(doc a, chars {start}–{start + len('Bộ Tư pháp được giao làm Khối trưởng')})" in out
    assert "[[Bộ Tư pháp là Khối trưởng]]" in out and "(doc b, chars" in out


def test_chairs_evidence_in_json_and_csv(two_reports):
    rows = json_rows("chairs", "--year", "2022", "--evidence", "--db", two_reports)
    assert {e["doc_id"] for e in rows[0]["evidence"]} == {"a", "b"}
    assert all("[[" in e["sentence"] for e in rows[0]["evidence"])
    csv_out = run_cli("chairs", "--year", "2022", "-e", "-f", "csv", "--db", two_reports).stdout
    header, first = csv_out.splitlines()[:2]
    assert header.endswith(",evidence") and "[[Bộ Tư pháp được giao làm Khối trưởng]]" in first


# ---------------------------------------------------------------- names


@pytest.mark.parametrize("name", ["noi chinh", "NỘI CHÍNH", "Nội chính", "khoi noi chinh trung uong"])
def test_members_matches_a_name_in_any_case_with_or_without_diacritics(two_reports, name):
    rows = json_rows("members", name, "--db", two_reports)
    assert {r["member"] for r in rows} == {"Bộ Tư pháp", "Bộ Công an"}


def test_members_ambiguous_name_lists_the_candidates(tmp_path, plant):
    docs, db = tmp_path / "docs", tmp_path / "s.duckdb"
    plant(docs, "c", "Cụm thi đua số 8 - Bộ Công an. Cụm thi đua số 18 - Bộ Công an. Khu vực thi đua số 8.",
          body("Cụm thi đua số 8", "cluster", "Bộ Công an"), body("Cụm thi đua số 18", "cluster", "Bộ Công an"),
          body("Khu vực thi đua số 8"))
    ingest(docs, db)
    result = run_cli("members", "thi dua", "--db", db)
    assert result.exit_code == 1
    assert "matches 3" in result.output and "Cụm thi đua số 18 (cluster, Bộ Công an)" in result.output
    assert len(result.output.strip().splitlines()) == 1
    # numbers match whole words: "cum 8" is not "Cụm thi đua số 18"; Roman numerals count
    for query in ("cum 8", "cụm thi đua số VIII", "cum so 08 cong an"):
        result = run_cli("members", query, "--db", db)
        assert result.output.splitlines()[0] == "Cụm thi đua số 8 (cluster)", (query, result.output)


def test_members_unknown_body_is_a_one_line_error(two_reports):
    result = run_cli("members", "khong ton tai", "--db", two_reports)
    assert result.exit_code == 1 and result.output.count("\n") == 1 and "thidua bodies" in result.output


def test_members_without_a_year_count_for_the_year_of_their_document(tmp_path, plant):
    docs, db = tmp_path / "docs", tmp_path / "s.duckdb"
    plant(docs, "m", f"Tổng kết năm 2020.\n{NOI_CHINH} gồm Bộ Quốc phòng.",
          body(NOI_CHINH), member(NOI_CHINH, "Bộ Quốc phòng", None))
    ingest(docs, db)
    rows = json_rows("members", "noi chinh", "--year", "2020", "--db", db)
    assert [(r["member"], r["year"], r["year_inferred"]) for r in rows] == [("Bộ Quốc phòng", 2020, True)]
    assert "year of document" in run_cli("members", "noi chinh", "--db", db).output


# ---------------------------------------------------------------- other commands


def test_bodies_lists_names_aliases_kind_and_years(two_reports):
    rows = json_rows("bodies", "--db", two_reports)
    assert len(rows) == 1
    assert rows[0]["name"] == NOI_CHINH and rows[0]["kind"] == "bloc"
    assert rows[0]["aliases"] == ["Khối thi đua Nội chính Trung ương"]
    assert rows[0]["years_seen"] == [2022, 2023] and rows[0]["n_docs"] == 2
    table = run_cli("bodies", "noi chinh", "--db", two_reports).output
    assert "2022–2023" in table.splitlines()[1]


def test_campaigns_by_year_and_words(two_reports):
    rows = json_rows("campaigns", "--search", "nong thon", "--db", two_reports)
    assert [(r["name"], r["years_seen"], r["documents"]) for r in rows] == [
        ("Cả nước chung sức xây dựng nông thôn mới", [2022], ["a"])]
    assert json_rows("campaigns", "--year", "2019", "--db", two_reports) == []


def test_awards_by_award_recipient_and_year(two_reports):
    args = ("awards", "--award", "co thi dua chinh phu", "--year", "2022", "--db", two_reports)
    rows = json_rows(*args)
    assert [(r["award"], r["recipient"], r["status"]) for r in rows] == [
        ("Cờ thi đua của Chính phủ", "Bộ Công an", "proposed")]
    by_recipient = json_rows("awards", "--recipient", "BỘ CÔNG AN", "--db", two_reports)
    assert [r["award"] for r in by_recipient] == ["Cờ thi đua của Chính phủ"]
    assert json_rows("awards", "--recipient", "tu phap", "--db", two_reports) == []
    assert "[[Cờ thi đua của Chính phủ cho Bộ Công an]]" in run_cli(*args, "--evidence").output


def test_person_lists_roles_over_time(tmp_path, plant):
    docs, db = tmp_path / "docs", tmp_path / "s.duckdb"
    plant(docs, "p1", "Tổng kết năm 2021. Cục trưởng Hồ Quang Huy phát biểu.",
          person("Hồ Quang Huy", "Cục trưởng", "Cục trưởng Hồ Quang Huy"))
    plant(docs, "p2", "Cụm thi đua số III năm 2023: ông Hồ Quang Huy làm Cụm trưởng. Ông Hồ Văn Huy dự.",
          body("Cụm thi đua số III", "cluster"),
          chair("Cụm thi đua số III", "Hồ Quang Huy", 2023, "Hồ Quang Huy làm Cụm trưởng", holder_kind="person"),
          person("Hồ Văn Huy", None, "Hồ Văn Huy"))
    ingest(docs, db)
    rows = json_rows("person", "ho quang huy", "--db", db)
    assert [(r["year"], r["role"], r["detail"]) for r in rows] == [
        (2021, "Cục trưởng", None), (2023, "chair", "Cụm thi đua số III")]
    result = run_cli("person", "ho huy", "--db", db)
    assert result.exit_code == 1 and "Hồ Quang Huy" in result.output and "Hồ Văn Huy" in result.output


def test_timeline_shows_each_year_with_conflicts_members_and_awards(two_reports):
    rows = json_rows("timeline", "noi chinh", "--db", two_reports)
    assert [(r["year"], r["role"], r["name"], r["conflict"]) for r in rows] == [
        (2022, "chair", "Bộ Tư pháp", False),
        (2022, "member", "Bộ Công an", False),
        (2022, "member", "Bộ Tư pháp", False),
        (2022, "award", "Bộ Công an", False),
        (2023, "chair", "Kiểm toán Nhà nước", True),
        (2023, "chair", "Thanh tra Chính phủ", True)]
    assert rows[3]["detail"] == "Cờ thi đua của Chính phủ (proposed)"
    table = run_cli("timeline", "nội chính", "--db", two_reports).output.splitlines()
    assert table[0] == f"{NOI_CHINH} (bloc)" and table[1].split() == ["year", "role", "name", "detail", "documents",
                                                                       "note"]


def test_search_finds_words_without_diacritics_at_their_offsets(two_reports):
    rows = json_rows("search", "khoi TRUONG", "--db", two_reports)
    assert [r["doc_id"] for r in rows] == ["a", "a", "b", "b"]
    text = (two_reports.parent / "docs" / "a.txt").read_text(encoding="utf-8")
    first = rows[0]
    assert first["doc_id"] == "a" and text[first["start_char"]:first["end_char"]] == "Khối trưởng"
    assert "[[Khối trưởng]]" in first["text"]
    assert json_rows("search", "khong co dau", "--db", two_reports) == []


@pytest.mark.parametrize("fmt", ["parquet", "csv"])
def test_export_tables_writes_every_table_and_view(two_reports, tmp_path, fmt):
    out = tmp_path / "tables"
    result = run_cli("export", "tables", out, "--format", fmt, "--db", two_reports)
    assert result.exit_code == 0, result.output
    con = duckdb.connect(str(two_reports), read_only=True)
    names = {n for (n,) in con.execute("SELECT table_name FROM duckdb_tables() WHERE NOT internal UNION "
                                       "SELECT view_name FROM duckdb_views() WHERE NOT internal").fetchall()}
    con.close()
    assert {p.stem for p in out.iterdir()} == names - {"chair_answer_rows", "member_answer_rows"}
    assert {"chair_answers", "chair_conflicts", "body_timeline", "documents"} <= names
    reader = "read_parquet" if fmt == "parquet" else "read_csv_auto"
    n = duckdb.connect().execute(f"SELECT count(*) FROM {reader}('{out / ('chair_answers.' + fmt)}')").fetchone()[0]
    assert n == 3


def test_answer_tables_hold_what_their_views_compute(two_reports):
    con = duckdb.connect(str(two_reports), read_only=True)
    for view, table in (("chair_answers", "chair_answer_rows"), ("member_answers", "member_answer_rows")):
        assert con.execute(f"SELECT count(*) FROM {table}").fetchone()[0] > 0
        diff = con.execute(f"(SELECT * FROM {view} EXCEPT ALL SELECT * FROM {table}) UNION ALL "
                           f"(SELECT * FROM {table} EXCEPT ALL SELECT * FROM {view})").fetchall()
        assert diff == [], view
    con.close()


def test_a_store_written_before_the_answer_tables_and_alias_words_still_answers(two_reports, tmp_path):
    old = tmp_path / "old.duckdb"
    old.write_bytes(two_reports.read_bytes())
    con = duckdb.connect(str(old))
    con.execute("DROP TABLE chair_answer_rows")
    con.execute("DROP TABLE member_answer_rows")
    con.execute("ALTER TABLE body_aliases DROP COLUMN words")
    con.execute("ALTER TABLE body_aliases DROP COLUMN alias_words")
    con.close()
    before = json_rows("chairs", "--body", "noi chinh", "--db", two_reports)
    assert json_rows("chairs", "--body", "noi chinh", "--db", old) == before
    assert json_rows("members", "noi chinh", "--db", old) == json_rows("members", "noi chinh", "--db", two_reports)


# ---------------------------------------------------------------- the shipped corpus


@pytest.mark.parametrize("args", [("bodies",), ("chairs",), ("members", "noi chinh"), ("campaigns",), ("awards",),
                                  ("timeline", "noi chinh"), ("search", "thi dua")])
def test_every_query_answers_on_the_corpus(corpus_db, args):
    for fmt in ("table", "json", "csv"):
        result = run_cli(*args, "--db", corpus_db, "--format", fmt, *(["--evidence"] if args[0] != "search" else []))
        assert result.exit_code == 0, (args, fmt, result.output)
    rows = [json.loads(ln) for ln in run_cli(*args, "--db", corpus_db, "--format", "json").stdout.splitlines()]
    assert rows, args


def test_timeline_on_the_corpus_cites_the_document(corpus_db):
    out = run_cli("timeline", "Khối Nội chính", "--db", corpus_db, "--evidence").output
    assert out.startswith("Khối") and "(doc 001_7167e85d046e6cc3, chars " in out and "[[" in out


def test_search_on_the_corpus_points_into_the_stored_text(corpus_db):
    rows = json_rows("search", "Khối trưởng", "--db", corpus_db, "--limit", "3")
    con = duckdb.connect(str(corpus_db), read_only=True)
    for r in rows:
        text = con.execute("SELECT text FROM documents WHERE doc_id = ?", [r["doc_id"]]).fetchone()[0]
        assert text[r["start_char"]:r["end_char"]].lower() == "khối trưởng"
    con.close()
    assert len(rows) == 3


@pytest.mark.parametrize("command", [("bodies",), ("chairs",), ("members",), ("campaigns",), ("awards",), ("person",),
                                     ("timeline",), ("search",), ("export", "tables"), ("corrections", "check")])
def test_every_research_command_has_an_example_and_is_in_the_docs(command):
    help_text = run_cli(*command, "--help").output
    assert f"Example: thidua {' '.join(command)}" in help_text
    docs = (ROOT / "README.md").read_text(encoding="utf-8")
    assert f"thidua {' '.join(command)}" in docs
