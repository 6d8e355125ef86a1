"""Token-level helpers shared by the body, chair and member rules: lexicon phrases over token
norms, cheap pre-tests from pattern files, numbers and years, and reading a sentence's tokens.

>>> toks = read_tokens("Cụm thi đua số III năm 2023")
>>> [is_number(t) for t in toks][3:5], is_year(toks[-1])
([False, True], True)
"""

from __future__ import annotations

import re
from functools import cache

from extractors.base import YEAR_RE
from extractors.nlp import TOKEN_RE, Match, Token, load_lexicon, load_patterns, norm, syllables, tag_syllables

NOUN_TAGS = ("N", "Np", "Nc", "Nu", "Ny", "Nb")
ROMAN = frozenset({"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV",
                   "XV", "XVI", "XVII", "XVIII", "XIX", "XX"})
_WORD_RE = re.compile(r"\w+")


# --- lexicons ---------------------------------------------------------------------------------


@cache
def phrases(name: str) -> dict[str, tuple[tuple[str, ...], ...]]:
    """A lexicon file as token-norm tuples, indexed by their first norm (longest first)."""
    index: dict[str, list[tuple[str, ...]]] = {}
    for entry in load_lexicon(name):
        norms = tuple(t.norm for t in syllables(entry))
        if norms:
            index.setdefault(norms[0], []).append(norms)
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in index.items()}


@cache
def words(name: str) -> frozenset[str]:
    """Every syllable norm of a lexicon file (for word-by-word walks)."""
    return frozenset(t.norm for entry in load_lexicon(name) for t in syllables(entry))


def phrase_at(toks: list[Token], i: int, name: str) -> int:
    """Length in tokens of the longest entry of lexicon ``name`` starting at token ``i`` (0: none)."""
    if not 0 <= i < len(toks):
        return 0
    for entry in phrases(name).get(toks[i].norm, ()):
        if tuple(t.norm for t in toks[i : i + len(entry)]) == entry:
            return len(entry)
    return 0


def phrase_before(toks: list[Token], i: int, name: str) -> int:
    """Length of the longest entry of lexicon ``name`` that ends just before token ``i``."""
    best = 0
    for k in range(max(0, i - 4), i):
        n = phrase_at(toks, k, name)
        if n == i - k:
            best = max(best, n)
    return best


@cache
def first_words(pattern_file: str) -> frozenset[str]:
    """Norms that every match of a pattern file must contain (the first required token of each
    pattern): a cheap test before a sentence is tagged."""
    out: set[str] = set()
    for row in load_patterns(pattern_file):
        spec = next(t for t in row["pattern"] if t.get("OP") not in ("?", "*"))
        value = spec.get("NORM", "")
        out.update(value["IN"] if isinstance(value, dict) else [value])
    return frozenset(out)


def may_match(pattern_file: str, text: str) -> bool:
    """Whether ``text`` holds one of the ``first_words`` of a pattern file."""
    found = first_words(pattern_file)
    return any(norm(w) in found for w in _WORD_RE.findall(text))


def pick_longest(matches: list[Match]) -> list[Match]:
    """Non-overlapping pattern matches, the longest first at each place (they come sorted so)."""
    out: list[Match] = []
    for m in matches:
        if not out or m.start >= out[-1].end:
            out.append(m)
    return out


# --- numbers and years ------------------------------------------------------------------------


def is_year(tok: Token) -> bool:
    return bool(YEAR_RE.fullmatch(tok.text))


def is_roman(tok: Token) -> bool:
    return tok.text in ROMAN


def is_number(tok: Token) -> bool:
    """A body or unit number: "5", "05", "III" (never a year)."""
    return (tok.text.isdigit() and not is_year(tok)) or is_roman(tok)


# --- tokens -----------------------------------------------------------------------------------


def token_ranges(toks: list[Token], char_ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Token ranges covering character ranges of the same text (empty ones left out)."""
    out = []
    for a, z in char_ranges:
        idx = [k for k, t in enumerate(toks) if a <= t.start < z]
        if idx:
            out.append((idx[0], idx[-1] + 1))
    return out


def read_tokens(text: str) -> list[Token]:
    """Tagged syllables of a sentence. An all-capitals line ("KHỐI THI ĐUA … TỔNG KẾT …") is
    read as lower case (capitals tell nothing there, and the tagger reads it badly), except its
    Roman numerals; the offsets are those of the text itself."""
    if not shouting(text):
        return tag_syllables(text)
    low = TOKEN_RE.sub(lambda m: m.group() if m.group() in ROMAN else m.group().lower(), text)
    return tag_syllables(low) if len(low) == len(text) else tag_syllables(text)


def shouting(text: str) -> bool:
    """Whether a line is written in capitals (a headline)."""
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 12 and sum(c.isupper() for c in letters) > 0.8 * len(letters)
