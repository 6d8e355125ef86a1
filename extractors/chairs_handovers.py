"""Hand-overs of the chair between two holders, and terms elided after a first one.

- After a hand-over verb (``chairs.handover.txt``), "cho" leads to the incoming holder: "A trao cờ
  luân lưu Cụm trưởng cho B" -> B holds the next term, A the term before;
- "B tiếp nhận cờ luân lưu từ A" (``chairs.receive.txt``) the same way round, and "A trao cờ luân
  lưu cho B" with no role word (``given``);
- "Cụm trưởng năm 2018 là A; năm 2019 là B" -> B in 2019; a rotation order "năm 2002 là A; năm
  2003 – B" the same way;
- "A làm Cụm trưởng năm 2021, thay cho B" -> B in 2020.
"""

from __future__ import annotations

from dataclasses import replace

from extractors.chairs_roles import holder_from_right
from extractors.chairs_view import (
    RANK_OUTGOING,
    RANK_STRONG,
    RANK_WEAK,
    Found,
    Holder,
    View,
    handover_at,
    skip_year,
    span_ending,
    span_starting,
)
from extractors.chairs_years import attached_year, clause_year
from extractors.nlp import Match, norm
from extractors.phrases import find_phrase, phrase_at, words
from extractors.terms import year_at
from extractors.units import Span

_CHO, _TU = norm("cho"), norm("từ")


def outgoing(view: View, found: list[Found]) -> list[Found]:
    """The outgoing holder of a hand-over ("A trao … cho B"): the subject before the verb holds
    the term before the incoming one's. Only holders in the verb's clause count as incoming."""
    v = handover_at(view)
    if v is None:
        return []
    # of several verbs, the one nearest before the incoming holder ("… bàn giao: A chuyển giao nhiệm vụ cho B")
    first = min((f.holder.start for f in found if f.holder.start > v), default=v)
    v = max((k for k in range(v, first) if phrase_at(view.toks, k, "chairs.handover.txt")), default=v)
    incoming = [f for f in found if f.holder.start > v and not any(
        t.text == ";" for t in view.toks[v : f.holder.start]) and handed(view, v, f)]
    subject = subject_before(view, v) if incoming else None
    if subject is None or any(f.holder.name == subject for f in found):
        return []
    holder = Holder(subject, None, subject.start, subject.end, RANK_OUTGOING)
    return [Found(f.role, holder, f.year - 1 if f.year else None, f.dated) for f in incoming]


def handed(view: View, verb: int, f: Found) -> bool:
    """Whether a holder after a hand-over verb is the one it hands to: reached through "cho", right
    after "cho", or after its role word; not the subject of a clause of its own that names its role
    after it ("A bàn giao nhiệm vụ Cụm trưởng cho B, còn C được bầu làm Cụm phó": not C)."""
    h = f.holder
    return h.handover or verb < f.role.start < h.start or (h.start > 0 and view.toks[h.start - 1].norm == _CHO)


def handing_over(view: View, found: list[Found]) -> list[Found]:
    """A holder read for a role that is the subject of a hand-over verb right after it ("… bàn giao
    cờ Khối trưởng: A trao lại nhiệm vụ cho B làm Khối trưởng năm 2019") hands the role over: A
    held the term before B's, whatever year the role gave it."""
    out = []
    for f in found:
        k = f.holder.end
        k += 1 if k < len(view.toks) and view.toks[k].norm in _ADVERBS else 0
        verb = phrase_at(view.toks, k, "chairs.handover.txt") if k < len(view.toks) else 0
        end = next((j for j in range(k, len(view.toks)) if view.toks[j].text == ";"), len(view.toks))
        cho = verb and any(view.toks[j].norm == _CHO for j in range(k + verb, end))
        after = [g for g in found if k < g.holder.start < end and g.role.label == f.role.label] if cho else []
        if not after:
            out.append(f)
            continue
        year = after[0].year - 1 if after[0].year else None
        out.append(Found(f.role, replace(f.holder, rank=RANK_OUTGOING), year, after[0].dated))
    return out


_ADVERBS = frozenset(norm(w) for w in ("đã", "sẽ", "vừa"))


def incoming(view: View, found: list[Found]) -> list[Found]:
    """The incoming holder of a hand-over whose role is named with the outgoing one: "A – Khối
    trưởng năm 2015 – đã bàn giao cờ luân lưu cho B" -> B holds the next term."""
    v = handover_at(view)
    if v is None or any(f.holder.start > v for f in found):
        return []
    cho = next((k for k in range(v, len(view.toks)) if view.toks[k].norm == _CHO), None)
    if cho is None or any(t.text == ";" for t in view.toks[v:cho]):
        return []
    span = span_starting(view, cho + 1, ("unit", "person", "name"))
    before = [f for f in found if f.holder.end <= v and f.role.end <= v]
    if span is None or not before:
        return []
    f = before[-1]
    holder = Holder(span, None, span.start, span.end, RANK_STRONG, handover=True)
    return [Found(f.role, holder, f.year + 1 if f.year else None, f.dated)]


def elided(view: View, f: Found) -> list[Found]:
    """Clauses after a holder that name another year and holder for the same role: "Cụm trưởng
    năm 2018 là A; năm 2019 là B" -> B in 2019; a rotation order "năm 2002 là A; năm 2003 – B;
    năm 2004 – C" -> B in 2003, C in 2004. ``f`` comes first; in a rotation that names a place,
    an untitled name of two syllables that looks like a person's is a place too ("năm 2002 là Lê
    Chân; năm 2003 – Kiến An")."""
    out: list[Found] = [f]
    while (nxt := elided_one(view, out[-1])) is not None:
        out.append(nxt)
    nxt = taken_after(view, out[-1])
    out += [nxt] if nxt else []
    if len(out) > 1 and any(g.holder.name.kind != "person" for g in out):
        out = [replace(g, holder=replace(g.holder, name=Span("name", g.holder.name.start, g.holder.name.end)))
               if untitled_pair(view, g.holder) else g for g in out]
    return out


def untitled_pair(view: View, holder: Holder) -> bool:
    """A person's name of two syllables with no title or unit before it: "Lê Chân"."""
    name = holder.name
    return (name.kind == "person" and name.end - name.start == 2 and holder.org is None
            and span_ending(view, name.start, ("title", "unit")) is None)


def elided_one(view: View, f: Found) -> Found | None:
    """The next clause's year and holder of the same role (``elided``); after a holder named before its
    role, the clause after the role: "Năm 2022, A là Khối trưởng; năm 2023, B." (B ends its clause)."""
    i = f.holder.end
    if f.holder.end <= f.role.start:  # "A là Khối trưởng (năm 2022); …"
        i = skip_year(view, f.role.end)
    if i >= len(view.toks) or view.toks[i].text not in ";,":
        return None
    hit = year_at(view.toks, i + 1, view.years)
    if hit is None or hit[0] >= len(view.toks):
        return None
    link = view.toks[hit[0]]
    bare = link.text in ",:"  # "; năm 2023, B.": only a holder that ends its clause
    if link.norm not in words("chairs.links_right.txt") and link.text not in "-–" and not bare:
        return None
    span = span_starting(view, hit[0] + 1, ("unit", "person", "name"))
    if span is None or span.kind == "name" and not view.toks[span.start].is_title:
        return None
    if bare and span.end < len(view.toks) and view.toks[span.end].text not in ";.":
        return None
    if span.kind == "person" and f.holder.name.kind != "person":  # "năm 2003 – Lục Ngạn": a place
        span = Span("name", span.start, span.end)
    return Found(f.role, Holder(span, None, span.start, span.end, f.holder.rank), hit[1])


def taken_after(view: View, f: Found) -> Found | None:
    """The next holder of the role just named, the role left out: "A làm Cụm trưởng hai năm liền
    (2020, 2021), sau đó B đảm nhận năm 2022" -> B in 2022 (a lead of ``chairs.then_leads.txt``,
    a unit, a verb of ``chairs.take_verbs.txt`` and a year, in the role's clause, before any other
    role word)."""
    toks, start = view.toks, max(f.role.end, f.holder.end)
    later = [r.start for r in view.roles if r.start > f.role.start]
    end = min([k for k in range(start, len(toks)) if toks[k].text == ";"] + later + [len(toks)])
    for i in range(start, end):
        k = phrase_at(toks, i, "chairs.then_leads.txt")
        if not k:
            continue
        span = span_starting(view, i + k, ("unit", "name"))
        if span is None or not toks[span.start].is_title:
            return None
        verb = phrase_at(toks, span.end, "chairs.take_verbs.txt")
        hit = year_at(toks, span.end + verb, view.years) if verb else None
        if hit is None or hit[0] > end:
            return None
        return Found(f.role, Holder(span, None, span.start, span.end, f.holder.rank), hit[1])
    return None


def replaced_after(view: View, f: Found) -> list[Found]:
    """ "A làm Cụm trưởng năm 2021 thay (cho) B": B held the role the term before A's."""
    if f.holder.replaced or f.holder.start > f.role.start:
        return []
    i = skip_year(view, f.role.end)
    i += 1 if i < len(view.toks) and view.toks[i].text == "," else 0
    k = phrase_at(view.toks, i, "chairs.replace.txt")
    span = span_starting(view, i + k, ("unit", "person", "name")) if k else None
    if span is None or (span.kind == "name" and not view.toks[span.start].is_title):
        return []
    old = Holder(span, None, span.start, span.end, RANK_OUTGOING, replaced=True)
    return [Found(f.role, old, f.year - 1 if f.year else None, f.dated)]


def received(view: View) -> list[Found]:
    """ "X tiếp nhận cờ luân lưu (Cụm trưởng) từ Y": X holds the next term, Y the one before.
    The role is the one named between, else a chair's rotating flag speaks for the chair."""
    v = find_phrase(view.toks, "chairs.receive.txt")
    end = next((k for k in range(v, len(view.toks)) if view.toks[k].text == ";"), len(view.toks)) if v else 0
    fro = next((k for k in range(v, end) if view.toks[k].norm == _TU), None) if v else None
    if fro is None:
        return []
    role = next((r for r in view.roles if v < r.start < fro), None) or flag_role(view, v, fro)
    taker, giver = subject_before(view, v), span_starting(view, fro + 1, ("unit", "person", "name"))
    if not (role and taker and giver):
        return []
    year = attached_year(view, role.end) if role in view.roles else None
    base = year - 1 if year else clause_year(view, role) or signed_base(view)
    new = Holder(taker, None, taker.start, taker.end, RANK_STRONG)
    old = Holder(giver, None, giver.start, giver.end, RANK_OUTGOING)
    return [Found(role, new, base + 1 if base else None), Found(role, old, base)]


def signed_base(view: View) -> int | None:
    """The outgoing term of a flag received in a sentence with no year: the document's year, but at
    a pact's signing ("ký kết giao ước thi đua năm 2014", ``DocYears.signing``) the year before it, the
    flag's new holder taking the pact's year."""
    default = view.years.default
    return default - 1 if default and view.years.signing else default


def given(view: View) -> list[Found]:
    """ "A trao cờ luân lưu cho B" with no role word: the chair's flag passes from A, who held the
    term before, to B; at a year-end review B holds the next year, else the document's. Not when
    the flag goes to the best unit ("cho đơn vị dẫn đầu": ``chairs.flag_winners.txt``)."""
    v = handover_at(view)
    if view.roles or v is None or find_phrase(view.toks, "chairs.flag_winners.txt", v, len(view.toks)):
        return []
    role = flag_role(view, v, min(len(view.toks), v + FLAG_GAP))
    end = next((k for k in range(v, len(view.toks)) if view.toks[k].text == ";"), len(view.toks))
    cho = next((k for k in range(role.end, end) if view.toks[k].norm == _CHO), None) if role else None
    span = span_starting(view, cho + 1) if cho is not None else None
    taker = holder_from_right(view, span, True, {"cho"}, unit_ok=True) if span else None
    giver = subject_before(view, v)
    if not (role and taker and giver):
        return []
    year = view.years.default
    new = year + 1 if year and view.years.year_end_review else year
    old = Holder(giver, None, giver.start, giver.end, RANK_OUTGOING)
    return [Found(role, replace(taker, rank=RANK_WEAK), new), Found(role, old, new - 1 if new else None)]


FLAG_GAP = 3  # words between a hand-over verb and the flag ("trao lại cờ luân lưu")


def flag_role(view: View, start: int, end: int) -> Match | None:
    """The chair's rotating flag ("cờ luân lưu") between two tokens, as a chair role."""
    k = find_phrase(view.toks, "chairs.chair_flags.txt", start, end)
    return Match("chair", "co_luan_luu", k, k + phrase_at(view.toks, k, "chairs.chair_flags.txt")) if k else None


def subject_before(view: View, v: int) -> Span | None:
    """The unit or person right before a hand-over verb, past "đã", "chính thức", ")"."""
    gap = words("chairs.handover_gap.txt")
    j = v
    while j > 0 and v - j <= 4:
        span = span_ending(view, j)
        if span:
            return span
        if view.toks[j - 1].norm not in gap:
            return None
        j -= 1
    return None
