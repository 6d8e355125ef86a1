"""Extractor: chairs and vice-chairs of emulation bodies, by year of term.

A role word of ``patterns/chairs.roles.jsonl`` (Khối trưởng, Trưởng khối, Cụm trưởng, Trưởng
cụm, Trưởng khu vực; Khối phó, Phó khối trưởng, Cụm phó, Phó Cụm trưởng, …) takes its holder,
a unit or a person found by ``extractors.units``. The rules live in their own modules:

- ``chairs_roles``: the holder on the left or the right of the role word ("Bộ Tư pháp được giao
  làm Khối trưởng", "Cụm trưởng là Công an tỉnh X", "… lần lượt là A và B", "A và B là Khối trưởng,
  Khối phó", "năm 2013 hai vai trò này do A và B đảm nhận");
- ``chairs_handovers``: hand-overs ("A trao cờ luân lưu Cụm trưởng cho B", "B tiếp nhận cờ luân
  lưu từ A") and terms elided after a first ("…; năm 2019 là B");
- ``chairs_tables``: tables whose header names the roles ("Năm | Cụm trưởng | Cụm phó", also with
  the spaces that set them out folded: "Năm Cụm trưởng Cụm phó");
- ``chairs_anaphora``: a holder named the sentence before ("Công an tỉnh A đăng cai hội nghị.
  Năm nay, đơn vị vinh dự giữ vai trò Cụm trưởng."), or the unit of the one who speaks ("Ông X:
  … chúng tôi làm Khối phó", ``speaker_unit``);
- ``chairs_years``: the year of each term (a term of several years, "nhiệm kỳ 2015–2016", "từ năm
  2006 đến 2008", "trong hai năm 2007 và 2008", gives each year); ``chairs_view``: one sentence
  read for them all, with the short references of ``short_names`` ("Sở", "Công an tỉnh" after the
  full name) standing for the unit named in full.

This module turns what they find into facts. The body is the one named right after the role word
or after a role coordinated with it ("A làm Khối trưởng, B làm Khối phó Khối thi đua X"), else the
last one before the role in its clause ("Cụm 1 do A làm Cụm trưởng, Cụm 2 do B …"), else, when the
sentence names none, the one body the holder is a listed member of (``member_body``), else the
nearest (``resolution.body_at``). A holder the document names as a place elsewhere ("quận Lê
Chân") is no person. Holders are spelt out with the abbreviations the document
defines, where it writes the long form (a coined one, "KTNN khu vực X", takes the words whose
initials it is later, with every other full form: ``full_forms``). The text beats its headline. A
role word with no holder ("đề nghị Trưởng, Phó trưởng Cụm …") gives nothing. A person named without their unit takes the
unit the document gives them elsewhere ("ông X, Giám đốc Công an tỉnh Y"). When one body has two
chairs for one year, the better-founded one stays. A holder named without a year takes the year
the document gives the same holder in the same role elsewhere.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import replace
from functools import cache, lru_cache

from extractors.awards_speakers import INTERVIEW_CUE
from extractors.base import Context, extractor
from extractors.chairs_anaphora import anaphor_start, anaphoric, clause_opens, speaking, subject
from extractors.chairs_handovers import elided, given, handing_over, incoming, outgoing, received, replaced_after
from extractors.chairs_roles import body_clauses, bracket_body, found_for, in_turn, paired, respectively
from extractors.chairs_rotation import promoted, rotation
from extractors.chairs_tables import folded_chairs, outvoted, table_chairs, table_rows
from extractors.chairs_view import (
    HANDED,
    RANK_STRONG,
    RANK_WEAK,
    ROLES,
    SPLIT_ACRONYM,
    STATED,
    Found,
    Holder,
    View,
    office_heads,
    org_after_person,
    plural_anaphor,
    read_view,
    skip_body,
    skip_of,
    spell_holder,
)
from extractors.chairs_years import attached_year, term_year
from extractors.nlp import Match, load_lexicon, norm
from extractors.phrases import Tokens, find_phrase, is_year, may_match, phrase_at, read_tokens, words
from extractors.resolution import BodyEntity, body_at, entity_for, group_bodies
from extractors.scope import Scope, read_scope, unit_before
from extractors.terms import DocYears, may_open_year, read_years, term_ranges, year_at
from extractors.units import Span, find_spans, initial, is_one_unit, read_heads, unit_key
from schemas.document import Sentence
from schemas.facts import Body, Chair
from schemas.names import canon, same_unit


@extractor("chairs", needs=("bodies", "members"))
def find_chairs(ctx: Context):
    bodies = ctx.found.get("bodies", [])
    if not bodies:
        return []
    scope = read_scope(ctx, bodies, read_years(ctx))
    coined: dict[str, str] = {}
    if "(" in ctx.doc.text:
        coined = coined_heads(ctx.doc.text, scope.abbreviations)
        coined |= coined_brands(ctx, scope.abbreviations)
        coined |= numbered_brands(ctx, scope.abbreviations)
        coined |= split_acronyms(ctx, {**scope.abbreviations, **coined})
    if coined:
        scope = replace(scope, abbreviations={**scope.abbreviations, **coined})
    scope = replace(scope, members=tuple(ctx.found.get("members", [])),
                    passing=scope.passing | past_mentions(bodies, ctx.doc.text))
    sents = ctx.sentences
    ranked = [c for k, s in enumerate(sents) if read_for_roles(s.text, sents[k - 1] if k else None)
              for c in chairs_in(ctx, s, scope, sents[k - 1] if k else None)]
    ranked += [(c, RANK_STRONG, True) for c in table_chairs(ctx, scope) + folded_chairs(ctx, scope)]
    ranked = holders_bodies(ranked, bodies)
    ranked = inherit_years(ranked, bodies)
    chairs = keep_consistent([(fill_org(ctx, c, scope), rank) for c, rank in ranked], bodies)
    chairs += promoted(ctx, chairs, scope.years.default if scope.years else None)
    short = short_forms(ctx, scope, SHORT_FORM) if SHORT_FORM.search(ctx.doc.text) else {}
    # a short name the document gives a unit in brackets after its full name, when a holder is written so:
    # "Ngân hàng … - Chi nhánh tỉnh X (Agribank X)" … "Cụm trưởng là Agribank X"
    bare = {h for c in chairs for h in (c.holder, c.holder_org) if h and h not in short and f"({h})" in ctx.doc.text}
    if bare:
        coined = short_forms(ctx, scope, re.compile(r"\((" + "|".join(map(re.escape, sorted(bare))) + r")\)"))
        short |= {h: full for h, full in coined.items() if shortened(h, full)}
    if not short:
        return chairs
    out = [replace(c, holder=short.get(c.holder, c.holder), holder_org=short.get(c.holder_org, c.holder_org))
           if c.holder in short or c.holder_org in short else c for c in chairs]
    return list({(c.body, c.role, c.year, c.holder): c for c in out[::-1]}.values())[::-1]  # the first of each


# "Bệnh viện Y học cổ truyền và Phục hồi chức năng (sau đây viết tắt là Bệnh viện YHCT và PHCN)"
SHORT_FORM = re.compile(r"\((?:sau đây\s+)?(?:viết tắt|gọi tắt)(?:\s+là)?\s*:?\s*([^()\n]{2,80})\)")


def short_forms(ctx: Context, scope: Scope, form: re.Pattern) -> dict[str, str]:
    """The short forms the document coins for a unit it names in full, in brackets after the name:
    "Bệnh viện Y học cổ truyền và Phục hồi chức năng (sau đây viết tắt là Bệnh viện YHCT và PHCN)",
    "(gọi tắt là …)": a holder written in short is the unit named in full."""
    out: dict[str, str] = {}
    for m in form.finditer(ctx.doc.text):
        full = unit_before(ctx, m.start(), scope.abbreviations)
        if full:
            out[m.group(1).strip()] = full
    return out


# "Tòa án quân sự khu vực 1 Quân khu 4 (TAQS khu vực 1)": an abbreviation and the rest of the name
COINED_HEAD = re.compile(r"\(([A-ZĐ]{2,6}) ([^()\n]{1,40})\)")


def coined_heads(text: str, known: dict[str, str]) -> dict[str, str]:
    """Abbreviations a document coins in brackets with the rest of the name after them: "Tòa án quân
    sự khu vực 1 Quân khu 4 (TAQS khu vực 1)" -> "TAQS" = "Tòa án quân sự", the words before that
    rest in the name, whose initials it is: "TAQS khu vực 2" then names a unit too."""
    out: dict[str, str] = {}
    for m in COINED_HEAD.finditer(text):
        acr, rest = m.group(1), m.group(2).strip()
        if acr in known or acr in out:
            continue
        before = text[max(0, m.start() - 200) : m.start()]
        at = before.rfind(f" {rest}")
        words = before[:at].split()[-len(acr) :] if at > 0 else []
        if len(words) == len(acr) and "".join(initial(w) for w in words) == acr and words[0][:1].isupper():
            out[acr] = " ".join(words)
    return out


# "(Vinare)", "(Petrolimex)": one word in Latin letters without tone marks, of two syllables or more
BRAND_WORD = re.compile(r"\(([A-Z][a-z]*[aeiouy][^aeiouy\W\d]+[aeiouy][a-zA-Z]*)\)")


def _bracketed(ctx: Context, known: dict[str, str], pattern: re.Pattern,
               long_form: Callable[[re.Match, str], str | None]) -> dict[str, str]:
    """Short names a document gives a unit in brackets (``pattern``'s first group), each to the long form
    ``long_form`` makes of the match and the unit named before the bracket (None: no short name); names
    already ``known`` are left as they are."""
    out: dict[str, str] = {}
    for m in pattern.finditer(ctx.doc.text):
        short = m.group(1)
        if short in known or short in out:
            continue
        full = unit_before(ctx, m.start(), known)
        long = long_form(m, full) if full else None
        if long:
            out[short] = long
    return out


def coined_brands(ctx: Context, known: dict[str, str]) -> dict[str, str]:
    """Brands of one word a document gives a unit in brackets after its full name: "Tổng công ty Cổ phần Tái
    bảo hiểm quốc gia Việt Nam (Vinare)" -> "Vinare" names that unit ("Vinare đảm nhiệm Khối phó"). A word
    of the name itself ("(Huế)") or of one syllable is none."""
    return _bracketed(ctx, known, BRAND_WORD,
                      lambda m, full: full if m.group(1).lower() not in canon(full).split() else None)


# "(Cienco 1)", "(Vinaconex 2)": a brand and the number of one of the units that bear it
NUMBERED_BRAND = re.compile(r"\(([A-Z][A-Za-z]{2,}) (\d{1,3})\)")


def numbered_brands(ctx: Context, known: dict[str, str]) -> dict[str, str]:
    """Brands a document gives numbered units in brackets after their full names: "Tổng công ty Xây dựng
    công trình giao thông 1 (Cienco 1)" -> "Cienco" heads a unit's name ("Cienco 4 làm Khối trưởng"), its
    long form the name before the number."""
    def long_form(m: re.Match, full: str) -> str | None:
        number = m.group(2)
        if full.endswith(f" {number}") and m.group(1).lower() not in canon(full).split():
            return full[: -len(number) - 1]
        return None
    return _bracketed(ctx, known, NUMBERED_BRAND, long_form)


# "Trung tâm Kiểm soát bệnh tật (CDC) tỉnh Bình Phước": an acronym in brackets that splits a name before its
# level word and place
def split_acronyms(ctx: Context, known: dict[str, str]) -> dict[str, str]:
    """Acronyms in brackets that split a unit's name before its level word and place: "Trung tâm Kiểm soát
    bệnh tật (CDC) tỉnh Bình Phước" -> "CDC" = "Trung tâm Kiểm soát bệnh tật", the unit's head before the
    bracket ("CDC Bình Phước làm Cụm phó" names that unit), whatever its letters spell; ``spell_holder`` puts
    the level word back ("CDC Bình Phước" -> "Trung tâm Kiểm soát bệnh tật tỉnh Bình Phước")."""
    return _bracketed(ctx, known, SPLIT_ACRONYM, lambda m, full: full if len(full.split()) > 1 else None)


def shortened(short: str, full: str) -> bool:
    """Whether a name in brackets is a short form of the unit before it, not another unit (its parent,
    or the holder a decision names in brackets): fewer words, and the same last word, the place a
    branch keeps ("Ngân hàng … - Chi nhánh tỉnh X (Agribank X)"), or capitals only ("Công ty Cổ phần
    Vận hành … (VEC O&M)")."""
    a, b = canon(short).split(" "), canon(full).split(" ")
    # an acronym of capitals and "&" ("VEC O&M", "VEC E") is a short name, not another unit
    acronym = all(w.isupper() or "&" in w for w in short.split())
    return len(a) < len(b) and (a[-1] == b[-1] or acronym)


def past_mentions(bodies: list[Body], text: str) -> frozenset[int]:
    """Evidence starts of the body mentions in a sentence that opens with a word of
    ``bodies.history_words.txt`` and a comma ("Trước đó, các phường thuộc Cụm thi đua số 3 …"):
    the whole sentence tells the past, so a later role without a body of its own is not of those."""
    out = set()
    for b in bodies:
        head = text[b.evidence.sent_start : b.evidence.start].split(",", 1)[0]
        if len(head) < b.evidence.start - b.evidence.sent_start and canon(head) in _history_openers():
            out.add(b.evidence.start)
    return frozenset(out)


@cache
def _history_openers() -> frozenset[str]:
    return frozenset(canon(w) for w in load_lexicon("bodies.history_words.txt"))


def may_name_role(text: str) -> bool:
    """Cheap test before a sentence is read: a role word, or a chair's rotating flag."""
    if may_match(ROLES, text):
        return True
    low = text.lower()
    return any(flag in low for flag in _flags())


def read_for_roles(text: str, previous: Sentence | None) -> bool:
    """Cheap test before a sentence is read: ``may_name_role``, or a role anaphor ("vai trò này") after a sentence
    that names a role word."""
    return may_name_role(text) or (previous is not None and any(w in text.lower() for w in _role_anaphor_words())
                                   and may_match(ROLES, previous.text))


@cache
def _role_anaphor_words() -> tuple[str, ...]:
    return tuple(w.lower() for w in load_lexicon("chairs.role_anaphors.txt"))


@cache
def _flags() -> tuple[str, ...]:
    return tuple(f.lower() for f in load_lexicon("chairs.chair_flags.txt"))


def chairs_in(ctx: Context, sent: Sentence, scope: Scope,
              previous: Sentence | None) -> list[tuple[Chair, int, bool | str]]:
    """The chairs of one sentence, each with the rank of the rule that found its holder (lower
    in a headline, which names units in short) and whether the text gives its year; a role
    with no holder in its sentence may have one in the sentence before (``chairs_anaphora``)."""
    view = view_of(sent, scope)
    # "hai vai trò này do A và B đảm nhận", "A và B là Khối trưởng, Khối phó": read apart from the rest
    turns = in_turn(view)
    view = replace(view, roles=[r for r in view.roles if not plural_anaphor(r, view.roles)])
    turns += paired(view)
    view = replace(view, roles=[r for r in view.roles if not any(f.role == r for f in turns)])
    turns += rotation(view)  # "luân phiên Cụm trưởng: năm 2005 là A, năm 2006 là B"
    view = replace(view, roles=[r for r in view.roles if not any(f.role == r for f in turns)])
    found = turns + (respectively(view) or received(view) or given(view) or [
        f for role in view.roles for f in found_for(view, role)])
    unheld = [role for role in view.roles if not any(f.role == role for f in found)]
    found += [f for role in unheld for f in anaphor_found(view, role, previous, scope) or speaker_found(
        ctx, view, role, scope) or wrapped_found(ctx, view, role, previous, scope)]
    found = handing_over(view, found)
    found += outgoing(view, found) + incoming(view, found)
    found = [e for f in found for e in elided(view, f)] + [r for f in found for r in replaced_after(view, f)]
    if ";" in sent.text and len(view.bodies) > 1:  # "Cụm trưởng năm 1977: Cụm I do A phụ trách; Cụm II do B …"
        found += [c for f in found for c in body_clauses(view, f)]
    found = [f for f in found if not announced_only(view, f, found)]
    headline = sent.start == 0 and len(ctx.sentences) > 1
    now = find_phrase(view.toks, "chairs.current.txt") is not None  # "hiện nay A tiếp tục giữ …": this year
    if not now:  # "năm đầu tiên, A được chỉ định làm Cụm trưởng": a term in no year the text gives
        found = [f for f in found if f.dated is True or not unplaced(view, f.role)]
    if found and "|" in sent.text and outvoted(*table_rows(ctx.sentences, sent)):  # "3 | Sở A | Cụm phó | 1/7"
        return []  # under "Số phiếu", below the winner's "6/7": a candidate not elected
    made = [(f, to_chair(ctx, view, f, scope)) for f in found]
    found = [f for f, c in made if c is not None]  # a plural role's holder of no body (``turn_body``) is dropped
    # a holder named by its head alone ("Ban", "Sở") and read as the unit of that head named last is less sure than
    # one named in full: where they disagree, the one named in full stays
    out = [(c, held_rank(view, f) - headline, True if now else f.dated) for f, c in made if c is not None]
    handed = [known == HANDED for _, _, known in out]
    out = [(c, rank, True if known == HANDED else known) for c, rank, known in out]
    ranges = term_ranges(view.toks)  # "nhiệm kỳ 2015–2016", "từ năm 2006 đến 2008": each year of the term
    written = bool(out) and writes_year(view)  # (only a sentence that names holders needs it)
    # a term the sentence before announces holds for the holders this one gives no year of their own
    # ("bầu Trưởng, Phó khối năm 2008. Theo đó, A làm Trưởng khối, B làm Phó khối; … năm 2008")
    term = announced(view, previous, scope) if out else None
    term = term or (heading_term(view, scope) if out else None)
    carried = opening_year(ctx, view, previous, scope) if out and not term and not written else None
    carried = carried or (companion_year(ctx, view, previous, scope) if out and not term and not written else None)
    # "Năm 2018, … giao A làm Khối trưởng. Khối X vẫn do B làm Khối trưởng.": B goes on into 2018
    going_on = now and going_on_only(view)
    if carried:  # "Năm 2016, … giao A làm Khối trưởng. Khối X do B làm Khối trưởng.": B in 2016 too
        out = [(replace(c, year=carried), rank, True) if known is not True or going_on else (c, rank, known)
               for c, rank, known in out]
    if term:  # "Hội nghị bầu Trưởng khối nhiệm kỳ 2015–2016. Kết quả, A được bầu làm Trưởng khối"
        out = [(replace(c, year=term[0]), rank, True) if not written or known is not True else (c, rank, known)
               for c, rank, known in out]
        ranges = {term[0]: term[1]}
    more = [(replace(c, year=y), rank, known) for c, rank, known in out if known is True and c.year in ranges
            for y in ranges[c.year] if y <= c.year + MAX_TERM]
    # a hand-over's incoming holder whose year is only the one after the document's
    out = [(c, rank, HANDED if h and known is True and not carried and not term else known)
           for (c, rank, known), h in zip(out, handed, strict=True)]
    return out + more


def held_rank(view: View, f: Found) -> int:
    """The rank of the rule that found the holder; below a weak one's when the holder is a head alone read as the
    unit of that head named last (``View.full``)."""
    if not f.holder.text and (f.holder.name.start, f.holder.name.end) in view.full:
        return min(f.holder.rank, RANK_WEAK) - 1
    return f.holder.rank


def announced_only(view: View, f: Found, found: list[Found]) -> bool:
    """Whether a role before a colon reached its holder after it, where the holder has a role of its own
    after the colon: "bầu cụm trưởng, cụm phó năm 2017: Cụm 1 do A làm cụm trưởng, B làm cụm phó" (A is
    no vice-chair)."""
    h = f.holder
    if h.start < f.role.end or not any(t.text == ":" for t in view.toks[f.role.end : h.start]):
        return False
    return any(g is not f and g.holder.name == h.name and g.role.start > h.start - 1 and g.role != f.role
               for g in found)


def going_on_only(view: View) -> bool:
    """Whether every word of ``chairs.current.txt`` in the sentence is one of a role that goes on
    (``chairs.going_on.txt``: "vẫn", "tiếp tục"), none of the document's own time ("hiện nay", "đang")."""
    toks, cont = view.toks, words("chairs.going_on.txt")
    spans = [(k, n) for k in range(len(toks)) if (n := phrase_at(toks, k, "chairs.current.txt"))]
    return bool(spans) and all(t.norm in cont for k, n in spans for t in toks[k : k + n])


def unplaced(view: View, role: Match) -> bool:
    """Whether the role's clause, before it, places its term in a time that is no year the text
    gives (``chairs.unplaced_years.txt``: "năm đầu tiên", "trước đây"), with no year after that; or
    the role is followed by several years to come (``chairs.later_terms.txt``: "các năm tiếp theo")."""
    if phrase_at(view.toks, skip_body(view, skip_of(view, role.end)), "chairs.later_terms.txt"):
        return True  # "Cụm trưởng các năm tiếp theo lần lượt là: A, B, C"
    lo = max((k + 1 for k in range(role.start) if view.toks[k].text == ";"), default=0)
    at = find_phrase(view.toks, "chairs.unplaced_years.txt", lo, role.start)
    if at is not None and at and phrase_at(view.toks, at - 1, "chairs.part_year.txt") > 1:
        return False  # "Trong nửa năm đầu hoạt động, A giữ vai trò Cụm trưởng": a part of the year it reviews
    return at is not None and not any(year_at(view.toks, k, view.years) for k in range(at, role.start))


YEARISH = re.compile(r"\d{4}|năm|nhiệm kỳ", re.IGNORECASE)  # cheap test: a sentence that may write a year

_VIEWS: dict[tuple[int, int, str], View] = {}
_VIEWS_OF: list[Scope] = []


def view_of(sent: Sentence, scope: Scope) -> View:
    """``read_view``, kept for the sentences of the document being read: a sentence is read once
    for itself and again as the one before the next."""
    if not _VIEWS_OF or _VIEWS_OF[0] is not scope:
        _VIEWS.clear()
        _VIEWS_OF[:] = [scope]
    key = (sent.start, sent.end, sent.text)
    if key not in _VIEWS:
        if len(_VIEWS) >= 4:
            _VIEWS.pop(next(iter(_VIEWS)))
        _VIEWS[key] = read_view(sent, scope)
    return _VIEWS[key]


def writes_year(view: View) -> bool:
    """Whether a sentence writes a year of its own ("năm 2024", "năm nay")."""
    return any(may_open_year(t) and year_at(view.toks, k, view.years) for k, t in enumerate(view.toks))


def announced(view: View, previous: Sentence | None, scope: Scope) -> tuple[int, tuple[int, ...]] | None:
    """The term the sentence before announces for roles it names without a holder ("bầu Trưởng khối,
    Phó Trưởng khối nhiệm kỳ 2015–2016"), when this sentence's roles are among them: its first year
    and the years after it."""
    if previous is None or not may_name_role(previous.text):
        return None
    return term_named(view, view_of(previous, scope)) if YEARISH.search(previous.text) else None


def term_named(view: View, before: View) -> tuple[int, tuple[int, ...]] | None:
    """The term ``before`` names for roles it gives no holder, when ``view``'s roles are among
    them: the year after its last role word and the years after it ("bầu Cụm trưởng, Cụm phó năm
    2011")."""
    if not before.roles or any(found_for(before, r) for r in before.roles):
        return None
    if not {r.label for r in view.roles} <= {r.label for r in before.roles}:
        return None
    year = attached_year(before, before.roles[-1].end)
    return (year, term_ranges(before.toks).get(year, ())) if year else None


def heading_term(view: View, scope: Scope) -> tuple[int, tuple[int, ...]] | None:
    """The term a heading announces ("5. Bầu Cụm trưởng, Cụm phó năm 2011:") for the roles of the
    sentences under it ("Kết quả: A được 6/7 phiếu bầu làm Cụm trưởng; …"): a sentence of up to
    ``HEADING_BACK`` before, naming role words with a year and no holder, that ends with a colon, stands
    on a line of its own with no stop ("2. Kết quả bầu Cụm trưởng, Cụm phó năm 2013"), or comes before a
    lead-in that ends with a colon ("Hội nghị đã bầu Cụm trưởng, Cụm phó năm 2024. Kết quả, các đơn vị
    thống nhất:", then "- Cụm trưởng: A;"). List items of the same list in between are passed over."""
    k = bisect_left([x.start for x in scope.sentences], view.sent.start)
    colon = False
    for prev in scope.sentences[max(0, k - HEADING_BACK) : k][::-1]:
        ends = prev.text.rstrip().endswith(":")
        if may_name_role(prev.text) and (ends or colon or heading_line(scope.text, prev)):
            term = term_named(view, read_view(prev, scope))
            if term or ends:
                return term
        colon = colon or ends
    return None


def heading_line(text: str, sent: Sentence) -> bool:
    """Whether a sentence is a line of its own that ends with no stop: a heading."""
    line_start = sent.start == 0 or text[sent.start - 1] == "\n"
    line_end = sent.end >= len(text) or text[sent.end : sent.end + 1] in ("\n", "")
    return line_start and line_end and sent.text.rstrip()[-1:].isalnum()


HEADING_BACK = 3  # sentences between a heading that announces a term and the one that fills it


def opening_year(ctx: Context, view: View, previous: Sentence | None, scope: Scope) -> int | None:
    """The year the sentence before opens with ("Năm 2016, …", "Sang năm 2023, …"), when it names
    role words and stands in the same paragraph: the year of the terms it goes on with."""
    if previous is None or "\n" in ctx.doc.text[previous.end : view.sent.start]:
        return None
    if not may_name_role(previous.text):  # "Năm 1980, toàn huyện phấn đấu … . Khối 1 do A làm khối trưởng"
        return paragraph_year(ctx, previous, scope)
    toks = read_tokens(previous.text)
    hit = leading_year(toks, scope.years)
    if hit:
        return hit[1] if comma_after(toks, hit) else None
    # after an opening phrase and its comma: "Theo kết quả hiệp thương, năm 2026 A giữ vai trò …"
    comma = next((k for k in range(min(OPENING_PHRASE, len(toks))) if toks[k].text == ","), None)
    hit = year_at(toks, comma + 1, scope.years) if comma else None
    if hit and (comma_after(toks, hit) or hit[0] < len(toks) and toks[hit[0]].is_title):
        return hit[1]
    return parallel_year(view, view_of(previous, scope)) if view.bodies and view.bodies[0][0] == 0 else None


def paragraph_year(ctx: Context, previous: Sentence, scope: Scope) -> int | None:
    """The year a paragraph opens with ("Năm 2016, toàn ngành phấn đấu …"), for the role sentence right after
    that opening sentence when it names no role itself: the paragraph is about that year."""
    if previous.start and ctx.doc.text[previous.start - 1] != "\n" or not YEARISH.match(previous.text):
        return None
    toks = read_tokens(previous.text[:OPENING_CHARS])
    hit = leading_year(toks, scope.years)
    if hit and comma_after(toks, hit) and (reviewed_or_next(hit[1], scope) or planned(previous)):
        return hit[1]
    return None


def leading_year(toks: Tokens, years: DocYears | None) -> tuple[int, int] | None:
    """The first year among a sentence's first ``OPENING_WORDS`` words (``terms.year_at``: the index after it,
    the year)."""
    return next((hit for k in range(min(OPENING_WORDS, len(toks))) if (hit := year_at(toks, k, years))), None)


def comma_after(toks: Tokens, hit: tuple[int, int]) -> bool:
    """Whether a comma follows a year ``year_at`` read ("Năm 2016, …")."""
    return hit[0] < len(toks) and toks[hit[0]].text == ","


def reviewed_or_next(year: int, scope: Scope) -> bool:
    """Whether ``year`` is the year the document reviews or the next one (any year where it states none)."""
    years = scope.years
    return years is None or not years.stated or years.default is None or year in (years.default, years.default + 1)


def planned(sent: Sentence) -> bool:
    """Whether a sentence names a plan (``chairs.plan_cues.txt``: "phấn đấu", "kế hoạch")."""
    toks = read_tokens(sent.text)
    return find_phrase(toks, "chairs.plan_cues.txt") is not None


OPENING_CHARS = 40  # characters of a paragraph's opening read for its year ("Sang năm 2023,")


def parallel_year(view: View, before: View) -> int | None:
    """The year right after the body that opens the sentence before (past a lead-in and its colon), when
    this one opens with a body too: "Về tổ chức cụm: Cụm A năm 1979 do X làm Cụm trưởng. Cụm B do Y làm Cụm
    trưởng." (Cụm B's terms are of 1979 as well). Only where the sentence before holds a role of the same
    kind of body ("Cụm thi đua số 1 năm 2022, Sở Y tế báo cáo kết quả." dates no one's term)."""
    if not any(role_kind(r.id) == role_kind(s.id) for r in before.roles for s in view.roles):
        return None
    toks = before.toks
    colon = next((k for k in range(min(OPENING_PHRASE, len(toks))) if toks[k].text == ":"), None)
    start = colon + 1 if colon is not None else 0
    body = next(((a, b) for a, b in before.bodies if a == start), None)
    hit = year_at(toks, body[1], before.years) if body else None
    return hit[1] if hit and hit[0] < len(toks) and (toks[hit[0]].norm == _DO or toks[hit[0]].text in ":,") else None


_DO = norm("do")  # "Cụm A năm 1979 do X làm Cụm trưởng"; also "Cụm A năm 1979: X …", "Cụm A năm 1979, X …"


def companion_year(ctx: Context, view: View, previous: Sentence | None, scope: Scope) -> int | None:
    """The year the sentence before writes right after its last role word, for a holder it names,
    when this sentence names only the other role and stands in the same paragraph: "…, đơn vị được
    giao làm Cụm trưởng năm 2026. Sở B đảm nhận vai trò Cụm phó." (B in 2026 too)."""
    if previous is None or "\n" in ctx.doc.text[previous.end : view.sent.start] or not may_name_role(previous.text):
        return None
    if not YEARISH.search(previous.text):
        return None
    before = view_of(previous, scope)
    if not before.roles or {r.label for r in view.roles} & {r.label for r in before.roles}:
        return None
    last = before.roles[-1]
    return attached_year(before, last.end) if found_for(before, last) else None


OPENING_WORDS = 3  # words before the year a sentence opens with ("Sang năm 2023,")
OPENING_PHRASE = 8  # words of an opening phrase before its comma and a year ("Theo kết quả hiệp thương,")


MAX_TERM = 10  # years a term written as a range may hold


def anaphor_found(view: View, role: Match, previous: Sentence | None, scope: Scope) -> list[Found]:
    """The role's holder named the sentence before, through "đơn vị" (``chairs_anaphora``)."""
    holder = anaphoric(view, role, view_of(previous, scope) if previous else None)
    return [Found(role, holder, *term_year(view, role, holder))] if holder else []


def wrapped_found(ctx: Context, view: View, role: Match, previous: Sentence | None, scope: Scope) -> list[Found]:
    """A role in brackets that opens a line, the unit it belongs to ending the line before with no stop
    (a list item wrapped: "- Công ty CP Cao su A" / "(Khối phó Khối thi đua số 1);")."""
    toks = view.toks
    if previous is None or not toks or toks[0].text != "(" or role.start != 1 + phrase_at(
            toks, 1, "chairs.appositive.txt"):
        return []
    gap = ctx.doc.text[previous.end : view.sent.start]
    if "\n" not in gap or gap.count("\n") > 1 or not previous.text.rstrip()[-1:].isalnum():
        return []
    # a letterhead's left column: "TRƯỜNG CHÍNH TRỊ X | Hà Tĩnh, ngày …" (or its columns folded) / "(Cụm trưởng)"
    headed = headed_found(ctx, view, role, previous) if previous.text[:2].isupper() else []
    if headed or " | " in previous.text:
        return headed
    before = view_of(previous, scope)
    unit = next((s for s in reversed(before.spans) if s.end == len(before.toks)), None)
    if unit is None or unit.kind != "unit":
        return []
    a, b = before.toks[unit.start].start, before.toks[unit.end - 1].end
    holder = Holder(Span("unit", 0, 1), None, 0, 1, RANK_WEAK, text=previous.text[a:b],
                    antecedent=(previous.start + a, previous.start))
    return [Found(role, holder, *term_year(view, role, holder))]


def headed_found(ctx: Context, view: View, role: Match, previous: Sentence) -> list[Found]:
    """A role in brackets under the unit a letterhead's left column names in capitals, on the line before
    ("CỤM THI ĐUA …", then "TRƯỜNG CHÍNH TRỊ TRẦN PHÚ | Hà Tĩnh, ngày …" and "(Cụm trưởng)"; the columns
    maybe folded into one line, the capitals first): that unit, as the text writes it in lower case where
    it does."""
    caps = []
    for w in previous.text.split(" | ", 1)[0].split():
        if not (w.isupper() or w in ("-", "–")):
            break
        caps.append(w)
    cell = " ".join(caps)
    if len(caps) < 2 or not whole_unit(cell):
        return []
    at = previous.start + previous.text.find(cell)
    line = ctx.doc.text.rfind("\n", 0, at)  # the line above, in the same left column: "UBND HUYỆN A" / "PHÒNG …"
    above = ctx.doc.text[ctx.doc.text.rfind("\n", 0, line) + 1 : line] if line > 0 else ""
    above = left_column(above.split(" | ", 1)[0])
    placed = with_place(cell, above if above.isupper() and whole_unit(above) else None)
    holder = Holder(Span("unit", 0, 1), None, 0, 1, RANK_WEAK, text=as_written(placed, ctx.doc.text),
                    antecedent=(at, previous.start))
    return [Found(role, holder, *term_year(view, role, holder))]


def speaker_found(ctx: Context, view: View, role: Match, scope: Scope) -> list[Found]:
    """The role's holder is the unit of the one who speaks: "chúng tôi làm Khối phó" in an answer
    of an interview ("Ông X: …"), X's unit named elsewhere ("ông X, Cục trưởng Cục Thuế tỉnh A")."""
    first = speaking(view, role)
    anaphor = first or stand_in(view, role)
    unit = speaker_unit(ctx, view.sent, scope) if anaphor else None
    if unit is None and first is not None and not INTERVIEW_CUE.search(ctx.doc.text):
        unit = issuer_unit(ctx.doc.text)  # "trường ta được giao làm Cụm trưởng" in the school's own newsletter
    if unit is None:
        return []
    holder = Holder(anaphor, None, anaphor.start, anaphor.end, RANK_WEAK, text=unit)
    return [Found(role, holder, *term_year(view, role, holder))]


ISSUER_LINES = 3  # lines at the top of a document that may name the unit that issues it
# the gap between the two columns of a letterhead, or the national heading that opens the right one
_COLUMNS = re.compile(r"\s{3,}|\bCỘNG HÒA\b|\bCỘNG HOÀ\b|\bĐộc lập\b")
# the level word and place that end a unit's name in capitals: "UBND TỈNH NINH BÌNH"
_PLACE_TAIL = re.compile(r"\s(?:TỈNH|THÀNH PHỐ|TP\.?|HUYỆN|QUẬN|THỊ XÃ|XÃ(?! HỘI\b)|PHƯỜNG)\s[^\W\d_][^\n]*$")


@lru_cache(maxsize=4)
def issuer_unit(text: str) -> str | None:
    """The unit a document comes from, named in capitals at its top: a letterhead's left column ("ỦY
    BAN MTTQ VIỆT NAM TỈNH GIA LAI   CỘNG HÒA …", the last of its lines that names a unit, with the place
    of the line above where it names none: "UBND TỈNH A" / "SỞ Y TẾ" -> "SỞ Y TẾ TỈNH A") or a newsletter's
    masthead after a word of ``chairs.mastheads.txt`` ("BẢN TIN TRƯỜNG MẦM NON HOA SEN"), or a page's name
    alone on the first line over a post ("Trường Tiểu học Hòa Lạc"): what its first person ("trường ta",
    "trường mình", "đơn vị chúng tôi") stands for where no one speaks."""
    found = None
    for line in [x for x in text[:600].splitlines() if x.strip()][:ISSUER_LINES]:
        left = left_column(line)
        toks = read_tokens(left)
        k = phrase_at(toks, 0, "chairs.mastheads.txt")
        name = left[toks[k].start :] if k < len(toks) else ""
        if not found and name and not name.isupper() and is_one_unit(name):
            found = name  # a page's name over its post, alone on the first line: "Trường Tiểu học Phú An Hòa"
            break
        if not name.isupper() or not whole_unit(name):
            break
        found = with_place(name, found)  # "SỞ Y TẾ" under "UBND TỈNH A": the place of the line above
    return as_written(found, text) if found else found


def as_written(name: str, text: str) -> str:
    """A name written in capitals (a letterhead's "SỞ Y TẾ TỈNH A") as the text writes it in lower case, where it
    does ("Sở Y tế tỉnh A"); else as it is."""
    pattern = re.compile(r"(?<!\w)" + r"\s+".join(map(re.escape, name.split())) + r"(?!\w)", re.IGNORECASE)
    return next((m.group() for m in pattern.finditer(text) if not m.group().isupper()), name)


def left_column(line: str) -> str:
    """A letterhead line's left column: before the gap between the columns or the national heading that
    opens the right one."""
    return _COLUMNS.split(line.strip())[0].strip()


def with_place(name: str, above: str | None) -> str:
    """A unit named in capitals with no place ("SỞ Y TẾ"), with the level word and place that end the
    unit named on the line above it ("UBND TỈNH A" -> "SỞ Y TẾ TỈNH A")."""
    tail = _PLACE_TAIL.search(above) if above else None
    return name if _PLACE_TAIL.search(name) or tail is None else name + tail.group()


def whole_unit(name: str) -> bool:
    """Whether a name in capitals is one unit and nothing else (read with each word capitalised)."""
    return is_one_unit(" ".join(w[:1] + w[1:].lower() for w in name.split()))


def stand_in(view: View, role: Match) -> Span | None:
    """A kind word that opens the role's clause in an answer ("Năm 2022, nhà trường được bầu làm Cụm
    trưởng", "bệnh viện được giao làm Khối phó", ``chairs.anaphors.txt``) and names no unit of the
    sentence before (``anaphor_found`` goes first): the unit of the one who answers."""
    start = anaphor_start(view, role)
    if start is None or not clause_opens(view, start):
        return None
    return Span("unit", start, start + phrase_at(view.toks, start, "chairs.anaphors.txt"))


def speaker_unit(ctx: Context, sent: Sentence, scope: Scope) -> str | None:
    """The unit of the one who speaks in a sentence's line: the line opens with a person's name
    and a colon ("Ông Huỳnh Văn Tuấn: …"), and the document gives that person's unit; or the line
    is an answer of an interview set out in dashed turns ("- …", not a question), and the unit is
    that of the person the lead names ("trao đổi với ông X, Giám đốc Công an tỉnh Y")."""
    line = ctx.doc.text.rfind("\n", 0, sent.start) + 1
    first = next((s for s in ctx.sentences if s.start == line), None)
    if first is None:
        return None
    if TURN.match(first.text):
        return answer_unit(ctx, line, scope)
    toks = read_tokens(first.text)
    spans = find_spans(toks, (), read_heads(toks, scope.abbreviations))
    person = next((s for s in spans[:2] if s.kind == "person"), None)
    if person is None or person.end >= len(toks) or toks[person.end].text != ":":
        return None
    return org_of(ctx, first.text[toks[person.start].start : toks[person.end - 1].end], scope.abbreviations)


TURN = re.compile(r"[-–—]\s")  # a turn of an interview set out in dashes: "- Thưa ông, …", "- Cũng không hẳn."


def answer_unit(ctx: Context, line: int, scope: Scope) -> str | None:
    """The unit of the one who answers on the dashed line at offset ``line``: the person the lead
    interviews ("Phóng viên trao đổi với ông X, Giám đốc Sở Y"), with the unit the document gives
    them, or, when their office is of "nhà trường", "đơn vị", with the unit the sentence before
    opens on ("… Trường Đại học Z được giao vai trò Cụm trưởng. Phóng viên trao đổi với ông X,
    Hiệu trưởng nhà trường"). A question ("…?") has no such speaker."""
    text = ctx.doc.text
    end = text.find("\n", line)
    if text[line : end if end >= 0 else len(text)].rstrip().endswith("?"):
        return None
    cue = next(INTERVIEW_CUE.finditer(text, 0, line), None)
    k = next((i for i, s in enumerate(ctx.sentences) if s.start <= cue.start() < s.end), None) if cue else None
    if k is None:
        return None
    lead = read_view(ctx.sentences[k], scope)
    at = cue.end() - lead.sent.start
    person = next((s for s in lead.spans if s.kind == "person" and lead.toks[s.start].start >= at), None)
    if person is None or lead.toks[person.start].start - at > 30:
        return None
    end = lead.sent.start + lead.toks[person.end - 1].end
    unit = org_of(ctx, text[lead.sent.start + lead.toks[person.start].start : end], scope.abbreviations)
    if unit or not OWN_UNIT.match(text, end):
        return unit
    before = read_view(ctx.sentences[k - 1], scope) if k else None  # (the lead's own subject is the paper)
    unit = subject(before) if before else None
    return before.sent.text[before.toks[unit.start].start : before.toks[unit.end - 1].end] if unit else None


# ", Hiệu trưởng nhà trường", ", Giám đốc đơn vị": an office of the unit the lead is about
OWN_UNIT = re.compile(r",\s*[^\W\d_][^,.;:\n]{0,30}?\s(?:nhà trường|đơn vị|cơ quan|bệnh viện|công ty)\b")


# --- facts ------------------------------------------------------------------------------------


def to_chair(ctx: Context, view: View, f: Found, scope: Scope) -> Chair | None:
    toks, text, bodies = view.toks, view.sent.text, scope.bodies
    h = f.holder
    if not h.text and h.name.kind == "unit" and h.name.start > f.role.start and (end := run_on(view, h.name, scope)):
        h = replace(h, name=Span("unit", h.name.start, end), end=max(h.end, end))
    elif not h.text and h.name.kind == "unit" and (end := run_over(view, h.name, scope)):
        h = replace(h, name=Span("unit", h.name.start, end), end=end if h.end == h.name.end else h.end)

    def cut(s: Span | None) -> str | None:
        if s is not None and (s.start, s.end) in view.full:  # "Sở", "Công an tỉnh": the unit named in full
            return spell_holder(view.full[s.start, s.end].text, scope)
        return spell_holder(text[toks[s.start].start : toks[s.end - 1].end], scope) if s else None

    name = spell_holder(h.text, scope) if h.text else cut(h.name)
    if name and not any(ch.isupper() or ch.isdigit() for ch in name):  # "HTX" of "các hợp tác xã (HTX)": a kind
        return None

    a, b = min(f.role.start, h.start), max(f.role.end, h.end)
    ev = ctx.evidence(view.sent, toks[a].start, toks[b - 1].end, f"chairs/{f.role.id}")
    full = view.full.get((h.name.start, h.name.end)) if not h.text else None
    antecedent = h.antecedent or (full and full.at < ev.start and (full.at, full.sent_start))
    if antecedent:  # from the unit named before (the sentence before, or its full name) to the role word
        at, sent_start = antecedent
        ev = replace(ev, start=at, surface=ctx.doc.text[at : ev.end], sent_start=sent_start,
                     rule=f"chairs/{f.role.id}_anaphor")
    at = view.sent.start + toks[f.role.start].start
    bracket = bracket_body(view, h.end) if h.name.kind != "person" else None  # "A (Cụm số 2), B (Cụm số 3)"
    if f.turn is not None:  # "Các cụm trưởng năm 2020 lần lượt là A và B"
        body = (bracket and bracket[0]) or turn_body(name, f, scope, at)
        if not body:
            return None
    else:
        body = None
    body = body or (f.body_at is not None and view.names.get(f.body_at)) or (bracket and bracket[0]) or body_of_role(
        view, f.role) or role_named(
        view, f.role, bodies) or body_before(view, f.role) or (
        member_body(cut(h.org) if h.org else name, scope, f.role.id) if not view.bodies else None) or body_at(
        of_kind(bodies, f.role.id), view.sent.start, clause_end(view, f), at, scope.passing, scope.contrast)
    kind = "person" if h.name.kind == "person" and not scope.is_place(name) else "org"  # not "quận Lê Chân"
    return Chair(body or "", f.role.label, name, kind, f.year, ev, cut(h.org))


def turn_body(name: str | None, f: Found, scope: Scope, role_at: int) -> str | None:
    """The body of one of several holders of a plural role in turn ("Các cụm trưởng năm 2020 lần lượt là A,
    B và C"): the one body it is a listed member of; else the body in the same place among the bodies of the
    role's kind, where there are as many bodies as holders; else among the bodies the sentence names before
    the role, or the last sentence before it that names any, where they are as many ("Khối 1 và Khối 3 đã tổng
    kết. Khối trưởng của hai khối lần lượt là A và B"); else none."""
    key = unit_key(name) if name else None
    mentions = of_kind(scope.bodies, f.role.id)
    kinds = group_bodies(mentions)
    if key:
        found = {m.body for m in scope.members if m.body and same_unit(unit_key(m.member), key)}
        if len(found) == 1:
            return found.pop()
    at, count = f.turn or (0, 0)
    if len(kinds) == count:
        return kinds[at].name
    recent = recent_bodies(mentions, kinds, role_at)
    return recent[at] if len(recent) == count else None


def recent_bodies(mentions: list[Body], kinds: list[BodyEntity], role_at: int) -> list[str]:
    """The bodies (their leading names, in the order first named) that the mentions of the sentence of a role
    at document offset ``role_at`` name before it, else those of the last sentence before it that names any."""
    before = sorted((m for m in mentions if m.evidence.start < role_at), key=lambda m: m.evidence.start)
    if not before:
        return []
    last = before[-1].evidence.sent_start
    named = [m for m in before if m.evidence.sent_start == last]
    out: list[str] = []
    for m in named:
        lead = next((e.name for e in kinds if canon(m.name) in {canon(n) for n in e.names()}), m.name)
        if lead not in out:
            out.append(lead)
    return out


def of_kind(bodies: list[Body], role: str) -> list[Body]:
    """The bodies of the kind a role word (its id, or a rule that names it) names ("Khối trưởng": blocs, "Cụm
    trưởng": clusters), where the document names any: "Ông A … thay mặt đơn vị Khối trưởng …" after a
    paragraph on a cluster is of the bloc named before it."""
    kind = role_kind(role)
    kept = [b for b in bodies if b.kind == kind] if kind else []
    return kept or bodies


_ROLE_KINDS = (("khoi", "bloc"), ("cum", "cluster"))


def role_kind(role: str) -> str | None:
    """The kind of body a role word names, by its id or a rule that names it ("khoi_truong": "bloc")."""
    parts = set(re.split(r"[/_]", role))  # "chairs/table_cum_truong" -> its words, not a substring of one
    return next((k for word, k in _ROLE_KINDS if word in parts), None)


RUN_ON = 6  # lower-case words a holder's name may run on over to the end of its clause


def run_on(view: View, span: Span, scope: Scope) -> int | None:
    """Where the name of a holder after its role runs on to, past lower-case words the unit finder stops at,
    up to the end of its clause: "Khối phó là Trung tâm Điều hành khai thác;" (the document writes the
    whole name elsewhere too: "gồm …, Trung tâm Điều hành khai thác)"), "Khối phó - Công ty cổ phần Suất ăn
    Hàng không Nội Bài." (it ends in a capitalised word). None: the name ends where it was cut — a year,
    "và", a link word or a verb phrase follows ("Cụm trưởng là Sở A đã chủ trì hội nghị")."""
    toks, e = view.toks, span.end
    while e < len(toks) and e - span.end <= RUN_ON and (toks[e].text.isalpha() or toks[e].text.isdecimal()):
        e += 1
    if e == span.end or e - span.end > RUN_ON or (e < len(toks) and toks[e].text not in _CLAUSE_ENDS):
        return None
    extra = toks[span.end : e]
    joined = any(t.norm == _VA for t in extra[1:-1])  # "Cục Quản lý trang bị và kho vận": only if written twice
    if any(is_year(t) or (t.norm in _run_on_stops() and not (joined and t.norm == _VA)) for t in extra) or any(
            span.end <= r.start < e for r in view.roles) or any(span.end <= a < e for a, _ in view.bodies):
        return None
    whole = view.sent.text[toks[span.start].start : toks[e - 1].end]
    if (toks[e - 1].is_title and not joined) or len(re.findall(re.escape(whole) + r"(?!\w)", scope.text)) >= 2:
        return e
    return None


def run_over(view: View, span: Span, scope: Scope) -> int | None:
    """Where a unit's name that runs from its last capitalised word over lower-case words into a verb
    phrase really ends: "Khối phó là Trung đoàn CSCĐ Đông Bắc xây dựng lại bộ tiêu chí" -> "… Đông Bắc", where
    the document writes the name so, followed by anything else, and never again with those words."""
    toks, text = view.toks, view.sent.text
    last = max((k for k in range(span.start + 1, span.end) if toks[k].is_title or toks[k].text.isupper()), default=None)
    nxt = span.end
    if last is None or last == span.end - 1 or toks[span.end - 1].text.isdecimal() or nxt >= len(toks) or not (
            toks[nxt].text.isalpha() and toks[nxt].text.islower()):
        return None
    short = text[toks[span.start].start : toks[last].end]
    tail = toks[last + 1].text
    alone = re.findall(re.escape(short) + r"(?!\w)(?!\s+" + re.escape(tail) + r"(?!\w))", scope.text)
    whole = re.findall(re.escape(text[toks[span.start].start : toks[span.end - 1].end]) + r"(?!\w)", scope.text)
    return last + 1 if alone and len(whole) == 1 else None


_CLAUSE_ENDS = frozenset(";.|)")
_VA = norm("và")


@cache
def _run_on_stops() -> frozenset[str]:
    """Words that end a name rather than go on with it: links and verbs of the roles, "và", "năm"."""
    return words("chairs.links_left.txt") | words("chairs.links_right.txt") | frozenset(
        norm(w) for w in ("và", "năm", "của", "với", "tại", "theo", "nhiệm", "kỳ"))


def clause_end(view: View, f: Found) -> int:
    """Where the clause of a role and its holder ends in the document: at the first ";" after both,
    so that a body named in a later clause ("A làm Khối trưởng, B làm Khối phó năm 2007; đề nghị
    phối hợp với Khối thi đua Y") is not theirs; else the sentence's end."""
    last = max(f.role.end, f.holder.end)
    k = next((k for k in range(last, len(view.toks)) if view.toks[k].text == ";"), None)
    return view.sent.start + view.toks[k].start if k is not None else view.sent.end


def member_body(holder: str | None, scope: Scope, role: str) -> str | None:
    """For a role whose sentence names no body, where two bodies or more are named, the one body of the
    role's kind (``of_kind``) the holder is a listed member of ("Bộ CHQS tỉnh A đã hoàn thành tốt vai trò Cụm
    trưởng" after a paragraph on another cluster whose members are the border guards of A, B …); for a person
    named with the unit they head, that unit's. Not a body of the other kind: a member of a cluster elected
    "Khối trưởng" is the bloc's."""
    if not holder or len(group_bodies(scope.bodies)) < 2:
        return None
    kinds = {canon(n) for e in group_bodies(of_kind(scope.bodies, role)) for n in e.names()}
    key = unit_key(holder)
    found = {m.body for m in scope.members
             if m.body and canon(m.body) in kinds and same_unit(unit_key(m.member), key)}
    return found.pop() if len(found) == 1 else None


def body_of_role(view: View, role: Match) -> str | None:
    """The body named right after the role word ("Khối trưởng Khối thi đua …", "Cụm trưởng của
    Cụm …"), else after a later role word of its clause ("A làm Khối trưởng, B làm Khối phó
    Khối thi đua X": both of X)."""
    for r in [role, *clause_roles_after(view, role)]:
        name = view.names.get(skip_of(view, r.end))
        if name:
            return name
    return None


def body_before(view: View, role: Match) -> str | None:
    """The body that shares the role's word ("làm Trưởng Khối thi đua số 2"), else the body named
    last before the role word in its clause (";" ends clauses): "Năm 2014, Cụm 1
    do A làm Cụm trưởng, Cụm 2 do B làm Cụm trưởng" -> Cụm 1 for A, Cụm 2 for B."""
    inside = next((a for a, b in view.bodies if a < role.end and role.start < b), None)
    if inside is not None:  # "làm Trưởng Khối thi đua số 2": the body shares the role's word
        return view.names.get(inside)
    lo = max((k + 1 for k in range(role.start) if view.toks[k].text == ";"), default=0)
    starts = [a for a, _ in view.bodies if lo <= a < role.start]
    return view.names.get(max(starts)) if starts else None


def role_named(view: View, role: Match, bodies: list[Body]) -> str | None:
    """The body a role word names with its own head word ("Trưởng khối Đắk Lắk - Đắk Nông", "Cụm
    phó cụm Duyên hải") by the words that end one body's name, for the role or another of its
    clause ("A làm Trưởng khối X, B làm Phó khối": both of X)."""
    lo = max((k + 1 for k in range(role.start) if view.toks[k].text == ";"), default=0)
    before = [r for r in view.roles if lo <= r.start < role.start]
    for r in [role, *clause_roles_after(view, role), *before[::-1]]:
        tail = name_after(view, r)
        if tail:
            found = {e.name for e in group_bodies(bodies) if any(
                canon(n).endswith(" " + tail) for n in e.names())}
            if len(found) == 1:
                return found.pop()
    return None


_BODY_HEADS = frozenset(("khối", "cụm"))


def name_after(view: View, role: Match) -> str | None:
    """The proper name right after a role word that ends with its body's head ("Trưởng khối Gia Lai"),
    canonical: capitalised words and the dashes between them."""
    toks = view.toks
    if toks[role.end - 1].text.lower() not in _BODY_HEADS:
        return None
    k = role.end
    while k < len(toks) and (toks[k].is_title or (toks[k].text in "-–" and k + 1 < len(toks) and toks[k + 1].is_title)):
        k += 1
    if k == role.end or any(any(a <= j < b for a, b in view.bodies) for j in range(role.end, k)):
        return None
    return canon(view.sent.text[toks[role.end].start : toks[k - 1].end])


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
        return replace(c, holder_org=spell_holder(org, scope) if org else None)
    return c


def org_of(ctx: Context, person: str, abbreviations: dict[str, str]) -> str | None:
    """The unit a person heads, from "X, Giám đốc Công an tỉnh Y" or "Giám đốc Công an tỉnh Y X"."""
    for sent in ctx.sentences:
        if person not in sent.text:
            continue
        toks = read_tokens(sent.text)
        spans = find_spans(toks, (), office_heads(toks, read_heads(toks, abbreviations)))
        for k, s in enumerate(spans):
            if s.kind != "person" or sent.text[toks[s.start].start : toks[s.end - 1].end] != person:
                continue
            before = spans[k - 1] if k and spans[k - 1].kind == "unit" and spans[k - 1].end == s.start else None
            unit = org_after_person(toks, spans, k) or before or labelled_by(toks, spans, k)
            if unit:
                return sent.text[toks[unit.start].start : toks[unit.end - 1].end]
    return None


def labelled_by(toks, spans: list[Span], k: int) -> Span | None:
    """The unit that labels a list item before its colon, for the person after it (maybe after a title):
    "- Sở X: ông A, Giám đốc" (A of Sở X)."""
    j = k - 1 if k and spans[k - 1].kind == "title" and spans[k - 1].end == spans[k].start else k
    colon = spans[j].start - 1 if j < len(spans) else -1
    if j < 1 or colon < 1 or toks[colon].text != ":" or spans[j - 1].kind != "unit" or spans[j - 1].end != colon:
        return None
    return spans[j - 1] if item_start(toks, spans[j - 1].start) else None


_ITEM_MARKS = frozenset(("-", "–", "+", "•", "*", ";"))


def item_start(toks, i: int) -> bool:
    """Whether token ``i`` opens a list item: the first token, after a mark ("-", "+", "•") or a number or
    letter that numbers the item ("1.", "2)", "a)")."""
    if i == 0 or toks[i - 1].text in _ITEM_MARKS:
        return True
    return i == 2 and toks[1].text in (".", ")") and (toks[0].text.isdecimal() or len(toks[0].text) == 1)

Ranked = list[tuple[Chair, int, bool | str]]


def holders_bodies(ranked: Ranked, bodies: list[Body]) -> Ranked:
    """A holder whose sentence names no body, where two bodies or more are named, belongs to the one body the
    document gives the same holder in the same role elsewhere ("- Cụm số 1: A (Cụm trưởng) …; - Cụm số 2: B
    (Cụm trưởng). Nhận nhiệm vụ Cụm trưởng, A sẽ …": A's is Cụm số 1, not the last one named)."""
    if len({b.name for b in bodies}) < 2:
        return ranked
    starts = sorted(b.evidence.start for b in bodies)

    def bodiless(c: Chair) -> bool:
        k = bisect_left(starts, c.evidence.sent_start)
        return k == len(starts) or starts[k] >= c.evidence.sent_end

    out = []
    for c, rank, known in ranked:
        kinds = {b.name for b in of_kind(bodies, c.evidence.rule)}
        if bodiless(c):
            own = {d.body for d, _, _ in ranked if d is not c and d.role == c.role and d.body and not bodiless(d)
                   and same_holder(d, c) and d.body in kinds}
            if len(own) == 1 and c.body not in own:
                c = replace(c, body=own.pop())
        out.append((c, rank, known))
    return out


def same_holder(c: Chair, other: Chair) -> bool:
    """Whether two chair facts name the same unit (as unit or person's unit), not merely one place."""
    mine = [unit_key(x) for x in (c.holder, c.holder_org) if x]
    theirs = [unit_key(x) for x in (other.holder, other.holder_org) if x]
    return any(a == b or same_unit(a, b) for a in mine for b in theirs)


def inherit_years(ranked: list[tuple[Chair, int, bool | str]], bodies: list[Body]) -> list[tuple[Chair, int]]:
    """A holder named in a role without a year ("B giữ vai trò Cụm phó") takes the year the document
    writes for the same holder in the same role elsewhere ("Cụm phó 2015: B"), when it writes one
    year only; one named with only the year the document reviews, the year written before it ("A
    bàn giao nhiệm vụ Khối trưởng cho B" … "B, đơn vị Khối trưởng": B's next term)."""
    entities = group_bodies(bodies)

    def body(c: Chair) -> str:
        ent = entity_for(c.body, entities)
        return ent.name if ent else c.body

    written = [c for c, _, known in ranked if known is True]

    def handed(c: Chair) -> Chair:  # "A trao cờ Khối trưởng cho B. Năm 2013, B làm Khối trưởng": B's year is 2013;
        # not a year before the reviewed one ("A là Khối trưởng năm 2017" at the review of 2019: an earlier term)
        years = {d.year for d in written if d.role == c.role and body(d) == body(c) and agrees(d, c)
                 and (c.year is None or d.year is None or d.year >= c.year - 1)}
        return replace(c, year=years.pop()) if len(years) == 1 else c

    ranked = [(handed(c), rank, True) if known == HANDED else (c, rank, known) for c, rank, known in ranked]
    dated = [c for c, _, known in ranked if known is True]
    out = []
    for c, rank, known in ranked:
        if known is True or not dated:
            out.append((c, rank))
            continue
        years = {d.year for d in dated if d.role == c.role and body(d) == body(c) and agrees(d, c)
                 and (known is not STATED or d.evidence.start < c.evidence.start)}
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
    return any(a == b or same_unit(a, b) or same_place(a, b) for a in mine for b in theirs)


def same_place(a: str, b: str) -> bool:
    """Two names of one local unit that share the place they end with ("Ủy ban MTTQ thị trấn Đức
    Hòa" and "Mặt trận thị trấn Đức Hòa"): a place word and a name of two words or more."""
    pa, pb = place_tail(a), place_tail(b)
    return pa is not None and pa == pb


def place_tail(name: str) -> str | None:
    words = name.split(" ")
    for k in range(1, len(words) - 2):
        if " ".join(words[k : k + 1]) in _admin_words() or " ".join(words[k : k + 2]) in _admin_words():
            return " ".join(words[k:])
    return None


@cache
def _admin_words() -> frozenset[str]:
    return frozenset(canon(w) for w in load_lexicon("units.admin.txt"))
