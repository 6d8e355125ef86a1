"""Recipients named in lists: groups ("3 tập thể", "các xã A, B và C"), list items split at commas,
semicolons and "và", a unit's or a person's name cut from its clause."""

from __future__ import annotations

import re

from extractors.awards_names import UNIT_NAME_WORDS, name_comma
from extractors.awards_words import (
    AND,
    CLAUSE_END,
    COMPANY_LADDER,
    FOR,
    GROUPS,
    HAS,
    HONOURS,
    IN_IT,
    IS,
    IT,
    LEADING,
    LIST_OPENERS,
    MAX_NAME,
    NAME_CUT,
    NOT_IN_NAME,
    NOT_RECIPIENTS,
    PLACE_ORDER,
    PLACE_RANKS,
    QUANTIFIERS,
    RANK_ORDER,
    SECTORS,
    UNIT_HEADS,
    UNIT_RANKS,
    run_end,
    trim_end,
)
from extractors.base import YEAR_RE
from extractors.lines import load_phrases, merge_phrases, phrase_at, phrase_before
from extractors.nlp import Match, Token, norm
from extractors.persons import (
    HONORIFICS,
    MAX_ORG,
    OFFICES,
    PARTY_POST,
    RANKS,
    foreign_name_end,
    name_end,
    title_before,
)
from extractors.phrases import in_dictionary
from extractors.units import BRAND_RE, dotted_place

CREDITS = load_phrases("awards.credits.txt")  # "(Ảnh: …)": a photo credit in brackets


def recipients_after(toks: list[Token], verbs: list[Match], starts: set[int], a: int) -> list[tuple[int, int]]:
    """Recipients after "cho": a group ("các tập thể và cá nhân có thành tích …"), or a list
    ("5 tập thể: A, B, C", "Sở Y tế, Công an tỉnh và Trường THPT X")."""
    b = region_end(toks, verbs, starts, a)
    if a >= b:
        return []
    colon = next((k for k in range(a, b) if toks[k].text == ":"), None)
    if colon is not None and is_group(toks, a) and (places := places_listed(
            toks, a, next((k for k in range(a, colon + 1) if toks[k].norm in LIST_OPENERS), colon), b)):
        return places  # "cho 3 phường gồm: A, B và C"
    if is_group(toks, a) and colon is None:
        end = trim_end(toks, a, group_end(toks, a, b))
        opener = next((k for k in range(a, end) if toks[k].norm in LIST_OPENERS), end)
        named = places_listed(toks, a, opener, end) or list_after_la(toks, set(), opener)
        named = named or names_in_parens(toks, a, b) or named_subset(toks, end, b)
        return named or ([(a, end)] if end > a else [])
    if colon is None:
        return shared_head(toks, a, b) or plural_head(toks, a, b) or list_items(toks, a, b)
    return named_before_group(toks, a, colon) + list_items(toks, colon + 1, b)


def places_listed(toks: list[Token], a: int, opener: int, end: int) -> list[tuple[int, int]]:
    """The bare place names a group of places spells out after "gồm" or a colon: "cho 4 xã có thành tích
    xuất sắc, gồm Tân An, Lê Lợi, Phú Hòa và Đông Sơn" (each name a recipient, though it open with a
    surname: "Lê Lợi" is no person here; "và" before a capital opens the last)."""
    if opener >= end or not any(phrase_at(toks, k, PLACE_RANKS) and not toks[k].is_title for k in range(a, opener)):
        return []
    k = opener + 1 + (opener + 1 < end and toks[opener + 1].text == ":")
    names = names_from(toks, k, end) if k < end and toks[k].is_title else []
    return names if len(names) > 1 and all(is_bare_place(toks, s, e) for s, e in names) else []


def is_bare_place(toks: list[Token], a: int, b: int) -> bool:
    """Capitalised syllables only, as many as a place's name has: "Phú Hòa", "Hòa Cường Bắc"."""
    return 1 <= b - a <= MAX_PLACE and all(t.is_title and t.text.isalpha() for t in toks[a:b])


def shared_head(toks: list[Token], a: int, b: int) -> list[tuple[int, int]]:
    """A unit's head shared out over places, read whole up to the last place: "cho Ban Dân vận Tỉnh ủy | các
    tỉnh Đồng Tháp, Bến Tre và Cà Mau" (not cut at the comma; ``awards_groups.places_apart`` makes one recipient
    of each place); a head of ``awards.units.txt`` opens the recipients, "các" and a place word follow it."""
    if not (toks[a].is_title and phrase_at(toks, a, UNIT_HEADS)):
        return []
    p = next((k for k in range(a + 1, min(b, a + MAX_NAME)) if toks[k].norm == PLURAL_WORD and not toks[k].is_title
              and phrase_at(toks, k + 1, ADMIN_PLACES)), None)
    if p is None or any(t.text in ",;:(" for t in toks[a:p]):
        return []
    k = p + 1 + phrase_at(toks, p + 1, ADMIN_PLACES)
    names = names_from(toks, k, b) if k < b and toks[k].is_title else []
    n = next((i for i, (s, e) in enumerate(names) if not is_bare_place(toks, s, e)), len(names))
    if 1 < n < len(names) and toks[names[n][0] - 1].norm == AND:  # "Ban X các huyện A, B và | Ban X thành phố C"
        return [(a, names[n - 1][1]), *list_items(toks, names[n][0], b)]
    return [(a, names[-1][1])] if len(names) > 1 else []  # (one place each: ``awards_groups.places_apart``)


PLURAL_WORD = norm("các")


def plural_head(toks: list[Token], a: int, b: int) -> list[tuple[int, int]]:
    """A unit's head after "các" shared out over bare places, read whole up to the last place: "cho các | Sở GD&ĐT Kon
    Tum, Đắk Lắk và Đắk Nông" (``awards_groups.places_apart`` gives the head to each place)."""
    if not (toks[a].norm == PLURAL_WORD and not toks[a].is_title and a + 1 < b and toks[a + 1].is_title
            and phrase_at(toks, a + 1, UNIT_HEADS)):
        return []
    comma = next((k for k in range(a + 2, b) if toks[k].text in ",;:("), b)
    if comma >= b or toks[comma].text != ",":
        return []
    names = names_from(toks, comma + 1, b)
    if not names or not all(is_bare_place(toks, s, e) for s, e in names) or toks[names[-1][0] - 1].norm != AND:
        return []
    return [(a + 1, names[-1][1])] if shared_place_end(toks, a + 1, comma, names) else []


def shared_place_end(toks: list[Token], a: int, b: int, names: list[tuple[int, int]]) -> int:
    """Where the place opens in the first item of a head shared over places ("Sở GD&ĐT | Kon Tum"), as long as the
    others ("Đắk Lắk", "Đắk Nông") or one syllable longer; 0 when the item has no head before it."""
    k = b
    while k > a and toks[k - 1].is_title and toks[k - 1].text.isalpha() and not toks[k - 1].text.isupper():
        k -= 1
    longest = max(e - s for s, e in names)
    k = max(k, b - longest) if b - k > longest + 1 else k
    head = phrase_at(toks, a, UNIT_HEADS)
    if any(is_field(toks, s, e) for s, e in [(k, b), *names]):  # "Trường Cao đẳng Văn Hóa, Nghệ Thuật và Du Lịch"
        return 0
    return k if a + head <= k < b else 0


NAME_FIELDS = merge_phrases(*(load_phrases(f) for f in (
    "awards.name_fields.txt", "awards.sectors.txt", "bodies.sector_words.txt", "units.name_words.txt")))


def is_field(toks: list[Token], a: int, b: int) -> bool:
    """A field of work, not a place: "Nghệ Thuật", "Du Lịch", "Thương Binh" (a name that lists fields is one name)."""
    return b > a and phrase_at(toks, a, NAME_FIELDS) == b - a


def named_before_group(toks: list[Token], a: int, colon: int) -> list[tuple[int, int]]:
    """The names before "và" and a group that heads the list after a colon: "cho | BHXH tỉnh Phú Yên |
    và 02 cá nhân: bà A, …; ông B, …"."""
    g = next((k for k in range(a + 1, colon) if toks[k - 1].norm == AND and is_group(toks, k)), None)
    if g is None or group_end_at(toks, g) != colon:
        return []
    return list_items(toks, a, g - 1)


def named_subset(toks: list[Token], k: int, b: int) -> list[tuple[int, int]]:
    """The names after a group's "trong đó có": "cho 3 đơn vị, trong đó có Cục Thuế tỉnh A", also past the
    reason given after the award ("… tặng Bằng khen vì có sáng kiến …, | trong đó có anh A")."""
    while k < b and toks[k].text in ",-–":
        k += 1
    if not (k + 1 < b and toks[k].norm == IN_IT and toks[k + 1].norm == IT):
        k = next((i for i in range(k + 1, b - 1) if toks[i - 1].text == "," and toks[i].norm == IN_IT
                  and toks[i + 1].norm == IT and not toks[i].is_title), b)
        if k >= b:
            return []
    k += 2
    k += 1 if k < b and toks[k].norm == HAS else 0
    return list_items(toks, k, b)


def region_end(toks: list[Token], verbs: list[Match], starts: set[int], a: int) -> int:
    """Where the recipients after "cho" end: the end of the clause (a ";" goes on after a list's
    colon, unless a verb of giving follows in the clause after it: "cho 2 tập thể: A và B; | Bộ
    trưởng tặng …"), the next award or the next verb of giving."""
    grants = {m.start for m in verbs if m.label == "GRANT" and m.start >= a}
    colon = False
    for k in range(a, len(toks)):
        t = toks[k].text
        colon = colon or t == ":"
        if (t in (".", "!", "?") and not (t == "." and dotted_place(toks, k))) or k in starts or k in grants:
            return k  # (not the stop of "TP. Hồ Chí Minh" inside a name)
        if t == "(" and phrase_at(toks, k + 1, CREDITS):
            return k  # "(Ảnh: Minh Đức)": a photo credit after a caption
        if t == ";" and (not colon or any(k < g < clause_stop(toks, k + 1) for g in grants)) and not (
                k + 2 < len(toks) and toks[k + 1].norm == FOR and not toks[k + 1].is_title and toks[k + 2].norm != FOR):
            return k  # (but "cho A và B; | cho ông C, …": the preposition said again goes on with the list)
    return len(toks)


def clause_stop(toks: list[Token], k: int) -> int:
    """The first ";", ".", "!" or "?" from token ``k``."""
    return next((i for i in range(k, len(toks)) if toks[i].text in CLAUSE_END), len(toks))


def group_end(toks: list[Token], a: int, b: int) -> int:
    """A group phrase ends before a dash or "trong đó": "17 cá nhân | - trong đó có ông A"."""
    for k in range(a, b):
        if toks[k].text in ("-", "–", "—") or (toks[k].norm == IN_IT and k + 1 < b and toks[k + 1].norm == IT):
            return k
    return b


def is_group(toks: list[Token], a: int) -> bool:
    """"các tập thể", "16 đơn vị", "hơn 2.000 tổ trưởng": a quantifier, then a group noun."""
    n = phrase_at(toks, a, QUANTIFIERS)
    if not n and not toks[a].text[:1].isdecimal():
        return False
    k = a + max(n, 1)
    while k < len(toks) and (toks[k].text[:1].isdecimal() or phrase_at(toks, k, QUANTIFIERS)):
        k += 1  # "hơn 2.000 tổ trưởng", "các 5 …"
    return bool(phrase_at(toks, k, GROUPS)) and not toks[k].is_title


def group_end_at(toks: list[Token], a: int) -> int:
    """End of the group phrase at ``a`` ("các xã", "hai bác sĩ", "3 đơn vị"), or ``a`` when none."""
    if not is_group(toks, a):
        return a
    k = a + max(phrase_at(toks, a, QUANTIFIERS), 1)
    while k < len(toks) and (toks[k].text[:1].isdecimal() or phrase_at(toks, k, QUANTIFIERS)):
        k += 1
    return k + phrase_at(toks, k, GROUPS)


def group_names(toks: list[Token], a: int, b: int) -> list[tuple[int, int]]:
    """The names a group spells out right after its noun: "các xã Hòa Phú, Tân Lập và Phước An",
    "hai bác sĩ Lê Văn An (Khoa Nội) và Trần Thị Bích" -> one recipient each ("và" before a
    capital starts a new name here)."""
    k = group_end_at(toks, a)
    if k == a or k >= b or not toks[k].is_title:
        return []
    return names_from(toks, k, b)


def names_from(toks: list[Token], k: int, b: int) -> list[tuple[int, int]]:
    """The bare names of a list from ``k``: split at commas, semicolons and "và" before a capital."""
    out, start, depth = [], k, 0
    for i in range(k, b):
        t = toks[i]
        depth += (t.text == "(") - (t.text == ")")
        if depth == 0 and (t.text in ",;" or t.norm == AND and i + 1 < b and toks[i + 1].is_title):
            out.append((start, i))
            start = i + 1
    out.append((start, b))
    items = [person_at(toks, s, e) or clean_place(toks, s, e) for s, e in out if e > s]
    return items if items and all(items) else []


def clean_place(toks: list[Token], a: int, b: int) -> tuple[int, int] | None:
    """A bare place or unit name in a group's list: capitalised words up to a parenthesis, or a
    name that opens with a capital and goes on in lower case ("các phân xưởng Lò nung, Nghiền xi
    măng và Đóng bao") up to a word that ends names."""
    end = trim_end(toks, a, b)
    if end > a and all(t.is_title or t.text[:1].isdecimal() or t.text in "-–" for t in toks[a:end]):
        return (a, end)
    if end > a + 1 and end - a <= 4 and toks[a].is_title and all(t.text.isalpha() for t in toks[a:end]) and not any(
            cuts_name(toks, k) for k in range(a + 1, end)):
        return (a, end)
    return clean_item(toks, a, b)


def list_items(toks: list[Token], a: int, b: int, companies: bool = False) -> list[tuple[int, int]]:
    """Names of a list split at commas, semicolons and "và" before a new unit or person; a
    heading before a colon ("và bốn cá nhân:") is skipped; the list ends at the first piece that
    names nobody, or after one whose name a clause follows ("A vì đã có …, B" names only A). ``companies``: a
    company's department is named with its company (``belongs_to``; the rows of an appended list)."""
    out: list[tuple[int, int]] = []
    pieces = split_pieces(toks, a, b, companies)
    semicolons = any(sep == ";" for _, _, sep in pieces)
    for n, (s, e, sep) in enumerate(pieces):
        if sep == ":":
            continue
        if out and is_affiliation(toks, out[-1][0], s, e):
            continue
        if semicolons and out and n > 0 and is_parent_piece(toks, pieces, n, out[-1]):
            continue  # "Đồn Biên phòng A, | BĐBP tỉnh B; Hải đội C, | BĐBP tỉnh D": where each unit belongs
        if out and toks[s - 1].text == "," and larger_place(toks, out[-1][0], s, ranked=False):
            continue  # "Ủy ban nhân dân xã A, | huyện B": where the council before lies, no recipient
        item = clean_item(toks, s, e)
        if item is None:  # "cùng 2 cá nhân là | bà A": a group that names its members after "là"
            k = skip_leading(toks, s, e)
            la = next((i for i in range(k, e) if toks[i].norm == IS), None) if is_group(toks, k) else None
            item = clean_item(toks, la + 1, e) if la is not None else None
        inner = names_in_parens(toks, s, e) if item is None and is_group(toks, s) else []
        if item is None and not inner:
            break
        out.extend(inner or [item])
        if item and item[1] < e and cuts_name(toks, item[1]):
            break  # "cho Công an tỉnh A để ghi nhận … tại các tỉnh B, C": a clause ends the list
    return out


def is_parent_piece(toks: list[Token], pieces: list[tuple[int, int, str]], n: int, last: tuple[int, int]) -> bool:
    """In a list whose items ";" separates, whether piece ``n`` is the unit the item's first piece
    belongs to: the second of its item, the item's end after it, naming a place ("tỉnh B") where the
    unit before (the one taken) names none, and opening with another word (peers open alike: "Công an
    tỉnh A, Công an tỉnh B; …")."""
    s, e, sep = pieces[n]
    before = pieces[n - 1]
    opens_item = n == 1 or pieces[n - 2][2] in ";:"
    if before[2] != "," or sep not in (";", "") or not opens_item or last[0] < before[0]:
        return False
    return (place_size(toks, s, e + 1) is not None and place_size(toks, last[0], last[1] + 1) is None
            and toks[s].norm != toks[last[0]].norm)


def is_affiliation(toks: list[Token], last: int, s: int, e: int) -> bool:
    """After a person and a comma, a piece that names no person is the person's office or school:
    "ông A, Chủ tịch Công đoàn X", "em B, Trường THPT Y"."""
    named = name_end(toks, last) > 0 or last > 0 and phrase_before(toks, last, HONORIFICS) < last  # "ông Dae Ki Cho"
    return s > 0 and toks[s - 1].text == "," and named and person_at(toks, s, e) is None


def names_in_parens(toks: list[Token], a: int, b: int) -> list[tuple[int, int]]:
    """The names a group spells out in its parenthesis: "3 tập thể (Phòng A, Phòng B, Văn phòng
    Cục)", "01 tập thể (Phòng Cảnh sát hình sự)"."""
    open_ = next((k for k in range(a, b) if toks[k].text == "("), None)
    if open_ is None or any(t.is_title for t in toks[group_end_at(toks, a) : open_]):
        return []  # "các tổ nghiệp vụ thuộc Viện X (NLĐ)": the parenthesis is not the group's
    close = next((k for k in range(open_, b) if toks[k].text == ")"), None)
    if close is None:
        return []
    pieces = split_pieces(toks, open_ + 1, close)
    items = [clean_item(toks, s, e) for s, e, _ in pieces]
    return [item for item in items if item] if items and all(items) else []


def split_pieces(toks: list[Token], a: int, b: int, companies: bool = False) -> list[tuple[int, int, str]]:
    """(start, end, separator) pieces of tokens ``a:b`` outside parentheses."""
    out, start, depth = [], a, 0
    for k in range(a, b):
        t = toks[k]
        depth += (t.text == "(") - (t.text == ")")
        if t.text == "," and depth == 0 and belongs_to(toks, skip_leading(toks, start, k), k + 1,
                                                      companies=companies):
            continue  # "Đại đội 2, | Tiểu đoàn 1, | Lữ đoàn Công binh 414": one unit
        if t.text == "," and depth == 0 and (name_comma(toks, start, k) or in_comma_name(toks, start, k)):
            continue  # "Sở Văn hóa, | Thể thao và Du lịch", "Đài Phát thanh, | Truyền hình X": one unit
        if depth == 0 and t.norm == AND and in_collective(toks, start, k):
            continue  # "Nhân dân và | cán bộ huyện X": one recipient
        if depth == 0 and t.norm == AND and joint_office(toks, start, k):
            continue  # "Văn phòng HĐND và | UBND huyện X": one office serving both
        if depth == 0 and t.norm == TOGETHER and not t.is_title and k > start and starts_new_item(
                toks, nxt := k + 1 + (k + 1 < b and toks[k + 1].norm == WITH), start) and not is_group(toks, nxt) \
                and not acts_after(toks, nxt, b):
            out.append((start, k, "và"))  # "Trạm y tế xã A | cùng (với) | trạm y tế xã B": two recipients
            start = nxt
            continue
        if depth == 0 and (t.text in ",;:" or (t.norm == AND and (starts_new_item(toks, k + 1, start)
                                                                   or collective_at(toks, k + 1)))):
            out.append((start, k, t.text))
            start = k + 1
    out.append((start, b, ""))
    return [p for p in out if p[1] > p[0]]


TOGETHER, WITH = norm("cùng"), norm("với")  # "A cùng (với) B" (A together with B)


def acts_after(toks: list[Token], k: int, b: int) -> bool:
    """Whether the name after "cùng (với)" goes on into a verb of its own before the clause ends: "Trường A cùng |
    Hội Cha mẹ học sinh tổ chức tốt lễ khai giảng, được …" (the partner of the deed, no second recipient)."""
    end = next((i for i in range(k, b) if toks[i].text in ",;:("), b)
    item = clean_item(toks, k, end)
    return item is not None and any(toks[i].tag == "V" and not toks[i].is_title and not phrase_at(
        toks, i, UNIT_NAME_WORDS) for i in range(item[0], item[1]))
COMMA_NAMES = load_phrases("units.comma_phrases.txt")
JOINT_OFFICES = load_phrases("awards.joint_offices.txt")
JOINT_REACH = 12  # tokens of the second body's name and its place after "và"


def joint_office(toks: list[Token], a: int, k: int) -> bool:
    """Whether "và" at ``k`` joins the two bodies one office serves, the place after the second ending
    the office's name: "Văn phòng Đoàn ĐBQH và | HĐND tỉnh X", "Văn phòng HĐND và | UBND huyện Y" (the
    item opens with a head of ``awards.joint_offices.txt`` and names no place before "và"; the words
    after it reach a place word and a name before the next comma or "và")."""
    a = skip_leading(toks, a, k)
    if not phrase_at(toks, a, JOINT_OFFICES) or any(phrase_at(toks, i, ADMIN_PLACES) for i in range(a, k)):
        return False
    for i in range(k + 1, min(len(toks) - 1, k + 1 + JOINT_REACH)):
        if toks[i].norm == AND or not toks[i].text[:1].isalnum():
            return False
        if (n := phrase_at(toks, i, ADMIN_PLACES)) and i + n < len(toks) and toks[i + n].is_title:
            return i > k + 1 and toks[k + 1].is_title
    return False


def in_comma_name(toks: list[Token], a: int, k: int) -> bool:
    """Whether the comma at ``k`` lies inside words of a name a comma joins (``units.comma_phrases.txt``):
    "Đài Phát thanh, Truyền hình X", "Hợp tác xã sản xuất, kinh doanh, dịch vụ Y"."""
    return (any(phrase_at(toks, p, COMMA_NAMES) > k - p + 1 for p in range(max(a, k - 4), k))
            or in_collective(toks, a, k))


COLLECTIVES = load_phrases("awards.collectives.txt")
ADMIN_PLACES = load_phrases("units.admin.txt")


def collective_at(toks: list[Token], a: int) -> int:
    """Length of a phrase naming the people of a place at ``a``, where a place word and a capitalised name
    follow it: "Nhân dân và cán bộ | huyện X", "Đảng bộ, quân và dân | tỉnh Y" (0: none); the place
    receives for its people, as after "nhân dân" (``awards.leading.txt``)."""
    n = phrase_at(toks, a, COLLECTIVES)
    m = phrase_at(toks, a + n, ADMIN_PLACES) if n else 0
    return n if m and a + n + m < len(toks) and toks[a + n + m].is_title else 0


def in_collective(toks: list[Token], a: int, k: int) -> bool:
    """Whether token ``k`` (a comma or "và") lies inside such a phrase opening at or after ``a``."""
    return any(p + collective_at(toks, p) > k for p in range(max(a, k - 5), k))


def comma_in_name(toks: list[Token], k: int) -> bool:
    """Whether the comma at ``k`` lies inside one unit's name, read from the start of its piece:
    "Sở Văn hóa, | Thể thao và Du lịch được tặng …", "Đài Phát thanh, | Truyền hình X nhận …"."""
    a = next((i + 1 for i in range(k - 1, -1, -1) if toks[i].text in ",;:.("), 0)
    return a < k and (in_comma_name(toks, a, k) or name_comma(toks, a, k))


def unit_rank(toks: list[Token], k: int) -> tuple[tuple[int, int], ...] | None:
    """The (ladder, size) pairs of the unit whose name opens at ``k`` ("Đại đội 2": military, 3), None if none."""
    if k >= len(toks) or not toks[k].is_title:
        return None
    n = phrase_at(toks, k, UNIT_RANKS)
    return RANK_ORDER[tuple(t.norm for t in toks[k : k + n])] if n else None


def belongs_to(toks: list[Token], a: int, k: int, ladders: frozenset[int] | None = None,
               companies: bool = False) -> bool:
    """Whether the unit after a comma at ``k - 1`` is the larger one the unit at ``a`` belongs to
    ("Đại đội 2, | Tiểu đoàn 1", "Đội sản xuất số 3, | Nông trường Ia Blang", "Phòng Kiểm tra, | Cục
    Thuế tỉnh A"), or the larger place the place it names lies in ("Chi cục Thuế huyện B, | tỉnh A").
    A unit named with a place belongs to a larger unit only where that one names a larger place
    ("Chi cục X huyện B, | Cục X tỉnh A"; not "Phòng Giáo dục huyện B, | Trường THPT C"). ``ladders``: only
    a unit of those ladders, no larger place; without them, every ladder but a company's unless ``companies``
    (the rows of an appended list: in a sentence "Ban Tuyên giáo Tỉnh ủy, | Công ty A" are peers)."""
    if ladders is None and larger_place(toks, a, k):
        return True
    small, large = unit_rank(toks, a), unit_rank(toks, k)
    if small is None or large is None or not any(
            ls == ll and ss < sl and (companies or ls not in COMPANY_LADDER if ladders is None else ls in ladders)
            for ls, ss in small for ll, sl in large):
        return False
    here = place_size(toks, a, k - 1)
    if here is not None and (place_size(toks, k, piece_end(toks, k)) or (0, 0))[1] <= here[0]:
        return False
    return not (a > 1 and toks[a - 1].text == ","
                and any(unit_rank(toks, j) == small for j in range(piece_start(toks, a - 1), a - 1)))


def place_size(toks: list[Token], a: int, b: int) -> tuple[int, int] | None:
    """(smallest, largest) size of the last administrative place named in tokens ``a:b``: a place word in
    lower case ("huyện", "thành phố") before capitalised words."""
    for k in range(b - 2, a, -1):
        n = phrase_at(toks, k, PLACE_RANKS)
        if n and not toks[k].is_title and k + n < b and toks[k + n].is_title:
            return PLACE_ORDER[tuple(t.norm for t in toks[k : k + n])]
    return None


def larger_place(toks: list[Token], a: int, k: int, ranked: bool = True) -> bool:
    """Whether a comma at ``k - 1`` stands between a unit that ends in a place ("Chi cục Thuế huyện B")
    and, alone up to the next separator, the larger place that one lies in ("tỉnh A"). Only a unit
    of the ladders of ``awards.unit_ranks.txt``, an office that belongs to a larger one, takes its
    place's place into its name; a place's own council is named without it ("Ủy ban nhân dân xã C,
    huyện D" is the council of "xã C"), ``ranked=False``: a place after any unit."""
    n = phrase_at(toks, k, PLACE_RANKS)
    if not n or toks[k].is_title or (unit_rank(toks, a) is None if ranked else not toks[a].is_title):
        return False
    end = piece_end(toks, k)  # (a clause may end the piece: "…, huyện B | vì đã có thành tích …")
    end = next((i for i in range(k + n + 1, end) if cuts_name(toks, i)), end)
    if not MIN_PLACE - 1 <= end - k - n <= MAX_PLACE or not all(t.is_title for t in toks[k + n : end]):
        return False
    j = k - 1  # the place the unit before ends with: "huyện | Quỳnh Lưu"
    while j > a and toks[j - 1].is_title and toks[j - 1].text.isalpha():
        j -= 1
    m = phrase_before(toks, j, PLACE_RANKS)
    if m == j or m <= a or toks[m].is_title:
        return False
    small = PLACE_ORDER[tuple(t.norm for t in toks[m:j])]
    large = PLACE_ORDER[tuple(t.norm for t in toks[k : k + n])]
    return toks[m].norm != toks[k].norm and small[0] < large[1]


def piece_end(toks: list[Token], k: int) -> int:
    """End of the list piece that starts at ``k``: the next separator or "và"."""
    return next((i for i in range(k, len(toks)) if toks[i].text in ",;:.!?()" or toks[i].norm == AND), len(toks))


def piece_start(toks: list[Token], k: int) -> int:
    """Start of the list piece that ends at the separator ``k``: a list of peers ("Công an huyện A,
    Công an huyện B, Công an tỉnh C") names each on its own."""
    j = k
    while j > 0 and toks[j - 1].text not in ",;:" and "\n" not in toks[j - 1].text and k - j < 20:
        j -= 1
    return j


def starts_new_item(toks: list[Token], k: int, start: int = -1) -> bool:
    """After "và" (and a "cho" said again): a unit head, a person, a group or the word that opened
    the item before ("tỉnh Quảng Ninh và | tỉnh Bắc Ninh", "NHNN chi nhánh A và | NHNN chi nhánh B") starts a new
    recipient; anything else goes on with the name ("Sở Giáo dục và Đào tạo", "Sở Lao động - Thương binh
    và Xã hội": a head that is the first syllable of a longer word is none)."""
    if k >= len(toks):
        return False
    if toks[k].norm == FOR and k + 1 < len(toks) and toks[k + 1].norm != FOR:
        return starts_new_item(toks, k + 1, start)  # "cho A và | cho ông B": the preposition said again
    n = phrase_at(toks, k, UNIT_HEADS) if toks[k].is_title else lowercase_head(toks, k)
    head = n and not (n == 1 and k + 1 < len(toks) and in_dictionary(toks, k + 1))
    again = 0 <= start < k - 1 and (same_opening(toks, start, k) or acronym_again(toks, start, k))
    return bool(head or again or person_at(toks, k, len(toks)) or is_group(toks, k) or second_place(toks, k, start)
                or is_brand(toks, k) or another_place(toks, k, start))


def acronym_again(toks: list[Token], start: int, k: int) -> bool:
    """An abbreviated kind after "và" that the item before holds, a name after it: "Trường TH Giao Long và | TH An
    Khánh", "Trạm Y tế xã A và | Trạm Y tế xã B" is ``same_opening``'s."""
    t = toks[k].text
    return (len(t) >= 2 and t.isupper() and t.isalpha() and k + 1 < len(toks) and toks[k + 1].is_title
            and not toks[k + 1].text.isupper() and any(toks[i].text == t for i in range(start, k - 1)))


def another_place(toks: list[Token], k: int, start: int) -> bool:
    """A place with its level word after "và", the name before it ending in a place with its own: "Trung tâm Văn
    hóa thành phố Bảo Lộc và | huyện Cát Tiên" (the unit of that place too, named by the place); also two places
    each with its level word: "quận Liên Chiểu và | huyện Hòa Vang"."""
    n = phrase_at(toks, k, PLACE_RANKS) if not toks[k].is_title else 0
    if not n or k + n >= len(toks) or not toks[k + n].is_title or start < 0:
        return False
    j = k - 1  # "và"
    while j > start and toks[j - 1].is_title and toks[j - 1].text.isalpha():
        j -= 1
    m = phrase_before(toks, j, PLACE_RANKS)
    return start <= m < j and not toks[m].is_title and k - 1 - j >= 1  # (or the place alone: "quận A và | huyện B")


def lowercase_head(toks: list[Token], k: int) -> int:
    """Syllables of a unit's head of two or more written in lower case before a capitalised name: "và | chi nhánh
    NHNo huyện X", "và | trung tâm Y tế huyện Y" (one syllable in lower case is more often a common word)."""
    n = phrase_at(toks, k, UNIT_HEADS)
    return n if n >= 2 and k + n < len(toks) and toks[k + n].is_title else 0


def same_opening(toks: list[Token], start: int, k: int) -> bool:
    """Whether the word at ``k`` is the one that opened the item at ``start``, with its lowercase
    syllables: "tỉnh A và | tỉnh B", "NHNN chi nhánh A và | NHNN chi nhánh B" (but "Bệnh viện Lao và |
    Bệnh phổi" goes on with the name: "Bệnh phổi" is no "Bệnh viện")."""
    if not (toks[k].norm == toks[start].norm and toks[k].text[:1].isalpha()):
        return False
    n = 1
    while start + n < k and toks[start + n].text.isalpha() and toks[start + n].text.islower():
        n += 1  # (the opening word's lowercase syllables: "Bệnh | viện", "chi nhánh")
    return k + n <= len(toks) and all(toks[k + i].norm == toks[start + i].norm for i in range(min(n, 2)))


def second_place(toks: list[Token], k: int, start: int) -> bool:
    """A place name after "và" that shares the head of the name before it, which ends in a place:
    "Agribank chi nhánh Sóc Trăng và | Hậu Giang" (every syllable of both places capitalised, the
    second closing the list; not "Sở Giáo dục và Đào tạo", "Khoa học Xã hội và Nhân văn")."""
    e = k
    while e < len(toks) and toks[e].is_title and toks[e].text.isalpha():
        e += 1
    if not MIN_PLACE <= e - k <= MAX_PLACE or e < len(toks) and toks[e].text not in ",;.!?)":
        return False
    j = k - 1
    while j > max(start, 0) and toks[j - 1].is_title and toks[j - 1].text.isalpha():
        j -= 1
    before = toks[j - 1] if j > 0 else None
    return (MIN_PLACE <= k - 1 - j <= MAX_PLACE and j - 1 > start and before is not None
            and before.text.isalpha() and before.text.islower())


MIN_PLACE, MAX_PLACE = 2, 4  # syllables of a place name: "Hậu Giang", "Bà Rịa Vũng Tàu"


def clean_item(toks: list[Token], a: int, b: int) -> tuple[int, int] | None:
    """The recipient a list piece names: a person's name, or a unit's name cut before a
    parenthesis or a clause ("Công an tỉnh Bắc Ninh vì đã có …")."""
    a = skip_leading(toks, a, b)
    if a >= b:
        return None
    person = person_at(toks, a, b)
    if person:
        return person
    if addressed_by_given_name(toks, a, b):
        return a, a + 2  # "chị H'Lưn": the person named in full before (``awards.named_person_earlier``)
    n = phrase_at(toks, a, HONORIFICS)
    if n and a + n < b and toks[a + n].is_title:
        a += n  # "Ông | Lê Tâm nhận …": a name the segmenter glued to its verb, no unit
    n = phrase_at(toks, a, UNIT_HEADS) or phrase_at(toks, a, SECTORS)
    if n and a + n < b and (toks[a + n].is_title or described_head(toks, a + n, b)):
        a_head = True  # "trường PTTH Lê Viết Thuật", "thị trấn Phố Châu", "thể thao TPHCM": a lowercase head
    else:
        a_head = toks[a].is_title
    end = a
    while end < b and toks[end].text != "(" and not cuts_name(toks, end) and not is_apposition(toks, end):
        end += 1
    end = verb_tail(toks, a, trim_end(toks, a, end))
    return (a, end) if end > a and a_head and is_unit_name(toks, a, end) else None


def described_head(toks: list[Token], k: int, b: int) -> bool:
    """Lowercase nouns between a lowercase head and the capitalised name they describe: "trạm | y tế xã | Hải Phú",
    "trường | tiểu học | Kim Đồng", "hợp tác xã | muối | Thịnh-long" (not a word the head makes with the first of
    them: "trường hợp")."""
    if in_dictionary(toks, k):
        return False
    for i in range(k, min(b, k + MAX_DESCRIBED + 1)):
        if toks[i].is_title:
            return i > k
        if not toks[i].text.isalpha() or toks[i].norm in NOT_IN_NAME or phrase_at(toks, i, FUNCTION_WORDS) and not (
                phrase_at(toks, i, PLACE_RANKS) or phrase_at(toks, i, NAME_WORDS)):
            return False  # (not the tagger: it reads rare nouns before a name as verbs, "muối Thịnh-long")
    return False


MAX_DESCRIBED = 3  # lowercase syllables between a head and its name
FUNCTION_WORDS = load_phrases("units.function_words.txt")


def addressed_by_given_name(toks: list[Token], a: int, b: int) -> bool:
    """A form of address and a given name, all the piece names: "chị H'Lưn", "ông Dũng"."""
    return (a + 2 == trim_end(toks, a, b) and phrase_at(toks, a, HONORIFICS) == 1 and toks[a + 1].is_title
            and not name_end(toks, a + 1))


def verb_tail(toks: list[Token], a: int, end: int) -> int:
    """``end`` moved before lowercase words that close a name and start with a verb: "Đại sứ Tề Kiến
    Quốc | bày tỏ sự vinh dự được nhận …"."""
    for k in range(a + 1, end):
        if toks[k - 1].is_title and not any(t.is_title or t.text[:1].isdecimal() for t in toks[k:end]):
            if end - k == 1 and toks[k - 1].word_start and k - 1 > a and toks[k - 2].norm == AND:
                return end  # "Bệnh viện Lao và Bệnh | phổi": a word after "và" the tagger read as a verb
            if phrase_at(toks, k, UNIT_NAME_WORDS):
                return end  # nouns of a name the tagger calls verbs: "Ban QLDA | đường sắt"
            return k if toks[k].word_start and toks[k].tag == "V" else end
    return end


def skip_leading(toks: list[Token], a: int, b: int) -> int:
    """``a`` moved over lowercase words before a name: "và", "gồm", "tập thể" (Cục Thuế X), also opening
    the sentence: "Riêng | Trường X được …"."""
    a = tag_end(toks, a, b)
    while a < b and (n := collective_at(toks, a)  # "Nhân dân và cán bộ | huyện X": the place receives
                     or (not toks[a].is_title or a == 0 or headed_after(toks, a, b)) and phrase_at(toks, a, LEADING)
                     or dated_prefix(toks, a, b)):
        a += n
    return a


def tag_end(toks: list[Token], a: int = 0, b: int | None = None) -> int:
    """``a`` moved over a broadcast script's tag in square brackets: "[PV] | Công ty X được tặng …"."""
    b = len(toks) if b is None else b
    if a < b and toks[a].text == "[":
        return next((k + 1 for k in range(a + 1, min(b, a + MAX_TAG)) if toks[k].text == "]"), a)
    return a


MAX_TAG = 6  # tokens of a script's tag in square brackets: "[PV]", "[Phỏng vấn]", "[HÌNH: …]" is longer


def headed_after(toks: list[Token], a: int, b: int) -> bool:
    """Whether a capitalised leading word at ``a`` is followed by a unit's capitalised head: "cho Tập thể |
    Đội Kiểm soát, …" (not "Tập thể lao động xuất sắc")."""
    n = phrase_at(toks, a, LEADING)
    return 0 < n and a + n < b and toks[a + n].is_title and bool(phrase_at(toks, a + n, UNIT_HEADS))


def dated_prefix(toks: list[Token], a: int, b: int) -> int:
    """Length of the year that opens a list piece, with its dash or colon: "năm 2016 - | tỉnh A", "2017: |
    Sở B" (each recipient of the list with the year of its achievement); 0 when none."""
    k = a + 1 if a < b and toks[a].norm == YEAR_WORD else a
    if k + 1 < b and toks[k + 1].text in DATE_MARKS and YEAR_RE.fullmatch(toks[k].text):
        return 0 if k + 2 < b and YEAR_RE.fullmatch(toks[k + 2].text) else k + 2 - a  # (not "2016 - 2020")
    return 0


def dated_item_year(toks: list[Token], a: int) -> int | None:
    """The year a dated list piece opens with right before its recipient at ``a`` ("năm 2017 - | tỉnh
    B"), None when it has none."""
    for p in range(max(0, a - 3), a - 1):
        if dated_prefix(toks, p, a) == a - p and (p == 0 or toks[p - 1].text in ",;:"):
            return int(toks[a - 2].text)
    return None


YEAR_WORD = norm("năm")
DATE_MARKS = frozenset("-–:")


def is_apposition(toks: list[Token], k: int) -> bool:
    """A dash before a lowercase word: "Bộ Y tế | – hai đơn vị dẫn đầu Khối"."""
    return toks[k].text in ("-", "–", "—") and k + 1 < len(toks) and not toks[k + 1].is_title


def cuts_name(toks: list[Token], k: int) -> bool:
    """A lowercase word that ends a name: "… vì đã có …", "… nhân dịp …" (not "nhân dân"), also when
    the segmenter glued it to the capitalised syllable before it ("Tuyên Quang xếp")."""
    t = toks[k]
    if t.text.isdecimal() and counts_a_run(toks, k):
        return True
    glued = k > 0 and toks[k - 1].is_title and toks[k - 1].text.isalpha()
    if t.is_title or not (t.word_start or glued):
        return False
    return bool(phrase_at(toks, k, NAME_CUT))


def counts_a_run(toks: list[Token], k: int) -> bool:
    """A number at ``k`` that counts years or times in a row, no part of a name before it: "Đơn vị | 5
    năm liền đạt …", "Trường X | 10 năm liên tục được …"."""
    return run_end(toks, k) > k


def person_at(toks: list[Token], a: int, b: int) -> tuple[int, int] | None:
    """A person's name at ``a``, after at most a few words of title or address ("ông", "BS",
    "Viện trưởng") or an office and its organisation ("Tổng Biên tập Báo Thanh Niên | Nguyễn Công
    Khế"): "ông Đinh Thế Trạc" -> "Đinh Thế Trạc"."""
    k = a
    while k < min(b, a + MAX_ORG):  # "Nghệ sĩ ưu tú | Đặng Thị Lan"
        end = name_end(toks, k) or (foreign_name_end(toks, k) if toks[k].is_title else 0)  # also "bà Ruth Allen"
        if end:
            if k == a or k < a + 6 and is_title_run(toks, a, k):
                return k, min(end, b)
            title = title_before(toks, k)
            return (k, min(end, b)) if title is not None and title.start == a and title.strength >= PARTY_POST else None
        k += 1
    return None


def is_title_run(toks: list[Token], a: int, k: int) -> bool:
    i = a
    while i < k:
        n = max(phrase_at(toks, i, index) for index in (HONORIFICS, RANKS, OFFICES, HONOURS))
        if not n:
            return toks[i].text == "." and i == k - 1  # "Ts. Đinh Văn Minh"
        i += n
    return i == k


def is_unit_name(toks: list[Token], a: int, b: int) -> bool:
    """A name that opens no adverbial ("Theo đó", "Năm 2022"), holds no verb, and is a proper
    name: a capitalised word, a number or an acronym ("VKS phúc thẩm") beyond a sentence's
    capital ("Ngôi trường" is no name)."""
    if (phrase_at(toks, a, NOT_RECIPIENTS) and not listed_name(toks, a, b)) or longest_part(toks, a, b) > MAX_NAME:
        return False
    if any(t.norm in NOT_IN_NAME and not t.is_title and not in_capital_word(toks, k) and not in_name_word(toks, k)
           for k, t in enumerate(toks[a:b], a)):
        return False
    first, head = toks[a].text, phrase_at(toks, a, UNIT_HEADS)
    if (len(first) > 1 and first.isupper()) or (head and b - a > head):  # "VKS phúc thẩm", "Công an tỉnh"
        return True
    if b == a + 1 and is_brand(toks, a):
        return True  # "cho Vietcombank": a brand (spelt out where the document defines it, ``awards.spelt_out``)
    if a + 1 < b and toks[a + 1].text[:1].isdecimal() and counts(toks, a + 1, b):
        return False  # "Thêm | 2 trang web …": a word and a count of a noun
    return any(t.is_title or t.text[:1].isdecimal() for t in toks[a + 1 : b])


def counts(toks: list[Token], k: int, b: int) -> bool:
    """Whether the number at ``k`` counts the lowercase noun after it ("Thêm | 2 trang web", "có | 3 đơn
    vị"), which makes no name of the words before it (a unit's number ends its name or stands before a
    capital: "Vùng 4", "Đoàn 2 Hải quân")."""
    return k + 1 < b and toks[k + 1].text[:1].isalpha() and not toks[k + 1].is_title and toks[k + 1].word_start


def in_capital_word(toks: list[Token], k: int) -> bool:
    """Whether token ``k`` is a later syllable of a word whose first is capitalised: "Phòng | không"
    (air defence) in "Lữ đoàn Phòng không 71" is no negation."""
    return k > 0 and toks[k - 1].is_title and not toks[k].word_start


def in_name_word(toks: list[Token], k: int) -> bool:
    """Whether token ``k`` is a later syllable of a lowercase noun of unit names (``units.name_words.txt``,
    ``awards.name_words.txt``): "hàng | không" in "Cảng hàng không quốc tế X" is no negation, "trang | bị" in
    "Cục Quản lý trang bị" no passive."""
    return any(phrase_at(toks, p, UNIT_NAME_WORDS) > k - p or phrase_at(toks, p, NAME_WORDS) > k - p
               for p in range(max(0, k - 2), k))


NAME_WORDS = load_phrases("awards.name_words.txt")


def listed_name(toks: list[Token], a: int, b: int) -> bool:
    """A proper name in a list after a comma or a colon whose first syllable is also a clause opener
    (``awards.not_recipients.txt``): "cho 02 HTX: | Song An, Hòa Bình" (capitalised syllables only,
    which an adverbial mid-sentence never is)."""
    return (0 < a and toks[a - 1].text in ",:" and 2 <= b - a <= MAX_BARE_NAME
            and phrase_at(toks, a, NOT_RECIPIENTS) == 1 and all(t.is_title for t in toks[a:b]))


MAX_BARE_NAME = 4  # syllables of a unit's name listed without its head: "Song An", "Quang Trung"


def is_brand(toks: list[Token], k: int) -> bool:
    """A brand name of one word, alone up to a separator: "Vietcombank", "VietinBank" (Latin letters
    only, a capital inside or seven letters or more)."""
    end = (k + 1 >= len(toks) or toks[k + 1].text in ",;.:!?)" or toks[k + 1].norm == AND
           or not toks[k + 1].is_title and cuts_name(toks, k + 1))  # "cho Vietcombank | vì thành tích …"
    return end and (BRAND_RE.fullmatch(toks[k].text) is not None or LATIN_BRAND_RE.fullmatch(toks[k].text) is not None)


# A word in Latin letters of more than one syllable, which no Vietnamese word is (a vowel after a final
# consonant): "Lilama", "Cienco", "Sabeco" (not "Nguyen", "Thanh").
LATIN_BRAND_RE = re.compile(r"(?=\w{5,}$)[A-Z][a-z]*[aeiouy][b-df-hj-np-tv-xz]+[aeiouy][a-z]*")


DASHES = frozenset({"-", "–", "—"})


def longest_part(toks: list[Token], a: int, b: int) -> int:
    """Tokens of the longest part between commas of a name (a unit and the one it belongs to, "Phòng
    A, Cục B", are as long as each of them), or between dashes before a unit's head ("Phân xưởng A -
    Công ty cổ phần B - C": a workshop and its company)."""
    commas = [k for k in range(a, b) if toks[k].text == "," or toks[k].text in DASHES and k + 1 < b
              and toks[k + 1].is_title and phrase_at(toks, k + 1, UNIT_HEADS)]
    return max(e - s for s, e in zip([a, *(k + 1 for k in commas)], [*commas, b], strict=True))


def list_after_la(toks: list[Token], starts: set[int], end: int) -> list[tuple[int, int]]:
    """"Hai cá nhân được tặng Huân chương Lao động hạng Ba là ông A và ông B", "Có 3 đơn vị được
    tặng Cờ thi đua: A, B và C": the names."""
    if end < len(toks) and toks[end].norm in LIST_OPENERS:
        end += 1 if end + 1 < len(toks) and toks[end + 1].text == ":" else 0  # "gồm:"
        ends = CLAUSE_END - {";"} if toks[end].text == ":" else CLAUSE_END  # "gồm: A, …; B, …"
        b = next((k for k in range(end, len(toks)) if toks[k].text in ends or k in starts), len(toks))
        return list_items(toks, end + 1, b)
    return []

