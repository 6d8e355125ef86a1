"""The year of a chair's term, as one sentence writes it: right after the role word or the
holder, before the role in its clause, after a role coordinated with it, else the table's or the
document's year (``extractors.terms``). A hand-over's incoming holder and a holder elected at a
year-end review take the year after.
"""

from __future__ import annotations

from extractors.chairs_view import HANDED, STATED, Holder, View, handover_at, skip_body, skip_of, skip_year
from extractors.nlp import Match, norm
from extractors.phrases import find_phrase, is_year, phrase_at, phrase_before, words
from extractors.terms import lead_in_year, range_gap, year_at

_DAM, _VA, _NAM = norm("đảm"), norm("và"), norm("năm")


def attached_year(view: View, i: int) -> int | None:
    """The year right after token ``i`` (past a body, or its bare head, "trong" and the lead of a range):
    "Cụm trưởng năm 2023", "Cụm trưởng từ năm 2006 đến 2008" (its first)."""
    i = skip_generic(view, skip_body(view, skip_of(view, i)))
    if i < len(view.toks) and view.toks[i].norm == norm("trong"):
        i += 1
    i = part_of_year(view, i)  # "Cụm trưởng 6 tháng cuối năm 2025"
    lead = phrase_at(view.toks, i, "chairs.range_leads.txt")  # "Cụm trưởng từ năm 2006 đến 2008"
    i = range_gap(view.toks, i + lead) if lead else i  # "… hai năm liền (2020, 2021)"
    hit = year_at(view.toks, i, view.years)
    return hit[1] if hit else None


_PART_ENDS = frozenset(norm(w) for w in ("đầu", "cuối", "i", "ii", "iii", "iv", "1", "2", "3", "4", "một", "hai"))


def part_of_year(view: View, i: int) -> int:
    """Past a part of the year a term covers (``chairs.part_year.txt``, then "đầu"/"cuối" or its
    number): "6 tháng cuối năm 2025", "học kỳ II năm 2024" (the year is the term's)."""
    n = phrase_at(view.toks, i, "chairs.part_year.txt")
    if not n:
        return i
    i += n
    return i + 1 if i < len(view.toks) and view.toks[i].norm in _PART_ENDS else i


_HEADS = frozenset(norm(w) for w in ("khối", "cụm"))
_THI_DUA = (norm("thi"), norm("đua"))


def skip_generic(view: View, i: int) -> int:
    """Past a body named by its head alone after a role word: "làm Khối phó Khối thi đua năm 2023"."""
    toks = view.toks
    if i < len(toks) and toks[i].norm in _HEADS and toks[i].is_title:
        return i + 3 if tuple(t.norm for t in toks[i + 1 : i + 3]) == _THI_DUA else i + 1
    return i


def term_year(view: View, role: Match, holder: Holder) -> tuple[int | None, bool]:
    """The year of the term, and whether the text gives it: written right after the role word
    or the holder; else the nearest year before the role in its clause; else one written after
    a role coordinated with it ("A làm Cụm trưởng, B làm Cụm phó năm 2021"); else its table's
    year; else the document's. A hand-over's incoming holder takes the year after the outgoing
    one's ("A – Cụm trưởng năm 2013 – trao cờ Cụm trưởng cho B": 2014), and, like a holder
    elected at a year-end review, the year after the document's."""
    for at in (role.end, holder.end):
        year = attached_year(view, at)
        if year:
            return year, True
    year = clause_year(view, role, holder)
    if year:
        return (year + 1 if holder.handover and not future_handover(view) else year), True
    if view.years.default and view.years.year_end_review and new_term(view, role):  # "Khối trưởng mới"
        return view.years.default + 1, True
    year = outgoing_year(view, role) if holder.handover else None
    if year:
        return year + 1, True
    year = sibling_year(view, role) or apposition_year(view, role)
    if year:
        return year, True
    table = view.years.tables.get(view.sent.start)
    year = table or view.years.default
    if year and holder.handover and not view.years.signing:  # not at a signing early in the year: "bàn giao
        return year + 1, HANDED  # … cho B" there is for this year; a year the text writes for B beats this
    how = elected(view, role, holder) if year else None
    if how == RECEIVED:  # like a hand-over's: a year the text writes for the holder wins ("A nhận nhiệm vụ
        return year + 1, HANDED  # Cụm trưởng" in a paragraph on the reviewed year)
    if how == ELECTED:  # "Hội nghị đã bầu A làm Cụm trưởng": the next term, whatever year A held it before
        return year + 1, True
    return year, True if table is not None else (STATED if view.years.stated else False)


def new_term(view: View, role: Match) -> bool:
    """Whether the role is marked as the incoming term's (``chairs.new_term.txt``: "đơn vị Khối trưởng mới";
    ``chairs.new_term_before.txt``: "tân Cụm trưởng")."""
    toks = view.toks
    if role.start > 0 and toks[role.start - 1].norm in words("chairs.new_term_before.txt"):
        return True
    if not (role.end < len(toks) and toks[role.end].norm in words("chairs.new_term.txt")):
        return False
    k = role.end + 1  # the word after "mới": "mới đây", "mới được" make it an adverb
    if k >= len(toks) or not toks[k].text[:1].isalnum() or toks[k].is_title:
        return True  # "cho đơn vị Cụm trưởng mới.", "Cụm trưởng mới Công an tỉnh A"
    if phrase_at(toks, k, "chairs.new_term_not.txt"):
        return False
    if phrase_at(toks, k, "chairs.new_term_after.txt") or phrase_at(toks, k, "chairs.links_right.txt"):
        return True
    return find_phrase(toks, "chairs.take_over.txt") is not None  # "mới nhận bàn giao"


def outgoing_year(view: View, role: Match) -> int | None:
    """The year written right after another role word before the hand-over verb: the outgoing
    holder's term."""
    verb = handover_at(view)
    if verb is None:
        return None
    return next((y for r in view.roles if r != role and r.end <= verb and (y := attached_year(view, r.end))), None)


def subject_role(view: View, role: Match) -> bool:
    """A role word that opens its clause, held by no one in it: the one who acts ("…, Cụm trưởng năm
    2017 giới thiệu A …"), not one a holder takes ("A nhận vai trò Cụm trưởng năm 2009, B …")."""
    return role.start == 0 or view.toks[role.start - 1].text in (",", ";", ":", ".")


def clause_year(view: View, role: Match, holder: Holder | None = None) -> int | None:
    """The nearest year before the role word in its clause (";" ends clauses); in a hand-over,
    not one written right after the other role word ("A - Cụm trưởng năm 2022 trao … cho B").
    Else the year of the lead-in before a colon; else, outside a hand-over, the year of the role
    of the clause before ("Cụm trưởng năm 2023 là A; Cụm phó là B": 2023 for both)."""
    verb = handover_at(view)
    # (a role after the verb names the incoming term: "bàn giao nhiệm vụ Cụm trưởng năm 2025 cho A, Cụm phó là B")
    taken = {k for r in view.roles if r != role and verb is not None and r.start < verb
             for k in attached_indexes(view, r)}
    if appositive(view, role):  # "A - đơn vị Cụm trưởng năm 2020, cùng với B (đơn vị Cụm phó)": not 2020
        taken |= {k for r in view.roles if r != role and appositive(view, r) for k in attached_indexes(view, r)}
    # "A làm Khối trưởng thay B (Khối trưởng năm 2010), C làm Khối phó": not 2010; nor for a role in
    # brackets of its own ("Năm 2019, sau khi nhận cờ từ B (Cụm trưởng năm 2018), A phối hợp với C (Cụm phó)")
    inside = [r for r in view.roles if r.end <= role.start and (bracketed(view, r) or dashed(view, r))]
    taken |= {k for r in inside for k in attached_indexes(view, r) | bracket_rest(view, r)}
    if bracketed(view, role) and (opened := own_year_bracket(view, role)) is not None:
        # "A làm Cụm phó năm 2025 (thay cho B - Cụm trưởng và C - Cụm phó năm 2024)": B not in 2025, the year
        # of a role outside brackets that write a year of their own ("(Khối phó khi đó là B)" has none)
        taken |= {k for r in view.roles if r.end <= opened for k in attached_indexes(view, r) if k < opened}
    if holder is not None and holder.end <= role.start:  # "Cụm trưởng năm 2017 giới thiệu A làm Cụm trưởng, B làm
        # Cụm phó năm 2018": the year of a role word before the holder is its own (the one who speaks), not A's
        taken |= {k for r in view.roles if r != role and r.end <= holder.start and subject_role(view, r)
                  for k in attached_indexes(view, r)}
    lo = max((k + 1 for k in range(role.start) if view.toks[k].text == ";"), default=0)
    for k in range(role.start - 1, lo - 1, -1):  # "Năm 2021, A làm Khối trưởng", "Năm nay A làm …"
        hit = year_at(view.toks, k, view.years)
        if hit and hit[0] <= role.start and not taken.intersection(range(k, hit[0])) and not dated_at(view, k):
            return (since(view, k, hit[0]) and announced_before(view, role, k)) or hit[1]
    year = lead_in_year(view.toks, lo, view.years)
    earlier = [r for r in view.roles if r.end < lo]
    if not year and earlier and verb is not None and verb < earlier[-1].start:
        # "năm 2024 A sẽ bàn giao nhiệm vụ Khối trưởng cho B; C làm Khối phó": C with B's term;
        # "A trao lại nhiệm vụ cho B làm Khối trưởng năm 2019; C làm Khối phó": B's year, as written
        written = attached_year(view, earlier[-1].end)
        if written:
            return written
        first = clause_year(view, earlier[-1])
        return first + (0 if future_handover(view) else 1) if first else None
    if year or verb is not None or not earlier:
        return year
    return attached_year(view, earlier[-1].end) or clause_year(view, earlier[-1])


_SINCE = frozenset(norm(w) for w in ("từ",))
_UNTIL = frozenset(norm(w) for w in ("đến", "tới", "-", "–"))


def since(view: View, k: int, end: int) -> bool:
    """Whether the year from token ``k`` to ``end`` is one something has held since ("đã thống nhất từ
    năm 2013"), with no end of a range after it."""
    toks = view.toks
    k -= 1 if k and toks[k].norm != _NAM and toks[k - 1].norm == _NAM else 0  # the bare "2013" of "năm 2013"
    return k > 0 and toks[k - 1].norm in _SINCE and not (end < len(toks) and toks[end].norm in _UNTIL)


def announced_before(view: View, role: Match, k: int) -> int | None:
    """The year a lead-in before a colon ahead of token ``k`` writes right after its role words for a term it
    gives no holder yet: "6. Bầu Cụm trưởng, Cụm phó năm 2016: theo nguyên tắc luân phiên đã thống nhất từ
    năm 2013, A làm Cụm trưởng" (2016, not the year since which the rotation holds)."""
    toks = view.toks
    for r in view.roles:
        if r == role or r.end >= k:
            continue
        year = attached_year(view, r.end)
        hit = year_at(toks, skip_body(view, skip_of(view, r.end)), view.years) if year else None
        if hit and hit[0] < k and toks[hit[0]].text == ":":
            return year
    return None


def bracket_rest(view: View, role: Match) -> set[int]:
    """The tokens after a role word up to the bracket that closes around it: its time ("năm trước")."""
    close = next((k for k in range(role.end, len(view.toks)) if view.toks[k].text == ")"), role.end)
    return set(range(role.end, close))


def bracketed(view: View, role: Match) -> bool:
    """Whether a role word stands inside brackets: "thay cho B (Khối trưởng năm 2010)"."""
    toks = view.toks
    opened = next((k for k in range(role.start - 1, -1, -1) if toks[k].text in "()"), None)
    closed = next((t.text for t in toks[role.end :] if t.text in "()"), None)
    return opened is not None and toks[opened].text == "(" and closed == ")"


def own_year_bracket(view: View, role: Match) -> int | None:
    """The "(" that opens the brackets around a role word, when they write a year of their own (None else)."""
    toks = view.toks
    opened = next(k for k in range(role.start - 1, -1, -1) if toks[k].text == "(")
    close = next((k for k in range(role.end, len(toks)) if toks[k].text == ")"), len(toks))
    return opened if any(is_year(t) for t in toks[opened + 1 : close]) else None


def dashed(view: View, role: Match) -> bool:
    """Whether a role word stands in apposition between two dashes, with its year: "năm 2024 A - Cụm phó năm
    2023 - giữ vai trò Cụm trưởng" (2023 is the apposition's, not the clause's)."""
    toks = view.toks
    k = role.start - phrase_before(toks, role.start, "chairs.appositive.txt")
    if not (k > 0 and toks[k - 1].text in {"-", "–"}):
        return False
    end = skip_year(view, skip_body(view, skip_of(view, role.end)))
    return end < len(toks) and toks[end].text in {"-", "–"}


def dated_at(view: View, k: int) -> bool:
    """A year at token ``k`` that ends a date ("ngày 09 tháng 01 năm 2017"): when a paper was written,
    not a term."""
    toks = view.toks
    k -= 1 if k and toks[k].norm != _NAM and toks[k - 1].norm == _NAM else 0  # the bare "2017" of "năm 2017"
    return k >= 2 and toks[k].norm == _NAM and toks[k - 1].text.isdecimal() and toks[k - 2].norm == norm("tháng")


def apposition_year(view: View, role: Match) -> int | None:
    """The year written after an earlier role in apposition, for a role in apposition with none
    ("A - Cụm trưởng năm 2016 …, B - Cụm phó"), when the clause gives no year of its own."""
    if not appositive(view, role):
        return None
    return next((y for r in reversed(view.roles) if r.end <= role.start and appositive(view, r)
                 and (y := attached_year(view, r.end))), None)


def appositive(view: View, role: Match) -> bool:
    """A role in apposition to its holder, after "đơn vị" and a dash, comma or bracket: "A - đơn vị
    Cụm trưởng năm 2020", "B (đơn vị Cụm phó)"."""
    k = role.start - phrase_before(view.toks, role.start, "chairs.appositive.txt")
    return k > 0 and view.toks[k - 1].text in {"-", "–", ",", "("} and (
        k < role.start or view.toks[k - 1].text in {"-", "–"})  # "A - Cụm phó": the dash alone


def future_handover(view: View) -> bool:
    """Whether the hand-over lies ahead, in the year written before it (``chairs.future.txt``:
    "năm 2024 chúng tôi sẽ bàn giao … cho B"): the incoming holder's term is that year."""
    verb = handover_at(view)
    if verb is not None and verb > 1 and is_year(view.toks[verb - 1]) and view.toks[verb - 2].norm == _NAM:
        return True  # "vì vậy năm 2024 chuyển giao nhiệm vụ Khối trưởng cho B": the year of B's term
    return verb is not None and any(phrase_before(view.toks, k, "chairs.future.txt")
                                    for k in range(max(1, verb - 1), verb + 1))


def attached_indexes(view: View, role: Match) -> set[int]:
    i = skip_body(view, skip_of(view, role.end))
    return {k for k in range(i, min(i + 3, len(view.toks))) if is_year(view.toks[k])}


def sibling_year(view: View, role: Match) -> int | None:
    """The year written after the next role word of the same clause."""
    later = [r for r in view.roles if r.start > role.start]
    if not later or any(t.text == ";" for t in view.toks[role.end : later[0].start]):
        return None
    return attached_year(view, later[0].end)


ELECTED, RECEIVED = "elected", "received"


def elected(view: View, role: Match, holder: Holder) -> str | None:
    """Whether a year-end review elects the holder (``ELECTED``: "Hội nghị đã bầu A làm Cụm trưởng", "bầu B
    làm Cụm trưởng, A làm Cụm phó", "Hội nghị thống nhất: …; A làm Cụm phó") or the holder receives the role
    (``RECEIVED``: "A nhận cờ Cụm trưởng", which a paragraph on the reviewed year may say too); None else."""
    if not view.years.year_end_review:
        return None
    first = min(holder.start, role.start)
    if any(phrase_at(view.toks, k, "chairs.election.txt") for k in range(max(0, first - 4), role.start)):
        return ELECTED
    if chained(view, first) or lead_in_elects(view, first):
        return ELECTED
    toks = view.toks  # "A nhận cờ Cụm trưởng", not "A đảm nhận …"; "Nhận nhiệm vụ Cụm trưởng, ông A …"
    lo = holder.end if holder.end <= role.start else max(0, role.start - RECEIVE_BEFORE)
    received = any(phrase_at(toks, k, "chairs.receive.txt") and (k == 0 or toks[k - 1].norm != _DAM)
                   for k in range(lo, role.start))
    return RECEIVED if received else None


RECEIVE_BEFORE = 3  # words a receiving verb may stand before a role whose holder follows it ("Nhận nhiệm vụ")


def chained(view: View, i: int) -> bool:
    """Whether an election verb governs token ``i`` across holders and roles joined by "," or "và"
    before it: "bầu A làm Khối trưởng, B làm Khối phó" (B too)."""
    toks, inside = view.toks, {k for s in [*view.spans, *view.roles] for k in range(s.start, s.end)}
    j = i
    while j > 0 and not phrase_before(toks, j, "chairs.election.txt"):
        joined = j - 1 in inside or toks[j - 1].text == "," or toks[j - 1].norm == _VA
        k = 1 if joined else phrase_before(toks, j, "chairs.links_left.txt")
        if not k or toks[j - 1].text in ";:.":
            return False
        j -= k
    return j > 0


def lead_in_elects(view: View, i: int) -> bool:
    """Whether the lead-in before a colon that opens the clause of token ``i`` holds an election verb:
    "Hội nghị thống nhất: A nhận … Cụm trưởng; B làm Cụm phó" (both)."""
    toks = view.toks
    colon = next((k for k in range(i - 1, -1, -1) if toks[k].text == ":"), None)
    if colon is None:
        return False
    lead = max((k + 1 for k in range(colon) if toks[k].text == ";"), default=0)
    return any(phrase_at(toks, k, "chairs.election.txt") for k in range(lead, colon))
