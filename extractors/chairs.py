"""Extractor: chairs and vice-chairs of emulation bodies, by year of term.

A role word of ``patterns/chairs.roles.jsonl`` (Khối trưởng, Trưởng khối, Cụm trưởng, Trưởng
cụm, Trưởng khu vực; Khối phó, Phó khối trưởng, Cụm phó, Phó Cụm trưởng, …) takes its holder,
a unit or a person found by ``extractors.units``:

- on its left, across the link words of ``chairs.links_left.txt``: "Bộ Tư pháp được giao làm
  Khối trưởng", "Kiểm toán Nhà nước - đơn vị Khối trưởng", "bầu Công an tỉnh X làm Cụm
  trưởng", "Cục trưởng Cục X Hồ Quang Huy là Cụm trưởng", "1 | Công an tỉnh A | Cụm trưởng";
  an assigning agent after "được" is passed over ("A được Bộ Tư pháp giao làm Cụm trưởng");
- on its right, past the body and the year, across ``chairs.links_right.txt``: "Cụm trưởng
  là Công an tỉnh X", "Phó Cụm trưởng là Cục trưởng Cục Y Nguyễn Thanh Hải", "Cụm trưởng
  năm 2023 do Công an tỉnh B đảm nhận"; after a comma only a titled or named person;
- after a hand-over verb (``chairs.handover.txt``), "cho" leads to the incoming holder: "A trao
  cờ luân lưu Cụm trưởng cho B" -> B holds the next term, A the term before.

A holder reached through words beats one behind a mere comma or dash. A role word with no holder
("đề nghị Trưởng, Phó trưởng Cụm …") gives nothing. A person named without their unit takes the
unit the document gives them elsewhere ("ông X, Giám đốc Công an tỉnh Y"). When one body has
two chairs for one year, the better-founded one stays. Years: see ``term_year``.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from extractors.base import Context, extractor
from extractors.nlp import Match, Token, match_patterns, norm
from extractors.phrases import (
    is_year,
    may_match,
    phrase_at,
    phrase_before,
    pick_longest,
    read_tokens,
    token_ranges,
    words,
)
from extractors.resolution import body_at, entity_for, group_bodies
from extractors.terms import DocYears, read_years
from extractors.units import Span, find_spans, unit_key
from schemas.document import Sentence
from schemas.facts import Body, Chair
from schemas.names import same_unit

ROLES = "chairs.roles.jsonl"
_NAM, _CHO, _AND, _HOC = norm("năm"), norm("cho"), norm("và"), norm("học")
ORG_KINDS = ("unit", "name")
RANK_STRONG, RANK_WEAK, RANK_OUTGOING = 3, 2, 1


@dataclass(frozen=True)
class View:
    """One sentence, read once: tokens, role words, units/persons/titles, body mentions."""

    sent: Sentence
    toks: list[Token]
    roles: list[Match]
    spans: list[Span]
    bodies: list[tuple[int, int]]  # token ranges of the body mentions in the sentence
    years: DocYears


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


@extractor("chairs", version="1", needs=("bodies",))
def find_chairs(ctx: Context):
    bodies = ctx.found.get("bodies", [])
    if not bodies:
        return []
    years = read_years(ctx)
    ranked = [c for s in ctx.sentences if may_match(ROLES, s.text) for c in chairs_in(ctx, s, bodies, years)]
    return keep_consistent([(fill_org(ctx, c), rank) for c, rank in ranked], bodies)


def chairs_in(ctx: Context, sent: Sentence, bodies: list[Body], years: DocYears) -> list[tuple[Chair, int]]:
    """The chairs of one sentence, each with the rank of the rule that found its holder."""
    view = read_view(sent, bodies, years)
    found = respectively(view) or [f for role in view.roles for f in found_for(view, role)]
    found += outgoing(view, found)
    return [(to_chair(ctx, view, f, bodies), f.holder.rank) for f in found]


def read_view(sent: Sentence, bodies: list[Body], years: DocYears) -> View:
    toks = read_tokens(sent.text)
    roles = pick_longest(match_patterns(ROLES, sent.text, toks))
    ranges = token_ranges(toks, [(b.evidence.start - sent.start, b.evidence.end - sent.start) for b in bodies])
    barriers = {k for r in roles for k in range(r.start, r.end)}
    barriers |= {k for a, b in ranges for k in range(a, b)}
    return View(sent, toks, roles, find_spans(sent.text, toks, barriers), ranges, years)


# --- holders ----------------------------------------------------------------------------------


def found_for(view: View, role: Match) -> list[Found]:
    """Holders of one role word: through words on the left, then on the right, then behind a
    mere comma or dash on the left, then on the right."""
    left = left_holders(view, role)
    right = right_holders(view, role)
    holders = max((left, right), key=lambda hs: max((h.rank for h in hs), default=0))
    return [Found(role, h, term_year(view, role, h)) for h in holders]


def span_ending(view: View, end: int, kinds=("unit", "person", "name")) -> Span | None:
    return next((s for s in view.spans if s.end == end and s.kind in kinds), None)


def span_starting(view: View, start: int, kinds=("unit", "person", "title", "name")) -> Span | None:
    return next((s for s in view.spans if s.start == start and s.kind in kinds), None)


def left_holders(view: View, role: Match) -> list[Holder]:
    """The holder before a role word, across link words ("X được giao làm Khối trưởng")."""
    links = words("chairs.links_left.txt")
    j, strong = role.start, False
    while j > 0 and role.start - j <= 10:
        span = span_ending(view, j)
        if span and j < role.start and not agent(view, span):
            first = holder_from_left(view, span, RANK_STRONG if strong else RANK_WEAK)
            return [*conjoined(view, first, -1), first]
        if span and j < role.start:  # "được Bộ Tư pháp giao làm …": the agent, go on
            j = span.start
            continue
        t = view.toks[j - 1]
        if t.norm not in links:
            k = agent_phrase(view, j)
            if not k:
                return []
            j, strong = j - k, True
            continue
        strong = strong or t.text[:1].isalnum()  # a word, not mere punctuation
        j -= 1
    return []


def agent_phrase(view: View, j: int) -> int:
    """Length of a lower-case agent between "được" and its verb, ending before token ``j``:
    "A được các trường bầu làm …", "A được hội nghị nhất trí bầu …" (0: none)."""
    for k in range(1, 4):
        if j - k - 1 < 0:
            return 0
        t = view.toks[j - k]
        if not (t.text.isalpha() and not t.is_title and t.tag in ("N", "Nc", "L", "A")):
            return 0
        if view.toks[j - k - 1].norm == norm("được"):
            return k
    return 0


def agent(view: View, span: Span) -> bool:
    """A unit right after "được" is the one that assigns the role, not its holder."""
    return span.start > 0 and view.toks[span.start - 1].norm == norm("được")


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
    hit = year_at(view, i)
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
    return [Found(r, h, term_year(view, r, h)) for r, h in zip(roles, holders, strict=True)]


def span_ending_after(view: View, i: int) -> Span | None:
    """The unit, person or name that starts at token ``i`` (past a colon or "là")."""
    while i < len(view.toks) and view.toks[i].text == ":":
        i += 1
    return span_starting(view, i, ("unit", "person", "name"))


# --- years ------------------------------------------------------------------------------------


def year_at(view: View, i: int) -> tuple[int, int] | None:
    """A year written at token ``i``: (the index after it, the year). "năm 2023", "năm học 2022
    – 2023" (the first), "2023", "năm nay" (the document's current year)."""
    toks = view.toks
    if i < len(toks) and is_year(toks[i]):
        return i + 1, int(toks[i].text)
    if i + 1 < len(toks) and toks[i].norm == _NAM:
        k = i + 2 if toks[i + 1].norm == _HOC else i + 1
        if k < len(toks) and is_year(toks[k]):
            return k + 1, int(toks[k].text)
    n = phrase_at(toks, i, "chairs.this_year.txt")
    return (i + n, view.years.now) if n and view.years.now else None


def attached_year(view: View, i: int) -> int | None:
    """The year right after token ``i`` (past a body and "trong"): "Cụm trưởng năm 2023"."""
    i = skip_body(view, skip_of(view, i))
    if i < len(view.toks) and view.toks[i].norm == norm("trong"):
        i += 1
    hit = year_at(view, i)
    return hit[1] if hit else None


def term_year(view: View, role: Match, holder: Holder) -> int | None:
    """The year of the term: written right after the role word or the holder; else the nearest
    year before the role in its clause; else one written after a role coordinated with it
    ("A làm Cụm trưởng, B làm Cụm phó năm 2021"); else its table's year; else the document's.
    A hand-over's incoming holder, and a holder elected at a year-end review, take the next."""
    for at in (role.end, holder.end):
        year = attached_year(view, at)
        if year:
            return year
    year = clause_year(view, role)
    if year:
        return year + 1 if holder.handover else year
    year = sibling_year(view, role)
    if year:
        return year
    year = view.years.tables.get(view.sent.start) or view.years.default
    return year + 1 if year and (holder.handover or elected(view, role, holder)) else year


def clause_year(view: View, role: Match) -> int | None:
    """The nearest year before the role word in its clause (";" ends clauses); in a hand-over,
    not one written right after the other role word ("A - Cụm trưởng năm 2022 trao … cho B")."""
    handover = handover_at(view) is not None
    taken = {k for r in view.roles if r != role and handover for k in attached_indexes(view, r)}
    lo = max((k + 1 for k in range(role.start) if view.toks[k].text == ";"), default=0)
    for k in range(role.start - 1, lo - 1, -1):  # "Năm 2021, A làm Khối trưởng", "Năm nay A làm …"
        hit = year_at(view, k)
        if hit and hit[0] <= role.start and not taken.intersection(range(k, hit[0])):
            return hit[1]
    return None


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
    return [Found(f.role, holder, f.year - 1 if f.year else None) for f in incoming]


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


# --- facts ------------------------------------------------------------------------------------


def to_chair(ctx: Context, view: View, f: Found, bodies: list[Body]) -> Chair:
    toks, text = view.toks, view.sent.text
    h = f.holder

    def cut(s: Span | None) -> str | None:
        return text[toks[s.start].start : toks[s.end - 1].end] if s else None

    a, b = min(f.role.start, h.start), max(f.role.end, h.end)
    ev = ctx.evidence(view.sent, toks[a].start, toks[b - 1].end, f"chairs/{f.role.id}")
    body = body_at(bodies, view.sent.start, view.sent.end, view.sent.start + toks[f.role.start].start)
    kind = "person" if h.name.kind == "person" else "org"
    return Chair(body or "", f.role.label, cut(h.name), kind, f.year, ev, cut(h.org))


def fill_org(ctx: Context, c: Chair) -> Chair:
    """A person named without their unit takes the one the document gives them elsewhere."""
    if c.holder_kind == "person" and not c.holder_org:
        return replace(c, holder_org=org_of(ctx, c.holder))
    return c


def org_of(ctx: Context, person: str) -> str | None:
    """The unit a person heads, from "X, Giám đốc Công an tỉnh Y" or "Giám đốc Công an tỉnh Y X"."""
    for sent in ctx.sentences:
        if person not in sent.text:
            continue
        toks = read_tokens(sent.text)
        spans = find_spans(sent.text, toks)
        for k, s in enumerate(spans):
            if s.kind != "person" or sent.text[toks[s.start].start : toks[s.end - 1].end] != person:
                continue
            before = spans[k - 1] if k and spans[k - 1].kind == "unit" and spans[k - 1].end == s.start else None
            unit = org_after_person(toks, spans, k) or before
            if unit:
                return sent.text[toks[unit.start].start : toks[unit.end - 1].end]
    return None


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
    kept = [c for c, rank in ranked if c.role != "chair" or rank >= best[key(c)][1] or agrees(c, best[key(c)][0])]
    out: list[Chair] = []
    # one fact per holder, a named person (with their unit) first: "KBNN Đồng Nai" after "Kho bạc
    # Nhà nước Đồng Nai", or "TAND tỉnh Gia Lai" beside "Lê Đình Tuấn, Chánh án TAND tỉnh Gia Lai"
    for c in sorted(kept, key=lambda c: c.holder_kind != "person"):
        if not any(o.role == c.role and key(o) == key(c) and agrees(o, c) for o in out):
            out.append(c)
    return out


def agrees(c: Chair, other: Chair) -> bool:
    """Whether two chair facts name the same holder (as unit or person's unit), abbreviations
    spelt out ("KBNN Đồng Nai" = "Kho bạc Nhà nước Đồng Nai")."""
    mine = [unit_key(x) for x in (c.holder, c.holder_org) if x]
    theirs = [unit_key(x) for x in (other.holder, other.holder_org) if x]
    return any(a == b or same_unit(a, b) for a in mine for b in theirs)
