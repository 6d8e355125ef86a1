"""One sentence read for the member rules, the shapes they pass around, and the fact they make.

An ``Item`` is one member's name in a sentence (with a head it shares with others: "Hội LHPN"
and "tỉnh" of "Hội LHPN các tỉnh A, B"); an ``Anchor`` is where its list was announced, which
gives the body and the year: the body named in that sentence, else the nearest before it that
is no passing mention, else the most mentioned; the year the nearest of that sentence, else the
document's.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from extractors.base import Context
from extractors.nlp import Token, norm
from extractors.phrases import Tokens, is_year, read_tokens, token_ranges
from extractors.resolution import body_at
from extractors.scope import Scope
from extractors.units import Heads, Span, find_spans, known_abbreviations, read_heads, spell_out
from schemas.document import Sentence
from schemas.facts import Member

TRIGGERS = "members.triggers.jsonl"
ROLES = "chairs.roles.jsonl"
GENERIC_HEADS = frozenset(norm(w) for w in ("khối", "cụm"))


# a bullet: a dash or dot, "1.", "a)", a keycap "1️⃣" or an emoji
BULLET_RE = re.compile(r"\s*(?:(?:[-+•*–]|\d{1,2}[.)]|[a-zđ][.)])\s+"
                       r"|(?:\d\ufe0f?\u20e3|[\u2600-\u27bf\U0001f300-\U0001faff]\ufe0f?)\s*)")


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
    kind: bool = False  # a kind of unit in lower case after "các" ("các học viện A, B"), not a unit's head


@dataclass(frozen=True)
class Anchor:
    """Where a list was announced: its sentence and trigger, for the body and the year."""

    sent: Sentence
    at: int  # document offset of the trigger
    year: int | None
    rule: str
    whole_lines: bool = False  # bullet lines must hold the member alone (after a mere heading)


@dataclass(frozen=True)
class View:
    """One sentence, read once."""

    sent: Sentence
    toks: Tokens
    spans: list[Span]
    bodies: list[tuple[int, int]]  # token ranges of body mentions
    heads: Heads


def read_view(sent: Sentence, scope: Scope) -> View:
    toks = read_tokens(sent.text)
    here = [b for b in scope.bodies if sent.start <= b.evidence.start < sent.end]
    found = [(b.evidence.start - sent.start, b.evidence.end - sent.start) for b in here]
    if " các " in sent.text and KIND_SHORT_RE.search(sent.text):
        found += kind_shortened(sent.text, scope, found)
    ranges = token_ranges(toks, found)
    heads = read_heads(toks, scope.abbreviations)
    spans = find_spans(toks, {k for a, b in ranges for k in range(a, b)}, heads)
    return View(sent, toks, spans, ranges, heads)


KIND_SHORT_RE = re.compile(r"\b(?:Khối|Cụm)(?: thi đua)? các \w+")


def kind_shortened(text: str, scope: Scope, found: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Bodies named short by their kind of member, the first words of a body the document names in full: "Khối thi
    đua các Vùng gồm …" for "Khối thi đua các Vùng Cảnh sát biển" (the character ranges in ``text``)."""
    names = {b.name.casefold() for b in scope.bodies}
    out = []
    for m in KIND_SHORT_RE.finditer(text):
        short = m.group().casefold()
        if any(a <= m.start() < b for a, b in found) or short in names or not any(
                n.startswith(short + " ") for n in names):
            continue
        out.append((m.start(), m.end()))
    return out


def to_member(ctx: Context, view: View, it: Item, anchor: Anchor, scope: Scope) -> Member:
    toks = view.toks
    ev = ctx.evidence(view.sent, toks[it.start].start, toks[it.end - 1].end, f"members/{anchor.rule}")
    own = own_body(view, scope) if view.sent.start != anchor.sent.start else None
    body = own or body_at(scope.bodies, anchor.sent.start, anchor.sent.end, anchor.at, scope.passing,
                          scope.contrast)
    if it.head:  # a name made from a shared head: spelt out as the document writes it elsewhere
        name = scope.spell_out(" ".join(w for w in (it.head, it.place_word, ev.surface) if w))
    else:  # a name as the text writes it, without an abbreviation defined in brackets, spelt out after its head
        name = inner_spelt(ev.surface, scope)
    return Member(body or "", name, anchor.year, ev)


def inner_spelt(name: str, scope: Scope) -> str:
    """A member's name with an abbreviation after its head spelt out where the document writes that long form
    ("Cục THADS tỉnh Hà Nam" -> "Cục Thi hành án dân sự tỉnh Hà Nam" in a text that writes it so, not in one
    that does not); a name that opens with the abbreviation stays as written ("THPT Xuân Trường A")."""
    plain = spell_out(name, {}, "")
    rest = plain.split(" ")[1:]
    known = known_abbreviations()
    if not any(w in scope.abbreviations or w in known for w in rest):
        return plain  # no abbreviation after the head: nothing to spell out
    long = scope.spell_out(plain)
    if long == plain or long.split(" ", 1)[0] != plain.split(" ", 1)[0]:
        return plain
    pattern = r"(?<!\w)" + re.escape(long).replace(r"\ ", r"\s+") + r"(?!\w)"
    for m in re.finditer(pattern, scope.text, re.IGNORECASE):
        text = m.group()  # as the text writes it: "Thi hành án" where "(THADS)" followed "thi hành án"
        if text[:1] == long[:1] and not text.isupper():  # not "chi cục …", nor a letterhead in capitals
            return text
    return plain


def own_body(view: View, scope: Scope) -> str | None:
    """The body a line of a list names for its own member, when the list opened in an earlier
    sentence: "Điều 1. Tặng Cờ thi đua cho các tập thể dẫn đầu các khối, gồm:\n1. UBND huyện A, đơn
    vị dẫn đầu Khối thi đua các huyện;\n2. Sở Tài chính, đơn vị dẫn đầu Khối thi đua các cơ quan tổng
    hợp" (None: the line names none, or is the list's own sentence)."""
    here = [b for b in scope.bodies if view.sent.start <= b.evidence.start < view.sent.end
            and b.evidence.start not in scope.passing]
    return here[0].name if here else None


def nearest_year(toks: Iterable[Token], i: int) -> int | None:
    """The year nearest token ``i``; of a school year, the year it ends in ("năm học 2019 - 2020": 2020)."""
    toks = list(toks)
    years = [(k, t) for k, t in enumerate(toks) if is_year(t)]
    if not years:
        return None
    k = min(years, key=lambda kt: abs(kt[0] - i))[0]
    if k > 0 and toks[k - 1].norm == _HOC and k + 2 < len(toks) and toks[k + 1].text in "-–/" and is_year(toks[k + 2]):
        k += 2
    return int(toks[k].text)


_HOC = norm("học")
SCHOOL_YEAR_RE = re.compile(r"năm học\s+((?:19|20)\d\d)\s*[-–/]\s*((?:19|20)\d\d)", re.IGNORECASE)


def school_year(title: str | None, year: int | None) -> int | None:
    """The year a document reports on, as the year a school year ends in when its title names one that opens in it
    ("Tổng kết thi đua năm học 2010 - 2011": 2011, as chair terms and awards take it)."""
    m = SCHOOL_YEAR_RE.search(title or "")
    return int(m.group(2)) if m and year == int(m.group(1)) and int(m.group(2)) == year + 1 else year
