"""Unit names, people and titles in one sentence: the holders of chairs, the members of bodies.

A unit opens at a capitalised head of ``patterns/units.jsonl`` ("Bộ", "Công an", "Sở", "TAND",
"Công ty", "Trường", …; or a lower-case place word before a name: "tỉnh Vĩnh Long") and runs
on over capitalised syllables, nouns, numbers ("Quân khu 7", "Cà phê 721") and the name words
of ``units.continue.txt`` ("xây dựng", "cổ phần", "tối cao"), up to a verb, a word of
``units.stops.txt`` ("năm", "đơn vị") or punctuation: "Bộ Tư pháp được giao …" -> "Bộ Tư pháp".
Inside a name it also crosses "và", a comma or a dash that joins capitalised words of one
name ("Sở Kế hoạch và Đầu tư", "Bộ Văn hóa, Thể thao và Du lịch", "Bộ Lao động – Thương binh
và Xã hội", "UBND tỉnh Bà Rịa – Vũng Tàu") and an abbreviation in brackets ("Liên đoàn Lao
động (LĐLĐ) thành phố Cần Thơ"), but never into the next unit ("Bộ Tư pháp và Bộ Công an") or
the next place of a list ("Công an tỉnh Lạng Sơn và Cao Bằng").

It also crosses "các" before a capitalised name ("Công đoàn các Khu công nghiệp"). Lower-case
syllables are read by lexicons first (``units.name_words.txt``, ``units.function_words.txt``,
underthesea's word list for syllables of one word) and by the tagger only when none knows them.

A person is a run of two to four capitalised syllables opening with a family name ("Hồ Quang
Huy"); a title ("Cục trưởng", "Đại tá", "ông") may stand before a unit or a person, and "Cục
trưởng Cục Hộ tịch, quốc tịch, chứng thực Nguyễn Thanh Hải" is title, unit, person. A "name"
is any other run of capitalised syllables ("Thanh Hóa"), not opening a clause with a common word.

A document may define abbreviations in brackets ("Tòa án nhân dân (TAND) tỉnh Bình Định"):
``defined_abbreviations`` reads them with their long forms, each is a unit name of its own in
that document ("IUH"), and ``spell_out`` writes a name with them spelt out where the document
writes that long form ("TAND huyện Tây Sơn" -> "Tòa án nhân dân huyện Tây Sơn").
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass
from functools import cache, cached_property, lru_cache

from extractors.nlp import TOKEN_RE, load_lexicon, norm
from extractors.phrases import (
    Tokens,
    is_year,
    match_patterns,
    noun_at,
    phrase_at,
    phrase_before,
    read_tokens,
    syllable_norm,
)
from schemas.names import canon

UNIT_PATTERNS = "units.jsonl"
# words a number goes on from: "số 1", "Quân khu 7", "quận 6"
NUMBERED = frozenset(norm(w) for w in ("số", "khu", "vực", "đoàn", "khóa", "khoá", "quận", "phường"))
_AND = norm("và")
_CAC = norm("các")
_BODY_WORDS = frozenset(norm(w) for w in ("khối", "cụm"))


@dataclass(frozen=True)
class Span:
    kind: str  # unit | person | title | name (a capitalised proper name without a head)
    start: int  # token indexes, half-open
    end: int


@dataclass(frozen=True, eq=False)
class Heads:
    """Unit heads and titles of a sentence, by the token they start at."""

    units: dict[int, int]  # start -> end of the longest unit head there
    whole: frozenset[int]  # starts of heads that are whole names ("Bộ đội Biên phòng")
    titles: dict[int, int]

    @cached_property
    def starts(self) -> frozenset[int]:
        return frozenset(self.units) | frozenset(self.titles)


def read_heads(toks: Tokens, abbreviations: Collection[str] = ()) -> Heads:
    """Unit heads and titles of a sentence; an abbreviation the document defines is a unit name
    of its own ("IUH", "QTDND Kim Chính"), but not one after a dash that ends a name ("Công ty Than
    Hà Lầm – TKV"; after a role, "Cụm trưởng - Agribank Chi nhánh …", it is)."""
    heads = _read_heads(toks)
    if not abbreviations:
        return heads
    extra = {k: k + 1 for k, t in enumerate(toks)
             if t.text in abbreviations and not suffix_after_dash(toks, k) and (
                 k not in heads.units or (k not in heads.whole and bare_head(toks, k, heads)))}
    if not extra:
        return heads
    return Heads({**heads.units, **extra}, heads.whole | frozenset(extra), heads.titles)


def bare_head(toks: Tokens, k: int, heads: Heads) -> bool:
    """Whether a head the document defines as its own abbreviation stands with no name after it:
    "Tổng cục Thuế (TCT) … TCT là Khối phó", where TCT would else head a name ("TCT Sông Đà")."""
    return heads.units[k] == k + 1 and (k + 1 >= len(toks) or not toks[k + 1].is_title)


def suffix_after_dash(toks: Tokens, k: int) -> bool:
    """Whether the word at ``k`` follows a dash after a capitalised word or a number: the tag at
    the end of a name ("… Hà Lầm – TKV", "… 35 - BQP")."""
    return k > 1 and toks[k - 1].text in "-–" and (toks[k - 2].is_title or toks[k - 2].text[:1].isdecimal())


def _read_heads(toks: Tokens) -> Heads:
    if toks.heads is not None:
        return toks.heads
    units: dict[int, int] = {}
    titles: dict[int, int] = {}
    whole: set[int] = set()
    for m in match_patterns(UNIT_PATTERNS, toks):
        if m.label == "UNIT" and not head_ok(toks, m.start, m.end):  # "Xã hội", "Hội nghị"
            continue
        table = units if m.label == "UNIT" else titles
        if m.end >= table.get(m.start, 0):
            table[m.start] = m.end
            whole.discard(m.start)
            if m.id == "whole":
                whole.add(m.start)
    toks.heads = Heads(units, frozenset(whole), titles)
    return toks.heads


# --- spans ------------------------------------------------------------------------------------


def is_one_unit(name: str) -> bool:
    """Whether the unit finder reads ``name`` as one unit and nothing else."""
    toks = read_tokens(name)
    spans = find_spans(toks, (), read_heads(toks))
    return len(spans) == 1 and spans[0].kind == "unit" and spans[0].start == 0 and spans[0].end == len(toks)


def find_spans(toks: Tokens, barriers: Collection[int] = (), heads: Heads | None = None) -> list[Span]:
    """Titles, units, persons and names of a sentence, left to right, never overlapping and
    never crossing a barrier token (a body mention, a role word)."""
    heads = heads or read_heads(toks)
    key = (frozenset(barriers), heads)
    if key not in toks.spans:
        toks.spans[key] = read_spans(toks, barriers, heads)
    return toks.spans[key]


def read_spans(toks: Tokens, barriers: Collection[int], heads: Heads) -> list[Span]:
    spans: list[Span] = []
    starts = heads.starts
    i = 0
    while i < len(toks):
        if i not in starts and not toks[i].is_title:  # the cheap pass: nothing can start here
            i += 1
            continue
        after_title = bool(spans) and spans[-1].kind == "title" and spans[-1].end == i
        span = span_at(toks, i, heads, barriers, after_title)
        if span is None:
            i += 1
            continue
        if span.kind == "unit" and after_title:
            span, person = split_person(toks, span)
            spans.extend(s for s in (span, person) if s)
        else:
            spans.append(span)
        i = spans[-1].end
    return spans


def span_at(toks: Tokens, i: int, heads: Heads, barriers: Collection[int], after_title: bool) -> Span | None:
    """The span that starts at token ``i``, if any (a title, a unit, a person or a name)."""
    def free(end: int) -> bool:
        return not any(k in barriers for k in range(i, end))

    title_end, head_end, person = heads.titles.get(i, 0), heads.units.get(i, 0), person_len(toks, i)
    if title_end and title_end >= head_end and free(title_end):
        return Span("title", i, title_end)
    if person and after_title and head_end - i == 1 and free(i + person):  # "PGS.TS Đoàn Minh Khải"
        return Span("person", i, i + person)
    if head_end and free(head_end):
        end = unit_end(toks, i, head_end, heads, barriers)
        if end > head_end or i in heads.whole:
            return Span("unit", i, end)
    if person and free(i + person):
        return Span("person", i, i + person)
    n = proper_len(toks, i)
    return Span("name", i, i + n) if n and free(i + n) else None


def head_ok(toks: Tokens, start: int, end: int) -> bool:
    """A capitalised head that is a word of its own: "Hội nghị", "Báo cáo", "Trường hợp" are not
    heads (the tagger glues a lower-case syllable onto them). A lower-case place word heads a
    unit when a name follows it: "tỉnh Vĩnh Long", "thành phố Cần Thơ"."""
    if not toks[start].is_title:
        place = phrase_at(toks, start, "units.admin.txt") == end - start
        return place and end < len(toks) and toks[end].is_title and toks[end].text[:1].isalpha()
    if end - start == 1 and end < len(toks) and glued(toks, end):
        return False
    word = phrase_at(toks, start, "units.not_heads.txt")
    return word == 0 or toks[start + word - 1].is_title  # "Công đoàn Viên chức tỉnh" is a name


def glued(toks: Tokens, j: int) -> bool:
    """A lower-case syllable that continues the word before it ("Hội nghị", "Bắc bộ")."""
    tok = toks[j]
    return not tok.is_title and tok.text.isalpha() and not toks.word_start(j)


# --- how far a unit name runs -----------------------------------------------------------------


def unit_end(toks: Tokens, start: int, i: int, heads: Heads, barriers: Collection[int] = ()) -> int:
    """Where a unit name that opens at ``start`` (its head ending at token ``i``) ends."""
    j = i
    while j < len(toks) and j not in barriers:
        step = unit_step(toks, start, j, heads)
        if not step:
            break
        j += step
    while j > i and (toks[j - 1].text in ",-–" or phrase_before(toks, j, "units.stops.txt")):
        if toks[j - 1].text not in ",-–" and phrase_before(toks, j, "units.continue.txt"):
            break  # a stop inside a name word: "Vụ Tổ chức cán bộ"
        j -= 1
    return j


def unit_step(toks: Tokens, start: int, j: int, heads: Heads) -> int:
    """How many tokens from ``j`` go on with a unit name (0: it ends before ``j``)."""
    t = toks[j]
    if j in heads.units and t.is_title and toks.word_start(j) and placed(toks, start, j, heads):
        return 0  # "Cục Thuế tỉnh Hà Tĩnh Cục Thuế tỉnh Thừa Thiên Huế": a row of a table, its spaces folded
    if t.text.isalpha() and not t.is_title and after_legal_form(toks, j):
        return 0  # "Công ty Xi măng Hà Tiên - Công ty cổ phần hạch toán độc lập": the name ends with its legal form
    k = phrase_at(toks, j, "units.continue.txt") or phrase_at(toks, j, "units.name_words.txt")
    if k:
        return k
    if t.text == ",":
        return comma_phrase(toks, j) or (1 if comma_joins(toks, start, j, heads) else 0)
    if t.text in "-–":
        if k := legal_suffix(toks, j):
            return 1 + k
        return 1 if joins_name(toks, start, j, heads, places_ok=True) or parent_next(toks, j) else 0
    if t.text == "(":
        return abbreviation(toks, j)
    if t.text == "." and dotted_place(toks, j):  # "Thành Đoàn TP. Hồ Chí Minh"
        return 1
    if t.norm == _AND:
        if plural_and(toks, start, j) or lower_phrase_and(toks, j):
            return 1
        return 1 if start in heads.units and joins_name(toks, start, j, heads, places_ok=False) and not (
            plural_head_after(toks, j + 1) or brand_alone(toks, j + 1)) else 0
    if t.norm == _CAC:  # "Công đoàn các Khu công nghiệp", not "Công an các tỉnh"
        return 1 if joins_name(toks, start, j, heads, places_ok=True) or plural_inside(toks, j) else 0
    if not t.is_title and t.text.isalpha() and after_place(toks, start, j):
        return 0  # "Cục Hải quan tỉnh Lào Cai tổng kết …": a verb after the place that ends the name
    return 1 if name_token(toks, j) else 0


PLACE_NAME_WORDS = 4  # capitalised words of a place's name after its place word


def after_place(toks: Tokens, start: int, j: int) -> bool:
    """Whether the name from ``start`` ends at ``j`` with a place word and a capitalised place name
    ("… tỉnh Lào Cai", "… thành phố Hồ Chí Minh"), after which a lower-case word that no lexicon of
    name words knows ends the name (the tagger may call a verb a noun: "tổng kết", "đăng cai")."""
    k = j
    while k > start and j - k < PLACE_NAME_WORDS and toks[k - 1].is_title and toks[k - 1].text.isalpha():
        k -= 1
    if k == j or k <= start:
        return False
    return any(phrase_at(toks, a, "units.admin.txt") == k - a for a in range(max(start + 1, k - 2), k))


def plural_inside(toks: Tokens, j: int) -> bool:
    """ "các" at ``j`` inside a name, after a word of ``units.before_plural.txt`` and before a kind
    that is no place word: "Ban Quản lý các khu công nghiệp Đồng Nai", "Liên hiệp các Hội Khoa học và
    Kỹ thuật tỉnh X"."""
    nxt = toks[j + 1] if j + 1 < len(toks) else None
    return (nxt is not None and nxt.text.isalpha() and nxt.norm not in _BODY_WORDS
            and phrase_before(toks, j, "units.before_plural.txt")
            and not phrase_at(toks, j + 1, "units.admin.txt") and not phrase_at(toks, j + 1, "units.stops.txt"))


def plural_and(toks: Tokens, start: int, j: int) -> bool:
    """A lower-case "và" at ``j`` between two name words of the kind after a "các" inside the name
    (``plural_inside``): "Ban Quản lý các khu chế xuất và công nghiệp thành phố X"."""
    if j + 1 >= len(toks) or toks[j - 1].is_title or toks[j + 1].is_title:
        return False
    if not (phrase_at(toks, j + 1, "units.name_words.txt") or phrase_at(toks, j + 1, "units.continue.txt")):
        return False
    return any(toks[k].norm == _CAC and plural_inside(toks, k) for k in range(start + 1, j - 1))


def lower_phrase_and(toks: Tokens, j: int) -> bool:
    """A lower-case "và" at ``j`` between name words before a fixed phrase of ``units.comma_phrases.txt``:
    "… phòng cháy, chữa cháy và cứu nạn, cứu hộ Công an tỉnh X"."""
    return (0 < j < len(toks) - 2 and toks[j - 1].text.isalpha() and not toks[j - 1].is_title
            and not toks[j + 1].is_title and phrase_at(toks, j + 1, "units.comma_phrases.txt") > 0)


def plural_head_after(toks: Tokens, i: int) -> bool:
    """A capitalised head at ``i`` shared out over a plural ("… và Trung ương các hội: A, B", "… và
    Công an các tỉnh A, B"): a group of its own after "và", not the rest of a name."""
    k = capitalised_run(toks, i, numbered=False)
    return k > i and k < len(toks) and toks[k].norm == _CAC


def brand_alone(toks: Tokens, i: int) -> bool:
    """A brand named alone at ``i`` (one word that is no Vietnamese syllable, ``foreign_word``), the name ending
    after it: "… Công ty Cấp nước Thái Bình và Vinaconex." names two units, not one; a place or region word after
    it goes on with the name ("Trung tâm Công nghệ thông tin và Internet tỉnh Gia Lai")."""
    if i >= len(toks) or not foreign_word(toks[i].text):
        return False
    if i + 1 == len(toks) or toks[i + 1].text in ",;.:)(":
        return True
    return not toks[i + 1].is_title and not (
        phrase_at(toks, i + 1, "units.admin.txt") or region_word_at(toks, i + 1))


def region_word_at(toks: Tokens, i: int) -> bool:
    """Whether a region word stands at ``i`` ("khu vực", "vùng", "miền", "duyên hải": ``bodies.region_words.txt``
    and ``bodies.region_heads.txt``, the lists body names read)."""
    return bool(phrase_at(toks, i, "bodies.region_words.txt") or phrase_at(toks, i, "bodies.region_heads.txt"))


_VOWEL_GROUPS = re.compile(r"[aeiouy]+")


def foreign_word(word: str) -> bool:
    """A word that is no Vietnamese syllable, as brands are: its vowels fall in two groups or more ("Sasco",
    "Vicem", "Licogi"); a syllable ("Vinh", "Huế", "Quảng", "Giữa") has one group."""
    if not word.isalpha():
        return False
    plain = unicodedata.normalize("NFD", word.lower()).encode("ascii", "ignore").decode()
    return len(_VOWEL_GROUPS.findall(plain.replace("qu", "q").replace("gi", "g"))) >= 2


def placed(toks: Tokens, start: int, j: int, heads: Heads) -> bool:
    """Whether a unit name from ``start`` to ``j`` is whole before another head at ``j``: it ends
    with a place word and a capitalised name ("Cục Thuế tỉnh Hà Tĩnh Cục Thuế …"), or the head at
    ``j`` repeats its own ("Kho bạc Nhà nước Hà Nam Kho bạc Nhà nước Ninh Bình"): a table's row
    whose spaces were folded."""
    own = heads.units.get(start, start)
    if j - start > own - start and [t.norm for t in toks[start:own]] == [t.norm for t in toks[j : j + own - start]]:
        return True
    return toks[j - 1].is_title and any(phrase_at(toks, k, "units.admin.txt") for k in range(start + 1, j - 1))


def name_token(toks: Tokens, j: int) -> bool:
    """Whether token ``j`` (a syllable or a number) may go on with a unit name."""
    t = toks[j]
    if not t.text[:1].isalnum() or is_year(t) or (not t.is_title and phrase_at(toks, j, "units.stops.txt")):
        return False
    if t.text[:1].isdecimal():
        nxt = toks[j + 1] if j + 1 < len(toks) else None
        counted = nxt is not None and nxt.text.isalpha() and not nxt.is_title and noun_at(toks, j + 1)
        named = toks[j - 1].is_title or glued(toks, j - 1)  # "Quỳnh Lưu 1", "Cà phê 721", not "… Nam 6 tỉnh"
        return toks[j - 1].norm in NUMBERED or (named and not counted)
    return t.is_title or glued(toks, j) or noun_at(toks, j)


def joins_name(toks: Tokens, start: int, j: int, heads: Heads, places_ok: bool) -> bool:
    """A dash or "và" at ``j`` inside one name ("Sở Kế hoạch và Đầu tư", "Bà Rịa – Vũng Tàu"),
    not before another unit, title, person or body, nor ("và") between two places of a list."""
    if j + 1 >= len(toks) or not toks[j - 1].text[:1].isalpha():
        return False
    nxt = toks[j + 1]
    if not (nxt.is_title and nxt.text[:1].isalpha()) or j + 1 in heads.starts or nxt.norm in _BODY_WORDS:
        return False
    if person_len(toks, j + 1):
        return False
    return places_ok or not any(phrase_at(toks, k, "units.admin.txt") for k in range(start, j))


def dotted_place(toks: Tokens, j: int) -> bool:
    """A full stop at ``j`` after an abbreviated place word ("TP.", "Tp.", "TX.") and before the
    capitalised place it names: "TP. Hồ Chí Minh", "Tp. Cần Thơ"."""
    return (0 < j < len(toks) - 1 and toks[j - 1].text[:1].isupper() and toks[j + 1].is_title
            and toks[j + 1].text[:1].isalpha() and phrase_at(toks, j - 1, "units.dotted_places.txt") == 1)


def parent_next(toks: Tokens, j: int) -> bool:
    """A dash at ``j`` before the head of a parent unit (``units.parent_heads.txt``), which is
    part of the name: "Trường Đại học Sư phạm – Đại học Đà Nẵng"."""
    return (0 < j < len(toks) - 1 and toks[j - 1].text[:1].isalpha() and toks[j + 1].is_title
            and phrase_at(toks, j + 1, "units.parent_heads.txt") > 0)


LEGAL_FORM_WORDS = 6  # words of the longest legal form (``units.legal_forms.txt``)


def after_legal_form(toks: Tokens, j: int) -> bool:
    """Whether a legal form after a dash ends right before token ``j`` (``legal_suffix``)."""
    return any(toks[d].text in "-–" and legal_suffix(toks, d) == j - d - 1
               for d in range(max(0, j - LEGAL_FORM_WORDS - 1), j - 1))


def legal_suffix(toks: Tokens, j: int) -> int:
    """Length of a company's legal form (``units.legal_forms.txt``) after the dash at ``j`` that ends its name
    ("Tổng công ty May 10 - CTCP", "Công ty X - TNHH MTV"), the name ending right after it (punctuation, "và",
    a lower-case word or the end); 0 when none."""
    if not (0 < j < len(toks) - 1) or not toks[j + 1].text[:1].isupper() or not toks[j - 1].text[:1].isalnum():
        return 0
    k = phrase_at(toks, j + 1, "units.legal_forms.txt")
    end = j + 1 + k
    if not k or (end < len(toks) and toks[end].is_title):
        return 0
    return k


def comma_joins(toks: Tokens, start: int, j: int, heads: Heads) -> bool:
    """A comma inside a name: between lower-case words ("Cục Hộ tịch, quốc tịch, chứng thực") or
    in "X, Y và Z" ("Bộ Văn hóa, Thể thao và Du lịch")."""
    if j + 1 >= len(toks) or j == 0:
        return False
    prev, nxt = toks[j - 1], toks[j + 1]
    if (prev.text.isalpha() and not prev.is_title and nxt.text.isalpha() and not nxt.is_title
            and phrase_at(toks, j + 1, "units.stops.txt") == 0 and noun_at(toks, j + 1)):
        return True
    if start not in heads.units or not joins_name(toks, start, j, heads, places_ok=False):
        return False
    k = j + 1
    while k < len(toks) and (toks[k].is_title or glued(toks, k)):
        k += 1
    return k < len(toks) and toks[k].norm == _AND and joins_name(toks, start, k, heads, places_ok=False)


def comma_phrase(toks: Tokens, j: int) -> int:
    """Tokens from the comma at ``j`` to the end of the fixed phrase of ``units.comma_phrases.txt``
    around it ("phòng, chống"), in lower case or each part capitalised ("Phát thanh, Truyền hình")
    (0: none)."""
    for k in (j - 1, j - 2):
        n = phrase_at(toks, k, "units.comma_phrases.txt") if k >= 0 else 0
        if n and toks[k].is_title and not toks[j + 1].is_title:
            n = 0
        if n and k < j < k + n - 1:
            return k + n - j
    return 0


def abbreviation(toks: Tokens, j: int) -> int:
    """ "(LĐLĐ)", "(Agribank)" inside a name that goes on after it ("… (LĐLĐ) thành phố Cần Thơ",
    "… nông thôn (Agribank) chi nhánh Lào Cai"): 3, else 0."""
    if j + 3 >= len(toks) or toks[j + 2].text != ")":
        return 0
    short = toks[j + 1].text
    if not (short.isupper() or (short.isalpha() and short[:1].isupper() and len(short) > 3)):
        return 0
    after = toks[j + 3]
    goes_on = phrase_at(toks, j + 3, "units.admin.txt") or phrase_at(toks, j + 3, "units.name_words.txt")
    return 3 if goes_on or (after.is_title and after.text[:1].isalpha()) else 0


# --- persons and names ------------------------------------------------------------------------


def person_len(toks: Tokens, i: int) -> int:
    """Length of a person's name starting at token ``i``: "Hồ Quang Huy" -> 3 (0: none)."""
    if i >= len(toks) or not toks[i].is_title or phrase_at(toks, i, "units.surnames.txt") != 1:
        return 0
    if phrase_at(toks, i, "units.not_persons.txt"):
        return 0
    n = 1
    while i + n < len(toks) and n < 4 and toks[i + n].is_title and toks[i + n].text.isalpha():
        n += 1
    if i + n < len(toks) and glued(toks, i + n):  # "Đoàn Thanh niên" is no one
        return 0
    return n if n >= 2 else 0


def split_person(toks: Tokens, unit: Span) -> tuple[Span, Span | None]:
    """A titled unit that ends with a person's full name (three syllables or more, so that
    "Trường THPT Hoàng Mai" stays whole): "Cục X Hồ Quang Huy" -> unit, person."""
    for k in range(unit.start + 2, unit.end - 2):
        n = person_len(toks, k)
        if n >= 3 and k + n == unit.end and not phrase_before(toks, k, "units.admin.txt"):
            return Span("unit", unit.start, k), Span("person", k, unit.end)
    return unit, None


def proper_len(toks: Tokens, i: int) -> int:
    """Length of a proper name (two or more capitalised syllables) at token ``i``: a province or
    a unit named without its head ("Thanh Hóa", "Nghệ An"). Where a clause opens, capitals may
    be those of an ordinary word, and the tagger must call the first one a proper noun."""
    n = 0
    while i + n < len(toks) and toks[i + n].is_title and toks[i + n].text.isalpha():
        n += 1
    if n < 2 or (opens_clause(toks, i) and not clause_name(toks, i)):
        return 0
    return n


def clause_name(toks: Tokens, i: int) -> bool:
    """Whether capitals opening a clause are a name: not when the first word is a function word
    ("Theo Quyết định", "Tại Hội nghị"); else as the tagger reads it."""
    if phrase_at(toks, i, "units.function_words.txt") or toks[i].norm in _BODY_WORDS:
        return False
    return toks.tag(i) == "Np"


def opens_clause(toks: Tokens, i: int) -> bool:
    """Whether token ``i`` opens the sentence or a clause after a stop, colon, quote or bullet."""
    return i == 0 or toks[i - 1].text in CLAUSE_OPENERS


CLAUSE_OPENERS = frozenset('.:;!?"“”\'‘’«»•*+-–—|')


def capitalised_run(toks: Tokens, i: int, numbered: bool = True) -> int:
    """End of a run of capitalised words from token ``i`` (a place or an unknown unit in a list:
    "Kon Tum", "Quỳnh Lưu 2" when ``numbered``, "Bà Rịa – Vũng Tàu"); ``i`` when there is none."""
    j = i
    while j < len(toks) and toks[j].text[:1].isalpha():
        if not (toks[j].is_title or (j > i and glued(toks, j))):
            break
        j += 1
    if j == i:
        return i
    if numbered and j < len(toks) and toks[j].text.isdecimal() and not is_year(toks[j]):
        return j + 1
    if j + 1 < len(toks) and toks[j].text in "-–" and toks[j + 1].is_title and toks[j + 1].text.isalpha():
        return capitalised_run(toks, j + 1, numbered)
    return j


# --- abbreviations the document defines ---------------------------------------------------------


ACRONYM_RE = re.compile(r"[A-ZĐ][A-ZĐ0-9&-]*[A-ZĐ0-9]")  # "TAND", "NN&PTNT", "PT-TH"
# A brand a unit goes by, one word in Latin letters with no tone mark and longer than a syllable, or
# with a capital inside: "(Vietcombank)", "(VietinBank)", "(PetroVietnam)" (not "(Huế)", "(Long)").
BRAND_RE = re.compile(r"[A-Z][a-z]+[A-Z][A-Za-z]*|[A-Z][a-z]{6,}")
BRACKETED_RE = re.compile(r"\(\s*(?:[A-ZĐ][A-ZĐ0-9&]*[A-ZĐ0-9]|[A-Z][a-z]{3,})\s*\)")  # "(TAND)", "(Agribank)"


def defined_abbreviations(texts: Iterable[str]) -> dict[str, str]:
    """The abbreviations a document defines in brackets, with their long forms (the first
    definition holds): "Tòa án nhân dân (TAND) tỉnh Bình Định" (or "(viết tắt là TAND)") ->
    {"TAND": "Tòa án nhân dân"},
    "Trường Đại học Công nghiệp TP Hồ Chí Minh (IUH)" -> {"IUH": "Trường Đại học …"}."""
    out: dict[str, str] = {}
    for text in texts:
        if "tắt" in text:
            for abbr, long in unbracketed_abbreviations(read_tokens(text)):
                out.setdefault(abbr, long)
        if "(" not in text:
            continue
        toks = read_tokens(text)
        for k in range(1, len(toks) - 2):
            close = bracket_abbreviation(toks, k)
            abbr = abbreviation_text(toks, k, close) if close else ""
            if close and abbr not in out and (long := long_form(toks, k, abbr)):
                out[abbr] = long
            elif not close and (found := named_abbreviation(toks, k)) and found[0] not in out:
                out[found[0]] = found[1]
    return out


def unbracketed_abbreviations(toks: Tokens) -> list[tuple[str, str]]:
    """Abbreviations a sentence coins outside brackets (``units.abbreviation_verbs.txt``), each
    after the words it stands for, one syllable a letter: "Công an huyện được viết tắt là CAH" ->
    ("CAH", "Công an huyện")."""
    out = []
    for k in range(1, len(toks) - 1):
        n = phrase_at(toks, k, "units.abbreviation_verbs.txt")
        if n and k + n < len(toks) and ACRONYM_RE.fullmatch(abbr := toks[k + n].text):
            if (long := long_form(toks, k, abbr, whole=False)) and long[:1].isupper():
                out.append((abbr, long))
    return out


def named_abbreviation(toks: Tokens, k: int) -> tuple[str, str] | None:
    """An abbreviation given with the name that follows it in brackets, after a unit that ends with
    that name: "Công ty Điện lực Nam Định (PC Nam Định)" -> ("PC", "Công ty Điện lực")."""
    if toks[k].text != "(" or k + 2 >= len(toks) or not ACRONYM_RE.fullmatch(toks[k + 1].text):
        return None
    close = next((j for j in range(k + 2, min(len(toks), k + 8)) if toks[j].text == ")"), None)
    if close is None or close == k + 2 or not all(t.is_title and t.text.isalpha() for t in toks[k + 2 : close]):
        return None
    n = close - k - 2
    unit = next((s for s in find_spans(toks) if s.kind == "unit" and s.end == k), None)
    if unit is None or unit.end - unit.start <= n:
        return None
    if [t.norm for t in toks[k - n : k]] != [t.norm for t in toks[k + 2 : close]]:
        return None
    return toks[k + 1].text, toks.text[toks[unit.start].start : toks[k - n - 1].end]


def bracket_abbreviation(toks: Tokens, k: int) -> int:
    """The index of ")" when the bracket at token ``k`` defines an abbreviation: "(TAND)", "(sau đây
    gọi tắt là TAND)", "(viết tắt: VKSND)"; 0 when it does not."""
    if toks[k].text != "(":
        return 0
    j = k + 1
    while j < len(toks) and (n := phrase_at(toks, j, "units.abbreviation_intro.txt")):
        j += n
    ok = j + 1 < len(toks) and toks[j + 1].text == ")" and (
        ACRONYM_RE.fullmatch(toks[j].text) or BRAND_RE.fullmatch(toks[j].text))
    if not ok and j > k + 1:  # after "sau đây gọi tắt là": a short name of a few words, one an acronym
        close = next((e for e in range(j, min(len(toks), j + SHORT_NAME_WORDS + 1)) if toks[e].text == ")"), 0)
        words = toks[j:close]
        if len(words) >= 2 and all(t.is_title and t.text.isalpha() for t in words) and any(
                ACRONYM_RE.fullmatch(t.text) for t in words):
            return close
        if len(words) >= 3 and words[0].is_title and all(t.text.isalpha() for t in words) and sum(
                bool(ACRONYM_RE.fullmatch(t.text)) for t in words) >= 2:
            return close  # a kind in lower case and acronyms: "(sau đây viết tắt là Bệnh viện YHCT và PHCN)"
    return j + 1 if ok else 0


SHORT_NAME_WORDS = 6  # words of a short name a document coins in brackets


def abbreviation_text(toks: Tokens, k: int, close: int) -> str:
    """The abbreviation in the bracket at ``k`` that closes at ``close``: its last word, or its
    words after the opening phrase when it has several ("(sau đây gọi tắt là TW Hội CCB)", "(sau
    đây viết tắt là Bệnh viện YHCT và PHCN)")."""
    s = k + 1
    while s < close and (n := phrase_at(toks, s, "units.abbreviation_intro.txt")):
        s += n
    if s > k + 1 and close - s >= 3 and not all(t.is_title for t in toks[s:close]):
        return toks.text[toks[s].start : toks[close - 1].end]
    j = close - 1
    while j - 1 > k and toks[j - 1].is_title and toks[j - 1].text.isalpha() and not phrase_at(
            toks, j - 1, "units.abbreviation_intro.txt"):
        j -= 1
    return toks.text[toks[j].start : toks[close - 1].end] if j < close - 1 and j > k + 1 else toks[close - 1].text


def long_form(toks: Tokens, k: int, abbr: str, whole: bool = True) -> str | None:
    """The words before the bracket at ``k`` that ``abbr`` abbreviates: one syllable for each
    letter, "và" for "&" ("Nông nghiệp và Phát triển nông thôn (NN&PTNT)"); failing that, the
    unit name that ends at the bracket ("… Hồ Chí Minh (IUH)")."""
    letters = [c for c in abbr if c.isalpha() or c == "&"]
    j, n = k, len(letters)
    while n and j > 0:
        t = toks[j - 1]
        if (letters[n - 1] == "&" and t.norm == _AND) or (t.text.isalpha() and initial(t.text) == letters[n - 1]):
            n, j = n - 1, j - 1
        elif n < len(letters) and (t.norm == _AND or t.text in "-–"):
            j -= 1
        else:
            break
    if n == 0:
        return toks.text[toks[j].start : toks[k - 1].end]
    if not whole:
        return None
    unit = next((s for s in find_spans(toks) if s.kind == "unit" and s.end == k), None)
    return toks.text[toks[unit.start].start : toks[k - 1].end] if unit else None


def initial(word: str) -> str:
    """The capital letter a syllable gives an abbreviation: "án" -> "A", "đội" -> "Đ"."""
    return unicodedata.normalize("NFD", word[0])[0].upper()


def spell_out(name: str, abbreviations: dict[str, str], text_key: str | Callable[[], str]) -> str:
    """A unit name with the abbreviations the document defines spelt out, when the document
    itself writes the name so (``text_key``: its ``norms_key``): "TAND huyện Tây Sơn" -> "Tòa án
    nhân dân huyện Tây Sơn" where the text has it; else the name as written. An abbreviation
    defined inside the name is left out: "Quỹ tín dụng nhân dân (QTDND) Kim Chính" -> "Quỹ tín
    dụng nhân dân Kim Chính"."""
    name = " ".join(BRACKETED_RE.sub(" ", name).split()) if "(" in name else name
    words_ = name.split(" ")
    if not any(w in abbreviations for w in words_):
        return name
    long = " ".join(abbreviations.get(w, w) for w in words_)
    key = text_key() if callable(text_key) else text_key  # (made only when a name holds an abbreviation)
    return long if norms_key(long) in key else name


def norms_key(text: str) -> str:
    """A text as its syllable norms between spaces, for finding one name in another."""
    return " " + " ".join(syllable_norm(m.group()) for m in TOKEN_RE.finditer(text)) + " "


@lru_cache(maxsize=2)
def document_key(text: str) -> str:
    """``norms_key`` of a whole document, computed once for the extractors that need it."""
    return norms_key(text)


@cache
def _abbreviations() -> dict[str, str]:
    pairs = (line.split("=", 1) for line in load_lexicon("units.abbreviations.txt") if "=" in line)
    return {canon(a): canon(b) for a, b in pairs}


@cache
def known_abbreviations() -> dict[str, str]:
    """The common abbreviations of unit heads as written ("TAND" -> "Tòa án nhân dân"), for spelling
    out a name where the document writes its long form without defining the abbreviation."""
    pairs = (line.split("=", 1) for line in load_lexicon("units.abbreviations.txt") if "=" in line)
    return {a.strip(): b.strip() for a, b in pairs if a.strip().isupper()}


def unit_key(name: str) -> str:
    """Comparison form of a unit name with its abbreviations spelt out: "KBNN Đồng Nai" and
    "Kho bạc Nhà nước Đồng Nai" have one key."""
    return " ".join(_abbreviations().get(w, w) for w in canon(name).split(" "))
