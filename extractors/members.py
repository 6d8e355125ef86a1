"""Extractor: members of emulation bodies.

Four phrasings, all in a document that names a body:

- a list after a trigger of ``patterns/members.triggers.jsonl`` ("gồm", "gồm có", "bao gồm",
  "các đơn vị thành viên là", "có 9 đơn vị:", "… trong Cụm là") that follows a body mention,
  "thành viên" or a bare "Khối"/"Cụm"/"Khu vực", with at most a count, lower-case nouns, a
  unit or a bracket between ("Cụm thi đua III hiện có 5 cục hải quan địa phương gồm: …").
  Members are unit names (``extractors.units``), names that open capitalised and run on as
  unit names do ("Bưu điện tỉnh Quảng Ngãi"), or capitalised place names, split on commas,
  semicolons and "và". Count words and a head shared by the members are skipped ("gồm 09 đơn
  vị:", "gồm Công an các tỉnh: …", "… và LĐLĐ các tỉnh A, B"); heads shared out over places are
  expanded ("Sở Tư pháp và Cục THADS của 6 tỉnh A, B" -> "Sở Tư pháp tỉnh A", …); the list may
  start after a colon ("gồm 5 doanh nghiệp trên địa bàn …: A, B"). A count alone gives nothing,
  and a list needs two members;
- the same trigger ending its sentence with ":" and bullet lines after it ("- Cục A;");
- members before "là (đơn vị) thành viên (của)", "thuộc" or "tham gia" and a body: "Công an
  tỉnh Lạng Sơn và Công an tỉnh Cao Bằng là thành viên của Cụm thi đua số 8";
- a table whose first row is a header ("STT | Đơn vị | Ghi chú", then "1 | Công an tỉnh Bắc
  Giang | Cụm trưởng"): the cells of the column headed by a word of ``members.table_headers.txt``.

The year is the nearest year of the sentence (of the table's header or caption) else the
document's; the body is the one named in the sentence, else the nearest before it, else the
most mentioned.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache

from extractors.base import Context, extractor
from extractors.nlp import Match, Token, load_lexicon, match_patterns, norm
from extractors.phrases import (
    NOUN_TAGS,
    is_year,
    may_match,
    phrase_at,
    phrase_before,
    pick_longest,
    read_tokens,
    token_ranges,
)
from extractors.resolution import body_at
from extractors.terms import table_years
from extractors.units import Heads, Span, capitalised_run, find_spans, read_heads, unit_end
from schemas.document import Sentence
from schemas.facts import Body, Member
from schemas.names import canon

TRIGGERS = "members.triggers.jsonl"
ROLES = "chairs.roles.jsonl"
_CAC = norm("các")
_GENERIC_HEADS = frozenset(norm(w) for w in ("khối", "cụm"))
_THANH_VIEN = (norm("thành"), norm("viên"))
_KHU_VUC = (norm("khu"), norm("vực"))
_THI_DUA = ("thi", "đua")
BULLET_RE = re.compile(r"\s*(?:[-+•*–]|\d{1,2}[.)]|[a-zđ][.)])\s+")


@dataclass(frozen=True)
class Item:
    start: int  # token indexes of one member's name (of its place, for a distributed head)
    end: int
    head: str | None = None  # "Sở Tư pháp" of "Sở Tư pháp và Cục THADS của 6 tỉnh A, B"
    place_word: str | None = None  # "tỉnh"


@dataclass(frozen=True)
class Anchor:
    """Where a list was announced: its sentence and trigger, for the body and the year."""

    sent: Sentence
    at: int  # document offset of the trigger
    year: int | None
    rule: str


@dataclass(frozen=True)
class View:
    """One sentence, read once."""

    sent: Sentence
    toks: list[Token]
    spans: list[Span]
    bodies: list[tuple[int, int]]  # token ranges of body mentions
    heads: Heads


@extractor("members", version="1", needs=("bodies",))
def find_members(ctx: Context):
    bodies = ctx.found.get("bodies", [])
    if not bodies:
        return []
    return sentence_members(ctx, bodies) + table_members(ctx, bodies)


def sentence_members(ctx: Context, bodies: list[Body]) -> list[Member]:
    """Members from lists and "là thành viên" in sentences, and from bullet lines after a list
    trigger that ends its sentence."""
    out: list[Member] = []
    open_list: Anchor | None = None
    for sent in ctx.sentences:
        if open_list and BULLET_RE.match(sent.text):
            found = bullet_member(ctx, sent, open_list, bodies)
            out += found
            open_list = open_list if found else None
            continue
        open_list = None
        if may_match(TRIGGERS, sent.text):
            found, open_list = members_in(ctx, sent, bodies)
            out += found
    return out


def read_view(sent: Sentence, bodies: list[Body]) -> View:
    toks = read_tokens(sent.text)
    ranges = token_ranges(toks, [(b.evidence.start - sent.start, b.evidence.end - sent.start) for b in bodies])
    heads = read_heads(sent.text, toks)
    spans = find_spans(sent.text, toks, {k for a, b in ranges for k in range(a, b)}, heads)
    return View(sent, toks, spans, ranges, heads)


def members_in(ctx: Context, sent: Sentence, bodies: list[Body]) -> tuple[list[Member], Anchor | None]:
    view = read_view(sent, bodies)
    out: list[Member] = []
    open_list = None
    for m in pick_longest(match_patterns(TRIGGERS, sent.text, view.toks)):
        if any(a <= m.start < b for a, b in view.bodies):  # "Cụm thi đua số 3 thuộc Bộ Tư pháp"
            continue
        anchor = Anchor(sent, sent.start + view.toks[m.start].start, nearest_year(view.toks, m.start) or ctx.year,
                        m.id)
        items, ends_open = items_for(view, m)
        out += [to_member(ctx, view, it, anchor, bodies) for it in items]
        open_list = anchor if ends_open else open_list
    return out, open_list


def items_for(view: View, m: Match) -> tuple[list[Item], bool]:
    """The members a trigger introduces, and whether its list goes on in bullet lines."""
    if m.label == "MEMBER_OF":
        return members_before(view, m), False
    if not list_announced(view, m):
        return [], False
    start = skip_count(view, m.end)
    items = read_items(view, start) or read_items(view, after_colon(view.toks, m.end))
    items = distributed(view, items) or items
    ends_open = start == len(view.toks) and view.toks[-1].text == ":"
    return (items if len(items) >= 2 else []), ends_open


def distributed(view: View, heads: list[Item]) -> list[Item]:
    """Heads shared out over places: "Sở Tư pháp và Cục THADS của 6 tỉnh Thanh Hóa, Nghệ An" ->
    Sở Tư pháp tỉnh Thanh Hóa, Cục THADS tỉnh Thanh Hóa, … (empty when the list is not so)."""
    toks = view.toks
    i = skip_parenthesis(toks, heads[-1].end) if heads else len(toks)
    if i >= len(toks) or toks[i].norm not in (norm("của"), norm("thuộc")):
        return []
    j = i + 1 + (1 if i + 1 < len(toks) and toks[i + 1].text.isdigit() else 0)
    word = phrase_at(toks, j, "units.admin.txt")
    places = read_items(view, j + word) if word else []
    if len(places) < 2:
        return []
    place_word = " ".join(t.text for t in toks[j : j + word])
    names = [view.sent.text[toks[h.start].start : toks[h.end - 1].end] for h in heads]
    return [replace(p, head=n, place_word=place_word) for p in places for n in names]


def list_announced(view: View, m: Match) -> bool:
    """A list trigger that speaks of a body's members: "thành viên gồm/là", or a body (or bare
    "Khối"/"Cụm") before "gồm"; before a bare "là" only right before it, with no role word."""
    if m.id in ("thanh_vien_la", "co_don_vi"):
        return True
    if m.id == "la":
        roles = match_patterns(ROLES, view.sent.text, view.toks)
        return names_body_before(view, m.start) and not any(r.start < m.start for r in roles)
    return names_body_before(view, m.start)


def body_ends_at(view: View, j: int) -> bool:
    """A body mention, or a generic "Khối"/"Cụm (thi đua)"/"Khu vực", ends right before ``j``."""
    if any(b == j for _, b in view.bodies):
        return True
    toks = view.toks
    if j >= 1 and toks[j - 1].norm in _GENERIC_HEADS:
        return True
    if j >= 2 and toks[j - 2].is_title and tuple(t.norm for t in toks[j - 2 : j]) == _KHU_VUC:
        return True
    return j >= 3 and toks[j - 3].norm in _GENERIC_HEADS and tuple(t.norm for t in toks[j - 2 : j]) == _THI_DUA


def names_body_before(view: View, i: int) -> bool:
    """A body mention, "thành viên" or a generic "Khối"/"Cụm" stands before token ``i``, with
    only count words, numbers, lower-case nouns, a unit (its parent) or a bracket between:
    "Cụm thi đua III hiện có 5 cục hải quan địa phương gồm …"."""
    j = i
    while j > 0 and i - j <= 12:
        if body_ends_at(view, j) or tuple(t.norm for t in view.toks[j - 2 : j]) == _THANH_VIEN:
            return True
        k = gap_before(view, j)
        if not k:
            return False
        j -= k
    return False


def gap_before(view: View, j: int) -> int:
    """How many tokens before ``j`` may stand between a body and its list trigger (0: none)."""
    t = view.toks[j - 1]
    unit = next((s for s in view.spans if s.end == j and s.kind == "unit"), None)
    if unit:
        return j - unit.start
    if t.text == ")":
        opening = next((k for k in range(j - 2, max(-1, j - 10), -1) if view.toks[k].text == "("), None)
        return j - opening if opening is not None else 0
    plain = t.text.isalpha() and not t.is_title and t.tag in NOUN_TAGS and t.norm not in _GENERIC_HEADS
    return phrase_before(view.toks, j, "members.gap_words.txt") or (1 if t.text.isdigit() or plain else 0)


def skip_count(view: View, i: int) -> int:
    """Past count words before a list: "09 đơn vị:", "các tỉnh:", and a head shared by the
    members ("Công an các tỉnh: …", "Liên minh HTX 6 tỉnh …")."""
    toks = view.toks
    while i < len(toks):
        k = 0 if toks[i].is_title else phrase_at(toks, i, "members.count_words.txt")
        if not k and toks[i].text.isdigit():
            k = 1
        if not k:
            k = shared_head(view, i)
        if not k:
            return i
        i += k
    return i


def shared_head(view: View, i: int) -> int:
    """Length of a unit head shared by the members that follow, with its abbreviation:
    "Công an các tỉnh", "Tòa án nhân dân (TAND) các tỉnh", "Cục Thuế 6 tỉnh"."""
    toks = view.toks
    span = next((s for s in view.spans if s.start == i and s.kind == "unit"), None)
    end = span.end if span else capitalised_run(toks, i, numbered=False)
    if end < len(toks) and toks[end].text == "(":
        end = next((k + 1 for k in range(end, min(len(toks), end + 6)) if toks[k].text == ")"), end)
    if not i < end < len(toks):
        return 0
    after = toks[end + 1] if end + 1 < len(toks) else None
    counted = toks[end].text.isdigit() and after is not None and not after.is_title and after.tag in NOUN_TAGS
    return end - i if toks[end].norm == _CAC or counted else 0


def after_colon(toks: list[Token], i: int) -> int:
    """The token after the first colon within a few words of a trigger ("gồm 5 doanh nghiệp
    trên địa bàn X và Y: A, B"), else the end."""
    return next((k + 1 for k in range(i, min(len(toks), i + 16)) if toks[k].text == ":"), len(toks))


def read_items(view: View, i: int) -> list[Item]:
    """Members from token ``i``, split on commas, semicolons and "và", up to the list's end; a
    head shared by the members that follow is passed over ("… và LĐLĐ các tỉnh A, B")."""
    toks, items = view.toks, []
    while i < len(toks):
        i += shared_head(view, i)
        i += phrase_at(toks, i, "members.count_words.txt") if i < len(toks) and not toks[i].is_title else 0
        item = item_at(view, i)
        if item is None:
            break
        items.append(item)
        i = skip_parenthesis(toks, item.end)
        k = phrase_at(toks, i, "members.connectors.txt")
        if not k:
            break
        while k:
            i += k
            k = phrase_at(toks, i, "members.connectors.txt")
    return items


def item_at(view: View, i: int) -> Item | None:
    """One member at token ``i``: a unit name; else a name that opens capitalised and runs on as
    unit names do ("Bưu điện tỉnh Quảng Ngãi", "Viettel Quảng Ngãi"); else a capitalised name of
    two words or more ("Kon Tum", "Quỳnh Lưu 2") or an acronym ("EVN")."""
    toks = view.toks
    span = next((s for s in view.spans if s.start == i and s.kind == "unit"), None)
    if span:
        return Item(span.start, span.end)
    run = capitalised_run(toks, i)
    if run == i:
        return None
    barriers = {k for a, b in view.bodies for k in range(a, b)}
    end = max(run, unit_end(toks, i, i + 1, view.heads, barriers))
    if end - i >= 2 or (toks[i].text.isupper() and len(toks[i].text) >= 2):
        return Item(i, end)
    return None


def skip_parenthesis(toks: list[Token], i: int) -> int:
    """Past "(Khối trưởng)" after a member."""
    if i < len(toks) and toks[i].text == "(":
        close = next((k for k in range(i, min(len(toks), i + 12)) if toks[k].text == ")"), None)
        return close + 1 if close is not None else i
    return i


def bullet_member(ctx: Context, sent: Sentence, anchor: Anchor, bodies: list[Body]) -> list[Member]:
    """The member on one bullet line of an announced list ("- Cục Hộ tịch, quốc tịch, chứng thực;")."""
    view = read_view(sent, bodies)
    lead = BULLET_RE.match(sent.text).end()
    first = next((k for k, t in enumerate(view.toks) if t.start >= lead), None)
    item = item_at(view, first) if first is not None else None
    return [to_member(ctx, view, item, anchor, bodies)] if item else []


# --- members before "là thành viên", "thuộc", "tham gia" ---------------------------------------


def members_before(view: View, m: Match) -> list[Item]:
    """ "A, B và C là thành viên của Cụm thi đua số 5", "A thuộc Cụm thi đua số 5": the units
    before the trigger, when a body (or a bare "Khối"/"Cụm") follows it."""
    toks = view.toks
    after = m.end + (1 if m.end < len(toks) and toks[m.end].norm in (norm("của"), norm("thuộc")) else 0)
    if not (any(a == after for a, _ in view.bodies) or (after < len(toks) and toks[after].norm in _GENERIC_HEADS)):
        return []
    items: list[Item] = []
    end = m.start
    while True:
        span = next((s for s in view.spans if s.end == end and s.kind == "unit"), None)
        if span is None:
            return items[::-1]
        items.append(Item(span.start, span.end))
        k = phrase_before(toks, span.start, "members.connectors.txt")
        if not k:
            return items[::-1]
        end = span.start - k


# --- tables -----------------------------------------------------------------------------------


def cells(text: str) -> list[tuple[int, int]]:
    """Offsets of the cells of a " | " table row (stripped of spaces)."""
    out, start = [], 0
    for part in text.split("|") if "|" in text else []:
        lead = len(part) - len(part.lstrip())
        out.append((start + lead, start + len(part.rstrip())))
        start += len(part) + 1
    return out


@cache
def _header_words() -> frozenset[str]:
    return frozenset(canon(h) for h in load_lexicon("members.table_headers.txt"))


def header_column(text: str) -> int | None:
    """Index of the member column of a table header row, if the row is one."""
    return next((k for k, (a, b) in enumerate(cells(text)) if canon(text[a:b]) in _header_words()), None)


def table_members(ctx: Context, bodies: list[Body]) -> list[Member]:
    """Members from the member column of tables whose first row is a header row."""
    out: list[Member] = []
    column, in_table = None, False
    years = table_years(ctx.sentences)
    for sent in ctx.sentences:
        if "|" not in sent.text:
            column, in_table = None, False
            continue
        if not in_table:
            column, in_table = header_column(sent.text), True
        elif column is not None:
            out += row_member(ctx, sent, column, years.get(sent.start) or ctx.year, bodies)
    return out


def row_member(ctx: Context, sent: Sentence, column: int, year: int | None, bodies: list[Body]) -> list[Member]:
    """The member in one table row: the whole cell must read as a unit or a place name."""
    row = cells(sent.text)
    if column >= len(row):
        return []
    a, b = row[column]
    view = read_view(sent, bodies)
    idx = [k for k, t in enumerate(view.toks) if a <= t.start < b]
    item = item_at(view, idx[0]) if idx else None
    if item is None or item.end < idx[-1] + 1:
        return []
    return [to_member(ctx, view, item, Anchor(sent, sent.start + a, year, "table"), bodies)]


# --- facts ------------------------------------------------------------------------------------


def to_member(ctx: Context, view: View, it: Item, anchor: Anchor, bodies: list[Body]) -> Member:
    toks = view.toks
    ev = ctx.evidence(view.sent, toks[it.start].start, toks[it.end - 1].end, f"members/{anchor.rule}")
    body = body_at(bodies, anchor.sent.start, anchor.sent.end, anchor.at)
    name = f"{it.head} {it.place_word} {ev.surface}" if it.head else ev.surface
    return Member(body or "", name, anchor.year, ev)


def nearest_year(toks: list[Token], i: int) -> int | None:
    years = [k for k, t in enumerate(toks) if is_year(t)]
    return int(toks[min(years, key=lambda k: abs(k - i))].text) if years else None
