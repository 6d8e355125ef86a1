"""Extractor: members of emulation bodies.

The phrasings, all in a document that names a body:

- a list after a trigger of ``patterns/members.triggers.jsonl`` ("gồm", "gồm có", "bao gồm",
  "các đơn vị thành viên là", "có 9 đơn vị:", "Tham gia Cụm có các đơn vị:", "Thành viên (5
  chi nhánh):", "… trong Cụm là") that follows a body mention, "thành viên" or a bare
  "Khối"/"Cụm"/"Khu vực", with at most a count, lower-case nouns, a unit or a bracket between
  ("Khối có 8 thành viên, trong đó có 5 công đoàn ngành là …", "Ba thành viên còn lại là …").
  Members are unit names (``extractors.units``), names that open capitalised and run on as
  unit names do ("Bưu điện tỉnh Quảng Ngãi"), or capitalised place names, split on commas,
  semicolons, "/" and "và". A head shared by the members is given to each ("Hội LHPN các
  tỉnh A, B" -> "Hội LHPN tỉnh A", …; "Sư đoàn Phòng không 361, 363 và 365" -> "Sư đoàn Phòng
  không 363", …), and so are heads shared out over places ("Sở Tư pháp và Cục THADS của 6 tỉnh
  A, B"). A count alone gives nothing, and a list needs two members;
- bullet or numbered lines ("- Cục A;", "1. VKSND huyện B;", "1️⃣ Công an huyện C – Cụm
  trưởng") after such a trigger ending its sentence with ":", or after a heading that names a
  body and ends with ":" ("a) Khối thi đua số 1 (vùng đồng bằng):"); after a heading each
  line must hold the unit alone (with at most its role);
- members before "là (N) (đơn vị) thành viên (của)", "thuộc" or "tham gia" and a body: "Công an
  tỉnh Lạng Sơn và Công an tỉnh Cao Bằng là thành viên của Cụm thi đua số 8";
- "Đây là bốn đơn vị thuộc Cụm": the list of units of the sentence before (as many as counted);
- a table whose first row is a header ("STT | Đơn vị | Ghi chú", then "1 | Công an tỉnh Bắc
  Giang | Cụm trưởng"): the cells of the column headed by a word of ``members.table_headers.txt``.

The year is the nearest year of the sentence (of the table's header or caption) else the
document's; the body is the one named in the sentence, else the nearest before it that is no
passing mention, else the most mentioned.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace
from functools import cache

from extractors.base import Context, extractor
from extractors.nlp import Match, Token, load_lexicon, norm
from extractors.phrases import (
    Tokens,
    cells,
    is_number,
    is_year,
    match_patterns,
    may_match,
    noun_at,
    phrase_at,
    phrase_before,
    pick_longest,
    read_tokens,
    token_ranges,
)
from extractors.resolution import body_at, passing_mentions
from extractors.terms import table_years
from extractors.units import (
    Heads,
    Span,
    capitalised_run,
    defined_abbreviations,
    find_spans,
    norms_key,
    read_heads,
    spell_out,
    unit_end,
)
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
_OF = frozenset(norm(w) for w in ("của", "thuộc", "trong"))
_HAS = frozenset(norm(w) for w in ("có", "gồm"))
_NAM = norm("năm")
# a bullet: a dash or dot, "1.", "a)", a keycap "1️⃣" or an emoji
BULLET_RE = re.compile(r"\s*(?:(?:[-+•*–]|\d{1,2}[.)]|[a-zđ][.)])\s+"
                       r"|(?:\d\ufe0f?\u20e3|[\u2600-\u27bf\U0001f300-\U0001faff]\ufe0f?)\s*)")
MARKER_RE = re.compile(r"\s*(?:\d{1,2}|[a-zđ])[.)]\s*")  # a list number the sentence splitter cut off its line


@dataclass(frozen=True)
class Item:
    start: int  # token indexes of one member's name (of its place, for a shared head)
    end: int
    head: str | None = None  # "Sở Tư pháp" of "Sở Tư pháp và Cục THADS của 6 tỉnh A, B"
    place_word: str | None = None  # "tỉnh"


@dataclass(frozen=True)
class Shared:
    """A head the members that follow share: "Hội LHPN" and "tỉnh" of "Hội LHPN các tỉnh"."""

    head: str
    place_word: str | None


@dataclass(frozen=True)
class Anchor:
    """Where a list was announced: its sentence and trigger, for the body and the year."""

    sent: Sentence
    at: int  # document offset of the trigger
    year: int | None
    rule: str
    whole_lines: bool = False  # bullet lines must hold the member alone (after a mere heading)


@dataclass(frozen=True)
class Scope:
    """What every sentence of one document is read against."""

    bodies: list[Body]
    abbreviations: dict[str, str]  # defined in the document: "TAND" -> "Tòa án nhân dân"
    text_key: str  # the document's text as ``units.norms_key``
    passing: frozenset[int]  # body mentions in passing (``resolution.passing_mentions``)


@dataclass(frozen=True)
class View:
    """One sentence, read once."""

    sent: Sentence
    toks: Tokens
    spans: list[Span]
    bodies: list[tuple[int, int]]  # token ranges of body mentions
    heads: Heads


@extractor("members", version="2", needs=("bodies",))
def find_members(ctx: Context):
    bodies = ctx.found.get("bodies", [])
    if not bodies:
        return []
    abbreviations = defined_abbreviations(s.text for s in ctx.sentences)
    scope = Scope(bodies, abbreviations, norms_key(ctx.doc.text) if abbreviations else "",
                  passing_mentions(bodies, ctx.doc.text))
    return sentence_members(ctx, scope) + table_members(ctx, scope)


def sentence_members(ctx: Context, scope: Scope) -> list[Member]:
    """Members from lists and "là thành viên" in sentences, and from bullet lines after a list
    trigger or a heading that ends its sentence."""
    out: list[Member] = []
    open_list: Anchor | None = None
    previous: Sentence | None = None
    marked = False  # the sentence before was a bare list number ("1.", split off its line)
    for sent in ctx.sentences:
        if open_list and MARKER_RE.fullmatch(sent.text):
            marked = True
            continue
        bulleted = marked or BULLET_RE.match(sent.text)
        found = bullet_member(ctx, sent, open_list, scope) if open_list and bulleted else []
        marked = False
        if found:
            out += found
            continue
        open_list = None
        if may_match(TRIGGERS, sent.text):
            found, open_list = members_in(ctx, sent, previous, scope)
            out += found
        open_list = open_list or list_heading(ctx, sent, scope)
        previous = sent
    return out


def read_view(sent: Sentence, scope: Scope) -> View:
    toks = read_tokens(sent.text)
    here = [b for b in scope.bodies if sent.start <= b.evidence.start < sent.end]
    ranges = token_ranges(toks, [(b.evidence.start - sent.start, b.evidence.end - sent.start) for b in here])
    heads = read_heads(toks, scope.abbreviations)
    spans = find_spans(toks, {k for a, b in ranges for k in range(a, b)}, heads)
    return View(sent, toks, spans, ranges, heads)


def members_in(ctx: Context, sent: Sentence, previous: Sentence | None,
               scope: Scope) -> tuple[list[Member], Anchor | None]:
    view = read_view(sent, scope)
    out: list[Member] = []
    open_list = None
    for m in pick_longest(match_patterns(TRIGGERS, view.toks)):
        if any(a <= m.start < b for a, b in view.bodies):  # "Cụm thi đua số 3 thuộc Bộ Tư pháp"
            continue
        year = nearest_year(view.toks, m.start) or ctx.year
        anchor = Anchor(sent, sent.start + view.toks[m.start].start, year, m.id)
        if m.label == "ANAPHOR":
            out += listed_before(ctx, view, m, previous, anchor, scope)
            continue
        items, ends_open = items_for(view, m)
        out += [to_member(ctx, view, it, anchor, scope) for it in items]
        open_list = anchor if ends_open else open_list
    return out, open_list


def items_for(view: View, m: Match) -> tuple[list[Item], bool]:
    """The members a trigger introduces, and whether its list goes on in bullet lines."""
    if m.label == "MEMBER_OF":
        return members_before(view, m) or joined_after(view, m), False
    if not list_announced(view, m):
        return [], False
    start, shared = skip_count(view, m.end)
    items = read_items(view, start, shared) or read_items(view, after_colon(view.toks, m.end), None)
    items = distributed(view, items) or items
    ends_open = start == len(view.toks) and view.toks[-1].text == ":"
    return (items if len(items) >= 2 else []), ends_open


def list_announced(view: View, m: Match) -> bool:
    """A list trigger that speaks of a body's members: "thành viên gồm/là", or a body (or bare
    "Khối"/"Cụm") before "gồm"; before a bare "là" only right before it, with no role word;
    "Thành viên:" opening a line."""
    if m.id in ("thanh_vien_la", "co_don_vi"):
        return True
    if m.id == "thanh_vien":
        return opens_line(view, m.start) and colon_after(view.toks, m.end)
    if m.id == "la":
        roles = match_patterns(ROLES, view.toks)
        return names_body_before(view, m.start) and not any(r.start < m.start for r in roles)
    return names_body_before(view, m.start)


def opens_line(view: View, i: int) -> bool:
    """Whether token ``i`` opens its line (after a bullet and words of ``members.line_openers.txt``)."""
    lead = BULLET_RE.match(view.sent.text)
    k = next((k for k, t in enumerate(view.toks) if t.start >= (lead.end() if lead else 0)), len(view.toks))
    return i - k == phrase_at(view.toks, k, "members.line_openers.txt")


def colon_after(toks: list[Token], i: int) -> bool:
    """A colon right after token ``i``, or after a bracket there: "Thành viên (5 chi nhánh):"."""
    i = skip_parenthesis(toks, i)
    return i < len(toks) and toks[i].text == ":"


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


def body_starts_at(view: View, i: int) -> bool:
    """A body mention, or a generic "Khối"/"Cụm", starts at token ``i``."""
    return any(a == i for a, _ in view.bodies) or (i < len(view.toks) and view.toks[i].norm in _GENERIC_HEADS)


def names_body_before(view: View, i: int) -> bool:
    """A body mention, "thành viên" or a generic "Khối"/"Cụm" stands before token ``i``, with
    only count words, numbers, lower-case nouns, a unit (its parent) or a bracket between:
    "Cụm thi đua III hiện có 5 cục hải quan địa phương gồm …"."""
    j = i
    while j > 0 and i - j <= 14:
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
    gap = phrase_before(view.toks, j, "members.gap_words.txt") or phrase_before(view.toks, j, "units.continue.txt")
    if gap or t.text.isdigit():
        return gap or 1
    plain = t.text.isalpha() and not t.is_title and t.norm not in _GENERIC_HEADS and noun_at(view.toks, j - 1)
    return 1 if plain else 0


# --- the list after a trigger -----------------------------------------------------------------


def skip_count(view: View, i: int) -> tuple[int, Shared | None]:
    """Past count words before a list ("09 đơn vị:", "các tỉnh:"), and a head shared by the
    members ("Công an các tỉnh: …", "Liên minh HTX 6 tỉnh …"), which is returned."""
    toks, shared = view.toks, None
    while i < len(toks):
        k = 0 if toks[i].is_title else phrase_at(toks, i, "members.count_words.txt")
        if not k and toks[i].text.isdigit() and not listed_number(toks, i):
            k = 1  # "09 đơn vị", not the first of "quận 1, 3 và 5"
        if not k:
            k, found = shared_head(view, i)
            shared = found or shared
        if not k:
            return i, shared
        i += k
    return i, shared


def listed_number(toks: list[Token], i: int) -> bool:
    """A number that opens a list of numbers ("1, 3 và 5") rather than counts the members."""
    return i + 1 < len(toks) and (toks[i + 1].text in ",;" or toks[i + 1].norm == norm("và"))


def shared_head(view: View, i: int) -> tuple[int, Shared | None]:
    """Length of a unit head shared by the members that follow, with its abbreviation, and the
    head itself: "Công an các tỉnh", "Tòa án nhân dân (TAND) các tỉnh", "Cục Thuế 6 tỉnh"."""
    toks = view.toks
    span = next((s for s in view.spans if s.start == i and s.kind == "unit"), None)
    end = span.end if span else capitalised_run(toks, i, numbered=False)
    head_end = end
    if end < len(toks) and toks[end].text == "(":
        end = next((k + 1 for k in range(end, min(len(toks), end + 6)) if toks[k].text == ")"), end)
    if not i < end < len(toks):
        return 0, None
    after = toks[end + 1] if end + 1 < len(toks) else None
    counted = toks[end].text.isdigit() and after is not None and not after.is_title and noun_at(toks, end + 1)
    announced = toks[end].text == ":" and i > 0 and toks[i - 1].norm == _CAC  # "gồm các Cục Hải quan: A, B"
    if not (toks[end].norm == _CAC or counted or announced):
        return 0, None
    if announced:
        return end - i, Shared(view.sent.text[toks[i].start : toks[head_end - 1].end], None)
    head = view.sent.text[toks[i].start : toks[head_end - 1].end]
    return end - i, Shared(head, place_word_at(view, end + 1))


def place_word_at(view: View, i: int) -> str | None:
    """The one place word ("tỉnh", "thành phố") that members of a shared head take, if one."""
    toks = view.toks
    k = phrase_at(toks, i, "units.admin.txt")
    comma = i + k < len(toks) and toks[i + k].text == ","
    if not k or phrase_at(toks, i + k + comma, "units.admin.txt"):  # "các tỉnh, thành phố": none
        return None
    return " ".join(t.text for t in toks[i : i + k])


def after_colon(toks: list[Token], i: int) -> int:
    """The token after the first colon within a few words of a trigger ("gồm 5 doanh nghiệp
    trên địa bàn X và Y: A, B"), else the end."""
    return next((k + 1 for k in range(i, min(len(toks), i + 16)) if toks[k].text == ":"), len(toks))


def read_items(view: View, i: int, shared: Shared | None) -> list[Item]:
    """Members from token ``i``, split on commas, semicolons, "/" and "và", up to the list's end.
    A head shared by the members that follow is passed over and given to them ("… và LĐLĐ các
    tỉnh A, B"); a bare number after a numbered unit takes its head ("Sư đoàn 361, 363")."""
    toks, items = view.toks, []
    while i < len(toks):
        k, found = shared_head(view, i)
        i, shared = i + k, found or shared
        while found and i < len(toks) and not toks[i].is_title and phrase_at(toks, i, "members.count_words.txt"):
            i += phrase_at(toks, i, "members.count_words.txt")  # "… các tỉnh A, B": past "các tỉnh"
        if not found and i < len(toks) and not toks[i].is_title:
            i += phrase_at(toks, i, "members.count_words.txt")
        item = item_at(view, i) or numbered_like(view, i, items) or shared_number(view, i, shared)
        if item is None:
            break
        items.append(with_shared(view, item, shared))
        i = skip_parenthesis(toks, item.end)
        k = phrase_at(toks, i, "members.connectors.txt")
        if not k:
            break
        while k:
            i += k
            k = phrase_at(toks, i, "members.connectors.txt")
    return items


def with_shared(view: View, item: Item, shared: Shared | None) -> Item:
    """A place named alone after a shared head takes the head: "Thanh Hóa" of "Hội LHPN các
    tỉnh Thanh Hóa, Nghệ An" -> "Hội LHPN tỉnh Thanh Hóa"; a unit with its own head stays."""
    if shared is None or item.head or any(s.start == item.start and s.kind == "unit" for s in view.spans):
        return item
    own_place = phrase_at(view.toks, item.start, "units.admin.txt") > 0  # "thành phố Cần Thơ"
    return replace(item, head=shared.head, place_word=None if own_place else shared.place_word)


def numbered_like(view: View, i: int, items: list[Item]) -> Item | None:
    """A bare number after a unit that ends with a number takes its head: "363" of "Sư đoàn
    Phòng không 361, 363" -> "Sư đoàn Phòng không 363"."""
    toks = view.toks
    if not (items and i < len(toks) and is_number(toks[i]) and is_number(toks[items[-1].end - 1])):
        return None
    last = items[-1]
    if last.head:
        return Item(i, i + 1, last.head, last.place_word)
    head = view.sent.text[toks[last.start].start : toks[last.end - 2].end]
    return Item(i, i + 1, head) if last.end - last.start >= 2 else None


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
        return Item(span.start, span.end)
    if i < len(toks) and toks[i].norm in _GENERIC_HEADS:  # "Cụm trưởng …", "Khối …": no member
        return None
    run = capitalised_run(toks, i)
    if run == i:
        return None
    barriers = {k for a, b in view.bodies for k in range(a, b)}
    end = max(run, unit_end(toks, i, i + 1, view.heads, barriers), i + phrase_at(toks, i, "units.continue.txt"))
    if end - i >= 2 or (toks[i].text.isupper() and len(toks[i].text) >= 2):
        return Item(i, end)
    return None


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
    j = i + 1 + (1 if i + 1 < len(toks) and toks[i + 1].text.isdigit() else 0)
    if not phrase_at(toks, j, "units.admin.txt"):
        return []
    place_word = place_word_at(view, j)
    start, _ = skip_count(view, j)
    places = read_items(view, start, None)
    if len(places) < 2:
        return []
    names = [view.sent.text[toks[h.start].start : toks[h.end - 1].end] for h in heads]
    return [replace(p, head=n, place_word=place_word) for p in places for n in names]


# --- bullet lines -----------------------------------------------------------------------------


def list_heading(ctx: Context, sent: Sentence, scope: Scope) -> Anchor | None:
    """A line that names a body and ends with a colon opens a list of its members in the bullet
    lines after it: "a) Khối thi đua số 1 (vùng đồng bằng, ven biển):", "Cụm 1 năm 2023 (5 đơn vị):"."""
    if not sent.text.rstrip().endswith(":"):
        return None
    view = read_view(sent, scope)
    at = next((a for a, _ in view.bodies), None)
    if at is None:
        at = next((k for k, t in enumerate(view.toks) if t.norm in _GENERIC_HEADS and t.is_title
                   and k + 1 < len(view.toks) and is_number(view.toks[k + 1])), None)
    if at is None or not names_only(view):
        return None
    year = nearest_year(view.toks, at) or ctx.year
    return Anchor(sent, sent.start + view.toks[at].start, year, "heading", whole_lines=True)


HEADING_WORDS = 4  # words a heading may hold besides the body, brackets, years and counts


def names_only(view: View) -> bool:
    """Whether a heading does no more than name its body (with a label, a bracket, a year or a
    count): "a) Khối thi đua số 1 (vùng ven biển):", not "Cụm thi đua số 3 đề nghị khen thưởng
    các đơn vị sau:"."""
    toks, inside, rest = view.toks, set(), []
    for a, b in view.bodies:
        inside.update(range(a, b))
    depth = 0
    for k, t in enumerate(toks):
        depth = max(0, depth + (t.text == "(") - (t.text == ")"))  # ")" of a label "a)" opens nothing
        if depth or k in inside or not t.text[:1].isalpha() or t.norm in _GENERIC_HEADS or t.norm == _NAM:
            continue
        if phrase_at(toks, k, "units.function_words.txt"):
            return False
        rest.append(t)
    return len(rest) <= HEADING_WORDS


def bullet_member(ctx: Context, sent: Sentence, anchor: Anchor, scope: Scope) -> list[Member]:
    """The member on one bullet line of an announced list ("- Cục Hộ tịch, quốc tịch, chứng thực;",
    "1. VKSND huyện Hoằng Hóa;", "1️⃣ Công an TP Biên Hòa – Cụm trưởng")."""
    view = read_view(sent, scope)
    bullet = BULLET_RE.match(sent.text)
    lead = bullet.end() if bullet else 0
    first = next((k for k, t in enumerate(view.toks) if t.start >= lead), None)
    item = item_at(view, first) if first is not None else None
    if item is None or (anchor.whole_lines and not alone_on_line(view, item)):
        return []
    return [to_member(ctx, view, item, anchor, scope)]


def alone_on_line(view: View, item: Item) -> bool:
    """Whether a member's line holds nothing else but punctuation and its role ("– Cụm trưởng",
    "(Khối phó)")."""
    toks, i = view.toks, skip_parenthesis(view.toks, item.end)
    if i < len(toks) and toks[i].text in "-–:":
        role = next((m for m in match_patterns(ROLES, toks) if m.start == i + 1), None)
        i = role.end if role else i
    return all(not t.text[:1].isalnum() for t in toks[i:])


# --- members before "là thành viên", "thuộc", "tham gia"; "Đây là N đơn vị thuộc Cụm" -----------


def members_before(view: View, m: Match) -> list[Item]:
    """ "A, B và C là thành viên của Cụm thi đua số 5", "A thuộc Cụm thi đua số 5": the units
    before the trigger, when a body (or a bare "Khối"/"Cụm") follows it."""
    toks = view.toks
    after = m.end + (1 if m.end < len(toks) and toks[m.end].norm in (norm("của"), norm("thuộc")) else 0)
    if not body_starts_at(view, after):
        return []
    return units_ending_at(view, m.start)


def joined_after(view: View, m: Match) -> list[Item]:
    """ "Tham gia Khối thi đua số 3 có A, B và C": the list after the body and "có"."""
    if m.id != "tham_gia":
        return []
    end = next((b for a, b in view.bodies if a == m.end), None)
    if end is None or end >= len(view.toks) or view.toks[end].norm not in _HAS:
        return []
    start, shared = skip_count(view, end + 1)
    items = read_items(view, start, shared)
    return items if len(items) >= 2 else []


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


def listed_before(ctx: Context, view: View, m: Match, previous: Sentence | None, anchor: Anchor,
                  scope: Scope) -> list[Member]:
    """ "Đây là bốn đơn vị thuộc Cụm": the units listed in the sentence before, when as many
    as counted (any number of two or more when no count is given)."""
    count, i = count_at(view.toks, m.end)
    k = phrase_at(view.toks, i, "members.unit_words.txt")
    if previous is None or not k or view.toks[i + k].norm not in _OF or not body_starts_at(view, i + k + 1):
        return []
    before = read_view(previous, scope)
    items = longest_list(before)
    if len(items) < 2 or (count and len(items) != count):
        return []
    return [to_member(ctx, before, it, anchor, scope) for it in items]


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
    if i < len(toks) and toks[i].text.isdigit() and not is_year(toks[i]):
        return int(toks[i].text), i + 1
    if i < len(toks) and toks[i].norm in _numbers():
        return _numbers()[toks[i].norm], i + 1
    return None, i


# --- tables -----------------------------------------------------------------------------------


@cache
def _header_words() -> frozenset[str]:
    return frozenset(canon(h) for h in load_lexicon("members.table_headers.txt"))


def header_column(text: str) -> int | None:
    """Index of the member column of a table header row, if the row is one."""
    return next((k for k, (a, b) in enumerate(cells(text)) if canon(text[a:b]) in _header_words()), None)


def table_members(ctx: Context, scope: Scope) -> list[Member]:
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
            out += row_member(ctx, sent, column, years.get(sent.start) or ctx.year, scope)
    return out


def row_member(ctx: Context, sent: Sentence, column: int, year: int | None, scope: Scope) -> list[Member]:
    """The member in one table row: the whole cell must read as a unit or a place name."""
    row = cells(sent.text)
    if column >= len(row):
        return []
    a, b = row[column]
    view = read_view(sent, scope)
    idx = [k for k, t in enumerate(view.toks) if a <= t.start < b]
    item = item_at(view, idx[0]) if idx else None
    if item is None or item.end < idx[-1] + 1:
        return []
    return [to_member(ctx, view, item, Anchor(sent, sent.start + a, year, "table"), scope)]


# --- facts ------------------------------------------------------------------------------------


def to_member(ctx: Context, view: View, it: Item, anchor: Anchor, scope: Scope) -> Member:
    toks = view.toks
    ev = ctx.evidence(view.sent, toks[it.start].start, toks[it.end - 1].end, f"members/{anchor.rule}")
    body = body_at(scope.bodies, anchor.sent.start, anchor.sent.end, anchor.at, scope.passing)
    if it.head:  # a name made from a shared head: spelt out as the document writes it elsewhere
        name = spell_out(" ".join(w for w in (it.head, it.place_word, ev.surface) if w), scope.abbreviations,
                         scope.text_key)
    else:  # a name as the text writes it, without an abbreviation defined in brackets
        name = spell_out(ev.surface, {}, "")
    return Member(body or "", name, anchor.year, ev)


def nearest_year(toks: Iterable[Token], i: int) -> int | None:
    years = [(k, t) for k, t in enumerate(toks) if is_year(t)]
    return int(min(years, key=lambda kt: abs(kt[0] - i))[1].text) if years else None
