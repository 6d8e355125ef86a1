"""Extractor: persons named in the article's own text with a title or a form of address.

    Thứ trưởng Nguyễn Khánh Ngọc đề nghị …                  title before the name
    Cục trưởng Cục Kiểm tra văn bản quy phạm pháp luật Hồ Quang Huy   office, its organisation, name
    Đồng chí Ngô Văn Tuấn, Tổng Kiểm toán Nhà nước          title after the comma
    Thượng tướng Trần Quốc Tỏ, Uỷ viên BCHTW Đảng, …, Thứ trưởng Bộ Công an

A name is two to four capitalised syllables starting with a family name
(``patterns/surnames.txt``), ending where an underthesea word ends ("Đoàn Thanh niên" is no
name), and it must stand beside a title (``titles.txt``, ``titles.ranks.txt``) or a form of
address (``persons.honorifics.txt``); a name after another one taken, only a comma or "và"
between, is one of a list ("các ông Nguyễn Văn A, Trần Văn B và Lê Thị C"). Not persons: names
after an organisation or landmark word ("Trường THPT Lê Quý Đôn", "Lăng Chủ tịch Hồ Chí Minh"),
two syllables after an administrative word ("tỉnh Hà Tĩnh", "quận Lê Chân"), known places
(``persons.not_names.txt``), short forms without a family name ("ông Toàn", "Thứ trưởng Quốc
Tỏ"), and bylines or photo credits, which carry no title.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from extractors.base import Context, extractor
from extractors.nlp import Token, load_lexicon, norm, syllables, tag_syllables
from schemas.document import Sentence
from schemas.facts import Person
from schemas.names import canon

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


SURNAMES = frozenset(norm(w) for w in load_lexicon("surnames.txt"))
OFFICES = load_phrases("titles.txt")
RANKS = load_phrases("titles.ranks.txt")
PARTY = load_phrases("titles.party.txt")
PREFIXES = load_phrases("persons.prefixes.txt")
HONORIFICS = load_phrases("persons.honorifics.txt")
PLACE_WORDS = load_phrases("persons.place_words.txt")
ADMIN_WORDS = load_phrases("persons.admin_words.txt")
ORG_TAILS = frozenset(norm(w) for w in ("ủy", "uỷ"))  # "Tỉnh ủy", "Đảng uỷ": tagged as verbs
BREAKS = load_phrases("persons.breaks.txt")
NOT_NAMES = frozenset(canon(w) for w in load_lexicon("persons.not_names.txt"))
AND = norm("và")
NOUNISH = frozenset({"N", "Np", "Nc", "Nu", "Ny", "Nb", "M"})
MAX_ORG = 16  # tokens between an office and the name it belongs to
SPAN_PUNCT = frozenset(",-–()&/")
APPOSITION = frozenset(",-–(")
SEGMENT_END = frozenset(",;:.!?)\"“”")

OFFICE, PARTY_POST, RANK, ADDRESS = 3, 2, 1, 0  # how telling a title is


@dataclass(frozen=True)
class Title:
    start: int  # token range of the title text
    end: int
    strength: int  # OFFICE, PARTY_POST, RANK or ADDRESS


@extractor("persons", version="1", needs=())
def find_persons(ctx: Context) -> list[Person]:
    """Each person once, with the most telling title any mention gives."""
    best: dict[str, tuple[int, Person]] = {}
    for sent in ctx.sentences:
        for strength, person in persons_in(ctx, sent):
            key = canon(person.name)
            if key not in best or strength > best[key][0]:
                best[key] = (strength, person)
    return [person for _, person in best.values()]


def persons_in(ctx: Context, sent: Sentence) -> Iterator[tuple[int, Person]]:
    if not may_name_person(syllables(sent.text)):
        return
    toks = tag_syllables(sent.text)
    last = -1  # end of the last name taken: "các ông Nguyễn Văn A, Trần Văn B và Lê Thị C"
    for i, j in find_names(toks):
        mention = describe(ctx, sent, toks, i, j) or continue_list(ctx, sent, toks, i, j, last)
        if mention:
            last = j
            yield mention


def may_name_person(toks: list[Token]) -> bool:
    """Cheap test before tagging: a capitalised family name followed by a capitalised syllable,
    and a title or form of address anywhere in the sentence."""
    if not any(t.is_title and t.norm in SURNAMES and n.is_title for t, n in zip(toks, toks[1:], strict=False)):
        return False
    return any(t.norm in index for t in toks for index in (OFFICES, RANKS, HONORIFICS))


def find_names(toks: list[Token]) -> list[tuple[int, int]]:
    """Token ranges of candidate names: capitalised runs starting with a family name."""
    out, i = [], 0
    while i < len(toks):
        j = name_end(toks, i)
        if j:
            out.append((i, j))
        i = max(j, i + 1)
    return out


def name_end(toks: list[Token], i: int) -> int:
    """End of the name starting at token ``i``, or 0 when no name starts there."""
    t = toks[i]
    if not (t.is_title and t.norm in SURNAMES and t.word_start and t.text.isalpha()):
        return 0
    if phrase_before(toks, i, PLACE_WORDS) < i:
        return 0
    j = i + 1
    while j < len(toks) and j - i < 4 and is_name_part(toks, j):
        j += 1
    while j < len(toks) and j > i and not toks[j].word_start:
        j -= 1  # the name may not end inside a word: "Đoàn Thanh niên"
    if j - i < (3 if phrase_before(toks, i, ADMIN_WORDS) < i else 2) or is_place(toks, i, j):
        return 0
    return j


def is_place(toks: list[Token], i: int, j: int) -> bool:
    """Whether tokens ``i:j`` start with a known place ending at a word's end: "Hồ Chí Minh",
    "Thái Lan | Thaksin Shinawatra" (but "Lê Chân Hưng" is one word, a person)."""
    for k in range(i + 2, j + 1):
        if (k == j or toks[k].word_start) and canon(" ".join(t.text for t in toks[i:k])) in NOT_NAMES:
            return True
    return False


def is_name_part(toks: list[Token], j: int) -> bool:
    t = toks[j]
    if not (t.is_title and t.text.isalpha()) or (len(t.text) > 1 and t.text.isupper()):
        return False  # acronyms ("UBND") and punctuation end a name
    return not (phrase_at(toks, j, OFFICES) or phrase_at(toks, j, PREFIXES) and phrase_at(toks, j + 1, OFFICES))


def describe(ctx: Context, sent: Sentence, toks: list[Token], i: int, j: int) -> tuple[int, Person] | None:
    """The person named by tokens ``i:j`` with its best title, if a title or a form of address
    stands beside it."""
    before = title_before(toks, i)
    after = title_after(toks, j)
    if before is None and after is None:
        return None
    chosen = max((t for t in (before, after) if t), key=lambda t: t.strength)
    title = text_of(sent.text, toks, chosen) if chosen.strength > ADDRESS else None
    start = toks[before.start if before else i].start
    end = toks[(after.end if after else j) - 1].end
    name = sent.text[toks[i].start : toks[j - 1].end]
    rule = "persons/title-after" if chosen is after else "persons/title-before"
    return chosen.strength, Person(name, title, ctx.evidence(sent, start, end, rule))


def continue_list(ctx: Context, sent: Sentence, toks: list[Token], i: int, j: int,
                  last: int) -> tuple[int, Person] | None:
    """A name right after a name taken, only a comma or "và" between: one of a list."""
    if last < 0 or not 1 <= i - last <= 2 or any(t.text != "," and t.norm != AND for t in toks[last:i]):
        return None
    ev = ctx.evidence(sent, toks[i].start, toks[j - 1].end, "persons/list-continued")
    return ADDRESS, Person(ev.surface, None, ev)


def text_of(text: str, toks: list[Token], title: Title) -> str:
    return text[toks[title.start].start : toks[title.end - 1].end].strip(" ,-–(")


def title_before(toks: list[Token], i: int) -> Title | None:
    """The title or form of address right before the name, or an office followed by its
    organisation ("Cục trưởng Cục Kiểm tra văn bản quy phạm pháp luật")."""
    end = i - 1 if i and toks[i - 1].text == ":" else i  # "các đồng chí: Nguyễn Văn A, …"
    k = phrase_before(toks, end, HONORIFICS)
    if k < end:
        return Title(k, end, ADDRESS)
    rank_end = i - 1 if i and toks[i - 1].text == "." else i  # "Ts. Đinh Văn Minh"
    k = phrase_before(toks, rank_end, RANKS)
    if k < rank_end:
        return Title(with_prefix(toks, k), rank_end, RANK)
    for k in range(i - 1, max(-1, i - MAX_ORG), -1):
        n = phrase_at(toks, k, OFFICES)
        if n and k + n <= i and is_org_span(toks, k + n, i):
            k = longest_office(toks, k, k + n)
            return Title(with_prefix(toks, k), i, PARTY_POST if phrase_at(toks, k, PARTY) else OFFICE)
    return None


def longest_office(toks: list[Token], k: int, end: int) -> int:
    """Start of the longest office ending at ``end``: "Tổng cục trưởng" rather than "cục trưởng"."""
    for back in (3, 2, 1):
        if k - back >= 0 and phrase_at(toks, k - back, OFFICES) == end - k + back:
            return k - back
    return k


def with_prefix(toks: list[Token], k: int) -> int:
    """``k`` moved back over "Phó", "nguyên", "quyền" before a title."""
    while k > 0 and phrase_before(toks, k, PREFIXES) < k:
        k = phrase_before(toks, k, PREFIXES)
    return k


def is_org_span(toks: list[Token], a: int, b: int) -> bool:
    """Whether tokens ``a:b`` can be the organisation between an office and a name: names,
    lowercase words of a name ("văn bản quy phạm pháp luật"), commas, dashes, parentheses."""
    k, depth = a, 0
    while k < b:
        t = toks[k]
        depth += (t.text == "(") - (t.text == ")")
        if depth < 0 or name_end(toks, k):
            return False  # another person's name: "Bộ trưởng Nội vụ Đỗ Quang Trung, Bộ trưởng …"
        if t.text in SPAN_PUNCT or t.is_title or t.text[:1].isdigit():
            k += 1
        elif t.norm == AND and k + 1 < b and toks[k + 1].is_title:
            k += 1
        elif t.text[:1].isalpha() and not (t.word_start and phrase_at(toks, k, BREAKS)):
            k += 1
        else:
            return False
    return True


def title_after(toks: list[Token], j: int) -> Title | None:
    """The office after the name ("…, Tổng Kiểm toán Nhà nước", "… (Viện trưởng VKS …)",
    "… Cục trưởng Cục Tuyên huấn"); of several posts in a row the first that is no party
    membership."""
    k = j + 1 if j < len(toks) and toks[j].text in APPOSITION else j
    segments = []
    while True:
        seg = office_segment(toks, k)
        if seg is None:
            break
        segments.append(seg)
        if seg.end >= len(toks) or toks[seg.end].text != ",":
            break
        k = seg.end + 1
    if not segments:
        return None
    return next((s for s in segments if s.strength == OFFICE), segments[0])


def office_segment(toks: list[Token], k: int) -> Title | None:
    """An office and its organisation starting at token ``k``, up to the next comma."""
    start = k
    while phrase_at(toks, k, PREFIXES) and phrase_at(toks, k + 1, OFFICES):
        k += 1
    n = phrase_at(toks, k, OFFICES)
    if not n:
        return None
    end = org_end(toks, k + n)
    end = merge_repeated_head(toks, end, toks[k + n - 1].norm)
    return Title(start, end, PARTY_POST if phrase_at(toks, k, PARTY) else OFFICE)


def merge_repeated_head(toks: list[Token], end: int, head: str) -> int:
    """"Phó Trưởng Ban, Ban Quản lý Lăng …": the organisation after the comma repeats the head
    word of the office and belongs to it."""
    if end + 1 < len(toks) and toks[end].text == "," and toks[end + 1].norm == head and toks[end + 1].is_title:
        end = org_end(toks, end + 2)
    return end


def org_end(toks: list[Token], k: int) -> int:
    """End of the organisation after an office that follows a name: names and nouns up to a
    comma, a verb or another person ("…, Tổng giám đốc Tổng công ty X | thừa nhận"); a
    parenthesis is kept whole or left out."""
    start, depth, closed = k, 0, k
    while k < len(toks) and (toks[k].text not in SEGMENT_END or toks[k].text == ")" and depth):
        t = toks[k]
        if t.text == ")":
            depth -= 1
        elif t.text == "(":
            depth += 1
        elif not is_org_span(toks, k, k + 1) or (t.word_start and not t.is_title and t.text[:1].isalpha()
                                                 and t.tag not in NOUNISH and t.norm not in ORG_TAILS):
            break
        k += 1
        closed = k if depth == 0 else closed
    k = closed
    while k > start and toks[k - 1].text in SPAN_PUNCT and toks[k - 1].text != ")":
        k -= 1
    return k
