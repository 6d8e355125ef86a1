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
from typing import NamedTuple

PATTERN_DIR = Path(__file__).parent / "patterns"

# a syllable, a number or code ("30/11", "05-CT/TW", "TP.HCM"), or one punctuation mark
TOKEN_RE = re.compile(r"\w+(?:[./&'’-]\w+)*|[^\w\s]")


class Token(NamedTuple):
    """A syllable or punctuation mark (a named tuple: sentences are cut into hundreds of thousands
    of them, and a tuple is built three times faster than a frozen dataclass)."""

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


# Sentence-level caches hold a few hundred sentences (a few MiB): enough for every rule of a
# document to read a sentence once, and for near-copies of a document that follow each other;
# larger ones kept a worker's memory growing for tens of thousands of documents.
@lru_cache(maxsize=1024)
def _syllables(text: str) -> tuple[Token, ...]:
    return tuple(Token(m.group(), m.start(), m.end(), norm(m.group())) for m in TOKEN_RE.finditer(text))


@lru_cache(maxsize=512)
def _pos_tag(text: str) -> tuple[tuple[str, str], ...]:
    """underthesea's ``pos_tag``: its word segmenter, then its CRF tagger fed the same features
    by ``_pos_features`` (underthesea builds them in time quadratic in the sentence's length)."""
    tagger = _pos_tagger()
    if tagger is None:
        from underthesea import pos_tag

        return tuple(pos_tag(text))
    from underthesea import word_tokenize

    words = word_tokenize(text)
    model, template = tagger
    return tuple(zip(words, model.tag(_pos_features(words, template)), strict=True))


# underthesea's feature syntax: "T[-1].lower", "T[-1,0]", "T[-3,-2][1]" (row offsets, column, function)
_FEATURE_RE = re.compile(r"T\[(-?\d+)(?:,(-?\d+))?\](?:\[(\d+)\])?(?:\.(\w+))?")


@cache
def _pos_tagger() -> tuple[object, tuple[tuple[str, int, int | None, int, str | None], ...]] | None:
    """underthesea's CRF part-of-speech model and its feature template, parsed; None when this
    version of underthesea lays them out otherwise (``_pos_tag`` then calls ``pos_tag``)."""
    try:
        from underthesea.pipeline.pos_tag.model_crf import CRFPOSTagPredictor

        predictor = CRFPOSTagPredictor.Instance()
        template = []
        for syntax in predictor.transformer.template:
            m = _FEATURE_RE.fullmatch(syntax)
            if m is None or m.group(4) not in (None, "lower", "istitle"):
                return None
            index2 = int(m.group(2)) if m.group(2) else None
            template.append((syntax + "=", int(m.group(1)), index2, int(m.group(3) or 0), m.group(4)))
        return predictor.model, tuple(template)
    except Exception:  # another underthesea: the library's own path
        return None


def _is_title_words(word: str) -> str:
    """underthesea's ``istitle`` feature: every space-separated part opens with a capital."""
    return str(bool(word) and all(part[:1].istitle() for part in word.split(" ")))


def _pos_features(words: list[str], template) -> list[list[str]]:
    """The features underthesea's tagger reads for each word (its ``word2features``, with the
    tag column all "X" as its ``predict`` gives it), built a template entry at a time."""
    n = len(words)
    if not n:
        return []
    columns = (words, ["X"] * n)
    rows: list[list[str]] = [[] for _ in range(n)]
    for prefix, i1, i2, col, func in template:
        width = 0 if i2 is None else i2 - i1
        src = columns[col] if not width else [" ".join(columns[col][k : k + width + 1]) for k in range(n - width)]
        if func == "lower":
            src = [w.lower() for w in src]
        elif func == "istitle":
            src = [_is_title_words(w) for w in src]
        bos, eos = prefix + "BOS", prefix + "EOS"
        for i, row in enumerate(rows):
            k = i + i1
            row.append(bos if k < 0 else eos if k + width >= n else prefix + src[k])
    return rows


def tag_syllables(text: str) -> list[Token]:
    """Syllables of ``text`` with the underthesea POS tag of the word each belongs to (tagged once
    per distinct sentence: several extractors ask for the same one)."""
    return list(_tag_syllables(text))


@lru_cache(maxsize=512)
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


TAG_CHUNK = 24  # syllables whose tags one call of the tagger keeps
TAG_CONTEXT = 6  # syllables read on each side of a chunk (the tagger reads words across a cut)


class LazyToken:
    """A syllable of a ``LazyTokens`` sentence: ``tag`` and ``word_start`` (as on ``Token``) are
    read the first time a rule asks for them."""

    __slots__ = ("text", "start", "end", "norm", "_owner", "_index")

    def __init__(self, tok: Token, owner: LazyTokens, index: int):
        self.text, self.start, self.end, self.norm = tok.text, tok.start, tok.end, tok.norm
        self._owner, self._index = owner, index

    @property
    def tag(self) -> str:
        return self._owner.tagged(self._index)[0]

    @property
    def word_start(self) -> bool:
        return self._owner.tagged(self._index)[1]

    @property
    def is_title(self) -> bool:
        return self.text[:1].isupper()


class LazyTokens(list):
    """The syllables of a sentence, tagged a chunk at a time on demand: a rule that asks for the
    tag of one syllable pays for the tagging of ``TAG_CHUNK`` syllables (and ``TAG_CONTEXT`` on
    each side), not of the whole sentence. A sentence of one chunk and its context is tagged
    whole; the tags of a chunk are those of the whole sentence (the tagger's features reach two
    words either side; checked on the gold sets and the domain corpus)."""

    def __init__(self, text: str):
        toks = syllables(text)
        super().__init__(LazyToken(t, self, k) for k, t in enumerate(toks))
        self.text = text
        self._tags: dict[int, tuple[str, bool]] = {}

    def tagged(self, k: int) -> tuple[str, bool]:
        found = self._tags.get(k)
        if found is None:
            self._tag_chunk(k // TAG_CHUNK)
            found = self._tags.get(k, ("", True))
        return found

    def _tag_chunk(self, c: int) -> None:
        n = len(self)
        lo, hi = c * TAG_CHUNK, min(n, (c + 1) * TAG_CHUNK)
        a, b = max(0, lo - TAG_CONTEXT), min(n, hi + TAG_CONTEXT)
        if a == 0 and b == n:  # the whole sentence, as ``tag_syllables`` reads it
            lo, hi, base, window = 0, n, 0, self.text
        else:
            base = self[a].start
            window = self.text[base : self[b - 1].end]
        starts = {self[k].start - base: k for k in range(a, b)}
        for t in _tag_syllables(window):
            k = starts.get(t.start)
            if k is not None and lo <= k < hi:
                self._tags[k] = (t.tag, t.word_start)
        for k in range(lo, hi):
            self._tags.setdefault(k, ("", True))


@lru_cache(maxsize=256)
def lazy_tokens(text: str) -> LazyTokens:
    """``LazyTokens`` of a sentence, read once however many rules ask (treat as read-only)."""
    return LazyTokens(text)


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
