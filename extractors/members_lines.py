"""Members on bullet or numbered lines ("- Cục A;", "1. VKSND huyện B;", "1️⃣ Công an huyện C –
Cụm trưởng"), after a list trigger ending its sentence with ":", or after a heading that names a
body and ends with ":" ("a) Khối thi đua số 1 (vùng đồng bằng):"); after a heading each line must
hold the unit alone (with at most its role)."""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from extractors.base import Context
from extractors.members_items import item_at, skip_parenthesis
from extractors.members_view import (
    BULLET_RE,
    GENERIC_HEADS,
    ROLES,
    Anchor,
    Item,
    View,
    nearest_year,
    read_view,
    to_member,
)
from extractors.nlp import load_lexicon, norm
from extractors.phrases import find_phrase, is_number, match_patterns, phrase_at
from extractors.scope import Scope
from schemas.document import Sentence
from schemas.facts import Member

_NAM = norm("năm")


def list_heading(ctx: Context, sent: Sentence, scope: Scope) -> Anchor | None:
    """A line that names a body and ends with a colon opens a list of its members in the bullet
    lines after it: "a) Khối thi đua số 1 (vùng đồng bằng, ven biển):", "Cụm 1 năm 2023 (5 đơn vị):"."""
    colon = sent.text.rstrip().endswith(":")
    if not colon and not bare_heading(ctx, sent):
        return None
    view = read_view(sent, scope)
    lead = find_phrase(view.toks, "members.delegate_leads.txt") if colon else None
    if lead is not None and not view.bodies:  # "2. Đại diện các đơn vị thành viên trong Cụm (05 đơn vị):"
        year = nearest_year(view.toks, lead) or ctx.year
        return Anchor(sent, sent.start + view.toks[lead].start, year, "delegates")
    if lead is not None and view.bodies[0][0] > lead and view.bodies[-1][1] >= len(view.toks) - 1:
        at = view.bodies[0][0]  # "2. Đại diện 6 đơn vị thành viên Cụm thi đua Báo Đảng các tỉnh X:": the body ends it
        return Anchor(sent, sent.start + view.toks[at].start, nearest_year(view.toks, at) or ctx.year, "delegates")
    at = next((a for a, _ in view.bodies), None)
    if at is None:
        at = next((k for k, t in enumerate(view.toks) if t.norm in GENERIC_HEADS and t.is_title
                   and k + 1 < len(view.toks) and is_number(view.toks[k + 1])), None)
    if at is None or not names_only(view):
        return None
    label = _LABEL_RE.match(sent.text).end()  # "II. Khối thi đua …": past a label
    if not colon and at != next((k for k, t in enumerate(view.toks) if t.text[:1].isalpha() and t.start >= label),
                                None):
        return None  # with no colon, the line opens with its body: "Khối thi đua số 2 năm 2021", "I. Khối …"
    year = nearest_year(view.toks, at) or ctx.year
    return Anchor(sent, sent.start + view.toks[at].start, year, "heading", whole_lines=True)


def bare_heading(ctx: Context, sent: Sentence) -> bool:
    """A short line of its own with no colon, no bullet and no end stop, right before a numbered line ("Khối thi
    đua số 2 năm 2021" / "1. Công ty A"): a heading that may name a body over its members' lines."""
    text = sent.text.strip()
    if not text or len(text) > BARE_HEADING or text[-1] in ".;,:!?" or ";" in text or BULLET_RE.match(text):
        return False
    after = ctx.doc.text[sent.end : sent.end + 8]
    return after.lstrip(" \t").startswith("\n") and BULLET_RE.match(after.lstrip()) is not None


BARE_HEADING = 90  # characters of a heading line with no colon


HEADING_WORDS = 4  # words a heading may hold besides the body, brackets, years and counts


def names_only(view: View) -> bool:
    """Whether a heading does no more than name its body (with a label, a bracket, a year, a count or
    a lead of ``members.heading_leads.txt``): "a) Khối thi đua số 1 (vùng ven biển):", "Danh sách các
    đơn vị thuộc Cụm thi đua số 2:", not "Cụm thi đua số 3 đề nghị khen thưởng các đơn vị sau:"."""
    toks, inside, rest = view.toks, set(), []
    for a, b in view.bodies:
        inside.update(range(a, b))
    first = next((k for k, t in enumerate(toks) if t.text[:1].isalpha()), 0)  # past a label "a)", "1."
    inside.update(range(first, first + phrase_at(toks, first, "members.heading_leads.txt")))
    depth = 0
    for k, t in enumerate(toks):
        depth = max(0, depth + (t.text == "(") - (t.text == ")"))  # ")" of a label "a)" opens nothing
        if depth or k in inside or not t.text[:1].isalpha() or t.norm in GENERIC_HEADS or t.norm == _NAM:
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
    if first is not None and any(phrase_at(view.toks, first, f) for f in _ATTENDEE_OPENERS):
        return []  # "- Đại diện Vụ Thi đua - Khen thưởng: ông A", "- Ông A, Phó Chủ tịch …", "- Thư ký: …"
    item = item_at(view, first) if first is not None else None
    if item is not None and anchor.whole_lines and not alone_on_line(view, item.end):
        item = line_tail(view, item)
    if item is None or (anchor.whole_lines and not alone_on_line(view, item.end)):
        return []
    return [to_member(ctx, view, item, anchor, scope)]


# Words that open a line about who attends, not a member: those for attendees, a form of address
# before a person's name ("- Ông Bùi Văn A, Phó Chủ tịch …"), an office ("- Thư ký: bà …"), staff ("- Cán bộ …").
_ATTENDEE_OPENERS = ("members.attendee_words.txt", "persons.honorifics.txt", "titles.txt", "members.staff_words.txt")


TAIL_WORDS = 5  # words of a unit's name on its own line that the unit reader left after it


def line_tail(view: View, item: Item) -> Item:
    """A unit alone on its line whose name goes on past what the unit reader took, in words of a name only (no
    number, no verb or function word, ``units.function_words.txt``, ``units.stops.txt``): "4. Xí nghiệp Buýt
    nhanh BRT Hà Nội", "2. Xí nghiệp Bảo dưỡng sửa chữa phương tiện" (a unit's head opens the line)."""
    toks = view.toks
    if item.start not in view.heads.units and not any(s.start == item.start and s.kind == "unit" for s in view.spans):
        return item
    end = max((k + 1 for k in range(item.end, len(toks)) if toks[k].text[:1].isalnum()), default=item.end)
    if not 0 < end - item.end <= TAIL_WORDS or not all(t.text.isalpha() for t in toks[item.end : end]):
        return item
    if any(phrase_at(toks, k, "units.function_words.txt") or phrase_at(toks, k, "units.stops.txt")
           for k in range(item.end, end)):
        return item
    return replace(item, end=end)


def alone_on_line(view: View, end: int) -> bool:
    """Whether a member's line holds nothing else after the member (ending at token ``end``) but
    punctuation and its role ("– Cụm trưởng", "(Khối phó)")."""
    toks, i = view.toks, skip_parenthesis(view.toks, end)
    if i < len(toks) and toks[i].text in "-–:":
        role = next((m for m in match_patterns(ROLES, toks) if m.start == i + 1), None)
        i = role.end if role else i
    return all(not t.text[:1].isalnum() for t in toks[i:])


_LABEL_RE = re.compile(r"\s*(?:[IVXLC]{1,5}|\d{1,2}|[a-zđ])[.)/]\s*|\s*")


def heading_of(text: str) -> str:
    """Which kind of unit lines a short line heads: "attendance" ("II. THÀNH PHẦN THAM DỰ", "Thành phần tham
    dự hội nghị:", ``members.attendance_headings.txt``), "ranking" ("II. KẾT QUẢ CHẤM ĐIỂM, XẾP HẠNG",
    ``members.ranking_headings.txt``) or ""."""
    rest = text[_LABEL_RE.match(text).end() :].strip().rstrip(":").strip().lower()
    if not 0 < len(rest) < 50:
        return ""
    return next((kind for kind, words in _unit_headings().items() if rest in words), "")


@cache
def _unit_headings() -> dict[str, frozenset[str]]:
    return {kind: frozenset(w.lower() for w in load_lexicon(f"members.{kind}_headings.txt"))
            for kind in ("attendance", "ranking")}


HEADED_UNITS = 2  # units the lines under an attendance or ranking heading must name
_SCORE_RE = re.compile(r"\d\s*điểm|\bxếp (?:thứ|hạng|loại)|\bhạng (?:nhất|nhì|ba|\d)", re.IGNORECASE)


def headed_lines(ctx: Context, scope: Scope) -> list[Member]:
    """The units on the numbered or bulleted lines under a heading of a body's own meeting, each before a
    colon: who attends ("II. THÀNH PHẦN THAM DỰ" / "1. Sở Y tế tỉnh A: ông B – Giám đốc (Cụm trưởng năm
    2019)." / "2. Sở Y tế tỉnh C: bà D – Phó Giám đốc."), when a line gives one of them a role of the body
    (lines of guests, chairs of the meeting and secretaries left out); or how they were scored ("II. KẾT
    QUẢ CHẤM ĐIỂM, XẾP HẠNG" / "1. Trường A: 96,5 điểm – xếp thứ Nhất"), when every line gives a score or a
    rank."""
    sents = ctx.sentences
    for n, sent in enumerate(sents):
        kind = heading_of(sent.text) if len(sent.text) < 70 else ""
        if not kind:
            continue
        out: list[Member] = []
        role, scored = False, True
        anchor = Anchor(sent, sent.start, ctx.year, kind)
        for line in sents[n + 1 :]:
            bullet = BULLET_RE.match(line.text)
            if not bullet:
                break
            view = read_view(line, scope)
            first = next((k for k, t in enumerate(view.toks) if t.start >= bullet.end()), None)
            if first is None or any(phrase_at(view.toks, first, f) for f in _ATTENDEE_OPENERS):
                continue
            item = item_at(view, first)
            if item is None:
                continue
            i = skip_parenthesis(view.toks, item.end)
            if i >= len(view.toks) or view.toks[i].text != ":":
                continue
            rest = line.text[view.toks[i].end :]
            role = role or re.search(ROLE_WORDS, rest) is not None
            scored = scored and _SCORE_RE.search(rest) is not None
            out.append(to_member(ctx, view, item, anchor, scope))
        if len(out) >= HEADED_UNITS and (role if kind == "attendance" else scored):
            return out
    return []


ROLE_WORDS = r"(?:[Cc]ụm|[Kk]hối) (?:trưởng|phó)"
