"""Extractor: members of emulation bodies.

The phrasings, all in a document that names a body, each read by its own module:

- ``members_triggers``: a list after "gồm", "thành viên là", "có 9 đơn vị:" …; members before
  "là thành viên của", "thuộc", "tham gia" and a body; "Đây là bốn đơn vị thuộc Cụm";
- ``members_items``: the members of such a list, with the heads they share ("Công an các tỉnh
  A, B", "Sư đoàn 361, 363", "Sở Tư pháp và Cục THADS của 6 tỉnh A, B");
- ``members_lines``: bullet or numbered lines after a trigger or a heading that ends with ":";
- ``members_tables``: the member column of a table under a header row;
- a counted group ("Năm Ủy ban Mặt trận các tỉnh A, B, C, D và E …", "… Hội LHPN 6 tỉnh: A, B, …"),
  for a body no other rule gives members.

The year is the nearest year of the sentence (of the table's header or caption) else the
document's (the year a pact is signed for, in a signing of one: ``terms.pact_year``); the body is
the one named in the sentence, else the nearest before it that is no passing mention, else the
most mentioned (``members_view.to_member``).
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import replace
from functools import cache

from extractors.base import Context, extractor
from extractors.chairs import speaker_unit
from extractors.members_items import (
    UNIT_KIND_FILES,
    count_at,
    read_items,
    shared_head,
    skip_count,
    skip_parenthesis,
)
from extractors.members_lines import ROLE_WORDS, bullet_member, headed_lines, list_heading
from extractors.members_tables import table_members
from extractors.members_triggers import (
    along_with,
    counted_group,
    counted_kind,
    counted_members_end,
    items_for,
    listed_after,
    listed_before,
    role_holders,
)
from extractors.members_view import (
    BULLET_RE,
    GENERIC_HEADS,
    ROLES,
    TRIGGERS,
    Anchor,
    Item,
    View,
    nearest_year,
    read_view,
    school_year,
    to_member,
)
from extractors.nlp import Token, load_lexicon, norm
from extractors.phrases import (
    find_phrase,
    match_patterns,
    may_match,
    phrase_at,
    phrase_before,
    pick_longest,
    read_tokens,
)
from extractors.scope import Scope, read_scope
from extractors.terms import pact_year, review_match, year_end_words
from extractors.units import capitalised_run, region_word_at
from schemas.document import Sentence
from schemas.facts import Member


@extractor("members", needs=("bodies",))
def find_members(ctx: Context):
    bodies = ctx.found.get("bodies", [])
    if not bodies:
        return []
    scope = read_scope(ctx, bodies)
    pact = pact_year(ctx, int(ctx.doc.published[:4]) if ctx.doc.published else ctx.year, {})
    if pact:  # "Cụm thi đua số 5 ký kết giao ước thi đua" (16/01/2026): members of the pact's year
        ctx = replace(ctx, year=pact.default)
    elif (year := school_year(ctx.doc.title, ctx.year)) != ctx.year:  # "… năm học 2010 - 2011": 2011
        ctx = replace(ctx, year=year)
    elif (year := reviewed_year(ctx)) and year != ctx.year:  # "Hội nghị tổng kết … năm 2017" under a letterhead
        own, ctx = ctx.year, replace(ctx, year=year)
        found = [m if m.year != year or not looks_ahead(ctx.doc.text[m.evidence.sent_start : m.evidence.sent_end], year)
                 else replace(m, year=own) for m in sentence_members(ctx, scope)]
        return members_with(ctx, scope, found)
    return members_with(ctx, scope, sentence_members(ctx, scope))


def members_with(ctx: Context, scope: Scope, found: list[Member]) -> list[Member]:
    """The members of a document: those of its sentences (``found``), its tables, groups, guests and lines."""
    found = found + table_members(ctx, scope)
    listed = {m.body for m in found}
    found += [m for m in group_members(ctx, scope) if m.body not in listed]
    listed = {m.body for m in found}
    found += [m for m in guest_members(ctx, scope) if m.body not in listed]
    listed = {m.body for m in found}
    if re.search(ROLE_WORDS, ctx.doc.text):
        found += [m for m in headed_lines(ctx, scope) if m.body not in listed]
    found = [m for m in found if not placeless(m, found, scope)]
    return [m for m in found if not spelt_beside(m, found)]


def reviewed_year(ctx: Context) -> int | None:
    """The year a year-end review reports on, named with it in the title, under an official document's kind line
    or in the lead ("Biên bản Hội nghị tổng kết công tác thi đua năm 2017" under a letterhead, "… đã tổ chức hội
    nghị tổng kết phong trào thi đua năm 2002" in a news lead): the members a review lists without a year are
    that year's, not those of the year its text names most (the next one, whose roles and pact it prepares)."""
    if not ctx.sentences:
        return None
    m = review_match(ctx)
    if m is None or m.group(1).casefold() not in year_end_words():
        return None
    reviewed = m.group(2) or m.group(3)
    return int(reviewed) if reviewed.isdecimal() else None


def looks_ahead(sentence: str, reviewed: int) -> bool:
    """Whether a list sentence of a year-end review looks past the reviewed year: a word of
    ``members.forward_cues.txt`` ("kể từ năm sau Cụm thi đua số 4 gồm …", "từ nay") and no mention of that year,
    or a decision dated in a later year ("Quyết định số 15/QĐ-UBND ngày 10/01/2020")."""
    years = {int(y) for y in YEAR_RE.findall(sentence)}
    if any(int(y) > reviewed for y in DATED_RE.findall(sentence)):
        return True
    return reviewed not in years and bool(_forward_re().search(sentence))


YEAR_RE = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)")
DATED_RE = re.compile(r"\b\d{1,2}/\d{1,2}/((?:19|20)\d\d)\b")


@cache
def _forward_re() -> re.Pattern[str]:
    words = sorted(load_lexicon("members.forward_cues.txt"), key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in words) + r")(?!\w)",
                      re.IGNORECASE)


def spelt_beside(member: Member, found: list[Member]) -> bool:
    """A table's member written with initials ("TCT CP Phong Phú", "Công ty CP Sợi X") where a list of the same
    body and year spells it out ("Tổng Công ty Cổ phần Phong Phú"): that member once more."""
    if member.evidence.rule != "members/table" or not any(w.isupper() and len(w) > 1 for w in member.member.split()):
        return False
    return any(m.body == member.body and m.year == member.year and m.evidence.rule != "members/table"
               and initials_of(member.member.split(), m.member.split()) for m in found)


def initials_of(short: list[str], long: list[str]) -> bool:
    """Whether the words ``short`` are ``long`` with runs of its words written as their initials ("TCT" for
    "Tổng Công ty", "CP" for "Cổ phần"), the other words as written."""
    if not short or not long:
        return not short and not long
    word = short[0]
    if word.casefold() == long[0].casefold() and initials_of(short[1:], long[1:]):
        return True
    if not (word.isupper() and word.isalpha() and len(word) <= len(long)):
        return False
    heads = "".join(w[:1] for w in long[: len(word)])
    return heads.casefold() == word.casefold() and initials_of(short[1:], long[len(word) :])


def placeless(member: Member, found: list[Member], scope: Scope) -> bool:
    """A member named by its head and a bare place word ("Bộ CHQS tỉnh", the article's own) where
    the same body lists that head with named places ("Bộ CHQS các tỉnh Kiên Giang, An Giang …"): one
    of them, not another member."""
    toks = read_tokens(member.member)
    if len(toks) < 2 or not phrase_before(toks, len(toks), "units.admin.txt"):
        return False
    key = scope.long_key(member.member)
    return any(m.body == member.body and m is not member and scope.long_key(m.member).startswith(key + " ")
               for m in found)


def group_members(ctx: Context, scope: Scope) -> list[Member]:
    """The places of a counted group ("Năm Ủy ban Mặt trận các tỉnh A, B, C, D và E đã …", "… Hội LHPN 6
    tỉnh: A, B, …", ``members_triggers.counted_group``): members of a body for which no list is given."""
    out: list[Member] = []
    kinds = body_kinds(scope)
    for sent in ctx.sentences:
        first = sent.text.split(None, 1)[0].lower() if sent.text.strip() else ""
        kinded = [k for k in kinds if " ".join(k.split(" ", 2)[:2]) in sent.text] if kinds and COUNTED_PLACE_RE.search(
            sent.text) else []
        if not (first.isdecimal() or first in _group_openers() or COUNTED_COLON_RE.search(sent.text)
                or COUNTED_IN_RE.search(sent.text) or kinded):
            continue
        view = read_view(sent, scope)
        items = counted_group(view, kinded)
        if items:
            year = nearest_year(view.toks, 0) or ctx.year
            anchor = Anchor(sent, sent.start, year, "counted_group")
            out += [to_member(ctx, view, it, anchor, scope) for it in items]
    return out


def body_kinds(scope: Scope) -> list[str]:
    """The kinds of unit the document's bodies are named after "các" ("Sở Tài chính khu vực X" of "Khối thi đua các
    Sở Tài chính khu vực X"), capitalised, two words or more: a counted group under such a head is the body's."""
    out = []
    for body in scope.bodies:
        _, sep, rest = body.name.partition(" các ")
        if sep and rest[:1].isupper() and len(rest.split()) >= 2:
            out.append(rest)
    return out


def guest_members(ctx: Context, scope: Scope) -> list[Member]:
    """Units named only as guests, for a body no other rule gives members: a head shared by three places
    or more, then a verb of attending (``members.guest_verbs.txt``): "… chào mừng các đồng chí lãnh đạo Bộ
    Chỉ huy BĐBP các tỉnh A, B, C, D đã về dự", when the document names one of those units with a role of
    the body ("Bộ Chỉ huy Bộ đội Biên phòng tỉnh C - đơn vị Cụm trưởng"): the host is among them, so
    they are the body's units, not visitors."""
    out: list[Member] = []
    if not re.search(ROLE_WORDS, ctx.doc.text):
        return out
    for sent in ctx.sentences:
        if " các " not in sent.text or not _guest_verbs().search(sent.text):
            continue
        view = read_view(sent, scope)
        toks = view.toks
        for i in range(1, len(toks) - 3):
            if not toks[i].is_title or toks[i - 1].is_title:
                continue
            k, shared = shared_head(view, i)
            if not k or shared is None:
                continue
            start, shared = skip_count(view, i)
            items = read_items(view, start, shared)
            if len(items) < GUEST_PLACES or not all(it.head for it in items) or not (
                    attending(toks, items[-1].end) or attended_before(toks, i)):
                break
            places = (sent.text[toks[it.start].start : toks[it.end - 1].end] for it in items)
            if not any(holds_role(ctx.doc.text, items[0].head or "", place) for place in places):
                break
            anchor = Anchor(sent, sent.start + toks[i].start, nearest_year(toks, i) or ctx.year, "guests")
            out += [to_member(ctx, view, it, anchor, scope) for it in items]
            break
    return out


GUEST_PLACES = 3  # places a list of guests must name to be read as a body's units
GUEST_GAP = 3  # words between a list of guests and the verb of attending ("đã về dự")


def attending(toks: list, i: int) -> bool:
    """A verb of attending (``members.guest_verbs.txt``) within a few words after token ``i``."""
    return any(phrase_at(toks, k, "members.guest_verbs.txt") for k in range(i, min(len(toks), i + GUEST_GAP)))


def attended_before(toks: list, i: int) -> bool:
    """Words of attending (``members.attending_leads.txt``) before token ``i``: "Dự Hội nghị có … và đại diện
    lãnh đạo Hội Y các tỉnh: A, B, C"."""
    return find_phrase(toks, "members.attending_leads.txt", 0, i) is not None


def holds_role(text: str, head: str, place: str) -> bool:
    """Whether the document names the unit of ``head`` (its first two words) at ``place`` with a role of a
    body right after it: "Bộ Chỉ huy Bộ đội Biên phòng tỉnh Cao Bằng - đơn vị Cụm trưởng"."""
    words = head.split()[:2]
    if not words or not place:
        return False
    lead = re.escape(" ".join(words))
    if len(words) == 2 and words[1].isalpha() and words[1].isupper() and 2 <= len(words[1]) <= 6:
        # "Hội NCT" also as written in full: "Hội Người cao tuổi" (the initials of the words after the first)
        lead = "(?:" + lead + "|" + re.escape(words[0]) + "".join(
            r"\s+(?i:" + re.escape(c) + r")\w*" for c in words[1]) + ")"
    rest = head.split()[1:]
    if len(rest) >= 2 and all(w[:1].isalpha() for w in rest):
        # "Hội Liên hiệp Phụ nữ" also as its initials after the first word: "Hội LHPN"
        lead = "(?:" + lead + "|" + re.escape(words[0]) + r"\s+" + re.escape("".join(w[0].upper() for w in rest)) + ")"
    pattern = lead + r"[^.;:\n]{0,60}?" + re.escape(place) + r"[^.;\n]{0,25}?" + ROLE_WORDS
    return re.search(pattern, text) is not None


@cache
def _guest_verbs() -> re.Pattern:
    words = sorted(load_lexicon("members.guest_verbs.txt"), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(w) for w in words) + r")\b", re.IGNORECASE)


def sentence_members(ctx: Context, scope: Scope) -> list[Member]:
    """Members from lists and "là thành viên" in sentences, and from bullet lines after a list
    trigger or a heading that ends its sentence."""
    out: list[Member] = []
    open_list: Anchor | None = None
    previous: Sentence | None = None
    labelled = False  # the sentence before listed members under a place label
    marker = None  # the kind of bullet of the open list's lines
    for sent in ctx.sentences:
        bullet = BULLET_RE.match(sent.text) if open_list else None
        if bullet and marker and marker_kind(bullet.group()) != marker:
            bullet = None  # "2. Lãnh đạo … :", "- A", "- B", then "3. Chủ trì: …": the list has ended
        found = bullet_member(ctx, sent, open_list, scope) if bullet else []
        if found:
            marker = marker or marker_kind(bullet.group())
            out += found
            continue
        open_list, marker = None, None
        found = place_labelled(ctx, sent, scope) if labelled or counted_members_end(previous) else []
        labelled = bool(found)
        if found:
            out += found
            previous = sent
            continue
        if may_match(TRIGGERS, sent.text):
            found, open_list = members_in(ctx, sent, previous, scope)
            out += found
        if not found and "(" in sent.text and bracket_after_body(ctx, sent, scope):
            found = bracketed(ctx, sent, scope)
            out += found
        if not found and ":" in sent.text and body_opens(ctx, sent, scope):
            found = body_colon(ctx, sent, scope)
            out += found
        if not found and DASHES.search(sent.text):
            out += dashed_list(ctx, sent, scope)
        open_list = open_list or list_heading(ctx, sent, scope)
        previous = sent
    return out


DASHES = re.compile(r"(?:Khối|Cụm|KHỐI|CỤM)[^–—\-\n]{0,60} [–—-] [A-ZĐ]")
DASHED_UNITS = 3  # units a list set after a body and a dash must name


def dashed_list(ctx: Context, sent: Sentence, scope: Scope) -> list[Member]:
    """Units listed right after a body and a dash, three or more, the list ending the sentence or before its
    verb: "Khối thi đua số 3 – Sở Nội vụ, Sở Tư pháp, Sở Tài chính và Sở Xây dựng – tổng kết năm 2021"."""
    view = read_view(sent, scope)
    toks = view.toks
    for a, b in view.bodies:
        # the dash after the body, or inside its mention where the first unit was read as its parent
        d = next((k for k in range(a + 1, min(b + 1, len(toks))) if toks[k].text in "–—-"), None)
        if d is None or d + 1 >= len(toks) or not toks[d + 1].is_title:
            continue
        if b > d + 1:  # "Cụm thi đua số 5 - Công an tỉnh A, …": the first unit, read as the body's parent
            on = b < len(toks) and (toks[b].text == "," or toks[b].norm == norm("và"))
            items = [Item(d + 1, b)] + read_items(view, b + 1, None) if on else []
        else:
            items = read_items(view, d + 1, None)
        if len(items) < DASHED_UNITS or not all(any(s.start == it.start and s.kind == "unit" for s in view.spans)
                                                for it in items[1:]):
            continue
        end = items[-1].end
        if end < len(toks) and toks[end].is_title:
            continue
        anchor = Anchor(sent, sent.start + toks[a].start, nearest_year(toks, a) or ctx.year, "dashed")
        return [to_member(ctx, view, it, anchor, scope) for it in items]
    return []


def marker_kind(bullet: str) -> str:
    """The kind of a line's bullet: a number, a letter, or a dash or sign."""
    b = bullet.strip()
    return "number" if b[:1].isdecimal() else "letter" if b[:1].isalpha() else "sign"


def members_in(ctx: Context, sent: Sentence, previous: Sentence | None,
               scope: Scope) -> tuple[list[Member], Anchor | None]:
    view = read_view(sent, scope)
    out: list[Member] = []
    open_list = None
    for m in pick_longest(match_patterns(TRIGGERS, view.toks)):
        if any(a <= m.start < b for a, b in view.bodies):  # "Cụm thi đua số 3 thuộc Bộ Tư pháp"
            continue
        if m.id == "trong_do" and not counted_members_end(previous):  # "Trong đó có …" after no count
            continue
        if m.id == "belongs" and passing_after(view, m.end, scope):  # "trước đó sinh hoạt trong Cụm số 5"
            continue
        year = nearest_year(view.toks, m.start) or ctx.year
        anchor = Anchor(sent, sent.start + view.toks[m.start].start, year, m.id)
        if m.label == "ANAPHOR":
            out += listed_before(ctx, view, m, previous, anchor, scope) or listed_after(ctx, view, m, previous, scope)
            continue
        items, goes_on = items_for(view, m, counted_members_end(previous))
        named = body_named_before(view, m, scope) if items and m.id == "thanh_vien_la" else None
        out += [replace(to_member(ctx, view, it, anchor, scope), body=named) if named else
                to_member(ctx, view, it, anchor, scope) for it in items]
        if not items and m.id in ("thuoc", "la_thanh_vien"):  # "Trường ta thuộc Cụm số 1 cùng các trường A, B"
            out += own_and_along(ctx, view, m, anchor, scope)
        if items and m.id == "con_lai" and m.start <= 1 and previous is not None and not role_holders(view, m.start):
            before = read_view(previous, scope)  # "A làm Khối trưởng, B làm Khối phó. Các thành viên còn lại là …"
            out += [to_member(ctx, before, it, anchor, scope) for it in role_holders(before, len(before.toks))]
        out += speaker_member(ctx, view, items, anchor, scope)
        open_list = replace(anchor, whole_lines=goes_on == "lines") if goes_on else open_list
    return out, open_list


def body_named_before(view: View, m, scope: Scope) -> str | None:
    """The body whose name ends with "thành viên" written right before the trigger "thành viên gồm/là" and read as
    no mention of its own ("Khối thi đua các đơn vị thành viên gồm 5 doanh nghiệp: …"): its name, else None."""
    if view.bodies and any(b == m.start or b == m.start + 2 for _, b in view.bodies):
        return None
    before = casefold(view.sent.text[: view.toks[m.start + 1].end])
    for body in scope.bodies:
        name = casefold(body.name)
        if name.endswith(" thành viên") and before.endswith(name):
            return body.name
    return None


def own_and_along(ctx: Context, view: View, m, anchor: Anchor, scope: Scope) -> list[Member]:
    """ "Trường ta thuộc Cụm thi đua số 1 cùng các trường A, B và C": a kind of unit and a first-person word
    (``members.first_person.txt``) before "thuộc" stand for the document's own unit (``own_unit``), a member
    with the units after "cùng" (two or more)."""
    toks = view.toks
    k = phrase_before(toks, m.start, "members.first_person.txt")
    j = m.start - k
    kind = counted_kind(toks, j) if k else 0
    if not kind or j - kind != 0 and toks[j - kind - 1].text not in ",;.":  # the stand-in opens the clause
        return []
    items = along_with(view, m)
    if len(items) < 2:
        return []
    out = [to_member(ctx, view, it, anchor, scope) for it in items]
    unit = own_unit(ctx, view, toks[j - kind], scope)
    return out + ([replace(to_member(ctx, view, Item(j - kind, m.start), anchor, scope), member=unit)] if unit else [])


TITLE_LINES = 3  # lines that open a document and name its own unit ("KỶ YẾU TRƯỜNG THCS A - QUẬN B")
TITLE_CHARS = 100  # a longer line is a paragraph, no title


def own_unit(ctx: Context, view: View, head: Token, scope: Scope) -> str | None:
    """The unit a document is about, for a stand-in of kind ``head`` ("trường" of "Trường ta"): the unit
    of that head the document names in its opening lines (a title or letterhead, maybe in capitals), as
    the text writes it elsewhere; else the unit of the one who speaks (``chairs.speaker_unit``)."""
    lines = [line for line in ctx.doc.text.split("\n", 12)[:12] if line.strip()][:TITLE_LINES]
    short = next((k for k, line in enumerate(lines) if len(line) > TITLE_CHARS), len(lines))
    title = casefold(" ".join(lines[:short]))  # the short lines that open it, before the first paragraph
    best, word = None, casefold(head.text)
    generic = head.norm in _GENERIC_KINDS  # "Đơn vị chúng tôi": a unit of any head
    for sent in ctx.sentences if generic or word in title else ():
        if not generic and word not in casefold(sent.text):
            continue
        other = read_view(sent, scope)
        for sp in other.spans:
            name = sent.text[other.toks[sp.start].start : other.toks[sp.end - 1].end]
            if (sp.kind == "unit" and (generic or other.toks[sp.start].norm == head.norm) and not name.isupper()
                    and casefold(name) in title and (best is None or len(name) > len(best))):
                best = name
    return best or speaker_unit(ctx, view.sent, scope)


_GENERIC_KINDS = frozenset(norm(w) for w in ("đơn", "cơ"))  # "đơn vị", "cơ quan"


def casefold(text: str) -> str:
    return unicodedata.normalize("NFC", text).casefold()


def passing_after(view: View, i: int, scope: Scope) -> bool:
    """Whether the body mention that starts at token ``i`` is one in passing (a clause about the past)."""
    at = view.sent.start + view.toks[i].start if i < len(view.toks) else -1
    return at in scope.passing


_WE = (norm("chúng"), norm("tôi"))


def speaker_member(ctx: Context, view: View, items: list[Item], anchor: Anchor, scope: Scope) -> list[Member]:
    """A list that ends on the unit of the one who speaks ("Khối có 5 thành viên gồm A, B, C, D và Đài
    chúng tôi", "… và đơn vị chúng tôi"; ``chairs.speaker_anaphors.txt``, or a kind of unit and "chúng
    tôi"), in an interview's answer whose speaker the document gives a unit (``chairs.speaker_unit``)."""
    toks = view.toks
    if len(items) < 2:
        return []
    j = items[-1].end + phrase_at(toks, items[-1].end, "members.connectors.txt")
    if j == items[-1].end or j >= len(toks):
        return []
    n = phrase_at(toks, j, "chairs.speaker_anaphors.txt")
    if not n and toks[j].text.isalpha() and tuple(t.norm for t in toks[j + 1 : j + 3]) == _WE:
        n = 3  # "Đài chúng tôi"
    if not n or (j + n < len(toks) and toks[j + n].text[:1].isalnum()):
        return []
    unit = speaker_unit(ctx, view.sent, scope)
    return [replace(to_member(ctx, view, Item(j, j + n), anchor, scope), member=unit)] if unit else []


def place_labelled(ctx: Context, sent: Sentence, scope: Scope) -> list[Member]:
    """The members listed under a place label after a count of members ("Cụm thi đua số 3 gồm 06
    HTX. Huyện Vũ Thư: A, B, C. Huyện Kiến Xương: D, E, F."): the sentence opens with a word of
    ``units.admin.txt``, its capitalised name and a colon, then two or more units."""
    view = read_view(sent, scope)
    toks = view.toks
    n = phrase_at(toks, 0, "units.admin.txt") if toks and toks[0].is_title else 0
    k = capitalised_run(toks, n, numbered=False) if n else 0
    if k <= n or k >= len(toks) or toks[k].text != ":":
        return []
    items = read_items(view, k + 1, None)
    if len(items) < 2:
        return []
    anchor = Anchor(sent, sent.start + toks[0].start, nearest_year(toks, 0) or ctx.year, "place_label")
    return [to_member(ctx, view, it, anchor, scope) for it in items]


GENERIC_BRACKET_RE = re.compile(r"(?:Cụm|Khối) \((?=[^\W\d])")  # "các trường trong Cụm (Lê Lợi, Nguyễn Du)"


def bracket_after_body(ctx: Context, sent: Sentence, scope: Scope) -> bool:
    """Cheap test before ``bracketed``: a bracket opens right after a body's mention in the sentence."""
    text = ctx.doc.text
    if GENERIC_BRACKET_RE.search(sent.text):
        return True
    return any(text[b.evidence.end : b.evidence.end + 2].lstrip()[:1] == "(" or DESCRIBED_BRACKET_RE.match(
        text, b.evidence.end, sent.end) for b in scope.bodies if sent.start <= b.evidence.start < sent.end)


DESCRIBED_BRACKET_RE = re.compile(r"\s*[–—-]\s*[^()–—.;:]{1,50}\(")  # "Cụm thi đua số 4 - khu vực Bắc Trung Bộ (A, B)"


def bracketed(ctx: Context, sent: Sentence, scope: Scope) -> list[Member]:
    """The members in brackets right after a body's name, two or more and nothing else: "Cụm thi đua
    số 1 (Bộ CHQS các tỉnh A, B, C)", "Khối thi đua số 3 (Sở Tư pháp, Sở Nội vụ và Thanh tra tỉnh)". A
    description in brackets ("(Khối các bệnh viện …)", "(các xã vùng cao)") names no members."""
    view = read_view(sent, scope)
    toks, out = view.toks, []
    generic = [k + 1 for k, t in enumerate(toks[:-1]) if t.is_title and t.norm in GENERIC_HEADS]  # "trong Cụm (A, B)"
    for end in sorted({b for _, b in view.bodies} | set(generic)):
        end = region_described(toks, end)
        if end >= len(toks) or toks[end].text != "(":
            continue
        start, shared = skip_count(view, end + 1)
        if start > end + 1 and shared is None:  # a count or a kind word first: a description
            continue
        items = read_items(view, start, shared)
        if len(items) < 2 or items[-1].end >= len(toks) or toks[items[-1].end].text != ")":
            continue
        if all(it.end - it.start == 1 and abbreviates(toks[it.start].text, toks[max(0, end - BRACKET_BACK) : end])
               for it in items):
            continue  # "Cụm thi đua số 5 – Cục Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ (PCCC và CNCH)"
        anchor = Anchor(sent, sent.start + toks[end].start, nearest_year(toks, end) or ctx.year, "bracketed")
        out += [to_member(ctx, view, it, anchor, scope) for it in items]
    return out


BRACKET_BACK = 16  # tokens before a bracket whose words its acronyms may abbreviate


def region_described(toks: list[Token], end: int) -> int:
    """Past a region that describes a body after a dash, up to the bracket after it: "- khu vực Bắc Trung Bộ" of
    "Cụm thi đua số 4 - khu vực Bắc Trung Bộ (A, B, C)" (``region_word_at`` and a capitalised name); else ``end``."""
    if end + 2 >= len(toks) or toks[end].text not in "-–—" or not region_word_at(toks, end + 1):
        return end
    k = end + 1 + max(phrase_at(toks, end + 1, "bodies.region_words.txt"),
                      phrase_at(toks, end + 1, "bodies.region_heads.txt"))
    k = capitalised_run(toks, k, numbered=False) if k < len(toks) and toks[k].is_title else k
    return k if k < len(toks) and toks[k].text == "(" else end


def abbreviates(acronym: str, toks: list[Token]) -> bool:
    """Whether an acronym is the initials of a run of the words before it ("PCCC" of "phòng cháy, chữa cháy")."""
    if not (2 <= len(acronym) <= 8 and acronym.isupper()):
        return False
    initials = "".join(t.text[0].upper() for t in toks if t.text[:1].isalpha())
    return acronym.replace("Đ", "D") in initials.replace("Đ", "D")


LINE_LEAD = 4  # characters before a body that opens its line: a bullet, an emoji


def body_opens(ctx: Context, sent: Sentence, scope: Scope) -> bool:
    """Cheap test before ``body_colon``: a body's mention opens the sentence (after a bullet) or a clause after a
    semicolon."""
    lead = BULLET_RE.match(sent.text)
    start = sent.start + (lead.end() if lead else 0)
    text = ctx.doc.text
    return any(start <= b.evidence.start <= start + LINE_LEAD
               or (sent.start < b.evidence.start < sent.end and text[b.evidence.start - 2 : b.evidence.start] == "; ")
               for b in scope.bodies)


DESCRIPTION_WORDS = 16  # words of a description in brackets or after a dash between a body and its colon


def body_colon(ctx: Context, sent: Sentence, scope: Scope) -> list[Member]:
    """A line, or a clause after a semicolon, that opens with a body (maybe a description in brackets or after a
    dash) and a colon (or a dash), then its members and nothing else: "Cụm thi đua số 1 (các xã phía Tây): Trạm Y
    tế các xã A, B và C", "- Khối 2: Sở X, Sở Y và Sở Z", "Cụm 1: A, B; Cụm 2: C, D", "Khối 3 – Sở X, Sở Y và Sở
    Z". Two members or more that end the clause; none a person; not a line that gives a role ("(Cụm trưởng)") or
    a result ("Sở X xếp thứ nhất, …")."""
    view = read_view(sent, scope)
    toks = view.toks
    if match_patterns(ROLES, toks):
        return []
    lead = BULLET_RE.match(sent.text)
    first = next((k for k, t in enumerate(toks) if t.start >= (lead.end() if lead else 0)), len(toks))
    out: list[Member] = []
    for a, b in view.bodies:
        if a != first and not (a > 0 and toks[a - 1].text == ";"):
            continue
        items = body_list(view, b)
        if items:
            anchor = Anchor(sent, sent.start + toks[a].start, nearest_year(toks, first) or ctx.year, "body_colon")
            out += [to_member(ctx, view, it, anchor, scope) for it in items]
    return out


def body_list(view: View, j: int) -> list[Item]:
    """The members after a body that ends at token ``j`` (``body_colon``), else none."""
    toks = view.toks
    if j >= len(toks) - 1:
        return []
    count = None
    if toks[j].text not in "(:-–—":  # "Khối … được thành lập để năm đơn vị … thi đua với nhau: A, B, C, D và E"
        j, count = counted_colon_after(toks, j)
        if count is None:
            return []
    if toks[j].text == "(":
        j = skip_parenthesis(toks, j)
    elif toks[j].text in "-–—":  # "Khối 2 - các sở khối kinh tế: …", "Khối 2 – Sở X, Sở Y"
        colon = next((k for k in range(j + 1, min(len(toks), j + DESCRIPTION_WORDS)) if toks[k].text in ":;."), j)
        j = colon if toks[colon].text == ":" else j
    if j >= len(toks) - 1 or toks[j].text not in ":-–—":
        return []
    start = j + 1 + phrase_at(toks, j + 1, "members.colon_leads.txt")  # "Khối 3: gồm Sở X, …"
    start, shared = skip_count(view, start)
    items = read_items(view, start, shared)
    if len(items) < 2 or any(s.kind in ("person", "title") and any(it.start == s.start for it in items)
                             for s in view.spans):
        return []
    if count is not None and len(items) != count:
        return []
    end = skip_parenthesis(toks, items[-1].end)
    close = next((k for k in range(end, len(toks)) if toks[k].text == ";"), len(toks))
    return [] if any(t.text[:1].isalnum() for t in toks[end:close]) else items


COUNTED_WORDS = 40  # words between a body and the colon of a list its description counts
_OF = norm("của")


def counted_colon_after(toks: list[Token], j: int) -> tuple[int, int | None]:
    """The first colon within ``COUNTED_WORDS`` words after a body (no end of a clause before it) and the last count of
    a kind in lower case between them ("năm đơn vị", "6 trường"): the list after the colon must name as many. A word of
    membership (``members.counted_cues.txt``) must come between the body and the colon, no verb of giving
    (``awards.give_verbs.txt``), and no place the counted units belong to ("2 trường của tỉnh bạn: …")."""
    count = None
    cue = False
    for k in range(j, min(len(toks), j + COUNTED_WORDS)):
        t = toks[k]
        if t.text in ".;!?" or phrase_at(toks, k, "awards.give_verbs.txt"):  # "… tặng Bằng khen cho 3 trường: …"
            return j, None
        if t.text == ":":
            return (k, count) if cue else (j, None)
        cue = cue or bool(phrase_at(toks, k, "members.counted_cues.txt"))
        if k + 1 < len(toks) and not t.is_title and not (
                phrase_at(toks, k + 1, "units.admin.txt")):  # "Hội X 4 tỉnh: A, B": a shared head (``counted_group``)
            kind = max(phrase_at(toks, k + 1, f) for f in UNIT_KIND_FILES)
            if kind and count_at(toks, k)[0]:  # "năm đơn vị", "4 trạm"; not "3 tập thể" of an award
                after = k + 1 + kind
                if after + 1 < len(toks) and toks[after].norm == _OF and (
                        phrase_at(toks, after + 1, "units.admin.txt")):  # "2 trường của tỉnh bạn": not its own
                    return j, None
                count = count_at(toks, k)[0]
    return j, None


COUNTED_PLACE_RE = re.compile(r"(?:\d{1,2}|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười) (?:tỉnh|thành phố|huyện|quận)\b")
COUNTED_COLON_RE = re.compile(r"\b\d{1,2} [^\W\d]+(?: [^\W\d]+)?\s*:")  # "… Hội LHPN 6 tỉnh: …"
COUNTED_IN_RE = re.compile(r"\b\d{1,2} [^\W\d]+ [^.;:]{3,200}? (?:trong|của|thuộc) (?:Cụm|Khối)\b")  # "… trong Cụm"


@cache
def _group_openers() -> frozenset[str]:
    """First words of a sentence that may open a counted group: a count word, or a lead ("Cả")."""
    lines = load_lexicon("members.numbers.txt") + load_lexicon("members.group_leads.txt")
    return frozenset(line.split("=")[0].split()[0].lower() for line in lines)
