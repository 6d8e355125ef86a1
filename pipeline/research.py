"""Read-only questions for researchers, over the consolidated views of schemas/store.sql
(``chair_answers``, ``member_answers``, ``body_timeline``, …): each answer once, with every
document and piece of evidence behind it, its source (extracted | correction) and, for chairs,
whether it conflicts with another. Imports neither spaCy nor underthesea (fast cold start).

Names are matched the way people type them: any case, with or without diacritics, each word of
the query the start of a word of the name ("noi chinh" finds "Khối thi đua … Nội chính Trung
ương"; numbers match whole: "cum 8" is not "Cụm thi đua số 18", and "số III" is "số 3").
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import duckdb

from pipeline.store import ANSWER_TABLES, answers_source
from schemas.names import body_key, fold

FILLERS = {"cua", "thuoc"}  # "của", "thuộc": words a query may add that a name leaves out

Years = tuple[int, int] | None


def rows_of(cur: duckdb.DuckDBPyConnection) -> list[dict]:
    cols = [d[0] for d in cur.description]
    return [dict(zip(cols, r, strict=True)) for r in cur.fetchall()]


# ---------------------------------------------------------------- matching names


def query_words(text: str | None) -> list[str]:
    """The words of a query in comparison form: "Cụm thi đua số III của Bộ Công an" ->
    ["cum", "thi", "dua", "so", "3", "bo", "cong", "an"]."""
    return [w for w in fold(body_key(text)).split() if w not in FILLERS] if text else []


def name_words(name: str) -> list[str]:
    """The words of a name as queries are matched against them (folded, Roman numerals read)."""
    return fold(body_key(name)).split()


def words_match(query: list[str], name: str | list[str]) -> bool:
    """Whether every query word starts a word of ``name`` (numbers: is a word of it); ``name``
    may be given as its ``name_words``."""
    words = name_words(name) if isinstance(name, str) else name
    return all(any(w == q if q.isdecimal() else w.startswith(q) for w in words) for q in query)


def alias_match_words(alias: str, parent: str | None) -> dict[str, str]:
    """The ``alias_words`` and ``words`` columns of a body alias (kept in the store, so a query
    compares words without folding every alias again)."""
    return {"alias_words": " ".join(name_words(alias)), "words": " ".join(name_words(f"{alias} {parent or ''}"))}


def word_filter(column: str, text: str | None) -> tuple[str, list[str]]:
    """SQL condition (and its parameters) that ``column``, a ``fold``-ed name, holds every word of
    ``text`` at the start of one of its words."""
    words = [w for w in fold(text).split() if w not in FILLERS] if text else []
    patterns = [r"(^| )" + re.escape(w) + (r"( |$)" if w.isdecimal() else "") for w in words]
    return " AND ".join([f"regexp_matches({column}, ?)"] * len(patterns)) or "TRUE", patterns


def find_bodies(con: duckdb.DuckDBPyConnection, text: str | None) -> list[dict]:
    """Bodies whose name or an alias (with the body's parent) holds every word of ``text``; a body
    named exactly ``text`` wins over the rest."""
    query = query_words(text)
    found: dict[str, dict] = {}
    sql = ("SELECT b.body_id, b.name, b.kind, b.parent, a.alias, {} FROM bodies b "
           "LEFT JOIN body_aliases a USING (body_id) ORDER BY b.name, b.body_id")
    try:
        rows = con.execute(sql.format("a.alias_words, a.words")).fetchall()
    except duckdb.BinderException:  # a store last written before these columns: the next ingest adds them
        rows = con.execute(sql.format("NULL, NULL")).fetchall()
    for body_id, name, kind, parent, alias, alias_words, words in rows:
        if alias is None or words is None:  # a body without aliases; a store written before these columns
            alias = alias or name
            match = alias_match_words(alias, parent)
            alias_words, words = match["alias_words"], match["words"]
        words = words.split()
        if not words_match(query, words):
            continue
        exact = query in ([w for w in alias_words.split() if w not in FILLERS], [w for w in words if w not in FILLERS])
        body = found.setdefault(body_id, {"body_id": body_id, "name": name, "kind": kind, "parent": parent,
                                          "exact": False})
        body["exact"] = body["exact"] or exact
    bodies = list(found.values())
    return [b for b in bodies if b["exact"]] or bodies


def find_persons(con: duckdb.DuckDBPyConnection, text: str) -> list[dict]:
    """People (``person_key``, ``person``: the most used spelling) whose name holds every word of
    ``text``; a person named exactly ``text`` wins over the rest."""
    query = query_words(text)
    names = con.execute("SELECT person_key, person, count(*) AS n FROM person_roles GROUP BY ALL "
                        "ORDER BY person_key, n DESC, person").fetchall()
    found: dict[str, dict] = {}
    for key, name, _ in names:
        if words_match(query, name):
            person = found.setdefault(key, {"person_key": key, "person": name, "exact": False})
            person["exact"] = person["exact"] or query == query_words(name)
    persons = sorted(found.values(), key=lambda p: p["person"])
    return [p for p in persons if p["exact"]] or persons


# ---------------------------------------------------------------- answers


def bodies(con: duckdb.DuckDBPyConnection, body_ids: list[str] | None = None) -> list[dict]:
    """Each body: name, kind, parent, aliases, the years it is seen in, its documents."""
    return rows_of(con.execute(
        "SELECT * FROM body_summary WHERE ? IS NULL OR body_id IN (SELECT unnest(?::VARCHAR[])) "
        "ORDER BY kind, name", [body_ids, body_ids]))


def first_mentions(con: duckdb.DuckDBPyConnection, body_id: str) -> list[str]:
    """The evidence of each document's first mention of a body."""
    return [e for (e,) in con.execute(
        "SELECT arg_min(e.evidence_id, e.start_char) FROM body_mentions m JOIN evidence e USING (evidence_id) "
        "JOIN doc_bodies db ON db.doc_id = m.doc_id AND db.doc_body = m.doc_body WHERE db.body_id = ? "
        "GROUP BY m.doc_id ORDER BY m.doc_id", [body_id]).fetchall()]


def chairs(con: duckdb.DuckDBPyConnection, body_ids: list[str] | None, years: Years = None) -> list[dict]:
    """Chairs and vice-chairs by year, each holder once with all its sources; ``conflict`` when a
    body has more than one holder of a role in a year."""
    return rows_of(con.execute(
        f"SELECT * FROM {answers_source(con, 'chair_answers')} "
        "WHERE (? IS NULL OR body_id IN (SELECT unnest(?::VARCHAR[]))) "
        f"AND {years_sql()} ORDER BY body, year NULLS LAST, role, holder", [body_ids, body_ids, *years_args(years)]))


def members(con: duckdb.DuckDBPyConnection, body_id: str, years: Years = None) -> list[dict]:
    return rows_of(con.execute(
        f"SELECT * FROM {answers_source(con, 'member_answers')} WHERE body_id = ? AND {years_sql()} "
        "ORDER BY year NULLS LAST, member",
        [body_id, *years_args(years)]))


def campaigns(con: duckdb.DuckDBPyConnection, years: Years = None, search: str | None = None) -> list[dict]:
    """Campaigns and themes (those of ``years``, and/or whose name holds ``search``), each once."""
    cond, params = word_filter("k.name_fold", search)
    return rows_of(con.execute(
        "WITH f AS (SELECT *, count(*) OVER (PARTITION BY name_key, name) AS n FROM campaign_facts "
        f"  WHERE {years_sql()} AND name_key IN (SELECT k.name_fold FROM name_keys k WHERE {cond})) "
        "SELECT name_key, first(name ORDER BY n DESC, length(name) DESC, name) AS name, "
        "  list(DISTINCT kind ORDER BY kind) AS kinds, "
        "  coalesce(list(DISTINCT year ORDER BY year) FILTER (WHERE year IS NOT NULL), []) AS years, "
        "  bool_and(year_inferred) AS year_inferred, "
        "  coalesce(list(DISTINCT doc_id ORDER BY doc_id) FILTER (WHERE doc_id IS NOT NULL), []) AS doc_ids, "
        "  list(DISTINCT evidence_id ORDER BY evidence_id) AS evidence_ids, "
        "  CASE WHEN bool_or(source = 'correction') THEN 'correction' ELSE 'extracted' END AS source "
        "FROM f GROUP BY name_key ORDER BY min(year) NULLS LAST, name", [*years_args(years), *params]))


def awards(con: duckdb.DuckDBPyConnection, recipient: str | None = None, award: str | None = None,
           years: Years = None) -> list[dict]:
    """Awards (whose name holds ``award``) and who received or was proposed for them (whose
    name holds ``recipient``), each once with all its sources."""
    award_cond, award_args = word_filter("name_fold", award)
    recipient_cond, recipient_args = word_filter("name_fold", recipient)
    return rows_of(con.execute(
        f"SELECT * FROM award_answers WHERE {years_sql()} "
        f"AND award_key IN (SELECT name_key FROM name_keys WHERE {award_cond}) "
        f"AND (? IS NULL OR recipient_key IN (SELECT name_key FROM name_keys WHERE {recipient_cond})) "
        "ORDER BY year NULLS LAST, award, recipient",
        [*years_args(years), *award_args, recipient, *recipient_args]))


def person_roles(con: duckdb.DuckDBPyConnection, person_key: str) -> list[dict]:
    """What one person was, year by year: titles, chairs held, awards received."""
    return rows_of(con.execute(
        "SELECT year, role, detail, "
        "  coalesce(list(DISTINCT doc_id ORDER BY doc_id) FILTER (WHERE doc_id IS NOT NULL), []) AS doc_ids, "
        "  list(DISTINCT evidence_id ORDER BY evidence_id) AS evidence_ids, "
        "  CASE WHEN bool_or(source = 'correction') THEN 'correction' ELSE 'extracted' END AS source "
        "FROM person_roles WHERE person_key = ? GROUP BY year, role, detail "
        "ORDER BY year NULLS LAST, role, detail", [person_key]))


def timeline(con: duckdb.DuckDBPyConnection, body_id: str) -> list[dict]:
    """One body year by year: chair, vice-chair, members, awards."""
    return rows_of(con.execute(
        "SELECT * FROM body_timeline WHERE body_id = ? ORDER BY year NULLS LAST, rank, name, detail", [body_id]))


def years_sql() -> str:
    return "(? IS NULL OR year BETWEEN ? AND ?)"


def years_args(years: Years) -> list:
    return [years and years[0], years and years[0], years and years[1]]


# ---------------------------------------------------------------- evidence


def evidence(con: duckdb.DuckDBPyConnection, ids: list[str]) -> dict[str, dict]:
    """``{evidence_id: evidence}`` for extracted evidence and added facts' citations, each with the
    sentence it is in (``sentence``, the span marked ``[[…]]`` in ``marked``)."""
    found = rows_of(con.execute(
        "SELECT e.*, c.file, c.line, substr(d.text, e.sent_start + 1, e.sent_end - e.sent_start) AS sentence "
        "FROM all_evidence e LEFT JOIN documents d ON d.doc_id = e.doc_id "
        "LEFT JOIN corrections c ON c.correction_id = e.evidence_id AND e.source = 'correction' "
        "WHERE e.evidence_id IN (SELECT unnest(?::VARCHAR[]))", [ids]))
    for ev in found:
        ev["marked"] = (mark(ev["sentence"], ev["start_char"] - ev["sent_start"], ev["end_char"] - ev["sent_start"])
                        if ev["sentence"] is not None and ev["start_char"] is not None else None)
    return {ev["evidence_id"]: ev for ev in found}


def mark(sentence: str, start: int, end: int, context: int = 90) -> str:
    """The sentence with ``[[`` ``]]`` around ``sentence[start:end]``, cut to about ``context``
    characters either side (at a space, with "…"): "…Năm 2022, [[Bộ Tư pháp được giao làm Khối
    trưởng]], …"."""
    before, span, after = sentence[:start], sentence[start:end], sentence[end:]
    if len(before) > context:
        cut = before.find(" ", len(before) - context)
        before = "…" + before[cut + 1 if cut >= 0 else len(before) - context:]
    if len(after) > context:
        cut = after.rfind(" ", 0, context)
        after = after[: cut if cut > 0 else context] + " …"
    return " ".join(f"{before}[[{span}]]{after}".split())


# ---------------------------------------------------------------- document text


def search(con: duckdb.DuckDBPyConnection, text: str, limit: int = 50) -> list[dict]:
    """Where ``text`` occurs in the stored documents, in any case and with or without diacritics;
    each hit with its document, offsets and the line around it, the hit marked."""
    words = fold_chars(text).split()
    if not words:
        return []
    pattern = re.compile(r"\s+".join(map(re.escape, words)))
    # a cheap first pass in SQL on the first word, without diacritics (đ kept apart: strip_accents leaves it)
    first = words[0].replace("d", "_")
    out: list[dict] = []
    for doc_id, ref_year, title, doc in con.execute(
            "SELECT doc_id, ref_year, title, text FROM documents "
            "WHERE strip_accents(lower(text)) LIKE ? ORDER BY doc_id", [f"%{first}%"]).fetchall():
        for m in pattern.finditer(fold_chars(doc)):
            line_start = doc.rfind("\n", 0, m.start()) + 1
            line_end = doc.find("\n", m.end())
            line = doc[line_start: len(doc) if line_end < 0 else line_end]
            out.append({"doc_id": doc_id, "year": ref_year, "title": title, "start_char": m.start(),
                        "end_char": m.end(), "text": mark(line, m.start() - line_start, m.end() - line_start)})
            if len(out) >= limit:
                return out
    return out


def fold_chars(text: str) -> str:
    """``text`` lowercased without diacritics, one character for one (so offsets carry over)."""
    out = []
    for ch in text:
        base = "".join(c for c in unicodedata.normalize("NFD", ch.lower()) if not unicodedata.combining(c))
        base = base.replace("đ", "d")
        out.append(base if len(base) == 1 else ch)
    return "".join(out)


# ---------------------------------------------------------------- export


def export_tables(con: duckdb.DuckDBPyConnection, out: Path, fmt: str) -> list[dict]:
    """Write every table and view of the store to ``out`` as ``<name>.parquet`` or ``<name>.csv``
    (not the answer tables the query commands read: their views are written)."""
    out.mkdir(parents=True, exist_ok=True)
    names = con.execute(
        "SELECT table_name, 'table' FROM duckdb_tables() WHERE schema_name = 'main' AND NOT internal "
        "AND table_name NOT IN (SELECT unnest(?::VARCHAR[])) "
        "UNION ALL SELECT view_name, 'view' FROM duckdb_views() WHERE schema_name = 'main' AND NOT internal "
        "ORDER BY 2, 1", [list(ANSWER_TABLES.values())]).fetchall()
    written = []
    for name, kind in names:
        path = out / f"{name}.{fmt}"
        options = "FORMAT parquet" if fmt == "parquet" else "FORMAT csv, HEADER true"
        con.execute(f"COPY (SELECT * FROM \"{name}\") TO '{escape(path)}' ({options})")
        n = con.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0]
        written.append({"name": name, "kind": kind, "rows": n, "file": str(path)})
    return written


def escape(path: Path) -> str:
    return str(path).replace("'", "''")
