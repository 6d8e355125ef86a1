"""Holders of a role word in one sentence.

- On its left, across the link phrases of ``chairs.links_left.txt``: "Bộ Tư pháp được giao làm
  Khối trưởng", "Kiểm toán Nhà nước - đơn vị Khối trưởng", "A, với vai trò là đơn vị Trưởng
  Khối", "Sư đoàn 371 (Khối trưởng)", "1 | Công an tỉnh A | Cụm trưởng" (a role alone in its
  cell; "1 | A | ông X, Chánh án | Cụm trưởng": X of A), "A (KBNN Trà Vinh) làm Khối phó"; an
  assigning agent after "được", with its head's title or a count, is passed over ("A được Thủ
  trưởng Bộ Tư lệnh chỉ định làm Khối trưởng", "A được 7/8 đại biểu tín nhiệm làm …"); past a verb
  and its object before a role adjunct (``chairs.adjuncts.txt``: "A chủ trì hội nghị với vai trò Cụm
  trưởng"); one who acts for the unit ("ông A, Giám đốc Sở X, thay mặt đơn vị nhận …", ``chairs.behalf.txt``)
  holds with it, a deputy's unit holds; a role that is one more office in a list of offices ("Chánh Văn
  phòng, Vụ trưởng Vụ X, Khối trưởng Khối Y") takes no holder from the office before it.
- On its right, past the body and the year, across ``chairs.links_right.txt``: "Cụm trưởng là
  Công an tỉnh X", "Khối trưởng năm 2013: Công an tỉnh", or right after it ("Cụm trưởng Công an
  tỉnh A, Cụm phó Công an tỉnh B"); after a comma only a titled or named
  person, or a unit after "Thay mặt / Với vai trò / Nhận nhiệm vụ (đơn vị) Cụm trưởng, …"
  (``chairs.on_behalf.txt``); an undefined abbreviation before a place leaves the place ("CN Hà
  Giang" -> "Hà Giang").
- "Cụm trưởng, Cụm phó năm 2024 lần lượt là A và B", "A và B lần lượt giữ vai trò Cụm trưởng,
  Cụm phó": the n-th holder holds the n-th role.
- "A thay B làm Cụm trưởng năm 2021" (``chairs.replace.txt``): A holds the role, B the term before.
- Several holders of one role, each with its body alone in brackets, on either side: "các đơn vị Cụm
  trưởng năm 2023 là A (Cụm thi đua số 1), B (Cụm thi đua số 2) và C (Cụm thi đua số 3)"; a role before
  "các Cụm/Khối …" in a list of offices has no holder before it; a dashed apposition of the holder's
  earlier role is passed over ("A - Phó Trưởng khối năm 2006 - làm Trưởng khối năm 2007"); a unit right
  before its role in a recap after a year and a colon ("(năm 2011: A Cụm trưởng, B Cụm phó)"); a name
  that goes on over "và" and lower-case words where the document writes it whole twice.

A holder reached through words beats one behind a mere comma or dash, and on a tie one on the right
beats one on the left across a comma ("Cụm trưởng do A đảm nhiệm, Cụm phó do B đảm nhiệm").
"""

from __future__ import annotations

import re
from dataclasses import replace

from extractors.chairs_view import (
    ORG_KINDS,
    RANK_OUTGOING,
    RANK_STRONG,
    RANK_WEAK,
    Found,
    Holder,
    View,
    handover_at,
    org_after_person,
    plural_anaphor,
    skip_body,
    skip_of,
    skip_year,
    span_ending,
    span_ending_after,
    span_starting,
)
from extractors.chairs_years import term_year
from extractors.nlp import Match, norm
from extractors.phrases import Tokens, is_year, phrase_at, phrase_before, phrases, read_tokens, words
from extractors.terms import DocYears, lead_in_year, year_at
from extractors.units import ACRONYM_RE, Span, find_spans, read_heads

_CHO, _AND, _DUOC, _NAM = norm("cho"), norm("và"), norm("được"), norm("năm")
_GIVE = frozenset(norm(w) for w in ("giao", "trao", "chuyển"))  # "Vai trò Khối trưởng được giao / trao / chuyển cho X"
_SANG, _CHUYEN = norm("sang"), norm("chuyển")  # "năm 2018 vai trò Cụm trưởng sẽ chuyển sang X"
_PHO, _WITH, _CAC = norm("phó"), norm("với"), norm("các")
_WITHIN = frozenset(norm(w) for w in ("trong", "của"))
_BODY_WORDS = frozenset(norm(w) for w in ("khối", "cụm"))


def found_for(view: View, role: Match) -> list[Found]:
    """Holders of one role word: through words on the left, then on the right, then behind a
    mere comma or dash on the left, then on the right. A unit on the left after "với" is a companion
    ("Cùng đồng hành với A trong vai trò Khối phó năm 2026 là B"): one on the right holds the role."""
    left = left_holders(view, role)
    right = right_holders(view, role)
    if not left and not right and (subject := fronted_subject(view, role)):
        right = [subject]  # "Được giao nhiệm vụ Trưởng khối, cùng với B làm Phó khối, A …"

    def rank(hs: list[Holder]) -> tuple[int, bool]:  # on a tie, not across a comma on the left
        return max((h.rank for h in hs), default=0), not (hs is left and hs and behind_comma(view, hs[-1], role))

    if right and left and left[0].start and view.toks[left[0].start - 1].norm == _WITH:
        return [found(view, role, h) for h in right]  # "đồng hành với A trong vai trò Khối phó là B": B
    best = max((left, right), key=rank)
    if best is left and left and behind_comma(view, left[-1], role) and of_all_bodies(view, role):
        return []  # "Chánh Văn phòng, Giám đốc A, Cụm trưởng các Cụm thi đua … chịu trách nhiệm thi hành"
    return [found(view, role, h) for h in best]


def of_all_bodies(view: View, role: Match) -> bool:
    """Whether a role word stands before "các" and a body word: "Cụm trưởng các Cụm thi đua", the office
    in every body, one more in a list of offices, held by no unit named before it."""
    toks, i = view.toks, role.end
    return i + 1 < len(toks) and toks[i].norm == _CAC and toks[i + 1].norm in _BODY_WORDS


def behind_comma(view: View, holder: Holder, role: Match) -> bool:
    """Whether a comma stands between a holder on the left and its role word ("Cụm trưởng do A đảm
    nhiệm, Cụm phó do B đảm nhiệm": B, not A, is Cụm phó)."""
    return any(t.text == "," for t in view.toks[holder.end : role.start])


def found(view: View, role: Match, holder: Holder) -> Found:
    """A holder with the year of its term: a replaced holder's is the year before."""
    year, dated = term_year(view, role, holder)
    return Found(role, holder, year - 1 if holder.replaced and year else year, dated)


def left_holders(view: View, role: Match) -> list[Holder]:
    """The holder before a role word, across link words ("X được giao làm Khối trưởng")."""
    titled = title_cell(view, role) or recap_holder(view, role)
    if titled:
        return [titled]
    adjunct = adjunct_before(view, role.start)  # "A chủ trì hội nghị với vai trò (là đơn vị) Cụm trưởng"
    j, strong, skipped = role.start - adjunct, adjunct > 0, 0
    behalf = False  # passed "thay mặt (đơn vị)": one who acts for the unit
    while j > 0 and role.start - j - skipped <= LEFT_WORDS:
        span = span_ending(view, j) or (and_run_on(view, j) or numbered_unit(view, j)
                                        if j < role.start else None)
        if span and j < role.start and (p := inside_agent(view, span)):  # "được các trường … thuộc Bộ X tín nhiệm …"
            skipped, j = skipped + j - p, p
            continue
        if span and j < role.start and not agent(view, span):
            if not strong and office_list(view, span):  # "Chánh Văn phòng, Vụ trưởng Vụ X, Khối trưởng …"
                return []
            if possessed_before_comma(view, span, role):  # "ý kiến của đại diện Sở X, Khối trưởng kết luận"
                return []
            first = holder_from_left(view, span, RANK_STRONG if strong else RANK_WEAK)
            first = on_behalf_of(view, span, first, behalf)
            ahead = bodied_before(view, first)  # "A (Khối 1) và B (Khối 2) làm Khối trưởng"
            if not ahead and view.toks[first.end].text not in _APPOSED:  # "A và B (Cụm phó)", "A và B – Cụm phó"
                ahead = conjoined(view, first, -1)
            return replacing(view, first) or [*ahead, first]
        if span and j < role.start:  # "được Bộ Tư pháp giao làm …": the agent, go on
            start = agent_start(view, span) or span.start  # "được Sở X và Sở Y giao làm …": all of it
            skipped, j = skipped + j - start, start
            continue
        if j < role.start and (t := appositive_title(view, j)):  # "ông A, Giám đốc, làm Khối trưởng"
            skipped, j = skipped + j - t, t
            continue
        me = phrase_before(view.toks, j, "chairs.speaker_anaphors.txt")
        if me and j - me > 0 and span_ending(view, j - me):  # "Ban Dân tộc tỉnh A chúng tôi làm Cụm phó": A
            j, skipped = j - me, skipped + me
            continue
        b = bracket_before(view, j) or dashed_role(view, j) or body_bracket_before(view, j) or (
            bracketed_role(view, j) if j < role.start else 0) or parent_bracket(view, j)
        if b and span_ending(view, j - b):  # "Kho bạc Nhà nước Trà Vinh (KBNN Trà Vinh) làm Phó Trưởng khối"
            j, skipped = j - b, skipped + b
            continue
        if j < role.start and (held := headed_clause(view, j)):  # "A do ông B làm Chủ tịch được bầu làm …"
            return [held]
        k = phrase_before(view.toks, j, "chairs.links_left.txt")
        if k and view.toks[j - 1].text == "|" and not fills_cell(view, role):
            return []
        if k and view.toks[j - 1].text == "|" and (held := cell_person(view, j - 1)):
            return [held]
        if not k and adjunct and (g := verb_gap(view, j)):  # past the holder's verb and its object
            adjunct, skipped, j = 0, skipped + g, j - g
            continue
        if not k and (v := vote_gap(view, j)):  # "A đạt 5/5 phiếu (100%), trúng cử Cụm phó"
            skipped, j = skipped + v, j - v
            continue
        if not k:
            k = agent_phrase(view, j)
            if not k:
                return []
            j, strong, skipped = j - k, True, skipped + k  # the agent, like a titled one, counts for nothing
            continue
        strong = strong or any(t.text[:1].isalnum() for t in view.toks[j - k : j])  # words, not punctuation
        behalf = behalf or phrase_at(view.toks, j - k, "chairs.behalf.txt") > 0
        j -= k
    return []


LEFT_WORDS = 12  # link words between a holder and its role ("A vinh dự được các đơn vị tín nhiệm giao nhiệm vụ …")


def numbered_unit(view: View, j: int) -> Span | None:
    """A unit whose name ends with a number the unit finder left out, before token ``j``: "Công ty Mía đường
    333 làm Cụm phó" (a number of up to four digits that is no year, right after the unit)."""
    toks = view.toks
    if j < 2 or not toks[j - 1].text.isdecimal() or len(toks[j - 1].text) > 4 or is_year(toks[j - 1]):
        return None
    unit = span_ending(view, j - 1, ("unit",))
    return Span("unit", unit.start, j) if unit else None


AND_RUN = 6  # lower-case words, "và" among them, a unit's name may end with


def and_run_on(view: View, j: int) -> Span | None:
    """A unit whose name goes on over lower-case words with "và" among them up to token ``j``, where the
    document writes the whole name twice or more: "Cục Quản lý trang bị và kho vận làm Khối trưởng" (the
    unit finder stops before a lower-case word it does not know, and at "và" before one)."""
    toks = view.toks
    if not view.text or j < 2 or toks[j - 1].norm == _AND:
        return None
    for at in range(j - 1, max(0, j - 1 - AND_RUN), -1):
        word = toks[at].text
        if not (word.isalpha() and word.islower()) or (toks[at].norm in _RUN_STOPS and toks[at].norm != _AND):
            return None
        span = span_ending(view, at, ("unit",))
        if span is None or not any(t.norm == _AND for t in toks[at:j]):
            continue
        whole = view.sent.text[toks[span.start].start : toks[j - 1].end]
        found = len(re.findall(re.escape(whole) + r"(?!\w)", view.text)) >= 2
        return Span("unit", span.start, j) if found else None
    return None


_RUN_STOPS = frozenset(norm(w) for w in ("và", "các", "những", "đơn", "vị", "cùng", "với", "là", "do", "được"))


def office_list(view: View, span: Span) -> bool:
    """Whether a unit before a role across a mere comma is the unit of an office in a list of offices, and
    the role one more office of the list: "Chánh Văn phòng Bộ, Vụ trưởng Vụ Tổ chức cán bộ, Khối trưởng
    Khối thi đua X … chịu trách nhiệm thi hành" (the office of Vụ X's head, no person named, after another
    office that opens its item). "Ông A, Giám đốc Sở X, Cụm trưởng" names a person; "Giám đốc Sở X, Cụm
    trưởng …" alone is no list."""
    toks = view.toks
    title = span_ending(view, span.start, ("title",))
    if title is None or title.start < 2 or toks[title.start - 1].text != ",":
        return False
    if span_ending(view, title.start - 1, ("person",)):
        return False
    item = max((k + 1 for k in range(title.start - 1) if toks[k].text in ",;:"), default=0)
    return span_starting(view, item, ("title",)) is not None and not any(
        s.kind == "person" and item <= s.start < title.start for s in view.spans)


def on_behalf_of(view: View, span: Span, first: Holder, passed: bool) -> Holder:
    """The holder of a role taken by one who acts for a unit: "ông A, Giám đốc Sở X, thay mặt Sở X nhận
    cờ Cụm trưởng" is A, of X (the one who heads the unit, named with it, holds for it), as is "ông A,
    Giám đốc Sở X, thay mặt đơn vị nhận …" (``passed``: the walk went past "thay mặt"); a deputy
    ("Phó Giám đốc") speaks for the unit without heading it: the unit holds."""
    toks = view.toks
    n = phrase_before(toks, span.start, "chairs.behalf.txt") if not passed else 0
    if n and span.start > n and toks[span.start - n - 1].text == ",":
        head = span_ending(view, span.start - n - 1, ("unit",))
        held = holder_from_left(view, head, first.rank) if head else None
        if held and held.name.kind == "person":
            first = held
        elif not held:
            return first
    elif not passed:
        return first
    if passed and first.name.kind in ("person", "name") and first.org is None:
        # "bà A thay mặt đơn vị Cụm trưởng trình bày": one who speaks for the unit, named without it, the least sure
        return replace(first, rank=RANK_OUTGOING)
    title = span_ending(view, first.org.start, ("title",)) if first.name.kind == "person" and first.org else None
    if title and toks[title.start].norm == _PHO:
        return Holder(first.org, None, first.org.start, first.org.end, first.rank)
    return first


_ADJUNCT_TAILS = tuple(tuple(norm(w) for w in t.split()) for t in ("là đơn vị", "đơn vị", "là", ""))


def adjunct_before(view: View, i: int) -> int:
    """Length of a phrase of ``chairs.adjuncts.txt`` ending before token ``i``, maybe with "là", "đơn vị"
    after it ("với vai trò là đơn vị Cụm trưởng", "với tư cách đơn vị Khối phó"); 0: none."""
    for tail in _ADJUNCT_TAILS:
        n = len(tail)
        if i - n > 0 and tuple(t.norm for t in view.toks[i - n : i]) == tail:
            k = phrase_before(view.toks, i - n, "chairs.adjuncts.txt")
            if k:
                return k + n
    return 0


VERB_GAP = 6  # syllables of a verb and its object between a holder and "với vai trò …" after them


_VOTE_RE = re.compile(r"[^\S\n]+(?:đạt|được|với|nhận|có)[^\S\n]+\d{1,3}[^\S\n]*/[^\S\n]*\d{1,3}[^\S\n]+phiếu"
                      r"(?:[^\S\n]*\([^()\n]{1,20}\))?[^\S\n]*,?[^\S\n]*$", re.IGNORECASE)


def vote_gap(view: View, j: int) -> int:
    """Length of a vote count that ends before token ``j`` right after a unit or a person: "A đạt 5/5 phiếu
    (100%), | trúng cử Cụm phó" (0: none)."""
    if j <= 0 or "phiếu" not in view.sent.text:
        return 0
    m = _VOTE_RE.search(view.sent.text, 0, view.toks[j - 1].end)
    if not m:
        return 0
    start = next((k for k in range(j - 1, -1, -1) if view.toks[k].start < m.start()), -1) + 1
    return j - start if span_ending(view, start) else 0


def verb_gap(view: View, j: int) -> int:
    """Length of the lower-case words of a verb and its object that end before token ``j``, right
    after a unit or a person: "Hội Nông dân huyện A chủ trì hội nghị | với vai trò Cụm trưởng" (0: none,
    or a word of another kind between: a comma, a capital, a number, "và")."""
    for n in range(1, VERB_GAP + 1):
        t = view.toks[j - n] if j - n >= 0 else None
        if t is None or not t.text.isalpha() or t.is_title or t.norm == _AND:
            return 0
        if span_ending(view, j - n):
            return n
    return 0


def title_cell(view: View, role: Match) -> Holder | None:
    """A role after the office title in the cell after a person's ("1 | VKSND tỉnh A | Nguyễn Văn
    B | Viện trưởng, Trưởng Cụm"): the person, of the unit in the cell before."""
    toks, i = view.toks, role.start
    if i < 3 or toks[i - 1].text != "," or not fills_cell(view, role):
        return None
    bar = next((k for k in range(i - 2, max(-1, i - 8), -1) if toks[k].text == "|"), None)
    if bar is None or not any(s.kind == "title" and s.start == bar + 1 and s.end == i - 1 for s in view.spans):
        return None
    return cell_person(view, bar)


def cell_person(view: View, bar: int) -> Holder | None:
    """A row whose cell before the role names a person, and the cell before that the unit:
    "1 | TAND huyện Vũ Thư | ông Đặng Văn Thắng, Chánh án | Cụm trưởng" -> the person, of the unit."""
    toks = view.toks
    start = next((k + 1 for k in range(bar - 1, -1, -1) if toks[k].text == "|"), None)
    if start is None:
        return None
    person = next((s for s in view.spans if start <= s.start and s.end <= bar and s.kind == "person"), None)
    if person is None or start == 0:
        return None
    before = next((k + 1 for k in range(start - 2, -1, -1) if toks[k].text == "|"), 0)
    org = next((s for s in view.spans if s.kind == "unit" and s.start == before and s.end == start - 1), None)
    return Holder(person, org, org.start if org else person.start, bar, RANK_STRONG)


_NAMING = frozenset(norm(w) for w in ("tắt", "gọi"))  # words of a bracket that gives a unit a short name


def bracket_before(view: View, j: int) -> int:
    """Length of a bracket of capitalised words or of one unit's name ending before token ``j`` (a unit's
    short name: "(KBNN Trà Vinh)", "(PC Nam Định)", "(Sở Y tế Lào Cai)"), or one that defines an
    abbreviation ("(sau đây viết tắt là VKSND)", ``units.abbreviation_intro.txt``); 0: none."""
    toks = view.toks
    if j < 3 or toks[j - 1].text != ")":
        return 0
    o = next((k for k in range(j - 2, max(-1, j - 13), -1) if toks[k].text == "("), None)
    if o is None or o == j - 2:
        return 0
    if phrase_at(toks, o + 1, "units.abbreviation_intro.txt"):  # "(sau đây viết tắt là VKSND)"
        return j - o
    if any(t.norm in _NAMING for t in toks[o + 1 : j - 1]):  # "(dưới đây gọi tắt là Liên hiệp xã)"
        return j - o
    if any(s.start == o + 1 and s.end == j - 1 for s in view.spans if s.kind in ("unit", "name")):
        return j - o  # a unit's short name with lower-case words: "Sở Y tế tỉnh A (Sở Y tế A) làm Cụm trưởng"
    if o < j - 7 or not all(t.text[:1].isupper() for t in toks[o + 1 : j - 1]):
        return 0
    return j - o


def body_clauses(view: View, f: Found) -> list[Found]:
    """The holders of the clauses after the first of a role's lead-in that opens each with a body ("Cụm trưởng
    năm 1977: Cụm số I do A phụ trách; Cụm số II do B phụ trách", "Khối trưởng năm 2020: Khối 1 là A; Khối 2 -
    B"): each holds the role, in the lead-in's year, of its clause's body; the first is ``f``."""
    toks = view.toks
    colon = skip_year(view, f.role.end)
    if colon >= len(toks) or toks[colon].text != ":" or f.holder.start <= colon:
        return []
    starts = {a: b for a, b in view.bodies}
    if colon + 1 not in starts:
        return []
    out, i = [], f.holder.end
    verb = clause_tail(toks, i)  # "phụ trách" of "Cụm số I do A phụ trách;"
    while True:
        semi = next((k for k in range(i, len(toks)) if toks[k].text in CLAUSE_STOPS), None)
        if semi is None or toks[semi].text != ";" or semi + 1 not in starts:
            return out
        k = starts[semi + 1]
        while k < len(toks) and not span_starting(view, k, ("unit", "person", "name")) and (
                toks[k].norm in words("chairs.links_right.txt") or toks[k].text in "-–"):
            k += 1
        span = span_starting(view, k, ("unit", "person", "name"))
        if span is None or k == starts[semi + 1]:
            return out
        tail = clause_tail(toks, span.end)  # the clause ends at its holder or with the first one's verb: not
        if tail and tail != verb:  # "Cụm số II do B làm chậm tiến độ", "Khối II do Sở A đề nghị khen thưởng"
            return out
        out.append(Found(f.role, Holder(span, None, span.start, span.end, f.holder.rank), f.year, f.dated,
                         body_at=semi + 1))
        i = span.end


CLAUSE_STOPS = frozenset(";.")  # what ends a lead-in's clauses


def clause_tail(toks: Tokens, i: int) -> tuple[str, ...]:
    """The words from token ``i`` to the end of its clause (";", "." or the sentence's end), past brackets: "phụ
    trách" of "A (đ/c B, chủ nhiệm) phụ trách;"."""
    out, depth = [], 0
    for t in toks[i:]:
        if depth == 0 and t.text in CLAUSE_STOPS:
            break
        depth += (t.text == "(") - (t.text == ")")
        if depth == 0 and t.text != ")":
            out.append(t.norm)
    return tuple(out)


def parent_bracket(view: View, j: int) -> int:
    """Length of a bracket ending before token ``j`` that names the parents of the unit before it: units, or
    "trực thuộc" / "thuộc" and units, commas between (``chairs.parent_leads.txt``): "Trại giam A (Tổng cục
    Cảnh sát …, Bộ Công an) được giao làm Cụm trưởng", "Bệnh viện B (trực thuộc Sở Y tế) làm Khối phó"; the
    bracket opens with a unit or a lead and its last word ends one. 0: none."""
    toks = view.toks
    if j < 4 or toks[j - 1].text != ")":
        return 0
    o = next((k for k in range(j - 2, max(-1, j - PARENT_BRACKET), -1) if toks[k].text in "()"), None)
    if o is None or toks[o].text != "(" or any(t.text in ";:|" for t in toks[o:j]):
        return 0
    first = o + 1 + phrase_at(toks, o + 1, "chairs.parent_leads.txt")
    units = [s for s in view.spans if s.kind == "unit" and o < s.start and s.end < j]
    if not units or units[0].start != first or units[-1].end != j - 1:
        return 0
    return j - o


PARENT_BRACKET = 26  # tokens a bracket naming a unit's parents may hold


def recap_holder(view: View, role: Match) -> Holder | None:
    """A unit right before its role word with no link, alone in its clause after a colon whose lead-in
    writes a year: "… năm 2012 (năm 2011: A Cụm trưởng, B Cụm phó)" (A and B held the roles in 2011)."""
    toks = view.toks
    span = span_ending(view, role.start, ORG_KINDS + ("person",))
    if span is None or span.start == 0 or toks[span.start - 1].text not in ":,":
        return None
    if role.end < len(toks) and toks[role.end].text not in ",;)." :
        return None
    if lead_in_year(toks, span.start, view.years) is None:
        return None
    return holder_from_left(view, span, RANK_STRONG)


DASHED_ROLE = 8  # words a role between dashes may hold: "- đơn vị Phó Trưởng khối năm 2006 -"


def dashed_role(view: View, j: int) -> int:
    """Length of an apposition between dashes that ends before token ``j`` and opens with a role word (maybe
    after "đơn vị"): "giao A - Phó Trưởng khối năm 2006 - làm Trưởng khối năm 2007" (A, past its role of the
    year before)."""
    toks = view.toks
    if j < 3 or toks[j - 1].text not in "-–":
        return 0
    start = next((k for k in range(j - 2, max(0, j - 2 - DASHED_ROLE), -1) if toks[k].text in "-–;"), None)
    if start is None or toks[start].text == ";":
        return 0
    for r in view.roles:  # the role, maybe its year, then the closing dash: nothing else between the dashes
        if r.start in (start + 1, start + 3) and r.end < j:
            hit = year_at(toks, r.end, view.years) if r.end < j - 1 else None
            if (hit[0] if hit else r.end) == j - 1:
                return j - start
    return 0


def bracketed_role(view: View, j: int) -> int:
    """Length of a bracket that ends before token ``j`` and holds another role word of the holder (maybe
    after "đơn vị" or "nguyên", ``chairs.former.txt``), then no unit or person: "A (Cụm phó năm 2024) làm
    Cụm trưởng", "A (nguyên Khối phó năm trước) làm Khối trưởng" (A, past its role of the year before)."""
    toks = view.toks
    if j < 3 or toks[j - 1].text != ")":
        return 0
    o = next((k for k in range(j - 2, max(-1, j - 2 - DASHED_ROLE), -1) if toks[k].text == "("), None)
    if o is None:
        return 0
    lead = phrase_at(toks, o + 1, "chairs.appositive.txt") or phrase_at(toks, o + 1, "chairs.former.txt")
    for r in view.roles:
        if o < r.start <= o + 1 + lead and r.end < j and not any(
                r.end <= sp.start < j - 1 for sp in view.spans if sp.kind in ("unit", "person", "name")):
            return j - o  # the role, then its year or time ("năm trước", "nhiệm kỳ 2022 - 2023"), no unit
    return 0


def replacing(view: View, first: Holder) -> list[Holder]:
    """ "A thay B làm Cụm trưởng": A holds the role, B (``first``) held it the term before."""
    k = phrase_before(view.toks, first.start, "chairs.replace.txt")
    k += phrase_before(view.toks, first.start - k, "chairs.replace_leads.txt") if k else 0  # "A sẽ thay B …"
    new = span_ending(view, first.start - k, ORG_KINDS + ("person",)) if k else None
    if new is None:
        return []
    return [Holder(new, None, new.start, new.end, first.rank), replace(first, rank=RANK_OUTGOING, replaced=True)]


def fills_cell(view: View, role: Match) -> bool:
    """A role word alone in its table cell (a year may follow): "1 | Công an tỉnh A | Cụm trưởng"."""
    i = skip_year(view, role.end)
    return i >= len(view.toks) or view.toks[i].text == "|"


_APPOSED = frozenset(("(", "–", "-"))  # what opens an apposition of the unit right before it
_CUA, _DAI_DIEN = norm("của"), (norm("đại"), norm("diện"))


def possessed_before_comma(view: View, span: Span, role: Match) -> bool:
    """A unit that a "của" phrase owns, right before a comma and a role word that opens the next clause,
    is no holder: "Sau khi nghe phát biểu của đại diện Sở Nội vụ, Khối trưởng kết luận" (the role acts); "dưới
    sự điều hành của Sở X, Khối trưởng năm 2018" names X the chair."""
    toks = view.toks
    if span.end != role.start - 1 or toks[span.end].text != "," or role.end >= len(toks):
        return False
    nxt = toks[role.end]  # a verb after the role: it acts; its year, a bracket, a comma: it names the unit
    if not (nxt.text.isalpha() and nxt.text.islower()) or nxt.norm == _NAM:
        return False
    k = span.start
    if k >= 2 and (toks[k - 2].norm, toks[k - 1].norm) == _DAI_DIEN:
        k -= 2
    return k > 0 and toks[k - 1].norm == _CUA


def agent_phrase(view: View, j: int) -> int:
    """Length of a lower-case agent between "được" and its verb, ending before token ``j``:
    "A được các trường bầu làm …", "A được hội nghị nhất trí bầu …", "A được các đơn vị trong
    Cụm (thi đua X) tín nhiệm bầu …" (0: none)."""
    i, words_ = j, 0
    while i > 0 and words_ < AGENT_WORDS:
        body = next((a for a, b in view.bodies if b == i and a > 0), None)  # "các đơn vị trong Cụm thi đua X"
        if body is not None and view.toks[body - 1].norm in _WITHIN:
            i, words_ = body, words_ + 1
        elif agent_word(view, i - 1):
            i, words_ = i - 1, words_ + 1
        else:
            return 0
        if i > 0 and view.toks[i - 1].norm == _DUOC:
            return j - i
    return 0


AGENT_WORDS = 6  # words an agent between "được" and its verb may hold


def agent_word(view: View, i: int) -> bool:
    """A word of a lower-case agent: a noun ("các trường", "hội nghị"), a count ("7/8 đại biểu"), or
    "trong"/"của" and a bare "Khối"/"Cụm" ("các đơn vị trong Cụm")."""
    t = view.toks[i]
    if t.norm in _WITHIN or (t.norm in _BODY_WORDS and t.is_title and view.toks[i - 1].norm in _WITHIN):
        return True
    if t.text.replace("/", "").isdecimal() or t.text == "/":  # "A được 7/8 đại biểu tín nhiệm làm Khối trưởng"
        return True
    if t.norm in words("chairs.vote_words.txt") and not t.is_title:  # "A được 6/7 phiếu bầu làm …"
        return True
    return t.text.isalpha() and not t.is_title and view.toks.tag(i) in ("N", "Nc", "L", "A")


def agent(view: View, span: Span) -> bool:
    """A unit right after "được" (maybe after its head's title) assigns the role, it does not
    hold it: "A được Thủ trưởng Bộ Tư lệnh giao làm Khối trưởng"; so does the last of several units
    after "được" ("A được Tỉnh ủy, UBND tỉnh giao làm Cụm trưởng", "… được Sở X và Sở Y thống nhất giao …")."""
    return agent_start(view, span) is not None


def agent_start(view: View, span: Span) -> int | None:
    """Where the agent ``span`` ends (its head's title, the units before it) starts right after "được";
    None: it is no agent."""
    title = span_ending(view, span.start, ("title",))
    start = title.start if title else span.start
    if start > 0 and view.toks[start - 1].norm == _DUOC:
        return start
    if start > 1 and (view.toks[start - 1].text == "," or view.toks[start - 1].norm == _AND):
        prev = span_ending(view, start - 1)  # the unit before it, itself right after "được" (or before such a one)
        return agent_start(view, prev) if prev is not None and prev.end == start - 1 else None
    return None


AGENT_SPAN = 24  # tokens a lower-case agent with a body's name in it may span


def inside_agent(view: View, span: Span) -> int:
    """A unit inside a lower-case agent after "được" is no holder: "A được các trường trong Cụm thi đua
    số 2 - các trường trực thuộc Bộ X tín nhiệm giao vai trò Cụm trưởng" (Bộ X names the trường, A
    holds the role). The index right after "được", 0: the unit is no part of such an agent."""
    toks = view.toks
    for p in range(span.start - 1, max(-1, span.start - AGENT_SPAN), -1):
        if toks[p].text in ",;.:|()":
            return 0
        if toks[p].norm == _DUOC:
            return p + 1 if p + 1 < span.start and agent_word(view, p + 1) else 0
    return 0


def holder_from_left(view: View, span: Span, rank: int) -> Holder:
    """A unit, a titled person ("Cục trưởng Cục X Hồ Quang Huy"), or a person named before the
    unit they head ("Đại tá Nguyễn Văn A, Giám đốc Công an tỉnh X")."""
    if span.kind == "person":
        org = span_ending(view, span.start, ("unit",)) or headed_by(view, span.start)
        return Holder(span, org, org.start if org else span.start, span.end, rank)
    title = span_ending(view, span.start, ("title",))
    if title:
        comma = title.start - 1 if title.start > 0 and view.toks[title.start - 1].text == "," else title.start
        person = span_ending(view, comma, ("person",))
        if person:
            return Holder(person, span, person.start, span.end, rank)
    return Holder(span, None, span.start, span.end, rank)


_LAM = norm("làm")


def headed_clause(view: View, j: int) -> Holder | None:
    """A unit with a clause that names its head, ending before token ``j``: "Hội Cựu chiến binh tỉnh A do
    đồng chí B làm Chủ tịch (được bầu làm Cụm trưởng)" -> B, of the unit."""
    title = span_ending(view, j, ("title",))
    if title is None or title.start < 3 or view.toks[title.start - 1].norm != _LAM:
        return None
    person = span_ending(view, title.start - 1, ("person",))
    unit = headed_by(view, person.start) if person else None
    return Holder(person, unit, unit.start, j, RANK_STRONG) if unit else None


def headed_by(view: View, start: int) -> Span | None:
    """The unit before "do" (``chairs.headed_by.txt``) and a rank or title before a person starting at
    ``start``: "Sở Tài chính do (Đại tá) ông A, …" -> Sở Tài chính."""
    title = span_ending(view, start, ("title",))
    j = title.start if title else start
    k = phrase_before(view.toks, j, "chairs.headed_by.txt")
    return span_ending(view, j - k, ("unit",)) if k else None


def appositive_title(view: View, j: int) -> int:
    """Start of a title between commas that ends at token ``j`` ("ông A, Giám đốc, làm Cụm trưởng"), or 0; also
    one before the bracket of its role ("đồng chí A, Chủ tịch (Cụm phó năm 2016)") or a dash ("- Sở X: ông A,
    Giám đốc – Cụm phó năm 2017", an attendance list)."""
    if j >= len(view.toks) or view.toks[j].text not in _AFTER_TITLE:
        return 0
    for c in range(j - 2, max(0, j - TITLE_WORDS) - 1, -1):
        if view.toks[c].text in _BEFORE_TITLE:  # "ông A, Giám đốc", "ông A – Phó Giám đốc (Cụm phó)"
            titled = span_starting(view, c + 1, ("title",)) and span_ending(view, c, ("person",))
            return c + 1 if titled else 0
    return 0


TITLE_WORDS = 8  # words of a title between commas after a person ("Trưởng Công an huyện")
_AFTER_TITLE = frozenset((",", "(", "-", "–"))
_BEFORE_TITLE = frozenset((",", "-", "–"))


_TRUC, _THUOC, _VE = norm("trực"), norm("thuộc"), norm("về")


def right_holders(view: View, role: Match) -> list[Holder]:
    """The holder after a role word, past its body and year ("Cụm trưởng năm 2023 là Công an
    tỉnh X"), or a person the role word titles ("Cụm trưởng Nguyễn Văn A"). After a mere comma
    only a titled or named person is taken, or a unit after "Thay mặt (đơn vị) Cụm trưởng, …"."""
    i, steps, kinds = skip_of(view, role.end), 0, set()
    verb = handover_at(view)
    handover = verb is not None and verb < role.start
    while i < len(view.toks) and steps <= RIGHT_LINKS:
        past = skip_body(view, i)
        if past > i and under_parent(view, past):  # "Khối trưởng Khối thi đua X thuộc Tập đoàn Y": Y is X's parent
            return []
        past += 3 if past > i and bracketed_acronym(view, past) else 0  # "… thuộc Tập đoàn Y (VRG)": Y's short name
        if past > i and (held := bracketed_holder(view, i, past)):  # "Khối trưởng Khối thi đua X (Công ty Y)"
            return [held]
        nxt = skip_year(view, past)
        if nxt > i:
            i = nxt
            continue
        span = span_starting(view, i)
        if span is None and kinds and unknown_acronym(view, i):  # "Cụm trưởng: CN Yên Bái": the place
            i += 1
            continue
        if span and not kinds and span.kind == "person":  # "đồng chí Cụm trưởng Nguyễn Văn A, Giám đốc …"
            first = holder_from_right(view, span, True, kinds, unit_ok=False)
            return [first] if first else []
        if span and not kinds and span.kind == "unit":  # "Cụm thi đua số 1: Cụm trưởng Công an tỉnh A, …"
            return [Holder(span, None, span.start, span.end, RANK_WEAK)]
        if span and kinds:
            strong = bool(kinds & {"strong", "cho"}) or on_behalf(view, role)
            first = holder_from_right(view, span, strong, kinds, unit_ok=strong or "dash" in kinds)
            return [first, *(bodied_list(view, first) or conjoined(view, first, +1))] if first else []
        kind = right_link(view, i, handover)
        if kind is None:
            return []
        kinds.add(kind)
        i, steps = i + 1, steps + 1
    return []


def bracketed_holder(view: View, i: int, past: int) -> Holder | None:
    """A unit alone in brackets at the end of the body mention from ``i`` to ``past`` of a role word,
    or right after it: "Xét đề nghị của Khối trưởng Khối thi đua các Công ty X (Công ty Y), …" names
    Y as the holder (an abbreviation in brackets is the body's short name, no holder)."""
    toks = view.toks
    if toks[past - 1].text == ")":
        start, end = next((k for k in range(past - 2, i, -1) if toks[k].text == "("), past) + 1, past - 1
    elif past + 2 < len(toks) and toks[past].text == "(":
        start, end = past + 1, next((k for k in range(past + 1, len(toks)) if toks[k].text in "()"), past)
    else:
        return None
    if end - start < 3 or end >= len(toks) or toks[end].text != ")":
        return None
    inner = read_tokens(view.sent.text[toks[start].start : toks[end - 1].end])
    spans = find_spans(inner, (), read_heads(inner))
    if not spans or spans[0].kind != "unit" or spans[0].start or spans[0].end != len(inner):
        return None
    span = Span("unit", start, end)
    return Holder(span, None, start, end, RANK_STRONG)


def under_parent(view: View, i: int) -> bool:
    """Whether token ``i``, right after a body, opens its parent: "thuộc", "trực thuộc" (not "thuộc
    về", which gives the role to a holder)."""
    toks = view.toks
    i += 1 if i < len(toks) and toks[i].norm == _TRUC else 0
    return i + 1 < len(toks) and toks[i].norm == _THUOC and toks[i + 1].norm != _VE


def bracketed_acronym(view: View, i: int) -> bool:
    """An abbreviation in brackets at token ``i``, right after a body: the short name of the body or
    of its parent, not a holder."""
    toks = view.toks
    return (i + 2 < len(toks) and toks[i].text == "(" and toks[i + 2].text == ")"
            and bool(ACRONYM_RE.fullmatch(toks[i + 1].text)))


RIGHT_LINKS = 8  # link words a role word may stand from its holder on the right ("luân phiên theo thứ tự: …")


def unknown_acronym(view: View, i: int) -> bool:
    """An abbreviation the document does not define, before a name: "CN Yên Bái"."""
    t = view.toks[i]
    return t.text.isupper() and t.text.isalpha() and 2 <= len(t.text) <= 5 and span_starting(view, i + 1) is not None


def right_link(view: View, i: int, handover: bool) -> str | None:
    """What kind of link token ``i`` after a role word is (None: none); "cho" after "giao", "trao" or
    "chuyển", and "sang" after "chuyển", lead to the holder ("Vai trò Khối trưởng được giao cho X",
    "Cụm trưởng sẽ được chuyển giao cho X", "vai trò Cụm trưởng sẽ chuyển sang X"); "cho" after a
    hand-over verb before the role, to the next one."""
    tok = view.toks[i]
    if tok.norm in words("chairs.links_right.txt"):
        return "strong"
    kind = words("chairs.kind_words.txt")
    if tok.norm in kind and (view.toks[i - 1].norm in words("chairs.kind_links.txt") or view.toks[i - 1].norm in kind):
        return "strong"  # "Cụm phó là trường TH Yên Lạc", not "Cụm trưởng giao trường A đăng cai"
    if tok.norm == _CHO and view.toks[i - 1].norm in _GIVE and not handover:
        return "strong"
    if tok.norm == _CHO and not handover and given_role(view, i):  # "giao nhiệm vụ Cụm trưởng năm 2025 cho X"
        return "strong"
    if tok.norm == _SANG and view.toks[i - 1].norm == _CHUYEN and not handover:
        return "strong"
    if handover and tok.norm == _CHO:
        return "cho"
    if tok.text in "-–":
        return "dash"
    return "weak" if tok.text == "," else None


def given_role(view: View, i: int) -> bool:
    """Whether the role word before "cho" at token ``i`` is the object of a verb of giving right before it, maybe
    past "nhiệm vụ" or "vai trò" (``chairs.given_objects.txt``): "Phòng giao nhiệm vụ Cụm trưởng năm 2025 cho
    trường A", "trao quyền Khối trưởng cho B"; the words between the role and "cho" are link words or its year."""
    role = next((r for r in reversed(view.roles) if r.end <= i and not any(
        t.text in ",;:" for t in view.toks[r.end : i])), None)
    if role is None:
        return False
    k = role.start - phrase_before(view.toks, role.start, "chairs.given_objects.txt")
    return k > 0 and view.toks[k - 1].norm in _GIVE


def on_behalf(view: View, role: Match) -> bool:
    """ "Thay mặt (đơn vị) Cụm trưởng, X …": X after the comma holds the role; the phrase opens its
    clause ("A … với vai trò Khối trưởng, B …": not B)."""
    for j in range(max(0, role.start - 2), role.start + 1):
        k = phrase_before(view.toks, j, "chairs.on_behalf.txt")
        if k and (j - k == 0 or not view.toks[j - k - 1].text[:1].isalnum()):
            return True
        if phrase_before(view.toks, j, "chairs.fronted.txt") == j > 0:  # "Là đơn vị Cụm trưởng năm 2010, A …"
            return True
    return passive_fronted(view, role)


PASSIVE_FRONT = 14  # words of a fronted passive clause before its role ("Được Bộ Tư lệnh … giao nhiệm vụ")


def fronted_subject(view: View, role: Match) -> Holder | None:
    """The subject of a sentence that opens with a passive clause giving the role, past a companion's clause
    between commas ("Được giao nhiệm vụ Trưởng khối năm 2018, cùng với Trường B làm Phó khối, Trường A …"):
    the first unit that opens a clause after the role, within ``FRONTED_CLAUSES`` commas."""
    if not passive_fronted(view, role):
        return None
    toks = view.toks
    commas = [k for k in range(role.end, len(toks)) if toks[k].text == ","][:FRONTED_CLAUSES]
    for c in commas:
        if any(t.text in ";:." for t in toks[role.end : c]):
            return None
        span = span_starting(view, c + 1, ("unit",))
        if span is not None:
            return Holder(span, None, span.start, span.end, RANK_STRONG)
        if c + 1 >= len(toks) or toks[c + 1].norm not in _COMPANIONS:  # only a companion's clause is passed over
            return None
    return None


_COMPANIONS = frozenset(norm(w) for w in ("cùng", "với"))  # "cùng với B làm Phó khối", "với B là Cụm phó"


FRONTED_CLAUSES = 3  # commas a fronted clause's subject may stand behind


def passive_fronted(view: View, role: Match) -> bool:
    """A sentence that opens with a passive clause giving the role, the holder the subject after the comma:
    "Được giao làm Trưởng khối năm 2005, Đài X …", "Được Bộ Tư lệnh tin tưởng giao nhiệm vụ Khối trưởng,
    Bộ CHQS tỉnh A …" ("được", then a verb of ``chairs.take_verbs.txt`` before the role, no comma between);
    also after an opening year ("Năm 2020, được bầu làm Cụm trưởng, A …") and a lead of
    ``chairs.passive_leads.txt`` ("Vinh dự được giao …", "Sau khi được bầu …")."""
    toks = view.toks
    start = 0
    hit = year_at(toks, 0, view.years) if toks and toks[0].norm == _NAM else None
    if hit and hit[0] < len(toks) and toks[hit[0]].text == ",":
        start = hit[0] + 1
    start += phrase_at(toks, start, "chairs.passive_leads.txt")  # "Vinh dự được giao …", "Sau khi được bầu …"
    if start >= role.start or toks[start].norm != _DUOC or role.start - start > PASSIVE_FRONT:
        return False
    if any(t.text in ",;:()" for t in toks[start : role.start]):
        return False
    return any(phrase_at(toks, k, "chairs.take_verbs.txt") for k in range(start + 1, role.start))


def holder_from_right(view: View, span: Span, strong: bool, kinds: set[str], unit_ok: bool) -> Holder | None:
    """Titles, then a unit (maybe with its head's name) or a person (maybe ", title unit"); a
    bare unit only when ``unit_ok`` (after a word or a dash, never a comma)."""
    k, titled = view.spans.index(span), False
    while view.spans[k].kind == "title" and k + 1 < len(view.spans) and view.spans[k + 1].start == view.spans[k].end:
        k, titled = k + 1, True
    s = view.spans[k]
    if s.kind == "name" and titled:  # "ông Y Nuê Byă": a person without a family name
        s = Span("person", s.start, s.end)
    if s.kind == "title" or (s.kind in ORG_KINDS and not (unit_ok or titled)):
        return None
    rank, nxt = RANK_STRONG if strong else RANK_WEAK, view.spans[k + 1] if k + 1 < len(view.spans) else None
    if s.kind in ORG_KINDS:
        if nxt and nxt.kind == "person" and nxt.start == s.end:
            return Holder(nxt, s, span.start, nxt.end, rank, "cho" in kinds)
        return Holder(s, None, span.start, s.end, rank, "cho" in kinds)
    org = org_after_person(view.toks, view.spans, k)
    if deputy_after(view, s.end):  # "Thay mặt đơn vị Khối trưởng, ông A, Phó Tổng Giám đốc KBNN": the unit, not him
        return Holder(org, None, span.start, org.end, rank, "cho" in kinds) if org else None
    return Holder(s, org, span.start, org.end if org else s.end, rank, "cho" in kinds)


def deputy_after(view: View, i: int) -> bool:
    """Whether a person ending at token ``i`` is titled a deputy after a comma (", Phó Tổng Giám đốc
    …"): one who speaks for a chairing unit without heading it (the unit holds the role)."""
    toks = view.toks
    return i + 1 < len(toks) and toks[i].text == "," and toks[i + 1].norm == _PHO


def bodied_list(view: View, first: Holder) -> list[Holder]:
    """The holders after the first of one role, each with its body in brackets after it, joined by ","
    and "và": "các đơn vị Cụm trưởng năm 2023 là A (Cụm số 1), B (Cụm số 2) và C (Cụm số 3)" (the body
    of each is its bracket's: ``bracket_body``)."""
    out, end = [], first.end
    while (past := bracket_body(view, end)) and past[1] + 1 < len(view.toks) and (
            view.toks[past[1]].text == "," or view.toks[past[1]].norm == _AND):
        span = span_starting(view, past[1] + 1, ORG_KINDS)
        if span is None or not bracket_body(view, span.end):
            break
        out.append(replace(first, name=span, org=None, start=span.start, end=span.end))
        end = span.end
    return out


def body_bracket_before(view: View, j: int) -> int:
    """Length of a body named alone in brackets that ends before token ``j``: "A (Khối thi đua số 1) làm …"."""
    a = j - 1 if j > 1 and view.toks[j - 1].text == ")" else None
    start = next((s for s, e in view.bodies if e == a), None) if a is not None else None
    return j - start + 1 if start and view.toks[start - 1].text == "(" else 0


def bodied_before(view: View, first: Holder) -> list[Holder]:
    """The holders before the first one found on the left, each with its body in brackets, joined by "," and
    "và": "A (Khối thi đua số 1), B (Khối thi đua số 2) và C (Khối thi đua số 3) làm Khối trưởng"."""
    if not bracket_body(view, first.end):
        return []
    out, start = [], first.start
    while start > 1 and (view.toks[start - 1].text == "," or view.toks[start - 1].norm == _AND):
        b = body_bracket_before(view, start - 1)
        span = span_ending(view, start - 1 - b, ORG_KINDS) if b else None
        if span is None:
            break
        out.insert(0, replace(first, name=span, org=None, start=span.start, end=span.end))
        start = span.start
    return out


def bracket_body(view: View, i: int) -> tuple[str, int] | None:
    """The body named alone in brackets at token ``i`` (after a holder: "A (Cụm thi đua số 2)"), with the
    index after the bracket."""
    toks = view.toks
    if i >= len(toks) or toks[i].text != "(":
        return None
    end = next((b for a, b in view.bodies if a == i + 1), None)
    if end is None or end >= len(toks) or toks[end].text != ")":
        return None
    return view.names.get(i + 1, ""), end + 1


def conjoined(view: View, first: Holder, step: int) -> list[Holder]:
    """Units joined to a holder by "và" ("Bộ A và Bộ B làm Khối phó")."""
    edge = first.start - 1 if step < 0 else first.end
    if not (0 < edge < len(view.toks) - 1) or view.toks[edge].norm != _AND:
        return []
    span = span_ending(view, edge, ORG_KINDS) if step < 0 else span_starting(view, edge + 1, ORG_KINDS)
    return [replace(first, name=span, org=None, start=span.start, end=span.end)] if span else []


def respectively(view: View) -> list[Found]:
    """ "Cụm trưởng, Cụm phó năm 2024 lần lượt là A và B", "A và B lần lượt giữ vai trò Cụm
    trưởng, Cụm phó": the n-th holder holds the n-th role."""
    firsts = phrases("chairs.respectively.txt")
    at = next((k for k, t in enumerate(view.toks) if t.norm in firsts
               and phrase_at(view.toks, k, "chairs.respectively.txt")), None)
    roles = [r for r in view.roles if at is not None and r.end <= at]
    if not roles:
        return respectively_before(view, at) if at is not None else []
    if len(roles) == 1 and (by_year := years_respectively(view, roles[0], at)):
        return by_year
    if len(roles) == 1 and plural_role(view, roles[0]):  # "Các cụm trưởng năm 2016 lần lượt là A, B và C"
        holders = holders_after(view, at + phrase_at(view.toks, at, "chairs.respectively.txt"), MAX_LISTED)
        return [replace(found(view, roles[0], h), turn=(k, len(holders))) for k, h in enumerate(holders)] if len(
            holders) > 1 else []
    holders = holders_after(view, at + phrase_at(view.toks, at, "chairs.respectively.txt"), len(roles))
    if len(holders) != len(roles):
        return []
    if (later := later_year(view, roles[-1].end, at)) is not None:
        return then_respectively(view, roles, holders, later)
    return [Found(r, h, *term_year(view, r, h)) for r, h in zip(roles, holders, strict=True)]


MAX_LISTED = 12  # holders of one plural role listed in turn, one a body
_PLURALS = frozenset(norm(w) for w in ("các", "những"))


def plural_role(view: View, role: Match) -> bool:
    """A role word of several bodies: "Các cụm trưởng", "những khối trưởng", "Cụm trưởng các cụm", "Khối
    trưởng năm 2019 của hai khối" (``chairs.plural_bodies.txt``; each holder one body's)."""
    if role.start > 0 and view.toks[role.start - 1].norm in _PLURALS:
        return True
    return bool(phrase_at(view.toks, role.end, _PLURAL_BODIES)
                or phrase_at(view.toks, skip_year(view, role.end), _PLURAL_BODIES))


_PLURAL_BODIES = "chairs.plural_bodies.txt"


def later_year(view: View, end: int, at: int) -> int | None:
    """The year of a clause of its own between the last role word (ending at ``end``) and "lần lượt"
    at ``at``: "A làm Khối trưởng, B làm Khối phó; năm 2018 lần lượt là C và D" -> 2018."""
    breaks = [k for k in range(end, at) if view.toks[k].text in (";", ",")]
    if not breaks:
        return None
    hit = year_at(view.toks, breaks[-1] + 1, DocYears(None, None, False))
    return hit[1] if hit and hit[0] == at else None


def then_respectively(view: View, roles: list[Match], holders: list[Holder], year: int) -> list[Found]:
    """ "Năm 2017 A làm Khối trưởng, B làm Khối phó; năm 2018 lần lượt là C và D": the roles keep the
    holders on their left in their own year, and the holders after "lần lượt" take them in the later
    year. Nothing when a role has no holder on its left (the roles are then those "lần lượt" pairs)."""
    first = [left_holders(view, r) for r in roles]
    if not all(first):
        return []
    return [found(view, r, h) for r, hs in zip(roles, first, strict=True) for h in hs] + [
        Found(r, h, year, True) for r, h in zip(roles, holders, strict=True)]


def years_respectively(view: View, role: Match, at: int) -> list[Found]:
    """One role, a list of years and as many holders in turn: "vai trò Cụm trưởng các năm 2021, 2022
    lần lượt do A và B đảm nhiệm" (A in 2021, B in 2022). Nothing when they are not as many."""
    years = [(k, int(t.text)) for k, t in enumerate(view.toks[role.end : at], role.end) if is_year(t)]
    if len(years) < 2 or any(not view.toks[k].text.isdecimal() for k, _ in years):
        return []
    i = at + phrase_at(view.toks, at, "chairs.respectively.txt")
    while i < len(view.toks) and (k := phrase_at(view.toks, i, "chairs.links_right.txt")):
        i += k
    holders = holders_after(view, i, len(years) + 1)  # one more: a holder left over pairs none
    if len(holders) != len(years):
        return []
    return [Found(role, h, y) for h, (_, y) in zip(holders, years, strict=True)]


def holders_after(view: View, i: int, n: int) -> list[Holder]:
    """Up to ``n`` holders joined by "," and "và" from token ``i`` on (past a colon), each perhaps with its
    body in brackets after it ("A (Cụm số 1), B (Cụm số 2)": ``bracket_body``)."""
    holders: list[Holder] = []
    while i < len(view.toks) and len(holders) < n:
        span = span_ending_after(view, i)
        if span is None:
            break
        holders.append(Holder(span, None, span.start, span.end))
        end = bracketed[1] if (bracketed := bracket_body(view, span.end)) else span.end
        i = end + (1 if end < len(view.toks) and view.toks[end].text in (",", "và") else 0)
    return holders


def in_turn(view: View) -> list[Found]:
    """Roles that one count and role anaphor stand for ("hai vai trò này", ``chairs_view.role_anaphors``)
    and as many holders joined by "và" after it across link words ("năm 2013 hai vai trò này do A và
    B đảm nhận") or before it ("A và B lần lượt đảm nhận hai vai trò trên"): each holder its role in
    turn. Nothing when the holders are not as many as the roles."""
    out: list[Found] = []
    for (start, end), roles in shared_roles(view).items():
        i = links_after(view, end)
        holders = holders_after(view, i, len(roles)) if i > end else []
        if len(holders) != len(roles):
            holders = holders_before(view, start, len(roles))
        if len(holders) == len(roles):
            out += [Found(r, h, *term_year(view, r, h)) for r, h in zip(roles, holders, strict=True)]
    return out


def paired(view: View) -> list[Found]:
    """ "A và B là đơn vị Khối trưởng, Khối phó", "Cụm trưởng và Cụm phó là A và B": roles of different
    kinds joined by "," or "và", and as many holders joined by "và" before them or after them across link
    words, each holder the role in its place (as "lần lượt" says it, ``respectively``). Nothing when the
    holders are not as many."""
    out: list[Found] = []
    for roles in coordinated(view):
        holders = holders_before(view, roles[0].start, len(roles))
        if len(holders) != len(roles):
            holders = holders_after(view, links_after(view, roles[-1].end), len(roles))
        joined = len(holders) == len(roles) and all(
            view.toks[a.end].norm == _AND or view.toks[a.end].text == "," for a in holders[:-1])
        more = one_and_more(view, roles)  # "A, B và C làm Khối trưởng, Khối phó"
        if more:
            out += more
        elif joined:
            out += [Found(r, h, *term_year(view, r, h)) for r, h in zip(roles, holders, strict=True)]
    return out


_PLURAL, _NAM = frozenset(norm(w) for w in ("các", "những", "qua")), norm("năm")
MORE_VICE = 3  # vice-chairs a list of holders before or after "Khối trưởng, Khối phó" may name


def one_and_more(view: View, roles: list[Match]) -> list[Found]:
    """ "A, B và C làm Khối trưởng, Khối phó", "Cụm trưởng, Cụm phó là A, B và C": one chair and more
    vice-chairs, more holders than the two roles; the first holds the chair, the others are the
    vice-chairs. Only a chair then a vice-chair, and a list with nothing more on its side; not after
    "lần lượt" (``chairs.respectively.txt``), which pairs as many holders as roles, nor before "các
    năm" (the terms of several years)."""
    if len(roles) != 2 or [r.label for r in roles] != ["chair", "vice_chair"]:
        return []
    if any(phrase_at(view.toks, k, "chairs.respectively.txt") for k in range(len(view.toks))):
        return []
    after = [t.norm for t in view.toks[roles[-1].end : roles[-1].end + 2]]
    if len(after) == 2 and after[0] in _PLURAL and after[1] == _NAM:  # "… Khối phó các năm trước": terms of years
        return []
    for n in range(3, MORE_VICE + 2):
        holders = holders_before(view, roles[0].start, n)
        if len(holders) != n:
            i = links_after(view, roles[-1].end)
            holders = holders_after(view, i, n + 1) if i > roles[-1].end else []
            holders = holders if len(holders) == n else []
        joined = len(holders) == n and all(
            view.toks[a.end].norm == _AND or view.toks[a.end].text == "," for a in holders[:-1])
        if joined and view.toks[holders[-2].end].norm == _AND:
            held = [roles[0]] + [roles[1]] * (n - 1)
            return [Found(r, h, *term_year(view, r, h)) for r, h in zip(held, holders, strict=True)]
    return []


def links_after(view: View, i: int) -> int:
    """Past a body, a year and link words after a role word ("Cụm trưởng và Cụm phó năm 2021 là …"); ``i``
    itself when no link word follows."""
    j = skip_year(view, skip_body(view, i))
    start = j
    while j < len(view.toks) and (k := phrase_at(view.toks, j, "chairs.respectively.txt")
                                  or phrase_at(view.toks, j, "chairs.links_right.txt")):
        j += k
    return j if j > start else i


def coordinated(view: View) -> list[list[Match]]:
    """Runs of two or more role words of different kinds joined by "," or "và" ("Khối trưởng, Khối
    phó", "Cụm trưởng và Cụm phó")."""
    runs: list[list[Match]] = []
    for r in view.roles:
        last = runs[-1][-1] if runs else None
        gap = view.toks[last.end : r.start] if last else None
        if last and len(gap) == 1 and (gap[0].text == "," or gap[0].norm == _AND) and r.label not in {
                x.label for x in runs[-1]}:
            runs[-1].append(r)
        else:
            runs.append([r])
    return [run for run in runs if len(run) >= 2]


def shared_roles(view: View) -> dict[tuple[int, int], list[Match]]:
    """The roles of a count and role anaphor, by the token range they share."""
    out: dict[tuple[int, int], list[Match]] = {}
    for r in view.roles:
        if plural_anaphor(r, view.roles):
            out.setdefault((r.start, r.end), []).append(r)
    return out


def holders_before(view: View, j: int, n: int) -> list[Holder]:
    """Up to ``n`` holders joined by "," and "và" that end before token ``j``, across link words
    ("A và B lần lượt đảm nhận …"); none when more stand before them."""
    while j > 0 and (k := phrase_before(view.toks, j, "chairs.respectively.txt")
                     or phrase_before(view.toks, j, "chairs.links_left.txt")):
        if not view.toks[j - 1].text[:1].isalpha():
            break
        j -= k
    return listed_before(view, j, n)


def listed_before(view: View, j: int, n: int) -> list[Holder]:
    """Up to ``n`` holders joined by "," and "và" that end at token ``j``; none when more stand
    before them ("A, B và C" for two roles)."""
    holders: list[Holder] = []
    while len(holders) < n and (span := span_ending(view, j, ORG_KINDS + ("person",))):
        holders.insert(0, Holder(span, None, span.start, span.end))
        j = span.start - (1 if span.start and view.toks[span.start - 1].text in (",", "và") else 0)
        if j == span.start:
            break
    more = holders and holders[0].start and view.toks[holders[0].start - 1].text in (",", "và") and span_ending(
        view, holders[0].start - 1, ORG_KINDS + ("person",))  # "A, B và C": a third before them
    return [] if more else holders


def respectively_before(view: View, at: int) -> list[Found]:
    """ "A và B lần lượt giữ vai trò Cụm trưởng, Cụm phó năm 2020": holders joined by "," and "và"
    before "lần lượt", roles after it across link words."""
    roles = [r for r in view.roles if r.start > at]
    j = at + phrase_at(view.toks, at, "chairs.respectively.txt")
    while roles and j < roles[0].start:
        k = phrase_at(view.toks, j, "chairs.links_left.txt")
        if not k:
            return []
        j += k
    holders = listed_before(view, at, len(roles))
    roles = roles[: len(holders)]
    if len(holders) < 2 or any(view.toks[r.end].text not in (",", "và") for r in roles[:-1]):
        return []
    return [Found(r, h, *term_year(view, r, h)) for r, h in zip(roles, holders, strict=True)]
