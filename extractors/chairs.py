"""Extractor: chairs and vice-chairs of emulation bodies, by year of term.

A role word of ``patterns/chairs.roles.jsonl`` (Khối trưởng, Trưởng khối, Cụm trưởng, Trưởng
cụm, Trưởng khu vực; Khối phó, Phó khối trưởng, Cụm phó, Phó Cụm trưởng, …) takes its holder,
a unit or a person found by ``extractors.units``:

- on its left, across the link phrases of ``chairs.links_left.txt``: "Bộ Tư pháp được giao làm
  Khối trưởng", "Kiểm toán Nhà nước - đơn vị Khối trưởng", "bầu Công an tỉnh X làm Cụm
  trưởng", "A, với vai trò là đơn vị Trưởng Khối", "Sư đoàn 371 (Khối trưởng)", "1 | Công an
  tỉnh A | Cụm trưởng" (a role alone in its cell); an assigning agent after "được", with its
  head's title, is passed over ("A được Thủ trưởng Bộ Tư lệnh chỉ định làm Khối trưởng");
- on its right, past the body and the year, across ``chairs.links_right.txt``: "Cụm trưởng
  là Công an tỉnh X", "Cụm trưởng năm nay là …", "Khối trưởng năm 2013: Công an tỉnh"; after
  a comma only a titled or named person; an undefined abbreviation before a place leaves the
  place ("Cụm phó 2015: CN Hà Giang" -> "Hà Giang");
- after a hand-over verb (``chairs.handover.txt``), "cho" leads to the incoming holder: "A trao
  cờ luân lưu Cụm trưởng cho B" -> B holds the next term, A the term before; and "B tiếp nhận
  cờ luân lưu từ A" (``chairs.receive.txt``) the same way round;
- in a table whose header names roles ("Năm | Cụm trưởng | Cụm phó"), one term a row.

The body is the one named right after the role word or after a role coordinated with it ("A làm
Khối trưởng, B làm Khối phó Khối thi đua X"), else the nearest (``resolution.body_at``). Holders
are spelt out with the abbreviations the document defines, where it writes the long form. A
holder reached through words beats one behind a mere comma or dash, and the text beats its
headline. A role word with no holder ("đề nghị Trưởng, Phó trưởng Cụm …") gives nothing. A person
named without their unit takes the unit the document gives them elsewhere ("ông X, Giám đốc
Công an tỉnh Y"). When one body has two chairs for one year, the better-founded one stays.
Years: see ``term_year``; a holder named without one takes the year the document gives the same
holder in the same role elsewhere.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from functools import cache

from extractors.base import Context, extractor
from extractors.nlp import Match, Token, load_lexicon, norm
from extractors.phrases import (
    Tokens,
    cells,
    find_phrase,
    is_year,
    match_patterns,
    may_match,
    phrase_at,
    phrase_before,
    pick_longest,
    read_tokens,
    token_ranges,
    words,
)
from extractors.resolution import body_at, entity_for, group_bodies, passing_mentions
from extractors.terms import DocYears, lead_in_year, read_years, row_year, year_at, year_column
from extractors.units import Span, defined_abbreviations, find_spans, norms_key, read_heads, spell_out, unit_key
from schemas.document import Sentence
from schemas.facts import Body, Chair
from schemas.names import same_unit

ROLES = "chairs.roles.jsonl"
_NAM, _CHO, _AND, _HOC, _TU = norm("năm"), norm("cho"), norm("và"), norm("học"), norm("từ")
_DUOC = norm("được")
ORG_KINDS = ("unit", "name")
RANK_STRONG, RANK_WEAK, RANK_OUTGOING = 3, 2, 1


@dataclass(frozen=True)
class Scope:
    """What every sentence of one document is read against."""

    bodies: list[Body]
    years: DocYears
    abbreviations: dict[str, str]  # defined in the document: "TAND" -> "Tòa án nhân dân"
    text_key: str  # the document's text as ``units.norms_key``
    passing: frozenset[int] = frozenset()  # body mentions in passing (``resolution.passing_mentions``)

    def spell_out(self, name: str) -> str:
        return spell_out(name, self.abbreviations, self.text_key)


@dataclass(frozen=True)
class View:
    """One sentence, read once: tokens, role words, units/persons/titles, body mentions."""

    sent: Sentence
    toks: Tokens
    roles: list[Match]
    spans: list[Span]
    bodies: list[tuple[int, int]]  # token ranges of the body mentions in the sentence
    years: DocYears
    names: dict[int, str] = field(default_factory=dict)  # body name by the token its mention starts at


@dataclass(frozen=True)
class Holder:
    name: Span  # the unit or the person
    org: Span | None  # the unit a person heads
    start: int  # token extent of the holder phrase (titles and org included)
    end: int
    rank: int = RANK_STRONG
    handover: bool = False  # reached through "cho" after a hand-over verb


@dataclass(frozen=True)
class Found:
    role: Match
    holder: Holder
    year: int | None
    dated: bool = True  # False: the year is only the document's, the text gives none


@extractor("chairs", version="2", needs=("bodies",))
def find_chairs(ctx: Context):
    bodies = ctx.found.get("bodies", [])
    if not bodies:
        return []
    abbreviations = defined_abbreviations(s.text for s in ctx.sentences)
    scope = Scope(bodies, read_years(ctx), abbreviations, norms_key(ctx.doc.text) if abbreviations else "",
                  passing_mentions(bodies, ctx.doc.text))
    ranked = [c for s in ctx.sentences if may_name_role(s.text) for c in chairs_in(ctx, s, scope)]
    ranked += [(c, RANK_STRONG, True) for c in table_chairs(ctx, scope)]
    ranked = inherit_years(ranked, bodies)
    return keep_consistent([(fill_org(ctx, c, scope), rank) for c, rank in ranked], bodies)


def may_name_role(text: str) -> bool:
    """Cheap test before a sentence is read: a role word, or a chair's rotating flag."""
    low = text.lower()
    return may_match(ROLES, text) or any(flag in low for flag in _flags())


@cache
def _flags() -> tuple[str, ...]:
    return tuple(f.lower() for f in load_lexicon("chairs.chair_flags.txt"))


def chairs_in(ctx: Context, sent: Sentence, scope: Scope) -> list[tuple[Chair, int, bool]]:
    """The chairs of one sentence, each with the rank of the rule that found its holder (lower
    in a headline, which names units in short) and whether the text gives its year."""
    view = read_view(sent, scope)
    found = respectively(view) or received(view) or [f for role in view.roles for f in found_for(view, role)]
    found += outgoing(view, found) + incoming(view, found)
    found += [e for f in found for e in elided(view, f)]
    headline = sent.start == 0 and len(ctx.sentences) > 1
    now = find_phrase(view.toks, "chairs.current.txt") is not None  # "hiện nay A tiếp tục giữ …": this year
    return [(to_chair(ctx, view, f, scope), f.holder.rank - headline, f.dated or now) for f in found]


def read_view(sent: Sentence, scope: Scope) -> View:
    bodies, years = scope.bodies, scope.years
    toks = read_tokens(sent.text)
    roles = pick_longest(match_patterns(ROLES, toks))
    here = [b for b in bodies if sent.start <= b.evidence.start < sent.end]
    ranges = token_ranges(toks, [(b.evidence.start - sent.start, b.evidence.end - sent.start) for b in here])
    barriers = {k for r in roles for k in range(r.start, r.end)}
    barriers |= {k for a, b in ranges for k in range(a, b)}
    names = {a: b.name for (a, _), b in zip(ranges, here, strict=False)}
    spans = find_spans(toks, barriers, read_heads(toks, scope.abbreviations))
    return View(sent, toks, roles, spans, ranges, years, names)


# --- holders ----------------------------------------------------------------------------------


def found_for(view: View, role: Match) -> list[Found]:
    """Holders of one role word: through words on the left, then on the right, then behind a
    mere comma or dash on the left, then on the right."""
    left = left_holders(view, role)
    right = right_holders(view, role)
    holders = max((left, right), key=lambda hs: max((h.rank for h in hs), default=0))
    return [Found(role, h, *term_year(view, role, h)) for h in holders]


def span_ending(view: View, end: int, kinds=("unit", "person", "name")) -> Span | None:
    return next((s for s in view.spans if s.end == end and s.kind in kinds), None)


def span_starting(view: View, start: int, kinds=("unit", "person", "title", "name")) -> Span | None:
    return next((s for s in view.spans if s.start == start and s.kind in kinds), None)


def left_holders(view: View, role: Match) -> list[Holder]:
    """The holder before a role word, across link words ("X được giao làm Khối trưởng")."""
    j, strong, skipped = role.start, False, 0
    while j > 0 and role.start - j - skipped <= 10:
        span = span_ending(view, j)
        if span and j < role.start and not agent(view, span):
            first = holder_from_left(view, span, RANK_STRONG if strong else RANK_WEAK)
            return [*conjoined(view, first, -1), first]
        if span and j < role.start:  # "được Bộ Tư pháp giao làm …": the agent, go on
            title = span_ending(view, span.start, ("title",))
            start = title.start if title else span.start
            skipped, j = skipped + j - start, start
            continue
        k = phrase_before(view.toks, j, "chairs.links_left.txt")
        if k and view.toks[j - 1].text == "|" and not fills_cell(view, role):
            return []
        if not k:
            k = agent_phrase(view, j)
            if not k:
                return []
            j, strong = j - k, True
            continue
        strong = strong or any(t.text[:1].isalnum() for t in view.toks[j - k : j])  # words, not punctuation
        j -= k
    return []


def fills_cell(view: View, role: Match) -> bool:
    """A role word alone in its table cell (a year may follow): "1 | Công an tỉnh A | Cụm trưởng"."""
    i = skip_year(view, role.end)
    return i >= len(view.toks) or view.toks[i].text == "|"


def agent_phrase(view: View, j: int) -> int:
    """Length of a lower-case agent between "được" and its verb, ending before token ``j``:
    "A được các trường bầu làm …", "A được hội nghị nhất trí bầu …" (0: none)."""
    if not any(t.norm == _DUOC for t in view.toks[max(0, j - 4) : j]):
        return 0
    for k in range(1, 4):
        if j - k - 1 < 0:
            return 0
        t = view.toks[j - k]
        if not (t.text.isalpha() and not t.is_title and view.toks.tag(j - k) in ("N", "Nc", "L", "A")):
            return 0
        if view.toks[j - k - 1].norm == _DUOC:
            return k
    return 0


def agent(view: View, span: Span) -> bool:
    """A unit right after "được" (maybe after its head's title) assigns the role, it does not
    hold it: "A được Thủ trưởng Bộ Tư lệnh giao làm Khối trưởng"."""
    title = span_ending(view, span.start, ("title",))
    start = title.start if title else span.start
    return start > 0 and view.toks[start - 1].norm == norm("được")


def holder_from_left(view: View, span: Span, rank: int) -> Holder:
    """A unit, a titled person ("Cục trưởng Cục X Hồ Quang Huy"), or a person named before the
    unit they head ("Đại tá Nguyễn Văn A, Giám đốc Công an tỉnh X")."""
    if span.kind == "person":
        org = span_ending(view, span.start, ("unit",))
        return Holder(span, org, org.start if org else span.start, span.end, rank)
    title = span_ending(view, span.start, ("title",))
    if title:
        comma = title.start - 1 if title.start > 0 and view.toks[title.start - 1].text == "," else title.start
        person = span_ending(view, comma, ("person",))
        if person:
            return Holder(person, span, person.start, span.end, rank)
    return Holder(span, None, span.start, span.end, rank)


def right_holders(view: View, role: Match) -> list[Holder]:
    """The holder after a role word, past its body and year ("Cụm trưởng năm 2023 là Công an
    tỉnh X"). After a mere comma only a titled or named person is taken, or a unit after
    "Thay mặt (đơn vị) Cụm trưởng, …"."""
    i, steps, kinds = skip_of(view, role.end), 0, set()
    verb = handover_at(view)
    handover = verb is not None and verb < role.start
    while i < len(view.toks) and steps <= 6:
        nxt = skip_year(view, skip_body(view, i))
        if nxt > i:
            i = nxt
            continue
        span = span_starting(view, i)
        if span is None and kinds and unknown_acronym(view, i):  # "Cụm trưởng: CN Yên Bái": the place
            i += 1
            continue
        if span and kinds:
            strong = bool(kinds & {"strong", "cho"}) or on_behalf(view, role)
            first = holder_from_right(view, span, strong, kinds, unit_ok=strong or "dash" in kinds)
            return [first, *conjoined(view, first, +1)] if first else []
        kind = right_link(view.toks[i], handover)
        if kind is None:
            return []
        kinds.add(kind)
        i, steps = i + 1, steps + 1
    return []


def unknown_acronym(view: View, i: int) -> bool:
    """An abbreviation the document does not define, before a name: "CN Yên Bái"."""
    t = view.toks[i]
    return t.text.isupper() and t.text.isalpha() and 2 <= len(t.text) <= 5 and span_starting(view, i + 1) is not None


def right_link(tok: Token, handover: bool) -> str | None:
    """What kind of link a token after a role word is (None: none)."""
    if tok.norm in words("chairs.links_right.txt"):
        return "strong"
    if handover and tok.norm == _CHO:
        return "cho"
    if tok.text in "-–":
        return "dash"
    return "weak" if tok.text == "," else None


def on_behalf(view: View, role: Match) -> bool:
    """ "Thay mặt (đơn vị) Cụm trưởng, X …": X after the comma holds the role."""
    starts = range(max(0, role.start - 2), role.start + 1)
    return any(phrase_before(view.toks, j, "chairs.on_behalf.txt") for j in starts)


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
    return Holder(s, org, span.start, org.end if org else s.end, rank, "cho" in kinds)


def org_after_person(toks: list[Token], spans: list[Span], k: int) -> Span | None:
    """ "Nguyễn Văn A, Giám đốc Công an tỉnh X": the unit after the person ``spans[k]`` and
    ", title"."""
    person, rest = spans[k], spans[k + 1 : k + 3]
    if len(rest) == 2 and rest[0].kind == "title" and rest[1].kind == "unit" and rest[0].end == rest[1].start:
        if rest[0].start == person.end + 1 and toks[person.end].text == ",":
            return rest[1]
    return None


def conjoined(view: View, first: Holder, step: int) -> list[Holder]:
    """Units joined to a holder by "và" ("Bộ A và Bộ B làm Khối phó")."""
    edge = first.start - 1 if step < 0 else first.end
    if not (0 < edge < len(view.toks) - 1) or view.toks[edge].norm != _AND:
        return []
    span = span_ending(view, edge, ORG_KINDS) if step < 0 else span_starting(view, edge + 1, ORG_KINDS)
    return [replace(first, name=span, org=None, start=span.start, end=span.end)] if span else []


def skip_of(view: View, i: int) -> int:
    """Past "của" before a body mention: "Cụm trưởng của Cụm thi đua số 5 là …"."""
    if i < len(view.toks) and view.toks[i].norm == norm("của") and any(a == i + 1 for a, _ in view.bodies):
        return i + 1
    return i


def skip_body(view: View, i: int) -> int:
    """Past a body mention that starts at (or covers) token ``i``."""
    return next((b for a, b in view.bodies if a <= i < b), i)


def skip_year(view: View, i: int) -> int:
    """Past "năm 2023", "năm học 2022 – 2023", "2023", "năm nay" at token ``i``."""
    hit = year_at(view.toks, i, view.years)
    return hit[0] if hit else i + phrase_at(view.toks, i, "chairs.relative_years.txt")


def handover_at(view: View) -> int | None:
    """Token index of the first hand-over verb of the sentence, if any."""
    return next((k for k in range(len(view.toks)) if phrase_at(view.toks, k, "chairs.handover.txt")), None)


def respectively(view: View) -> list[Found]:
    """ "Cụm trưởng, Cụm phó năm 2024 lần lượt là A và B": the n-th holder holds the n-th role."""
    at = next((k for k in range(len(view.toks)) if phrase_at(view.toks, k, "chairs.respectively.txt")), None)
    roles = [r for r in view.roles if at is not None and r.end <= at]
    if not roles:
        return []
    i, holders = at + phrase_at(view.toks, at, "chairs.respectively.txt"), []
    while i < len(view.toks) and len(holders) < len(roles):
        span = span_ending_after(view, i)
        if span is None:
            break
        holders.append(Holder(span, None, span.start, span.end))
        i = span.end + (1 if span.end < len(view.toks) and view.toks[span.end].text in (",", "và") else 0)
    if len(holders) != len(roles):
        return []
    return [Found(r, h, *term_year(view, r, h)) for r, h in zip(roles, holders, strict=True)]


def span_ending_after(view: View, i: int) -> Span | None:
    """The unit, person or name that starts at token ``i`` (past a colon or "là")."""
    while i < len(view.toks) and view.toks[i].text == ":":
        i += 1
    return span_starting(view, i, ("unit", "person", "name"))


# --- years ------------------------------------------------------------------------------------


def attached_year(view: View, i: int) -> int | None:
    """The year right after token ``i`` (past a body and "trong"): "Cụm trưởng năm 2023"."""
    i = skip_body(view, skip_of(view, i))
    if i < len(view.toks) and view.toks[i].norm == norm("trong"):
        i += 1
    hit = year_at(view.toks, i, view.years)
    return hit[1] if hit else None


def term_year(view: View, role: Match, holder: Holder) -> tuple[int | None, bool]:
    """The year of the term, and whether the text gives it: written right after the role word
    or the holder; else the nearest year before the role in its clause; else one written after
    a role coordinated with it ("A làm Cụm trưởng, B làm Cụm phó năm 2021"); else its table's
    year; else the document's. A hand-over's incoming holder, and a holder elected at a
    year-end review, take the next."""
    for at in (role.end, holder.end):
        year = attached_year(view, at)
        if year:
            return year, True
    year = clause_year(view, role)
    if year:
        return (year + 1 if holder.handover else year), True
    year = sibling_year(view, role)
    if year:
        return year, True
    table = view.years.tables.get(view.sent.start)
    year = table or view.years.default
    if year and (holder.handover or elected(view, role, holder)):
        return year + 1, True
    return year, table is not None or view.years.stated


def clause_year(view: View, role: Match) -> int | None:
    """The nearest year before the role word in its clause (";" ends clauses); in a hand-over,
    not one written right after the other role word ("A - Cụm trưởng năm 2022 trao … cho B")."""
    handover = handover_at(view) is not None
    taken = {k for r in view.roles if r != role and handover for k in attached_indexes(view, r)}
    lo = max((k + 1 for k in range(role.start) if view.toks[k].text == ";"), default=0)
    for k in range(role.start - 1, lo - 1, -1):  # "Năm 2021, A làm Khối trưởng", "Năm nay A làm …"
        hit = year_at(view.toks, k, view.years)
        if hit and hit[0] <= role.start and not taken.intersection(range(k, hit[0])):
            return hit[1]
    return lead_in_year(view.toks, lo, view.years)


def attached_indexes(view: View, role: Match) -> set[int]:
    i = skip_body(view, skip_of(view, role.end))
    return {k for k in range(i, min(i + 3, len(view.toks))) if is_year(view.toks[k])}


def sibling_year(view: View, role: Match) -> int | None:
    """The year written after the next role word of the same clause."""
    later = [r for r in view.roles if r.start > role.start]
    if not later or any(t.text == ";" for t in view.toks[role.end : later[0].start]):
        return None
    return attached_year(view, later[0].end)


def elected(view: View, role: Match, holder: Holder) -> bool:
    """Whether a year-end review elects the holder ("Hội nghị đã bầu A làm Cụm trưởng")."""
    if not view.years.year_end_review:
        return False
    lo = max(0, min(holder.start, role.start) - 4)
    return any(phrase_at(view.toks, k, "chairs.election.txt") for k in range(lo, role.start))


# --- hand-overs -------------------------------------------------------------------------------


def outgoing(view: View, found: list[Found]) -> list[Found]:
    """The outgoing holder of a hand-over ("A trao … cho B"): the subject before the verb holds
    the term before the incoming one's. Only holders in the verb's clause count as incoming."""
    v = handover_at(view)
    if v is None:
        return []
    incoming = [f for f in found if f.holder.start > v and not any(
        t.text == ";" for t in view.toks[v : f.holder.start])]
    subject = subject_before(view, v) if incoming else None
    if subject is None or any(f.holder.name == subject for f in found):
        return []
    holder = Holder(subject, None, subject.start, subject.end, RANK_OUTGOING)
    return [Found(f.role, holder, f.year - 1 if f.year else None, f.dated) for f in incoming]


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
    """A clause after a holder that names another year and holder for the same role: "Cụm
    trưởng năm 2018 là A; năm 2019 là B" -> B in 2019."""
    i = f.holder.end
    if i >= len(view.toks) or view.toks[i].text not in ";,":
        return []
    hit = year_at(view.toks, i + 1, view.years)
    if hit is None or hit[0] >= len(view.toks) or view.toks[hit[0]].norm not in words("chairs.links_right.txt"):
        return []
    span = span_starting(view, hit[0] + 1, ("unit", "person", "name"))
    if span is None or span.kind == "name" and not view.toks[span.start].is_title:
        return []
    return [Found(f.role, Holder(span, None, span.start, span.end, f.holder.rank), hit[1])]


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
    base = year - 1 if year else clause_year(view, role) or view.years.default
    new = Holder(taker, None, taker.start, taker.end, RANK_STRONG)
    old = Holder(giver, None, giver.start, giver.end, RANK_OUTGOING)
    return [Found(role, new, base + 1 if base else None), Found(role, old, base)]


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


# --- tables whose header names the roles ------------------------------------------------------


@dataclass(frozen=True)
class Column:
    index: int
    role: str  # chair | vice_chair
    rule: str


def table_chairs(ctx: Context, scope: Scope) -> list[Chair]:
    """Chairs from a table whose header row names roles, one term a row: "Năm | Cụm trưởng |
    Cụm phó", then "2016 | Công an tỉnh A | Công an tỉnh B"."""
    out: list[Chair] = []
    columns: list[Column] | None = None
    year_col: int | None = None
    for sent in ctx.sentences:
        if "|" not in sent.text:
            columns = None
        elif columns is None:
            columns, year_col = role_columns(sent.text), year_column(sent.text)
        else:
            out += [c for col in columns if (c := cell_chair(ctx, sent, col, year_col, scope))]
    return out


def role_columns(text: str) -> list[Column]:
    """The columns of a header row whose cell is a role word and nothing else."""
    out = []
    for k, (a, b) in enumerate(cells(text)):
        toks = read_tokens(text[a:b])
        m = next((m for m in match_patterns(ROLES, toks) if m.start == 0 and m.end == len(toks)), None)
        if m:
            out.append(Column(k, m.label, m.id))
    return out


def cell_chair(ctx: Context, sent: Sentence, col: Column, year_col: int | None, scope: Scope) -> Chair | None:
    """The holder of one role cell of a row: a unit, person or name filling the whole cell."""
    row = cells(sent.text)
    if col.index >= len(row):
        return None
    a, b = row[col.index]
    toks = read_tokens(sent.text)
    spans = find_spans(toks, (), read_heads(toks, scope.abbreviations))
    span = next((s for s in spans if toks[s.start].start == a and toks[s.end - 1].end == b and s.kind != "title"), None)
    if span is None:
        return None
    year = row_year(sent.text, row, year_col) or scope.years.tables.get(sent.start) or scope.years.default
    ev = ctx.evidence(sent, a, b, f"chairs/table_{col.rule}")
    body = body_at(scope.bodies, sent.start, sent.end, sent.start + a, scope.passing)
    kind = "person" if span.kind == "person" else "org"
    return Chair(body or "", col.role, scope.spell_out(sent.text[a:b]), kind, year, ev)


# --- facts ------------------------------------------------------------------------------------


def to_chair(ctx: Context, view: View, f: Found, scope: Scope) -> Chair:
    toks, text, bodies = view.toks, view.sent.text, scope.bodies
    h = f.holder

    def cut(s: Span | None) -> str | None:
        return scope.spell_out(text[toks[s.start].start : toks[s.end - 1].end]) if s else None

    a, b = min(f.role.start, h.start), max(f.role.end, h.end)
    ev = ctx.evidence(view.sent, toks[a].start, toks[b - 1].end, f"chairs/{f.role.id}")
    at = view.sent.start + toks[f.role.start].start
    body = body_of_role(view, f.role) or body_at(bodies, view.sent.start, view.sent.end, at, scope.passing)
    kind = "person" if h.name.kind == "person" else "org"
    return Chair(body or "", f.role.label, cut(h.name), kind, f.year, ev, cut(h.org))


def body_of_role(view: View, role: Match) -> str | None:
    """The body named right after the role word ("Khối trưởng Khối thi đua …", "Cụm trưởng của
    Cụm …"), else after a later role word of its clause ("A làm Khối trưởng, B làm Khối phó
    Khối thi đua X": both of X)."""
    for r in [role, *clause_roles_after(view, role)]:
        name = view.names.get(skip_of(view, r.end))
        if name:
            return name
    return None


def clause_roles_after(view: View, role: Match) -> list[Match]:
    """The role words after ``role`` up to the end of its clause (";")."""
    out = []
    for r in view.roles:
        if r.start <= role.start:
            continue
        if any(t.text == ";" for t in view.toks[role.end : r.start]):
            break
        out.append(r)
    return out


def fill_org(ctx: Context, c: Chair, scope: Scope) -> Chair:
    """A person named without their unit takes the one the document gives them elsewhere."""
    if c.holder_kind == "person" and not c.holder_org:
        org = org_of(ctx, c.holder, scope.abbreviations)
        return replace(c, holder_org=scope.spell_out(org) if org else None)
    return c


def org_of(ctx: Context, person: str, abbreviations: dict[str, str]) -> str | None:
    """The unit a person heads, from "X, Giám đốc Công an tỉnh Y" or "Giám đốc Công an tỉnh Y X"."""
    for sent in ctx.sentences:
        if person not in sent.text:
            continue
        toks = read_tokens(sent.text)
        spans = find_spans(toks, (), read_heads(toks, abbreviations))
        for k, s in enumerate(spans):
            if s.kind != "person" or sent.text[toks[s.start].start : toks[s.end - 1].end] != person:
                continue
            before = spans[k - 1] if k and spans[k - 1].kind == "unit" and spans[k - 1].end == s.start else None
            unit = org_after_person(toks, spans, k) or before
            if unit:
                return sent.text[toks[unit.start].start : toks[unit.end - 1].end]
    return None


def inherit_years(ranked: list[tuple[Chair, int, bool]], bodies: list[Body]) -> list[tuple[Chair, int]]:
    """A holder named in a role without a year ("B giữ vai trò Cụm phó") takes the year the
    document gives the same holder in the same role elsewhere ("Cụm phó 2015: B"), when it
    gives one year only."""
    entities = group_bodies(bodies)

    def body(c: Chair) -> str:
        ent = entity_for(c.body, entities)
        return ent.name if ent else c.body

    dated = [c for c, _, known in ranked if known]
    out = []
    for c, rank, known in ranked:
        if known or not dated:
            out.append((c, rank))
            continue
        years = {d.year for d in dated if d.role == c.role and body(d) == body(c) and agrees(d, c)}
        out.append((replace(c, year=years.pop()) if len(years) == 1 else c, rank))
    return out


def keep_consistent(ranked: list[tuple[Chair, int]], bodies: list[Body]) -> list[Chair]:
    """One body has one chair a year: of chairs that disagree, the better-founded stay."""
    entities = group_bodies(bodies)

    def key(c: Chair) -> tuple:
        ent = entity_for(c.body, entities)
        return (ent.name if ent else c.body, c.year)

    best: dict[tuple, tuple[Chair, int]] = {}
    for c, rank in ranked:
        if c.role == "chair" and (key(c) not in best or rank > best[key(c)][1]):
            best[key(c)] = (c, rank)
    kept = [(c, rank) for c, rank in ranked
            if c.role != "chair" or rank >= best[key(c)][1] or agrees(c, best[key(c)][0])]
    out: list[Chair] = []
    # one fact per holder, a named person (with their unit) first, then the better-founded:
    # "KBNN Đồng Nai" after "Kho bạc Nhà nước Đồng Nai", "TAND tỉnh Gia Lai" beside "Lê Đình
    # Tuấn, Chánh án TAND tỉnh Gia Lai", a headline's short name after the text's
    for c, _ in sorted(kept, key=lambda cr: (cr[0].holder_kind != "person", -cr[1])):
        if not any(o.role == c.role and key(o) == key(c) and agrees(o, c) for o in out):
            out.append(c)
    return out


def agrees(c: Chair, other: Chair) -> bool:
    """Whether two chair facts name the same holder (as unit or person's unit), abbreviations
    spelt out ("KBNN Đồng Nai" = "Kho bạc Nhà nước Đồng Nai")."""
    mine = [unit_key(x) for x in (c.holder, c.holder_org) if x]
    theirs = [unit_key(x) for x in (other.holder, other.holder_org) if x]
    return any(a == b or same_unit(a, b) for a in mine for b in theirs)
