"""Extractor: emulation bodies, blocs ("Khối thi đua …", "Khu vực thi đua …") and clusters
("Cụm thi đua …").

A mention is a head of ``patterns/bodies.heads.jsonl`` and a tail that tells the body apart:

- a number: "Cụm thi đua số 5", "Khối VII", "Cụm thi đua số III";
- a name: nouns, "các", capitalised words and the name words of ``units.continue.txt`` ("tổng
  hợp") go on; verbs, adverbs, prepositions, conjunctions, punctuation and the words of
  ``bodies.stops.txt`` ("năm", "nói riêng") end it. A lower-case word is judged by the lexicons
  of name words and function words first, by underthesea's tagger only when neither knows it
  (``phrases.noun_at``). A comma goes on only between generic words ("các bộ, ngành") or in a
  series of capitalised names that "và" closes ("các cơ quan Đảng, Mặt trận và đoàn thể"), a dash
  only into a name ("Văn hóa - Xã hội").

Sector words the tagger calls verbs are name words (``units.name_words.txt``: "các công ty than
hầm lò", "các sư đoàn không quân"); "và" goes on into a unit, across a sector name ("các Sở Nông
nghiệp và Phát triển nông thôn") and into a second group ("… và các đoàn thể Trung ương") or
place ("các tỉnh Đông Nam Bộ và Tây Nam Bộ"), into the last of a series of kinds after "các" ("các
lữ đoàn và nhà trường", ``kinds_before``) or of trades ("các đơn vị Chế biến và Kinh doanh sản phẩm
dầu khí", ``trade_before``); not into a unit after a named region ("… khu vực Đông Nam Bộ và Bộ Tư
pháp"), a document ("… và Hướng dẫn của Ban …", ``bodies.document_words.txt``) or, after a comma, a
person addressed ("…, ông A").

After the name may come its parent: "Cụm thi đua số 8 – Bộ Công an", "Cụm thi đua số 5 (Bộ
Công an)", "Cụm thi đua số 2 của Liên minh HTX"; after a number, its sector ("Cụm thi đua số 7
ngành Tòa án nhân dân", "… của ngành Kiểm sát"), which tells apart two bodies of one number in
one document; a generic name is named with what follows "(trực) thuộc" ("Khối thi đua các cơ
quan chuyên môn thuộc UBND huyện"). A head with no distinctive tail ("Khối thi đua cần …", "các
đơn vị trong Cụm"), with a generic plural one ("… các Khu vực") or after a plural ("các Khối thi
đua …", "hai khối thi đua …") is no body. A bare "Cụm 9" is one only after the document named
"Cụm thi đua số 9" (or "… (Cụm 9)") in full (``named_before``). A bare "Khối"/"Cụm" needs more: a capitalised or
numbered tail of two words or more, none of the senses of ``bodies.not_bare.txt`` (khối u, khối
lượng, khối ASEAN, cụm công nghiệp) and no Party organ before it ("Đảng ủy Khối …"). Nothing at
all comes from a text that never speaks of emulation ("thi đua"), nor from a line of other articles'
headlines ("Related: A | B", ``lines.related_lines``).

A line in capitals is read in lower case, then with the names the rest of the document writes in
mixed case (``in_heading``); one cut at its line's end is the one longer name that goes on from
it, its abbreviations spelt out ("KHỐI THI ĐUA CÁC VKSND TỈNH" / "KHU VỰC …", ``cut_short``). A
unit of several places after a dash is named with a numbered body
("Cụm thi đua số 6 – Ủy ban MTTQ Việt Nam các tỉnh Tây Nguyên", "– Hội Nông dân các tỉnh trung du,
miền núi phía Bắc", ``description_end``); a name of
two groups joined by "và" is named with what follows "(trực) thuộc", and so is "các" and a kind of
unit alone (``bodies.plain_kinds.txt``: "Khối thi đua các bệnh viện trực thuộc Bộ Y tế"), with the
region after its unit ("… khu vực miền Trung - Tây Nguyên", ``region_end``). A numbered cluster
and the bloc after a dash are one body ("Cụm thi đua số 2 - Khối Công đoàn ngành", ``within_bloc``);
a full head and a sector before a generic plural name one ("Khối thi đua Công an các địa phương").
A number, then "các", the members' kind and a place, is one name ("Cụm thi đua số 1 các hợp tác xã
nông nghiệp huyện Vũ Thư", ``numbered_kinds_end``); the number alone elsewhere in the document is
its short form (``numbered_short``); so is a number, a dash and "các" with a kind of unit that is no
generic plural, up to a verb, a date, punctuation or after its qualifier ("Cụm thi đua số 4 - các bệnh
viện trực thuộc Sở Y tế", ``dashed_kinds_end``). A word the tagger calls no noun qualifies the kind
before a place word ("các công ty dịch vụ công ích quận, huyện", ``attribute_step``).

A sector word of two syllables the tagger reads as a verb goes on after "các" and a kind when a meeting verb
or a tense word closes it ("các công ty nhiệt điện tổng kết", ``sector_step``); so does the means a trade works
by ("vận tải hành khách bằng taxi", ``means_step``), and an abbreviated place with its full stop ("TP. Huế").
A name the tagger cut short is the longer name of the document the words after it complete (``continued``);
a head with the last words of a descriptive name, or the kind of member it opens with, in any case, is that
body ("Trưởng khối taxi", "Ở cụm bảo tàng, …", ``short_tails``).

A sector word may be split in two by the tagger, be of one syllable or stand in a series, and a region or a place
may follow it ("các công ty đóng tàu khu vực phía Bắc", "các doanh nghiệp dệt, may", ``sector_step``); "và" closes
a series of lower-case words after a kind ("các nhà hát chèo, tuồng và cải lương", ``series_last``); kinds of
organisation in lower case after "thuộc" are named with a generic name ("… thuộc bộ, ngành Trung ương",
``owners_end``); a name the text gives a body in its paragraph ("còn gọi là …", ``said_coined``) is its alias.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from extractors.base import Context, extractor
from extractors.lines import related_lines
from extractors.nlp import Match, load_lexicon, norm
from extractors.phrases import (
    Tokens,
    is_number,
    is_roman,
    is_year,
    match_patterns,
    may_match,
    noun_at,
    phrase_at,
    phrase_before,
    read_tokens,
    shouting,
)
from extractors.resolution import (
    COINED,
    NICKNAME,
    core_words,
    group_bodies,
    lexicon_words,
    number_of,
    passing_mentions,
    same_parent,
    weak_cores,
    weak_name,
    words,
)
from extractors.units import (
    NUMBERED,
    Span,
    capitalised_run,
    defined_abbreviations,
    dotted_place,
    find_spans,
    glued,
    known_abbreviations,
    person_len,
    read_heads,
)
from schemas.document import Sentence
from schemas.facts import Body
from schemas.names import canon

HEADS = "bodies.heads.jsonl"
_CAC = norm("các")
_CUM = norm("cụm")
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


@extractor("bodies", needs=())
def find_bodies(ctx: Context):
    if not about_emulation(ctx.doc.body):
        return []
    related = related_lines(ctx.doc.text)  # "Related: Khối thi đua số 5 ký giao ước | …": other articles
    read = [(sent, bodies_in(ctx, sent)) for sent in ctx.sentences if may_name_body(sent.text) and not any(
        a <= sent.start < b for a, b in related)]
    known = [b for sent, found in read if not shouting(sent.text) for b in found]
    found = [b for sent, found in read for b in (in_heading(ctx, sent, found, known) if shouting(sent.text)
                                                  else found)]
    found = cut_at_comma(continued(found, ctx.doc.text), ctx.doc.text)
    found = short_tails(ctx, [sent for sent, _ in read], found)
    found = coined_short(disambiguate(numbered_short(named_before(cut_short(found, ctx.doc.text), ctx.doc.text))),
                         ctx.doc.text)
    return headline_nicknames(found, ctx.doc.text)


def headline_nicknames(bodies: list[Body], text: str) -> list[Body]:
    """A name of common words (``bodies.weak_cores.txt``) in the document's first line, a line of its own,
    after the words of a slogan (``bodies.nickname_cues.txt``: "Vững vàng lá cờ đầu Khối thi đua phía Nam")
    and with no fact of its own in that line (``bodies.nickname_not.txt``), where the document names exactly
    one other body of its kind and none in passing (``resolution.passing_mentions``: "giao lưu với Khối thi
    đua số 5", "từng thuộc Khối …"), is a nickname of that body: its mention is marked so (``NICKNAME``) and the
    grouping of mentions makes it an alias of that body (``resolution.weak_short_forms``)."""
    line_end = text.find("\n")
    if line_end < 0 or not text[line_end:].strip():
        return bodies
    line = text[:line_end]
    heads = [b for b in bodies if b.evidence.end <= line_end and weak_name(b.name)]
    if not heads or phrase_in(line, "bodies.nickname_not.txt"):
        return bodies
    passing: frozenset[int] | None = None
    out = list(bodies)
    for h in heads:
        if not phrase_in(line[: h.evidence.start], "bodies.nickname_cues.txt"):
            continue
        key = canon(h.name)
        if any(canon(b.name) == key and b.evidence.start >= line_end for b in bodies):
            continue  # named again in the text: a body of its own
        others = [b for b in bodies if b.kind == h.kind and canon(b.name) != key]
        if passing is None:
            passing = passing_mentions(bodies, text)
        if any(b.evidence.start in passing for b in others) or len(group_bodies(others)) != 1:
            continue
        out = [replace(b, evidence=replace(b.evidence, rule=NICKNAME)) if b is h else b for b in out]
    return out


def phrase_in(line: str, lexicon: str) -> bool:
    """Whether a line holds a phrase of a word list, word for word."""
    ws = tuple(words(line))
    return any(ws[k : k + len(p)] == p for p in lexicon_words(lexicon) for k in range(len(ws) - len(p) + 1))


CONTINUED_CHARS = 60  # characters after a name cut short that may hold the rest of a longer name


def continued(bodies: list[Body], text: str) -> list[Body]:
    """A name cut short where the words after it are those that end another name of the document,
    from the same words after the head on, is that longer name: "Khối thi đua các công ty | thủy điện
    tổng kết" (the tagger read the sector as a verb there) beside "Khối thi đua các công ty thủy điện của
    Tập đoàn …"; "Khối các công ty | thủy điện" too (an alias of it)."""
    if len(bodies) < 2:
        return bodies
    tails = [(b.kind, name_tail(b.name)) for b in bodies]
    out = []
    for b, (kind, tail) in zip(bodies, tails, strict=True):
        n = len(tail)
        longer = sorted({t for k, t in tails if k == kind and len(t) > n and t[:n] == tail}, key=len, reverse=True)
        if not n or not longer or b.parent or b.evidence.surface != b.name:
            out.append(b)
            continue
        rest = text[b.evidence.end : min(b.evidence.end + CONTINUED_CHARS, b.evidence.sent_end)]
        toks = read_tokens(rest)
        more = next((len(t) - n for t in longer if toks and not rest[: toks[0].start].strip() and tuple(
            x.norm for x in toks[: len(t) - n]) == t[n:]), 0)
        if not more:
            out.append(b)
            continue
        end = b.evidence.end + toks[more - 1].end
        ev = replace(b.evidence, end=end, surface=text[b.evidence.start : end])
        out.append(replace(b, name=text[b.evidence.start : end], evidence=ev))
    return out


SHORT_TAIL = "bodies/short_tail"


def short_tails(ctx: Context, sents: list[Sentence], bodies: list[Body]) -> list[Body]:
    """A head and the last words of a descriptive name the document gives in full, or the kind of member it
    opens with, in any case, is that body: "Khối thi đua vận tải hành khách bằng taxi" … "Trưởng khối taxi là
    …", "Khối thi đua các Ban Quản lý dự án" … "Khối quản lý dự án:", "Cụm thi đua các bảo tàng khu vực A" …
    "Ở cụm bảo tàng, …". The words must open a word of the full name, not be generic words alone ("Khối các
    công ty", "khối doanh nghiệp") and fit no other name of the document."""
    named = [b for b in bodies if b.evidence.rule == "bodies/name" and not number_of(core_words(b.name))]
    if not named:
        return bodies
    ends: dict[tuple[str, str], set[tuple[str, ...]]] = {}
    full: dict[tuple[str, ...], Body] = {}
    for b in sorted(named, key=lambda b: shouting(b.name)):  # a name in mixed case first
        full.setdefault(tuple(words(b.name)), b)
        for tail in name_ends(b.name):
            ends.setdefault((b.kind, tail), set()).add(tuple(words(b.name)))
    if not ends:
        return bodies
    longest = max(len(k[1].split()) for k in ends)
    firsts = {k[1].split(" ", 1)[0] for k in ends}
    taken = [(b.evidence.start, b.evidence.end) for b in bodies]
    out = list(bodies)
    for sent in sents:
        toks = read_tokens(sent.text)
        for i, t in enumerate(toks[:-1]):
            if t.norm not in _HEAD_WORDS or toks[i + 1].norm not in firsts:
                continue
            kind = "cluster" if t.norm == _CUM else "bloc"
            for n in range(min(longest, len(toks) - i - 1), 0, -1):
                names = ends.get((kind, " ".join(x.norm for x in toks[i + 1 : i + 1 + n])))
                if not names or len(names) > 1:
                    continue
                a = sent.start + t.start
                if any(x <= a < y for x, y in taken) or phrase_before(toks, i, "bodies.not_after.txt"):
                    break  # not a Party organ or a union of the bloc: "Đảng ủy Khối doanh nghiệp tỉnh"
                closed = i + 1 + n >= len(toks) or toks.word_start(i + 1 + n)
                if not short_cue(toks, i, i + 1 + n, sent.text):
                    break  # ordinary words: "khối mầm non tăng 3 trường", "Học sinh khối tiểu học được khen"
                if closed and phrase_at(toks, i + 1, "bodies.not_bare.txt") != n:  # "cụm công nghiệp", "khối kinh tế"
                    b = full[next(iter(names))]
                    ev = ctx.evidence(sent, t.start, toks[i + n].end, SHORT_TAIL)
                    out.append(Body(b.name, kind, ev, b.parent))
                    break
    return sorted(out, key=lambda b: b.evidence.start)


_SHORT_ROLE_BEFORE = frozenset(norm(w) for w in ("trưởng", "phó"))
_SHORT_PLACE_BEFORE = frozenset(norm(w) for w in ("ở", "tại"))
_SHORT_HAS = frozenset(norm(w) for w in ("có", "gồm"))
_CLAUSE_MARKS = frozenset(",;:.!?")


def short_cue(toks: Tokens, i: int, end: int, text: str) -> bool:
    """Whether a short form from head ``i`` to ``end`` stands where a body is spoken of (``short_tails``):
    after "Trưởng"/"Phó" ("Trưởng khối taxi"), between "Ở"/"Tại" and a comma ("Ở cụm bảo tàng, …"), in a
    clause with a role word ("cụm nhà văn hóa thống nhất giao A làm Cụm trưởng"), on a line ending in ":"
    ("Khối quản lý dự án:"), or opening a sentence that gives its members ("Khối taxi năm 2007 có 8 doanh
    nghiệp", "Khối xe buýt hiện có Công ty A"); not ordinary words ("khối mầm non tăng 3 trường đạt chuẩn")."""
    before = toks[i - 1].norm if i > 0 else ""
    if before in _SHORT_ROLE_BEFORE:
        return True
    if before in _SHORT_PLACE_BEFORE and end < len(toks) and toks[end].text == ",":
        return True
    if end < len(toks) and toks[end].text == ":" or text.rstrip().endswith(":"):
        return True
    lo = i
    while lo > 0 and toks[lo - 1].text not in _CLAUSE_MARKS:
        lo -= 1
    hi = end
    while hi < len(toks) and toks[hi].text not in _CLAUSE_MARKS:
        hi += 1
    if i == 0 and toks[i].is_title and any(  # the subject of its members: "Khối taxi năm 2007 có 8 doanh nghiệp"
            toks[k].norm in _SHORT_HAS and (toks[k + 1].is_title or toks[k + 1].text[:1].isdecimal())
            for k in range(end, min(hi, len(toks) - 1))):
        return True
    return any(lo <= m.start < hi and not (i <= m.start < end) for m in match_patterns("chairs.roles.jsonl", toks))


@lru_cache(maxsize=4096)
def name_ends(name: str) -> tuple[str, ...]:
    """The words of a descriptive body name a short form may give after a head (``short_tails``), as norms
    joined by spaces: each end that opens a word after the head, not after "các", and the kind of member in
    lower case it opens with; none of them generic words alone."""
    toks = read_tokens(name)
    head = next((m.end for m in match_patterns(HEADS, toks) if m.start == 0), 0)
    out = []
    for k in range(head, len(toks)):  # the last words: "… bằng taxi" -> "taxi" (or all: "Khối vùng A")
        if toks[k - 1].norm == _CAC or not toks[k].text.isalpha() or phrase_at(toks, k, "bodies.generic_ends.txt"):
            continue
        core = core_words(" ".join(t.text for t in toks[k:]), loose=True)
        if core and core not in weak_cores() and toks.word_start(k):
            out.append(" ".join(t.norm for t in toks[k:]))
    first = head + (1 if head < len(toks) and toks[head].norm == _CAC else 0)
    for k in range(first + 1, len(toks) + 1):  # the kind of member: "… các bảo tàng khu vực A" -> "bảo tàng"
        last = k == len(toks) or not toks[k].text.isalpha() or toks[k].is_title or toks[k].norm == _CAC
        if not last and not toks.word_start(k):
            continue
        core = core_words(" ".join(t.text for t in toks[first:k]), loose=True)
        if core and core not in weak_cores():
            out.append(" ".join(t.norm for t in toks[first:k]))
        if last:
            break
    return tuple(out)


@lru_cache(maxsize=4096)
def name_tail(name: str) -> tuple[str, ...]:
    """The words of a body name after its head: "Khối thi đua các công ty" -> ("các", "công", "ty")."""
    toks = read_tokens(name)
    m = next((m for m in match_patterns(HEADS, toks) if m.start == 0), None)
    return tuple(t.norm for t in toks[m.end :]) if m else ()


def coined_short(bodies: list[Body], text: str) -> list[Body]:
    """A name the document coins in brackets right after a body's ("Khối thi đua các công ty cà phê khu
    vực X (gọi tắt là Khối Gia Lai - Kon Tum)", "(sau đây gọi là Cụm phía Nam)", ``bodies.coined.txt``)
    is a short form of that body, not a body of its own: its mention is marked so (``COINED``), and the
    grouping of mentions makes it, and the later mentions of it, an alias of the body before
    (``resolution.group_bodies``). So is a name the words of ``bodies.coined.txt`` give in the text, maybe
    quoted, in the paragraph of the body before ("Khối thi đua số 2, còn gọi là Khối các công ty …", "Đây là
    khối … nên ai cũng quen gọi là "Khối thi đua các xí nghiệp in"")."""
    out = list(bodies)
    for k in range(1, len(bodies)):
        prev, b = bodies[k - 1], bodies[k]
        between = text[prev.evidence.end : b.evidence.start]
        if prev.kind != b.kind or not between:
            continue
        if between.lstrip()[:1] != "(" or len(between) > COINED_CHARS:
            if said_coined(text, prev, b):
                out[k] = replace(b, evidence=replace(b.evidence, rule=COINED))
            continue
        toks = read_tokens(between.lstrip()[1:])
        n = phrase_at(toks, 0, "bodies.coined.txt")
        # "Khối thi đua các Đài … miền Tây Nam Bộ (Khối thi đua số 4)": the number it goes by, in brackets
        numbered = not toks and b.evidence.rule == "bodies/number" and not number_of(core_words(prev.name))
        if (n and all(not t.text[:1].isalnum() for t in toks[n:])) or numbered:
            out[k] = replace(b, evidence=replace(b.evidence, rule=COINED))
    return out


COINED_CHARS = 40  # characters between a body's name and the short name it is given in brackets
COINED_CUE_CHARS = 30  # characters before a name that may hold the words coining it ("… vẫn quen gọi là “")
COINED_REACH = 300  # characters, in one paragraph, between a body's name and a name the text gives it


def said_coined(text: str, prev: Body, b: Body) -> bool:
    """Whether the words of ``bodies.coined.txt`` end right before mention ``b`` (a quote or a colon
    between), ``prev`` standing in its paragraph, not far before, and the name is given to it: in apposition
    right after it ("Khối thi đua số 2, còn gọi là Khối …", "Khối thi đua số 2 của Sở Y tế, hay còn gọi là …"),
    or in a sentence of its own whose subject is that body ("Đây là khối … nên ai cũng quen gọi là "…"",
    ``bodies.coined_subjects.txt``). Not a second numbered body ("Khối thi đua số 1 …, khối … được gọi là Khối
    thi đua số 2"), not across a semicolon, not after another group ("các sở còn lại vẫn được gọi là …"), and
    not with the bare words that give a name in brackets only (``bodies.coined_plain.txt``)."""
    gap = text[prev.evidence.end : b.evidence.start]
    if len(gap) > COINED_REACH or "\n" in gap or ";" in gap:
        return False
    mine, theirs = number_of(core_words(prev.name)), number_of(core_words(b.name))
    if mine and theirs and mine != theirs:
        return False  # two numbered bodies: "… Khối thi đua số 4 …; khối mới được gọi là Khối thi đua số 5"
    start = max(b.evidence.sent_start, b.evidence.start - COINED_CUE_CHARS)
    cue = text[start : b.evidence.start]
    if not any(w in cue.lower() for w in _CUE_WORDS):
        return False  # (no word of the lexicon there: nothing to read)
    toks = read_tokens(cue)
    k = len(toks)
    while k and toks[k - 1].text in _CUE_MARKS:
        k -= 1
    n = phrase_before(toks, k, "bodies.coined.txt") if k else 0
    if not n or phrase_at(toks, k - n, "bodies.coined_plain.txt") == n:
        return False
    at = max(prev.evidence.end, start + toks[k - n].start)
    if prev.evidence.end <= b.evidence.sent_start:  # a sentence of its own: its subject is the body
        said = read_tokens(text[b.evidence.sent_start : at])
        return bool(said) and phrase_at(said, 0, "bodies.coined_subjects.txt") > 0
    before = read_tokens(text[prev.evidence.end : at])  # in apposition: a comma, no other group before it
    return bool(before) and before[-1].text == "," and not any(t.norm in _GROUP_WORDS for t in before)


_GROUP_WORDS = frozenset(norm(w) for w in ("các", "khối", "cụm", "những"))
_CUE_MARKS = frozenset(':"“«\'‘')
_CUE_WORDS = ("gọi", "tắt")  # every entry of ``bodies.coined.txt`` holds one of them


COMMA_WORDS = 4  # words after a comma a name cut there may go on with


def cut_at_comma(bodies: list[Body], text: str) -> list[Body]:
    """A name cut at a comma goes on past it when another name of the document, or the words after a
    numbered body's number, hold the same words, the comma among them: "Khối thi đua Nội chính, Pháp
    chế tổng kết …" beside "Khối thi đua số 2 – Nội chính, Pháp chế tỉnh A" is "Khối thi đua Nội
    chính, Pháp chế"."""
    starts = sorted(o.evidence.start for o in bodies)
    cores = [core_words(text[o.evidence.start : window_end(o, starts)].split("\n", 1)[0] if number_of(
        core_words(o.name)) else o.name, loose=True) for o in bodies]
    out = []
    for j, b in enumerate(bodies):
        end = b.evidence.end
        rest = text[end : end + 80].split("\n", 1)[0]
        toks = read_tokens(rest)
        if not toks or toks[0].text != "," or number_of(core_words(b.name)):
            out.append(b)
            continue
        longer = None
        for k in range(min(COMMA_WORDS, len(toks) - 1), 0, -1):
            if not all(t.text[:1].isalpha() for t in toks[1 : k + 1]):
                continue
            name = b.name + rest[: toks[k].end]
            core = core_words(name, loose=True)
            n = len(core)
            if any(any(c[i : i + n] == core for i in range(1, len(c) - n + 1)) for o, c in enumerate(cores) if o != j):
                longer = name, end + toks[k].end
                break
        if longer is None:
            out.append(b)
            continue
        ev = replace(b.evidence, end=longer[1], surface=text[b.evidence.start : longer[1]])
        out.append(replace(b, name=longer[0], evidence=ev))
    return out


def window_end(body: Body, starts: list[int]) -> int:
    """Where the words after a numbered body's number may describe it: 150 characters on, not past
    the next body the text names ("Khối thi đua số 1, còn gọi là Khối các … , có 4 đơn vị": the words
    of the second name are not the first's)."""
    a = body.evidence.start
    return min([a + 150, *(s for s in starts if s > a)])


def in_heading(ctx: Context, sent: Sentence, found: list[Body], known: list[Body]) -> list[Body]:
    """The bodies of a line in capitals, read with the names the rest of the document writes in
    mixed case: a heading read in lower case cuts a name at a place it cannot tell apart ("KHỐI THI
    ĐUA CÁC CÔNG TY CAO SU MIỀN ĐÔNG NAM BỘ" read "… cao su miền"), or finds none ("CỤM THI ĐUA CÁC
    TỈNH BẮC TRUNG BỘ:"). A known name that the heading spells from a head on, longer than what the
    heading gave there, is the heading's name."""
    if not known:
        return found
    toks = read_tokens(sent.text)
    at = {b.evidence.start - sent.start: b for b in found}
    names = {tuple(t.norm for t in read_tokens(b.name)): b for b in known}
    out, done = [], -1
    for m in match_patterns(HEADS, toks):
        if m.start <= done:
            continue
        here = at.pop(toks[m.start].start, None)
        size = len(read_tokens(here.name)) if here else 0
        seq = [t.norm for t in toks[m.start :]]
        best = max((len(k) for k in names if len(k) > size and tuple(seq[: len(k)]) == k), default=0)
        if best:
            last = toks[m.start + best - 1]
            end = max(last.end, here.evidence.end - sent.start) if here else last.end
            ev = ctx.evidence(sent, toks[m.start].start, end, "bodies/heading")
            kind = names[tuple(seq[:best])].kind
            here = Body(sent.text[toks[m.start].start : last.end], kind, ev, here.parent if here else None)
        if here:
            out.append(here)
            done = m.start + max(best, size) - 1
    return sorted(out + list(at.values()), key=lambda b: b.evidence.start)


def cut_short(bodies: list[Body], text: str) -> list[Body]:
    """A name cut at the end of its line, or where the state's motto beside a heading begins
    (``bodies.header_words.txt``), is the one name of the document that goes on from it: "KHỐI THI ĐUA
    CÁC CÔNG TY Độc lập - Tự do - Hạnh phúc" above "CAO SU TÂY NGUYÊN" is "Khối thi đua các công ty cao
    su Tây Nguyên" (the rest of the name stands on the next line)."""
    names: dict[tuple[str, ...], str] = {}
    for b in sorted(bodies, key=lambda b: _ACRONYM_RE.search(b.name) is not None):
        names.setdefault(name_key(b.name), b.name)  # "… dân sự (THADS) khu vực …" is "… dân sự khu vực …"
    out, spelt = [], None
    for b in bodies:
        rest = text[b.evidence.end : b.evidence.end + 40].lstrip(" \t")
        cut = rest[:1] == "\n" or (rest and phrase_at(read_tokens(rest), 0, "bodies.header_words.txt") > 0)
        cut = cut or (b.name.isupper() and letterhead(text, b.evidence.end))
        if not cut:
            out.append(b)
            continue
        key = name_key(b.name)
        longer = {n: k for k, n in names.items() if len(k) > len(key) and k[: len(key)] == key}
        if not longer and b.name.isupper() and any(len(w) > 1 and w.isupper() for w in b.name.split()[3:]):
            if spelt is None:  # those the document defines, else the common ones ("VKSND", "THADS")
                spelt = known_abbreviations() | defined_abbreviations(ln for ln in text.splitlines() if "(" in ln)
            key = name_key(b.name, spelt)  # "KHỐI THI ĐUA CÁC VKSND TỈNH" above "… Viện kiểm sát nhân dân (VKSND) …"
            longer = {n: k for k, n in names.items() if len(k) > len(key) and k[: len(key)] == key}
        if len(longer) > 1:  # the one whose rest opens the next line: "KHỐI THI ĐUA CÁC NÔNG TRƯỜNG" / "QUỐC DOANH …"
            longer = next_line_goes_on(text, b.evidence.end, len(key), longer)
        out.append(replace(b, name=next(iter(longer))) if len(longer) == 1 else b)
    return out


def next_line_goes_on(text: str, end: int, n: int,
                      longer: dict[str, tuple[str, ...]]) -> dict[str, tuple[str, ...]]:
    """Of the longer names a heading cut at ``end`` may be (their words, the first ``n`` its own), those whose
    other words open the next line of the text."""
    nl = text.find("\n", end)
    if nl < 0:
        return {}
    seq = tuple(t.norm for t in read_tokens(line_from(text, nl + 1).strip()))
    return {name: k for name, k in longer.items() if seq[: len(k) - n] == k[n:]}


def line_from(text: str, start: int) -> str:
    """The text from ``start`` to the end of its line."""
    end = text.find("\n", start)
    return text[start:] if end < 0 else text[start:end]


def letterhead(text: str, end: int) -> bool:
    """Whether the state's name or motto (``bodies.header_words.txt``) stands further on the line of a
    heading ending at ``end``: a letterhead, whose name stops at a word it cannot read ("CỤM THI ĐUA CÁC SỞ
    TT&TT   CỘNG HÒA XÃ HỘI …", the rest of it on the next line) and is the body the document names in full."""
    line = line_from(text, end)
    if len(line) > 200:
        return False
    toks = read_tokens(line)
    return any(phrase_at(toks, k, "bodies.header_words.txt") for k in range(len(toks)))


_ACRONYM_RE = re.compile(r"\(\s*[A-ZĐ][A-ZĐ0-9&-]*[A-ZĐ0-9]\s*\)")


def name_key(name: str, spelt: dict[str, str] | None = None) -> tuple[str, ...]:
    """A name's words to compare, an abbreviation in brackets left out and, with ``spelt``, the
    abbreviations the document defines spelt out ("CÁC VKSND TỈNH" -> "các viện kiểm sát nhân dân tỉnh")."""
    toks = read_tokens(_ACRONYM_RE.sub(" ", name))
    if not spelt:
        return tuple(t.norm for t in toks)
    spelt = {k.upper(): v for k, v in spelt.items()}  # a line in capitals is read in lower case
    return tuple(w for t in toks for w in ([x.norm for x in read_tokens(spelt[t.text.upper()])]
                                              if t.text.upper() in spelt else [t.norm]))


def named_before(bodies: list[Body], text: str) -> list[Body]:
    """A bare "Cụm 9", "Khối 5" is a body only once the document has named one of that kind and
    number in full ("Cụm thi đua số 9" … "Cụm 9"): it takes that name's parent. A bare number in
    brackets right after a name defines it as that body's short name ("Khối thi đua các đơn vị chủ
    lực (Khối 2)" … "Khối 2: Khối trưởng – Sư đoàn 4"): it and the later ones take the name. A descriptive
    name in brackets right after a body's describes that body ("Khối thi đua VII (Khối các bệnh viện đa khoa
    khu vực …)"): it takes the name before."""
    out: list[Body] = []
    short: dict[tuple[str, str | None], Body] = {}
    for b in bodies:
        prev, bare = out[-1] if out else None, b.evidence.rule == f"bodies/{BARE_NUMBER}"
        if prev and prev.kind == b.kind and b.evidence.rule == "bodies/name" and bracketed_after(text, prev, b):
            # "Khối VII (Khối các …)": Khối VII, one mention from its number to a parent after the bracket
            a = prev.evidence.start
            ev = replace(b.evidence, start=a, surface=text[a : b.evidence.end], rule="bodies/described")
            out[-1] = replace(b, name=prev.name, parent=b.parent or prev.parent, evidence=ev)
            continue
        if not bare:
            out.append(b)
            continue
        number = number_of(core_words(b.name))
        if prev and prev.kind == b.kind and prev.evidence.rule != f"bodies/{BARE_NUMBER}" and not number_of(
                core_words(prev.name)) and bracketed_after(text, prev, b):
            short[b.kind, number] = prev
        full = next((o for o in reversed(out) if o.kind == b.kind and number_of(core_words(o.name)) == number), None)
        if full is not None:
            out.append(replace(b, parent=b.parent or full.parent))
        elif (b.kind, number) in short:
            named = short[b.kind, number]
            out.append(replace(b, name=named.name, parent=b.parent or named.parent))
    return out


def bracketed_after(text: str, body: Body, bare: Body) -> bool:
    """Whether a bare mention stands in brackets right after a body's mention: "… chủ lực (Khối 2)"."""
    between = text[body.evidence.end : bare.evidence.start]
    return 0 < len(between) <= 3 and between.strip() == "("


BARE_NUMBER = "bare_number"


def bodies_in(ctx: Context, sent: Sentence) -> list[Body]:
    toks = read_tokens(sent.text)
    out = []
    mentions = find_mentions(toks)
    skip = -1
    for n, m in enumerate(mentions):
        if n == skip:  # the bloc named with the cluster before it
            continue
        nxt = mentions[n + 1] if n + 1 < len(mentions) else None
        if within_bloc(toks, m, nxt):  # "Cụm thi đua số 2 - Khối Công đoàn ngành": named with its bloc
            name = sent.text[toks[m.start].start : toks[nxt.name_end - 1].end]
            parent = sent.text[toks[nxt.start].start : toks[nxt.name_end - 1].end]
            ev = ctx.evidence(sent, toks[m.start].start, toks[nxt.name_end - 1].end, "bodies/within_bloc")
            out.append(Body(name, m.kind, ev, parent))
            skip = n + 1
            continue
        name = sent.text[toks[m.start].start : toks[m.name_end - 1].end]
        parent = sent.text[toks[m.parent.start].start : toks[m.parent.end - 1].end] if m.parent else None
        described = description_end(toks, m.name_end) if m.rule == "number" else 0
        if described:  # "Cụm thi đua số 6 – Ủy ban MTTQ Việt Nam các tỉnh Tây Nguyên": named with its members
            name = sent.text[toks[m.start].start : toks[described - 1].end]
            first = m.name_end + 1 if toks[m.name_end].text in "-–" else m.name_end
            parent = parent or sent.text[toks[first].start : toks[described - 1].end]
        end = max(m.end, described)
        ev = ctx.evidence(sent, toks[m.start].start, toks[end - 1].end, f"bodies/{m.rule}")
        out.append(Body(name, m.kind, ev, parent))
    return out


def within_bloc(toks: Tokens, m: Mention, nxt: Mention | None) -> bool:
    """A numbered cluster and, after a dash, the bloc it belongs to ("Cụm thi đua số 2 - Khối LĐLĐ
    các huyện, thành phố"): one body, named with the bloc (each bloc may have its own "Cụm số 2")."""
    return (nxt is not None and m.rule == "number" and m.kind == "cluster" and nxt.kind == "bloc"
            and m.parent is None and m.end == m.name_end and nxt.start == m.name_end + 1
            and toks[m.name_end].text in "-–")


def description_end(toks: Tokens, end: int) -> int:
    """The end of a description of the members after a dash after a numbered name ending at
    ``end``, which is named with it (0: none): a unit of several places ("– Công an các tỉnh Đông
    Bắc", "– Tòa án nhân dân các tỉnh Đồng bằng sông Hồng"). (A description in brackets, "(các xã
    vùng cao)", is not named with it.)"""
    if end + 1 >= len(toks):
        return 0
    first = end + 1 if toks[end].text in "-–" else end  # "Cụm thi đua số 3 Tỉnh Đoàn các tỉnh Tây Nguyên"
    if first == end and not (toks[end].is_title and toks[end].text.isalpha()):
        return 0
    j = unit_run(toks, first)
    if j == first or j >= len(toks) or toks[j].norm != _CAC or not phrase_at(toks, j + 1, "units.admin.txt"):
        return 0
    k = j + 1 + phrase_at(toks, j + 1, "units.admin.txt")
    while k < len(toks) and (toks[k].text.isalpha() or region_comma(toks, k)):
        if phrase_at(toks, k, "bodies.qualifiers.txt"):  # "… Bắc Trung Bộ thuộc Tổng cục Thuế": its parent
            break
        step = 1 if toks[k].text == "," or place_and(toks, k) else phrase_at(toks, k, "units.name_words.txt") or (
            1 if toks[k].is_title or glued(toks, k) else 0)
        if not step:
            break
        k += step
    return k if k > j + 2 else 0


def place_and(toks: Tokens, k: int) -> bool:
    """Whether "và" at ``k`` joins two capitalised places of one description ("các tỉnh Tây Nguyên và
    Nam Trung Bộ"): not a unit ("… và Bộ Công an"), a body or a person after it."""
    if toks[k].norm != _AND or not toks[k - 1].is_title or k + 1 >= len(toks) or not toks[k + 1].is_title:
        return False
    nxt = toks[k + 1]
    return nxt.text.isalpha() and nxt.norm not in _HEAD_WORDS and k + 1 not in read_heads(toks).units and not (
        person_len(toks, k + 1))


def unit_run(toks: Tokens, i: int) -> int:
    """End of the unit that opens a description of the members: capitalised words and the
    lower-case unit words of ``units.name_words.txt`` after them ("NHNN chi nhánh", "Tỉnh Đoàn",
    "Ủy ban MTTQ Việt Nam"); ``i`` when there is none."""
    j = capitalised_run(toks, i, numbered=False)
    while j > i and j < len(toks) and not toks[j].is_title and toks[j].norm != _CAC:
        k = phrase_at(toks, j, "units.name_words.txt")
        if not k:
            break
        j = capitalised_run(toks, j + k, numbered=False) if j + k < len(toks) and toks[j + k].is_title else j + k
    return j


def region_comma(toks: Tokens, k: int) -> bool:
    """A comma between two regions of one description ("các tỉnh trung du, miền núi phía Bắc"): a
    lower-case word before it, a region word of ``bodies.region_words.txt`` after it."""
    return (toks[k].text == "," and 0 < k < len(toks) - 1 and toks[k - 1].text.isalpha()
            and not toks[k - 1].is_title and phrase_at(toks, k + 1, "bodies.region_words.txt") > 0)


KINDS = "bodies/numbered_kinds"


def numbered_short(bodies: list[Body]) -> list[Body]:
    """A numbered name alone ("Cụm thi đua số 1 tổng kết") where the document names that number with
    its members' kind and place ("Cụm thi đua số 1 các hợp tác xã nông nghiệp huyện Vũ Thư", maybe
    "Cụm thi đua số 1 các HTX nông nghiệp huyện Kiến Xương" too) is a short form of the next such
    name (else of the last before it), not a body of its own."""
    full = [b for b in bodies if b.evidence.rule == KINDS]
    if not full:
        return bodies
    out = []
    for b in bodies:
        same = [o for o in full if o.kind == b.kind and number_key(o.name) == number_key(b.name)]
        if b.evidence.rule != "bodies/number" or b.parent or not same:
            out.append(b)
            continue
        after = [o for o in same if o.evidence.start > b.evidence.start]
        named = after[0] if after else same[-1]
        out.append(replace(b, name=named.name, parent=named.parent))
    return out


def disambiguate(bodies: list[Body]) -> list[Body]:
    """One name under two parents in one document ("Cụm thi đua số 3 - Bộ đội Biên phòng" and
    "Cụm thi đua số 3 (Bộ Công an)") is two bodies: each is named with its parent as written,
    and a mention without a parent goes with the nearest such mention before it (else after)."""
    out = list(bodies)  # a name with its members' kind and place is told apart by its words ("… số 1 các HTX …")
    keys = [number_key(b.name) if b.evidence.rule != KINDS else (b.name,) for b in bodies]
    for key in set(keys):
        idx = [k for k, b in enumerate(bodies) if keys[k] == key]
        owners = [bodies[k].parent for k in idx if owner(bodies[k].parent)]
        parented = [k for k in idx if bodies[k].parent and not under_owner(bodies[k].parent, owners)]
        parents = [bodies[k].parent for k in parented]
        if not any(not same_parent(p, q) for p in parents for q in parents):
            continue
        for k in idx:
            anchor = k if k in parented else max((j for j in parented if j < k), default=parented[0])
            out[k] = replace(bodies[k], name=bodies[anchor].evidence.surface, parent=bodies[anchor].parent)
    return out


def owner(parent: str | None) -> str | None:
    """A parent that owns a body, not the plural of its members written after its number ("Cụm
    thi đua số III Công an các tỉnh Tây Bắc": the members, not an owner; "thuộc Bộ Công an": one)."""
    return parent if parent and _CAC not in (norm(w) for w in parent.split()) else None


def under_owner(parent: str, owners: list[str]) -> bool:
    """Whether a plural of members ("Công an các tỉnh Tây Bắc") belongs to an owner the document
    names for the same number: its kind ("Công an") is in the owner's name ("Bộ Công an"). A plural
    of another kind ("… thuộc Bộ Tư lệnh Cảnh sát cơ động") names another body."""
    if owner(parent):
        return False
    ws = [norm(w) for w in parent.split()]
    kind = tuple(ws[: ws.index(_CAC)])
    return bool(kind) and any(
        kind == tuple(o[i : i + len(kind)]) for o in ([norm(w) for w in x.split()] for x in owners)
        for i in range(len(o)))


def number_key(name: str) -> tuple[str, ...]:
    """A body name's comparison words up to its first number: one key for "Cụm thi đua số 2", "Cụm
    thi đua số II" and "Cụm thi đua số 2 – Công an các tỉnh Đông Bắc"."""
    ws = words(name)
    at = next((k for k, w in enumerate(ws) if w.isdecimal()), len(ws) - 1)
    return tuple(ws[: at + 1])


# --- cheap gates ------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _context_re() -> re.Pattern:
    alts = "|".join(r"\s+".join(map(re.escape, p.split())) for p in load_lexicon("bodies.context.txt"))
    return re.compile(rf"(?i)(?<!\w)(?:{alts})(?!\w)")


def about_emulation(text: str) -> bool:
    """Whether a text speaks of emulation at all ("thi đua", "TĐKT"; the words of the lexicon
    bear no tone mark that old and new spellings place apart, so the text is read as it is)."""
    return bool(_context_re().search(text))


def may_name_body(text: str) -> bool:
    """Cheap test before tagging: does the sentence hold a head word at all?"""
    return may_match(HEADS, text)


# --- mentions ---------------------------------------------------------------------------------


def find_mentions(toks: Tokens) -> list[Mention]:
    """Body mentions of one sentence, left to right (the longest head at each place)."""
    matches = match_patterns(HEADS, toks)
    if not matches:
        return []
    spans = find_spans(toks)
    out: list[Mention] = []
    tried: set[int] = set()
    full: set[int] = set()  # ends of the full names read: a bare head joined to one by "và" is a sibling body
    for m in matches:
        if m.start in tried or (out and m.start < out[-1].end):
            continue
        tried.add(m.start)
        joined = m.id != "full" and m.start - 1 in full and toks[m.start - 1].norm == _AND
        mention = read_mention(toks, m, spans, joined)
        if mention and m.id == "full":
            full.add(mention.end)
        if mention:
            out.append(mention)
    return out


def read_mention(toks: Tokens, m: Match, spans: list[Span], joined: bool = False) -> Mention | None:
    full = m.id == "full"
    if not full and bare_number(toks, m):
        parent, evidence_end = parent_after(toks, m.end + 1, spans)
        return Mention(m.label, m.start, m.end + 1, max(m.end + 1, evidence_end), parent, BARE_NUMBER)
    if plural_before(toks, m.start) or (not full and not bare_head_ok(toks, m, joined)):
        return None
    end, rule = tail_end(toks, m.end, full, spans)
    member = member_words_end(toks, m, end, spans) if rule == "name" else 0
    if member:
        parent, evidence_end = parent_after(toks, member, spans)
        return Mention(m.label, m.start, member, max(member, evidence_end), parent, rule)
    if end <= m.end + 1 < len(toks) and toks[m.end].norm == _CAC:  # "các đơn vị thành viên Tổng công ty A": qualified
        generic = phrase_at(toks, m.end, "bodies.generic_ends.txt")
        end = m.end + generic if generic and qualifier_end(toks, m.end + generic, spans) else end
    if end == m.end:
        return None
    tight = rule == "name" and any(t.norm == _AND and not phrase_at(toks, k + 1, "bodies.region_heads.txt")
                                   and not trades_joined(toks, k) and not last_word_pair(toks, k)
                                   for k, t in enumerate(toks[m.end : end], m.end))  # two groups: "A và B thuộc X"
    qualified = qualifier_end(toks, end, spans) if rule == "name" and (
        tight or generic_name(toks, m, end) or place_qualifier(toks, m, end) or dangling_region(toks, m, end)) else 0
    end = (qualified and group_after_qualifier(toks, qualified)) or qualified or end
    if not tail_ok(toks, m, end):
        return None
    parent, evidence_end = parent_after(toks, end, spans)
    return Mention(m.label, m.start, end, max(end, evidence_end), parent, rule)


def member_words_end(toks: Tokens, m: Match, end: int, spans: list[Span]) -> int:
    """The end of a word of ``bodies.member_words.txt`` after "các" and a plural kind of unit alone,
    closing the name ("Khối thi đua các đơn vị thành viên của Tổng công ty A": the parent after it);
    0: none."""
    if m.end >= len(toks) or toks[m.end].norm != _CAC:
        return 0
    if end <= m.end + 1:  # the name stopped at "các" or the kind itself: "các đơn vị thành viên" is a stop phrase
        end = max(end, m.end + phrase_at(toks, m.end, "bodies.generic_ends.txt"))
    n = phrase_at(toks, end, "bodies.member_words.txt")
    if not n or end >= len(toks) or toks[end].is_title:
        return 0
    if not (phrase_before(toks, end, "bodies.generic_ends.txt") or plain_series(toks, m.end + 1, end)):
        return 0
    k = end + n
    if k < len(toks) and (toks[k].text == ":" or toks[k].norm in _LIST_OPENERS):
        return 0  # "… các trường thành viên gồm 8 trường: …": the words open its list of members
    closed = k >= len(toks) or not toks[k].text[:1].isalnum() or toks[k].norm in (_CUA, norm("thuộc")) or (
        not toks[k].is_title and phrase_at(toks, k, "bodies.stops.txt") and not phrase_at(
            toks, k, "bodies.member_words.txt"))
    if not closed and toks[k].is_title:  # the unit after it is the subject of a role, not the parent:
        closed = any(s.kind == "unit" and s.start == k and given_role(toks, s.end) for s in spans)
    return k if closed else 0


_LIST_OPENERS = frozenset(norm(w) for w in ("gồm", "có", "là"))


def trades_joined(toks: Tokens, k: int) -> bool:
    """ "và" at ``k`` joins two trades of one kind of unit, not two groups: "các đơn vị sản xuất và dịch vụ
    dầu khí của Tập đoàn A" (its "của" is the parent's)."""
    return bool(phrase_before(toks, k, "bodies.trade_words.txt")) and bool(
        phrase_at(toks, k + 1, "bodies.trade_words.txt")) and not toks[k + 1].is_title


def plural_before(toks: Tokens, i: int) -> bool:
    """ "các Khối thi đua …", "hai khối thi đua …", "3 Cụm …", "các Cụm, Khối thi đua …": several
    bodies, not one."""
    if phrase_before(toks, i, "bodies.plural_before.txt"):
        return True
    if i > 1 and (toks[i - 1].text == "," or toks[i - 1].norm == _AND) and toks[i - 2].norm in _HEAD_WORDS:
        return plural_before(toks, i - 2)  # "các Cụm, Khối thi đua ngành Kiểm sát"
    return i > 0 and toks[i - 1].text.isdecimal() and not is_year(toks[i - 1])


def generic_name(toks: Tokens, m: Match, end: int) -> bool:
    """A descriptive name whose words tell no one body apart: a generic plural ("các tỉnh,
    thành phố") or only generic words ("các cơ quan chuyên môn"). (A name of two groups joined by
    "và" is named with its qualifier too: "các Công đoàn ngành Trung ương và Công đoàn Tổng công ty
    trực thuộc Tổng Liên đoàn Lao động Việt Nam", ``read_mention``.)"""
    if phrase_before(toks, end, "bodies.generic_ends.txt"):
        return True
    core = core_words(" ".join(t.text for t in toks[m.start : end]), loose=True)
    if core and toks[m.end].norm == _CAC and plain_series(toks, m.end + 1, end):
        return True  # only kinds of unit: "Khối thi đua các bệnh viện", "… các viện, trung tâm" (trực thuộc …)
    return not core or core in weak_cores() or trades_only(toks, m.end, end) or levels_end(toks, m, end)


def levels_end(toks: Tokens, m: Match, end: int) -> bool:
    """A name of "các", a capitalised kind of unit and two or more bare levels joined by commas ("các Cục
    Thuế tỉnh, thành phố", "các Trung tâm Y tế huyện, thị xã"): one unit in each place, as generic as "các
    tỉnh, thành phố"; the qualifier after it is named with it ("… thuộc Tổng cục Thuế")."""
    if m.end >= len(toks) or toks[m.end].norm != _CAC:
        return False
    k, count = end, 0
    while (n := phrase_before(toks, k, "units.admin.txt")) and not toks[k - n].is_title:
        k, count = k - n, count + 1
        if k > 0 and toks[k - 1].text == ",":
            k -= 1
            continue
        break
    return count > 1 and k > m.end + 1 and titled_word_before(toks, k)


def trades_only(toks: Tokens, i: int, end: int) -> bool:
    """A generic plural and only trades after it ("các đơn vị làm công tác đào tạo", "các đơn vị sản xuất,
    kinh doanh"): as generic as the plural alone, named with its qualifier ("… trực thuộc Bộ X")."""
    k = phrase_at(toks, i, "bodies.generic_ends.txt")
    j = i + k
    while k and j < end and (n := phrase_at(toks, j, "bodies.trade_words.txt") or (toks[j].text == ",") or (
            toks[j].norm == _AND and trades_joined(toks, j))):
        j += n
    return bool(k) and end > i + k and j == end


def place_qualifier(toks: Tokens, m: Match, end: int) -> bool:
    """A name of "các" and a kind of member, then a qualifier other than "của" and a place word of
    ``units.admin.txt`` ("… trên địa bàn huyện A", "… thuộc thành phố B"): the place is named with it,
    as a generic name's qualifier is ("Khối thi đua các doanh nghiệp ngoài quốc doanh trên địa bàn
    tỉnh"). ("các doanh nghiệp xây dựng của tỉnh" stays "các doanh nghiệp xây dựng".)"""
    if toks[m.end].norm != _CAC or toks[end].norm == _CUA if end < len(toks) else True:
        return False
    k = phrase_at(toks, end, "bodies.qualifiers.txt")
    return bool(k) and not toks[end + k].is_title and phrase_at(toks, end + k, "units.admin.txt") > 0 if (
        k and end + k < len(toks)) else False


def dangling_region(toks: Tokens, m: Match, end: int) -> bool:
    """A name of "các" and a kind of member that ends in a region word naming no region ("các Tòa án
    quân sự khu vực", "các Chi cục Thuế khu vực"): the qualifier after it says whose ("… khu vực
    thuộc Quân khu 4") and is named with it."""
    return (m.end < len(toks) and toks[m.end].norm == _CAC and end > m.end + 2
            and bool(phrase_before(toks, end, "bodies.region_heads.txt")) and not toks[end - 1].is_title)


def plain_series(toks: Tokens, i: int, end: int) -> bool:
    """Whether tokens ``i`` to ``end`` are kinds of unit of ``bodies.plain_kinds.txt`` alone, one or a
    series joined by commas and "và": "bệnh viện", "viện, trung tâm", "trường cao đẳng và trung cấp"; a kind
    of a level and more bare levels after it ("các Bộ Chỉ huy Quân sự tỉnh, thành phố") too."""
    first = i
    while i < end:
        n = phrase_at(toks, i, "bodies.plain_kinds.txt")
        if not n and i > first and not toks[i].is_title and toks[i - 1].text == ",":
            n = phrase_at(toks, i, "units.admin.txt")  # a bare level after a kind of that level: ", thành phố"
            n = n if n and phrase_before(toks, i - 1, "units.admin.txt") else 0
        if not n:
            return False
        i += n
        if i < end and (toks[i].text == "," or toks[i].norm == _AND):
            i += 1
            if i == end:
                return False
    return i == end


def qualifier_end(toks: Tokens, end: int, spans: list[Span]) -> int:
    """The end of "(trực) thuộc <unit or name>" (``bodies.qualifiers.txt``: also "của", "(đóng)
    trên địa bàn <place>") after a generic name, which is named with it: "… các cơ quan chuyên môn
    thuộc UBND huyện", "… các tỉnh, thành phố trực thuộc Trung ương", "… các cơ quan Trung ương của
    Bộ Tài chính", "… các cơ quan Trung ương đóng trên địa bàn tỉnh" (0: none)."""
    k = phrase_at(toks, end, "bodies.qualifiers.txt")
    if not k:
        return 0
    unit = next((s for s in spans if s.kind == "unit" and s.start == end + k), None)
    if unit and toks[end].norm == _MEMBER and given_role(toks, unit.end):
        return 0  # the subject of a role: "Khối thi đua các đơn vị thành viên Công ty A làm Khối trưởng"
    if unit:
        return place_after(toks, region_end(toks, unit.end, unit.start), spans)
    place = phrase_at(toks, end + k, "units.admin.txt")  # "… trên địa bàn tỉnh (Quảng Ngãi)"
    j = capitalised_run(toks, end + k + place, numbered=False)
    if j > end + k:
        return j
    owners = owners_end(toks, end + k) if phrase_at(toks, end, "bodies.owner_qualifiers.txt") == k else 0
    return place_after(toks, owners, spans) if owners else 0


def owners_end(toks: Tokens, i: int) -> int:
    """The end of kinds of organisation in lower case at ``i`` after "(trực) thuộc", one or a series joined by
    commas or "và", each maybe with a capitalised place or level ("bộ, ngành Trung ương", "tổ chức chính trị -
    xã hội, tổ chức xã hội - nghề nghiệp": ``bodies.list_words.txt``, ``bodies.owner_groups.txt``), where the
    name closes right after them; the last a kind of organisation of ``bodies.owner_groups.txt`` or a kind with
    a capitalised level or place after it (not a bare "ngành", "hội", "đơn vị"); 0: none."""
    j, end = (i + 1 if i < len(toks) and toks[i].norm == _CAC else i), 0  # "thuộc các tổ chức xã hội"
    owner = False  # the last item names its owners: a kind of organisation, or a kind with a level or place
    while j < len(toks) and not toks[j].is_title:
        group = phrase_at(toks, j, "bodies.owner_groups.txt")
        n = max(group, phrase_at(toks, j, "bodies.list_words.txt"))
        if not n:
            break
        j += n
        level = phrase_at(toks, j, "units.admin.txt") if j < len(toks) and not toks[j].is_title else 0
        end = capitalised_run(toks, j + level, numbered=False)  # "… tỉnh", "… Trung ương", "… tỉnh A"
        owner = bool(group) or end > j + level  # not a bare kind: "… các bệnh viện thuộc ngành đã …"
        j = end
        if j + 1 < len(toks) and (toks[j].text == "," or toks[j].norm == _AND):
            j += 1
            continue
        break
    closed = end and (description_closed(toks, end) or phrase_at(toks, end, "bodies.place_qualifiers.txt"))
    return end if closed and owner else 0


def place_after(toks: Tokens, end: int, spans: list[Span]) -> int:
    """The end of a qualifier of place (``bodies.place_qualifiers.txt``) after a qualifier's unit
    ending at ``end``, named with it: "… trực thuộc Bộ Y tế trên địa bàn Hà Nội"; else ``end``."""
    if not phrase_at(toks, end, "bodies.place_qualifiers.txt"):
        return end
    return qualifier_end(toks, end, spans) or end


def group_after_qualifier(toks: Tokens, end: int) -> int:
    """The end of a second group of members, "và các" and a kind of ``bodies.list_words.txt``
    alone, after a qualified name ending at ``end``: "… các cơ quan Trung ương của Hội Nông dân
    và các đoàn thể" (0: none). A generic plural ("và các đơn vị") or a kind that goes on
    ("và các đoàn thể chính trị - xã hội …") is not named with it."""
    if end + 2 >= len(toks) or toks[end].norm != _AND or toks[end + 1].norm != _CAC:
        return 0
    n = phrase_at(toks, end + 2, "bodies.list_words.txt")
    k = end + 2 + n
    if not n or phrase_before(toks, k, "bodies.generic_ends.txt"):
        return 0
    after = toks[k] if k < len(toks) else None
    closed = after is None or not after.text[:1].isalnum() or bool(phrase_at(toks, k, "bodies.stops.txt"))
    return k if closed else 0


_MEMBER = norm("thành")


def region_end(toks: Tokens, end: int, start: int | None = None) -> int:
    """The end of a region after a qualifier's unit, named with it ("… trực thuộc Bộ Y tế khu vực
    miền Trung - Tây Nguyên", "… thành viên Tổng công ty A khu vực đồng bằng sông Cửu Long"): region words of
    ``bodies.region_heads.txt``, then a capitalised place, maybe after one lower-case word ("sông", "phía"), or
    an area of ``bodies.region_words.txt`` alone ("khu vực miền núi"); "và" and a second region go on with it
    ("… khu vực Thành phố A và miền Đông Nam Bộ", "… khu vực miền núi và Bắc Trung Bộ"); else ``end``."""
    head = phrase_before(toks, end, "bodies.region_heads.txt") if end < len(toks) else 0
    if head and not toks[end - head].is_title and phrase_at(toks, end, "bodies.determiners.txt"):
        return end - head  # a region head pointed at: "… Tổng công ty A miền Bắc khu vực này đã tổng kết"
    j = region_at(toks, end)
    if not j and start is not None and any(phrase_at(toks, k, "bodies.region_heads.txt") and not toks[k].is_title
                                           for k in range(start + 1, end)):
        j = end  # the unit's name took in its region: "Tổng công ty A khu vực miền núi" (and "và …" after it)
    if not j:
        return end
    if j > end and j < len(toks) and phrase_at(toks, j, "bodies.determiners.txt"):
        return end  # a region head pointed at: "… Tổng công ty A miền Bắc khu vực này đã tổng kết"
    if j + 1 < len(toks) and toks[j].norm == _AND and j + 1 not in read_heads(toks).units and not (
            toks[j + 1].norm in _HEAD_WORDS or person_len(toks, j + 1)):
        return region_at(toks, j + 1, bare=True) or j
    return j


def region_at(toks: Tokens, k: int, bare: bool = False) -> int:
    """The end of a region from ``k``: region words, then a place (see ``region_end``); a capitalised
    place alone with ``bare``; 0: none."""
    i, area = k, False
    while i < len(toks) and not toks[i].is_title:
        a = max(phrase_at(toks, i, "bodies.region_words.txt"), phrase_at(toks, i, "bodies.area_words.txt"))
        n = phrase_at(toks, i, "bodies.region_heads.txt")
        if not (a or n):
            break
        area = a > n
        i += max(a, n)
    if i == k and not bare:
        return 0
    j = capitalised_run(toks, i, numbered=False)
    if j == i and i > k and not area and i + 1 < len(toks) and toks[i].text.isalpha() and toks.word_start(i + 1):
        j = capitalised_run(toks, i + 1, numbered=False)  # "đồng bằng sông Hồng", "khu vực phía Nam"
        j = j if j > i + 1 else i
    if j > i:
        return j
    return i if area else 0


def bare_number(toks: Tokens, m: Match) -> bool:
    """A capitalised bare "Cụm"/"Khối" and a number that counts nothing ("Cụm 9 tổ chức …", not
    "Cụm 3 xã", "Khối 10 trường"): a body if the document named it in full before (``named_before``)."""
    i = m.end
    if not toks[m.start].is_title or i >= len(toks) or not toks[i].text.isdecimal() or is_year(toks[i]):
        return False
    if plural_before(toks, m.start) or phrase_before(toks, m.start, "bodies.not_after.txt"):
        return False
    counted = i + 1 < len(toks) and not toks[i + 1].is_title and (
        phrase_at(toks, i + 1, "units.admin.txt") or phrase_at(toks, i + 1, "members.unit_words.txt"))
    return not counted


def bare_head_ok(toks: Tokens, m: Match, joined: bool = False) -> bool:
    """A bare "Khối"/"Cụm", capitalised as a name is: its tail opens capitalised, numbered or
    with "các"/"cơ quan"; it is no role word, tumour, volume, exam block ("khối A1") or
    alliance, and no Party organ stands before it. ``joined`` to a full body name by "và", a tail of two
    capitalised words or more names a sibling body whatever its first word ("Khối thi đua các công ty A và Khối
    Công nghiệp - Xây lắp", not an industrial cluster or a company's division there)."""
    i = m.end
    if not toks[m.start].is_title or i >= len(toks):
        return False
    if phrase_at(toks, i, "bodies.not_bare.txt") and not (joined and sibling_tail(toks, i)):
        return False
    if phrase_before(toks, m.start, "bodies.not_after.txt"):
        return False
    t = toks[i]
    if is_roman(t) or phrase_at(toks, i, "bodies.bare_openers.txt"):
        return True
    return t.is_title and t.text.isalpha() and len(t.text) > 1


SIBLING_WORDS = 6  # tokens of a bare head's tail read for a second capitalised word ("Công nghiệp - Xây lắp")


def sibling_tail(toks: Tokens, i: int) -> bool:
    """Whether a bare head's tail at ``i`` is two capitalised sectors joined by a dash, as blocs are named: "Công
    nghiệp - Xây lắp", "Kinh doanh - Dịch vụ" (not "Kinh doanh của công ty", an industrial cluster "Công nghiệp
    Phú Thị"), and no unit owns it after it ("Khối Sản xuất - Kinh doanh của Tổng công ty": a division)."""
    if not toks[i].is_title:
        return False
    for k in range(i + 1, min(i + SIBLING_WORDS, len(toks) - 1)):
        t = toks[k]
        if t.text in "-–":
            if not (toks[k + 1].is_title and toks[k + 1].text.isalpha()):
                return False
            e = k + 2
            while e < len(toks) and toks[e].text.isalpha() and (toks[e].is_title or not toks.word_start(e)):
                e += 1
            return e >= len(toks) or toks[e].norm not in _OWNED
        if not t.text.isalpha() or t.is_title:
            return False
    return False


_OWNED = frozenset(norm(w) for w in ("của", "thuộc", "trực"))  # words before the unit that owns a name's tail


def tail_end(toks: Tokens, i: int, full: bool, spans: list[Span]) -> tuple[int, str]:
    """Where the tail after a head ending at token ``i`` ends, and which rule read it."""
    if i < len(toks) and toks[i].norm == _SO and i + 1 < len(toks) and is_number(toks[i + 1]):
        units = {s.start: s.end for s in spans if s.kind == "unit"}
        kinds = numbered_kinds_end(toks, i + 2, units) or dashed_kinds_end(toks, i + 2, units, spans)
        return (kinds, "numbered_kinds") if kinds else (i + 2, "number")
    if i < len(toks) and (is_roman(toks[i]) or (full and is_number(toks[i]))):
        return i + 1, "number"
    return name_end(toks, i, {s.start: s.end for s in spans if s.kind == "unit"}), "name"


def numbered_kinds_end(toks: Tokens, i: int, units: dict[int, int]) -> int:
    """The end of "các <kind of member> <place>" right after a number, named with it (0: none):
    "Cụm thi đua số 1 các hợp tác xã nông nghiệp huyện Vũ Thư", "Cụm thi đua số 2 các sở, ban,
    ngành tỉnh Hải Dương", "… các sở giáo dục và đào tạo đồng bằng sông Hồng". The name must end
    in a capitalised place after a word of ``units.admin.txt`` or ``bodies.region_heads.txt``; a
    generic plural ("số 2 các đơn vị đã …") or a kind with no place is not named with it."""
    if i + 1 >= len(toks) or toks[i].norm != _CAC or (toks[i + 1].is_title and not toks[i + 1].text.isupper()):
        return 0  # "các Sở …" and "các Công an …" are members, not a kind; "các HTX …" is a kind
    end = name_end(toks, i, units)
    if end <= i + 2 or not toks[end - 1].is_title or phrase_before(toks, end, "bodies.generic_ends.txt"):
        return 0
    places = ("units.admin.txt", "bodies.region_heads.txt")
    return end if any(phrase_at(toks, k, f) for k in range(i + 2, end - 1) for f in places) else 0


def dashed_kinds_end(toks: Tokens, i: int, units: dict[int, int], spans: list[Span]) -> int:
    """The end of a description after a dash right after a number, named with it (0: none): "các",
    a kind of unit that is no generic plural, its qualifier ("Cụm thi đua số 4 - các bệnh viện
    trực thuộc Sở Y tế", "Khối thi đua số 2 – các doanh nghiệp nhà nước tỉnh A"), up to a verb, a
    date or punctuation. A sentence after the dash ("số 4 - đơn vị … đã …", "- các đơn vị đã …")
    or a role ("- Cụm trưởng") is not."""
    if i + 2 >= len(toks) or toks[i].text not in "-–" or toks[i + 1].norm != _CAC:
        return 0
    k = i + 2
    if not (toks[k].text.isalpha() and (phrase_at(toks, k, "units.name_words.txt") or noun_at(toks, k)
                                        or toks[k].is_title)):
        return 0
    end = name_end(toks, i + 1, units)
    if end <= k or phrase_before(toks, end, "bodies.generic_ends.txt"):
        return 0
    while not description_closed(toks, end):  # "các bệnh viện chuyên khoa tuyến thành phố": a word
        w = end + 1  # the tagger calls no noun between nouns of the description goes on
        while w < len(toks) and w - end < ATTRIBUTE_LEN and toks[w].text.isalpha() and not toks.word_start(w):
            w += 1
        if w >= len(toks) or not toks[w].text.isalpha() or phrase_at(toks, w, "bodies.stops.txt") or not (
                toks[w].is_title or noun_at(toks, w)):
            break
        end = name_end(toks, w, units)
    qualified = 0 if named_region(toks, i + 2, end) else qualifier_end(toks, end, spans)
    if qualified:  # "… trực thuộc Sở Y tế": the unit closes it
        return qualified
    return end if description_closed(toks, end) else 0  # else cut inside a phrase: no description


def named_region(toks: Tokens, i: int, end: int) -> bool:
    """Whether a description from ``i`` to ``end`` ends in a named region ("các trường cao đẳng khu vực
    Đông Nam Bộ"): it tells the body apart by itself, and the "thuộc X" after it is its parent, not
    its name ("Cụm thi đua số 6 - các trường cao đẳng khu vực Đông Nam Bộ thuộc Tổng cục …")."""
    if end <= i or not titled_word_before(toks, end):
        return False
    k = end
    while k > i and toks[k - 1].text.isalpha() and (toks[k - 1].is_title or (
            k - 1 > i and toks[k - 2].is_title and not toks.word_start(k - 1))):  # "Duyên hải"
        k -= 1
    return k > i and bool(phrase_before(toks, k, "bodies.region_heads.txt"))


def description_closed(toks: Tokens, end: int) -> bool:
    """A description after a dash ends here: the sentence's end, punctuation, a stop word (a verb,
    "năm") or a qualifier ("trực thuộc …")."""
    return (end >= len(toks) or not toks[end].text[:1].isalpha() or bool(phrase_at(toks, end, "bodies.stops.txt"))
            or bool(phrase_at(toks, end, "bodies.qualifiers.txt")))


def name_end(toks: Tokens, i: int, units: dict[int, int]) -> int:
    """Where a descriptive body name starting at token ``i`` ends; "và các" joins a second
    group of members into it ("… các cơ quan Mặt trận Tổ quốc và các đoàn thể Trung ương")."""
    j = i
    while j < len(toks):
        step = name_step(toks, j, units)
        if step == 0:
            break
        j += step
        if is_number(toks[j - 1]):  # "Khối các cơ quan tham mưu I": a number closes the name
            break
    while j > i and (toks[j - 1].norm in (_CAC, _AND) or not toks[j - 1].text[:1].isalnum()):
        j -= 1
    return second_group_end(toks, j, units) if j > i else j


def second_group_end(toks: Tokens, j: int, units: dict[int, int]) -> int:
    """The end of "và các <members>" after a name ending at ``j`` when it names more members
    (nouns, not a generic plural such as "và các địa phương"), else ``j``."""
    if j + 2 >= len(toks) or toks[j].norm != _AND or toks[j + 1].norm != _CAC:
        return j
    if toks[j + 2].is_title or not noun_at(toks, j + 2) or phrase_at(toks, j + 2, "bodies.not_groups.txt"):
        return j  # not "và các tập thể, cá nhân": those commended, no group of members
    end = name_end(toks, j + 2, units)
    if end <= j + 2 or phrase_before(toks, end, "bodies.generic_ends.txt"):
        return j
    return end


def and_step(toks: Tokens, j: int, units: dict[int, int]) -> int:
    """How far "và" at ``j`` goes on with a body name: into a unit ("… các quân khu và Bộ Tư
    lệnh …"), across a unit name that holds it ("các Sở Nông nghiệp và Phát triển nông thôn"),
    or into a second capitalised place ("các tỉnh Đông Nam Bộ và Tây Nam Bộ"); the last of a series of
    kinds ("các lữ đoàn và nhà trường") or of trades ("các đơn vị Chế biến và Kinh doanh sản phẩm dầu
    khí") too. A document named after it ends the name: "… khu vực Nam Trung Bộ và Hướng dẫn của Ban …"
    (``bodies.document_words.txt``)."""
    if phrase_at(toks, j + 1, "bodies.document_words.txt"):
        return 0
    if j + 1 in units:  # (not after a named region, which ends the name: "… khu vực Đông Nam Bộ và Bộ Tư pháp")
        return 0 if named_region(toks, 0, j) or given_role(toks, units[j + 1]) else 1
    around = unit_around(units, j)
    if around:  # a unit read across "và" and given a role opens a clause: "… các Ban X và Công ty Y làm Khối trưởng"
        return 0 if given_role(toks, around) else around - j
    if phrase_at(toks, j + 1, "bodies.list_words.txt") and comma_before(toks, j):
        return 1  # the last of a series: "các cơ quan Đảng, Mặt trận và đoàn thể"
    if kinds_before(toks, j):  # the last of a series of kinds: "các sư đoàn và học viện", read whole ("… và tạp chí")
        return 1 + kind_at(toks, j + 1)
    if levels_before(toks, j):
        return 1  # the last of a series of levels after a unit: "các Hội Nông dân huyện và thành phố"
    if trade_before(toks, j) and phrase_at(toks, j + 1, "bodies.trade_words.txt"):
        return 1  # two trades: "các đơn vị Thăm dò khai thác và Dịch vụ dầu khí"
    if trade_before(toks, j) and phrase_at(toks, j + 1, "bodies.sector_words.txt") and (k := sector_at(toks, j + 1)):
        return k - j if sector_closed(toks, k) else 0  # a trade's object, a sector: "… sản xuất phân bón và hóa chất"
    region = phrase_at(toks, j + 1, "bodies.region_heads.txt") if j + 1 < len(toks) and not toks[j + 1].is_title else 0
    if toks[j - 1].text.isalpha() and (phrase_at(toks, j + 1, "bodies.area_words.txt") or (
            region and phrase_at(toks, j + 1 + region, "bodies.area_words.txt"))):
        return 1  # "… khu vực Hà Nội và vùng phụ cận", "các xã vùng cao và vùng sâu"
    nxt = toks[j + 1 + region] if j + 1 + region < len(toks) else None  # "… TP Hồ Chí Minh và miền Đông Nam Bộ"
    place = nxt is not None and nxt.is_title and nxt.text.isalpha() and nxt.norm not in _HEAD_WORDS
    if place and titled_word_before(toks, j) and not person_len(toks, j + 1 + region):
        return 1 + region
    side = phrase_at(toks, j + 1, "bodies.sides.txt")
    if side and region_before(toks, j) and not (j + 1 + side < len(toks) and toks[j + 1 + side].is_title):
        return 1 + side  # a second region, a side: "… khu vực miền Trung và phía Nam", "… phía bắc và phía nam"
    if last_word_pair(toks, j):
        return 1
    last = series_last(toks, j)
    return last - j if last else 0


SERIES_WORDS = 4  # syllables of the last item of a series of lower-case words after "và" ("trung học cơ sở")


def series_last(toks: Tokens, j: int) -> int:
    """The end of the last item, where "và" at ``j`` closes a series of lower-case words joined by commas after
    "các" and a kind of unit, the name closing after the last one: "các nhà hát chèo, tuồng và cải lương",
    "các trường mầm non, tiểu học và trung học cơ sở", "các hội văn học, nghệ thuật và báo chí" (not the
    commended or a group of people after it, "… và cá nhân", a place word, "các" and a second group, nor a word
    that goes on into a sentence); 0: none."""
    w = j + 1
    if w >= len(toks) or toks[w].is_title or not toks[w].text.isalpha() or toks[j - 1].text == "," or (
            phrase_at(toks, w, "bodies.stops.txt") or phrase_at(toks, w, "bodies.not_groups.txt")
            or phrase_at(toks, w, "units.admin.txt") or toks[w].norm == _CAC):
        return 0
    k, commas = j, 0
    while k > 0 and toks[k - 1].norm != _CAC:
        t = toks[k - 1]
        if t.text == ",":
            commas += 1
        elif t.is_title or not t.text.isalpha() or phrase_at(toks, k - 1, "bodies.stops.txt"):
            return 0
        k -= 1
    if not commas or k == 0 or not (kind_at(toks, k) or noun_at(toks, k)):
        return 0
    if any(toks[x].text == "," and organisation_at(toks, x + 1) for x in range(k, j)) and not organisation_at(toks, w):
        return 0  # a series of kinds of organisation closes with one: not "… quỹ tín dụng và khách hàng"
    if not noun_at(toks, w) and not kind_at(toks, w):  # a word the tagger calls no noun only where the name closes
        # right after it: "… và xiếc -"
        w += 1
        while w < len(toks) and w - j <= ATTRIBUTE_LEN and toks[w].text.isalpha() and not toks.word_start(w):
            w += 1
        return w if w < len(toks) and toks[w].text != "," and description_closed(toks, w) else 0
    sectors = 0  # syllables of sector words the tagger reads as verbs inside the item: "dịch vụ hậu cần nghề cá"
    while w < len(toks) and w - j - sectors <= SERIES_WORDS and toks[w].text.isalpha() and not toks[w].is_title and (
            not phrase_at(toks, w, "bodies.stops.txt")):
        if w > j + 1 and toks.word_start(w) and where_after(toks, w):
            return w  # where all the series' members are: "… và trạm chuyên khoa tuyến tỉnh", "… và tạp chí Trung ương"
        if noun_at(toks, w) or not toks.word_start(w):
            w += 1
        elif n := kind_at(toks, w):  # a kind of unit the tagger calls no noun: "… và tạp chí"
            w += n
        elif w > j + 1 and (k := sector_at(toks, w)):
            sectors, w = sectors + k - w, k
        else:
            break
    if w < len(toks) and w > j + 1 and toks.word_start(w) and (where_after(toks, w) or (
            toks[w].is_title and phrase_at(toks, w, "bodies.parent_levels.txt"))):
        return w
    return w if description_closed(toks, w) and not phrase_at(toks, w, "bodies.determiners.txt") else 0


def where_after(toks: Tokens, k: int) -> bool:
    """Whether the last item of a series is followed at ``k`` by where its members are, which goes on with the name:
    a level and a place word ("tuyến tỉnh", "cấp huyện"), a place word and a name ("tỉnh Nam Định"), a named region
    ("khu vực Tây Bắc"), a side ("phía nam tỉnh") or a parent level ("Trung ương")."""
    if level_at(toks, k) or named_region_at(toks, k):
        return True
    n = phrase_at(toks, k, "units.admin.txt")
    return bool(n) and k + n < len(toks) and toks[k + n].is_title and toks[k + n].text.isalpha()


def organisation_at(toks: Tokens, i: int) -> int:
    """Length of a kind of unit or organisation at ``i`` (``KIND_FILES``, ``bodies.institutions.txt``), 0: none."""
    return max(kind_at(toks, i), phrase_at(toks, i, "bodies.institutions.txt")) if i < len(toks) else 0


def last_word_pair(toks: Tokens, j: int) -> bool:
    """Whether "và" at ``j`` joins two lower-case words that qualify the kind before them, the second
    closing the name: "các viện nghiên cứu khu vực và quốc tế", "các trường công lập và tư thục thuộc Sở
    A" (not the commended, "… và cá nhân", a kind of unit or a place word, nor a word that goes on into a
    sentence or is pointed at: "… và vùng này")."""
    prev = toks[j - 1]
    if j < 3 or (toks[j - 2].norm, prev.norm) == ("thi", "đua") or prev.norm in _HEAD_WORDS:
        return False  # no name before it: "các cụm thi đua và tiêu chí …"
    if j + 1 >= len(toks) or not prev.text.isalpha() or titled_word_before(toks, j) or toks[j + 1].is_title:
        return False
    paired = paired_word_at(toks, j + 1)  # "ngoài công lập": the qualifier read whole, though "ngoài" ends names
    if not toks[j + 1].text.isalpha() or toks[j + 1].norm == _CAC or (
            phrase_at(toks, j + 1, "bodies.stops.txt") and not paired) or (
            phrase_at(toks, j + 1, "bodies.not_groups.txt")):
        return False
    if kind_at(toks, j + 1) or phrase_at(toks, j + 1, "units.admin.txt"):
        return False  # a second group or place: "các đơn vị sự nghiệp và doanh nghiệp …", "các tỉnh và thành phố"
    if not (paired_word_before(toks, j) and paired_word_at(toks, j + 1)):
        return False  # the end of the kind and another group: "các trường học và phụ huynh", "… và nhân dân"
    w = j + 1 + max(phrase_at(toks, j + 1, f) for f in _PAIRED_FILES)  # the whole qualifier: "ngoài công lập"
    while w < len(toks) and w - j - 1 < ATTRIBUTE_LEN and toks[w].text.isalpha() and not toks.word_start(w):
        w += 1
    return description_closed(toks, w) and not phrase_at(toks, w, "bodies.determiners.txt")


_PAIRED_FILES = ("bodies.paired_words.txt", "bodies.attributes.txt")


def paired_word_before(toks: Tokens, j: int) -> bool:
    """Whether a qualifier of the kind (``_PAIRED_FILES``) ends right before "và" at ``j``: "… khu vực và …"."""
    return any(phrase_before(toks, j, f) for f in _PAIRED_FILES)


def paired_word_at(toks: Tokens, j: int) -> bool:
    """Whether a qualifier of the kind (``_PAIRED_FILES``) opens at ``j``, right after "và": "… và quốc tế"."""
    return any(phrase_at(toks, j, f) for f in _PAIRED_FILES)


def given_role(toks: Tokens, k: int) -> bool:
    """Whether a role word stands at ``k``, maybe after words that give it ("làm", "là", "được bầu làm", "giữ
    vai trò": ``chairs.take_verbs.txt``, ``chairs.passive_leads.txt``) or after an apposition comma: the
    unit before ``k`` opens a clause of its own ("… giao A làm Khối trưởng Khối thi đua các Ban X và B làm Khối
    trưởng Khối …"), it is no member of the name before it."""
    if k < len(toks) and toks[k].text == ",":  # an apposition: "… và Công an huyện B, Cụm phó"
        k += 1
    else:  # "được bầu làm", "giữ vai trò", "là", "sẽ tiếp tục làm"
        for _ in range(ROLE_LEAD_WORDS):
            n = (phrase_at(toks, k, "chairs.take_verbs.txt") or phrase_at(toks, k, "chairs.passive_leads.txt")
                 or (1 if k < len(toks) and toks[k].norm in _ROLE_LEADS else 0)
                 or (2 if tuple(t.norm for t in toks[k : k + 2]) in _ROLE_NOUNS else 0))
            if not n:
                break
            k += n
    return k < len(toks) and any(m.start == k for m in match_patterns("chairs.roles.jsonl", toks))


ROLE_LEAD_WORDS = 4  # words between a unit and the role it is given: "được bầu làm", "đã giữ vai trò"
_ROLE_LEADS = frozenset(norm(w) for w in ("được", "đã", "sẽ", "vẫn"))
_ROLE_NOUNS = frozenset(tuple(norm(x) for x in w.split()) for w in ("vai trò", "nhiệm vụ", "chức vụ"))


def region_before(toks: Tokens, j: int) -> bool:
    """Whether a region ends right before ``j``: a word of ``bodies.region_heads.txt`` and a capitalised region
    ("khu vực miền Trung", "khu vực Hà Nội"), or a side (``bodies.sides.txt``), maybe with a place word ("phía nam
    tỉnh"); not a kind's place ("các huyện miền núi Quảng Nam", whose "và phía tây Quảng Ngãi" ends the name)."""
    if phrase_before(toks, j, "bodies.sides.txt"):
        return True
    admin = phrase_before(toks, j, "units.admin.txt")
    if admin and phrase_before(toks, j - admin, "bodies.sides.txt"):
        return True
    k = j
    while k > 0 and toks[k - 1].text.isalpha() and (toks[k - 1].is_title or (  # "Duyên hải"
            k > 1 and not toks.word_start(k - 1) and toks[k - 2].is_title)):
        k -= 1
    return k < j and toks[k].is_title and bool(phrase_before(toks, k, "bodies.region_heads.txt"))


def titled_word_before(toks: Tokens, j: int) -> bool:
    """Whether the word that ends right before ``j`` opens capitalised: "Bắc Bộ", "Duyên hải" (a place
    written with its second syllable in lower case)."""
    k = j - 1
    if k > 0 and toks[k].text.isalpha() and not toks[k].is_title and not toks.word_start(k):
        k -= 1
    return toks[k].is_title


def kinds_before(toks: Tokens, j: int) -> bool:
    """Whether "các" and lower-case kinds of unit (``KIND_FILES``: one, or a series joined by commas)
    stand right before "và" at ``j``, and another kind follows it: "các lữ đoàn và nhà trường", "các
    trường cao đẳng và trung cấp", "các tỉnh ủy, thành ủy và đảng ủy khối". A place word after "và" goes
    on only where a named place follows it ("các xã và thị trấn huyện A"; not "các tỉnh và thành phố":
    the places of a generic plural)."""
    nxt = j + 1
    place = phrase_at(toks, nxt, "units.admin.txt") if nxt < len(toks) else 0
    n = kind_at(toks, nxt)
    if not (place or n):
        return False
    if toks[nxt].is_title:  # a bare kind in capitals: "các Tổng công ty và Công ty thuộc …" (not "… và Ban Dân tộc")
        after = toks[nxt + n] if nxt + n < len(toks) else None
        if place or not n or (after is not None and (after.is_title or after.text[:1].isdecimal())):
            return False
    elif place:
        k = nxt + place
        level = phrase_at(toks, k, "units.admin.txt") if k < len(toks) and not toks[k].is_title else 0
        if not (level and k + level < len(toks) and toks[k + level].is_title):
            return False
    k = j
    while n := kind_before(toks, k) or phrase_before(toks, k, "units.admin.txt"):
        k -= n
        if k > 0 and toks[k - 1].text == ",":
            k -= 1
            continue
        break
    return k < j and k > 0 and toks[k - 1].norm == _CAC


def levels_before(toks: Tokens, j: int) -> bool:
    """Whether bare levels of ``units.admin.txt`` (one, or a series joined by commas) follow a capitalised
    unit word right before "và" at ``j``, and a bare level follows it: "các Hội Nông dân huyện và thành
    phố", "Công an các quận, huyện và thị xã" (not "huyện A và thành phố B": two named places)."""
    n = phrase_at(toks, j + 1, "units.admin.txt") if j + 1 < len(toks) else 0
    if not n or toks[j + 1].is_title or (j + 1 + n < len(toks) and toks[j + 1 + n].is_title):
        return False
    k = j
    while (n := phrase_before(toks, k, "units.admin.txt")) and not toks[k - n].is_title:
        k -= n
        if k > 0 and toks[k - 1].text == ",":
            k -= 1
            continue
        break
    before = toks[max(0, k - 3) : k]  # a unit's name: "Hội Nông dân", "Công an các"
    return k < j and bool(before) and all(t.text.isalpha() for t in before) and any(t.is_title for t in before)


KIND_FILES = ("bodies.list_words.txt", "bodies.plain_kinds.txt", "bodies.type_words.txt")


def kind_at(toks: Tokens, i: int) -> int:
    """Length of the kind of unit at ``i`` (``KIND_FILES``), 0: none."""
    return max(phrase_at(toks, i, f) for f in KIND_FILES) if i < len(toks) else 0


def kind_before(toks: Tokens, i: int) -> int:
    """Length of the kind of unit that ends right before ``i`` (``KIND_FILES``), 0: none."""
    return max(phrase_before(toks, i, f) for f in KIND_FILES)


def trade_before(toks: Tokens, j: int) -> bool:
    """Whether a trade of ``bodies.trade_words.txt`` ends right before ``j``, maybe with its lower-case
    object after it ("Thăm dò khai thác", "Chế biến", "vận tải biển"), in a name that opened with "các"
    and a kind of unit."""
    k = j
    while k > 0 and toks[k - 1].text.isalpha() and not toks[k - 1].is_title and not phrase_before(
            toks, k, "bodies.trade_words.txt"):
        k -= 1
    if j - k > ATTRIBUTE_LEN or not phrase_before(toks, k, "bodies.trade_words.txt"):
        return False
    while n := phrase_before(toks, k, "bodies.trade_words.txt"):  # "Thăm dò khai thác": trades in a row
        k -= n
    return any(t.norm == _CAC for t in toks[max(0, k - 4) : k])


def comma_before(toks: Tokens, j: int) -> bool:
    """Whether a comma of a series of capitalised names (``capital_series``) stands before the
    capitalised run that ends at ``j``."""
    k = j
    while k > 0 and toks[k - 1].text.isalpha() and (toks[k - 1].is_title or glued(toks, k - 1)):
        k -= 1
    return k > 0 and toks[k - 1].text == "," and capital_series(toks, k - 1)


def capital_stop(toks: Tokens, j: int) -> bool:
    """A stop word in capitals (not "VÀ") after a word in capitals: the end of a name in a heading read
    with the text after it ("… CÁC VÙNG HẢI QUÂN NĂM 2010 tại Hội nghị …"), as in lower case."""
    t = toks[j]
    return (j > 0 and t.norm != _AND and len(t.text) > 1 and t.text.isupper() and toks[j - 1].text.isupper()
            and toks[j - 1].text.isalpha() and bool(phrase_at(toks, j, "bodies.stops.txt")))


def closed_after(toks: Tokens, j: int) -> bool:
    """Whether a lower-case word at ``j`` (not a place word of ``units.admin.txt``) ends a name closed by a side
    (``bodies.sides.txt``: "các nông trường phía bắc | sản xuất 500 tấn lúa") or by a level after a word of
    ``bodies.attributes.txt`` ("các cửa hàng quốc doanh toàn quốc | bình chọn …"): only a place, a capitalised
    name or "và" goes on from them."""
    t = toks[j]
    if not t.text[:1].isalpha() or t.is_title or t.norm == _AND or phrase_at(toks, j, "units.admin.txt"):
        return False
    if phrase_before(toks, j, "bodies.sides.txt"):
        return True
    level = phrase_before(toks, j, "bodies.parent_levels.txt")
    return bool(level) and bool(phrase_before(toks, j - level, "bodies.attributes.txt"))


def unit_around(units: dict[int, int], j: int) -> int:
    """The end of a unit name that runs across token ``j`` (0: none): "Sở Nông nghiệp và Phát
    triển nông thôn" inside a body name."""
    return next((end for start, end in units.items() if start < j < end), 0)


def name_step(toks: Tokens, j: int, units: dict[int, int]) -> int:
    """How many tokens from ``j`` go on with a body name (0: the name ends before ``j``)."""
    t = toks[j]
    if j > 0 and closed_after(toks, j):
        return 0
    k = phrase_at(toks, j, "units.continue.txt") or phrase_at(toks, j, "units.name_words.txt")
    if k:
        return k
    k = phrase_at(toks, j, "bodies.parent_levels.txt") if phrase_before(toks, j, "bodies.attributes.txt") else 0
    if k and not toks[j - 1].is_title:
        return k  # a level after a word of a kind: "các cửa hàng quốc doanh toàn quốc"
    k = phrase_at(toks, j, "bodies.name_phrases.txt") if j > 0 and not toks[j - 1].is_title else 0
    if k:
        return k  # "các doanh nghiệp có vốn đầu tư nước ngoài": a phrase of a kind, its verb inside
    if not t.is_title and phrase_at(toks, j, "bodies.stops.txt"):
        return and_step(toks, j, units) if t.norm == _AND else 0
    if capital_stop(toks, j):
        return 0  # "… KHỐI THI ĐUA CÁC VÙNG HẢI QUÂN NĂM 2010 tại …": a heading run on into its next line
    if t.text == ",":
        return sector_after_comma(toks, j) or (1 if list_comma(toks, j) else 0)
    if t.text == "." and dotted_place(toks, j) and not sentence_after_stop(toks, j):
        return 1  # an abbreviated place word: "… khu vực TP. Hồ Chí Minh"
    if t.text in "-–":
        return (2 if paired_word(toks, j) else 1) if dash_in_name(toks, j, units) else 0
    if t.text == "(" and acronym_bracket(toks, j) and name_step(toks, j + 3, units):
        return 3  # "Khối thi đua các Bộ Chỉ huy Quân sự (CHQS) tỉnh, thành phố": the name goes on
    if is_head_at(toks, j) or not t.text[:1].isalnum() or phrase_at(toks, j, "bodies.header_words.txt"):
        return 0  # not the motto beside a heading: "KHỐI THI ĐUA CÁC CÔNG TY Độc lập - Tự do - Hạnh phúc"
    listed = phrase_at(toks, j, "bodies.list_words.txt") if toks[j - 1].text == "," and not t.is_title else 0
    if listed:  # a generic word after a comma that went on: "các huyện, thành, thị" (not a unit: ", Trường …")
        return listed
    if t.text.isalpha() and not toks.word_start(j):  # the rest of a word already begun: "Bắc bộ"
        return 1
    if paired_first(toks, j):
        return 1  # the first of two trades joined by a dash: "các doanh nghiệp dệt - may"
    if t.text[:1].isdecimal():
        return 1 if is_number(t) and toks[j - 1].norm in NUMBERED else 0
    ok = (t.is_title and t.text[:1].isalpha()) or t.norm == _CAC or noun_at(toks, j)
    if ok:
        return 1
    area = phrase_at(toks, j, "bodies.area_words.txt")
    if area and toks[j - 1].text.isalpha() and not toks[j - 1].is_title:
        return area  # "các huyện đoàn ngoại thành", "các xã biên giới"
    trade = phrase_before(toks, j, "bodies.trade_words.txt")
    last = object_end(toks, j) if trade and (not toks[j - 1].is_title or trade_named(toks, j)) else 0
    return (last - j if last else 0) or trade_step(toks, j) or attribute_step(toks, j) or unit_words_step(
        toks, j) or means_step(toks, j) or sector_step(toks, j)


_DATE_WORDS = frozenset(norm(w) for w in ("năm", "ngày", "tháng", "quý", "sáng", "chiều", "tối", "đêm", "đầu",
                                           "cuối", "giữa", "sau", "trước", "trong", "từ", "đến", "hôm", "nay"))


def sentence_after_stop(toks: Tokens, j: int) -> bool:
    """Whether the full stop at ``j`` after an abbreviated place word ends a sentence: the capitalised word
    after it is a date word or is followed by a number ("… khu vực nội thành TP. Năm 2021, …")."""
    nxt = toks[j + 1] if j + 1 < len(toks) else None
    if nxt is None:
        return False
    return nxt.norm in _DATE_WORDS or (j + 2 < len(toks) and toks[j + 2].text[:1].isdecimal())


SECTOR_LEN = 3  # syllables of a sector word the tagger reads as a verb ("thủy điện", "may mặc", "cấp thoát nước")


def sector_step(toks: Tokens, j: int) -> int:
    """Length of a sector word of one or two syllables (``bodies.sector_words.txt`` or a trade of
    ``bodies.trade_words.txt``), which the tagger may read as a verb (or split in two: "đóng tàu"), right after
    "các" and a kind of unit in lower case, where the name closes right after it (a word of
    ``bodies.sector_ends.txt``, a qualifier, punctuation other than a comma, the end), or goes on with a region
    or a place ("… các công ty đóng tàu khu vực phía Bắc", "… tỉnh A"): the sector of the kind, "Khối thi đua
    các công ty thủy điện tổng kết", "… các công ty du lịch đã …", "… các doanh nghiệp may"; a series of them
    joined by a comma or "và" ("các công ty dệt, may") is read whole; the last, of two syllables or more, may
    take its object ("… các xí nghiệp nhiệt điện than"; not one of one syllable: "các trường in giấy khen")
    (not an adjective or an adverb: "các trường học tích cực …"; not a verb of effort: "… phấn đấu hoàn
    thành"); 0: none."""
    if not plain_kind_before(toks, j):
        return 0
    k = sector_at(toks, j)
    last = j  # where the last sector word of a series opens
    while k and k < len(toks):
        sep = 1 if toks[k].text == "," or toks[k].norm == _AND else 0
        nxt = sector_at(toks, k + sep)  # the next of a series: "các công ty dệt, may", "… may xuất khẩu"
        if not nxt:
            break
        k, last = nxt, k + sep
    if not k:
        return 0
    if sector_closed(toks, k):
        return k - j
    if k >= len(toks) or toks[k].norm == _SIDE or phrase_at(toks, k, "bodies.region_heads.txt"):
        return 0  # a place word that names no place: "… các doanh nghiệp may phía trước"
    if k - last < 2:
        return 0  # a trade of one syllable used as a verb takes no object: "các trường in giấy khen cho …"
    end = object_end(toks, k)  # the object of the last: "các công ty in và phát hành sách", "… nhiệt điện than"
    return end - j if end else 0


def sector_closed(toks: Tokens, k: int) -> bool:
    """Whether a name closes at ``k``, right after a sector word (``sector_step``), or goes on with a region or
    a place."""
    return k >= len(toks) or toks[k].text in _SECTOR_MARKS or bool(
        phrase_at(toks, k, "bodies.sector_ends.txt") or phrase_at(toks, k, "bodies.qualifiers.txt")
    ) or sector_place(toks, k)


def capital_region(toks: Tokens, k: int) -> bool:
    """Region words at ``k`` and a word in capitals after them, in a heading written in capitals (read in lower
    case): "KHU VỰC PHÍA BẮC", "VÙNG TÂY BẮC"."""
    i = k
    while i < len(toks) and (n := phrase_at(toks, i, "bodies.region_heads.txt") or (
            1 if toks[i].norm == _SIDE else 0)):
        i += n
    if i == k or i >= len(toks):
        return False
    word = toks.text[toks[i].start : toks[i].end]
    return word.isalpha() and word.isupper() and not phrase_at(toks, i, "bodies.stops.txt")


def sector_after_comma(toks: Tokens, j: int) -> int:
    """Length of a comma at ``j`` and a sector word the tagger reads as a verb after it, closing a series of
    lower-case words after "các" and a kind of unit: "các công ty sợi, dệt tổng kết", "các xí nghiệp gạch, in";
    0: none."""
    if j == 0 or j + 1 >= len(toks) or toks[j - 1].is_title or not toks[j - 1].text.isalpha() or not (
            phrase_at(toks, j + 1, "bodies.sector_words.txt") or phrase_at(toks, j + 1, "bodies.trade_words.txt")):
        return 0  # (the lexicons first: the tagger is asked only where a sector word follows)
    k = sector_at(toks, j + 1)
    if not k or not sector_closed(toks, k) or noun_at(toks, j + 1):
        return 0
    i = j - 1
    while i > 0 and toks[i - 1].text.isalpha() and not toks[i - 1].is_title and toks[i - 1].norm != _CAC:
        i -= 1
    return k - j if i > 0 and toks[i - 1].norm == _CAC and j - i <= SERIES_WORDS + 2 else 0


def sector_at(toks: Tokens, j: int) -> int:
    """The end of a sector word of ``sector_step`` at ``j``, in lower case and read whole (it opens and ends
    words of the sentence); 0: none."""
    if j >= len(toks):
        return 0
    n = max(phrase_at(toks, j, "bodies.sector_words.txt"), phrase_at(toks, j, "bodies.trade_words.txt"))
    k = j + n
    if not n or n > SECTOR_LEN or any(toks[x].is_title or not toks[x].text.isalpha() for x in range(j, k)):
        return 0  # an ordinary verb opens the predicate: "… các doanh nghiệp tham gia ký kết", "… tiến hành"
    return k if toks.word_start(j) and (k >= len(toks) or toks.word_start(k)) else 0


def sector_place(toks: Tokens, k: int) -> bool:
    """A region or a named place at ``k``, right after a sector word, that goes on with the name: "khu vực
    phía Bắc", "vùng Đông Nam Bộ", "miền núi", "tỉnh Quảng Ninh"."""
    if k >= len(toks) or toks[k].is_title:
        return False
    if region_at(toks, k) > k or (toks[k].norm == _SIDE and k + 1 < len(toks) and toks[k + 1].is_title):
        return True  # "… khu vực phía Bắc", "… phía Nam"
    if capital_region(toks, k) and shouting(toks.text):
        return True  # a heading in capitals, read in lower case: "… ĐÓNG TÀU KHU VỰC PHÍA BẮC"
    n = phrase_at(toks, k, "units.admin.txt")
    return bool(n) and k + n < len(toks) and toks[k + n].is_title and toks[k + n].text.isalpha()


_SECTOR_MARKS = frozenset(".;:()\"“”")
_SIDE = norm("phía")


MEANS_REACH = 8  # lower-case syllables between a trade and the means it works by ("vận tải hành khách công cộng")


def means_step(toks: Tokens, j: int) -> int:
    """Length of the means a trade of the name works by at ``j`` (``bodies.means.txt``), one lower-case word
    that closes the name: "Khối thi đua vận tải hành khách công cộng bằng xe buýt và …", "… bằng taxi."; 0:
    none."""
    n = phrase_at(toks, j, "bodies.means.txt")
    if not n or j + n >= len(toks) or toks[j - 1].is_title or not toks[j - 1].text.isalpha():
        return 0
    k = j
    while k > 0 and j - k < MEANS_REACH and toks[k - 1].text.isalpha() and not toks[k - 1].is_title:
        if phrase_before(toks, k, "bodies.trade_words.txt"):
            break
        k -= 1
    if not phrase_before(toks, k, "bodies.trade_words.txt"):
        return 0
    w = j + n
    if toks[w].is_title or not toks[w].text.isalpha() or phrase_at(toks, w, "bodies.stops.txt"):
        return 0
    w += 1
    while w < len(toks) and w - j - n < ATTRIBUTE_LEN and toks[w].text.isalpha() and not toks.word_start(w):
        w += 1
    return w - j if description_closed(toks, w) else 0


UNIT_WORDS = 4  # lower-case syllables of a unit's name written in sentence case ("Hội Cựu thanh niên xung phong")


def unit_words_step(toks: Tokens, j: int) -> int:
    """Length of the lower-case words at ``j`` that end a unit's name written in sentence case right after
    the head, before "các" and the places or kinds of its members or before a named region: "Cụm thi đua Hội
    Cựu giáo chức các tỉnh …", "Khối thi đua Hội Khuyến học (HKH) các huyện …", "… Hội Cựu giáo chức khu vực
    Bắc Trung Bộ" (whatever the tagger calls them); 0: none."""
    k = j
    while k > 0 and j - k < UNIT_WORDS and toks[k - 1].text.isalpha() and not toks[k - 1].is_title:
        k -= 1
    t = k
    while t > 0 and toks[t - 1].is_title and toks[t - 1].text.isalpha() and toks[t - 1].norm not in _HEAD_WORDS:
        t -= 1
    if t == k or t < 2 or not (toks[t - 1].norm == norm("đua") and toks[t - 2].norm == norm("thi")):
        return 0
    e = j
    while e < len(toks) and e - k < UNIT_WORDS and toks[e].text.isalpha() and not toks[e].is_title and not (
            toks[e].norm == _CAC or phrase_at(toks, e, "bodies.stops.txt") or named_region_at(toks, e)):
        e += 1
    c = e + 3 if e < len(toks) and toks[e].text == "(" and acronym_bracket(toks, e) else e
    if e == j or c + 1 >= len(toks):
        return 0
    if toks[c].norm != _CAC:  # or a named region: "Hội Cựu giáo chức khu vực Bắc Trung Bộ"
        return e - j if named_region_at(toks, c) else 0
    n = phrase_at(toks, c + 1, "units.admin.txt") or kind_at(toks, c + 1)
    return e - j if n and members_described(toks, c + 1 + n) else 0


def members_described(toks: Tokens, k: int) -> bool:
    """Whether the members' kind ending before ``k`` ("các tỉnh", "các huyện") goes on with where they are, as
    a body's name does: a capitalised region ("… các tỉnh Bắc Trung Bộ"), a region word and a name, an area
    ("… các huyện miền núi") or more levels ("… các tỉnh, thành phố"); not a verb or an adjective ("… giúp các
    xã nghèo", "… phối hợp các huyện tổ chức …")."""
    if k >= len(toks):
        return False
    t = toks[k]
    if t.is_title and t.text.isalpha():
        return True
    if t.text == "," and k + 1 < len(toks):
        return phrase_at(toks, k + 1, "units.admin.txt") > 0 and not toks[k + 1].is_title
    return named_region_at(toks, k) or phrase_at(toks, k, "bodies.area_words.txt") > 0 or bool(
        phrase_at(toks, k, "bodies.region_words.txt"))


def trade_step(toks: Tokens, j: int) -> int:
    """Length of a trade word (``bodies.trade_words.txt``) at ``j`` that goes on with a body name:
    after a lower-case word of the name, before a noun, another trade word, or a comma and one
    ("các đơn vị khai thác than", "các công ty quản lý, bảo trì kết cấu …"); 0: none."""
    n = phrase_at(toks, j, "bodies.trade_words.txt")
    if not n or (toks[j - 1].is_title and not trade_named(toks, j)) or (
            not toks[j - 1].text.isalpha() and toks[j - 1].text != ","):
        return 0
    k = j + n
    last = object_end(toks, k)
    if last:  # its object closes the name: "các doanh nghiệp vận tải biển, …", "… kinh doanh xăng dầu tổng kết"
        return last - j
    if description_closed(toks, k) and (after_generic(toks, j) or trade_named(toks, j) or (
            not phrase_at(toks, k, "bodies.manner_words.txt") and (last_trade(toks, j) or plain_kind_before(toks, j)))):
        return n  # "Khối thi đua các đơn vị khai thác (gồm …)": the trade alone tells a generic kind apart
    k += 1 if k < len(toks) and toks[k].text == "," else 0
    if k >= len(toks) or toks[k].is_title or not toks[k].text.isalpha():
        return 0
    trade = phrase_at(toks, k, "bodies.trade_words.txt")
    nxt = trade or (noun_at(toks, k) and not phrase_at(toks, k, "bodies.stops.txt"))
    also = toks[k].norm == _AND and phrase_at(toks, k + 1, "bodies.trade_words.txt")  # "khai thác và Dịch vụ …"
    return n if nxt or also else 0


def plain_kind_before(toks: Tokens, j: int) -> bool:
    """ "các" and a kind of unit of ``bodies.plain_kinds.txt`` in lower case right before ``j``: the trade
    after it tells its members apart ("Khối thi đua các công ty xây lắp gồm …", "các xí nghiệp chế biến")."""
    n = phrase_before(toks, j, "bodies.plain_kinds.txt")
    return bool(n) and j - n > 0 and toks[j - n - 1].norm == _CAC and not toks[j - n].is_title


def last_trade(toks: Tokens, j: int) -> bool:
    """The trade at ``j`` closes a series of trades after a kind of unit in lower case: "các công ty kinh
    doanh, xuất nhập khẩu", "các doanh nghiệp sản xuất, chế biến (…)"."""
    if j < 3 or toks[j - 1].text != ",":
        return False
    k = phrase_before(toks, j - 1, "bodies.trade_words.txt")
    return bool(k) and j - 1 - k > 0 and toks[j - 2 - k].text.isalpha() and not toks[j - 2 - k].is_title and noun_at(
        toks, j - 2 - k)


def trade_named(toks: Tokens, j: int) -> bool:
    """Whether a capitalised trade right before ``j`` follows "các" and a kind of unit: a sector named
    in capitals, whose lower-case trades and objects go on with it ("các đơn vị Thăm dò khai thác", "các
    công ty Vận tải biển")."""
    n = phrase_before(toks, j, "bodies.trade_words.txt")
    if not n or not toks[j - n].is_title:
        return False
    k = j - n
    while k > 1 and (toks[k - 1].norm == _AND or toks[k - 1].text == ",") and (
            m := phrase_before(toks, k - 1, "bodies.trade_words.txt")):
        k -= 1 + m  # a trade before it: "các công ty Xây lắp và Tư vấn thiết kế"
    return any(t.norm == _CAC for t in toks[max(0, k - 3) : k]) and all(
        not t.is_title for t in toks[max(0, k - 3) : k] if t.norm != _CAC)


def after_generic(toks: Tokens, j: int) -> bool:
    """A generic plural ends before token ``j``, maybe with trades and commas between: "các đơn vị | khai
    thác", "các đơn vị sản xuất, | kinh doanh"."""
    while j > 0:
        if phrase_before(toks, j, "bodies.generic_ends.txt"):
            return True
        n = 1 if toks[j - 1].text == "," else phrase_before(toks, j, "bodies.trade_words.txt")
        if not n:
            return False
        j -= n
    return False


def object_end(toks: Tokens, k: int) -> int:
    """The end of one lower-case word at ``k``, the object of a trade word before it, where the
    name closes right after it (punctuation, a stop word, a qualifier or the end: "vận tải biển,"), the
    tagger's reading of it aside; 0: none."""
    if k >= len(toks) or toks[k].is_title or not toks[k].text.isalpha() or phrase_at(toks, k, "bodies.stops.txt"):
        return 0
    w = k + 1
    while w < len(toks) and w - k < ATTRIBUTE_LEN and toks[w].text.isalpha() and not toks.word_start(w):
        w += 1
    if (w == k + 1 and phrase_at(toks, k, "units.function_words.txt")) or phrase_at(toks, k, "bodies.trade_words.txt"):
        return 0  # a function word alone, not a word it opens ("dự án")
    return w if description_closed(toks, w) else 0


ATTRIBUTE_LEN = 2  # syllables of a word that qualifies a kind of unit


def attribute_step(toks: Tokens, j: int) -> int:
    """Length of a lower-case word the tagger calls no noun that qualifies the kind of unit before
    it and is followed by a place word of ``units.admin.txt`` ("các công ty dịch vụ công ích quận,
    huyện", "các doanh nghiệp ngoài quốc doanh tỉnh A"); 0: none. A stop word or a verb that is
    followed by anything else ends the name."""
    if j == 0 or toks[j].is_title or not toks[j - 1].text.isalpha():
        return 0
    listed = listed_attribute(toks, j)
    if listed:
        return listed
    if toks[j - 1].is_title:
        return 0
    k = next((k for k in range(j + 1, min(j + ATTRIBUTE_LEN + 1, len(toks)))
              if not toks[k].is_title and (phrase_at(toks, k, "units.admin.txt") or level_at(toks, k))), 0)
    if not k or toks[j - 1].norm == _CAC or phrase_at(toks, j, "bodies.stops.txt") or not noun_at(toks, j - 1):
        return 0
    if any(not toks[x].text.isalpha() or toks.word_start(x) for x in range(j + 1, k)):
        return 0  # the place word must follow the attribute word itself
    return k - j


def listed_attribute(toks: Tokens, j: int) -> int:
    """Length of a word of ``bodies.attributes.txt`` at ``j`` that qualifies the kind of unit before it (also
    one written short: "các trường THPT chuyên") and is followed by a place word, a level or a named region:
    "… các trường THPT chuyên khu vực Duyên hải", "… các trường mầm non tư thục khu vực A"; 0: none (a verb
    there ends the name: "các bệnh viện hỗ trợ khu vực A")."""
    n = phrase_at(toks, j, "bodies.attributes.txt")
    prev = toks[j - 1]
    if not n or prev.norm == _CAC or not (
            (prev.text.isupper() and len(prev.text) > 1) or (not prev.is_title and noun_at(toks, j - 1))):
        return 0
    k = j + n
    if k < len(toks) and toks[k].norm != _AND and (description_closed(toks, k) or means_step(toks, k)):
        return n  # it closes the name, or the means a trade works by follows: "… hành khách công cộng bằng xe buýt"
    level = phrase_at(toks, k, "bodies.parent_levels.txt")
    if level:
        return n + level  # a level in any case, read with it: "các cửa hàng quốc doanh toàn quốc" (``closed_after``)
    if k >= len(toks) or toks[k].is_title:
        return 0
    return n if phrase_at(toks, k, "units.admin.txt") or level_at(toks, k) or named_region_at(toks, k) else 0


def named_region_at(toks: Tokens, k: int) -> bool:
    """A region word of ``bodies.region_heads.txt`` and a capitalised region at ``k``: "khu vực Tây Bắc"
    ("các trường THPT chuyên khu vực Duyên hải …", "các bệnh viện tư nhân vùng Đông Nam Bộ"), or a side in any
    case (``bodies.sides.txt``: "các nông trường quốc doanh phía nam tỉnh")."""
    n = phrase_at(toks, k, "bodies.region_heads.txt")
    return (bool(n) and k + n < len(toks) and toks[k + n].is_title and toks[k + n].text.isalpha()) or bool(
        phrase_at(toks, k, "bodies.sides.txt"))


def level_at(toks: Tokens, k: int) -> bool:
    """A level of ``bodies.level_words.txt`` and a place word at ``k``: "cấp tỉnh", "tuyến huyện"."""
    n = phrase_at(toks, k, "bodies.level_words.txt")
    return bool(n) and phrase_at(toks, k + n, "units.admin.txt") > 0


def acronym_bracket(toks: Tokens, j: int) -> bool:
    """An abbreviation in brackets at token ``j`` after a word: "Quân sự (CHQS)"."""
    if j == 0 or j + 3 >= len(toks) or not toks[j - 1].text.isalpha() or toks[j + 2].text != ")":
        return False
    a = toks[j + 1].text
    return a.isalpha() and a.isupper() and 2 <= len(a) <= 8


def list_comma(toks: Tokens, j: int) -> bool:
    """A comma inside a name: between generic words ("các bộ, ngành", "sở, ban, ngành"), trades
    (``trade_step``) or lower-case nouns ("các doanh nghiệp nông, lâm nghiệp", "các trường đại học,
    cao đẳng")."""
    if j == 0 or j + 1 >= len(toks) or phrase_at(toks, j + 1, "persons.honorifics.txt"):
        return False  # a person addressed after it: "Thay mặt Khối Thăm dò khai thác, ông A phát biểu"
    pb = phrase_before(toks, j, "bodies.list_words.txt")
    if pb and toks[j - pb].is_title and j - pb > 0 and toks[j - pb - 1].is_title and toks[j - pb - 1].text.isalpha():
        pb = 0  # the end of a capitalised name, not a generic word: "… khu vực Đông Nam Bộ, Sở Tư pháp tỉnh A"
    if pb and (n := phrase_at(toks, j + 1, "bodies.list_words.txt")):
        after = toks[j + 1 + n] if j + 1 + n < len(toks) else None
        # not a unit after it ("…, Trường Cao đẳng Y tế"); a bare kind is one ("các trường Đại học, Cao đẳng khu vực")
        bare = after is None or not (after.is_title or after.text[:1].isdecimal())
        if toks[j - 1].is_title or not toks[j + 1].is_title or bare:
            return True  # else a series of bare kinds may still go on: "các Học viện, Trường Đại học thuộc …"
    if capital_series(toks, j) or group_after_name(toks, j) or type_series(toks, j):
        return True
    prev, nxt = toks[j - 1], toks[j + 1]
    if phrase_before(toks, j, "bodies.trade_words.txt") and trade_step(toks, j + 1):
        return True  # two trades: "các công ty quản lý, sửa chữa đường bộ"
    n = phrase_at(toks, j + 1, "bodies.trade_words.txt") if phrase_before(toks, j, "bodies.trade_words.txt") else 0
    if n and j + 1 + n < len(toks) and toks[j + 1 + n].is_title and toks[j + 1 + n].norm not in _HEAD_WORDS:
        return True  # two trades before the unit they serve: "các cơ quan tham mưu, giúp việc Tỉnh ủy"
    plain = nxt.text.isalpha() and not nxt.is_title and nxt.norm not in _HEAD_WORDS and noun_at(toks, j + 1)
    stop = phrase_at(toks, j + 1, "bodies.stops.txt") or phrase_at(toks, j + 1, "units.stops.txt")
    return prev.text.isalpha() and not prev.is_title and plain and not stop


def type_series(toks: Tokens, j: int) -> bool:
    """A comma in a series of bare kinds of unit after "các" (``bodies.type_words.txt``): "Khối thi
    đua các Vụ, Văn phòng, Thanh tra (Khối 1)". Each kind stands alone - a comma, "và", a bracket
    or a word in lower case after it - else a named unit follows ("các Vụ, Văn phòng Bộ")."""
    k = j
    while n := phrase_before(toks, k, "bodies.type_words.txt"):
        k -= n
        if k == 0 or toks[k - 1].text != ",":
            break
        k -= 1
    if k == j or k == 0 or toks[k - 1].norm != _CAC:
        return False
    n = phrase_at(toks, j + 1, "bodies.type_words.txt")
    if not n or not toks[j + 1].is_title:
        return False
    after = toks[j + 1 + n] if j + 1 + n < len(toks) else None
    owned = phrase_at(toks, j + 1 + n, "bodies.shared_owners.txt")  # "các Ban Đảng, Văn phòng Tỉnh ủy"
    if owned and description_closed(toks, j + 1 + n + owned):
        return True
    return after is None or after.text in {",", "(", ")"} or after.norm == _AND or not (
        after.is_title or after.text[:1].isdecimal())


def group_after_name(toks: Tokens, j: int) -> bool:
    """A comma between a group named by a capitalised word and a second group in lower case: "các
    cơ quan Đảng, đoàn thể tỉnh" (not a place: "các tỉnh Hà Nam, tỉnh Nam Định")."""
    nxt = toks[j + 1]
    if nxt.is_title or not phrase_at(toks, j + 1, "bodies.list_words.txt") or phrase_at(toks, j + 1, "units.admin.txt"):
        return False
    k = j
    while k > 1 and toks[k - 1].text.isalpha() and (
            toks[k - 1].is_title or (glued(toks, k - 1) and toks[k - 2].is_title)):
        k -= 1
    return k < j and bool(phrase_before(toks, k, "bodies.list_words.txt")) and not phrase_before(
        toks, k, "units.admin.txt")


def capital_series(toks: Tokens, j: int) -> bool:
    """A comma in a series of capitalised names that "và" closes: "các cơ quan Đảng, Mặt trận và
    đoàn thể" (not before a person, a head or the last of a list of places)."""
    prev, nxt = toks[j - 1], toks[j + 1]
    if not (prev.is_title and nxt.is_title and prev.text.isalpha() and nxt.text.isalpha()):
        return False
    if nxt.norm in _HEAD_WORDS or person_len(toks, j + 1) or phrase_before(toks, j, "units.admin.txt"):
        return False
    k = j + 2
    while k < len(toks) and toks[k].text.isalpha() and (toks[k].is_title or glued(toks, k)):
        k += 1
    if k + 1 >= len(toks) or not phrase_at(toks, k + 1, "bodies.list_words.txt"):
        return False
    if toks[k].norm == _AND:
        return True
    # a comma and a lower-case group close it too after a kind of organisation whose sectors the capitals name
    # ("các cơ quan Đảng, Mặt trận, đoàn thể huyện", ``bodies.sector_kinds.txt``), not after places or plain kinds
    # ("các phường Bến Nghé, Đa Kao, trường học", "các ngân hàng Agribank, Vietcombank, chi nhánh"), a named unit
    # ("… Đông Nam Bộ, Sở Tư pháp, đơn vị Cụm trưởng") or before a role ("…, đơn vị Cụm trưởng")
    if toks[k].text != "," or toks[k + 1].is_title or read_heads(toks).units.get(j + 1, k) < k:
        return False
    after = k + 1 + phrase_at(toks, k + 1, "bodies.list_words.txt")
    if after < len(toks) and toks[after].norm in _HEAD_WORDS:
        return False
    p = j - 1
    while p > 0 and toks[p - 1].is_title and toks[p - 1].text.isalpha():
        p -= 1
    return bool(phrase_before(toks, p, "bodies.sector_kinds.txt"))


def dash_in_name(toks: Tokens, j: int, units: dict[int, int]) -> bool:
    """A dash inside a name ("Văn hóa - Xã hội"), not before a parent ("– Bộ Công an")."""
    nxt = j + 1
    if nxt >= len(toks) or nxt in units or toks[j - 1].text[:1].isdecimal() or is_roman(toks[j - 1]):
        return False
    return toks[nxt].text[:1].isalpha() and (toks[nxt].is_title or noun_at(toks, nxt) or paired_word(toks, j))


def paired_first(toks: Tokens, j: int) -> bool:
    """A lower-case word of one syllable at ``j`` after a kind of unit in lower case, paired by a dash with
    the next (``paired_word``): "các hợp tác xã dệt - may", "các cơ sở in - sao"."""
    if j == 0 or j + 2 >= len(toks) or toks[j + 1].text not in "-–" or not toks[j].text.isalpha():
        return False
    prev = toks[j - 1]
    return not prev.is_title and prev.text.isalpha() and noun_at(toks, j - 1) and paired_word(toks, j + 1)


def paired_word(toks: Tokens, j: int) -> bool:
    """A dash between two lower-case words of one syllable each, the name closing after the second: two
    trades or products named as one ("các đơn vị sợi - dệt", "các công ty in - phát hành" is not: a
    verb of two syllables may open a sentence)."""
    prev, nxt = toks[j - 1], toks[j + 1]
    if prev.is_title or nxt.is_title or not (prev.text.isalpha() and nxt.text.isalpha()) or prev.norm == _CAC:
        return False
    if not toks.word_start(j - 1) or phrase_at(toks, j + 1, "bodies.stops.txt"):
        return False
    return (j + 2 >= len(toks) or toks.word_start(j + 2)) and description_closed(toks, j + 2)


_HEAD_WORDS = frozenset(norm(w) for w in ("khối", "cụm"))


def is_head_at(toks: Tokens, j: int) -> bool:
    """Another full head ("… Cụm thi đua …") starts at ``j``."""
    seq = [t.norm for t in toks[j : j + 3]]
    return len(seq) == 3 and seq[0] in _HEAD_WORDS and seq[1:] == ["thi", "đua"]


def tail_ok(toks: Tokens, m: Match, end: int) -> bool:
    """The tail names one body: not generic ("các Khu vực"), not empty once fillers are gone;
    a bare head needs two distinctive words or a number."""
    generic = phrase_before(toks, end, "bodies.generic_ends.txt")
    if generic and not sector_of_places(toks, m, end - generic):
        return False
    core = core_words(" ".join(t.text for t in toks[m.start : end]))
    if not core:
        return False
    return m.id == "full" or len(core) >= 2 or core[0].isdecimal()


def sector_of_places(toks: Tokens, m: Match, end: int) -> bool:
    """A full head, then one capitalised sector or unit name before a generic plural ending at
    ``end``: "Khối thi đua Công an các địa phương" (not "Khối cơ quan Tư pháp các Khu vực", not
    "Khối thi đua các tỉnh")."""
    if m.id != "full" or end <= m.end or not toks[m.end].is_title:
        return False
    if any(not t.text.isalpha() or t.norm == _CAC for t in toks[m.end : end]):
        return False
    core = core_words(" ".join(t.text for t in toks[m.start : end]), loose=True)
    return bool(core) and core not in weak_cores()


def parent_after(toks: Tokens, end: int, spans: list[Span]) -> tuple[Span | None, int]:
    """The parent unit after a body name (also after the bracket that closes a description: "Khối
    thi đua số 2 (Khối Nội chính) của tỉnh Kiên Giang"), and where the mention's evidence ends; or the sector
    after a numbered one ("Cụm thi đua số 7 ngành Tòa án nhân dân", "… của ngành Kiểm sát")."""
    sector = sector_after(toks, end)
    if sector:
        return sector, sector.end
    if end + 1 < len(toks) and toks[end].text == ")" and toks[end + 1].norm in (_CUA, norm("thuộc")):
        parent, after = parent_after(toks, end + 1, spans)  # "(Khối Nội chính) của tỉnh Kiên Giang"
        return (parent, after) if parent else (None, end)
    if end >= len(toks) or not (toks[end].text in "-–(" or toks[end].norm in (norm("của"), norm("thuộc"))):
        return None, end
    unit = next((s for s in spans if s.kind == "unit" and s.start == end + 1), None)
    if unit is None:
        return None, end
    closing = toks[end].text == "(" and unit.end < len(toks) and toks[unit.end].text == ")"
    if toks[end].text == "(" and not closing:  # "Khối thi đua số 1 (Công ty A giữ vai trò …)": no parent
        return None, end
    return unit, unit.end + (1 if closing else 0)


_NGANH, _CUA = norm("ngành"), norm("của")


def sector_after(toks: Tokens, end: int) -> Span | None:
    """ "ngành Tòa án nhân dân" (maybe after "của") right after a numbered body name ending at
    ``end``: capitalised words and the name words that go on with them."""
    i = end + 1 if end < len(toks) and toks[end].norm == _CUA else end
    if not (0 < end and is_number(toks[end - 1]) and i < len(toks) and toks[i].norm == _NGANH):
        return None
    j = i + 1
    while j < len(toks) and toks[j].text.isalpha():
        if not toks[j].is_title and phrase_at(toks, j, "bodies.stops.txt"):
            break  # a verb the tagger glued to the sector: "ngành Ngân hàng tổng kết năm 2017"
        k = 1 if toks[j].is_title or (j > i + 1 and glued(toks, j)) else phrase_at(toks, j, "units.name_words.txt")
        if not k or (j == i + 1 and not toks[j].is_title):
            break
        j += k
    return Span("sector", i, j) if j > i + 1 else None
