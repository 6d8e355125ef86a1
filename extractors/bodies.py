"""Extractor: emulation bodies, blocs ("Khối thi đua …", "Khu vực thi đua …") and clusters
("Cụm thi đua …").

A mention is a head of ``patterns/bodies.heads.jsonl`` and a tail that tells the body apart:

- a number: "Cụm thi đua số 5", "Khối VII", "Cụm thi đua số III";
- a name, read over the underthesea tags: nouns, "các", capitalised words and the name words of
  ``units.continue.txt`` ("tổng hợp") go on; verbs, adverbs, prepositions, conjunctions,
  punctuation and the words of ``bodies.stops.txt`` ("năm", "nói riêng") end it. A comma goes
  on only between generic words ("các bộ, ngành"), a dash only into a name ("Văn hóa - Xã hội").

After the name may come its parent: "Cụm thi đua số 8 – Bộ Công an", "Cụm thi đua số 5 (Bộ
Công an)", "Cụm thi đua số 2 của Liên minh HTX". A head with no distinctive tail ("Khối thi
đua cần …", "các đơn vị trong Cụm") or with a generic plural one ("… các Khu vực") is no body.
A bare "Khối"/"Cụm" needs more: a capitalised or numbered tail of two words or more, none of
the senses of ``bodies.not_bare.txt`` (khối u, khối lượng, khối ASEAN, cụm công nghiệp) and no
Party organ before it ("Đảng ủy Khối …"). Nothing at all comes from a text that never speaks
of emulation ("thi đua").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from extractors.base import Context, extractor
from extractors.nlp import Match, Token, load_lexicon, match_patterns, norm
from extractors.phrases import (
    NOUN_TAGS,
    is_number,
    is_roman,
    may_match,
    phrase_at,
    phrase_before,
    read_tokens,
)
from extractors.resolution import core_words
from extractors.units import NUMBERED, Span, find_spans
from schemas.document import Sentence
from schemas.facts import Body
from schemas.names import body_key, canon, same_unit

HEADS = "bodies.heads.jsonl"
_CAC = norm("các")
_SO = norm("số")
_AND = norm("và")


@dataclass(frozen=True)
class Mention:
    kind: str  # bloc | cluster
    start: int  # token indexes: the name is [start, name_end), the evidence [start, end)
    name_end: int
    end: int
    parent: Span | None
    rule: str


@extractor("bodies", version="1", needs=())
def find_bodies(ctx: Context):
    if not about_emulation(ctx.doc.body):
        return []
    found = [body for sent in ctx.sentences if may_name_body(sent.text) for body in bodies_in(ctx, sent)]
    return disambiguate(found)


def bodies_in(ctx: Context, sent: Sentence) -> list[Body]:
    toks = read_tokens(sent.text)
    out = []
    for m in find_mentions(sent.text, toks):
        name = sent.text[toks[m.start].start : toks[m.name_end - 1].end]
        parent = sent.text[toks[m.parent.start].start : toks[m.parent.end - 1].end] if m.parent else None
        ev = ctx.evidence(sent, toks[m.start].start, toks[m.end - 1].end, f"bodies/{m.rule}")
        out.append(Body(name, m.kind, ev, parent))
    return out


def disambiguate(bodies: list[Body]) -> list[Body]:
    """One name under two parents in one document ("Cụm thi đua số 3 - Bộ đội Biên phòng" and
    "Cụm thi đua số 3 (Bộ Công an)") is two bodies: each is named with its parent as written,
    and a mention without a parent goes with the nearest such mention before it (else after)."""
    out = list(bodies)
    for key in {body_key(b.name) for b in bodies}:
        idx = [k for k, b in enumerate(bodies) if body_key(b.name) == key]
        parented = [k for k in idx if bodies[k].parent]
        parents = [bodies[k].parent for k in parented]
        if not any(not same_unit(p, q) for p in parents for q in parents):
            continue
        for k in idx:
            anchor = k if bodies[k].parent else max((j for j in parented if j < k), default=parented[0])
            out[k] = replace(bodies[k], name=bodies[anchor].evidence.surface, parent=bodies[anchor].parent)
    return out


# --- cheap gates ------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _context_re() -> re.Pattern:
    alts = "|".join(re.escape(canon(p)) for p in load_lexicon("bodies.context.txt"))
    return re.compile(rf"(?<!\w)(?:{alts})(?!\w)")


def about_emulation(text: str) -> bool:
    """Whether a text speaks of emulation at all ("thi đua", "TĐKT")."""
    return bool(_context_re().search(canon(text)))


def may_name_body(text: str) -> bool:
    """Cheap test before tagging: does the sentence hold a head word at all?"""
    return may_match(HEADS, text)


# --- mentions ---------------------------------------------------------------------------------


def find_mentions(text: str, toks: list[Token]) -> list[Mention]:
    """Body mentions of one sentence, left to right (the longest head at each place)."""
    matches = match_patterns(HEADS, text, toks)
    if not matches:
        return []
    spans = find_spans(text, toks)
    out: list[Mention] = []
    tried: set[int] = set()
    for m in matches:
        if m.start in tried or (out and m.start < out[-1].end):
            continue
        tried.add(m.start)
        mention = read_mention(toks, m, spans)
        if mention:
            out.append(mention)
    return out


def read_mention(toks: list[Token], m: Match, spans: list[Span]) -> Mention | None:
    full = m.id == "full"
    if not full and not bare_head_ok(toks, m):
        return None
    end, rule = tail_end(toks, m.end, full, spans)
    if end == m.end or not tail_ok(toks, m, end):
        return None
    parent, evidence_end = parent_after(toks, end, spans)
    return Mention(m.label, m.start, end, evidence_end, parent, rule)


def bare_head_ok(toks: list[Token], m: Match) -> bool:
    """A bare "Khối"/"Cụm", capitalised as a name is: its tail opens capitalised, numbered or
    with "các"/"cơ quan"; it is no role word, tumour, volume, exam block ("khối A1") or
    alliance, and no Party organ stands before it."""
    i = m.end
    if not toks[m.start].is_title or i >= len(toks) or phrase_at(toks, i, "bodies.not_bare.txt"):
        return False
    if phrase_before(toks, m.start, "bodies.not_after.txt"):
        return False
    t = toks[i]
    if is_roman(t) or phrase_at(toks, i, "bodies.bare_openers.txt"):
        return True
    return t.is_title and t.text.isalpha() and len(t.text) > 1


def tail_end(toks: list[Token], i: int, full: bool, spans: list[Span]) -> tuple[int, str]:
    """Where the tail after a head ending at token ``i`` ends, and which rule read it."""
    if i < len(toks) and toks[i].norm == _SO and i + 1 < len(toks) and is_number(toks[i + 1]):
        return i + 2, "number"
    if i < len(toks) and (is_roman(toks[i]) or (full and is_number(toks[i]))):
        return i + 1, "number"
    return name_end(toks, i, {s.start for s in spans if s.kind == "unit"}), "name"


def name_end(toks: list[Token], i: int, unit_starts: set[int]) -> int:
    """Where a descriptive body name starting at token ``i`` ends."""
    j = i
    while j < len(toks):
        step = name_step(toks, j, unit_starts)
        if step == 0:
            break
        j += step
        if is_number(toks[j - 1]):  # "Khối các cơ quan tham mưu I": a number closes the name
            break
    while j > i and (toks[j - 1].norm == _CAC or not toks[j - 1].text[:1].isalnum()):
        j -= 1
    return j


def name_step(toks: list[Token], j: int, unit_starts: set[int]) -> int:
    """How many tokens from ``j`` go on with a body name (0: the name ends before ``j``)."""
    t = toks[j]
    k = phrase_at(toks, j, "units.continue.txt")
    if k:
        return k
    if not t.is_title and phrase_at(toks, j, "bodies.stops.txt"):
        return 1 if t.norm == _AND and j + 1 in unit_starts else 0  # "… các quân khu và Bộ Tư lệnh …"
    if t.text == ",":
        return 1 if list_comma(toks, j) else 0
    if t.text in "-–":
        return 1 if dash_in_name(toks, j, unit_starts) else 0
    if is_head_at(toks, j) or not t.text[:1].isalnum():
        return 0
    if not t.word_start and t.text.isalpha():  # the rest of a word already begun: "Bắc bộ"
        return 1
    if t.text[:1].isdigit():
        return 1 if is_number(t) and toks[j - 1].norm in NUMBERED else 0
    ok = (t.is_title and t.text[:1].isalpha()) or t.tag in NOUN_TAGS or t.norm == _CAC
    return 1 if ok else 0


def list_comma(toks: list[Token], j: int) -> bool:
    """A comma inside a name: between generic words ("các bộ, ngành", "sở, ban, ngành") or
    lower-case nouns ("các doanh nghiệp nông, lâm nghiệp", "các trường đại học, cao đẳng")."""
    if j == 0 or j + 1 >= len(toks):
        return False
    if phrase_before(toks, j, "bodies.list_words.txt") and phrase_at(toks, j + 1, "bodies.list_words.txt"):
        return True
    prev, nxt = toks[j - 1], toks[j + 1]
    plain = nxt.text.isalpha() and not nxt.is_title and nxt.tag in NOUN_TAGS and nxt.norm not in _HEAD_WORDS
    stop = phrase_at(toks, j + 1, "bodies.stops.txt") or phrase_at(toks, j + 1, "units.stops.txt")
    return prev.text.isalpha() and not prev.is_title and plain and not stop


def dash_in_name(toks: list[Token], j: int, unit_starts: set[int]) -> bool:
    """A dash inside a name ("Văn hóa - Xã hội"), not before a parent ("– Bộ Công an")."""
    nxt = j + 1
    if nxt >= len(toks) or nxt in unit_starts or toks[j - 1].text[:1].isdigit() or is_roman(toks[j - 1]):
        return False
    return toks[nxt].tag in NOUN_TAGS and toks[nxt].text[:1].isalpha()


_HEAD_WORDS = frozenset(norm(w) for w in ("khối", "cụm"))


def is_head_at(toks: list[Token], j: int) -> bool:
    """Another full head ("… Cụm thi đua …") starts at ``j``."""
    seq = [t.norm for t in toks[j : j + 3]]
    return len(seq) == 3 and seq[0] in _HEAD_WORDS and seq[1:] == ["thi", "đua"]


def tail_ok(toks: list[Token], m: Match, end: int) -> bool:
    """The tail names one body: not generic ("các Khu vực"), not empty once fillers are gone;
    a bare head needs two distinctive words or a number."""
    if phrase_before(toks, end, "bodies.generic_ends.txt"):
        return False
    core = core_words(" ".join(t.text for t in toks[m.start : end]))
    if not core:
        return False
    return m.id == "full" or len(core) >= 2 or core[0].isdigit()


def parent_after(toks: list[Token], end: int, spans: list[Span]) -> tuple[Span | None, int]:
    """The parent unit after a body name, and where the mention's evidence ends."""
    if end >= len(toks) or not (toks[end].text in "-–(" or toks[end].norm in (norm("của"), norm("thuộc"))):
        return None, end
    unit = next((s for s in spans if s.kind == "unit" and s.start == end + 1), None)
    if unit is None:
        return None, end
    closing = toks[end].text == "(" and unit.end < len(toks) and toks[unit.end].text == ")"
    return unit, unit.end + (1 if closing else 0)
