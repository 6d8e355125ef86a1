"""``thidua report``: the static site, its links and evidence marks, and (when Chromium is
installed) the pages in a real headless browser.

Besides the shipped corpus as the extractors see it (``corpus_db``), the pages are checked on a
store whose facts are the hand-made gold facts (tests/data/gold), loaded through the real
ingest, load and resolve stages with extraction swapped for the gold: so the report is tested
on known bodies, chairs, members, campaigns and awards whatever state the extractors are in.
One short test article contradicts the 2021 minutes of Cụm thi đua số 5 about its 2022 chair,
to give the report a conflict to show.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import tempfile
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

import duckdb
import pytest

from schemas.facts import Award, Body, Campaign, Chair, Evidence, Member, Person
from tests.conftest import CORPUS, GOLD, run_cli

POLICE_CLUSTER = "Cụm thi đua số 5 – Bộ Công an"
ENTERPRISE_BLOC = "Khối thi đua các doanh nghiệp Trung ương trên địa bàn tỉnh Quảng Ngãi"
CONFLICT_DOC_ID = "tin-cum-5-2022"
CONFLICT_TEXT = (
    "Cụm thi đua số 5 – Bộ Công an triển khai công tác thi đua năm 2022\n"
    "Ngày 20/01/2022, Công an tỉnh Nghệ An, đơn vị Cụm trưởng Cụm thi đua số 5 – Bộ Công an năm 2022, "
    "tổ chức hội nghị triển khai phong trào thi đua “Vì an ninh Tổ quốc” năm 2022.\n"
)
CONFLICT_GOLD = {
    "doc_id": CONFLICT_DOC_ID,
    "bodies": [{"name": POLICE_CLUSTER, "kind": "cluster", "parent": "Bộ Công an"}],
    "chairs": [{"body": POLICE_CLUSTER, "role": "chair", "holder": "Công an tỉnh Nghệ An", "holder_kind": "org",
                "year": 2022}],
    "campaigns": [{"name": "Vì an ninh Tổ quốc", "kind": "campaign", "year": 2022}],
}
ROLE_WORDS = {"chair": r"(?i:trưởng)", "vice_chair": r"(?i:phó)"}
CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                  "--disable-background-networking", "--disable-component-update", "--disable-sync"]


# ---------------------------------------------------------------- a store of gold facts


def gold_records() -> dict[str, dict]:
    records = [json.loads(ln) for path in sorted(GOLD.glob("*.jsonl")) for ln in path.open(encoding="utf-8")
               if ln.strip()]
    return {r["doc_id"]: r for r in [*records, CONFLICT_GOLD]}


def locate(doc, phrase: str | None, rule: str, hints: tuple[str, ...] = ()) -> Evidence | None:
    """Evidence for ``phrase`` in ``doc`` (any spacing, line breaks included): the occurrence
    whose sentence matches most ``hints`` (regexes), the first of those."""
    if not phrase:
        return None
    pattern = r"\s+".join(map(re.escape, phrase.split()))
    found = list(re.finditer(pattern, doc.text)) or list(re.finditer(pattern, doc.text, re.IGNORECASE))
    best = None
    for m in found:
        sent = [s for s in doc.sentences if s.start < m.end() and s.end > m.start()] or [None]
        a = min(m.start(), sent[0].start if sent[0] else m.start())
        b = max(m.end(), sent[-1].end if sent[-1] else m.end())
        score = sum(1 for h in hints if h and re.search(h, doc.text[a:b]))
        if best is None or score > best[0]:
            best = (score, Evidence(doc.doc_id, m.start(), m.end(), m.group(), a, b, rule))
    return best[1] if best else None


def gold_facts(doc, record: dict) -> list:
    """The gold record's facts, each with evidence found in the document's text."""
    facts = []
    for b in record.get("bodies", []):
        for name in [b["name"], *b.get("aliases", [])]:
            if ev := locate(doc, name, "gold/bodies"):
                facts.append(Body(name, b["kind"], ev, b.get("parent")))
    for c in record.get("chairs", []):
        if ev := locate(doc, c["holder"], "gold/chairs", (ROLE_WORDS[c["role"]], str(c.get("year") or ""))):
            facts.append(Chair(c["body"], c["role"], c["holder"], c.get("holder_kind", "org"), c.get("year"), ev,
                               c.get("holder_org")))
    for m in record.get("members", []):
        if ev := locate(doc, m["member"], "gold/members", (str(m.get("year") or ""),)):
            facts.append(Member(m["body"], m["member"], m.get("year") or record.get("year"), ev))
    for c in record.get("campaigns", []):
        if ev := locate(doc, c["name"], "gold/campaigns"):
            facts.append(Campaign(c["name"], c.get("kind", "campaign"), c.get("year"), ev))
    for a in record.get("awards", []):
        names = [a["award"], *a.get("alt", [])]
        if ev := next(filter(None, (locate(doc, n, "gold/awards", (re.escape(a.get("recipient") or ""),))
                                    for n in names)), None):
            facts.append(Award(a["award"], a.get("recipient"), a.get("year"), a.get("status"), ev))
    for p in record.get("persons", []):
        if ev := locate(doc, p["name"], "gold/persons"):
            facts.append(Person(p["name"], p.get("title"), ev))
    return facts


def build_gold_store(db: Path, work: Path) -> Path:
    """Ingest the corpus and the conflicting article, with the gold facts as extraction."""
    import pipeline.process
    from pipeline.ingest import ingest

    records = gold_records()
    extra = work / "extra"
    extra.mkdir()
    (extra / f"{CONFLICT_DOC_ID}.txt").write_text(CONFLICT_TEXT, encoding="utf-8")
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(pipeline.process, "extract", lambda doc: gold_facts(doc, records.get(doc.doc_id, {})))
        summary = ingest([CORPUS, extra], db, workers=1)
    assert summary.files_failed == 0, summary.errors
    return db


@pytest.fixture(scope="module")
def gold_db(tmp_path_factory) -> Path:
    work = tmp_path_factory.mktemp("gold-store")
    return build_gold_store(work / "gold.duckdb", work)


@pytest.fixture(scope="module")
def gold_site(gold_db, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("site")
    result = run_cli("report", out, "--db", gold_db)
    assert result.exit_code == 0, result.output
    return out


def body_ids(db: Path) -> dict[str, str]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return dict(con.execute("SELECT name, body_id FROM bodies").fetchall())
    finally:
        con.close()


def read(path: Path) -> str:
    return path.read_text(encoding="utf-8")


# ---------------------------------------------------------------- the site's files


def test_report_writes_a_page_per_body_and_document(corpus_db, tmp_path):
    result = run_cli("report", tmp_path / "site", "--db", corpus_db)
    assert result.exit_code == 0, result.output
    index = tmp_path / "site" / "index.html"
    assert f"open {index}" in result.output and "pages written" in result.output
    con = duckdb.connect(str(corpus_db), read_only=True)
    bodies = con.execute("SELECT body_id, name FROM bodies").fetchall()
    n_docs = con.execute("SELECT count(*) FROM documents").fetchone()[0]
    con.close()
    html = read(index)
    assert '<meta charset="utf-8">' in html and '<html lang="vi">' in html
    for body_id, name in bodies:
        assert (tmp_path / "site" / "body" / f"{body_id}.html").exists()
        assert str(escape_html(name)) in html
    assert len(list((tmp_path / "site" / "doc").glob("*.html"))) == n_docs
    assert result.output.startswith(f"{1 + len(bodies) + n_docs} pages written")


def escape_html(s: str) -> str:
    from markupsafe import escape

    return str(escape(s))


def test_report_without_store_is_a_one_line_error(tmp_path):
    result = run_cli("report", tmp_path / "site", "--db", tmp_path / "none.duckdb")
    assert result.exit_code == 1 and "thidua ingest" in result.output


def test_report_into_a_file_is_a_one_line_error(corpus_db, tmp_path):
    (tmp_path / "site").write_text("not a folder")
    result = run_cli("report", tmp_path / "site", "--db", corpus_db)
    assert result.exit_code == 1 and "cannot write the report" in result.output


def test_report_index_lists_bodies_with_counts_and_conflicts(gold_site):
    html = read(gold_site / "index.html")
    assert POLICE_CLUSTER in html and ENTERPRISE_BLOC in html
    row = html[html.index(POLICE_CLUSTER):]
    row = row[: row.index("</tr>")]
    assert "2021" in row and "2022" in row
    assert "1 conflict" in row
    assert "Cụm · cluster" in row


def test_report_body_page_shows_timeline_with_conflict(gold_db, gold_site):
    page = read(gold_site / "body" / f"{body_ids(gold_db)[POLICE_CLUSTER]}.html")
    assert 'id="timeline"' in page
    cells = {year: cls for cls, year in re.findall(r'<div class="cell([^"]*)" data-year="(\d+)" data-role="chair">',
                                                   page)}
    assert "conflict" in cells["2022"] and "conflict" not in cells["2021"]
    chair_2022 = page[page.index('data-year="2022" data-role="chair"'):]
    chair_2022 = chair_2022[: chair_2022.index('data-role="vice_chair"')]
    assert "Công an tỉnh Quảng Trị" in chair_2022 and "Công an tỉnh Nghệ An" in chair_2022
    assert '<span class="conflict-label">conflict</span>' in chair_2022
    assert "Cụm trưởng" in page and "Cụm phó" in page


def test_report_body_page_shows_members_campaigns_awards(gold_db, gold_site):
    page = read(gold_site / "body" / f"{body_ids(gold_db)[POLICE_CLUSTER]}.html")
    members = page[page.index('class="members"'):]
    members = members[: members.index("</table>")]
    assert members.count("<tr>") == 1 + 6  # header and the six provincial police departments
    assert "Công an tỉnh Thừa Thiên Huế" in members
    assert "Huân chương Bảo vệ Tổ quốc hạng Ba" in page and "Vì an ninh Tổ quốc" in page
    assert ENTERPRISE_BLOC not in page


def test_report_every_fact_links_to_its_evidence(gold_db, gold_site):
    con = duckdb.connect(str(gold_db), read_only=True)
    evidence = con.execute("SELECT evidence_id, doc_id, surface FROM evidence").fetchall()
    con.close()
    assert len(evidence) > 50
    marks: dict[str, str] = {}
    ids: list[str] = []
    for page in (gold_site / "doc").glob("*.html"):
        parser = MarkText()
        parser.feed(read(page))
        marks.update(parser.text)
        ids += parser.ids
    assert sorted(ids) == sorted(e[0] for e in evidence)  # one <mark id> per evidence, no more
    assert all(marks[ev_id] == surface for ev_id, _, surface in evidence)
    body_pages = "".join(read(p) for p in (gold_site / "body").glob("*.html"))
    linked = set(re.findall(r'href="\.\./doc/[^"#]+#(e[0-9a-f]+)"', body_pages))
    con = duckdb.connect(str(gold_db), read_only=True)
    chair_ids = {r[0] for r in con.execute("SELECT evidence_id FROM chairs").fetchall()}
    con.close()
    assert chair_ids <= linked


class MarkText(HTMLParser):
    """The text inside each evidence mark (all its pieces), and the ids of marks."""

    def __init__(self):
        super().__init__()
        self.open: list[str | None] = []
        self.text: dict[str, str] = {}
        self.ids: list[str] = []

    def handle_starttag(self, tag, attrs):
        if tag == "mark":
            attrs = dict(attrs)
            self.open.append(attrs.get("data-ev"))
            if "id" in attrs:
                self.ids.append(attrs["id"])

    def handle_endtag(self, tag):
        if tag == "mark":
            self.open.pop()

    def handle_data(self, data):
        for ev in filter(None, self.open):
            self.text[ev] = self.text.get(ev, "") + data


def test_report_document_page_keeps_the_whole_text(gold_db, gold_site):
    con = duckdb.connect(str(gold_db), read_only=True)
    text, body_end = con.execute("SELECT text, body_end FROM documents WHERE doc_id = ?",
                                 [CONFLICT_DOC_ID]).fetchone()
    con.close()
    page = read(gold_site / "doc" / f"{CONFLICT_DOC_ID}.html")
    article = page[page.index('<div class="article">') + len('<div class="article">'):]
    article = article[: article.index("</div>\n")]
    assert unescape_tags(article) == (text if body_end < 0 else text[:body_end])


def unescape_tags(html: str) -> str:
    import html as html_lib

    return html_lib.unescape(re.sub(r"<[^>]+>", "", html))


def test_highlight_nests_crossing_spans_and_escapes():
    from pipeline.report import highlight

    spans = [{"evidence_id": "e1", "start_char": 0, "end_char": 5, "fact_type": "chairs", "label": "a<b"},
             {"evidence_id": "e2", "start_char": 3, "end_char": 8, "fact_type": "awards", "label": "x"},
             {"evidence_id": "e3", "start_char": 3, "end_char": 8, "fact_type": "members", "label": "y"}]
    html = str(highlight("<b>&cdef", spans))
    assert html.count('id="e1"') == html.count('id="e2"') == html.count('id="e3"') == 1
    assert html.count("<mark") == html.count("</mark>") == 5  # e2, e3 cut by e1's end and reopened
    assert "&lt;b&gt;" in html and "&amp;c" in html and 'title="a&lt;b"' in html
    parser = MarkText()
    parser.feed(html)
    assert parser.text == {"e1": "<b>&c", "e2": "&cdef", "e3": "&cdef"}


def report_with_view(gold_db: Path, tmp_path: Path, view_sql: str | None) -> str:
    """The police cluster's page from a copy of the gold store whose ``chair_conflicts`` view is
    ``view_sql`` (None: no such view)."""
    db = tmp_path / "store.duckdb"
    shutil.copy(gold_db, db)
    con = duckdb.connect(str(db))
    con.execute("DROP VIEW IF EXISTS chair_conflicts")
    if view_sql:
        con.execute(f"CREATE VIEW chair_conflicts AS {view_sql}")
    con.close()
    assert run_cli("report", tmp_path / "site", "--db", db).exit_code == 0
    return read(tmp_path / "site" / "body" / f"{body_ids(gold_db)[POLICE_CLUSTER]}.html")


def conflict_cells(page: str) -> set[tuple[str, str]]:
    return set(re.findall(r'<div class="cell[^"]*conflict[^"]*" data-year="(\d+)" data-role="(\w+)">', page))


def test_report_takes_conflicts_from_the_stores_view(gold_db, tmp_path):
    police = body_ids(gold_db)[POLICE_CLUSTER]
    page = report_with_view(gold_db, tmp_path, f"SELECT '{police}' AS body_id, 2021 AS year, 'chair' AS role")
    assert ("2021", "chair") in conflict_cells(page)  # the view says so, though one holder is shown
    assert "Conflicts: view chair_conflicts" in page


def test_report_computes_conflicts_without_the_view(gold_db, tmp_path):
    page = report_with_view(gold_db, tmp_path, None)
    assert conflict_cells(page) == {("2022", "chair")}
    assert "Conflicts: computed" in page


def test_report_leaves_out_facts_a_correction_rejected(gold_db, tmp_path):
    db = tmp_path / "store.duckdb"
    shutil.copy(gold_db, db)
    con = duckdb.connect(str(db))
    con.execute("CREATE TABLE IF NOT EXISTS rejected_facts (evidence_id VARCHAR, fact_type VARCHAR, "
                "correction_id VARCHAR)")
    con.execute("INSERT INTO rejected_facts SELECT evidence_id, 'chairs', 'reject-1' FROM chairs WHERE doc_id = ?",
                [CONFLICT_DOC_ID])
    con.close()
    assert run_cli("report", tmp_path / "site", "--db", db).exit_code == 0
    page = read(tmp_path / "site" / "body" / f"{body_ids(gold_db)[POLICE_CLUSTER]}.html")
    assert not conflict_cells(page)
    chair_2022 = page[page.index('data-year="2022" data-role="chair"'):page.index('data-role="vice_chair"')]
    assert "Công an tỉnh Nghệ An" not in chair_2022
    doc = read(tmp_path / "site" / "doc" / f"{CONFLICT_DOC_ID}.html")
    assert re.search(r'<mark id="e[0-9a-f]+" data-ev="[^"]+" class="f-chairs rejected"', doc)


def test_report_local_links_point_to_existing_files_and_ids(gold_site):
    pages = list(gold_site.rglob("*.html"))
    ids = {p: set(re.findall(r'\sid="([^"]+)"', read(p))) for p in pages}
    broken = []
    for page in pages:
        for ref in re.findall(r'(?:href|src)="([^"]+)"', read(page)):
            url = urlsplit(ref)
            if url.scheme or ref.startswith("//"):
                broken.append((page.name, ref))  # nothing may come from the network
                continue
            target = (page.parent / unquote(url.path)).resolve() if url.path else page
            if not target.is_file() or (url.fragment and target.suffix == ".html"
                                        and url.fragment not in ids.get(target, set())):
                broken.append((page.name, ref))
    assert not broken, broken[:10]


# ---------------------------------------------------------------- in a real browser


def chromium() -> str | None:
    return next(filter(None, (shutil.which(n) for n in ("/usr/bin/chromium", "chromium", "chromium-browser"))), None)


def run_chromium(*args: str) -> subprocess.CompletedProcess:
    with tempfile.TemporaryDirectory(prefix="thidua-chromium-") as profile:
        return subprocess.run([chromium(), *CHROMIUM_FLAGS, f"--user-data-dir={profile}",
                               "--enable-logging=stderr", "--v=0", *args],
                              capture_output=True, text=True, timeout=60)


needs_chromium = pytest.mark.skipif(chromium() is None, reason="Chromium is not installed (scripts/setup.sh installs "
                                                               "Debian's chromium, see scripts/debian-packages.txt)")


def assert_loaded_cleanly(run: subprocess.CompletedProcess) -> str:
    dom = run.stdout
    assert run.returncode == 0, run.stderr[-2000:]
    html_tag = re.search(r"<html[^>]*>", dom).group()
    assert "data-js-error" not in html_tag, html_tag  # set by window.onerror, or by report.js when CSS is missing
    assert 'data-ready="1"' in html_tag, "report.js did not run to its end"
    assert not re.search(r"Uncaught|ERR_FILE_NOT_FOUND|Failed to load resource", run.stderr), run.stderr[-2000:]
    return dom


@needs_chromium
def test_report_pages_load_in_chromium(gold_db, gold_site):
    dom = assert_loaded_cleanly(run_chromium("--dump-dom", (gold_site / "index.html").as_uri()))
    assert POLICE_CLUSTER in dom
    body_page = gold_site / "body" / f"{body_ids(gold_db)[POLICE_CLUSTER]}.html"
    dom = assert_loaded_cleanly(run_chromium("--dump-dom", body_page.as_uri()))
    assert 'id="timeline"' in dom and "Công an tỉnh Quảng Trị" in dom and "conflict-label" in dom
    doc_page = gold_site / "doc" / f"{CONFLICT_DOC_ID}.html"
    ev_id = re.search(r'<mark id="(e[0-9a-f]+)"', read(doc_page)).group(1)
    dom = assert_loaded_cleanly(run_chromium("--dump-dom", f"{doc_page.as_uri()}#{ev_id}"))
    assert re.search(rf'<mark id="{ev_id}"[^>]*class="[^"]*current', dom), "the linked evidence is not outlined"


@needs_chromium
def test_report_body_page_screenshot(gold_db, gold_site, tmp_path):
    body_page = gold_site / "body" / f"{body_ids(gold_db)[POLICE_CLUSTER]}.html"
    png = tmp_path / "body.png"
    run = run_chromium(f"--screenshot={png}", "--window-size=1280,900", "--hide-scrollbars", body_page.as_uri())
    assert run.returncode == 0, run.stderr[-2000:]
    data = png.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 20_000
    if keep := os.environ.get("THIDUA_REPORT_SCREENSHOT"):  # how docs/report-screenshot.png is made
        shutil.copy(png, keep)
