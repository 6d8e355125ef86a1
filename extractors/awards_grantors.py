"""A flag or a certificate named bare whose grantor stands before the verb of giving: "X vinh dự được Bộ
trưởng Bộ Công an tặng Cờ thi đua." is the "Cờ thi đua của Bộ Công an" the document names in full
elsewhere. The name taken is written word for word in the document; else the award stays bare."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from extractors.nlp import load_lexicon
from schemas.facts import Award
from schemas.names import canon

MAX_GRANTOR = 8  # words of a grantor before the verb: "Bộ trưởng Bộ Tài nguyên và Môi trường"


@cache
def _bare() -> frozenset[str]:
    return frozenset(canon(w) for w in load_lexicon("awards.bare_names.txt"))


@cache
def _gives() -> tuple[tuple[str, ...], ...]:
    return tuple(sorted((tuple(w.split()) for w in load_lexicon("awards.give_verbs.txt")), key=len, reverse=True))


def grantor_named(text: str, found: list[Award]) -> list[Award]:
    """Awards with a bare name (``awards.bare_names.txt``) named in full where the words before their
    verb of giving (``awards.give_verbs.txt``) end with a grantor G and the document writes "NAME của G"."""
    if not any(canon(a.award) in _bare() for a in found):
        return found
    return [replace(a, award=full) if canon(a.award) in _bare() and (full := named_before(text, a)) else a
            for a in found]


def named_before(text: str, award: Award) -> str | None:
    ev = award.evidence
    pattern = re.compile(r"\s+".join(map(re.escape, award.award.split())), re.IGNORECASE)
    for m in pattern.finditer(text, ev.sent_start, ev.sent_end):
        if not ev.start <= m.start() < ev.end:
            continue
        words = text[ev.sent_start : m.start()].split()
        n = next((len(v) for v in _gives() if tuple(w.lower() for w in words[-len(v) :]) == v), 0)
        if not n:
            continue
        before = words[: len(words) - n]
        best = None
        for k in range(1, min(MAX_GRANTOR, len(before)) + 1):
            grantor = before[-k:]
            if not grantor[0][-1:].isalnum():
                break  # (a word that ends a clause: "…, | Bộ trưởng Bộ X tặng …")
            if not grantor[0][:1].isupper():
                continue
            full = re.compile(pattern.pattern + r"\s+của\s+" + r"\s+".join(map(re.escape, grantor)) + r"(?!\w)",
                              re.IGNORECASE).search(text)
            if full:
                best = full.group(0)
        if best:
            return " ".join(best.split())
    return None
