"""Short references to a unit the document names in full: "Sở Tư pháp tỉnh Quảng Ninh đăng cai hội
nghị. Năm 2024, Sở tiếp tục giữ vai trò Cụm trưởng." ("Sở" alone), "Công an tỉnh Hà Giang … Công an
tỉnh được bầu làm Cụm trưởng" (a head and its place word, no place).

A short reference is a capitalised unit head with no name after it ("Sở", "Cục", "Công an"), or a
unit name that ends with a place word of ``units.admin.txt`` ("Công an tỉnh", "Cục Thuế tỉnh", "UBND
huyện"). It stands for the nearest unit before it (in its sentence, else in the sentences before)
whose name begins with the same words and goes on with a capitalised name; failing that, for the
first such unit after it (a headline's "Công an tỉnh nhận cờ Cụm trưởng"). With none, it stands for
nothing and stays as written. "các Sở" (several) is none.

>>> from extractors.phrases import read_tokens
>>> [t.text for t in read_tokens("Sở Tư pháp")][:1]
['Sở']
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from extractors.nlp import norm
from extractors.phrases import Tokens, phrase_at, phrase_before, read_tokens
from extractors.units import Heads, Span, find_spans, read_heads
from schemas.document import Sentence

_CAC = norm("các")


@dataclass(frozen=True)
class FullName:
    text: str  # the full name as the document writes it
    at: int  # its document offset
    sent_start: int  # the start of its sentence


def short_spans(toks: Tokens, spans: list[Span], heads: Heads, barriers: set[int]) -> list[Span]:
    """The short references of a sentence: the units that end with a place word, and bare heads
    (new spans) that no span covers."""
    covered = {k for s in spans for k in range(s.start, s.end)}
    out = [s for s in spans if s.kind == "unit" and place_ended(toks, s)]
    for k, end in heads.units.items():
        if k in covered or k in barriers or any(j in barriers for j in range(k, end)) or not toks[k].is_title:
            continue
        if k and toks[k - 1].norm == _CAC:
            continue
        nxt = toks[end] if end < len(toks) else None
        if nxt is not None and (nxt.is_title or nxt.text[:1].isdecimal() or nxt.text == "("):
            continue
        out.append(Span("unit", k, end))
    return sorted(out, key=lambda s: s.start)


def place_ended(toks: Tokens, span: Span) -> bool:
    """A unit whose name ends with a place word, no place after it: "Công an tỉnh"."""
    k = phrase_before(toks, span.end, "units.admin.txt")
    return bool(k) and span.end - k > span.start and not toks[span.end - 1].is_title


def resolve(short: Span, toks: Tokens, sent: Sentence, sentences: Sequence[Sentence],
            abbreviations: dict[str, str]) -> FullName | None:
    """The unit a short reference stands for (see the module notes), if any."""
    key = tuple(t.norm for t in toks[short.start : short.end])
    text = sent.text[toks[short.start].start : toks[short.end - 1].end]
    here = [f for f in full_names(toks, sent, key, abbreviations) if f.at < sent.start + toks[short.start].start]
    if here:
        return here[-1]
    k = next((k for k, s in enumerate(sentences) if s.start == sent.start), None)
    if k is None:
        return None
    for other in [*reversed(sentences[:k]), *sentences[k + 1 :]]:
        if text not in other.text:
            continue
        found = full_names(read_tokens(other.text), other, key, abbreviations)
        if found:
            return found[-1] if other.start < sent.start else found[0]
    return None


def full_names(toks: Tokens, sent: Sentence, key: tuple[str, ...], abbreviations: dict[str, str]) -> list[FullName]:
    """The units of a sentence whose name opens with the words ``key`` and goes on with a
    capitalised name."""
    n, out = len(key), []
    for s in find_spans(toks, (), read_heads(toks, abbreviations)):
        if s.kind != "unit" or s.end - s.start <= n or tuple(t.norm for t in toks[s.start : s.start + n]) != key:
            continue
        nxt = toks[s.start + n]
        if nxt.is_title and not phrase_at(toks, s.start + n, "units.admin.txt"):
            a = toks[s.start].start
            out.append(FullName(sent.text[a : toks[s.end - 1].end], sent.start + a, sent.start))
    return out
