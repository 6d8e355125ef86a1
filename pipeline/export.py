"""Facts of one document in the gold format of the shared fact README (one JSON line a document)."""

from __future__ import annotations

from pipeline.resolve import resolve_document
from schemas.document import Document
from schemas.facts import Award, Campaign, Chair, Fact, Member, Person
from schemas.names import canon


def gold_record(doc: Document, facts: list[Fact]) -> dict:
    """``{"doc_id", "bodies", "chairs", "members", "campaigns", "awards", "persons"}`` for one
    document; each fact once, body references under the body's fullest name in the document."""
    entities, facts = resolve_document(facts)
    rec: dict = {"doc_id": doc.doc_id, "published": doc.published}
    rec["bodies"] = [{"name": e.name, "kind": e.kind, "aliases": e.aliases, "parent": e.parent} for e in entities]
    rec["chairs"] = unique([{"body": f.body, "role": f.role, "holder": f.holder,
                             "holder_kind": f.holder_kind, "holder_org": f.holder_org, "year": f.year}
                            for f in facts if isinstance(f, Chair)])
    rec["members"] = unique([{"body": f.body, "member": f.member, "year": f.year}
                             for f in facts if isinstance(f, Member)])
    rec["campaigns"] = unique([{"name": f.name, "kind": f.kind, "year": f.year}
                               for f in facts if isinstance(f, Campaign)], key=("name",))
    rec["awards"] = unique([{"award": f.award, "recipient": f.recipient, "year": f.year, "status": f.status}
                            for f in facts if isinstance(f, Award)])
    rec["persons"] = unique([{"name": f.name, "title": f.title} for f in facts if isinstance(f, Person)],
                            key=("name",))
    return rec


def unique(rows: list[dict], key: tuple[str, ...] | None = None) -> list[dict]:
    """Rows in first-seen order, each distinct (by ``key`` fields, compared canonically) once."""
    seen: set[tuple] = set()
    out = []
    for row in rows:
        k = tuple(canon(str(row[f])) if isinstance(row[f], str) else row[f] for f in (key or row))
        if k not in seen:
            seen.add(k)
            out.append(row)
    return out
