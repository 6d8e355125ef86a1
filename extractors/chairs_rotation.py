"""A role word that governs a list of (year, holder) pairs: one holder a year, in turn.

- Pairs after the role, in any of the shapes of one list: "luân phiên Cụm trưởng hằng năm: năm 2005
  là A, năm 2006 là B và năm 2007 là C"; "Khối phó các năm tiếp theo lần lượt là A (2005), B (2006)";
  "Trưởng khối qua các năm: 2019: A; 2020: B"; "Cụm trưởng: 2019 – A, 2020 – B". Two pairs at least.
- Two parallel lists that "lần lượt" pairs: years next to the role ("năm 2016 và năm 2017, vai trò
  Cụm trưởng lần lượt do A và B đảm nhận", "Khối trưởng năm 2016, 2017 lần lượt là A và B"), holders
  after "lần lượt" (across link words) or before it ("A và B lần lượt làm Cụm trưởng năm 2016 và
  2017"). As many years as holders, two at least.
"""

from __future__ import annotations

import re
from functools import cache

from extractors.base import Context
from extractors.chairs_roles import holders_after, holders_before
from extractors.chairs_view import Found, Holder, View, skip_body, span_starting
from extractors.nlp import Match, load_lexicon, norm
from extractors.phrases import phrase_at
from extractors.terms import year_at
from schemas.facts import Chair

_AND = norm("và")
_JOIN = frozenset({",", ";", _AND})
_LINKS = frozenset({":", "là", "-", "–"})  # between a year and its holder: "năm 2005 là A", "2005: A", "2005 – A"
LEAD = 8  # words between the role and its list ("hằng năm:", "các năm tiếp theo lần lượt là")
YEARS_GAP = 3  # words between a list of years and the role ("năm 2016 và năm 2017, vai trò Cụm trưởng")


def rotation(view: View) -> list[Found]:
    """The pairs of every role word that governs a list of years and holders."""
    out: list[Found] = []
    for role in view.roles:
        pairs = pairs_after(view, role) or parallel(view, role)
        out += [Found(role, Holder(s, None, s.start, s.end), y, True) for y, s in pairs]
    return out


def pairs_after(view: View, role: Match) -> list[tuple[int, object]]:
    """(year, holder) pairs listed after the role, past its body and a few lead words in lower case."""
    toks = view.toks
    i = skip_body(view, role.end)
    for k in range(i, min(i + LEAD, len(toks))):
        pairs = pair_list(view, k)
        if len(pairs) >= 2:
            return pairs
        if toks[k].is_title or any(r.start == k for r in view.roles):
            break  # a name or another role before any list: not this role's list
    return []


def pair_list(view: View, i: int) -> list[tuple[int, object]]:
    """Pairs joined by ",", ";" or "và" from token ``i``: "năm Y là X", "Y: X", "Y – X" or "X (Y)"."""
    toks, out = view.toks, []
    while i < len(toks):
        item = pair_at(view, i)
        if item is None:
            break
        year, span, i = item
        out.append((year, span))
        while i < len(toks) and (toks[i].text in _JOIN or toks[i].norm in _JOIN):
            i += 1
    return out


def pair_at(view: View, i: int) -> tuple[int, object, int] | None:
    toks = view.toks
    hit = written_year(view, i)
    if hit:
        j = hit[0]
        if j < len(toks) and (toks[j].text in _LINKS or toks[j].norm in _LINKS):
            span = span_starting(view, j + 1, ("unit", "name"))
            if span:
                return hit[1], span, span.end
        return None
    span = span_starting(view, i, ("unit", "name"))
    if span is None or span.end + 2 >= len(toks) or toks[span.end].text != "(":
        return None
    hit = written_year(view, span.end + 1)
    if hit and hit[0] < len(toks) and toks[hit[0]].text == ")":
        return hit[1], span, hit[0] + 1
    return None


def written_year(view: View, i: int) -> tuple[int, int] | None:
    """A year written with its digits at token ``i`` ("2005", "năm 2005"; not "năm nay")."""
    hit = year_at(view.toks, i, view.years)
    return hit if hit and view.toks[hit[0] - 1].text[:1].isdecimal() else None


def parallel(view: View, role: Match) -> list[tuple[int, object]]:
    """Years next to the role and as many holders that "lần lượt" pairs with them."""
    toks = view.toks
    at = next((k for k in range(role.end, min(role.end + LEAD, len(toks)))
               if phrase_at(toks, k, "chairs.respectively.txt")), None)
    if at is None:
        return holders_then_years(view, role)
    years = years_before(view, role.start) or years_between(view, skip_body(view, role.end), at)
    if len(years) < 2:
        return []
    j = at + phrase_at(toks, at, "chairs.respectively.txt")
    while j < len(toks) and (k := phrase_at(toks, j, "chairs.links_right.txt")):
        j += k
    holders = holders_after(view, j, len(years))
    if len(holders) != len(years):
        holders = holders_before(view, at, len(years))
    if len(holders) != len(years):
        return []
    return [(y, h.name) for y, h in zip(years, holders, strict=True)]


def holders_then_years(view: View, role: Match) -> list[tuple[int, object]]:
    """ "A và B lần lượt làm Cụm trưởng năm 2016 và 2017": "lần lượt" a few link words before the
    role, holders before it, years after the role (and its body)."""
    toks = view.toks
    at = next((k for k in range(role.start - 1, max(0, role.start - YEARS_GAP) - 1, -1)
               if phrase_at(toks, k, "chairs.respectively.txt")), None)
    if at is None:
        return []
    years = years_between(view, skip_body(view, role.end), len(toks), open_end=True)
    holders = holders_before(view, at, len(years)) if len(years) >= 2 else []
    return [(y, h.name) for y, h in zip(years, holders, strict=True)] if len(holders) == len(years) else []


def years_before(view: View, end: int) -> list[int]:
    """A list of years joined by "," or "và" that ends a few words before token ``end`` (", vai trò")."""
    toks = view.toks
    for stop in range(end, max(0, end - YEARS_GAP) - 1, -1):
        if stop < end and (toks[stop].is_title or toks[stop].text[:1].isdecimal()):
            break
        years = years_ending(view, stop)
        if years:
            return years
    return []


def years_ending(view: View, end: int) -> list[int]:
    """Years joined by "," or "và" whose last ends at token ``end``."""
    starts = [k for k in range(max(0, end - 4), end) if (h := written_year(view, k)) and h[0] == end]
    if not starts:
        return []
    k = min(starts)
    years = [written_year(view, k)[1]]
    joined = k > 1 and (view.toks[k - 1].text in _JOIN or view.toks[k - 1].norm in _JOIN)
    head = years_ending(view, k - 1) if joined else []
    return head + years


def years_between(view: View, i: int, end: int, open_end: bool = False) -> list[int]:
    """The years that fill tokens ``i`` to ``end`` alone, joined by "," or "và" (``open_end``: the
    years from ``i`` on, up to the first other word)."""
    toks, years = view.toks, []
    while i < end:
        hit = written_year(view, i)
        if hit is None:
            return years if open_end and years and toks[i - 1].text[:1].isdecimal() else []
        years.append(hit[1])
        i = hit[0]
        while i < end and (toks[i].text in _JOIN or toks[i].norm in _JOIN):
            i += 1
    return years


# --- a rule stated in the text: this year's vice-chair chairs next year ---------------------------


@cache
def _promotion_re() -> re.Pattern:
    parts = dict(line.split("=", 1) for line in load_lexicon("chairs.promotion.txt"))
    p = {k.strip(): v.strip() for k, v in parts.items()}
    return re.compile(
        rf"\b(?:{p['vice']})\s+(?:của\s+)?(?P<this>{p['this_year']})\s*,?\s+(?:{p['verb']})\s+"
        rf"(?:(?:vai trò|nhiệm vụ|cương vị|chức)\s+)?(?:{p['chair']})\s+(?:của\s+)?(?P<next>{p['next_year']})\b")


# what the rule's chair and next year come to, for a quick test first: "… Khối trưởng năm sau"
_CHAIR_THEN_YEAR = ("trưởng năm", "khối năm", "cụm năm", "trưởng của năm", "khối của năm", "cụm của năm")


def promoted(ctx: Context, chairs: list[Chair], default: int | None) -> list[Chair]:
    """The chairs a rule stated in the text gives: "theo quy chế, đơn vị Khối phó năm nay sẽ làm
    Khối trưởng năm sau" (``chairs.promotion.txt``) makes each vice-chair of the year it names
    ("năm nay": the document's year; "năm 2015"; or the year before the next it names) chair of
    the next, in the same body, where the document names no other chair for that year. A rule
    for any year ("Khối phó năm trước làm Khối trưởng năm sau") gives no year and is left."""
    out: list[Chair] = []
    if not any(c.role == "vice_chair" for c in chairs):
        return out
    low = ctx.doc.text.lower()
    if not any(w in low for w in _CHAIR_THEN_YEAR) or not _promotion_re().search(low):
        return out
    for sent in ctx.sentences:
        m = _promotion_re().search(sent.text.lower())  # (lower case keeps the offsets of Vietnamese text)
        if m is None:
            continue
        this, nxt = _year_of(m["this"]), _year_of(m["next"])
        if this is None and nxt is not None:
            this = nxt - 1
        if this is None and m["this"].lower() == "năm nay":
            this = default
        if this is None or (nxt is not None and nxt != this + 1):
            continue
        held = {(c.body, c.year) for c in chairs if c.role == "chair"}
        for c in chairs:
            if c.role == "vice_chair" and c.year == this and (c.body, this + 1) not in held:
                ev = ctx.evidence(sent, m.start(), m.end(), "chairs/promotion")
                out.append(Chair(c.body, "chair", c.holder, c.holder_kind, this + 1, ev, c.holder_org))
                held.add((c.body, this + 1))
    return out


def _year_of(words: str) -> int | None:
    digits = words[-4:]
    return int(digits) if digits.isdecimal() else None
