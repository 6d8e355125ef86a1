"""Recipients named as the subject of a verb of receiving: "Sở Y tế, Sở Tư pháp và Công an tỉnh được
tặng …", "ông A, Giám đốc Sở Y tế, được tặng …"."""

from __future__ import annotations

import re

from extractors.awards_lists import (
    TOGETHER,
    WITH,
    belongs_to,
    clean_item,
    comma_in_name,
    cuts_name,
    group_names,
    is_group,
    is_unit_name,
    person_at,
    skip_leading,
    split_pieces,
    tag_end,
)
from extractors.awards_names import unit_end
from extractors.awards_words import (
    ADVERBS,
    ALSO,
    ANAPHORS,
    AND,
    BECAUSE_OF,
    BUT,
    GROUPS,
    HAS,
    IS,
    LEADING,
    LOCATION,
    NOT_RECIPIENTS,
    PATTERNS,
    RANK_WORDS,
    SECTORS,
    SUBJECT_AFTER,
    TIME_WORDS,
    UNIT_HEADS,
    WHEN,
    AwardSpan,
    VerbGroup,
    norms,
    office_at,
    run_end,
    starts_word,
    trim_end,
)
from extractors.lines import find_patterns, load_phrases, merge_phrases, phrase_at, phrase_before
from extractors.nlp import Match, Token, norm
from extractors.persons import name_end, title_before


def subjects_before(toks: list[Token], verbs: list[Match], k: int) -> list[tuple[int, int]]:
    """The subject before the verb group at ``k`` (``clause_subjects``); where an adverbial of who led the
    unit stands between the unit and the verb ("X – đơn vị Cụm trưởng – dưới sự điều hành của đồng chí A,
    Giám đốc, đã … được tặng …", ``awards.guidance.txt``), the unit before it, not a name inside it."""
    found = clause_subjects(toks, verbs, k)
    d = guidance_start(toks, k)
    if d is None:
        return found
    end = next((i for i in range(d, k) if toks[i].text in ",;–-" and not dash_in_name(toks, i)), k)
    if found and not any(d <= a < end for a, _ in found):
        return found  # "Năm 2022, dưới sự lãnh đạo của Tỉnh ủy, | Công an tỉnh X được tặng …"
    j = d
    while j > 0 and toks[j - 1].text == ",":
        j -= 1
    if j > 1 and toks[j - 1].text in "–-":  # "X – đơn vị Cụm trưởng – | dưới sự …": past the apposition
        p = next((i for i in range(j - 2, 0, -1) if toks[i].text in "–-" and not dash_in_name(toks, i)), None)
        if p is not None and is_apposition_piece(toks, p + 1, j - 1):
            j = p
    before = clause_subjects(toks, verbs, j) if j > 0 else []
    return [(a, b) for a, b in before if not only_time(toks, a, b)] or found


GUIDANCE = load_phrases("awards.guidance.txt")
FEELINGS = load_phrases("awards.feelings.txt")  # "vui mừng vì | X được tặng …": the award's clause opens after "vì"
NO_ONE = load_phrases("awards.no_one.txt")  # "nhưng | chưa có đơn vị nào được …": no one to carry over
EVALUATING = load_phrases("awards.evaluating.txt")  # "UBND tỉnh đánh giá cao … các trường nhưng …"
NEGATIONS = norms("không", "chẳng")  # "… nhưng | không để …, được tặng …"
SO = norm("nên")  # "… vì X làm tốt … nên | được tặng …": the reason ends


def guidance_start(toks: list[Token], k: int) -> int | None:
    """Where the last adverbial of who led or helped the unit opens before ``k`` in its sentence part."""
    for i in range(k - 1, 0, -1):
        if toks[i].text in ".;:!?":
            return None
        if not toks[i].is_title and phrase_at(toks, i, GUIDANCE):
            return i
    return None


def clause_subjects(toks: list[Token], verbs: list[Match], k: int) -> list[tuple[int, int]]:
    """The subject before the verb group at ``k``: the clause's last piece (after a verb of
    proposing in it: "Khối đề nghị | Cục Thuế X được tặng …"), and the pieces of a list before it
    ("Sở Y tế, Sở Tư pháp và Công an tỉnh được tặng …"); an office or an apposition after a comma
    stands for the person or unit before it ("ông A, Giám đốc Sở Y tế, được tặng …", "UBND huyện
    X, đơn vị dẫn đầu Cụm, được tặng …")."""
    if k > 0 and toks[k - 1].text == "(":  # "Bệnh viện X (được tặng Cờ thi đua …)"
        return subjects_before(toks, verbs, k - 1)
    pieces = clause_pieces(toks, k)
    said = max((j for j, (_, e) in enumerate(pieces[:-1]) if any(m.label == "SAY" and m.end == e for m in verbs)),
               default=-1)
    pieces = pieces[said + 1 :]  # "Ông A, Giám đốc Công ty, cho biết, | chị B đã được tặng …"
    if not pieces:
        return subject_across(toks, k)
    s, e = pieces[-1]
    joined = together_with(toks, pieces) if len(pieces) > 1 and toks[s].norm == TOGETHER else []
    if joined and not toks[s].is_title:
        return joined
    first = first_predicate(toks, verbs, s, k)
    if first is not None:  # "X được suy tôn là đơn vị dẫn đầu Khối và | được Bộ Tài chính tặng …"
        items = subject_items(toks, s, first)
        if len(items) == 1 and not is_group(toks, items[0][0]) and all(  # (adverbs between: "X | đã được …")
                t.norm in ADVERBS and not t.is_title for t in toks[items[0][1] : trim_end(toks, s, first)]):
            return items
    if s > 0 and toks[s - 1].text == "," and all(t.norm in ALSO and not t.is_title for t in toks[s:e]):
        return sentence_subject(toks, s)  # "X là đơn vị dẫn đầu …, cụm gồm …, | và được Cụm đề nghị tặng …"
    if len(pieces) > 1 and only_time(toks, s, e):
        pieces = pieces[:-1]  # "X - đơn vị dẫn đầu Khối, | năm 2017 vinh dự | được … tặng …": the subject before
        s, e = pieces[-1]
    if len(pieces) > 1 and is_predicate(toks, s, e):
        return sentence_subject(toks, s)  # "X được giao …, | vừa là đơn vị dẫn đầu Khối được tặng …"
    if len(pieces) > 1 and is_achievement(toks, s, e):
        return name_ending(toks, *pieces[-2])  # "… vào ngành công an, | với thành quả được … tặng …"
    if len(pieces) == 1 and s > 1 and toks[s - 1].text in "-–" and is_apposition_piece(toks, s, e):
        before = clause_pieces(toks, s - 1)  # "Bệnh viện X – | đơn vị vừa được tặng … –"
        found = (name_ending(toks, *before[-1]) or subject_items(toks, *before[-1])[-1:]) if before else []
        return names_with_appositions(toks, before, found)
    if len(pieces) == 1 and becomes_one(toks, s, e):
        return subject_over_dashes(toks, s)
    but = [i + 1 for i in range(s, e - 1) if toks[i].norm in BUT and not toks[i].is_title
           or toks[i].norm in WHEN and i > s and any(t.is_title for t in toks[i + 1 : e])
           or toks[i].norm in BECAUSE_OF and i > s and not toks[i].is_title and toks[i + 1].is_title
           and because_opens_clause(toks, s, i, e)]
    if but:  # "Mặc dù vụ việc … đang được điều tra nhưng | vụ trưởng Vụ 2 Trần Đức A vẫn được nhận …"
        pieces[-1] = s, e = but[-1], e
        if toks[s - 1].norm in BUT and not subject_items(toks, s, e) and but_goes_on(toks, s, e):
            return sentence_subject(toks, s)  # "Công ty X đảm nhận …, nhiều cầu yếu nhưng | không để …, được …"
    floor = max([s] + [m.end for m in verbs if m.label in SUBJECT_AFTER and s <= m.start and m.end < e])
    if floor > s and not placed(toks, s, floor, e):  # "tôi chúc mừng | Công an tỉnh X đã được tặng …"
        return subject_items(toks, floor, e)  # the subject starts after the verb
    if floor > s:  # "HTX X xếp | thứ nhất, được đề nghị …": the unit before a verb of ranking
        return subject_items(toks, s, next(m.start for m in verbs if m.end == floor))
    before = person_before(toks, pieces)
    if before:
        return [before]  # "ông A, Giám đốc Sở Y tế, được tặng …", "cô giáo B, Trường X, được …"
    if len(pieces) > 1 and phrase_at(toks, s, GROUPS) and not toks[s].is_title and is_group(toks, pieces[-2][0]):
        return [(pieces[-2][0], trim_end(toks, s, e))]  # "Nhiều tập thể, cá nhân được tặng …"
    if len(pieces) > 1 and is_apposition_piece(toks, s, e):  # "…, | đơn vị vừa đón nhận …"; "chia sẻ niềm vui của | X,"
        return name_ending(toks, *pieces[-2]) or subject_items(toks, *pieces[-2])[-1:]
    if len(pieces) > 1 and describes(toks, s, e):  # "Khu Quản lý đường bộ X, | phụ trách địa bàn Y, | được …"
        items = subject_items(toks, *pieces[-2])
        if items and not is_group(toks, items[-1][0]) and items[-1][1] == trim_end(toks, *pieces[-2], paren=False):
            return items[-1:]
    found = subject_items(toks, s, e)
    if not found or is_group(toks, found[0][0]):
        return found[:1]
    for idx in range(len(pieces) - 2, -1, -1):
        s, e = pieces[idx]
        if idx and in_place(toks, pieces[idx - 1], (s, e)) or toks[s].norm in LOCATION and not toks[s].is_title:
            break  # "tại Hội trường Ba Đình, | Hà Nội, | Văn phòng Quốc hội … đón nhận", "tại TP. Vũng Tàu, |": a place
        named = group_names(toks, s, found[-1][1])
        if named:  # "các xã A, | B và C được tặng …"
            return named
        opener = max((m.end for m in verbs if m.label in SUBJECT_AFTER and s <= m.start and m.end < e), default=s)
        items = subject_items(toks, opener, e)  # "Tôi biểu dương | A, B, C được tặng …": the list opens after it
        if not items or is_group(toks, items[0][0]) or items[-1][1] != trim_end(toks, s, e, paren=False):
            break  # only a piece that is all names continues the list
        found[:0] = items
        if opener > s:
            break
    return found


def together_with(toks: list[Token], pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The names a last piece opened by "cùng" adds to the unit before its lowercase appositions: "Trạm y tế xã A, |
    cụm trưởng năm 2012, | cùng trạm y tế xã B | được đề nghị …" (A and B)."""
    s, e = pieces[-1]
    after = names_in_piece(toks, s + 1 + (toks[s + 1].norm == WITH), e) if s + 1 < e else []
    before = next((p for p in reversed(pieces[:-1]) if toks[p[0]].is_title), None)
    named = subject_items(toks, *before)[-1:] if before else []
    return named + after if after and named and not is_group(toks, after[0][0]) else []



def first_predicate(toks: list[Token], verbs: list[Match], s: int, k: int) -> int | None:
    """Where a first predicate of the piece's subject opens, "và" or a comma joining it to the verb group at ``k``:
    "X | được suy tôn là đơn vị dẫn đầu Khối và | được … tặng", "X | đã được bình chọn là đơn vị dẫn đầu Cụm số 2,
    | được đề nghị … tặng" (a passive or a verb of choosing); None when not so."""
    if k - 1 <= s or toks[k - 1].norm not in FIRST_JOINERS or toks[k - 1].is_title:
        return None
    v = next((m for m in verbs if s < m.start < k - 1), None)
    if v is None or v.label not in ("PASSIVE", "SELECT") or not toks[s].is_title:
        return None
    return v.start


FIRST_JOINERS = frozenset({AND, norm(",")})


def only_time(toks: list[Token], s: int, e: int) -> bool:
    """A piece that is only a time and adverbs before the verb of receiving: "…, | năm 2017 vinh dự | được …",
    "…, | vinh dự | được …"."""
    k = skip_time(toks, s, e)
    return all(t.norm in ADVERBS and not t.is_title for t in toks[k:e])


def is_predicate(toks: list[Token], s: int, e: int) -> bool:
    """A comma piece that is a second predicate of the sentence's subject, in lower case: "…, | đồng thời
    là đơn vị dẫn đầu Khối", "…, | vừa là …", "…, | cũng là …" (after "đồng thời", "cũng" …, a word of
    ``awards.predicates.txt``)."""
    k = s
    while k < e and toks[k].norm in ALSO and not toks[k].is_title:
        k += 1
    return k < e and not toks[k].is_title and bool(phrase_at(toks, k, PREDICATES))


PREDICATES = load_phrases("awards.predicates.txt")


def placed(toks: list[Token], s: int, floor: int, e: int) -> bool:
    """A piece that ends in a place in a ranking after its verb, in lower case ("xếp | thứ nhất",
    "đứng | đầu bảng"): the subject is before the verb, not after it."""
    return (floor < e and bool(phrase_at(toks, floor, PLACINGS))
            and not any(t.is_title and t.norm not in RANK_WORDS for t in toks[floor:e])  # ("thứ Nhất", "thứ Nhì")
            and any(t.is_title for t in toks[s:floor]))


PLACINGS = load_phrases("awards.placings.txt")


def is_achievement(toks: list[Token], s: int, e: int) -> bool:
    """A piece that is only "với thành tích", "với thành quả", or such a phrase and what it is in, in
    lower case ("với thành tích đặc biệt xuất sắc trong đấu tranh với tội phạm"): the unit before the
    comma has it."""
    if toks[s].norm != WITH or toks[s].is_title:
        return False
    n = phrase_at(toks, s + 1, ACHIEVEMENTS)
    return n > 0 and s + 1 + n <= e and all(t.text.isalpha() and not t.is_title for t in toks[s + 1 + n : e])


ACHIEVEMENTS = load_phrases("awards.achievements.txt")


def name_ending(toks: list[Token], a: int, b: int) -> list[tuple[int, int]]:
    """The unit or sector a piece ends with: "Người dân có thể tin tưởng vào | ngành công an" (a sector
    alone stands for the unit of that head named before: ``awards.sector_named_earlier``)."""
    for k in range(a, b):
        n = phrase_at(toks, k, SECTORS)
        if n and k + n == b:
            return [(k, b)]
        if toks[k].is_title and phrase_at(toks, k, UNIT_HEADS) and not office_at(toks, k) and not any(
                toks[j].is_title and not toks[j - 1].is_title and toks[j - 1].tag == "V"
                and phrase_at(toks, j, UNIT_HEADS) for j in range(k + 2, b)):
            # (not "Bộ trưởng", nor "Sở | biểu dương | Trung tâm X": the unit after the verb)
            item = clean_item(toks, k, b)
            if item and item[1] == trim_end(toks, k, b):
                return [item]
    return []


def sentence_subject(toks: list[Token], k: int) -> list[tuple[int, int]]:
    """The subject of a clause joined by ", và" to the sentence before ``k``: the unit that opens the
    first comma piece of the sentence with a verb right after it ("Với kết quả này, | Tòa án nhân
    dân tỉnh X | là đơn vị dẫn đầu …, cụm gồm …, và được …")."""
    lo = max((i + 1 for i in range(k) if toks[i].text in ";:"), default=0)
    for s in [lo] + [i + 1 for i in range(lo, k) if toks[i].text == ","]:
        if toks[s].is_title:
            end = named_unit_end(toks, s)
            if s < end < k and (toks[end].norm == IS or toks[end].tag == "V") and is_unit_name(toks, s, end):
                return [(s, end)]
    return []


def in_place(toks: list[Token], before: tuple[int, int], piece: tuple[int, int]) -> bool:
    """Whether a piece of capitalised words goes on with the named place before it: "tại Hội trường
    Ba Đình, | Hà Nội" (but not "Tại hội nghị, | các xã A")."""
    (a, b), (s, e) = before, piece
    return toks[a].norm in LOCATION and toks[b - 1].is_title and all(t.is_title for t in toks[s:e])


def person_before(toks: list[Token], pieces: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The person a clause's last pieces describe: "ông A, Giám đốc Sở Y tế, được tặng …"; also
    over several pieces when an office or a lowercase apposition opens the first of them ("Thượng úy
    A, Đại đội trưởng Đại đội 5, Trung đoàn 174, đạt …", "Kỹ sư B, Quản đốc Phân xưởng C, tác giả
    của 7 sáng kiến, được …"), or the person's unit with only lowercase pieces after it ("Dược sĩ C, Bệnh
    viện D, người …, được …")."""
    if len(pieces) < 2 or person_at(toks, *pieces[-1]):
        return None
    for j in range(len(pieces) - 2, max(-1, len(pieces) - 5), -1):
        if (phrase_at(toks, pieces[j + 1][0], NOT_RECIPIENTS) and not office_at(toks, pieces[j + 1][0])
                and not relative_piece(toks, pieces[j + 1][0])):
            return None  # "ông A, Giám đốc, thay mặt tập thể đón nhận …": the unit receives, not A
        s, e = pieces[j]
        held = person_at(toks, s + (phrase_at(toks, s, LEADING) if s == 0 else 0), e) or person_ending(toks, s, e)
        if held:
            a = pieces[j + 1][0]
            if held[1] < trim_end(toks, s, e) and not toks[a].is_title and phrase_at(toks, a, UNIT_STAND_INS):
                return None  # "ông A khen ngợi Bệnh viện X, | đơn vị vừa được tặng …": the unit the piece ends with
            opens = j == len(pieces) - 2 or office_at(toks, a) or toks[a].text[:1].islower() or (
                toks[a].is_title and phrase_at(toks, a, UNIT_HEADS)  # "Y sĩ A, | Trạm y tế xã X, | người …, được"
                and all(toks[p[0]].text[:1].islower() and not phrase_at(toks, p[0], UNIT_STAND_INS)
                        for p in pieces[j + 2 :]))  # (not "…, | Hội Phụ nữ xã X, | đơn vị dẫn đầu …": the unit's)
            return held if opens else None
    return None


def relative_piece(toks: list[Token], a: int) -> bool:
    """A piece that describes the person before it, "người" and a verb: "chị A, kế toán viên, | người đã từ chối
    …, | được tặng …", "ông B, | người nhiều năm gắn bó với …"."""
    return (toks[a].norm == PERSON_WORD and not toks[a].is_title and a + 1 < len(toks)
            and (toks[a + 1].norm in ADVERBS or toks[a + 1].tag in ("V", "R", "A")))


PERSON_WORD = norm("người")
UNIT_STAND_INS = merge_phrases(ANAPHORS, load_phrases("awards.unit_stand_ins.txt"))


def person_ending(toks: list[Token], a: int, b: int) -> tuple[int, int] | None:
    """A titled person whose name ends a piece: "công an Hà Nội có thêm vinh dự khi | Trung tá
    Nguyễn Đức Chung", "Phó trưởng phòng …, được nhận …"."""
    for k in range(max(a + 1, b - 4), b - 1):
        if name_end(toks, k) == b and title_before(toks, k) is not None:
            return k, b
    return None


def names_with_appositions(toks: list[Token], before: list[tuple[int, int]],
                           found: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``found`` with the names listed before it, each with its apposition after a dash: "X – đơn vị dẫn
    đầu Cụm 5 và | Y – đơn vị dẫn đầu Cụm 6 | được đề nghị tặng …" (X as well as Y)."""
    for _ in range(MAX_DASHES):
        if not (before and found):
            break
        a, first = before[-1][0], found[0][0]
        if not (a > 1 and toks[a - 1].text in "-–" and first > a + 1 and toks[first - 1].norm == AND
                and is_apposition_piece(toks, a, first - 1)):
            break
        before = clause_pieces(toks, a - 1)
        named = name_ending(toks, *before[-1]) if before else []
        if not named:
            break
        found = named + found
    return found


def describes(toks: list[Token], a: int, b: int) -> bool:
    """A piece between commas that opens with a verb in lower case and describes the unit named before it:
    "…, | phụ trách địa bàn Nam Bộ, | cũng được tặng …", "…, | đóng quân trên địa bàn huyện X, | được …"."""
    return (b < len(toks) and toks[b].text == "," and a > 0 and toks[a - 1].text == "," and b - a > 1
            and toks[a].text[:1].islower() and toks[a].tag == "V" and toks[a].word_start
            and not any(t.text[:1].isdecimal() for t in toks[a:b]))


def is_apposition_piece(toks: list[Token], a: int, b: int) -> bool:
    """A lowercase piece that describes the name before it: "đơn vị dẫn đầu Cụm", "đơn vị Cụm
    trưởng năm 2015", a bare "đơn vị (vừa)" before its verb ("Trường X, đơn vị vừa được tặng …"; but
    "huyện Nam Giang" is a name)."""
    n = phrase_at(toks, a, GROUPS) if b > a and toks[a].text[:1].islower() else 0
    bare = phrase_at(toks, a, ANAPHORS) if b > a and toks[a].text[:1].islower() else 0
    if bare and all(t.norm in ADVERBS for t in toks[a + bare : b]):
        return a > 1 and toks[a - 1].text in ",-–"  # the name before ends right at the comma or dash
    return bool(n) and a + n < b and (not toks[a + n].is_title or bool(office_at(toks, a + n)))


def skip_time(toks: list[Token], a: int, b: int) -> int:
    """``a`` moved over a time with its number: "trong năm 2019 | Công ty Điện lực X được tặng …" (also
    before a stand-in, no name: "năm 2019 | đơn vị đã vinh dự …")."""
    k = a
    if (not toks[a].is_title or a == 0) and (n := phrase_at(toks, a, RELATIVE_TIMES)) and a + n < b:
        return a + n  # "năm qua | Hải đoàn 23 được …": a time with no number
    while k < b and (not toks[k].is_title or k == 0) and (toks[k].norm in TIME_WORDS or toks[k].text[:1].isdecimal()):
        k += 1  # (capitalised only as the sentence's first word: "Trong năm 2019 …")
    timed = any(t.text[:1].isdecimal() for t in toks[a:k]) and any(t.norm in TIME_WORDS for t in toks[a:k])
    return k if timed else a  # (not a number of recipients: "12 cán bộ …")


RELATIVE_TIMES = load_phrases("awards.relative_times.txt")


def becomes_one(toks: list[Token], s: int, e: int) -> bool:
    """A piece after a dash that says what the unit before became: "- | trở thành đơn vị trẻ nhất | được
    Thủ tướng tặng …", "- | là đơn vị duy nhất | được …"."""
    n = phrase_at(toks, s, COPULAS)
    return s > 0 and toks[s - 1].text in "-–" and bool(n) and bool(phrase_at(toks, s + n, GROUPS)) and s + n < e


def subject_over_dashes(toks: list[Token], s: int) -> list[tuple[int, int]]:
    """The unit before the dashes of an apposition: "Công ty X - Chủ đầu tư Khu công nghiệp Y - | trở
    thành …"."""
    for _ in range(MAX_DASHES):
        pieces = clause_pieces(toks, s - 1)
        if not pieces:
            return []
        s, e = pieces[-1]
        if s == 0 or toks[s - 1].text not in "-–":
            e = next((k for k in range(s + 1, e) if toks[k].text in "-–" and toks[k].start > toks[k - 1].end), e)
            return subject_items(toks, s, e)[-1:]  # (up to a spaced dash: the apposition's own)
    return []


COPULAS = load_phrases("awards.copulas.txt")
MAX_DASHES = 3  # pieces between dashes before "- trở thành …"


def subject_across(toks: list[Token], k: int) -> list[tuple[int, int]]:
    """The subject of a verb group that opens its clause after ";": the unit that opens the last
    piece of the clause before with a verb after it ("…, TP đã khen thưởng cho A, B; | được đón nhận …");
    after a dash, the names before it ("…: Agribank Bình Định – | được … tặng Cờ thi đua")."""
    if k > 0 and toks[k - 1].text in "–-":  # "Top performer của năm: Agribank Bình Định – được … tặng Cờ thi đua"
        pieces = clause_pieces(toks, k - 1)
        if pieces and is_dashed_apposition(toks, pieces[-1][0]):
            pieces = clause_pieces(toks, pieces[-1][0] - 1)  # "chị A – người phụ nữ Jrai nhỏ nhắn – vừa được …"
        return subject_items(toks, *pieces[-1]) if pieces else []
    if k == 0 or toks[k - 1].text != ";":
        return []
    for s, e in reversed(clause_pieces(toks, k - 1)):  # "…, TP đã khen thưởng cho A, B, C; được …"
        if toks[s].is_title:
            end = named_unit_end(toks, s)
            if s < end < e and not toks[end].is_title and toks[end].tag in ("V", "R"):
                return [(s, end)] if is_unit_name(toks, s, end) else []
    return []


def is_dashed_apposition(toks: list[Token], s: int) -> bool:
    """A piece between dashes that describes the name before it: "– người phụ nữ Jrai nhỏ nhắn –",
    "– Giám đốc Sở Y tế –"."""
    return s > 1 and toks[s - 1].text in "–-" and (not toks[s].is_title or office_at(toks, s))


def clause_pieces(toks: list[Token], k: int) -> list[tuple[int, int]]:
    """Comma-separated pieces of the clause ending at token ``k`` (parentheses skipped)."""
    end = k
    while end > 0 and toks[end - 1].text == ",":
        end -= 1
    pieces, cut, depth = [], end, 0
    for i in range(end - 1, -1, -1):
        t = toks[i].text
        depth += (t == ")") - (t == "(")
        if depth == 0 and t in "–-" and (dash_in_name(toks, i) or 0 < i < len(toks) - 1
                                          and toks[i - 1].text.isdecimal() and toks[i + 1].text.isdecimal()):
            continue  # (and a range: "năm học 2020 - 2021", "giai đoạn 2016 - 2020")
        if depth == 0 and t == "," and comma_in_name(toks, i):
            continue  # "Sở Văn hóa, | Thể thao và Du lịch được tặng …"
        if depth == 0 and t in ",;:.!?–-" and not abbreviation_dot(toks, i):
            pieces.insert(0, (i + 1, cut))
            if t != "," and not (t in "–-" and office_at(toks, i + 1)):
                return units_joined(toks, [p for p in pieces if p[1] > p[0]])
            cut = i
    pieces.insert(0, (0, cut))
    return units_joined(toks, [p for p in pieces if p[1] > p[0]])


def abbreviation_dot(toks: list[Token], i: int) -> bool:
    """A full stop inside a sentence that ends a short capitalised abbreviation before a name: "TP. |
    Vũng Tàu", "Q. | Hoàn Kiếm"."""
    return (toks[i].text == "." and 0 < i < len(toks) - 1 and len(toks[i - 1].text) <= MAX_ABBREVIATION
            and toks[i - 1].is_title and toks[i - 1].end == toks[i].start and toks[i + 1].is_title)


MAX_ABBREVIATION = 3  # letters of an abbreviation with a full stop: "TP.", "Q.", "ThS."


def units_joined(toks: list[Token], pieces: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Pieces with a military unit and the larger ones it belongs to joined: "Đại đội 2, | Tiểu
    đoàn 1, | Lữ đoàn Công binh 414" is one unit."""
    out: list[tuple[int, int]] = []
    for s, e in pieces:
        if out and belongs_to(toks, skip_leading(toks, *out[-1]), s) and toks[s - 1].text == ",":
            out[-1] = (out[-1][0], e)
        else:
            out.append((s, e))
    return out


def dash_in_name(toks: list[Token], i: int) -> bool:
    """A dash between capitalised words of one unit's name: "Khoa Khám bệnh – Cấp cứu" (the piece
    before it opens with a unit head, or an office and a unit head: "Trưởng Khoa Ngữ văn – Báo chí")."""
    if i == 0 or i + 1 >= len(toks) or not toks[i + 1].is_title:
        return False
    if numbered_body_before(toks, i):  # "Chi cục A … dẫn đầu Khối thi đua số 3 – Cục Thuế tỉnh X": the body's parent
        return led_body(toks, i) and not office_at(toks, i + 1)  # (a body opening the clause: its leader after)
    if not toks[i - 1].text[:1].isalpha():
        return False
    j = max((k + 1 for k in range(i) if toks[k].text in ",;:.!?()"), default=0)
    if toks[j].is_title and phrase_at(toks, j, UNIT_HEADS):  # "Khoa Hồi sức tích cực – Chống độc"
        return not office_at(toks, i + 1)
    h = next((k for k in range(i - 1, j, -1) if toks[k].norm == AND or (toks[k].is_title or lower_head(toks, k))
              and phrase_at(toks, k, UNIT_HEADS)), None)  # "Chúc mừng … và | Trường Cao đẳng nghề Việt Nam – Singapore"
    if h is not None and toks[h].norm != AND and all(t.text[:1].isalnum() for t in toks[h:i]):
        return not office_at(toks, i + 1)
    return j < i and office_at(toks, j) and not office_at(toks, i + 1) and any(
        toks[k].is_title and phrase_at(toks, k, UNIT_HEADS) for k in range(j + 1, i))


def lower_head(toks: list[Token], k: int) -> bool:
    """A unit's head in lower case right before a capitalised name: "giảng viên | khoa | Điện - Điện tử"."""
    n = phrase_at(toks, k, UNIT_HEADS)
    return bool(n) and k + n < len(toks) and toks[k + n].is_title


def numbered_body_before(toks: list[Token], i: int) -> bool:
    """A numbered body right before token ``i``: "Cụm thi đua số 6 | –", "Khối số III | -" (a dash after it
    names the body's parent or its kind, no new piece of the clause)."""
    if i < 3 or toks[i - 2].norm != NUMBER_WORD or not NUMERAL_RE.fullmatch(toks[i - 1].text):
        return False
    return any(toks[k].norm in BODY_WORDS for k in range(max(0, i - 5), i - 2))


def led_body(toks: list[Token], i: int) -> bool:
    """Whether a capitalised unit and a verb of leading stand before the numbered body that ends at token ``i``,
    in its clause: "Chi cục Thuế A được suy tôn là đơn vị dẫn đầu | Khối thi đua số 3" (not "Dẫn đầu Khối thi đua
    số 3 - Công an huyện X", "Khối thi đua số 2 - Chi cục Thuế Y dẫn đầu": there the dash opens the leader)."""
    body = next((k for k in range(max(0, i - 5), i - 2) if toks[k].norm in BODY_WORDS), None)
    if body is None:
        return False
    j = max((k + 1 for k in range(body) if toks[k].text in ",;:.!?()"), default=0)
    lead = next((k for k in range(body - 1, j - 1, -1) if phrase_at(toks, k, LEADS)), None)
    return lead is not None and any(toks[k].is_title and phrase_at(toks, k, UNIT_HEADS) or phrase_at(toks, k, ANAPHORS)
                                    for k in range(j, lead))  # ("Đơn vị dẫn đầu Cụm thi đua số 5 – Công an tỉnh X")


LEADS = load_phrases("awards.leads.txt")
NUMBER_WORD = norm("số")
NUMERAL_RE = re.compile(r"\d{1,2}|[IVX]{1,5}")
BODY_WORDS = frozenset(norm(w) for w in ("cụm", "khối"))


def but_goes_on(toks: list[Token], s: int, e: int) -> bool:
    """Whether the clause after "nhưng" (from token ``s``), naming no subject, goes on with the sentence's
    subject: it opens on a verb or an adverb ("… nhưng | không để …, được tặng …", "… nhưng | vẫn được …"); not
    when it says no one was ("nhưng năm nay chưa có đơn vị nào được tặng …"), nor when the subject before
    judged others ("UBND tỉnh đánh giá cao nỗ lực của các trường nhưng …")."""
    if not (toks[s].tag == "V" or toks[s].norm in ADVERBS or toks[s].norm in NEGATIONS) or toks[s].is_title:
        return False
    if any(phrase_at(toks, j, NO_ONE) for j in range(s, e)):
        return False
    return not any(phrase_at(toks, j, EVALUATING) for j in range(s - 1))


def because_opens_clause(toks: list[Token], s: int, i: int, e: int) -> bool:
    """Whether the name after "vì"/"bởi" (token ``i``) opens the clause that holds the award: after a feeling
    ("Chúng ta vui mừng vì | Trường X được tặng …") or with no unit or person before; not when "nên" follows a
    verb after the name, the reason ending there ("Huyện X vì Ban Chỉ đạo huyện làm tốt … nên | được tặng …")."""
    verb = next((j for j in range(i + 2, e) if toks[j].tag == "V" and not toks[j].is_title), e)
    if any(toks[j].norm == SO and not toks[j].is_title for j in range(verb + 1, e)):
        return False
    return phrase_before(toks, i, FEELINGS) < i or not subject_items(toks, s, i)


def subject_items(toks: list[Token], a: int, b: int) -> list[tuple[int, int]]:
    """The recipients one subject piece names, cut at "là" ("Trường X là một trong …") and
    without trailing adverbs: a group, or units and persons joined by "và"."""
    la = next((i for i in range(a, b) if toks[i].norm == IS and not toks[i].is_title), b)
    found = names_in_piece(toks, a, la)
    stand_in = found and phrase_at(toks, found[0][0], ANAPHORS) and not phrase_at(toks, found[0][0], UNIT_HEADS)
    if la < b and (not found or stand_in):  # "Đơn vị (Cụm trưởng năm 2019) là Cục Thuế X, được …"
        found = names_in_piece(toks, la + 1, b) or found
    elif la < b and len(found) == 1 and is_group(toks, found[0][0]):
        named = names_in_piece(toks, la + 1, b)  # "Hai tập thể là | Trường A và Trường B được tặng …"
        found = named if named and not any(is_group(toks, s) for s, _ in named) else found
    return found


def names_in_piece(toks: list[Token], a: int, b: int) -> list[tuple[int, int]]:
    a = max([a] + [i + 1 for i in range(a, b) if toks[i].norm == HAS and (i == a or not toks[i].is_title)])
    b = trim_end(toks, a, b, paren=False)
    while b > a and toks[b - 1].norm in ADVERBS and not toks[b - 1].is_title and starts_word(toks, b - 1):
        b -= 1
    a = skip_leading(toks, a, b)
    a = skip_ordinal(toks, skip_time(toks, a, b), b)
    if a >= b:
        return []
    if is_group(toks, a):
        return group_names(toks, a, b) or [(a, b)]
    pieces = split_pieces(toks, a, b)
    items = [clean_item(toks, s, e) for s, e, _ in pieces]
    if not all(items):
        return []
    own = [n for n, (item, (_, e, _)) in enumerate(zip(items[:-1], pieces, strict=False))
           if item[1] < e and cuts_name(toks, item[1]) and phrase_at(toks, item[1] + 1, CHAIR_ROLES)]
    return items[own[-1] + 1 :] if own else items  # "A làm Cụm trưởng và | B xếp thứ Nhất, được …": B only


CHAIR_ROLES = load_phrases("awards.chair_roles.txt")  # (any other predicate leaves both: "A làm tốt công tác X và B …")


def skip_ordinal(toks: list[Token], a: int, b: int) -> int:
    """``a`` moved over the time a unit is honoured for, before its name: "(Đây là) lần thứ ba | Cục Hải
    quan X được nhận …", "năm thứ 5 liên tiếp | Công ty Y …", "lần đầu tiên | Bệnh viện Z …"."""
    if a + 1 >= b or toks[a].norm not in TIMES or toks[a].is_title and a > 0:
        return a
    k = a + 1
    if toks[k].norm == ORDINAL and k + 1 < b and (toks[k + 1].text.isdecimal() or toks[k + 1].norm in COUNTS):
        k += 2
    elif toks[k].norm == FIRST:
        k += 1 + (k + 1 < b and toks[k + 1].norm == ORDINAL_END)
    else:
        return a
    k += phrase_at(toks, k, IN_A_ROW)
    return k if k < b and toks[k].is_title else a


TIMES = norms("lần", "năm")  # "lần thứ ba" (the third time), "năm thứ 5" (the fifth year)
ORDINAL, FIRST, ORDINAL_END = norm("thứ"), norm("đầu"), norm("tiên")  # "thứ ba", "đầu tiên"
COUNTS = norms("hai", "ba", "tư", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười", "mấy", "nhiều")
IN_A_ROW = load_phrases("awards.in_a_row.txt")
TIME_REACH = 10  # tokens of a time phrase opening a sentence: "Trong 5 năm (2015–2020),"
NOT_JOINED = norms("bị", "không", "chưa", "rằng", "cho")  # "trường không đạt … và", "cho biết rằng …"


def anaphoric_subject(toks: list[Token], group: VerbGroup | None) -> int | None:
    """Where the word that stands for the unit of the previous sentence stands, when it is the
    subject of a verb of receiving: opening the sentence ("Đơn vị | (đã) vinh dự được … tặng Bằng
    khen"), or in lower case opening the clause before the verb, the verb joined by "và" to another
    ("Dẫu vậy, năm học vừa qua, | trường có tỷ lệ … và được Sở tặng cờ thi đua"); None when not."""
    if group is None or not group.receives:
        return None
    t = tag_end(toks)  # "[PV] | Đơn vị …"
    if t + 1 < len(toks) and toks[t].text in "-–•" and toks[t + 1].is_title:
        t += 1  # a list line: "- | Trường được … tặng …"
    n = phrase_at(toks, t, ANAPHORS) or capital_head(toks, t)
    if n and t + n <= group.start and only_adverbs(toks, t + n, group.start):
        return t
    pieces = clause_pieces(toks, group.start)
    if len(pieces) > 2 and is_predicate(toks, *pieces[-1]):
        # "…, | sư đoàn vừa hoàn thành tốt vai trò Khối trưởng, vừa là đơn vị dẫn đầu …, | được … tặng …":
        # the stand-in opens the piece before the second predicate, its first predicate after it
        p = skip_time(toks, pieces[-2][0], pieces[-2][1])
        return p if not toks[p].is_title and stand_in(toks, p) else None
    p = skip_time(toks, pieces[-1][0], group.start) if len(pieces) > 1 else None  # "…, năm 2019 | đơn vị …"
    n = capital_head(toks, p) if p is not None else 0
    if n and p + n <= group.start and only_adverbs(toks, p + n, group.start):
        return p  # "Nhờ đó, năm 2018 | Cục | được Bộ đề nghị … tặng …"
    if p is None or toks[p].is_title or not (n := phrase_at(toks, p, ANAPHORS)) or p + n > group.start:
        return None
    between = toks[p + n : group.start]
    if all(t.norm in ADVERBS for t in between):
        return p
    joined = between[-1].norm == AND and not any(t.norm in NOT_JOINED for t in between)
    return p if joined else None


def capital_head(toks: list[Token], p: int) -> int:
    """Tokens of a unit's head alone, capitalised, standing for the unit named before with that head: "Cục
    Đăng kiểm X …. | Cục | được Bộ đề nghị …" (0 where a name, a number or a noun follows it)."""
    n = phrase_at(toks, p, UNIT_HEADS) if toks[p].is_title else 0
    if not n or p + n >= len(toks):
        return 0
    nxt = toks[p + n]
    return n if not nxt.is_title and not nxt.text[:1].isdecimal() and nxt.text[:1].isalpha() and (
        nxt.norm in ADVERBS or nxt.tag in ("V", "R")) else 0


def stand_in(toks: list[Token], p: int) -> int:
    """Tokens of a stand-in for a unit named before at ``p``: a word of ``awards.anaphors.txt``, or a unit's
    head in lower case with no name after it ("sư đoàn | vừa hoàn thành …")."""
    n = phrase_at(toks, p, ANAPHORS) or phrase_at(toks, p, UNIT_HEADS)
    return n if n and p + n < len(toks) and not toks[p + n].is_title and not toks[p + n].text[:1].isdecimal() else 0


def only_adverbs(toks: list[Token], a: int, b: int) -> bool:
    """Whether tokens ``a:b`` are adverbs and counts of years in a row: "Đơn vị | (đã) 5 năm liền
    (2009-2013) | đạt …"."""
    while a < b:
        if toks[a].norm in ADVERBS:
            a += 1
        elif (e := run_end(toks, a)) > a:
            a = e
        else:
            return False
    return True


def opens_with_anaphor(toks: list[Token]) -> bool:
    """Whether a sentence's subject is a stand-in, after a time ("Đơn vị …", "Năm 2015, đơn vị …")."""
    k = tag_end(toks)
    comma = next((i for i in range(k, min(k + 6, len(toks))) if toks[i].text == ","), None)
    if comma is not None and any(t.text[:1].isdecimal() or t.norm in TIME_WORDS for t in toks[:comma]):
        k = comma + 1
    return bool(phrase_at(toks, k, ANAPHORS))


def antecedent(toks: list[Token]) -> tuple[int, int] | None:
    """The unit a sentence opens with, after a label and a time ("Khen thưởng: Năm 2006, | HTX
    Nông nghiệp Thuận An | tiêu thụ …"): capitalised words and the nouns of its name."""
    t = tag_end(toks)  # "[PV] | Công ty X …"
    k = next((i + 1 for i in range(t, min(t + 6, len(toks))) if toks[i].text == ":"), t)
    comma = next((i for i in range(k, min(k + TIME_REACH, len(toks))) if toks[i].text == ","), None)
    if comma is not None and toks[k].norm in TIME_WORDS and any(t.text[:1].isdecimal() for t in toks[k:comma]):
        k = comma + 1  # "Năm 2022, …", "Trong 5 năm (2015–2020), …"
    elif comma is not None and k == 0 and 1 < comma and not any(t.is_title for t in toks[1:comma]) and (
            comma <= LEAD_REACH or any(t.text[:1].isdecimal() for t in toks[1:comma])):
        k = comma + 1  # a lead of lowercase words: "Qua bình xét, | Trường X được …", "Kết quả, | …", a dated
        # one of any length: "Trên bảng xếp hạng năm 2012, | Thư viện tỉnh X dẫn đầu"
    k = reported_from(toks, k)
    if k >= len(toks) or not (toks[k].is_title or phrase_at(toks, k, UNIT_HEADS)):
        return None
    if (n := phrase_at(toks, k, DOCUMENT_PARTS)) and k + n < len(toks) and NUMERAL_RE.fullmatch(toks[k + n].text):
        return None  # "Điều 4. | Đơn vị được tặng Cờ thi đua được thưởng …": an article's label
    end = named_unit_end(toks, k)
    bare = phrase_at(toks, k, UNIT_HEADS) == end - k >= 2 and toks[k].is_title  # "Tỉnh đoàn"
    return (k, end) if end > k and (bare or is_unit_name(toks, k, end)) else None


def reported_from(toks: list[Token], k: int) -> int:
    """Where the clause a sentence reports begins, when it opens with who reports it: "Đánh giá của Bộ
    Tư lệnh Quân khu 9 cho thấy | Bộ CHQS tỉnh Kiên Giang đã hoàn thành …" (``k`` otherwise)."""
    if k >= len(toks) or toks[k].is_title and not phrase_at(toks, k, REPORTS):
        return k
    end = next((i for i in range(k, len(toks)) if toks[i].text in ",;:.!?"), len(toks))
    said = [m.end for m in find_patterns(PATTERNS, toks.text) if m.label == "SAY" and k < m.start and m.end < end]
    return said[0] if said and toks[said[0]].is_title else k


REPORTS = load_phrases("awards.reports.txt")
DOCUMENT_PARTS = load_phrases("awards.document_parts.txt")
LEAD_REACH = 4  # tokens of a lead before the subject: "Qua bình xét,", "Với kết quả đó,"


def named_unit_end(toks: list[Token], k: int) -> int:
    """End of the unit's name at ``k`` that a verb ends ("HTX Nông nghiệp Thuận An | tiêu thụ …"),
    also a verb the segmenter glued to the name's last capitalised syllable ("Lào Cai thu")."""
    end = unit_end(toks, k, set())
    end = next((j for j in range(k + 1, end) if not toks[j].is_title and toks[j - 1].is_title
                and toks[j].tag == "V" and phrase_at(toks, j - 1, UNIT_HEADS) < 2
                and not (j + 1 < end and (toks[j + 1].is_title or toks[j + 1].text[:1].isdecimal()
                                          or not toks[j + 1].word_start))
                and all(t.is_title for t in toks[word_start_index(toks, j) : j])),
               end)  # (not "Công ty Cấp nước | Hà Tĩnh", "Lữ đoàn Pháo binh | 164", nor inside one word: "Giáo dục
    # và Đào tạo", which the segmenter may read as one verb)
    return trim_end(toks, k, end)


def word_start_index(toks: list[Token], j: int) -> int:
    """Index of the first syllable of the word token ``j`` belongs to."""
    while j > 0 and not toks[j].word_start:
        j -= 1
    return j


def anaphor_head(toks: list[Token], p: int = 0) -> tuple[str, ...] | None:
    """The unit head the anaphor at token ``p`` ends with: "Ngôi trường" -> ("trường",)."""
    n = p + (phrase_at(toks, p, ANAPHORS) or stand_in(toks, p))
    return next((tuple(t.norm for t in toks[k:n]) for k in range(p, n) if phrase_at(toks, k, UNIT_HEADS) == n - k),
                None)


def bare_head(toks: list[Token], a: int, b: int) -> tuple[str, ...] | None:
    """A unit head that stands alone for a unit named earlier: "cho tập thể | Công ty | nhân dịp …"."""
    k = skip_leading(toks, a, b)
    n = phrase_at(toks, k, UNIT_HEADS)
    if not n or not toks[k].is_title or k + n < b and (toks[k + n].is_title or toks[k + n].text[:1].isdecimal()):
        return None
    return tuple(t.norm for t in toks[k : k + n])


def named_with_head(toks: list[Token], head: tuple[str, ...], first: bool = False) -> tuple[int, int] | None:
    """The last (``first``: the first) unit a sentence names with this head in full: "Trường THCS Thới Thuận",
    "công ty HP", "Sư đoàn 312"."""
    out, n = None, len(head)
    for i in range(len(toks) - n):
        named = toks[i + n].is_title or toks[i + n].text[:1].isdecimal()  # also "công ty HP"
        if named and tuple(t.norm for t in toks[i : i + n]) == head:
            end = named_unit_end(toks, i)
            if is_unit_name(toks, i, end):
                out = (i, end)
                if first:
                    return out
    return out


MAX_AGENT = 2  # words before the verb of the award's clause: "Cụm | đề nghị …", "Hội nghị | thống nhất đề nghị …"


def line_head(toks: list[Token], verbs: list[Match], first: int) -> list[tuple[int, int]]:
    """The recipients a list line names before its colon, the award after it with only verbs and
    their agent between: "- Tổ khối 3 và Tổ khối 5: được công nhận Tập thể lao động tiên tiến",
    "- Trường X: đề nghị UBND thành phố công nhận danh hiệu …"; also where the line describes the unit in
    clauses before the award's own, which opens with its verb or the verb's agent: "- Hội X tỉnh A: dẫn đầu
    Cụm, 6/6 phiếu; | Cụm đề nghị tặng Cờ thi đua …", "- Cục Y tỉnh B: đơn vị dẫn đầu Khối, | đề nghị … tặng …"."""
    colon = next((k for k in range(first - 1, -1, -1) if toks[k].text in ",;.!?():"), None)
    if colon is not None and toks[colon].text in ",;" and any(colon < m.start <= colon + 1 + MAX_AGENT
                                                               and m.start < first for m in verbs):
        sep = colon
        colon = next((k for k in range(colon - 1, -1, -1) if toks[k].text in ".!?():"), None)
        if colon is not None and toks[sep].text == "," and not is_apposition_piece(toks, colon + 1, sep):
            return []  # (after a comma, only a description of the unit: "X: đơn vị dẫn đầu Khối, | đề nghị …")
    if colon is None or toks[colon].text != ":" or not any(colon < m.start < first for m in verbs):
        return []
    a = 0
    while a < colon and not toks[a].text[:1].isalpha():
        a += 1  # the list marker: "-", "•", "2."
    if a >= colon or any(t.text in ",;.!?()" for t in toks[a:colon]):
        return []
    return subject_items(toks, a, colon)


def honour_holder(toks: list[Token], award: AwardSpan) -> tuple[int, int] | None:
    """The person an honour title describes: the name right after it ("anh hùng lao động | Bùi Văn
    Thọ"), or the name it stands in apposition to ("GS Trần Văn Giàu (93 tuổi), | anh hùng lao
    động thời kỳ đổi mới;")."""
    if award.family not in ("title", "hero"):
        return None
    end = name_end(toks, award.end) if award.end < len(toks) else 0
    if end:
        return award.end, end
    k = award.start - 1
    if k < 1 or toks[k].text != "," or award.end < len(toks) and toks[award.end].text not in ",;.":
        return None
    if toks[k - 1].text == ")":  # "(93 tuổi)"
        k = next((i for i in range(k - 1, max(-1, k - 8), -1) if toks[i].text == "("), 0)
        if k == 0:
            return None
        k += 1
    for i in range(max(0, k - 5), k - 1):
        if name_end(toks, i) == k - 1:
            return i, k - 1
    return None
