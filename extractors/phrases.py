"""Token-level helpers shared by the body, chair and member rules: a sentence's syllables (read
once, tagged only where a rule asks), pattern files matched over syllable norms, lexicon
phrases, cheap pre-tests, numbers and years.

The cascade is the cheap pass first: a sentence is split into syllables with plain regular
expressions; the pattern files of ``patterns/`` (spaCy span-ruler JSONL) are matched over the
syllable norms; underthesea's part-of-speech tagger, the slow step, runs only when a rule must
tell a noun from a verb that no lexicon settles, and then over a short window of the sentence.

>>> toks = read_tokens("Cụm thi đua số III năm 2023")
>>> [is_number(t) for t in toks][3:5], is_year(toks[-1])
([False, True], True)
"""

from __future__ import annotations

import importlib.util
import re
from functools import cache, lru_cache
from pathlib import Path

from extractors.base import YEAR_RE
from extractors.nlp import TOKEN_RE, Match, Token, load_lexicon, load_patterns, norm, tag_syllables

NOUN_TAGS = ("N", "Np", "Nc", "Nu", "Ny", "Nb")
ROMAN = frozenset({"I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV",
                   "XV", "XVI", "XVII", "XVIII", "XIX", "XX"})
_WORD_RE = re.compile(r"\w+")
TAG_MARGIN = 3  # syllables of context on each side of a tagged window
TAG_WINDOW = 12  # syllables tagged at a time


# --- a sentence's tokens ----------------------------------------------------------------------


class Tokens(list):
    """The syllables of one sentence (``nlp.Token``), with part-of-speech tags on demand:
    ``tag(j)`` and ``word_start(j)`` tag a window of a dozen syllables around ``j`` the first
    time one of them is asked for, and keep the answer."""

    def __init__(self, text: str, toks: list[Token], tag_text: str):
        super().__init__(toks)
        self.text = text
        self._tag_text = tag_text  # the text the tagger reads (lower case for a headline)
        self._tags: dict[int, tuple[str, bool]] = {}
        self.heads = None  # the unit heads of the sentence, once read (``units.read_heads``)
        self.spans: dict = {}  # its spans by barriers and heads, once read (``units.find_spans``)

    def tag(self, j: int) -> str:
        """underthesea's tag of the word that syllable ``j`` belongs to ("N", "V", "Np", …)."""
        return self._tagged(j)[0]

    def word_start(self, j: int) -> bool:
        """Whether syllable ``j`` opens a word (``False``: "nghị" of "Hội nghị"): looked up in
        underthesea's word list, else asked of the tagger."""
        found = in_dictionary(self, j)
        return not found if found is not None else self._tagged(j)[1]

    def _tagged(self, j: int) -> tuple[str, bool]:
        if j not in self._tags:
            self._tag_window(j)
        return self._tags.get(j, ("", True))

    def _tag_window(self, j: int) -> None:
        """Tag syllables ``j - TAG_MARGIN`` to ``j + TAG_WINDOW``; keep the tags of those at
        least ``TAG_MARGIN`` syllables from a cut edge (the tagger reads words across it)."""
        a, b = max(0, j - TAG_MARGIN), min(len(self), j + TAG_WINDOW)
        lo, hi = (a + TAG_MARGIN if a else 0), (b - TAG_MARGIN if b < len(self) else b)
        base = self[a].start
        for t in tag_syllables(self._tag_text[base : self[b - 1].end]):
            k = self._index_at(base + t.start, a, b)
            if k is not None and lo <= k < hi and k not in self._tags:
                self._tags[k] = (t.tag, t.word_start)
        for k in range(lo, hi):
            self._tags.setdefault(k, ("", True))

    def _index_at(self, offset: int, a: int, b: int) -> int | None:
        return next((k for k in range(a, b) if self[k].start == offset), None)


@lru_cache(maxsize=65536)
def syllable_norm(word: str) -> str:
    """``nlp.norm`` of one syllable, remembered (a text has few distinct syllables). An acronym written with dots,
    as old documents write them ("H.T.X", "U.B.N.D."), has the norm of the acronym without them ("HTX")."""
    if "." in word and DOTTED_ACRONYM_RE.fullmatch(word):
        return norm(word.replace(".", ""))
    return norm(word)


DOTTED_ACRONYM_RE = re.compile(r"(?:[A-ZĐ]\.){1,5}[A-ZĐ]\.?")


_norm = syllable_norm


@cache
def _dictionary() -> frozenset[str] | None:
    """Words of two syllables or more from underthesea's word list (Viet74K), as syllable norms
    joined by spaces; None when the list cannot be found."""
    spec = importlib.util.find_spec("underthesea")
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(spec.submodule_search_locations[0]) / "corpus" / "data" / "Viet74K.txt"
    if not path.is_file():
        return None
    entries = {line for line in path.read_text(encoding="utf-8").lower().splitlines() if " " in line}
    return frozenset(" ".join(_norm(w) for w in entry.split()) for entry in entries)


def load_dictionary() -> None:
    """Read the word list now (with the rules), not when a document first needs it: a worker's
    memory then stays level instead of stepping up mid-run."""
    _dictionary()


def in_dictionary(toks: list[Token], j: int) -> bool | None:
    """Whether syllable ``j`` ends a word of two or three syllables of the word list with the one
    or two before it ("Hội nghị", "Ngân hàng Chính sách"); None without a word list."""
    words_ = _dictionary()
    if words_ is None:
        return None
    if j == 0 or not (toks[j].text.isalpha() and toks[j - 1].text.isalpha()):
        return False
    pair = f"{toks[j - 1].norm} {toks[j].norm}"
    return pair in words_ or (j >= 2 and toks[j - 2].text.isalpha() and f"{toks[j - 2].norm} {pair}" in words_)


def noun_at(toks: Tokens, j: int) -> bool:
    """Whether the lower-case word at ``j`` reads as a noun of a name: the lexicons of name words
    and of function words decide (the longer entry wins), else the tagger."""
    name = phrase_at(toks, j, "units.name_words.txt")
    function = phrase_at(toks, j, "units.function_words.txt")
    if name or function:
        return name > function
    return toks.tag(j) in NOUN_TAGS


@lru_cache(maxsize=2048)
def read_tokens(text: str) -> Tokens:
    """The syllables of a sentence, read once however many rules ask. An all-capitals line
    ("KHỐI THI ĐUA … TỔNG KẾT …") is read as lower case (capitals tell nothing there), except
    its Roman numerals; the offsets are those of the text itself."""
    low = text
    if shouting(text):
        low = TOKEN_RE.sub(lambda m: m.group() if m.group() in ROMAN else m.group().lower(), text)
        low = low if len(low) == len(text) else text
    toks = [Token(m.group(), m.start(), m.end(), _norm(m.group())) for m in TOKEN_RE.finditer(low)]
    return Tokens(text, toks, low)


def shouting(text: str) -> bool:
    """Whether a line is written in capitals (a headline)."""
    letters = [c for c in text if c.isalpha()]
    return len(letters) >= 12 and sum(c.isupper() for c in letters) > 0.8 * len(letters)


# --- pattern files ----------------------------------------------------------------------------


@cache
def _compiled(pattern_file: str) -> tuple[dict[str, list[tuple]], list[tuple]]:
    """The patterns of a file, indexed by the norms their first consumed token may have; those
    that may open with any token (a digit, a punctuation mark) apart."""
    index: dict[str, list[tuple]] = {}
    anywhere: list[tuple] = []
    for row in load_patterns(pattern_file):
        specs = tuple(_as_sets(spec) for spec in row["pattern"])
        entry = (row["label"], row.get("id", ""), specs)
        firsts = first_norms(specs)
        if firsts is None:
            anywhere.append(entry)
        for n in firsts or ():
            index.setdefault(n, []).append(entry)
    return index, anywhere


def _as_sets(spec: dict) -> dict:
    """A token spec whose ``IN`` lists are frozensets, so that ``token_fits`` tests a token in one step
    however long the list (the pattern files keep spaCy's lists)."""
    out = dict(spec)
    for key in ("NORM", "ORTH"):
        if isinstance(out.get(key), dict) and "IN" in out[key]:
            out[key] = {**out[key], "IN": frozenset(out[key]["IN"])}
    return out


def first_norms(specs: tuple[dict, ...]) -> set[str] | None:
    """Keys of the first consumed token of a pattern (None: any token may open it): its norms, its
    text as ``_ORTH`` + text, ``_DIGIT`` for a number (``token_keys``)."""
    out: set[str] = set()
    for spec in specs:
        value, orth = spec.get("NORM"), spec.get("ORTH")
        if value is not None:
            out.update(value["IN"] if isinstance(value, dict) else [value])
        elif orth is not None:
            out.update(_ORTH + o for o in (orth["IN"] if isinstance(orth, dict) else [orth]))
        elif spec.get("IS_DIGIT") is True:
            out.add(_DIGIT)
        else:
            return None
        if spec.get("OP") not in ("?", "*"):
            return out
    return None


_ORTH, _DIGIT = "\x00orth:", "\x00digit"


@cache
def _keyed(pattern_file: str) -> bool:
    """Whether some pattern of the file opens with a number or a given mark (``first_norms``)."""
    return any(key.startswith("\x00") for key in _compiled(pattern_file)[0])


def token_keys(tok: Token) -> tuple[str, ...]:
    """The keys a token opens patterns under (``first_norms``)."""
    return (tok.norm, _ORTH + tok.text, _DIGIT) if tok.text.isdecimal() else (tok.norm, _ORTH + tok.text)


def token_fits(spec: dict, tok: Token) -> bool:
    value = spec.get("NORM")
    if value is not None and not (tok.norm in value["IN"] if isinstance(value, dict) else tok.norm == value):
        return False
    orth = spec.get("ORTH")
    if orth is not None and not (tok.text in orth["IN"] if isinstance(orth, dict) else tok.text == orth):
        return False
    return "IS_DIGIT" not in spec or tok.text.isdecimal() == spec["IS_DIGIT"]


def match_ends(specs: tuple[dict, ...], toks: list[Token], i: int) -> set[int]:
    """Every token index where a match of ``specs`` from token ``i`` may end."""
    ends = {i}
    for spec in specs:
        op = spec.get("OP")
        step = {k + 1 for k in ends if k < len(toks) and token_fits(spec, toks[k])}
        if op == "?":
            ends |= step
        elif op in ("*", "+"):
            grown, frontier = set(step), step
            while frontier:
                frontier = {k + 1 for k in frontier if k < len(toks) and token_fits(spec, toks[k])} - grown
                grown |= frontier
            ends = ends | grown if op == "*" else grown
        else:
            ends = step
        if not ends:
            return ends
    return ends


@lru_cache(maxsize=8192)
def _matches(pattern_file: str, text: str) -> tuple[Match, ...]:
    toks = read_tokens(text)
    index, anywhere = _compiled(pattern_file)
    out = []
    keyed = _keyed(pattern_file)
    for i, tok in enumerate(toks):
        entries = index.get(tok.norm, [])
        if keyed:  # patterns that open with a number or a given mark
            entries = entries + [e for key in token_keys(tok)[1:] for e in index.get(key, ())]
        for label, pid, specs in entries + anywhere if anywhere else entries:
            out += [Match(label, pid, i, end) for end in match_ends(specs, toks, i) if end > i]
    out.sort(key=lambda m: (m.start, -(m.end - m.start)))
    return tuple(dict.fromkeys(out))


def match_patterns(pattern_file: str, toks: Tokens) -> list[Match]:
    """Matches of the span-ruler patterns of ``pattern_file`` over a sentence's syllable norms
    (NORM, NORM IN, ORTH, ORTH IN, IS_DIGIT and the operators ?, *, +), the longest first at a place."""
    return list(_matches(pattern_file, toks.text))


# --- lexicons ---------------------------------------------------------------------------------


@cache
def phrases(name: str) -> dict[str, tuple[tuple[str, ...], ...]]:
    """A lexicon file as token-norm tuples, indexed by their first norm (longest first)."""
    index: dict[str, list[tuple[str, ...]]] = {}
    for entry in load_lexicon(name):
        norms = tuple(_norm(m.group()) for m in TOKEN_RE.finditer(entry))
        if norms:
            index.setdefault(norms[0], []).append(norms)
    return {k: tuple(sorted(v, key=len, reverse=True)) for k, v in index.items()}


@cache
def words(name: str) -> frozenset[str]:
    """Every syllable norm of a lexicon file (for word-by-word walks)."""
    return frozenset(_norm(m.group()) for entry in load_lexicon(name) for m in TOKEN_RE.finditer(entry))


def phrase_at(toks: list[Token], i: int, name: str) -> int:
    """Length in tokens of the longest entry of lexicon ``name`` starting at token ``i`` (0: none)."""
    if not 0 <= i < len(toks):
        return 0
    for entry in phrases(name).get(toks[i].norm, ()):
        if len(entry) == 1 or tuple(t.norm for t in toks[i : i + len(entry)]) == entry:
            return len(entry)
    return 0


def phrase_before(toks: list[Token], i: int, name: str) -> int:
    """Length of the longest entry of lexicon ``name`` that ends just before token ``i``."""
    index = phrases(name)
    for k in range(max(0, i - 6), i):
        for entry in index.get(toks[k].norm, ()):
            if len(entry) == i - k and tuple(t.norm for t in toks[k:i]) == entry:
                return i - k
    return 0


def find_phrase(toks: list[Token], name: str, start: int = 0, end: int | None = None) -> int | None:
    """Index of the first token from ``start`` where an entry of lexicon ``name`` begins (only the tokens that
    open an entry are read further)."""
    firsts = phrases(name)
    stop = len(toks) if end is None else min(end, len(toks))
    return next((k for k in range(start, stop) if toks[k].norm in firsts and phrase_at(toks, k, name)), None)


@cache
def first_words(pattern_file: str) -> frozenset[str]:
    """Norms that every match of a pattern file must contain (the first required token of each
    pattern matched by its norm, past a bracket or a number: "(07 đơn vị):"): a cheap test before a
    sentence is read."""
    out: set[str] = set()
    for row in load_patterns(pattern_file):
        spec = next((t for t in row["pattern"] if t.get("OP") not in ("?", "*") and "NORM" in t),
                    next(t for t in row["pattern"] if t.get("OP") not in ("?", "*")))
        value = spec.get("NORM", "")
        out.update(value["IN"] if isinstance(value, dict) else [value])
    return frozenset(out)


def may_match(pattern_file: str, text: str) -> bool:
    """Whether ``text`` holds one of the ``first_words`` of a pattern file, and, for one pattern at
    least, a norm of each token the pattern requires (a pattern opened by a common word, "kết" of
    "kết nạp thêm", asks for all its words before a sentence is read)."""
    if first_words(pattern_file).isdisjoint(_word_norms(text)):
        return False
    norms = _all_norms(text)
    return any(all(need & norms for need in required) for required in required_norms(pattern_file))


@lru_cache(maxsize=2048)
def _word_norms(text: str) -> frozenset[str]:
    """The norms of a text's words (``_WORD_RE``), read once for every pattern file that asks."""
    return frozenset(_norm(w) for w in _WORD_RE.findall(text))


@lru_cache(maxsize=2048)
def _all_norms(text: str) -> frozenset[str]:
    """The norms of a text's tokens (``TOKEN_RE``) and of its words, read once for every pattern file."""
    return frozenset(_norm(w) for w in TOKEN_RE.findall(text)) | _word_norms(text)


@cache
def required_norms(pattern_file: str) -> tuple[tuple[frozenset[str], ...], ...]:
    """For each pattern of a file, the norms each token it requires may have (tokens that are
    optional or not matched by norm left out)."""
    out = []
    for row in load_patterns(pattern_file):
        specs = [t for t in row["pattern"] if t.get("OP") not in ("?", "*") and "NORM" in t]
        out.append(tuple(frozenset(t["NORM"]["IN"] if isinstance(t["NORM"], dict) else [t["NORM"]])
                         for t in specs))
    return tuple(out)


def pick_longest(matches: list[Match]) -> list[Match]:
    """Non-overlapping pattern matches, the longest first at each place (they come sorted so)."""
    out: list[Match] = []
    for m in matches:
        if not out or m.start >= out[-1].end:
            out.append(m)
    return out


# --- numbers and years ------------------------------------------------------------------------


def is_year(tok: Token) -> bool:
    # a year is four characters: the length is tested before the pattern
    return len(tok.text) == 4 and bool(YEAR_RE.fullmatch(tok.text))


def is_roman(tok: Token) -> bool:
    return tok.text in ROMAN


def is_number(tok: Token) -> bool:
    """A body or unit number: "5", "05", "III" (never a year)."""
    return (tok.text.isdecimal() and not is_year(tok)) or is_roman(tok)


# --- tokens -----------------------------------------------------------------------------------


def cells(text: str) -> list[tuple[int, int]]:
    """Offsets of the cells of a " | " table row (stripped of spaces)."""
    out, start = [], 0
    for part in text.split("|") if "|" in text else []:
        lead = len(part) - len(part.lstrip())
        out.append((start + lead, start + len(part.rstrip())))
        start += len(part) + 1
    return out


def token_ranges(toks: list[Token], char_ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Token ranges covering character ranges of the same text (empty ones left out)."""
    out = []
    for a, z in char_ranges:
        idx = [k for k, t in enumerate(toks) if a <= t.start < z]
        if idx:
            out.append((idx[0], idx[-1] + 1))
    return out
