"""A flag named bare whose giver stands before the verb as an office and its organisation: "X vinh dự được
Bộ trưởng Bộ Công an tặng Cờ thi đua." is the "Cờ thi đua của Bộ Công an" (the flag is the organisation's,
the office holder gives it) that the document names in full elsewhere. The name taken is written word for
word in the document and ends where the organisation's name ends; else the award stays bare (a giver
written without an office, "đề nghị UBND huyện tặng Giấy khen", leaves it bare too)."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from extractors.lines import phrase_at
from extractors.nlp import load_lexicon, syllables
from schemas.facts import Award
from schemas.names import canon

MAX_GRANTOR = 8  # words of an organisation before the verb: "Bộ Tài nguyên và Môi trường"


@cache
def _bare() -> frozenset[str]:
    return frozenset(canon(w) for w in load_lexicon("awards.bare_names.txt"))


@cache
def _gives() -> tuple[tuple[str, ...], ...]:
    return tuple(sorted((tuple(w.split()) for w in load_lexicon("awards.give_verbs.txt")), key=len, reverse=True))


def grantor_named(text: str, found: list[Award]) -> list[Award]:
    """Awards with a bare name (``awards.bare_names.txt``) named in full where the words before their
    verb of giving (``awards.give_verbs.txt``) are an office and an organisation G and the document writes
    "NAME của G"."""
    if not any(canon(a.award) in _bare() for a in found):
        return found
    return [replace(a, award=full) if canon(a.award) in _bare() and (full := named_before(text, a)) else a
            for a in found]


def named_before(text: str, award: Award) -> str | None:
    ev = award.evidence
    pattern = r"\s+".join(map(re.escape, award.award.split()))
    for m in re.finditer(pattern, text[ev.sent_start : ev.sent_end], re.IGNORECASE):
        if not ev.start <= ev.sent_start + m.start() < ev.end:
            continue
        words = text[ev.sent_start : ev.sent_start + m.start()].split()
        n = next((len(v) for v in _gives() if tuple(w.lower() for w in words[-len(v) :]) == v), 0)
        before = words[: len(words) - n] if n else []
        for k in range(min(MAX_GRANTOR, len(before) - 1), 0, -1):  # the longest organisation first
            grantor = before[-k:]
            if any(not w[-1:].isalnum() for w in grantor) or not grantor[0][:1].isupper():
                continue
            if not office_before(before[: len(before) - k]):
                continue
            full = written_with(text, pattern, grantor)
            if full:
                return full
    return None


def office_before(words: list[str]) -> bool:
    """Whether ``words`` end with an office ("… được | Bộ trưởng", "Chủ tịch"): the giver of the flag."""
    from extractors.persons import OFFICES

    toks = syllables(" ".join(words[-4:]))
    return any(phrase_at(toks, j, OFFICES) == len(toks) - j for j in range(len(toks)))


def written_with(text: str, pattern: str, grantor: list[str]) -> str | None:
    """The award's name with "của" and the organisation as the document writes it, the name ending there
    (not "Cờ thi đua của Bộ" out of "Cờ thi đua của Bộ Giáo dục và Đào tạo")."""
    full = re.compile(pattern + r"\s+của\s+" + r"\s+".join(map(re.escape, grantor)) + r"(?!\w)", re.IGNORECASE)
    for m in full.finditer(text):
        nxt = text[m.end() : m.end() + 3].lstrip()
        if not nxt[:1].isupper():
            return " ".join(m.group(0).split())
    return None


@cache
def _record() -> re.Pattern:
    counts = "|".join(map(re.escape, load_lexicon("awards.record_counts.txt")))
    runs = "|".join(r"\s+".join(map(re.escape, w.split())) for w in load_lexicon("awards.records.txt"))
    return re.compile(rf"(?<!\w)(?:\d+|{counts})\s+(?:{runs})(?!\w)", re.IGNORECASE)


def grounds_dropped(found: list[Award]) -> list[Award]:
    """Less the record a proposal cites as its grounds: "đề nghị tặng danh hiệu Chiến sĩ thi đua toàn quốc
    cho ông A, Viện trưởng …, đã 06 năm liên tục đạt danh hiệu Chiến sĩ thi đua cơ sở và 02 lần đạt …": the
    titles A held year after year (a count and ``awards.records.txt`` before the verb) are no award of their
    own, where the sentence proposes another award for A before them."""
    proposed = {(a.evidence.sent_start, a.recipient, a.evidence.start) for a in found if a.status == "proposed"}
    if not proposed:
        return found
    return [a for a in found if not (
        a.status != "proposed" and _record().search(a.evidence.surface)
        and any(s == a.evidence.sent_start and r == a.recipient and at < a.evidence.start for s, r, at in proposed))]
