"""Vietnamese tokens for the rules: syllables with offsets, underthesea part-of-speech tags
aligned back onto them, and a spaCy ``Doc`` per sentence on which the pattern files run.

underthesea segments words and tags them but returns no offsets and may rewrite characters,
so its words are aligned back onto the sentence's syllables here; the rules only ever see
offsets into the stored text.

>>> [t.text for t in syllables("Cụm thi đua số III - Bộ Tư pháp, năm 2022.")]
['Cụm', 'thi', 'đua', 'số', 'III', '-', 'Bộ', 'Tư', 'pháp', ',', 'năm', '2022', '.']
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path

PATTERN_DIR = Path(__file__).parent / "patterns"

# a syllable, a number or code ("30/11", "05-CT/TW", "TP.HCM"), or one punctuation mark
TOKEN_RE = re.compile(r"\w+(?:[./&'’-]\w+)*|[^\w\s]")


@dataclass(frozen=True)
class Token:
    text: str
    start: int  # offsets relative to the string that was tokenised
    end: int
    norm: str  # lowercase NFC, tone marks in one fixed position
    tag: str = ""  # underthesea POS of the word this syllable belongs to (N, Np, V, A, E, CH, …)
    word_start: bool = True  # first syllable of an underthesea word

    @property
    def is_title(self) -> bool:
        return self.text[:1].isupper()


_TONE_DIGITS = {"\u0300": "2", "\u0301": "1", "\u0303": "4", "\u0309": "3", "\u0323": "5"}


@lru_cache(maxsize=100_000)
def norm(word: str) -> str:
    """Lowercase NFC with the tone mark in one fixed position, so old-style "hoà" and new-style
    "hòa" are equal: ``norm("HOÀ") == norm("hòa") == "hoa2"``."""
    decomposed = unicodedata.normalize("NFD", word.casefold())
    tone = "".join(_TONE_DIGITS[ch] for ch in decomposed if ch in _TONE_DIGITS)
    base = "".join(ch for ch in decomposed if ch not in _TONE_DIGITS)
    return unicodedata.normalize("NFC", base) + tone[-1:]


def syllables(text: str) -> list[Token]:
    """Split a sentence into syllables and punctuation marks, with their offsets."""
    return list(_syllables(text))


@lru_cache(maxsize=8192)
def _syllables(text: str) -> tuple[Token, ...]:
    return tuple(Token(m.group(), m.start(), m.end(), norm(m.group())) for m in TOKEN_RE.finditer(text))


@lru_cache(maxsize=4096)
def _pos_tag(text: str) -> tuple[tuple[str, str], ...]:
    from underthesea import pos_tag

    return tuple(pos_tag(text))


def tag_syllables(text: str) -> list[Token]:
    """Syllables of ``text`` with the underthesea POS tag of the word each belongs to (tagged once
    per distinct sentence: several extractors ask for the same one)."""
    return list(_tag_syllables(text))


@lru_cache(maxsize=4096)
def _tag_syllables(text: str) -> tuple[Token, ...]:
    return tuple(_align_tags(text))


def _align_tags(text: str) -> list[Token]:
    toks = syllables(text)
    try:
        words = _pos_tag(text)
    except Exception:  # the tagger's own failure must not lose the sentence
        return toks
    out: list[Token] = []
    i = 0
    for word, tag in words:
        parts = syllables(word)
        for k, part in enumerate(parts):
            if i < len(toks) and toks[i].norm == part.norm:
                t = toks[i]
                out.append(Token(t.text, t.start, t.end, t.norm, tag, k == 0))
                i += 1
            elif i < len(toks):  # the tagger rewrote or split differently: resynchronise
                j = next((j for j in range(i, min(i + 4, len(toks))) if toks[j].norm == part.norm), None)
                if j is None:
                    continue
                out.extend(toks[i:j])
                t = toks[j]
                out.append(Token(t.text, t.start, t.end, t.norm, tag, k == 0))
                i = j + 1
    out.extend(toks[i:])
    return out


def load_patterns(name: str) -> list[dict]:
    """Read a spaCy span-ruler pattern file (JSONL) from ``patterns/``, normalising every
    ``NORM`` value the way token norms are, so pattern files stay plain Vietnamese."""
    rows = []
    for line in (PATTERN_DIR / name).read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.lstrip().startswith("//"):
            continue
        row = json.loads(line)
        if isinstance(row["pattern"], list):
            for spec in row["pattern"]:
                if "NORM" in spec:
                    v = spec["NORM"]
                    spec["NORM"] = {"IN": [norm(x) for x in v["IN"]]} if isinstance(v, dict) else norm(v)
        rows.append(row)
    return rows


def load_lexicon(name: str) -> list[str]:
    """One entry a line from ``patterns/NAME``; ``#`` starts a comment."""
    out = []
    for line in (PATTERN_DIR / name).read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            out.append(line)
    return out


@cache
def _ruler(pattern_file: str):
    import spacy

    nlp = spacy.blank("vi", config={"nlp": {"tokenizer": {"use_pyvi": False}}})
    ruler = nlp.add_pipe("span_ruler", config={"spans_key": "ruler", "overwrite": False})
    ruler.add_patterns(load_patterns(pattern_file))
    return nlp


@dataclass(frozen=True)
class Match:
    label: str
    id: str  # the pattern's "id": which family of phrasing it belongs to
    start: int  # token indexes into the token list
    end: int


def match_patterns(pattern_file: str, text: str, toks: list[Token]) -> list[Match]:
    """Run the span-ruler patterns of ``pattern_file`` over the tokens; longest first at a place."""
    if not toks:
        return []
    nlp = _ruler(pattern_file)
    from spacy.tokens import Doc

    spaces = [text[t.end : t.end + 1].isspace() for t in toks]
    doc = Doc(nlp.vocab, words=[t.text for t in toks], spaces=spaces, tags=[t.tag or "X" for t in toks])
    for st, t in zip(doc, toks, strict=True):
        st.norm_ = t.norm
    doc = nlp(doc)
    spans = sorted(doc.spans["ruler"], key=lambda s: (s.start, -(s.end - s.start)))
    return [Match(s.label_, s.id_, s.start, s.end) for s in spans]
