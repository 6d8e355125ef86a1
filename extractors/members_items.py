"""The members of a list, read from a token on: unit names, names that open capitalised and run on
as unit names do ("Bưu điện tỉnh Quảng Ngãi"), or capitalised place names, split on commas,
semicolons, "/" and "và".

A head shared by the members is given to each ("Hội LHPN các tỉnh A, B" -> "Hội LHPN tỉnh A", …;
"Sư đoàn Phòng không 361, 363 và 365" -> "Sư đoàn Phòng không 363", …), and so are heads shared
out over places ("Sở Tư pháp và Cục THADS của 6 tỉnh A, B"), and, after "các", the first member's
name without its place ("các trường THPT Quỳnh Lưu 1, Quỳnh Lưu 2" -> "THPT Quỳnh Lưu 2"). Counts
before a list ("09 đơn vị:", "các tỉnh:") are passed over.
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from extractors.members_view import GENERIC_HEADS, Item, Shared, View
from extractors.nlp import Token, load_lexicon, norm
from extractors.phrases import is_number, is_roman, is_year, noun_at, phrase_at, phrase_before
from extractors.units import (
    ACRONYM_RE,
    BRAND_RE,
    after_legal_form,
    capitalised_run,
    foreign_word,
    person_len,
    region_word_at,
    unit_end,
)

_CAC = norm("các")
_VA = norm("và")
_TAI = norm("tại")
_LA = norm("là")


def skip_count(view: View, i: int) -> tuple[int, Shared | None]:
    """Past count words before a list ("09 đơn vị:", "các tỉnh:"), the words of ``members.attendee_words.txt``
    for those who attend for the members ("Lãnh đạo", "Đại diện"), and a head shared by the members
    ("Công an các tỉnh: …", "Liên minh HTX 6 tỉnh …"), which is returned."""
    toks, shared = view.toks, None
    while i < len(toks):
        k, found = plural_kind(view, i)  # "gồm các công ty cao su A, B": the kind, not a count
        if not k and not toks[i].is_title:
            k, found = lower_kind(view, i)  # "gồm trung tâm y tế các huyện A, B": not an area ("trung tâm")
        if k:
            i, shared = i + k, found or shared
            continue
        k = 2 if item_number(toks, i) else phrase_at(toks, i, "members.attendee_words.txt")  # "Lãnh đạo …"
        first = i > 0 and toks[i - 1].text == ":" and place_at(view, i)  # "gồm 6 đơn vị: xã Cẩm Khê, …"
        k = k or (0 if toks[i].is_title or first else phrase_at(toks, i, "members.count_words.txt"))
        if not k and toks[i].text.isdecimal() and not listed_number(toks, i):
            k = 1  # "09 đơn vị", not the first of "quận 1, 3 và 5"
        if not k and counted_word(toks, i):
            k = 1  # "sáu đơn vị là …"
        if not k and i > 0 and toks[i - 1].text.isalpha() and not toks[i - 1].is_title and not toks[i].is_title:
            k = phrase_at(toks, i, "members.area_words.txt")  # "gồm 6 xã vùng cao A, B": the kind's area
        if not k:
            k, found = shared_head(view, i)
            shared = found or shared
        if not k:
            return i, shared
        i += k
    return i, shared


def counted_word(toks: list[Token], i: int) -> bool:
    """A count written as a word before a lower-case noun: "sáu đơn vị", "bốn tỉnh" (not "năm 2020")."""
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    return (not toks[i].is_title and toks[i].norm in _numbers() and nxt is not None and nxt.text.isalpha()
            and not nxt.is_title)


def listed_number(toks: list[Token], i: int) -> bool:
    """A number that opens a list of numbers ("1, 3 và 5") rather than counts the members."""
    return i + 1 < len(toks) and (toks[i + 1].text in ",;" or toks[i + 1].norm == norm("và"))


def shared_head(view: View, i: int) -> tuple[int, Shared | None]:
    """Length of a unit head shared by the members that follow, with its abbreviation, and the
    head itself: "Công an các tỉnh", "Tòa án nhân dân (TAND) các tỉnh", "Cục Thuế 6 tỉnh"."""
    toks = view.toks
    if toks[i].norm == _CAC:  # "các công ty cao su A, B"
        return plural_kind(view, i)
    if not toks[i].is_title:
        return lower_kind(view, i)
    span = next((s for s in view.spans if s.start == i and s.kind == "unit"), None)
    end = span.end if span else max(capitalised_run(toks, i, numbered=False), view.heads.units.get(i, 0))
    head_end = end
    if end < len(toks) and toks[end].text == "(":
        end = next((k + 1 for k in range(end, min(len(toks), end + 9)) if toks[k].text == ")"), end)
    if not i < end < len(toks):
        return 0, None
    after = toks[end + 1] if end + 1 < len(toks) else None
    number = toks[end].text.isdecimal() or (not toks[end].is_title and toks[end].norm in _numbers())  # "6", "ba"
    counted = number and after is not None and after.text.isalpha() and not after.is_title and noun_at(toks, end + 1)
    # "gồm các Cục Hải quan: A, B", "gồm 4 trường THPT chuyên: A, B"
    announced = toks[end].text == ":" and i > 0 and (toks[i - 1].norm == _CAC or (
        i in view.heads.units and counted_before_head(toks, i)))
    if not (toks[end].norm == _CAC or counted or announced):
        return 0, None
    if toks[end].norm == _CAC and (k := phrase_at(toks, end + 1, "members.units_of.txt")) and i > 0 and phrase_before(
            toks, i, "members.attendee_words.txt"):
        return end + 1 + k - i, None  # "đại diện Phòng Chính trị các đơn vị A, B": an office of each, no head
    if announced:
        return end - i, Shared(view.sent.text[toks[i].start : toks[head_end - 1].end], None)
    head = view.sent.text[toks[i].start : toks[head_end - 1].end]
    place_word = place_word_at(view, end + 1)
    if place_word and norm(place_word) == toks[i].norm:  # "Tỉnh Đoàn các tỉnh A" -> "Tỉnh Đoàn A"
        place_word = None
    kind = 0 if place_word or counted else kind_colon(toks, end + 1)
    if kind:  # "Trung ương các hội: A, B" -> "Trung ương Hội A", …
        return kind + 1 - i, Shared(f"{head} {kind_text(view, end + 1, kind)}", None)
    return end - i, Shared(head, place_word)


def lower_kind(view: View, i: int) -> tuple[int, Shared | None]:
    """A kind of unit in lower case (``members.plural_kinds.txt``) shared over the places that follow it
    after "các" or a count and their place word: "gồm thư viện các tỉnh A, B" -> "Thư viện tỉnh A", …;
    "bảo tàng năm tỉnh A, B và C"; a kind counted members are (``members.counted_kinds.txt``: "trạm y tế các
    xã A, B") or one of ``members.lower_kinds.txt`` ("đội quản lý thị trường các huyện A, B"), and a brand or
    acronym after the kind ("chi nhánh Agribank các huyện A, B", "chi nhánh NHCSXH các tỉnh A, B"). Not before a
    name ("thư viện Hà Nội"). The count is read by the caller."""
    toks = view.toks
    if phrase_at(toks, i, "members.not_kinds.txt"):
        return 0, None  # "gồm đội ngũ cán bộ các phường A, B": people, no units
    k = max(phrase_at(toks, i, "members.plural_kinds.txt"), phrase_at(toks, i, "members.lower_kinds.txt")) or (
        0 if phrase_at(toks, i, "units.admin.txt") else phrase_at(toks, i, "members.counted_kinds.txt"))
    j = sector_words(toks, i + k) if k else i
    if k and j == i + k and phrase_at(toks, i, "members.sector_kinds.txt") == k:
        return 0, None  # "gồm phòng các quận A, B": a bare "phòng" names no kind of unit
    if k and j + 3 < len(toks) and brand_or_acronym(toks[j].text) and toks[j + 1].norm == _CAC:
        j += 1  # "chi nhánh NHNo&PTNT các tỉnh A, B": the brand is the kind's
    if not k or j + 2 >= len(toks) or not (toks[j].norm == _CAC or count_at(toks, j)[0] is not None):
        return 0, None
    place_word = place_word_at(view, j + 1)
    w = j + 1 + len(place_word.split()) if place_word else 0
    if not place_word or w >= len(toks) or not toks[w].is_title:
        return 0, None
    return j + (toks[j].norm == _CAC) - i, Shared(kind_text(view, i, j), place_word)


def brand_or_acronym(text: str) -> bool:
    """A brand ("Agribank", "VietinBank") or an acronym that is no kind of unit ("NHNo&PTNT", "BIDV"; not "THPT")."""
    if text in _kind_abbreviations() or len(text) < 2:
        return False
    return BRAND_RE.fullmatch(text) is not None or (ACRONYM_RE.fullmatch(text) is not None and text[:1].isalpha()) or (
        text[:1].isupper() and any(c.isupper() for c in text[1:]) and text.replace("&", "").isalpha())


def counted_before_head(toks: list[Token], i: int) -> bool:
    """A count, maybe and a kind in lower case, right before the head at ``i``: "4 trường" of "gồm 4 trường THPT
    chuyên: A, B", "sáu Hội Nông dân: …" (not a year)."""
    j = i - 1 if i > 1 and toks[i - 1].text.isalpha() and not toks[i - 1].is_title else i
    if j < i and phrase_at(toks, j, "units.admin.txt"):  # "5 tỉnh Tây Nguyên:": places, no head
        return False
    return j > 0 and count_at(toks, j - 1)[0] is not None


KIND_COLON = 3  # words of a kind between a shared head's "các" and the colon of its list


def kind_colon(toks: list[Token], i: int) -> int:
    """The colon after a kind in lower case that a shared head's members are ("Trung ương các hội: A,
    B"): its index, else 0."""
    k = i
    while k < len(toks) and k - i < KIND_COLON and toks[k].text.isalpha() and not toks[k].is_title:
        k += 1
    return k if i < k < len(toks) - 1 and toks[k].text == ":" and toks[k + 1].is_title else 0


KIND_WORDS = 3  # lower-case sector words after a plural kind ("các công ty cao su …")


def plural_kind(view: View, i: int) -> tuple[int, Shared | None]:
    """ "các", a kind of unit in lower case (``members.plural_kinds.txt``) and its sector words, before
    a list of the members' own capitalised names, which share the kind: "các công ty cao su A, B và
    C" -> "công ty cao su A", …; "các ngân hàng A, B". Not before a unit or an abbreviation ("các
    trường THPT A 1, A 2": the first member's name is shared, ``first_head_shared``)."""
    toks = view.toks
    j = kind_after_cac(toks, i, "members.plural_kinds.txt")
    if not j:
        return 0, None
    if j + 1 < len(toks) and toks[j].text == ":" and toks[j + 1].is_title:  # "các trường đại học: A, B"
        return j + 1 - i, Shared(kind_text(view, i + 1, j), None, kind=True)
    brand = j + 1 < len(toks) and toks[j + 1].is_title and brand_at(toks, j)
    if j >= len(toks) or not toks[j].is_title or (toks[j].text.isupper() and not brand) or any(
            s.start == i + 1 and s.kind == "unit" for s in view.spans):
        return 0, None
    unit = next((s.end for s in view.spans if s.start == j and s.kind == "unit"), 0)
    run = unit or capitalised_run(toks, j, numbered=False)
    syllables = sum(1 + t.text.count("-") for t in toks[j:run])  # "Văn-lý" of an old spelling: two syllables
    if syllables < 2 or run >= len(toks) or not (toks[run].text == "," or toks[run].norm == norm("và")):
        return 0, None
    if (unit and not placed_unit(view, j, unit)) or brand:
        return j - i, None  # "các ngân hàng Vietcombank Nam Định, …", "các chi nhánh BIDV A, B": the kind passed over
    return j - i, Shared(kind_text(view, i + 1, j), None, kind=True)


def kind_after_cac(toks: list[Token], i: int, lexicon: str) -> int:
    """ "các" at token ``i``, then a kind of unit in lower case of ``lexicon`` and its sector words (``sector_words``):
    the token past them, else 0."""
    if i + 2 >= len(toks) or toks[i].norm != _CAC or toks[i + 1].is_title:
        return 0
    k = phrase_at(toks, i + 1, lexicon)
    return sector_words(toks, i + 1 + k) if k else 0


def kind_text(view: View, a: int, b: int) -> str:
    """The words of tokens ``a`` to ``b`` (a kind of unit in lower case) as the head of a name: "Công ty cao su"."""
    kind = view.sent.text[view.toks[a].start : view.toks[b - 1].end]
    return kind[:1].upper() + kind[1:]


def placed_unit(view: View, i: int, end: int) -> bool:
    """Whether the unit read from token ``i`` to ``end`` after a plural kind is only the place or the number of a
    member of that kind, which keeps the kind: "Quận 1", "huyện Nhà Bè" of "các chi cục thuế Quận 1, Quận 3 và
    huyện Nhà Bè", "Trung tâm 1" of "các bưu điện Trung tâm 1, Trung tâm 2" (a head and a bare number); not a
    region ("khu vực X")."""
    toks = view.toks
    if phrase_before(toks, i, "units.admin.txt") or region_word_at(toks, i):
        return False  # a region: "các công ty thành viên khu vực Thành phố Hồ Chí Minh và X" describes them
    if phrase_at(toks, i, "units.admin.txt"):
        return True
    return is_number(toks[end - 1]) and view.heads.units.get(i) == end - 1


def brand_at(toks: list[Token], i: int) -> bool:
    """A brand or an acronym the members' names open with, not a kind of unit (``units.abbreviations.txt``):
    "BIDV", "NHNo", "Agribank" of "các chi nhánh Agribank A, B"; not "THPT", "UBND"."""
    text = toks[i].text
    if len(text) < 2 or not text.isalpha() or text in _kind_abbreviations():
        return False
    return any(c.isupper() for c in text[1:]) or BRAND_RE.fullmatch(text) is not None


@cache
def _kind_abbreviations() -> frozenset[str]:
    heads = {line.split("=")[0].strip() for line in load_lexicon("units.abbreviations.txt")}
    return frozenset(heads | set(load_lexicon("members.kind_abbreviations.txt")))


def sector_words(toks: list[Token], i: int) -> int:
    """Past the lower-case sector words after a kind of unit ("cao su" of "công ty cao su"), at most ``KIND_WORDS``."""
    j = i
    while j < len(toks) and j - i < KIND_WORDS and toks[j].text.isalpha() and not toks[j].is_title and toks[
            j].norm != _CAC and count_at(toks, j)[0] is None and (
            phrase_at(toks, j, "units.name_words.txt") or phrase_at(toks, j, "units.continue.txt") or noun_at(toks, j)):
        j += phrase_at(toks, j, "units.name_words.txt") or phrase_at(toks, j, "units.continue.txt") or 1
    return j


def place_word_at(view: View, i: int) -> str | None:
    """The one place word ("tỉnh", "thành phố") that members of a shared head take, if one."""
    toks = view.toks
    k = phrase_at(toks, i, "units.admin.txt")
    comma = i + k < len(toks) and toks[i + k].text == ","
    nxt = i + k + comma
    if not k or (phrase_at(toks, nxt, "units.admin.txt") and not phrase_at(toks, nxt, "members.area_words.txt")):
        return None  # "các tỉnh, thành phố": none; "6 tỉnh miền núi": "tỉnh"
    return " ".join(t.text for t in toks[i : i + k])


def after_colon(toks: list[Token], i: int) -> int:
    """The token after the first colon within a few words of a trigger ("gồm 5 doanh nghiệp
    trên địa bàn X và Y: A, B"), else the end."""
    return next((k + 1 for k in range(i, min(len(toks), i + COLON_WINDOW)) if toks[k].text == ":"), len(toks))


COLON_WINDOW = 24  # words a list's description may take between its trigger and its colon


def read_items(view: View, i: int, shared: Shared | None) -> list[Item]:
    """Members from token ``i``, split on commas, semicolons, "/" and "và", up to the list's end.
    A head shared by the members that follow is passed over and given to them ("… và LĐLĐ các
    tỉnh A, B"), and to the units without a place before it ("Sở Tư pháp và Cục THADS các tỉnh A,
    B"); a bare number after a numbered unit takes its head ("Sư đoàn 361, 363")."""
    toks, items, heads = view.toks, [], []
    place = None  # the place word of "và các tỉnh" after a first member named at another kind of place
    own_word = None  # a place word of its own right before a member after a shared head ("… và thành phố C")
    counted = None  # the items read before a counted part ("… và hai chi nhánh là G, H") and its count
    while i < len(toks):
        if items and toks[i - 1].norm == _CAC and (inner := plural_kind(view, i - 1))[1]:
            i, shared = i - 1 + inner[0], inner[1]  # "…, E và các trường cao đẳng: F, G": a kind of their own
            continue
        k, found = shared_head(view, i)
        if found and items and not heads and shared is None and all(bare_head(view, it) for it in items):
            heads, items = [view.sent.text[toks[it.start].start : toks[it.end - 1].end] for it in items], []
        i, shared = i + k, found or shared
        while found and i < len(toks) and not toks[i].is_title and (
                phrase_at(toks, i, "members.count_words.txt") or counted_place(toks, i)):
            i += phrase_at(toks, i, "members.count_words.txt") or 1  # "… các tỉnh A, B", "… 6 tỉnh: A, B"
        if items and not found and titled_person_at(view, i):
            break  # "…, Lai Châu và Điện Biên; đồng chí X, …": a titled person ends the list
        if not found and i < len(toks) and not toks[i].is_title and not place_at(view, i):
            i += phrase_at(toks, i, "members.count_words.txt")  # not "thị xã" of "… và thị xã Cửa Lò"
        if items and not found and counted is None:
            i, count = counted_part(toks, i)  # "…, F và hai chi nhánh là G, H"
            counted = (len(items), count) if count else None
        item = roman_like(view, i, items) or item_at(view, i) or numbered_like(view, i, items)
        item = item or shared_number(view, i, shared)
        item = item or single_place(view, i, items) or named_number(view, i, items) or same_place_word(view, i, items)
        item = item or worded_place(view, i, own_word)
        if item is None:
            break
        if place and not item.head:  # "Hội LHPN thành phố Đà Nẵng và các tỉnh Quảng Nam, …"
            item = replace(item, place_word=place)
        item = seated(view, dashed_place(view, lower_tail(view, item)))
        parts = sector_parts(view, item) or kind_parts(view, item, shared)
        item = with_shared(view, item, shared)
        if own_word and item.head:  # "Công an các tỉnh A, B và thành phố C" -> "Công an thành phố C"
            item = replace(item, place_word=own_word)
        elif own_word and not parts:  # "…, Cà Mau và thành phố Cần Thơ": the place word is the member's
            item = replace(item, start=item.start - phrase_before(toks, item.start, "units.admin.txt"))
        items += parts or [item]
        i = located_at(view, skip_parenthesis(toks, item.end))
        k, own_word = connector_at(toks, i), None
        if not k:
            break
        while k:
            word = phrase_at(toks, i, "units.admin.txt")
            own = word == k and toks[i - 1].norm != _CAC  # not "… và các tỉnh A, B" (``plural_place``)
            own_word = view.sent.text[toks[i].start : toks[i + word - 1].end] if own else None
            i += k
            place = plural_place(view, i) or place
            k = connector_at(toks, i)
    if counted and len(items) - counted[0] != counted[1]:
        items = items[: counted[0]]  # "… và 4 đội thuế là A, B": as many as counted after it, or none of them
    if heads and shared:  # "Sở Tư pháp và Cục THADS các tỉnh A, B": each head at each place
        items += [replace(it, head=h) for h in heads for it in items if it.head == shared.head]
    return first_head_shared(view, items)


UNIT_KIND_FILES = ("members.unit_words.txt", "members.plural_kinds.txt", "members.counted_kinds.txt")


def counted_part(toks: list[Token], i: int) -> tuple[int, int | None]:
    """Past a count, a kind of unit in lower case (``UNIT_KIND_FILES``, maybe sector words after it: at most
    ``KIND_WORDS`` words) and "là" or a colon that open the rest of a list: "hai chi nhánh là" of "… Công ty F và hai
    chi nhánh là G, H", "3 trạm: …"; and the count, which the items after it must match (``read_items``). ``(i,
    None)`` when none: not "5 học sinh là" (persons)."""
    count, j = count_at(toks, i)
    if count is None or j >= len(toks) or toks[j].is_title or not any(phrase_at(toks, j, f) for f in UNIT_KIND_FILES):
        return i, None
    k = j
    while k < len(toks) and k - j < KIND_WORDS and toks[k].text.isalpha() and not toks[k].is_title and \
            toks[k].norm != _LA:
        k += 1
    if k == j or k + 1 >= len(toks) or not (toks[k].norm == _LA or toks[k].text == ":") or not toks[k + 1].is_title:
        return i, None
    return k + 1, count


def counted_place(toks: list[Token], i: int) -> bool:
    """A count before a place word in a shared head: "6" of "Sở Tư pháp và Cục THADS 6 tỉnh: A, B"."""
    return (toks[i].text.isdecimal() and not is_year(toks[i]) and i + 1 < len(toks)
            and phrase_at(toks, i + 1, "units.admin.txt") > 0)


def located_at(view: View, i: int) -> int:
    """Past the words that say where a member is (``members.located_at.txt``) and its place, when the
    list goes on (or ends) after it: "… (TAQS khu vực 1) đóng quân tại thành phố Vinh và …"."""
    toks = view.toks
    k = phrase_at(toks, i, "members.located_at.txt") if i < len(toks) and not toks[i].is_title else 0
    if not k:
        return i
    j = i + k
    span = next((s for s in view.spans if s.start == j and s.kind in ("unit", "name")), None)
    end = span.end if span else capitalised_run(toks, j, numbered=False)
    closed = end >= len(toks) or toks[end].text in ",;." or bool(phrase_at(toks, end, "members.connectors.txt"))
    return end if end > j and closed else i


def plural_place(view: View, i: int) -> str | None:
    """The place word of "và các tỉnh" ("các" at ``i``) before capitalised places: the members after it
    are named at that kind of place ("Hội LHPN thành phố Đà Nẵng và các tỉnh Quảng Nam, Quảng Ngãi" ->
    "Hội LHPN tỉnh Quảng Nam"), not at the first member's."""
    toks = view.toks
    if toks[i - 1].norm != norm("và") or toks[i].norm != _CAC or i + 2 >= len(toks):
        return None
    k = phrase_at(toks, i + 1, "units.admin.txt")
    if not k or i + 1 + k >= len(toks) or not toks[i + 1 + k].is_title:
        return None
    return view.sent.text[toks[i + 1].start : toks[i + k].end]


def single_place(view: View, i: int, items: list[Item]) -> Item | None:
    """A place of one capitalised word inside a list after a first unit ("các Xí nghiệp Đầu máy Hà Nội,
    Vinh, Đà Nẵng và Sài Gòn"): alone between connectors, the list going on after it; or the last, after "và",
    the sentence or the bracket closing right after it ("…, Sasco và Savico."), when an earlier item is one word too
    or the word is a brand (``BRAND_RE``)."""
    toks = view.toks
    if not items or i >= len(toks) or not (toks[i].is_title and toks[i].text.isalpha()):
        return None
    last = toks[i - 1].norm == _VA and (i + 1 == len(toks) or toks[i + 1].text in ".;)")  # "…, Licogi và Coma."
    if not last and (i + 2 >= len(toks) or toks[i - 1].text != "," or not connector_at(toks, i + 1)
                     or not toks[i + 2].is_title):
        return None
    if toks[i].norm in GENERIC_HEADS or any(s.start == i for s in view.spans):
        return None
    if last and not any(it.end - it.start == 1 for it in items) and not BRAND_RE.fullmatch(toks[i].text):
        return None  # "Công an huyện A, Công an huyện B và Long": a one-word last name among bare names or a brand only
    return Item(i, i + 1)


def worded_place(view: View, i: int, own_word: str | None) -> Item | None:
    """A place of one capitalised word right after its own place word inside a list ("…, Hà Tĩnh và thành
    phố Huế"): the place word says it is a place."""
    toks = view.toks
    if not own_word or i >= len(toks) or not (toks[i].is_title and toks[i].text.isalpha()):
        return None
    return Item(i, capitalised_run(toks, i, numbered=False))


def same_place_word(view: View, i: int, items: list[Item]) -> Item | None:
    """A place word in lower case and its name after a unit that ends with the same place word and a name
    takes that unit's head: "miền Trung" of "Văn phòng khu vực miền Bắc, miền Trung và miền Nam" -> "Văn phòng
    khu vực miền Trung"; "vùng 2" of "Chi cục Kiểm ngư vùng 1, vùng 2"."""
    toks = view.toks
    if not items or i >= len(toks):
        return None
    if toks[i].is_title and (b := phrase_before(toks, i, "units.admin.txt")) and not toks[i - b].is_title:
        i -= b  # "… và miền Nam": the place word read with the connector
    if toks[i].is_title or not (toks[i - 1].text == "," or toks[i - 1].norm == norm("và")):
        return None
    k = phrase_at(toks, i, "units.admin.txt")
    if not k or i + k >= len(toks) or not (toks[i + k].is_title or toks[i + k].text.isdecimal()):
        return None
    last, words = items[-1], [t.norm for t in toks[i : i + k]]
    end = capitalised_run(toks, i + k, numbered=True) if toks[i + k].is_title else i + k + 1
    if last.head:  # "…, miền Trung và miền Nam": the head the member before took
        same = [t.norm for t in toks[last.start : last.start + k]] == words and not last.place_word
        return Item(i, max(end, i + k + 1), last.head) if same else None
    at = next((j for j in range(last.end - k - 1, last.start, -1) if [t.norm for t in toks[j : j + k]] == words), None)
    if at is None or not all(t.is_title or t.text.isdecimal() for t in toks[at + k : last.end]):
        return None
    return Item(i, max(end, i + k + 1), view.sent.text[toks[last.start].start : toks[at - 1].end])


def named_number(view: View, i: int, items: list[Item]) -> Item | None:
    """A unit named by a number in a list of units named bare ("6 công ty là Thắng Lợi, Phước An, Đắk
    Mil và 719", "các nông trường Sông Hậu, Cờ Đỏ và 30/4"): after a connector, the list ending or going
    on right after it; not a year, nor a count before a noun ("và 2 đơn vị khác")."""
    toks = view.toks
    if not items or i >= len(toks) or not is_code(toks[i]) or items[-1].place_word:
        return None
    if not (toks[i - 1].text == "," or toks[i - 1].norm == norm("và")) or toks[items[0].start].text[:1].isdecimal():
        return None  # a list of numbers only: no names
    if any(s.start == items[-1].start and s.kind == "unit" for s in view.spans):
        return None  # "Công ty Cà phê 15 và 705": a number after a unit (``numbered_like``)
    closed = i + 1 == len(toks) or toks[i + 1].text in ",;.)(" or bool(connector_at(toks, i + 1))
    return Item(i, i + 1) if closed else None


def lower_tail(view: View, item: Item) -> Item:
    """A unit's name that goes on in lower case up to the comma before the next member: "Trường Đại
    học Y tế công cộng, Trường …" (at most three words, none a connector nor a word of a clause,
    ``members.tail_stops.txt``, and a capitalised member after the comma), or up to its place (never a
    time: "Quý II")."""
    toks, j = view.toks, item.end
    if item.head is not None or not toks[item.start].is_title or after_legal_form(toks, j):
        return item  # not "… Hà Tiên - Công ty cổ phần hạch toán độc lập": a legal form ends the name
    while (j < len(toks) and j - item.end < LOWER_WORDS and toks[j].text.isalpha() and not toks[j].is_title
           and not phrase_at(toks, j, "members.connectors.txt") and not phrase_at(toks, j, "units.stops.txt")
           and not phrase_at(toks, j, "members.tail_stops.txt")):
        j += 1
    placed = False  # the lower-case words end with the name's place
    if j > item.end and j < len(toks) and toks[j].is_title and toks[j].text.isalpha() and not is_roman(
            toks[j]) and not phrase_at(toks, j, "units.stops.txt"):  # not a time: "… Quý II", "… Năm 2020"
        # "HTX Dịch vụ khai thác thủy sản Bình Châu, HTX …": lower-case words, then the name's place
        k = capitalised_run(toks, j, numbered=False)
        if k - j <= PLACE_WORDS and not any(s.start == j and s.kind in ("unit", "person", "title") for s in view.spans):
            j, placed = k, True
    closed = j + 1 < len(toks) and toks[j].text in ",;" and toks[j + 1].is_title
    closed = closed or (j < len(toks) and toks[j].norm == norm("và") and item.end < j)
    closed = closed or (j < len(toks) and toks[j].text == ")" and in_bracket_list(toks, item.start))
    bare = view.heads.units.get(item.start) == item.end  # "HTX" alone: its name is still to come
    closed = closed or (placed and bare and last_of_same(toks, item.start, j))
    return replace(item, end=j) if j > item.end and closed else item


def last_of_same(toks: list[Token], i: int, j: int) -> bool:
    """Whether the name from token ``i`` to ``j`` ends its list and its sentence and its head opens a member before
    it in the list: "…, HTX nón Chuông, HTX dệt kim Thanh Oai." (the last of members named the same way; its head
    alone was read, the lower-case words and the place after it are its name)."""
    if not (j == len(toks) or toks[j].text in ".;") or i < 2:
        return False
    if not (toks[i - 1].text == "," or toks[i - 1].norm == _VA):
        return False
    return any(toks[k].norm == toks[i].norm and toks[k - 1].text in ",:" for k in range(1, i - 1))


def seated(view: View, item: Item) -> Item:
    """A unit named with the place it sits at after "tại", the list going on (or ending) right after the place:
    "Trung tâm Truyền hình Việt Nam tại thành phố Huế, …", "Văn phòng Bộ Công Thương tại TP. Hồ Chí Minh và …"; at
    most ``PLACE_WORDS`` and one capitalised words after its place word."""
    toks, j = view.toks, item.end
    if item.head or j + 1 >= len(toks) or toks[j].norm != _TAI or item.end - item.start < 2:
        return item
    k = j + 1
    k += phrase_at(toks, k, "units.admin.txt")
    k += 1 if k < len(toks) and toks[k].text == "." else 0  # "tại TP. Hồ Chí Minh"
    end = capitalised_run(toks, k, numbered=False) if k < len(toks) else k
    if not 0 < end - k <= PLACE_WORDS + 1:
        return item
    closed = end == len(toks) or toks[end].text in ",;.)(" or bool(connector_at(toks, end))
    return replace(item, end=end) if closed else item


def in_bracket_list(toks: list[Token], i: int) -> bool:
    """Whether token ``i`` follows a comma or "và" of a list that a bracket opened: "(gồm A, B, Trung tâm
    Điều hành khai thác)"; the bracket's close ends the last name."""
    if i == 0 or not (toks[i - 1].text == "," or toks[i - 1].norm == norm("và")):
        return False
    k = next((k for k in range(i - 1, -1, -1) if toks[k].text in "()"), None)
    return k is not None and toks[k].text == "("


def dashed_place(view: View, item: Item) -> Item:
    """A name that ends in two places joined by a dash ("Chi cục Thuế khu vực Đông Sơn - Triệu Sơn",
    "Ban Quản lý các khu công nghiệp Bà Rịa - Vũng Tàu"): the second place is named with it when the
    list goes on (or ends) right after it; not a role, a body or a unit after the dash ("… - Cụm
    trưởng", "… - Bệnh viện B")."""
    toks, j = view.toks, item.end
    if j + 1 >= len(toks) or toks[j].text not in "-–":
        return item
    nxt = toks[j + 1]
    if nxt.is_title and phrase_at(toks, j + 1, "members.dash_branches.txt"):
        return dashed_branch(view, item)
    if k := same_numbered_place(toks, item, j):  # "Chi cục Thuế khu vực Quận 5 - Quận 11"
        closed = k >= len(toks) or toks[k].text in ",;.)(" or bool(phrase_at(toks, k, "members.connectors.txt"))
        return replace(item, end=k) if closed else item
    if not toks[j - 1].is_title or not (nxt.is_title and nxt.text.isalpha()) or nxt.norm in GENERIC_HEADS or any(
            s.start == j + 1 and s.kind in ("unit", "title") for s in view.spans):
        return item  # (a place may read as a person: "Đông Sơn - Triệu Sơn")
    k = capitalised_run(toks, j + 1, numbered=False)
    if not 0 < k - j - 1 <= DASHED_WORDS:
        return item
    closed = k >= len(toks) or toks[k].text in ",;.)(" or bool(phrase_at(toks, k, "members.connectors.txt"))
    return replace(item, end=k) if closed else item


def same_numbered_place(toks: list[Token], item: Item, j: int) -> int:
    """The end of a second numbered place after the dash at ``j`` that a name ending in a numbered place goes on
    with, the same place word on both sides ("… khu vực Quận 5 - Quận 11", "… Phường 2 - Phường 7"); 0: none."""
    if not (item.end - item.start >= 3 and toks[j - 1].text.isdecimal() and j + 2 < len(toks)):
        return 0
    n = phrase_before(toks, j - 1, "units.admin.txt")
    if not n or j - 1 - n <= item.start:
        return 0
    word = [t.norm for t in toks[j - 1 - n : j - 1]]
    if j + 1 + n >= len(toks) or [t.norm for t in toks[j + 1 : j + 1 + n]] != word:
        return 0
    if not toks[j + 1 + n].text.isdecimal():
        return 0
    return j + 2 + n


def dashed_branch(view: View, item: Item) -> Item:
    """A unit's name, a dash and its branch at a place (``members.dash_branches.txt``): "Ngân hàng TMCP
    Công Thương Việt Nam - Chi nhánh tỉnh Nghệ An", "Ngân hàng Phát triển Việt Nam - Chi nhánh Bắc Trung
    Bộ": one member, when the list goes on (or ends) right after it."""
    toks, j = view.toks, item.end
    b = j + 1 + phrase_at(toks, j + 1, "members.dash_branches.txt")
    b += phrase_at(toks, b, "units.admin.txt") if b < len(toks) and not toks[b].is_title else 0
    k = capitalised_run(toks, b, numbered=False) if b < len(toks) else b
    closed = k >= len(toks) or toks[k].text in ",;.)(" or bool(phrase_at(toks, k, "members.connectors.txt"))
    return replace(item, end=k) if 0 < k - b <= DASHED_WORDS and closed else item


DASHED_WORDS = 4  # capitalised words of a place after a dash inside a member's name
LOWER_WORDS = 4  # lower-case words a member's name may go on with before the comma (or its place)
PLACE_WORDS = 3  # capitalised words of the place that ends such a name


def titled_person_at(view: View, i: int) -> bool:
    """A lower-case title and the person it titles at token ``i``: "đồng chí Trần Thị Thanh Xuân"."""
    title = next((s for s in view.spans if s.start == i and s.kind == "title"), None)
    return (title is not None and not view.toks[i].is_title
            and any(s.kind == "person" and s.start == title.end for s in view.spans))


def connector_at(toks: list[Token], i: int) -> int:
    """Length of the words between two members at token ``i`` (``members.connectors.txt``, or the
    number of an item written in the line: "1) A; 2) B"); a place word in capitals opens the next name
    instead ("… và Tỉnh Đoàn các tỉnh A, B")."""
    if item_number(toks, i):
        return 2
    return 0 if i < len(toks) and toks[i].is_title else phrase_at(toks, i, "members.connectors.txt")


def item_number(toks: list[Token], i: int) -> bool:
    """The number of an item in a list written in one line: "1)" of "gồm: 1) A; 2) B"."""
    return i + 1 < len(toks) and toks[i].text.isdecimal() and len(toks[i].text) <= 2 and toks[i + 1].text == ")"


def sector_parts(view: View, item: Item) -> list[Item]:
    """A plural head before short names that "và" closes, read as one name: "các Sở Tư pháp, Nội
    vụ và Tài chính" -> Sở Tư pháp, Sở Nội vụ, Sở Tài chính (empty when the name is one sector,
    "các Sở Văn hóa, Thể thao và Du lịch", or is not so). Sector names of ``units.continue.txt``
    stay whole ("các Sở Kế hoạch và Đầu tư, Nội vụ và Tài chính")."""
    toks = view.toks
    head_end = view.heads.units.get(item.start)
    if not head_end or item.start == 0 or toks[item.start - 1].norm != _CAC or not toks[item.start].is_title:
        return []
    parts, j, closed = [], head_end, False
    while j < item.end and not closed:
        if not toks[j].is_title:
            return []
        k = phrase_at(toks, j, "units.continue.txt") or capitalised_run(toks, j, numbered=False) - j
        if k <= 0 or j + k > item.end:
            return []
        parts.append((j, j + k))
        j += k
        if j < item.end and toks[j].text == ",":
            j += 1
        elif j < item.end and toks[j].norm == norm("và"):
            j, closed = j + 1, True
            k = phrase_at(toks, j, "units.continue.txt") or capitalised_run(toks, j, numbered=False) - j
            if k <= 0 or j + k != item.end or not toks[j].is_title:
                return []
            parts.append((j, j + k))
            j += k
    if len(parts) < 2 or not closed or j != item.end:
        return []
    head = view.sent.text[toks[item.start].start : toks[head_end - 1].end]
    return [Item(item.start, parts[0][1]), *(Item(a, b, head) for a, b in parts[1:])]


def bare_head(view: View, item: Item) -> bool:
    """A unit named without a place, before a head shared over places: "Sở Tư pháp" of "Sở Tư pháp
    và Cục THADS các tỉnh A, B" (not "Thành Đoàn Cần Thơ", whose name ends with a place's)."""
    toks = view.toks
    named = item.end - item.start >= 3 and all(t.is_title and t.text.isalpha() for t in toks[item.end - 2 : item.end])
    return not item.head and item.start in view.heads.units and not named and not any(
        phrase_at(toks, k, "units.admin.txt") for k in range(item.start, item.end))


def first_head_shared(view: View, items: list[Item]) -> list[Item]:
    """After "các" (and a noun), the first member's name without the place that the second
    member names alone is shared by the names after it: "các trường THPT Quỳnh Lưu 1, Quỳnh Lưu
    2" -> "THPT Quỳnh Lưu 2"; "các Chi cục Thuế Hải Châu, Thanh Khê" -> "Chi cục Thuế Thanh Khê"; after a
    sector name (``units.continue.txt``) the head alone: "các Sở Kế hoạch và Đầu tư, Nội vụ" -> "Sở Nội vụ"."""
    toks = view.toks
    unit_at = {s.start for s in view.spans if s.kind == "unit"}
    if len(items) < 2 or items[0].head or not (
            after_plural(toks, items[0].start) or places_after(view, items, unit_at)):
        return items
    first, second = items[0], items[1]
    head_end = view.heads.units.get(first.start)
    cut = first.end - place_length(view, first, items[1:])
    if first.start not in unit_at or second.head or second.start in unit_at or head_end is None:
        return items
    if phrase_at(toks, head_end, "units.continue.txt") == first.end - head_end:
        cut = head_end  # "các Sở Kế hoạch và Đầu tư, Văn hóa, Thể thao và Du lịch": the head alone
    if cut < head_end:
        return items
    # "THPT chuyên Chu Văn An, Hùng Vương": a person's name that ends the first is its name whole, never cut inside
    cut = next((k for k in range(head_end, cut) if (n := person_len(toks, k)) and k + n == first.end), cut)
    head = view.sent.text[toks[first.start].start : toks[cut - 1].end]
    bare = next((k for k in range(cut - 1, head_end - 1, -1) if phrase_at(toks, k, "units.admin.txt") == cut - k), None)
    # "Hội LHPN thành phố Đà Nẵng và các tỉnh A, B": "Hội LHPN" and "tỉnh" for A and B
    own = view.sent.text[toks[first.start].start : toks[bare - 1].end] if bare else head
    return [first, *(it if it.head or it.start in unit_at else replace(it, head=own if it.place_word else head)
                     for it in items[1:])]


def place_length(view: View, first: Item, rest: list[Item]) -> int:
    """How many words of the first member name its place: the length the places after it mostly
    have ("Hà Nội, Vinh, Đà Nẵng và Sài Gòn": two), if those words of the first are capitalised, else
    its capitalised tail, else the second member's length."""
    lengths = [it.end - it.start for it in rest if not it.head]
    for n in sorted(dict.fromkeys(lengths), key=lambda n: -lengths.count(n)):
        if n < first.end - first.start and all(t.is_title for t in view.toks[first.end - n : first.end]):
            return n
    run = next((n for n in range(1, first.end - first.start) if not view.toks[first.end - n - 1].is_title), 0)
    return run or rest[0].end - rest[0].start  # "Công ty Điện lực Huế, Đà Nẵng": "Huế", the capitalised tail


def places_after(view: View, items: list[Item], unit_at: set[int]) -> bool:
    """A unit and then only places named alone, two or more, which share its head though no "các"
    stands before it: "gồm 5 đơn vị: Hội Nông dân tỉnh A, B, C, D và E"."""
    rest, first = items[1:], items[0].start
    if place_at(view, first) or (phrase_at(view.toks, first, "units.admin.txt") and first not in unit_at):
        return False  # a list of places: "TP Hồ Chí Minh, Đồng Nai, Bình Dương"
    toks, own = view.toks, {t.norm for t in view.toks[items[0].start : items[0].end]}
    if phrase_at(toks, first, "members.company_heads.txt") and 2 * sum(
            it.end - it.start == 1 and foreign_word(toks[it.start].text) for it in rest) >= len(rest):
        return False  # "Công ty CP Bạch Mã, Vicem, Hancorp và Cotec": brands named alone, no places of its head
    return len(rest) >= 2 and all(
        not it.head and it.start not in unit_at and it.end - it.start <= 4
        and all(t.is_title or t.text in "-–" for t in toks[it.start : it.end])
        and toks[it.end - 1].norm not in own for it in rest)  # not "Công ty A Quảng Ngãi, Viettel Quảng Ngãi"


def after_plural(toks: list[Token], i: int) -> bool:
    """Whether "các" (maybe and a noun: "các trường") stands right before token ``i``."""
    return (i > 0 and toks[i - 1].norm == _CAC) or (i > 1 and toks[i - 2].norm == _CAC and toks[i - 1].text.isalpha())


def kind_parts(view: View, item: Item, shared: Shared | None) -> list[Item]:
    """A unit read whole across "và" after a kind in lower case (``plural_kind``) is two members of that kind: "Cảnh
    sát và Chính trị" of "các học viện An ninh, Cảnh sát và Chính trị" -> Học viện Cảnh sát, Học viện Chính trị
    (empty when there is no such kind or no "và" between two capitalised names)."""
    toks = view.toks
    if shared is None or not shared.kind or item.head or not any(
            s.start == item.start and s.end == item.end and s.kind == "unit" for s in view.spans):
        return []
    joint = next((k for k in range(item.start + 1, item.end - 1) if toks[k].norm == _VA), None)
    if joint is None or not toks[item.start].is_title or not toks[joint + 1].is_title:
        return []
    return [Item(item.start, joint, shared.head), Item(joint + 1, item.end, shared.head)]


def with_shared(view: View, item: Item, shared: Shared | None) -> Item:
    """A place named alone after a shared head takes the head: "Thanh Hóa" of "Hội LHPN các
    tỉnh Thanh Hóa, Nghệ An" -> "Hội LHPN tỉnh Thanh Hóa"; so does a head and a bare number ("Trung tâm 1" of
    "các bưu điện Trung tâm 1, Trung tâm 2", ``placed_unit``); a unit with its own head stays."""
    own_place = place_at(view, item.start)  # "thành phố Cần Thơ"
    if shared is None or item.head or (not own_place and any(
            s.start == item.start and s.kind == "unit" and not placed_unit(view, s.start, s.end) for s in view.spans)):
        return item
    return replace(item, head=shared.head, place_word=None if own_place else shared.place_word)


def place_at(view: View, i: int) -> bool:
    """Whether a place word opens a place name at token ``i``: "thị xã Cửa Lò"."""
    return phrase_at(view.toks, i, "units.admin.txt") > 0 and any(
        s.start == i and s.kind == "unit" for s in view.spans)


def numbered_like(view: View, i: int, items: list[Item]) -> Item | None:
    """A bare number after a unit that ends with a number takes its head: "363" of "Sư đoàn
    Phòng không 361, 363" -> "Sư đoàn Phòng không 363"."""
    toks = view.toks
    if not (items and i < len(toks) and is_code(toks[i]) and is_code(toks[items[-1].end - 1])):
        return None
    last = items[-1]
    if last.head:
        return Item(i, i + 1, last.head, last.place_word)
    head = view.sent.text[toks[last.start].start : toks[last.end - 2].end]
    return Item(i, i + 1, head) if last.end - last.start >= 2 else None


def roman_like(view: View, i: int, items: list[Item]) -> Item | None:
    """A bare Roman number alone between connectors after a unit that ends with a number takes its head, as
    ``numbered_like`` ("Khu Quản lý đường bộ II, IV và VII" -> "Khu Quản lý đường bộ IV"), before it could be
    read as an acronym."""
    toks = view.toks
    if i >= len(toks) or not is_roman(toks[i]) or not list_goes_on(toks, i + 1):
        return None
    return numbered_like(view, i, items)


CODE_RE = re.compile(r"\d{1,2}/\d{1,2}|\d{1,3}[A-ZĐ]")  # a unit named by a date or a lettered number: "19/5", "7B"


def is_code(tok: Token) -> bool:
    """A number that names a unit: "5", "III" (``is_number``), a date ("Nông trường 1/5") or a lettered number
    ("Bệnh viện 7B"); never a year."""
    return is_number(tok) or CODE_RE.fullmatch(tok.text) is not None


def shared_number(view: View, i: int, shared: Shared | None) -> Item | None:
    """A bare number after a shared head and its place word: "1" of "Chi cục Thuế các quận 1, 3"."""
    if shared and shared.place_word and i < len(view.toks) and is_number(view.toks[i]):
        return Item(i, i + 1)
    return None


def item_at(view: View, i: int) -> Item | None:
    """One member at token ``i``: a unit name; else a name that opens capitalised and runs on as
    unit names do ("Bưu điện tỉnh Quảng Ngãi", "Viettel Quảng Ngãi"); else a capitalised name of
    two words or more ("Kon Tum", "Quỳnh Lưu 2") or an acronym ("EVN"); a sector name joined by
    "và" stays one ("Nông nghiệp và Phát triển nông thôn")."""
    toks = view.toks
    span = next((s for s in view.spans if s.start == i and s.kind == "unit"), None)
    if span:
        number = span.end < len(toks) and toks[span.end].text.isdecimal() and not is_year(toks[span.end])
        return Item(span.start, span.end + 1 if number and list_goes_on(toks, span.end + 1) else span.end)
    if i < len(toks) and toks[i].norm in GENERIC_HEADS:  # "Cụm trưởng …", "Khối …": no member
        return None
    run = capitalised_run(toks, i)
    if run == i:
        return None
    barriers = {k for a, b in view.bodies for k in range(a, b)}
    end = max(run, unit_end(toks, i, i + 1, view.heads, barriers), i + phrase_at(toks, i, "units.continue.txt"))
    while end - i > 2 and toks[end - 1].norm == _VA:  # "…, Yên Thế và thị xã Bắc Giang": "và" ends no name
        end -= 1
    inner = next((s.end for s in view.spans if s.start == end and s.kind == "unit"), None)
    if inner and end - i >= 2 and all(t.text.isalpha() and not t.is_title for t in toks[i + 1 : end]):
        end = inner  # "Cơ quan thường trú Đài X khu vực Y": a kind in lower-case words, then the unit it is of
    if end - i >= 2 or (toks[i].text.isupper() and len(toks[i].text) >= 2) or (
            hyphened(toks[i].text) and not titled_before(view, i)):
        return Item(i, end)
    return numbered_kind(toks, i)


TITLE_REACH = 12  # tokens before a name in which a person's title ("các đồng chí", "ông") makes it a person's


def titled_before(view: View, i: int) -> bool:
    """Whether a person's title stands shortly before token ``i`` in its list: "gồm các đồng chí Y-ngông, …"."""
    return any(s.kind == "title" and i - TITLE_REACH <= s.start < i for s in view.spans)


def hyphened(word: str) -> bool:
    """A place of an old spelling, its syllables joined by hyphens: "Văn-lý", "Hải-hậu" (two words of a name); the
    syllables after the first in lower case, as that spelling writes them (not names of persons: "Y-Ngông")."""
    head, _, rest = word.partition("-")
    return (bool(rest) and head.isalpha() and rest.replace("-", "").isalpha() and head[:1].isupper()
            and rest[:1].islower())


NUMBERED_KIND_WORDS = 2  # lower-case words between a unit's kind and its number ("Đoàn bay 919")


def numbered_kind(toks: list[Token], i: int) -> Item | None:
    """A unit named by a capitalised kind, a word or two in lower case and its number, the list going on
    (or ending) right after it: "Đoàn bay 919", "Đội xe 3", "Xưởng sửa chữa 2" (not a year)."""
    j = i + 1
    while j < len(toks) and j - i - 1 < NUMBERED_KIND_WORDS and toks[j].text.isalpha() and not toks[j].is_title:
        j += 1
    if j == i + 1 or j >= len(toks) or not toks[j].text.isdecimal() or is_year(toks[j]):
        return None
    if any(phrase_at(toks, k, "members.connectors.txt") or phrase_at(toks, k, "units.stops.txt")
           for k in range(i + 1, j)):
        return None
    return Item(i, j + 1) if list_goes_on(toks, j + 1) else None


def list_goes_on(toks: list[Token], i: int) -> bool:
    """Whether a list of members goes on (or ends) at token ``i``."""
    return i == len(toks) or toks[i].text in ",;.)" or bool(connector_at(toks, i))


def skip_parenthesis(toks: list[Token], i: int) -> int:
    """Past "(Khối trưởng)" after a member."""
    if i < len(toks) and toks[i].text == "(":
        close = next((k for k in range(i, min(len(toks), i + 12)) if toks[k].text == ")"), None)
        return close + 1 if close is not None else i
    return i


def distributed(view: View, heads: list[Item]) -> list[Item]:
    """Heads shared out over places: "Sở Tư pháp và Cục THADS của 6 tỉnh Thanh Hóa, Nghệ An" ->
    Sở Tư pháp tỉnh Thanh Hóa, Cục THADS tỉnh Thanh Hóa, … (empty when the list is not so);
    "Sở NN&PTNT của 13 tỉnh, thành phố: A, B" -> Sở NN&PTNT A, Sở NN&PTNT B."""
    toks = view.toks
    i = skip_parenthesis(toks, heads[-1].end) if heads else len(toks)
    if i >= len(toks) or toks[i].norm not in (norm("của"), norm("thuộc")):
        return []
    j = i + 1 + (1 if i + 1 < len(toks) and (toks[i + 1].text.isdecimal() or toks[i + 1].norm == _CAC
                                             or counted_word(toks, i + 1)) else 0)  # "của năm tỉnh A, B"
    if not phrase_at(toks, j, "units.admin.txt"):  # "… của 6 tỉnh A, B", "… của các tỉnh, thành phố: A, B"
        return []
    place_word = place_word_at(view, j)
    start, _ = skip_count(view, j)
    places = read_items(view, start, None)
    if len(places) < 2:
        return []
    names = [view.sent.text[toks[h.start].start : toks[h.end - 1].end] for h in heads]
    return [replace(p, head=n, place_word=place_word) for p in places for n in names]


def units_ending_at(view: View, end: int) -> list[Item]:
    """The units of a list that ends at token ``end``, joined by commas and "và"."""
    items: list[Item] = []
    while True:
        span = next((s for s in view.spans if s.end == end and s.kind == "unit"), None)
        if span is None:
            return items[::-1]
        items.append(Item(span.start, span.end))
        k = phrase_before(view.toks, span.start, "members.connectors.txt")
        if not k:
            return items[::-1]
        end = span.start - k


def longest_list(view: View) -> list[Item]:
    """The longest run of units joined by commas and "và" (a role in brackets may follow each)."""
    best: list[Item] = []
    for span in view.spans:
        if span.kind != "unit" or any(it.start <= span.start < it.end for it in best):
            continue
        items = read_items(view, span.start, None)
        if len(items) > len(best):
            best = items
    return best


@cache
def _numbers() -> dict[str, int]:
    pairs = (line.rsplit("=", 1) for line in load_lexicon("members.numbers.txt"))
    return {norm(w.strip()): int(n) for w, n in pairs}


def count_at(toks: list[Token], i: int) -> tuple[int | None, int]:
    """A count at token ``i`` ("4", "bốn"): (the number, the index after it); (None, i) if none."""
    if i < len(toks) and toks[i].text.isdecimal() and not is_year(toks[i]):
        return int(toks[i].text), i + 1
    if i < len(toks) and toks[i].norm in _numbers():
        return _numbers()[toks[i].norm], i + 1
    return None, i
