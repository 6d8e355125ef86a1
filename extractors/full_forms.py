"""The document's full form of a unit name: chair holders, the units of named heads and award
recipients are written as the text spells the unit out, wherever the text does.

A name written short maps onto the full form the document writes word for word, except that
- an abbreviation stands for words whose initials spell it, one syllable a letter, with "và", "&",
  a dash or a comma between them free ("Sở LĐTBXH X" -> "Sở Lao động - Thương binh và Xã hội …",
  "Cục DTNNKV X" -> "Cục Dự trữ Nhà nước khu vực X"), or for the long form the document defines
  for it ("Sở Ngoại vụ (SNV)") or the common one of ``units.abbreviations.txt``;
- a level word of ``full_forms.levels.txt`` may stand before the place that ends the name, when the
  name has none ("Sở Ngoại vụ Kiên Giang" -> "Sở Ngoại vụ tỉnh Kiên Giang");
- a level word spelt short may be spelt otherwise (``full_forms.level_spellings.txt``: "TP" ->
  "thành phố"), and so may a head (``full_forms.head_spellings.txt``: "Cty" -> "Công ty");
- a head of ``full_forms.kinds.txt`` written alone before the place (or its level word) may be
  followed by the words of its kind ("Đài Vĩnh Long" -> "Đài Phát thanh và Truyền hình Vĩnh Long").

The name becomes the full form only when the document writes exactly one such form (one written both
with the abbreviation and spelt out counts once, spelt out; an abbreviation in brackets inside it is
left out); else it stays as it is. Abbreviations of ``full_forms.keep.txt`` ("TNHH", "TP") stay as
written.

``resolve_facts`` applies this once to every document's chairs and awards after the extractors
ran (never to members, which keep the text's form, nor to body names), and drops a fact that
becomes one already found. Award recipients take it only where the writer shortened a unit named in
full before the award (``full_recipient``).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace
from functools import cache

from extractors.nlp import load_lexicon
from schemas.document import Document
from schemas.facts import Award, Chair, Fact, Member
from schemas.names import canon

ACRONYM_RE = re.compile(r"[A-ZĐ][A-ZĐ&,.-]*[A-ZĐ]")  # "LĐTBXH", "NN&PTNT", "PT-TH", "VH,TT&DL", "TP.HCM" (no digits)
LEVELS = "full_forms.levels.txt"
MAX_LETTERS = 8  # letters of an abbreviation spelt out by initials
KIND_WORDS = 7  # words of a kind after a head written alone ("Phát thanh và Truyền hình")
WINDOW = 240  # characters of a full form before the last word it keeps as written
MAX_WINDOWS = 100  # occurrences of that word read in windows (more: the whole text is read once)
_SPACE = r"[^\S\n]+"
# between the syllables an abbreviation spells: a space, a dash or comma, "và" or "&"
_JOIN = rf"(?:{_SPACE}(?:và|&){_SPACE}|[^\S\n]*[-–,&][^\S\n]*|{_SPACE})"
_WORD = r"[^\W\d_]+"
_BRACKET = re.compile(r"\([^()\n]*\)")


class FullForms:
    """The full forms of the names of one document, each looked up once."""

    def __init__(self, text: str):
        self.text = text
        self.found: dict[str, str] = {}
        self.capitals: dict[str, str] = {}
        self._defined: dict[str, str] | None = None

    def defined(self) -> dict[str, str]:
        if self._defined is None:
            from extractors.units import defined_abbreviations

            lines = self.text.splitlines()
            self._defined = defined_abbreviations(line for line in lines if "(" in line or "tắt" in line)
        return self._defined

    def __call__(self, name: str | None, capital: bool = False) -> str | None:
        """The full form of ``name``; with ``capital``, a name in lower case may become the capitalised one
        the text writes (``capital_form``: chair holders, not award recipients, which keep the text's form), and
        a company's trade word and place its name in full (``brand_form``)."""
        if not name:
            return name
        if name not in self.found:
            self.found[name] = full_form(name, self.text, self.defined) or spread_form(name, self.text) or name
        if capital and self.found[name] == name:
            if name not in self.capitals:  # a chair holder named by a company's trade word ("Đạm Hà Bắc")
                self.capitals[name] = (capital_form(name, self.text) if name[:1].islower() else brand_form(
                    name, self.text)) or name
            return self.capitals[name]
        return self.found[name]


def full_form(name: str, text: str, defined=dict) -> str | None:
    """The one full form ``text`` writes for the unit ``name`` (see the module), or None."""
    words = name.split()
    if len(words) < 2 or any(not w[:1].isalnum() and w not in ("-", "–") for w in words):
        return None
    short = [k for k, w in enumerate(words) if expandable(w) or w in _spellings()]
    level = next((k for k in range(len(words)) if levelled(words, k)), None)
    place = place_start(words) if level is None else None
    kind = bool(place) and " ".join(words[:place]) in _kinds()
    if level and " ".join(words[:level]) in _kinds() and placed(words, level):  # "Đài tỉnh X": the kind before it
        place, kind = level, True
    if not short and place is None:
        return None
    if not all(w in text for k, w in enumerate(words) if k not in short):  # the cheap check: the words kept as written
        return None
    if not short and not kind and not any(f"{lv} {words[place]}" in text for lv in _level_list()):
        return None  # a level word only: one must stand before the place somewhere
    pieces = []
    for k, w in enumerate(words):
        if k and k == place:
            if kind:  # no level word, no abbreviation ("TNHH"), no word of the place, no head again in the kind
                stops = "|".join(re.escape(x) for x in {words[place], words[0]})
                word = rf"(?!(?:{_levels()}|{stops}|[A-ZĐ]{{2,}})(?!\w)){_WORD}"
                pieces.append(rf"(?:{_SPACE}{word}(?:{_JOIN}{word}){{0,{KIND_WORDS - 1}}})?")
            if level is None:
                pieces.append(rf"(?:{_SPACE}{_levels()})?")
        sep = r"[^\S\n]*" if w in ("-", "–") or (k and words[k - 1] in ("-", "–")) else _SPACE
        if k:
            pieces.append(sep)
        if w in _spellings():
            pieces.append(_spellings()[w])
        else:
            pieces.append(word_pattern(w, defined) if k in short else literal(w))
    pattern = re.compile("".join(pieces))
    own = canon(name)
    forms: dict[str, str] = {}
    kept = [w for k, w in enumerate(words) if k not in short]
    for m in matches(pattern, text, kept, after=0 if short[-1:] != [len(words) - 1] else WINDOW):
        if m.start() and text[m.start() - 1].isalnum() or text[m.end() : m.end() + 1].isalnum():
            continue
        form = " ".join(_BRACKET.sub(" ", m.group()).split())
        key = canon(form)
        if key != own and form[:1].isupper() and not (kind and bad_kind(form, words, place)):
            forms.setdefault(key, form)
    if len(forms) > 1:  # the same unit written both ways: "BĐBP tỉnh X" and "Bộ đội Biên phòng tỉnh X"
        abbreviated = [words[k] for k in short]
        left = {key: sum(w in abbreviated for w in form.split()) for key, form in forms.items()}
        forms = {key: form for key, form in forms.items() if left[key] == min(left.values())}
    if len(forms) != 1:
        return None
    return next(iter(forms.values()))


def capital_form(name: str, text: str) -> str | None:
    """The one capitalised name ``text`` writes for a unit named in lower case (a kind spelt out from the
    document's "ba cơ quan thường trú (CQTT)": "cơ quan thường trú khu vực phía Nam"), the words as they
    are, one acronym maybe between two of them ("Cơ quan thường trú TTXVN khu vực phía Nam"); None when there
    is none or more than one, or the name opens with a level word ("huyện X" is a place standing for its unit)."""
    words = name.split()
    if len(words) < 3 or levelled(words, 0) or not all(w.isalnum() or w in ("-", "–") for w in words):
        return None
    first = words[0]
    head = f"[{re.escape(first[0].upper())}]{re.escape(first[1:])}"
    gap = rf"(?:{_SPACE}[A-ZĐ]{{2,{MAX_LETTERS}}})?"
    rest = "".join(rf"{gap}{_SPACE}{literal(w)}" for w in words[1:])
    forms = {canon(m.group()): m.group() for m in re.finditer(rf"(?<!\w){head}{rest}(?!\w)", text)}
    return next(iter(forms.values())) if len(forms) == 1 else None


SPREAD_WORDS = 6  # words a full form may hold between two words of its head written short


def spread_form(name: str, text: str) -> str | None:
    """The one full form ``text`` writes for a unit named short by the words of its head alone, before its
    level word and place: "Liên hiệp hội tỉnh Gia Lai" -> "Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Gia
    Lai", "Hội Phụ nữ tỉnh A" -> "Hội Liên hiệp Phụ nữ tỉnh A" (the head's words in order, in any case after
    the first, with capitalised words and their syllables, "các" and "và" between and after them); None when
    there is none or more than one."""
    words = name.split()
    level = next((k for k in range(len(words)) if levelled(words, k)), None)
    if level is None or level < 2 or not placed(words, level) or not all(w.isalpha() for w in words[:level]):
        return None
    rest = " ".join(words[level:])
    head = [w.lower() for w in words[:level]]
    own = canon(name)
    forms: dict[str, str] = {}
    at = text.find(" " + rest)
    while at >= 0:
        end = at + 1 + len(rest)
        before = text[max(0, at - WINDOW) : at].split(" ")
        if (end >= len(text) or not text[end].isalnum()) and before[-1] not in _FILLERS:  # not "… các tỉnh A, B"
            start = spread_start(before, head, words[0])
            near = before[-(len(head) + SPREAD_WORDS) :]
            if start is None and words[0] in near and " ".join(near[-len(head) :]).lower() != " ".join(head):
                return None  # another unit of that head before the place, read no further: no one full form
            if start is not None:
                form = " ".join([*before[start:], rest])
                if canon(form) != own and len(form.split()) > len(words):
                    forms.setdefault(canon(form), form)
        at = text.find(" " + rest, at + 1)
    form = next(iter(forms.values())) if len(forms) == 1 else None
    return form if form and one_unit(form) else None


BRAND_WORDS = 8  # words between a company's head and its place that may hold the trade word of its short name
PLACE_WORDS = 2  # words of the place that ends a short name of a trade word and a place


def brand_form(name: str, text: str) -> str | None:
    """The one full form ``text`` writes for a company named short by a trade word and its place: "Đạm Hà Bắc" ->
    "Công ty CP Phân đạm và Hóa chất Hà Bắc", "Supe Lâm Thao" -> "Công ty CP Supe Phốt phát và Hóa chất Lâm
    Thao" (a head of ``full_forms.brand_heads.txt``, then up to ``BRAND_WORDS`` capitalised words, abbreviations,
    "và" or "&" among which the trade word stands, in any case, then the place). None when there is none or more
    than one, or the short name is a place the text writes after a level word ("tỉnh Thừa Thiên Huế")."""
    words = name.split()
    if not 3 <= len(words) <= 2 + PLACE_WORDS or not all(w.isalpha() for w in words):
        return None
    brand, place = [w.lower() for w in words[:-PLACE_WORDS]], " ".join(words[-PLACE_WORDS:])
    if not all(w[:1].isupper() for w in words[-PLACE_WORDS:]) or not words[0][:1].isupper():
        return None
    if " ".join(words[:2]).lower() in _brand_heads() or words[0].lower() in _brand_heads() or canon(
            words[0]) in _level_words():
        return None
    forms: dict[str, str] = {}
    at = text.find(" " + place)
    while at >= 0:
        end = at + 1 + len(place)
        if end >= len(text) or not text[end].isalnum():
            before = text[max(0, at - WINDOW) : at].split(" ")[-(BRAND_WORDS + 3) :]
            form = brand_head(before, brand)
            if form is not None:
                full = " ".join([*form, place])
                forms.setdefault(canon(full), full)
        at = text.find(" " + place, at + 1)
    if len(forms) != 1 or re.search(rf"(?<!\w){_levels()}{_SPACE}{re.escape(name)}(?!\w)", text, re.IGNORECASE):
        return None
    return next(iter(forms.values()))


def brand_head(before: list[str], brand: list[str]) -> list[str] | None:
    """The words of a company's name before its place, from its head (``full_forms.brand_heads.txt``, in any case)
    on, when the trade words ``brand`` stand among them in a row after the head: None when there is no such name
    (a word with a stop or a number, or a lower-case word right after the head, ends the search)."""
    heads = _brand_heads()
    for k in range(len(before) - 1, -1, -1):
        w = before[k]
        if not w or not (w.isalpha() or w in _FILLERS):
            return None
        n = next((n for n in (3, 2, 1) if " ".join(before[k : k + n]).lower() in heads), 0)
        if n:
            end = k + n  # "Tổng công ty" before "công ty": the longest head
            k = next((j for j in (k - 2, k - 1) if j >= 0 and " ".join(before[j:end]).lower() in heads), k)
            rest = [x.lower() for x in before[end:]]
            if rest[len(rest) - len(brand) :] == brand:  # the short name whole as the name's tail: only a legal
                legal = _legal_words()  # form between ("Công ty CP Than Quảng Ninh", not "Công ty Kho vận Than …")
                return before[k:] if all(x in legal for x in rest[: len(rest) - len(brand)]) else None
            if any(rest[i : i + len(brand)] == brand for i in range(len(rest) - len(brand) + 1)):
                return before[k:]
            return None
    return None


@cache
def _legal_words() -> frozenset[str]:
    return frozenset(w.lower() for entry in load_lexicon("full_forms.legal_words.txt") for w in entry.split())


@cache
def _brand_heads() -> frozenset[str]:
    return frozenset(w.lower() for w in load_lexicon("full_forms.brand_heads.txt"))


def one_unit(name: str) -> bool:
    """Whether the unit finder reads ``name`` as one unit and nothing else (imported here, when first needed)."""
    from extractors.units import is_one_unit

    return is_one_unit(name)


_FILLERS = frozenset(("các", "và", "&"))


def spread_start(before: list[str], head: list[str], first: str) -> int | None:
    """Where in the words ``before`` a place a head spread out starts: walking back over capitalised words,
    "các" and "và", each of ``head``'s words met in turn, the first one as written; None: no such head."""
    k, h, gap = len(before), len(head) - 1, 0
    while k > 0 and h >= 0 and gap <= SPREAD_WORDS:
        w = before[k - 1]
        k -= 1
        if h == 0 and w == first:
            return k
        if h > 0 and w.lower() == head[h]:
            h, gap = h - 1, 0
            continue
        second = k > 0 and w.isalpha() and before[k - 1][:1].isupper()  # "học" of "Khoa học"
        if not w or not (w[:1].isupper() or w in _FILLERS or second):
            return None
        gap += 1
    return None


def matches(pattern: re.Pattern, text: str, kept: list[str], after: int = 0) -> list[re.Match]:
    """The matches of a name's pattern in ``text``, read only in windows around each occurrence of the
    last word the name keeps as written (its place, its number): ``WINDOW`` characters before it and
    ``after`` after it (where the name ends with an abbreviation): the search is bounded by that word's
    occurrences, not by the length of the text."""
    if not kept:
        return list(pattern.finditer(text))
    last, out, windows = kept[-1], [], []
    at = text.find(last)
    while at >= 0 and len(windows) < MAX_WINDOWS:
        windows.append((at - WINDOW, min(len(text), at + len(last) + after)))
        at = text.find(last, at + 1)
    if len(windows) == MAX_WINDOWS:
        return list(pattern.finditer(text))
    done = 0
    for start, end in windows:
        for m in pattern.finditer(text, max(done, start, 0), end):
            out.append(m)
            done = m.end()
    return out


def bad_kind(form: str, words: list[str], place: int | None) -> bool:
    """A kind read into a head written alone opens with a capital: "Đài Phát thanh …", not "Đài
    của tỉnh …"."""
    out = form.split()
    return place is not None and len(out) > len(words) and not out[place][:1].isupper()


def expandable(word: str) -> bool:
    """An abbreviation spelt out by the document: capitals, "&" or "-" inside, not kept as written."""
    letters = [c for c in word if c.isalpha()]
    return (bool(ACRONYM_RE.fullmatch(word)) and 2 <= len(letters) <= MAX_LETTERS
            and word not in _keep())


def place_start(words: list[str]) -> int | None:
    """Where the place that ends a name begins: its last run of capitalised words that are no
    abbreviation ("Sở Ngoại vụ Kiên Giang" -> 3); None when the name ends otherwise."""
    k = len(words)
    while k > 0 and words[k - 1][:1].isupper() and words[k - 1].isalpha() and not ACRONYM_RE.fullmatch(words[k - 1]):
        k -= 1
    if k == len(words):
        return None
    return k if k > 0 else (1 if words[0] in _kinds() and len(words) > 1 else None)


def levelled(words: list[str], k: int) -> bool:
    """Whether the name has a level word at ``k`` ("tỉnh", "thành phố", "TP")."""
    one, two = canon(words[k]), canon(" ".join(words[k : k + 2]))
    return one in _level_words() or two in _level_words()


def placed(words: list[str], k: int) -> bool:
    """Whether the level word at ``k`` stands before a capitalised place ("tỉnh Lạng Sơn"; not the
    "xã" of "Bảo hiểm xã hội")."""
    n = 2 if canon(" ".join(words[k : k + 2])) in _level_words() else 1
    return k + n < len(words) and words[k + n][:1].isupper()


def literal(word: str) -> str:
    if word in ("-", "–"):
        return "[-–]"
    return re.escape(word)


def word_pattern(word: str, defined) -> str:
    """An abbreviation, or the words it stands for: the long form the document defines, the common
    one, or syllables whose initials spell it."""
    from extractors.units import known_abbreviations

    letters = [c for c in word if c.isalpha()]
    syllables = _JOIN.join(rf"[{_initials()[c]}]\w*" for c in letters)
    alts = [syllables]
    for long in (defined().get(word), known_abbreviations().get(word)):
        if long:
            alts.append(_SPACE.join(map(re.escape, long.split())))
    # the long form may carry its abbreviation in brackets, left out of the full form: "Sở Tài nguyên
    # và Môi trường (STNMT) tỉnh X"
    return f"(?:{re.escape(word)}|(?:{'|'.join(alts)})(?:{_SPACE}\\([^()\\n]{{1,40}}\\))?)"


@cache
def _initials() -> dict[str, str]:
    """Each capital letter -> the characters whose syllables it abbreviates ("A" -> "AÁÀẢ…aáà…")."""
    out: dict[str, list[str]] = {}
    chars = [chr(c) for c in (*range(0x41, 0x250), *range(0x1E00, 0x1F00))]
    for ch in chars:
        if not ch.isalpha():
            continue
        base = unicodedata.normalize("NFD", ch)[0].upper()
        if "A" <= base <= "Z" or base == "Đ":
            out.setdefault(base, []).append(ch)
    return {k: re.escape("".join(v)) for k, v in out.items()}


@cache
def _spellings() -> dict[str, str]:
    """Each short spelling of a level word or a head -> a pattern of all its spellings ("TP" -> "thành
    phố|TP|…", "Cty" -> "Công ty|Cty|…")."""
    out = {}
    for line in (*load_lexicon("full_forms.level_spellings.txt"), *load_lexicon("full_forms.head_spellings.txt")):
        forms = [f.strip() for f in line.split("|")]
        pattern = "(?:" + "|".join(_SPACE.join(map(re.escape, f.split())) for f in forms) + ")"
        out.update((f, pattern) for f in forms if " " not in f)
    return out


@cache
def _keep() -> frozenset[str]:
    return frozenset(load_lexicon("full_forms.keep.txt"))


@cache
def _kinds() -> frozenset[str]:
    return frozenset(load_lexicon("full_forms.kinds.txt"))


@cache
def _level_list() -> tuple[str, ...]:
    return tuple(load_lexicon(LEVELS))


@cache
def _level_words() -> frozenset[str]:
    return frozenset(canon(w) for w in load_lexicon(LEVELS))


@cache
def _levels() -> str:
    words = sorted(load_lexicon(LEVELS), key=len, reverse=True)
    return "(?:" + "|".join(_SPACE.join(map(re.escape, w.split())) for w in words) + ")"


def resolve_facts(doc: Document, facts: list[Fact]) -> list[Fact]:
    """Chairs and awards with their units in the document's full form; a fact that then repeats one
    found already (the same chair or award once short and once long) is kept once, and so is a
    member written short beside its spelt-out form (``members_once``)."""
    if not any(isinstance(f, (Chair, Award)) or isinstance(f, Member) and ACRONYM_RE.search(f.member)
               for f in facts):
        return facts
    full = FullForms(doc.body)
    facts = members_once(facts, full)
    seen = {key(f) for f in facts if isinstance(f, (Chair, Award))}
    out: list[Fact] = []
    made: set[tuple] = set()
    for f in facts:
        if isinstance(f, Chair):
            new = replace(f, holder=full(f.holder, capital=True) if f.holder_kind == "org" else f.holder,
                          holder_org=full(f.holder_org, capital=True))
        elif isinstance(f, Award):
            new = replace(f, recipient=full_recipient(f, full))
        else:
            out.append(f)
            continue
        if new == f:
            out.append(f)
            continue
        k = key(new)
        if k in made or k in seen and k != key(f):  # (one only recased is itself, not one found already)
            continue
        made.add(k)
        out.append(new)
    return out


def members_once(facts: list[Fact], full: FullForms) -> list[Fact]:
    """Members keep the text's form, but a member written with an abbreviation whose full form is
    another member of the same body is that member once more (a table's "VKSND tỉnh X" beside the
    text's "Viện kiểm sát nhân dân tỉnh X"): only the spelt-out one is kept."""
    names = {(f.body, canon(f.member)) for f in facts if isinstance(f, Member)}
    out: list[Fact] = []
    for f in facts:
        if isinstance(f, Member) and ACRONYM_RE.search(f.member):
            long = full(f.member)
            if long != f.member and (f.body, canon(long)) in names:
                continue
        out.append(f)
    return out


def full_recipient(award: Award, full: FullForms) -> str | None:
    """An award's recipient in the document's full form, where the writer shortened a unit the
    document named in full before the award ("Ban Quản lý dự án Thăng Long (Ban QLDA Thăng Long) …
    tặng Cờ thi đua cho Ban QLDA Thăng Long"). A recipient written by a unit's usual short name stays
    as written, as the gold of the earlier sets keeps it: one with a common abbreviation of
    ``units.abbreviations.txt`` ("TAND tỉnh X", "KBNN X") or that keeps its level word ("Hội CCB tỉnh
    X")."""
    from extractors.units import known_abbreviations

    name = award.recipient
    if not name:
        return name
    words = name.split()
    if any(w in known_abbreviations() for w in words) or any(levelled(words, k) for k in range(len(words))):
        return name
    long = full(name)
    if long == name:
        return name
    at = full.text.find(long)
    return long if 0 <= at < award.evidence.start else name


def key(f: Chair | Award) -> tuple:
    if isinstance(f, Chair):
        return ("chair", f.body, f.role, f.year, canon(f.holder), canon(f.holder_org or ""))
    return ("award", canon(f.award), canon(f.recipient or ""), f.year, f.status)
