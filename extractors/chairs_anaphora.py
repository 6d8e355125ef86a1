"""A role whose holder is named the sentence before: "Công an tỉnh Hà Giang đăng cai hội nghị.
Năm nay, đơn vị vinh dự giữ vai trò Cụm trưởng." In a relative clause after a comma ("nơi", "tại
đây": ``chairs.relative_leads.txt``) the anaphor stands for the subject of its own sentence: "Cục
Thuế tỉnh A dự hội nghị Khối X, nơi đơn vị được bầu làm Khối phó".

An anaphor of ``chairs.anaphors.txt`` ("đơn vị", "đơn vị này") opens the clause of the role word
(after nothing, or after a year and a comma: "Năm nay, …"), and between it and the role stand only
link words, words of ``chairs.anaphor_gap.txt`` ("vinh dự"), an agent after "được" and at least
one verb that gives a role (``chairs.take_verbs.txt``: "giữ", "làm", "bầu"). It stands for the unit
that opens the sentence before as its subject (at its start or after a comma, not after a
preposition). A first-person one (``chairs.speaker_anaphors.txt``: "chúng tôi làm Khối phó")
stands for the unit of the one who speaks (``speaking``; ``chairs.speaker_unit``).
"""

from __future__ import annotations

from extractors.chairs_roles import agent_phrase
from extractors.chairs_view import ORG_KINDS, RANK_WEAK, Holder, View, span_ending
from extractors.nlp import Match, norm
from extractors.phrases import phrase_at, phrase_before
from extractors.terms import year_at
from extractors.units import Span


def anaphoric(view: View, role: Match, before: View | None) -> Holder | None:
    """The holder the anaphor before ``role`` stands for, if any: its name is the anaphor's span,
    its ``text`` the unit of the sentence before."""
    start = anaphor_start(view, role)
    if start is None:
        return None
    lead = phrase_before(view.toks, start, "chairs.relative_leads.txt")
    if lead and start - lead > 0 and view.toks[start - lead - 1].text == ",":
        before = view  # "A dự hội nghị Khối X, nơi đơn vị được bầu làm Khối phó": A, of this sentence
    elif before is None or not clause_opens(view, start):
        return None
    unit = subject(before)
    if unit is None or (before is view and unit.end > start):
        return None
    a, b = before.toks[unit.start].start, before.toks[unit.end - 1].end
    end = start + phrase_at(view.toks, start, "chairs.anaphors.txt")
    return Holder(Span("unit", start, end), None, start, end, RANK_WEAK, text=before.sent.text[a:b],
                  antecedent=(before.sent.start + a, before.sent.start))


def speaking(view: View, role: Match) -> Span | None:
    """A first-person anaphor of ``chairs.speaker_anaphors.txt`` before a role word ("… và chúng
    tôi làm Khối phó"): it stands for the unit of the one who speaks."""
    start = anaphor_start(view, role, "chairs.speaker_anaphors.txt")
    if start is None:
        return None
    return Span("unit", start, start + phrase_at(view.toks, start, "chairs.speaker_anaphors.txt"))


_PLURAL = frozenset(norm(w) for w in ("các", "những"))


def anaphor_start(view: View, role: Match, lexicon: str = "chairs.anaphors.txt") -> int | None:
    """Where the anaphor before a role word starts, walking left over link and gap words past a
    verb that gives the role."""
    toks, j, verb = view.toks, role.start, False
    while j > 0:
        a = phrase_before(toks, j, lexicon)
        if a and verb and not (j - a > 0 and toks[j - a - 1].norm in _PLURAL):  # "được các trường bầu": the agent
            return j - a
        k = phrase_before(toks, j, "chairs.take_verbs.txt")
        verb = verb or bool(k)
        k = k or phrase_before(toks, j, "chairs.links_left.txt") or phrase_before(toks, j, "chairs.anaphor_gap.txt")
        k = k or agent_phrase(view, j) or agent_unit(view, j)  # "đơn vị được các đơn vị trong Cụm tín nhiệm bầu …"
        if not k or not toks[j - 1].text[:1].isalpha():
            return None
        j -= k
    return None


def agent_unit(view: View, j: int) -> int:
    """Length of a unit named as the agent between "được" and its verb, ending before token ``j``: "trường
    ta được Phòng GD&ĐT giao làm Cụm trưởng" (0: none)."""
    span = span_ending(view, j, ORG_KINDS)
    return j - span.start if span and span.start and view.toks[span.start - 1].norm == _DUOC else 0


_DUOC = norm("được")


def clause_opens(view: View, i: int) -> bool:
    """Whether token ``i`` opens its sentence, or follows a year and a comma there ("Năm nay, …",
    "Trong năm 2024, …")."""
    if i == 0:
        return True
    if view.toks[i - 1].text != ",":
        return False
    return any((hit := year_at(view.toks, k, view.years)) and hit[0] == i - 1 for k in (0, 1))


def subject(view: View) -> Span | None:
    """The unit that a sentence opens with, at its start or after a comma."""
    return next((s for s in view.spans if s.kind == "unit" and (s.start == 0 or view.toks[s.start - 1].text == ",")),
                None)
