"""Helpers the award, person and campaign rules share: lexicons of phrases over syllable norms,
the document's lines (lists, tables and signature blocks are laid out by line), its sentences
with those a wrapped line cut joined again, and the pattern files matched over a sentence.

>>> [c for c in cells("1 | Sở Tư pháp | 98,5")]
[(0, 1), (4, 14), (17, 21)]
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from extractors.base import Context
from extractors.nlp import Match, Token, load_lexicon, syllables
from extractors.phrases import match_patterns, read_tokens
from schemas.document import Sentence

Phrases = dict[str, list[tuple[str, ...]]]


def load_phrases(name: str) -> Phrases:
    """A lexicon of phrases indexed by the norm of their first syllable, longest first."""
    index: Phrases = {}
    for line in load_lexicon(name):
        key = tuple(t.norm for t in syllables(line))
        index.setdefault(key[0], []).append(key)
    for entries in index.values():
        entries.sort(key=len, reverse=True)
    return index


def merge_phrases(*indexes: Phrases) -> Phrases:
    """One index of the phrases of several, longest first."""
    merged: Phrases = {}
    for index in indexes:
        for key, entries in index.items():
            merged[key] = sorted(set(merged.get(key, [])) | set(entries), key=len, reverse=True)
    return merged


def phrase_at(toks: list[Token], i: int, index: Phrases) -> int:
    """Length in tokens of the longest lexicon phrase starting at token ``i`` (0: none)."""
    if i >= len(toks):
        return 0
    for key in index.get(toks[i].norm, ()):
        if tuple(t.norm for t in toks[i : i + len(key)]) == key:
            return len(key)
    return 0


def phrase_before(toks: list[Token], i: int, index: Phrases) -> int:
    """Start of the longest lexicon phrase ending right before token ``i`` (``i``: none)."""
    for k in range(max(0, i - 6), i):
        if phrase_at(toks, k, index) == i - k:
            return k
    return i


def find_patterns(pattern_file: str, text: str) -> list[Match]:
    """The matches of a span-ruler pattern file over ``text``'s syllables (indexes into
    ``nlp.syllables(text)``), the longest first at a place."""
    return match_patterns(pattern_file, read_tokens(text))


# --- lines ------------------------------------------------------------------------------------

WRAP_MIN = 60  # a line this long that ends in mid sentence was wrapped
WRAP_ENDS = frozenset(".!?:;…")
OPENERS = frozenset("“\"«‘'([-–—")  # a line opening with a quotation, a bracket or a dash starts anew
# a list item's marker at a line's start: "1.", "2)", "a)", "-", "+", "•"
LIST_MARKER = re.compile(r"(?:\d{1,3}|[a-zđ])[.)](?!\d)\s*|[-–+•·*]\s*")
# a line's text without the spaces around it
LINE_RE = re.compile(r"[^\S\n]*(\S[^\n]*?)[^\S\n]*(?:\n|$)")


def body_lines(ctx: Context) -> list[Sentence]:
    """The non-blank lines of the article's own text, as sentences with offsets: lists,
    tables and signature blocks are laid out by line, and the sentence splitter cuts
    "1. Sở Tư pháp;" or "KT. CHỦ TỊCH" apart."""
    return list(_lines(ctx.doc.body))


@lru_cache(maxsize=4)
def _lines(body: str) -> tuple[Sentence, ...]:
    return tuple(Sentence(m.start(1), m.end(1), m.group(1)) for m in LINE_RE.finditer(body) if m.group(1))


def reading_sentences(ctx: Context) -> list[Sentence]:
    """The article's sentences, with a sentence that a wrapped line cut (a PDF's line break
    before a capital: "… Giám đốc Công ty Xăng dầu" / "Quảng Ngãi, được tặng …") joined again, and
    without a line of other articles' headlines ("Related: A | B")."""
    text, out = ctx.doc.text, []
    related = related_lines(text)
    for sent in ctx.sentences:
        if related and any(a <= sent.start < b for a, b in related):
            continue
        if out and is_wrapped(text, out[-1], sent):
            out[-1] = Sentence(out[-1].start, sent.end, text[out[-1].start : sent.end])
        else:
            out.append(sent)
    return out


@lru_cache(maxsize=4)
def related_lines(text: str) -> tuple[tuple[int, int], ...]:
    """Offsets of the lines that open with a label of other articles and a colon: "Related: A | B"."""
    low, out = text.lower(), []
    if len(low) != len(text):  # (a letter whose lower case is longer: offsets would not hold)
        return ()
    for label in RELATED_LABELS:
        at = low.find(label)
        while at >= 0:
            start = low.rfind("\n", 0, at) + 1
            end = low.find("\n", at)
            end = len(low) if end < 0 else end
            if not low[start:at].strip() and low[at + len(label) :].lstrip(" \t").startswith(":"):
                out.append((start, end))
            at = low.find(label, end)
    return tuple(out)


RELATED_LABELS = tuple(w.lower() for w in load_lexicon("lines.related.txt"))


def is_wrapped(text: str, prev: Sentence, sent: Sentence) -> bool:
    """Whether ``sent`` goes on with ``prev`` across a line break: a long line ending in mid
    sentence, neither line a heading in capitals, a table row or a list item."""
    gap = text[prev.end : sent.start]
    if gap.count("\n") != 1 or gap.strip():
        return False
    line = text[text.rfind("\n", 0, prev.end) + 1 : prev.end]
    if len(line) < WRAP_MIN or line[-1] in WRAP_ENDS or line.isupper() or "|" in line:
        return False
    return not (sent.text.isupper() or "|" in sent.text or LIST_MARKER.match(sent.text) or sent.text[0] in OPENERS)


# --- tables -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Table:
    caption: Sentence | None  # the line before the table: "3. Kết quả bình xét, suy tôn:"
    header: Sentence
    rows: list[Sentence]


def tables(lines: list[Sentence]) -> Iterator[Table]:
    """Runs of two or more lines with cells apart by " | "."""
    k = 0
    while k < len(lines):
        j = k
        while j < len(lines) and "|" in lines[j].text:
            j += 1
        if j - k >= 2:
            yield Table(lines[k - 1] if k else None, lines[k], lines[k + 1 : j])
        k = max(j, k + 1)


def cells(text: str) -> list[tuple[int, int]]:
    """Character spans of a table row's cells (apart by "|"), without the spaces around them."""
    out, start = [], 0
    for part in text.split("|"):
        lead = len(part) - len(part.lstrip())
        out.append((start + lead, start + len(part.rstrip())))
        start += len(part) + 1
    return out
