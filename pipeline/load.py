"""Turn one processed document into the store's rows (pure: no SQL here, see store.py)."""

from __future__ import annotations

import hashlib
import json

from extractors.resolution import entity_for
from pipeline.resolve import resolve_document
from schemas.document import Document
from schemas.facts import Fact, fact_fields, fact_type

FACT_TABLE = {"bodies": "body_mentions", "chairs": "chairs", "members": "members",
              "campaigns": "campaigns", "awards": "awards", "persons": "person_mentions"}


def document_rows(doc: Document, facts: list[Fact], ref_year: int | None, size: int,
                  versions: dict[str, str], run_id: str, mtime_ns: int | None = None) -> dict[str, list[dict]]:
    """Rows of ``documents``, ``evidence`` and the fact tables for one document."""
    entities, facts = resolve_document(facts)
    tables: dict[str, list[dict]] = {"documents": [document_row(doc, ref_year, size, versions, run_id, mtime_ns)]}
    seen: set[str] = set()
    for fact in facts:
        kind = fact_type(fact)
        fields = fact_fields(fact)
        ev = fact.evidence
        evidence_id = stable_evidence_id(doc.doc_id, kind, ev.start, ev.end, ev.rule, fields)
        if evidence_id in seen:
            continue
        seen.add(evidence_id)
        tables.setdefault("evidence", []).append(
            {"evidence_id": evidence_id, "doc_id": doc.doc_id, "fact_type": kind, "start_char": ev.start,
             "end_char": ev.end, "surface": ev.surface, "sent_start": ev.sent_start, "sent_end": ev.sent_end,
             "rule": ev.rule, "load_id": run_id})
        row = {"evidence_id": evidence_id, "doc_id": doc.doc_id, **fields}
        if kind == "bodies":
            ent = entity_for(fact.name, entities)
            row["doc_body"] = ent.name if ent else fact.name
        tables.setdefault(FACT_TABLE[kind], []).append(row)
    return tables


def document_row(doc: Document, ref_year: int | None, size: int, versions: dict[str, str], run_id: str,
                 mtime_ns: int | None = None) -> dict:
    return {"doc_id": doc.doc_id, "path": doc.path, "format": doc.format, "sha256": doc.sha256,
            "size_bytes": size, "mtime_ns": mtime_ns, "title": doc.title, "published": doc.published,
            "ref_year": ref_year, "body_end": doc.body_end, "text": doc.text,
            "extractor_versions": json.dumps(versions, sort_keys=True), "load_id": run_id}


def stable_evidence_id(doc_id: str, kind: str, start: int, end: int, rule: str, fields: dict) -> str:
    key = json.dumps([doc_id, kind, start, end, rule, fields], ensure_ascii=False, sort_keys=True, default=str)
    return "e" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]
