"""What a store holds after an ingest: documents, errors and facts; on the bench corpus (news
that names no emulation bloc or cluster) every bloc, cluster, chair or membership found is a
false positive."""

from __future__ import annotations

from pathlib import Path

FALSE_POSITIVE_TABLES = {"body_mentions": "bodies", "chairs": "chairs", "members": "members"}
FACT_TABLES = ("body_mentions", "chairs", "members", "campaigns", "awards", "person_mentions")


def connect(db: Path):
    import duckdb

    return duckdb.connect(str(db), read_only=True)


def store_counts(db: Path) -> dict:
    """Rows per fact table, documents stored, and failed files by error code."""
    con = connect(db)
    try:
        facts = {table: con.execute(f"SELECT count(*) FROM {table}").fetchone()[0] for table in FACT_TABLES}
        documents = con.execute("SELECT count(*) FROM documents").fetchone()[0]
        errors = dict(con.execute("SELECT code, count(*) FROM ingest_errors GROUP BY 1 ORDER BY 1").fetchall())
    finally:
        con.close()
    return {"documents": documents, "errors": errors, "facts": facts}


def false_positives(db: Path, index: dict[str, str] | None = None, examples: int = 20) -> dict:
    """Blocs, clusters, chairs and memberships in the store: counts, per 10,000 documents, and the
    first ``examples`` surfaces with their document (and VNTC) ids."""
    counts = store_counts(db)
    found = {table: counts["facts"][table] for table in FALSE_POSITIVE_TABLES}
    con = connect(db)
    try:
        rows = con.execute(
            "SELECT doc_id, fact_type, surface, rule FROM evidence WHERE fact_type IN (SELECT unnest(?)) "
            "ORDER BY doc_id, start_char LIMIT ?", [list(FALSE_POSITIVE_TABLES.values()), examples]).fetchall()
        docs_hit = con.execute(" UNION ".join(f"SELECT doc_id FROM {t}" for t in FALSE_POSITIVE_TABLES)).fetchall()
    finally:
        con.close()
    total = sum(found.values())
    return {"documents": counts["documents"], "by_table": found, "total": total,
            "per_10k_docs": round(total * 10_000 / max(counts["documents"], 1), 2), "docs_with_any": len(docs_hit),
            "examples": [{"doc_id": d, "source_id": (index or {}).get(d), "fact_type": kind, "surface": s,
                          "rule": rule} for d, kind, s, rule in rows]}
