"""Which body names are one body: the rules behind resolution, pure and reusable.

Within a document, and across documents, mentions of one bloc or cluster take many forms
("Khối thi đua các bộ, ngành Nội chính Trung ương", "Khối Nội chính Trung ương", "Khối thi đua
Nội chính Trung ương"). Names are grouped by their comparison key; the fullest name of a
group is its name, the others its aliases.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from schemas.facts import Body
from schemas.names import body_key, canon


@dataclass
class BodyEntity:
    name: str
    kind: str
    parent: str | None = None
    aliases: list[str] = field(default_factory=list)

    @property
    def key(self) -> str:
        return body_key(self.name)

    def names(self) -> list[str]:
        return [self.name, *self.aliases]


def same_body(a: str, b: str) -> bool:
    """Whether two body names name one body."""
    return body_key(a) == body_key(b)


def group_bodies(mentions: Iterable[Body]) -> list[BodyEntity]:
    """Group body mentions into entities (first-seen order); the longest name leads each."""
    entities: list[BodyEntity] = []
    for m in mentions:
        ent = next((e for e in entities if e.kind == m.kind and any(same_body(m.name, n) for n in e.names())),
                   None)
        if ent is None:
            entities.append(BodyEntity(m.name, m.kind, m.parent))
            continue
        ent.parent = ent.parent or m.parent
        if all(canon(m.name) != canon(n) for n in ent.names()):
            ent.aliases.append(m.name)
    for ent in entities:
        names = sorted(ent.names(), key=lambda n: (-len(n), n))
        ent.name, ent.aliases = names[0], names[1:]
    return entities


def entity_for(name: str, entities: list[BodyEntity]) -> BodyEntity | None:
    """The entity that ``name`` refers to, if any."""
    return next((e for e in entities if any(same_body(name, n) for n in e.names())), None)
