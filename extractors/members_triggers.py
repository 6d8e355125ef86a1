"""Whether a list trigger speaks of a body's members, and the members it introduces.

- a list after a trigger of ``patterns/members.triggers.jsonl`` ("gồm", "gồm có", "bao gồm",
  "các đơn vị thành viên là", "có 9 đơn vị:", "Tham gia Cụm có các đơn vị:", "Thành viên (5
  chi nhánh):", "… trong Cụm là") that follows a body mention, "thành viên" or a bare
  "Khối"/"Cụm"/"Khu vực", with at most a count, lower-case nouns, a unit or a bracket between
  ("Khối có 8 thành viên, trong đó có 5 công đoàn ngành là …", "Ba thành viên còn lại là …");
  a count alone gives nothing, and a list needs two members;
- members before "là (N) (đơn vị) thành viên (của)", "thuộc" or "tham gia" and a body: "Công an
  tỉnh Lạng Sơn và Công an tỉnh Cao Bằng là thành viên của Cụm thi đua số 8";
- "Tham gia Khối thi đua số 3 có A, B và C", "Cùng tham gia Cụm còn có A và B";
- "- Thành phần: A, B, C" and "• Members (6): …" opening a line under the body's heading;
- "Đây là bốn đơn vị thuộc Cụm": the list of units of the sentence before (as many as counted);
- "Cụm … gồm 3 đơn vị. Đó là A, B và C": the list after "Đó là" when the sentence before counted;
- "Năm Ủy ban Mặt trận các tỉnh A, B, C, D và E đã …", "… lãnh đạo Hội LHPN 6 tỉnh: A, B, …": a
  count that opens the sentence before a head, or follows it before a colon, shared by as many
  places as it counts (``counted_group``; kept for a body no other rule gives members,
  ``members.find_members``).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache, lru_cache

from extractors.base import Context
from extractors.members_items import (
    UNIT_KIND_FILES,
    after_colon,
    count_at,
    distributed,
    is_code,
    kind_after_cac,
    kind_text,
    longest_list,
    read_items,
    sector_words,
    shared_head,
    skip_count,
    skip_parenthesis,
    units_ending_at,
)
from extractors.members_view import (
    BULLET_RE,
    GENERIC_HEADS,
    ROLES,
    TRIGGERS,
    Anchor,
    Item,
    Shared,
    View,
    nearest_year,
    read_view,
    to_member,
)
from extractors.nlp import Match, Token, load_lexicon, norm
from extractors.phrases import (
    is_roman,
    is_year,
    match_patterns,
    noun_at,
    phrase_at,
    phrase_before,
    pick_longest,
    read_tokens,
)
from extractors.scope import Scope
from extractors.units import glued, region_word_at
from schemas.document import Sentence
from schemas.facts import Member

_THANH_VIEN = (norm("thành"), norm("viên"))
_KHU_VUC = (norm("khu"), norm("vực"))
_THI_DUA = ("thi", "đua")
_OF = frozenset(norm(w) for w in ("của", "thuộc", "trong"))
_HAS = frozenset(norm(w) for w in ("có", "gồm"))
_NGOAI = norm("ngoài")
_CAC = norm("các")
_PLURALS = frozenset(norm(w) for w in ("các", "những", "cả"))
_CHO = norm("cho")
_UNITS = frozenset(norm(w) for w in ("vị", "quan"))  # "đơn vị thành viên", "cơ quan thành viên"


_LA = norm("là")


def items_for(view: View, m: Match, counted: bool = False) -> tuple[list[Item], str]:
    """The members a trigger introduces, and whether its list goes on in bullet lines: "open"
    after "gồm (các đơn vị sau):", "lines" (each line a unit alone) after a description that
    ends the sentence with a colon ("Khối gồm 9 công ty cao su trên địa bàn A, B và C:"), ""
    when it does not."""
    if m.label == "MEMBER_OF":
        before = members_before(view, m)
        under = kind_under_body(view, m, before)
        if under:
            return under, ""
        return (before + along_with(view, m) if before else joined_after(view, m)), ""
    if m.id == "thanh_vien" and (apposed := apposed_list(view, m)):
        return apposed, ""
    if not (list_announced(view, m) or (counted and besides_opens(view, m))):
        return [], ""
    toks = view.toks
    count, after = count_at(toks, m.end)
    if count is not None and phrase_at(toks, after, "members.counted_not_kinds.txt"):
        return [], ""  # "gồm 3 tiêu chí: Chính trị, Chuyên môn và Đoàn thể": no units counted
    start, shared = skip_count(view, m.end)
    if m.id == "con_co" and guests_at(view, start):
        return [], ""
    items = read_items(view, start, shared) or read_items(view, after_colon(toks, m.end), None)
    if len(items) < 2:  # "gồm các nông trường Phúc trạch, Tây sơn và 12/9"
        items = plural_names(view, m.end) or items
    if items and colon_after(toks, items[-1].end):  # "Viện kiểm sát nhân dân 5 tỉnh Tây Nguyên: Kon Tum, …"
        listed = read_items(view, skip_parenthesis(toks, items[-1].end) + 1, shared)
        items = listed if len(listed) >= 2 else items
    if len(items) < 2 and (k := counted_then_is(view, m.end)):  # "gồm 6 chi nhánh … khu vực X là A, B, C"
        listed = read_items(view, k, None)
        items = listed if len(listed) >= 2 else items
    if len(items) < 2 and shared and start > m.end and view.toks[start - 1].text.isalpha() and (
            k := then_is(view, start)):  # "gồm Hội Nhà báo 6 tỉnh khu vực X là A, B, C": the head counted
        listed = read_items(view, k, shared)
        items = listed if len(listed) >= 2 else items
    if len(items) < 2 and (k := described_count(view, m.end)):  # "gồm phòng X Công an sáu tỉnh, thành phố là A, B"
        listed = read_items(view, k, None)
        items = listed if len(listed) >= 2 else items
    if len(items) < 2 or (count_at(toks, m.end)[0] or 0) > len(items):
        items = counted_names(view, m.end) or items  # "gồm 5 nhà hát: Tuồng, Chèo, Cải lương, Múa rối và …"
    if m.id == "co_n_kind" and (count := count_at(toks, m.start + 1)[0]) and count > len(items):
        items = names_after_colon(view, m.end - 1, count) or items  # "… có 8 doanh nghiệp tham gia thi đua: …"
    items = distributed(view, items) or items
    if m.id == "counted_bracket" and items and count_at(toks, m.start + (toks[m.start].text in "-–—"))[0] != len(items):
        items = []  # "Cụm thi đua số 1 (07 đơn vị): A xếp thứ nhất, …": as many as counted, or none
    if m.id == "counted_list_bracket" and not closed_as_counted(toks, m, items):
        items = []  # "Cụm … có 8 chi nhánh (A, B, …)": the bracket closed by the last of as many as counted
    if m.id == "voi" and m.end < len(toks) and toks[m.end].text == ":" and not ends_clause(toks, items):
        items = []  # "Cụm … với các đơn vị: A, B được tặng Bằng khen": recipients, not a list of members
    items = joined_last(view, items, count_at(toks, m.end)[0])
    if len(items) > 2 and bare_last(view, items[-1]):  # "…, Xí nghiệp mới thành lập Quý II": no name
        items = items[:-1]
    # "Cụm … có thêm thành viên mới là A": one member is enough
    one = m.id == "takes_in" or (m.id == "thanh_vien_la" and names_body_before(view, m.start))
    items = items if len(items) >= 2 or (items and one) else []
    items = besides(view, m) + items if items else items
    if m.id == "con_lai" and items:
        items = role_holders(view, m.start) + items
    if start == len(toks) and toks[-1].text == ":":
        return items, "open"
    if not items and toks[-1].text == ":" and after_colon(toks, m.end) == len(toks) and described(view, m):
        return items, "lines"
    return items, ""


COUNTED_KIND_WORDS = 4  # lower-case words of the kind between a count and the colon of its list
NAME_WORDS = 8  # words of one name in a counted list


def bare_last(view: View, it: Item) -> bool:
    """Whether the last member of a list is a unit's head alone before lower-case words that end the sentence
    ("Xí nghiệp" of "…, Xí nghiệp mới thành lập Quý II."): no name of its own."""
    toks = view.toks
    return it.head is None and view.heads.units.get(it.start) == it.end and it.end < len(toks) and toks[
        it.end].text.isalpha() and not toks[it.end].is_title


def counted_names(view: View, i: int) -> list[Item]:
    """A count, a kind in lower case and a colon at token ``i``, then as many short names as counted, each
    opening with a capital, between commas and "và", up to the end of the clause: "gồm 5 nhà hát: Tuồng, Chèo,
    Cải lương, Múa rối và Ca múa nhạc dân gian Việt Bắc" (names the unit reader does not know as names: one
    word, or a capital and lower-case words). None unless they are exactly as many as counted."""
    toks = view.toks
    count, j = count_at(toks, i)
    if count is None or count < 2:
        return []
    k = j
    while k < len(toks) and k - j < COUNTED_KIND_WORDS and toks[k].text.isalpha() and not toks[k].is_title:
        k += 1
    if k == j or k + 1 >= len(toks) or toks[k].text != ":":
        return []
    if not any(phrase_at(toks, j, name) for name in (*UNIT_KIND_FILES, "members.named_kinds.txt")):
        return []  # "gồm 4 môn thi: Toán, Văn, Anh và Tin học": no kind of unit
    return names_after_colon(view, k, count, kind_text(view, j, k))


def names_after_colon(view: View, colon: int, count: int | None, kind: str | None = None) -> list[Item]:
    """Exactly ``count`` names after the colon at token ``colon`` (``counted_names``; two or more when ``count`` is
    None): each opens with a capital, or is a unit's number or date that takes the ``kind`` counted ("Nông trường
    1/5" of "gồm 7 nông trường: Đông hiếu, 1/5, Cờ đỏ"; none without a kind), and holds words and numbers only; the
    list ends with the clause, or at a comma before a lower-case word after its last "và" ("…, Hoàng Long và
    Savico, với tổng số …"). None otherwise."""
    toks = view.toks
    items, start, k, closed = [], colon + 1, colon + 1, False
    while True:
        end = k >= len(toks) or toks[k].text in ";.)(" or toks[k].text == ","
        joint = k < len(toks) and toks[k].norm == _VA_NORM
        if end or joint:
            if start >= k or k - start > NAME_WORDS or not (toks[start].is_title or is_code(toks[start])) or not all(
                    t.text.isalpha() or t.text.isdecimal() or is_code(t) for t in toks[start:k]):
                return []
            items.append(Item(start, k))
            if k >= len(toks) or toks[k].text in ";.)(" or (closed and k + 1 < len(toks) and not toks[k + 1].is_title):
                break
            closed = closed or joint
            start = k + 1
        k += 1
    if not any(toks[it.start].is_title for it in items):
        return []  # numbers only: no names
    if any(not toks[it.start].is_title for it in items):  # "7B", "19/5": a number of the kind counted
        if kind is None:
            return []
        items = [it if toks[it.start].is_title else replace(it, head=kind) for it in items]
    return items if len(items) == count or (count is None and len(items) >= 2) else []


OLD_NAME_WORDS = 3  # words of a name of an old spelling ("Phúc trạch") in a list after a plural kind


def plural_names(view: View, i: int) -> list[Item]:
    """ "các", a kind of unit in lower case that old documents list names of an old spelling after
    (``members.old_name_kinds.txt``, maybe sector words after it and a colon) at token ``i``, then names the unit
    reader does not read as names (``names_after_colon``; none longer than ``OLD_NAME_WORDS``, none a place word and
    its place: "Quận 1", "huyện Nhà Bè"), two or more, that end the clause, one of them at least of an old spelling
    (``old_spelling``): "gồm các nông trường Phúc trạch, Tây sơn, 12/9 và Thạch ngọc". Each takes the kind
    ("Nông trường Phúc trạch", "Nông trường 12/9"); a bare number only so ("các trạm 4, 7 và Gia Lâm": none)."""
    toks = view.toks
    j = kind_after_cac(toks, i, "members.old_name_kinds.txt")
    if not j:
        return []
    colon = j if j < len(toks) and toks[j].text == ":" else j - 1  # "các hợp tác xã: A, B"
    kind = kind_text(view, i + 1, j)
    items = names_after_colon(view, colon, None, kind)
    if any(it.end - it.start > OLD_NAME_WORDS or phrase_at(toks, it.start, "units.admin.txt") for it in items):
        return []
    if not any(old_spelling(view, it) for it in items):
        return []
    return [replace(it, head=kind) for it in items]


def old_spelling(view: View, it: Item) -> bool:
    """Whether a name reads as old documents write names: a date ("12/9", "1/5"), or a capital then lower-case
    syllables ("Phúc trạch", "Tây sơn") that open no unit ("Trung tâm 1")."""
    toks = view.toks
    if any("/" in t.text and is_code(t) for t in toks[it.start : it.end]):
        return True
    if it.start in view.heads.units or any(s.start == it.start and s.kind == "unit" for s in view.spans):
        return False
    return toks[it.start].is_title and any(t.text.isalpha() and not t.is_title for t in toks[it.start + 1 : it.end])


_VA_NORM = norm("và")


def closed_as_counted(toks: list[Token], m: Match, items: list[Item]) -> bool:
    """The list in the bracket after "có N <kind> (" names as many units as counted and the bracket closes after the
    last one."""
    end = items[-1].end if items else 0
    return (bool(items) and count_at(toks, m.start + 1)[0] == len(items) and end < len(toks)
            and toks[end].text == ")")


def apposed_list(view: View, m: Match) -> list[Item]:
    """A list set beside "(N) (kind) thành viên của <body>" after a dash or a comma: "lãnh đạo Sở Y tế các
    tỉnh A, B, … và F – sáu thành viên của Cụm", "Công ty A, Công ty B và Công ty C, ba đơn vị thành viên
    Khối": the list that ends at the dash (as many as counted, two or more)."""
    toks = view.toks
    after = m.end + (1 if m.end < len(toks) and toks[m.end].norm == norm("của") else 0)
    if body_end_from(view, after) is None:
        return []
    j = m.start - counted_kind(toks, m.start)
    count, _ = count_at(toks, j - 1) if j > 0 else (None, j)
    j -= 1 if count is not None and not is_year(toks[j - 1]) else 0
    j -= 1 if count is None and j > 0 and toks[j - 1].norm in _PLURALS else 0  # "– các thành viên của Cụm"
    if j < 2 or toks[j - 1].text not in ",-–—(":
        return []
    items = list_ending_at(view, j - 1)
    return items if count is None or count == len(items) else []


def list_ending_at(view: View, end: int) -> list[Item]:
    """The longest list of two members or more (with the heads they share: "Sở Y tế các tỉnh A, B và C")
    that ends at token ``end`` (or at a bracket there)."""
    toks = view.toks
    for start in range(max(0, end - APPOSED_WORDS), end):
        if not toks[start].is_title or toks[start].norm in _PLURALS or (
                start and toks[start - 1].text.isalpha() and toks[start - 1].is_title):
            continue
        items = read_items(view, start, None)
        if len(items) >= 2 and end in (items[-1].end, skip_parenthesis(toks, items[-1].end)):
            return items
    return []


APPOSED_WORDS = 60  # words of a list that ends at a word about the body's members


def counted_then_is(view: View, i: int) -> int:
    """After a count and the description of the members ("6 chi nhánh Ngân hàng Chính sách xã hội
    (NHCSXH) khu vực Đông Nam Bộ"), the token after the "là" that opens their list; 0: none."""
    toks = view.toks
    if i >= len(toks) or not (toks[i].text.isdecimal() or toks[i].norm in _count_words()):
        return 0
    return then_is(view, i + 1)


def described_count(view: View, i: int) -> int:
    """After a description of the members that holds a count of a kind or place in lower case ("phòng Cảnh sát PCCC
    và CNCH Công an sáu tỉnh, thành phố"), the token after the "là" that opens their list (``then_is``); 0: none. The
    description ends at no mark of a clause and holds no verb (``members.description_verbs.txt``: "gồm các tỉnh có 2
    cửa khẩu là A, B") before its count, and the count's word is a kind of unit or a place word
    (``COUNTED_FILES``: not "2 năm liền dẫn đầu là A, B")."""
    toks = view.toks
    for j in range(i + 1, min(len(toks) - 2, i + DESCRIPTION_WORDS)):
        if toks[j].text in ",;:.()" or toks[j].norm == _LA or phrase_at(toks, j, "members.description_verbs.txt"):
            return 0
        count, k = count_at(toks, j)
        if count is not None and count >= 2 and toks[k].text.isalpha() and not toks[k].is_title:
            return then_is(view, k) if any(phrase_at(toks, k, f) for f in COUNTED_FILES) else 0
    return 0


COUNTED_FILES = ("members.counted_kinds.txt", "members.plural_kinds.txt", "units.admin.txt")


def then_is(view: View, i: int) -> int:
    """The token after the "là" (or ", đó là") that opens a list after the description of the members
    from token ``i`` on; 0: none."""
    toks = view.toks
    for k in range(i, min(len(toks) - 1, i + DESCRIPTION_WORDS)):
        if toks[k].norm == _LA:
            return k + 1
        n = phrase_at(toks, k + 1, "members.then_is.txt") if toks[k].text == "," else 0
        if n:  # "5 đơn vị, đó là (:) A, B"
            return k + 1 + n + (1 if k + 1 + n < len(toks) and toks[k + 1 + n].text == ":" else 0)
        if (toks[k].text == "," and phrase_before(toks, k, "units.admin.txt")
                and phrase_at(toks, k + 1, "units.admin.txt")):
            continue  # "6 Cục Hải quan các tỉnh, thành phố phía Bắc là A, B, C"
        if toks[k].text in ",;:" or any(s.start == k and s.kind == "person" for s in view.spans):
            return 0
    return 0


DESCRIPTION_WORDS = 22  # words of a counted description before "là" and the list


@cache
def _count_words() -> frozenset[str]:
    return frozenset(norm(line.split("=")[0].strip()) for line in load_lexicon("members.numbers.txt"))


def besides(view: View, m: Match) -> list[Item]:
    """ "Ngoài X, Cụm còn có A, B và C": X is a member too; an X that is no unit ("đơn vị đăng cai",
    ``members.besides_anaphors.txt``) stands for the last unit named before "ngoài" in the sentence."""
    toks = view.toks
    at = next((k for k in range(m.start - 1, max(-1, m.start - 16), -1) if toks[k].norm == _NGOAI), None)
    if at is None or not any(t.text == "," for t in toks[at : m.start]):
        return []
    span = next((s for s in view.spans if s.start == at + 1 and s.kind == "unit"), None)
    if span is not None:
        return [Item(span.start, span.end)]
    comma = next(k for k in range(at, m.start) if toks[k].text == ",")
    if toks[at + 1].is_title and BESIDES_NAME >= comma - at - 1 >= 1 and all(
            t.text.isalpha() for t in toks[at + 1 : comma]):  # "Ngoài Thủy lợi, còn có các trường: …"
        return [Item(at + 1, comma)]
    if not phrase_at(toks, at + 1, "members.besides_anaphors.txt"):
        return []
    before = [s for s in view.spans if s.kind == "unit" and s.end <= at]
    return [Item(before[-1].start, before[-1].end)] if before else []


BESIDES_NAME = 4  # words of a member's own name after "Ngoài"


def besides_opens(view: View, m: Match) -> bool:
    """ "Ngoài X, còn có A, B" opening a sentence after one that counts the members ("Cụm có bảy
    trường."): the list goes on with the rest of them (``members.members_in``)."""
    toks = view.toks
    return m.id == "con_co" and bool(toks) and toks[0].norm == _NGOAI and any(
        t.text == "," for t in toks[1 : m.start])


def described(view: View, m: Match) -> bool:
    """Whether the words between a trigger and the colon that ends its sentence only describe the
    members (nouns, names, numbers and ``members.description_words.txt``): "9 công ty cao su trên
    địa bàn A, B và C", not "các tập thể được đề nghị khen thưởng sau"."""
    toks, i = view.toks, m.end
    while i < len(toks) - 1:
        t = toks[i]
        k = phrase_at(toks, i, "members.description_words.txt") or phrase_at(toks, i, "members.count_words.txt")
        if not k and t.text.isalpha() and not t.is_title and not noun_at(toks, i):
            return False
        i += k or 1
    return True


def list_announced(view: View, m: Match) -> bool:
    """A list trigger that speaks of a body's members: "thành viên gồm/là", or a body (or bare
    "Khối"/"Cụm") before "gồm"; before a bare "là" only right before it, with no role word;
    "Thành viên:" opening a line."""
    if m.id in ("thanh_vien_la", "co_don_vi", "trong_cum"):  # "… 5 tỉnh trong Cụm: A, B"
        return True
    if m.id == "takes_in":  # "Khối kết nạp thêm A": the body right before
        return body_ends_at(view, m.start)
    if m.id == "con_lai":  # "A làm Khối trưởng, B làm Khối phó; các thành viên còn lại là C, D"
        return bool(role_holders(view, m.start)) or names_body_before(view, m.end - 1)  # "Ba thành viên còn lại là"
    if m.id == "counted_bracket":  # "Cụm thi đua số 1 - khu vực phía Bắc (06 đơn vị): A, B, …"
        at = counted_open(view, m)
        return at is not None and (names_body_before(view, at) or described_body_before(view, at))
    if m.id == "trong_do":  # "Trong đó có A, B" after "… có 9 thành viên." (``members.members_in``)
        return m.start <= 1
    if m.id == "thanh_phan":  # "- Thành phần: A, B, C" on a line under the body's heading
        return opens_line(view, m.start)
    if m.id == "thanh_vien":  # "Thành viên (5 chi nhánh): …", "… các đơn vị thành viên: …"
        units = (view.toks[m.start - 1].norm in _UNITS if m.start else False) or counted_before(view, m.start)
        return ((opens_line(view, m.start) or units) and colon_after(view.toks, m.end)) or of_body_colon(view, m.end)
    if m.id == "quy_tu":  # "Cụm thi đua số 2 quy tụ A, B": the body opens the sentence, right before the verb
        return body_starts_at(view, subject_at(view)) and body_ends_at(view, m.start)
    if m.id == "la":
        return la_announces(view, m.start)
    # "Cụm thi đua số 5 được thành lập sau khi …, gồm 6 đơn vị: …": the body, the sentence's subject
    subject = subject_at(view)
    if m.id == "voi":  # "Cụm thi đua số 3 với các thành viên A, B", "Khối … thành lập năm 2010, với các đơn vị: A, B"
        return body_ends_at(view, m.start) or (m.start > 0 and view.toks[m.start - 1].text == "," and body_starts_at(
            view, subject) and passive_gap(view, subject, m.start))
    opens = m.id == "gom" and body_starts_at(view, subject)
    return names_body_before(view, m.start) or (m.id == "gom" and dashed_body_before(view, m.start)) or (opens and (
        counted_colon(view, m.end) or passive_gap(view, subject, m.start)))


def ends_clause(toks: list[Token], items: list[Item]) -> bool:
    """Whether nothing but punctuation follows the last item up to a semicolon or the end of the sentence (as in
    ``members.body_list``): a list after a colon that goes on ("…: A, B được tặng …") lists something else."""
    if not items:
        return False
    end = skip_parenthesis(toks, items[-1].end)
    close = next((k for k in range(end, len(toks)) if toks[k].text == ";"), len(toks))
    return not any(t.text[:1].isalnum() for t in toks[end:close])


def joined_last(view: View, items: list[Item], count: int | None) -> list[Item]:
    """One member more than counted, the last two joined by "và" and sharing a head: the "và" is inside the
    last one's name ("gồm 5 trường: …, và các trường cao đẳng: A, B, Công nghệ và Nông lâm X" -> "Công nghệ
    và Nông lâm X")."""
    if count is None or len(items) != count + 1 or len(items) < 3:
        return items
    a, b = items[-2], items[-1]
    if b.start != a.end + 1 or view.toks[a.end].norm != norm("và") or not a.head or a.head != b.head:
        return items
    return [*items[:-2], replace(a, end=b.end)]


def role_holders(view: View, end: int) -> list[Item]:
    """The units given a role of the body before token ``end``: "A làm Khối trưởng", "B (PV B) giữ vai trò Cụm
    phó" (a unit, maybe with its short name in brackets, then a verb of ``chairs.take_verbs.txt``)."""
    toks, out = view.toks, []
    for r in match_patterns(ROLES, toks):
        if r.start >= end:
            break
        k = phrase_before(toks, r.start, "chairs.take_verbs.txt")
        if not k or r.start - k < 1:
            continue
        j = r.start - k
        if toks[j - 1].text == ")":  # past "(PVFCCo)"
            j = next((o for o in range(j - 2, max(-1, j - BRACKET_WORDS), -1) if toks[o].text == "("), j)
        unit = next((sp for sp in view.spans if sp.kind == "unit" and sp.end == j), None)
        if unit is not None:
            out.append(Item(unit.start, unit.end))
    return out


def counted_open(view: View, m: Match) -> int | None:
    """Where the count of members at ``m`` opens its aside: the bracket of "(06 đơn vị):" or of "(khu vực X, 06 đơn
    vị):", the dash of "- 06 đơn vị:" (None: the count stands in no such place)."""
    toks, i = view.toks, m.start
    closed = toks[m.end - 2].text == ")"
    if not closed:  # "- 06 đơn vị:": the dash opens the match
        return i
    if i < 1:
        return None
    if toks[i - 1].text == "(":
        return i - 1
    if toks[i - 1].text == ",":  # a description first, inside the bracket
        return next((k for k in range(i - 2, max(-1, i - BRACKET_WORDS), -1) if toks[k].text == "("), None)
    return None


def described_body_before(view: View, i: int) -> bool:
    """A body opens the line (after its bullet) and only a description after a dash stands between it
    and token ``i``: "Cụm thi đua số 2 - các trường khu vực phía Nam (05 trường): …" (no other body, no
    verb of a list or a role, no end of a clause)."""
    toks = view.toks
    lead = BULLET_RE.match(view.sent.text)
    first = next((k for k, t in enumerate(toks) if t.start >= (lead.end() if lead else 0)), len(toks))
    end = next((b for a, b in view.bodies if a == first), None)
    if end is None or end >= i or toks[end].text not in "-–—" or i - end > DESCRIPTION_WORDS:
        return False
    return not any(t.norm in _HAS or t.norm == _LA or t.text in ";:." for t in toks[end + 1 : i]) and not any(
        end <= a < i for a, _ in view.bodies)


def dashed_body_before(view: View, i: int) -> bool:
    """A body, a dash and a description in a few words, then a comma right before the trigger at ``i``: "Cụm thi đua
    số 4 - khối Hội Nông dân các tỉnh miền núi, gồm …" (no verb of a list or a role, no end of a clause inside)."""
    toks = view.toks
    if i < 3 or toks[i - 1].text != ",":
        return False
    for _, end in view.bodies:
        if end < i - 2 and toks[end].text in "-–—" and i - end <= DESCRIPTION_WORDS:
            inner = toks[end + 1 : i - 1]
            if not any(t.norm in _HAS or t.norm == _LA or t.text in ";:.," for t in inner) and not any(
                    end < r.start < i for r in match_patterns(ROLES, toks)) and nouns_only(view, end + 1, i - 1):
                return True
    return False


def nouns_only(view: View, i: int, end: int) -> bool:
    """Whether the words from ``i`` to ``end`` only name something (nouns, names, numbers and
    ``members.description_words.txt``): "khối Hội Nông dân các tỉnh miền núi", not "năm qua đã khen thưởng nhiều đơn
    vị" (a time of ``awards.relative_times.txt``, a verb, an award)."""
    toks = view.toks
    while i < end:
        if toks[i].is_title:  # a name, its words in lower case with it: "Đoàn Thanh niên Công an"
            i += max(1, phrase_at(toks, i, "units.continue.txt"), phrase_at(toks, i, "units.name_words.txt"))
            continue
        if phrase_at(toks, i, "awards.relative_times.txt") or phrase_at(toks, i, "awards.give_verbs.txt"):
            return False
        k = phrase_at(toks, i, "members.description_words.txt") or phrase_at(toks, i, "members.count_words.txt")
        if not k and toks[i].text.isalpha() and not glued(toks, i) and not noun_at(toks, i):
            return False
        i += k or 1
    return True


def subject_at(view: View) -> int:
    """Where the sentence's subject opens: after a year that leads it ("Năm 2004, Cụm thi đua …")."""
    toks = view.toks
    k = speaker_label(view)
    if len(toks) > k + 3 and toks[k].norm == norm("năm") and is_year(toks[k + 1]) and toks[k + 2].text == ",":
        return k + 3
    return k


SPEAKER_WORDS = 7  # tokens of a speaker's label before the colon that opens an answer ("Đại tá Lương Văn Bảo:")


def speaker_label(view: View) -> int:
    """Where an interview's answer opens after its speaker's label ("Ông Nguyễn Văn A: Khối … gồm …", "Đại tá Trần
    B:"): a title and a person (or a person alone), then a colon; 0: no label."""
    toks = view.toks
    colon = next((k for k in range(1, min(len(toks) - 1, SPEAKER_WORDS + 1)) if toks[k].text == ":"), None)
    if colon is None:
        return 0
    spans = [s for s in view.spans if s.end <= colon]
    if not spans or spans[0].start != 0 or spans[-1].end != colon or spans[-1].kind != "person":
        return 0
    return colon + 1 if all(s.kind in ("title", "person") for s in spans) and all(
        a.end == b.start for a, b in zip(spans, spans[1:], strict=False)) else 0


PASSIVE_WORDS = 14  # words of a passive clause between a body and its ", gồm"


def passive_gap(view: View, subject: int, i: int) -> bool:
    """A passive clause between the body that opens the sentence and the ", gồm" at token ``i``
    ("Cụm thi đua được Trung ương Hội thành lập, gồm …", "Khối do Sở Nội vụ đề xuất, gồm …"), no
    other body, "gồm" or "là" inside."""
    toks = view.toks
    if i < 2 or toks[i - 1].text != ",":
        return False
    j = next((b for a, b in view.bodies if a == subject), subject)
    while j < i and (toks[j].norm in GENERIC_HEADS or toks[j].norm in _THI_DUA or toks[j].text in "()"):
        j += 1
    k = j + 1 if j < i and toks[j].text == "(" else j
    lead = phrase_at(toks, k, "members.passive_leads.txt")
    if not lead or i - j > PASSIVE_WORDS:
        return False
    return not any(t.norm in _HAS or t.norm == _LA or t.text in ";:" for t in toks[k + lead : i - 1]) and not any(
        j <= a < i for a, _ in view.bodies)


def counted_members_end(previous: Sentence | None) -> bool:
    """Whether a sentence ends with a count of members ("… đến nay có 9 thành viên."), to which a list
    that opens the next sentence belongs ("Trong đó có A, B, C")."""
    return previous is not None and _counted_end(previous.text)


@lru_cache(maxsize=1024)
def _counted_end(text: str) -> bool:
    """``counted_members_end`` of a sentence's text, remembered: every sentence is asked about its
    previous one, and members_in asks again."""
    if not _count_in_tail().search(text[-COUNTED_TAIL:]):
        return False  # no number near the end: no count of members (the sentence is not tokenised)
    toks = read_tokens(text)
    end = len(toks) - (1 if toks and not toks[-1].text[:1].isalnum() else 0)
    for j in range(max(0, end - 3), end):
        k = phrase_at(toks, j, "members.unit_words.txt")
        if k and j + k == end and count_at(toks, j - 1)[0] is not None and not is_year(toks[j - 1]):
            return True
    return False


COUNTED_TAIL = 80  # characters at a sentence's end that hold its closing count and kind ("… có 9 đơn vị thành viên.")


@cache
def _count_in_tail() -> re.Pattern:
    """A digit or a number word of ``members.numbers.txt``, case-insensitive."""
    words = sorted({w.split("=")[0].strip() for w in load_lexicon("members.numbers.txt")}, key=len, reverse=True)
    return re.compile(r"\d|\b(?:" + "|".join(re.escape(w) for w in words) + r")\b", re.IGNORECASE)


def counted_colon(view: View, i: int) -> bool:
    """A count and its noun, then a colon, from token ``i``: "gồm 6 đơn vị: …" (a list that names
    members however long the words between the body and "gồm": "Cụm thi đua số 5 được thành lập sau
    khi sắp xếp …, gồm 6 đơn vị: …")."""
    count, j = count_at(view.toks, i)
    k = phrase_at(view.toks, j, "members.unit_words.txt") if count else 0
    if k and j + k < len(view.toks) and view.toks[j + k].text == ":":
        return True
    # "gồm UBND các xã: A, B", "gồm các trường: …": a plural kind (maybe under a shared head), then a colon
    start, _ = skip_count(view, i)
    return start > i + 1 and view.toks[start - 1].text == ":" and any(t.norm == _CAC for t in view.toks[i : start])


def counted_before(view: View, i: int) -> bool:
    """A count (or "các") and a unit's head before "thành viên" at token ``i``: "lãnh đạo 6 Cục Thuế thành
    viên:", "các trường thành viên:", past a short name in brackets ("6 Cục Thống kê (CTK) thành viên:")."""
    if i > 2 and view.toks[i - 1].text == ")":
        i = next((k for k in range(i - 2, max(0, i - BRACKET_WORDS), -1) if view.toks[k].text == "("), i)
    head = next((s for s in view.spans if s.kind == "unit" and s.end == i), None)
    j = head.start if head else i - counted_kind(view.toks, i)  # "6 trường thành viên:", "sáu hội thành viên:"
    if 0 < j < i and not head and view.toks[j - 1].norm == _CAC:
        return True  # "… của các trường thành viên: A, B"
    return j > 0 and count_at(view.toks, j - 1)[0] is not None and not is_year(view.toks[j - 1])


def counted_kind(toks: list[Token], i: int) -> int:
    """Length of a kind of member right before token ``i`` ("trường", "hội", "công ty", "Sở";
    ``members.unit_words.txt``, ``members.plural_kinds.txt``, ``members.counted_kinds.txt``); 0: none."""
    if i < 1:
        return 0
    return max(phrase_before(toks, i, name) for name in UNIT_KIND_FILES)  # "6 trường", "3 Sở", "sáu hội"


def of_body_colon(view: View, i: int) -> bool:
    """ "thành viên (của) <body>:" before a list: "lãnh đạo 5 trường thành viên của Cụm: A, B, …",
    "7 chi nhánh thành viên Khu vực IX: A, B, …" (a body, a bare head maybe numbered)."""
    toks = view.toks
    j = i + 1 if i < len(toks) and toks[i].norm in _OF else i
    end = next((b for a, b in view.bodies if a == j), None)
    if end is None and j < len(toks) and toks[j].is_title and toks[j].norm in GENERIC_HEADS:
        end = j + 1
    elif end is None and j + 1 < len(toks) and toks[j].is_title and tuple(t.norm for t in toks[j : j + 2]) == _KHU_VUC:
        end = j + 2
    if end is None:
        return False
    if end < len(toks) and (toks[end].text.isdecimal() or is_roman(toks[end])):
        end += 1
    return end < len(toks) and toks[end].text == ":"


def opens_line(view: View, i: int) -> bool:
    """Whether token ``i`` opens its line (after a bullet and words of ``members.line_openers.txt``)."""
    lead = BULLET_RE.match(view.sent.text)
    k = next((k for k, t in enumerate(view.toks) if t.start >= (lead.end() if lead else 0)), len(view.toks))
    return i - k == phrase_at(view.toks, k, "members.line_openers.txt")


def colon_after(toks: list[Token], i: int) -> bool:
    """A colon right after token ``i``, or after a bracket there: "Thành viên (5 chi nhánh):"."""
    i = skip_parenthesis(toks, i)
    return i < len(toks) and toks[i].text == ":"


def body_ends_at(view: View, j: int) -> bool:
    """A body mention, or a generic "Khối"/"Cụm (thi đua)"/"Khu vực", ends right before ``j``."""
    if any(b == j for _, b in view.bodies):
        return True
    toks = view.toks
    if j >= 1 and toks[j - 1].norm in GENERIC_HEADS:
        return True
    if j >= 2 and toks[j - 2].is_title and tuple(t.norm for t in toks[j - 2 : j]) == _KHU_VUC:
        return True
    if j >= 4 and toks[j - 4].is_title and tuple(t.norm for t in toks[j - 4 : j]) == _KHU_VUC + _THI_DUA:
        return True  # "Khu vực thi đua gồm …"
    return j >= 3 and toks[j - 3].norm in GENERIC_HEADS and tuple(t.norm for t in toks[j - 2 : j]) == _THI_DUA


def body_starts_at(view: View, i: int) -> bool:
    """A body mention, or a generic "Khối"/"Cụm", starts at token ``i``."""
    return any(a == i for a, _ in view.bodies) or (i < len(view.toks) and view.toks[i].norm in GENERIC_HEADS)


def la_announces(view: View, i: int) -> bool:
    """Whether the "là" at token ``i`` announces a list of the members of the body named right before it: no
    words of units that are no members in its clause (``members.not_member_words.txt``: "khách mời của Cụm … là"),
    and no role in the sentence before it ("Khối trưởng của Khối … là A" names a chair), except in an earlier
    clause when its own clause counts or names a kind of unit of the body (``kind_of_body``: "…, đơn vị Phó khối, 4
    trường trong Khối là A, B"; not "…, đơn vị được đề nghị tặng Cờ thi đua của Cụm … là A, B")."""
    toks = view.toks
    if not names_body_before(view, i):
        return False
    comma = next((k for k in range(i - 1, -1, -1) if toks[k].text == ","), -1)
    if any(phrase_at(toks, k, "members.not_member_words.txt") for k in range(comma + 1, i)):
        return False
    roles = [r for r in match_patterns(ROLES, toks) if r.start < i]
    if not roles:
        return True
    if any(r.end > comma for r in roles):
        return False  # a role in the clause of "là"
    return kind_of_body(view, comma + 1)


def kind_of_body(view: View, i: int) -> bool:
    """A count or a kind of unit in lower case (maybe with its sector words) at token ``i``, then a few lower-case
    words ("trong", "thuộc", "dẫn đầu") up to a body or a bare "Khối"/"Cụm": "4 trường trong Khối", "những đơn vị
    dẫn đầu Khối"; not "đơn vị được đề nghị tặng Cờ thi đua của Cụm" (a capital before the body)."""
    toks = view.toks
    count, j = count_at(toks, i)
    j = j + 1 if count is None and j < len(toks) and toks[j].norm in _PLURALS else j
    k = max((phrase_at(toks, j, f) for f in UNIT_KIND_FILES), default=0)
    if (count is None and not k) or (j < len(toks) and toks[j].is_title):
        return False
    j = sector_words(toks, j + k) if k else j
    start = j
    while j < len(toks) and j - start < KIND_GAP_WORDS and body_end_from(view, j) is None and toks[
            j].text.isalpha() and not toks[j].is_title:
        j += 1
    return body_end_from(view, j) is not None


KIND_GAP_WORDS = 4  # lower-case words between a kind of unit and the body it is of ("dẫn đầu", "trong")


def names_body_before(view: View, i: int) -> bool:
    """A body mention, "thành viên" or a generic "Khối"/"Cụm" stands before token ``i``, with
    only count words, numbers, lower-case nouns, a unit (its parent) or a bracket between:
    "Cụm thi đua III hiện có 5 cục hải quan địa phương gồm …"; a bracket that opens right before it: "Khối thi đua
    các nông trường phía nam (gồm các nông trường A, B và C)"."""
    j = i - 1 if i > 1 and view.toks[i - 1].text == "(" else i
    while j > 0 and i - j <= 14:
        if body_ends_at(view, j) or tuple(t.norm for t in view.toks[j - 2 : j]) == _THANH_VIEN:
            return True
        k = gap_before(view, j)
        if not k:
            return False
        j -= k
    return False


BRACKET_WORDS = 16  # tokens of a bracket between a body and its list trigger


def gap_before(view: View, j: int) -> int:
    """How many tokens before ``j`` may stand between a body and its list trigger (0: none)."""
    t = view.toks[j - 1]
    unit = next((s for s in view.spans if s.end == j and s.kind == "unit"), None)
    if unit:
        return j - unit.start
    if t.text == ")":
        # "Khối thi đua các công ty X (gọi tắt là Khối Gia Lai - Kon Tum) gồm …": a short name in brackets
        opening = next((k for k in range(j - 2, max(-1, j - BRACKET_WORDS), -1) if view.toks[k].text == "("), None)
        return j - opening if opening is not None else 0
    gap = phrase_before(view.toks, j, "members.gap_words.txt") or phrase_before(view.toks, j, "units.continue.txt")
    if gap or t.text.isdecimal() or (not t.is_title and count_at(view.toks, j - 1)[0] is not None):
        return gap or 1  # "Cụm thi đua năm nay có tám đơn vị, gồm …"
    if t.text in "-–" and j >= 2 and is_year(view.toks[j - 2]) and j < len(view.toks) and is_year(view.toks[j]):
        return 1  # "năm học 2019 – 2020"
    if t.text in "-–" and (any(b == j - 1 for _, b in view.bodies) or bare_parent(view, j - 1)):
        return 1  # "Khối thi đua số III – Khối thi đua Liên minh HTX các tỉnh Bắc Trung Bộ – gồm …"
    if k := bare_parent(view, j):
        return k
    plain = t.text.isalpha() and not t.is_title and t.norm not in GENERIC_HEADS and noun_at(view.toks, j - 1)
    return 1 if plain else 0


def bare_parent(view: View, j: int) -> int:
    """Length of a capitalised unit head alone after "của"/"thuộc" ending at ``j``, the body's parent named by
    its head ("Cụm thi đua số 1 của Binh đoàn - gồm …", "Khối thi đua thuộc Tổng công ty gồm …"), else 0."""
    toks = view.toks
    start = next((a for a, b in view.heads.units.items() if b == j and toks[a].is_title), None)
    return j - start if start and toks[start - 1].norm in _OF else 0


def members_before(view: View, m: Match) -> list[Item]:
    """ "A, B và C là thành viên của Cụm thi đua số 5", "A thuộc Cụm thi đua số 5": the units
    before the trigger, when a body (or a bare "Khối"/"Cụm") follows it."""
    toks = view.toks
    after = m.end + (1 if m.end < len(toks) and toks[m.end].norm in (norm("của"), norm("thuộc")) else 0)
    if not body_starts_at(view, after):
        return []
    k = phrase_before(toks, m.start, "members.before_adverbs.txt")  # "A còn là thành viên …"
    end = m.start - k
    if m.id == "joins" and end > 0 and toks[end - 1].text == ")":  # "A (thành lập tháng 10/2004) được bổ sung vào …"
        end = next((j for j in range(end - 2, max(-1, end - ASIDE_WORDS), -1) if toks[j].text == "("), end)
    units = [it for it in units_ending_at(view, end) if not counted_places(view, it)]
    items = [it for it in units if not group_of(view, it)]
    if len(units) >= 2 and len(items) == len(units) - 1 and counts_list(view, units):
        return units  # "Ba đơn vị A, B và C là thành viên Cụm …": the count before the first is the list's
    if len(items) >= 2:
        return items
    shared = list_ending_at(view, end)  # "Sở Y tế các tỉnh A, B và C là thành viên của Cụm"
    if not shared or not all(it.head for it in shared) or any(view.toks[it.start].text.isdecimal() for it in shared):
        return items  # not "Lãnh đạo Thanh tra 5 tỉnh Tây Nguyên thuộc Cụm …": a count and a region describe them
    return shared


def counts_list(view: View, units: list[Item]) -> bool:
    """Whether the count and kind before the first of ``units`` count them all ("Ba đơn vị A, B và C")."""
    toks, i = view.toks, units[0].start
    j = i - counted_kind(toks, i)
    return 0 < j < i and count_at(toks, j - 1)[0] == len(units) and not is_year(toks[j - 1])


def counted_places(view: View, item: Item) -> bool:
    """A count before a place word and a name: "(Thanh tra) 5 tỉnh Tây Nguyên thuộc Cụm …" describes the
    members, it names none."""
    toks, i = view.toks, item.start
    return (i > 0 and count_at(toks, i - 1)[0] is not None and not is_year(toks[i - 1])
            and phrase_at(toks, i, "units.admin.txt") > 0)


def group_of(view: View, item: Item) -> bool:
    """A count (or "các") and a kind of unit before a name: "(Đại diện) 7 chi nhánh VietinBank thuộc Cụm …", "các
    trường Hòa Vang thuộc Cụm …" name a group of the name's units (a brand's branches), not a member."""
    toks, i = view.toks, item.start
    if i > 0 and toks[i - 1].norm in _PLURALS and bare_place_word(toks, item):
        return True  # "các Bưu điện tỉnh khu vực Tây Nguyên là thành viên Cụm": a kind of unit over a region
    j = i - counted_kind(toks, i)
    if j == i or j < 1:
        return False
    return toks[j - 1].norm in _PLURALS or (count_at(toks, j - 1)[0] is not None and not is_year(toks[j - 1]))


def bare_place_word(toks: list[Token], item: Item) -> bool:
    """Whether a place word inside a name names no place (a region word or the end after it): "tỉnh" of "Bưu
    điện tỉnh khu vực Tây Nguyên", "huyện" of "Công an huyện" (not "tỉnh Gia Lai", nor "xã" of "Bảo hiểm xã
    hội", ``units.region_word_at``)."""
    for k in range(item.start + 1, item.end):
        n = phrase_at(toks, k, "units.admin.txt")
        if n and not toks[k].is_title and (
                k + n >= item.end or region_word_at(toks, k + n)):
            return True
    return False


ASIDE_WORDS = 12  # words of an aside in brackets between a member and the verb that moves it


def kind_under_body(view: View, m: Match, before: list[Item]) -> list[Item]:
    """ "Các Sở GTVT thuộc Khối: A, B, C", "các trường thuộc Cụm thi đua số 2: A, B": a plural kind of
    unit before the trigger and a colon after the body open a list of members' places or names, which
    take the kind as their head (two or more)."""
    toks = view.toks
    if len(before) != 1 or m.id != "thuoc" or before[0].start == 0:
        return []
    unit = before[0]
    if toks[unit.start - 1].norm != _CAC or unit.end != m.start:
        return []
    after = m.end + (1 if m.end < len(toks) and toks[m.end].norm in (norm("của"), norm("thuộc")) else 0)
    end = body_end_from(view, after)
    if end is None or end >= len(toks) or toks[end].text != ":":
        return []
    head = view.sent.text[toks[unit.start].start : toks[unit.end - 1].end]
    items = read_items(view, end + 1, Shared(head, None))
    return items if len(items) >= 2 else []


def along_with(view: View, m: Match) -> list[Item]:
    """ "A là thành viên Khối X cùng với B, C và D": the units after the body (and a description in
    brackets) and a phrase of ``members.along_with.txt`` are members too."""
    toks = view.toks
    after = m.end + (1 if m.end < len(toks) and toks[m.end].norm in (norm("của"), norm("thuộc")) else 0)
    end = body_end_from(view, after)
    if end is not None:  # "… tỉnh Hải Dương (khối văn hóa - xã hội) cùng B, C": past a description
        end = skip_parenthesis(toks, end)
    if end is not None and end < len(toks) and toks[end].text == ",":  # "… của tỉnh Kiên Giang, cùng B, C"
        end += 1
    k = phrase_at(toks, end, "members.along_with.txt") if end is not None and end < len(toks) else 0
    if not k:
        return []
    start, shared = skip_count(view, end + k)
    return read_items(view, start, shared)


def joined_after(view: View, m: Match) -> list[Item]:
    """ "Tham gia Khối thi đua số 3 có A, B và C", "Cùng tham gia Cụm còn có A và B": the list
    after the body (or a bare "Khối"/"Cụm") and "có"/"gồm", past words of
    ``members.joined_gap.txt`` ("còn", "này"). A titled person after it is no member."""
    if m.id != "tham_gia":
        return []
    end = body_end_from(view, m.end)
    while end is not None and end < len(view.toks) and (k := phrase_at(view.toks, end, "members.joined_gap.txt")):
        end += k
    if end is None or end >= len(view.toks) or view.toks[end].norm not in _HAS:
        return []
    start, shared = skip_count(view, end + 1)
    items = read_items(view, start, shared)
    return items if len(items) >= 2 and not guests_at(view, start) else []


def guests_at(view: View, start: int) -> bool:
    """A titled person opens the list: "(Tham gia) Cụm còn có đồng chí …" names guests, not members."""
    return any(s.kind in ("title", "person") and s.start == start for s in view.spans)


def body_end_from(view: View, i: int) -> int | None:
    """The end of a body mention, or of a bare "Khối"/"Cụm" (maybe "thi đua"), that starts at token
    ``i`` (None: none starts there)."""
    end = next((b for a, b in view.bodies if a == i), None)
    if end is not None:
        return end
    toks = view.toks
    if i >= len(toks) or toks[i].norm not in GENERIC_HEADS or not toks[i].is_title:
        return None
    return i + 3 if tuple(t.norm for t in toks[i + 1 : i + 3]) == _THI_DUA else i + 1


def listed_before(ctx: Context, view: View, m: Match, previous: Sentence | None, anchor: Anchor,
                  scope: Scope) -> list[Member]:
    """ "Đây là bốn đơn vị thuộc Cụm": the units listed in the sentence before, when as many
    as counted (any number of two or more when no count is given)."""
    count, i = count_at(view.toks, m.end)
    k = phrase_at(view.toks, i, "members.unit_words.txt")
    if previous is None or not k or view.toks[i + k].norm not in _OF or not body_starts_at(view, i + k + 1):
        return []
    before = read_view(previous, scope)
    items = longest_list(before)
    if len(items) < 2 or (count and len(items) != count):
        return []
    return [to_member(ctx, before, it, anchor, scope) for it in items]


def listed_after(ctx: Context, view: View, m: Match, previous: Sentence | None, scope: Scope) -> list[Member]:
    """ "Cụm thi đua số 5 gồm 3 đơn vị. Đó là Công an các tỉnh: A, B và C": the list after "Đó
    là" that opens a sentence, when the sentence before announced the body's members with a
    count alone (they take its body and year)."""
    if m.start != 0 or previous is None:
        return []
    before = read_view(previous, scope)
    trigger = next((t for t in pick_longest(match_patterns(TRIGGERS, before.toks))
                    if t.label == "LIST" and list_announced(before, t) and counted_only(before, t)), None)
    if trigger is None:
        return []
    start, shared = skip_count(view, m.end)
    items = read_items(view, start, shared)
    if len(items) < 2:
        return []
    year = nearest_year(before.toks, trigger.start) or ctx.year
    anchor = Anchor(previous, previous.start + before.toks[trigger.start].start, year, f"{trigger.id}_after")
    return [to_member(ctx, view, it, anchor, scope) for it in items]


def counted_only(view: View, m: Match) -> bool:
    """Whether a list trigger is followed by a count and nothing more: "… gồm 3 đơn vị."."""
    count, i = count_at(view.toks, m.end)
    i, _ = skip_count(view, i)
    return count is not None and all(not t.text[:1].isalnum() for t in view.toks[i:])


def counted_group(view: View, kinds: list[str] | None = None) -> list[Item]:
    """The whole of a group the document speaks of, as many places as it counts (two or more),
    under a head they share: the members of its body (``members.find_members``). The count opens
    the sentence (after a word of ``members.group_leads.txt``) before the head ("Năm Ủy ban Mặt trận
    các tỉnh Kon Tum, Gia Lai, Đắk Lắk, Đắk Nông và Lâm Đồng đã …", "Cả 4 Cục Hải quan các tỉnh A, B, C
    và D …"), or follows the head before a colon ("… sự tham dự của lãnh đạo Hội LHPN 6 tỉnh: A, B,
    …"), not after "cho" (the recipients of an award); or, anywhere, after the kind of unit a body of the
    document is named after (``kinds``: "Sở Tài chính sáu tỉnh A, B, …" for "Khối thi đua các Sở Tài chính …")."""
    toks = view.toks
    count, j = count_at(toks, phrase_at(toks, 0, "members.group_leads.txt"))
    if count is not None and j < len(toks) and toks[j].is_title:
        return group_at(view, j, count)
    for i in range(len(toks)):
        if toks[i].is_title and (i == 0 or toks[i - 1].norm != _CHO):
            k, shared = shared_head(view, i)
            count, after = count_at(toks, i + k) if shared else (None, i)
            if i == 0 and not kinds:
                continue  # only a group under the body's kind may open the sentence with its head
            if i and count and toks[after - 1].text.isdecimal() and (items := group_at(view, i, count, colon=True)):
                return items
            if i and count and toks[after - 1].text.isdecimal() and (items := group_at(view, i, count)) and in_body(
                    view, skip_parenthesis(toks, items[-1].end)):
                return items  # "Sở Y tế 4 tỉnh A, B, C và D trong Cụm đã …"
            if count and kinds and kind_of(shared.head, kinds) and opens_clause(toks, i) and (
                    items := group_at(view, i, count)) and not phrase_at(
                    toks, skip_parenthesis(toks, items[-1].end), "members.group_adverse.txt"):
                return items  # "Sở Tài chính sáu tỉnh A, …" in a document on "Khối thi đua các Sở Tài chính …"
    return []


def opens_clause(toks: list[Token], i: int) -> bool:
    """Whether token ``i`` opens its sentence (after a word of ``members.group_leads.txt``) or a clause after a comma,
    semicolon or colon: where a group is the subject of what follows ("Năm 2015, …, Sở Nội vụ bốn tỉnh A, B, C và D đã
    …"), not the place of something else ("… công tác tại Sở Tài chính ba tỉnh A, B và C")."""
    return i == 0 or toks[i - 1].text in ",;:" or phrase_at(toks, 0, "members.group_leads.txt") == i


def kind_of(head: str, kinds: list[str]) -> bool:
    """Whether a shared head is the kind of unit a body of the document is named after (``members.body_kinds``)."""
    head = head.casefold()
    return any(k.casefold() == head or k.casefold().startswith(head + " ") for k in kinds)


def in_body(view: View, i: int) -> bool:
    """ "trong"/"của"/"thuộc" and a body (or a bare "Khối"/"Cụm") at token ``i``: "… trong Cụm", "… của Khối
    thi đua số 2"."""
    return i + 1 < len(view.toks) and view.toks[i].norm in _OF and body_starts_at(view, i + 1)


def group_at(view: View, i: int, count: int, colon: bool = False) -> list[Item]:
    """The places of a group whose shared head starts at token ``i``, when they are ``count`` (maybe
    after a colon that ends the head)."""
    if count < 2 or not shared_head(view, i)[1]:
        return []
    start, shared = skip_count(view, i)
    if colon and view.toks[start - 1].text != ":":
        return []
    items = read_items(view, start, shared)
    return items if len(items) == count and all(it.head for it in items) else []
