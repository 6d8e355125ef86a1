"""Resolve names to entities: within a document (its body mentions grouped, facts pointed at
the body's fullest name) and across the store (one body, unit and person however spelled)."""

from __future__ import annotations

import dataclasses
import hashlib
from collections import Counter, defaultdict

from extractors.resolution import BodyEntity, entity_for, group_bodies
from schemas.facts import Body, Chair, Fact, Member
from schemas.names import canon, fold


def resolve_document(facts: list[Fact]) -> tuple[list[BodyEntity], list[Fact]]:
    """Group a document's body mentions; chairs and members name their body by its fullest name."""
    entities = group_bodies(f for f in facts if isinstance(f, Body))

    def rename(fact: Fact) -> Fact:
        if isinstance(fact, Chair | Member):
            ent = entity_for(fact.body, entities)
            return dataclasses.replace(fact, body=ent.name) if ent else fact
        return fact

    return entities, [rename(f) for f in facts]


def stable_id(prefix: str, key: str) -> str:
    return prefix + hashlib.sha1(key.encode("utf-8")).hexdigest()[:12]


def resolve_bodies(mentions: list[tuple[str, str, str, str | None]]) -> tuple[list[dict], list[dict], list[dict]]:
    """``(doc_id, doc_body, kind, parent)`` rows -> rows of ``bodies``, ``body_aliases``, ``doc_bodies``."""
    # grouping reads names, kinds and parents only: these mentions carry no evidence
    entities = group_bodies(Body(name, kind, None, parent) for _, name, kind, parent in mentions)  # type: ignore[arg-type]
    docs_of: dict[str, set[str]] = defaultdict(set)
    doc_rows = []
    for doc_id, name, _, _ in mentions:
        bid = body_id(entity_for(name, entities))
        docs_of[bid].add(doc_id)
        doc_rows.append({"doc_id": doc_id, "doc_body": name, "body_id": bid})
    body_rows = [{"body_id": body_id(e), "name": e.name, "kind": e.kind, "parent": e.parent,
                  "n_docs": len(docs_of[body_id(e)])} for e in entities]
    alias_rows = [{"body_id": body_id(e), "alias": n, "alias_fold": fold(n)} for e in entities for n in e.names()]
    return body_rows, alias_rows, unique_rows(doc_rows)


def body_id(ent: BodyEntity) -> str:
    return stable_id("b", f"{ent.kind}|{ent.key}|{canon(ent.parent)}")


def resolve_names(names: list[tuple[str, str | None]], prefix: str) -> list[dict]:
    """``(name, title or None)`` rows -> one entity per canonical name, its most used spelling."""
    spellings: dict[str, Counter] = defaultdict(Counter)
    titles: dict[str, Counter] = defaultdict(Counter)
    for name, title in names:
        key = canon(name)
        spellings[key][name] += 1
        if title:
            titles[key][title] += 1
    return [{"id": stable_id(prefix, key), "name": spellings[key].most_common(1)[0][0], "name_key": key,
             "n": sum(spellings[key].values()), "titles": "; ".join(t for t, _ in titles[key].most_common())}
            for key in sorted(spellings)]


def unique_rows(rows: list[dict]) -> list[dict]:
    seen, out = set(), []
    for row in rows:
        k = tuple(row.values())
        if k not in seen:
            seen.add(k)
            out.append(row)
    return out
