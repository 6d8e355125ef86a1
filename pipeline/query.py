"""Read-only questions to the store. Imports neither spaCy nor underthesea (fast cold start)."""

from __future__ import annotations

import json

import duckdb

from schemas.facts import FACT_TYPES


def errors(con: duckdb.DuckDBPyConnection) -> list[dict]:
    rows = con.execute("SELECT code, path, message, run_id FROM ingest_errors ORDER BY path").fetchall()
    return [dict(zip(["code", "path", "message", "run_id"], r, strict=True)) for r in rows]


def runs(con: duckdb.DuckDBPyConnection, limit: int = 20) -> list[dict]:
    cur = con.execute("SELECT run_id, started_at, finished_at, status, files_seen, files_new, files_changed, "
                      "files_skipped, files_retried, files_failed FROM runs ORDER BY started_at DESC LIMIT ?", [limit])
    cols = [d[0] for d in cur.description]
    return [dict(zip(cols, r, strict=True)) for r in cur.fetchall()]


_FACT_SQL = {
    "chairs": "SELECT DISTINCT c.doc_id, c.body, c.role, c.holder, c.holder_kind, c.holder_org, c.year, "
              "min(e.start_char) AS first_at FROM chairs c JOIN evidence e USING (evidence_id) GROUP BY ALL",
    "members": "SELECT c.doc_id, c.body, c.member, c.year, min(e.start_char) AS first_at "
               "FROM members c JOIN evidence e USING (evidence_id) GROUP BY ALL",
    "campaigns": "SELECT c.doc_id, c.name, c.kind, c.year, min(e.start_char) AS first_at "
                 "FROM campaigns c JOIN evidence e USING (evidence_id) GROUP BY ALL",
    "awards": "SELECT c.doc_id, c.award, c.recipient, c.year, c.status, min(e.start_char) AS first_at "
              "FROM awards c JOIN evidence e USING (evidence_id) GROUP BY ALL",
    "persons": "SELECT c.doc_id, c.name, c.title, min(e.start_char) AS first_at "
               "FROM person_mentions c JOIN evidence e USING (evidence_id) GROUP BY ALL",
}


def gold_records(con: duckdb.DuckDBPyConnection) -> list[dict]:
    """Every stored document's facts in the shared gold format, one dict a document."""
    docs = {d: {"doc_id": d, "published": str(p) if p else None, "year": y, **{k: [] for k in FACT_TYPES}}
            for d, p, y in con.execute("SELECT doc_id, published, ref_year FROM documents ORDER BY doc_id").fetchall()}
    for doc_id, name, kind, parent, aliases in con.execute(
            "SELECT m.doc_id, m.doc_body, any_value(m.kind), max(m.parent), "
            "list(DISTINCT m.name ORDER BY m.name) FILTER (WHERE m.name <> m.doc_body) "
            "FROM body_mentions m JOIN evidence e USING (evidence_id) GROUP BY 1, 2 "
            "ORDER BY 1, min(e.start_char)").fetchall():
        docs[doc_id]["bodies"].append({"name": name, "kind": kind, "parent": parent, "aliases": aliases or []})
    for kind, sql in _FACT_SQL.items():
        cur = con.execute(f"SELECT * FROM ({sql}) ORDER BY doc_id, first_at")
        cols = [d[0] for d in cur.description]
        for row in cur.fetchall():
            rec = dict(zip(cols, row, strict=True))
            rec.pop("first_at")
            docs[rec.pop("doc_id")][kind].append(rec)
    return [dedupe(d) for d in docs.values()]


def dedupe(doc: dict) -> dict:
    """Each fact once per document."""
    for kind in FACT_TYPES:
        seen, out = set(), []
        for fact in doc[kind]:
            key = json.dumps(fact, sort_keys=True, ensure_ascii=False, default=str)
            if key not in seen:
                seen.add(key)
                out.append(fact)
        doc[kind] = out
    return doc
