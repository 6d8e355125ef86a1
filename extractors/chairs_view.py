"""One sentence read for the chair rules: its tokens, role words, units, persons and titles,
body mentions, and the walks every chair rule takes over them (past a body, a year, "của").

``Scope`` (``extractors.scope``) is what the whole document gives; a ``View`` is one sentence
read once against it; a ``Holder`` is the unit or person a rule takes for a role word, and a
``Found`` the role, its holder and the year of the term.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache

from extractors.nlp import Match, Token, load_lexicon, norm
from extractors.phrases import (
    Tokens,
    match_patterns,
    phrase_at,
    phrase_before,
    phrases,
    pick_longest,
    read_tokens,
    token_ranges,
    words,
)
from extractors.resolution import group_bodies
from extractors.scope import Scope
from extractors.short_names import FullName, resolve, short_spans
from extractors.terms import DocYears, year_at
from extractors.units import (
    ACRONYM_RE,
    Heads,
    Span,
    find_spans,
    initial,
    known_abbreviations,
    norms_key,
    person_len,
    read_heads,
    spell_out,
    unit_end,
)
from schemas.document import Sentence
from schemas.facts import Body
from schemas.names import canon

ROLES = "chairs.roles.jsonl"
ORG_KINDS = ("unit", "name")
RANK_STRONG, RANK_WEAK, RANK_OUTGOING = 3, 2, 1
STATED = "stated"  # a term's year that is the one the document reviews, not written with the role
HANDED = "handed"  # the year after the document's, of a hand-over's incoming holder: a year written for it wins


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
    full: dict[tuple[int, int], FullName] = field(default_factory=dict)  # short references ("Sở", "Công an tỉnh")
    text: str = ""  # the document's text


@dataclass(frozen=True)
class Holder:
    name: Span  # the unit or the person
    org: Span | None  # the unit a person heads
    start: int  # token extent of the holder phrase (titles and org included)
    end: int
    rank: int = RANK_STRONG
    handover: bool = False  # reached through "cho" after a hand-over verb
    replaced: bool = False  # the holder of the term before, replaced ("A thay B làm Cụm trưởng")
    text: str | None = None  # the unit an anaphor stands for ("đơn vị", "chúng tôi": ``chairs_anaphora``)
    antecedent: tuple[int, int] | None = None  # document offsets of that unit and of its sentence


@dataclass(frozen=True)
class Found:
    role: Match
    holder: Holder
    year: int | None
    dated: bool | str = True  # False: the year is only the document's, the text gives none; STATED: the
    # year the document's title or lead reviews
    turn: tuple[int, int] | None = None  # one of several holders of a plural role in turn: its place, their number
    body_at: int | None = None  # the token where the clause of a role's lead-in names its body ("…; Cụm số II do B")


def read_view(sent: Sentence, scope: Scope) -> View:
    bodies, years = scope.bodies, scope.years
    toks = read_tokens(sent.text)
    roles = pick_longest(match_patterns(ROLES, toks))
    roles += elided_heads(toks, roles)
    roles = sorted(roles + role_anaphors(toks, roles, lambda: roles_before(sent, scope)), key=lambda r: r.start)
    here = [b for b in bodies if sent.start <= b.evidence.start < sent.end]
    ranges = token_ranges(toks, [(b.evidence.start - sent.start, b.evidence.end - sent.start) for b in here])
    names = {a: b.name for (a, _), b in zip(ranges, here, strict=False)}
    refs = referred_bodies(toks, roles, ranges, bodies) if len(bodies) > 1 and _REF_HEADS_RE.search(sent.text) else {}
    if refs:  # "cụm thư viện", "Trưởng khối taxi": words of one body's name stand for it
        ranges = sorted([*ranges, *refs])
        names |= {a: name for (a, _), name in refs.items()}
    barriers = {k for r in roles for k in range(r.start, r.end)}
    barriers |= {k for a, b in ranges for k in range(a, b)}
    heads = read_heads(toks, scope.abbreviations)
    heads = office_heads(toks, heads)
    spans = find_spans(toks, barriers, heads)
    if any(t.text.isdecimal() for t in toks):
        spans = numbered_names(toks, spans, sent, scope.text)
    if roles and scope.members:  # "Vinataxi làm Phó khối": a one-word brand the document lists as a member
        spans = listed_names(toks, spans, barriers, scope)
    full = {}
    for s in short_spans(toks, spans, heads, barriers) if roles else ():
        found = resolve(s, toks, sent, scope.sentences, scope.abbreviations)
        if found:
            full[s.start, s.end] = found
            spans = spans if s in spans else sorted([*spans, s], key=lambda x: x.start)
    return View(sent, toks, roles, spans, ranges, years, names, full, scope.text)


LISTED_WORDS = 3  # words of a member's name read as a holder where the unit finder finds nothing


def listed_names(toks: Tokens, spans: list[Span], barriers: set[int], scope: Scope) -> list[Span]:
    """Names the document lists as members of a body ("gồm Mai Linh, Vinasun, Vinataxi"), capitalised and
    outside every unit, person and name the unit finder reads: a brand of one word is none of them ("Vinataxi
    làm Phó khối")."""
    listed = _listed(scope)
    if not listed:
        return spans
    covered: set[int] | None = None
    out = list(spans)
    k = 0
    while k < len(toks):
        names = listed.get(toks[k].norm) if toks[k].is_title else None
        if names:  # (only a word that opens a listed name is read further)
            covered = covered if covered is not None else {j for s in spans for j in range(s.start, s.end)} | barriers
            n = next((len(name) for name in names if k + len(name) <= len(toks)
                      and tuple(t.norm for t in toks[k : k + len(name)]) == name
                      and not covered.intersection(range(k, k + len(name)))
                      and (k + len(name) == len(toks) or not toks[k + len(name)].is_title)), 0)
            if n:
                out.append(Span("name", k, k + n))
                k += n
                continue
        k += 1
    return sorted(out, key=lambda x: x.start) if len(out) > len(spans) else spans


_LISTED: dict[int, tuple[Scope, dict[str, list[tuple[str, ...]]]]] = {}


def _listed(scope: Scope) -> dict[str, list[tuple[str, ...]]]:
    """The members' names (``listed_tail``) as word norms, longest first, by their first word."""
    kept = _LISTED.get(id(scope))
    if kept is not None and kept[0] is scope:
        return kept[1]
    out: dict[str, list[tuple[str, ...]]] = {}
    for name in {tuple(norm(w) for w in tail.split()) for m in scope.members if (tail := listed_tail(m.member))}:
        out.setdefault(name[0], []).append(name)
    for names in out.values():
        names.sort(key=len, reverse=True)
    _LISTED.clear()
    _LISTED[id(scope)] = (scope, out)
    return out


def listed_tail(member: str) -> str | None:
    """The capitalised words that end a member's name, up to ``LISTED_WORDS`` of them ("Vinataxi", "Doanh
    nghiệp Vinataxi" given a list's shared head): what a text may write alone for it."""
    words_ = member.split()
    k = len(words_)
    while k > 0 and len(words_) - k < LISTED_WORDS and words_[k - 1][:1].isupper():
        k -= 1
    return " ".join(words_[k:]) if k < len(words_) else None


MAX_NUMBER = 3  # digits of the number that ends a unit's name ("Hà Tiên 1", "Sông Đà 10")


def numbered_names(toks: Tokens, spans: list[Span], sent: Sentence, doc: str) -> list[Span]:
    """Names followed by a small number that the document writes elsewhere as the end of a longer name:
    "do Hà Tiên 1 làm Khối trưởng" where it names "Công ty Xi măng Hà Tiên 1" (the unit finder stops
    before the number, or reads a person's name there)."""
    out = []
    for s in spans:
        k = s.end
        numbered = k < len(toks) and toks[k].text.isdecimal() and len(toks[k].text) <= MAX_NUMBER
        if numbered and s.kind in ("name", "person") and (
                k + 1 == len(toks) or not toks[k + 1].text[:1].isalnum() or not toks[k + 1].is_title):
            name = sent.text[toks[s.start].start : toks[k].end]
            here = sent.start + toks[s.start].start
            pattern = r"[^\W\d_]+\s+(" + r"\s+".join(map(re.escape, name.split())) + r")(?![\w/])"
            if any(m.start(1) != here for m in re.finditer(pattern, doc)):  # a longer name ending so
                s = Span("name", s.start, k + 1)
        out.append(s)
    return out


_REF_HEADS_RE = re.compile(r"\b(?i:khối|cụm) [^\W\d_A-ZĐ]")  # cheap test: "cụm thư viện", "Trưởng khối taxi"
_REF_HEADS = frozenset(norm(w) for w in ("khối", "cụm"))
REF_WORDS = 6  # lower-case words after "cụm", "khối" that may name one body by words of its name


def referred_bodies(toks: Tokens, roles: list[Match], ranges: list[tuple[int, int]],
                    bodies: list[Body]) -> dict[tuple[int, int], str]:
    """Short references to one body of several by "cụm" or "khối" and lower-case words of its name, outside
    the body mentions: "cụm thư viện" (the token range of all three words), "Trưởng khối xe buýt" (of "xe
    buýt", the role word keeping its head): the longest run of up to ``REF_WORDS`` words that is in one body's
    names and in no other's; none opens with a word of ``chairs.body_ref_stops.txt``."""
    inside = {k for a, b in ranges for k in range(a, b)}
    in_role = {k: r for r in roles for k in range(r.start, r.end)}
    out: dict[tuple[int, int], str] = {}
    entities = None
    for k, t in enumerate(toks):
        if t.norm not in _REF_HEADS or k in inside or (k in in_role and in_role[k].end != k + 1):
            continue
        n = 0
        while n < REF_WORDS and k + 1 + n < len(toks) and k + 1 + n not in inside and toks[k + 1 + n].text.isalpha() \
                and not toks[k + 1 + n].is_title and k + 1 + n not in in_role:
            n += 1
        if not n or toks[k + 1].norm in words("chairs.body_ref_stops.txt"):
            continue
        if not _ref_cued(toks, roles, k, k + 1 + n, k in in_role):
            continue
        entities = entities if entities is not None else _entities(bodies)
        if len(entities) < 2:
            return {}
        for m in range(n, 0, -1):
            phrase = f" {canon(' '.join(x.text for x in toks[k + 1 : k + 1 + m]))} "
            found = {e.name for e in entities if any(phrase in f" {canon(x)} " for x in e.names())}
            if len(found) == 1:
                out[k + (k in in_role), k + 1 + m] = found.pop()
                break
            if found:
                break  # words several bodies share: no shorter run names one either
    return out


def _ref_cued(toks: Tokens, roles: list[Match], start: int, end: int, in_role: bool) -> bool:
    """Whether "cụm …" / "khối …" at ``start`` refers to a body rather than to a part of a sector ("khối mầm
    non tăng 3 trường"): it is in a role's words ("Trưởng khối taxi"), after a word that sets the scene ("Ở cụm
    bảo tàng, …", ``chairs.body_ref_leads.txt``), or in the clause of the role that follows it, no comma
    between ("cụm thư viện thống nhất giao A làm Cụm trưởng")."""
    if in_role or (start and toks[start - 1].norm in words("chairs.body_ref_leads.txt")):
        return True
    after = [r.start for r in roles if r.start >= end]
    return bool(after) and not any(toks[j].text in ",;:" for j in range(end, min(after)))


_ENTITIES: list = []  # (bodies, their entities) of the document being read


def _entities(bodies: list[Body]) -> list:
    if not _ENTITIES or _ENTITIES[0][0] is not bodies:
        _ENTITIES[:] = [(bodies, group_bodies(bodies))]
    return _ENTITIES[0][1]


_TRUONG, _PHO = norm("trưởng"), norm("phó")
_ELIDED = {norm("khối"): "truong_khoi", norm("cụm"): "truong_cum"}


def elided_heads(toks: Tokens, roles: list[Match]) -> list[Match]:
    """A role word whose body word is written once for two roles: "bầu Trưởng, Phó khối năm 2008",
    "Trưởng và Phó cụm": the bare "Trưởng" before "Phó khối" is the chair of the same kind."""
    out = []
    for r in roles:
        if r.label != "vice_chair" or r.end - r.start != 2 or r.start < 2 or toks[r.start].norm != _PHO:
            continue
        kind = _ELIDED.get(toks[r.start + 1].norm)
        if kind and toks[r.start - 1].text in (",", "và") and toks[r.start - 2].norm == _TRUONG and not any(
                o.start <= r.start - 2 < o.end for o in roles):
            out.append(Match("chair", kind, r.start - 2, r.start - 1))
    return out


def office_heads(toks: Tokens, heads: Heads) -> Heads:
    """The sentence's heads with the offices of ``titles.txt`` of two words or more that end in a
    lower-case word added as titles where they are longer than the title read there: "Kiểm toán
    trưởng KTNN khu vực VII", "Kế toán trưởng Công ty X", "Chỉ huy trưởng Bộ CHQS tỉnh Y" are an
    office and the unit it heads, not one unit ("Kiểm toán" also heads units)."""
    extra = {}
    firsts = office_firsts()
    for k in [k for k, t in enumerate(toks) if t.norm in firsts and (t.is_title or k in heads.units)]:
        n = phrase_at(toks, k, "titles.txt")
        if n >= 2 and not toks[k + n - 1].is_title and k + n > heads.titles.get(k, 0):
            extra[k] = k + n
        elif n >= 2 and (cut := unit_inside(toks, k, k + n, heads)):
            extra[k] = cut
    for k, end in heads.titles.items():
        if k not in extra and (cut := unit_inside(toks, k, end, heads)):
            extra[k] = cut
    if not extra:
        return heads
    return Heads(heads.units, heads.whole, {**heads.titles, **extra})


def unit_inside(toks: Tokens, start: int, end: int, heads: Heads) -> int | None:
    """Where an office from ``start`` to ``end`` that ends in the capitalised head of a unit gives way
    to that unit, named after it: "Trưởng Công an phường X", "Trưởng Ban Dân vận Huyện ủy Y", "Trưởng
    Đài Truyền thanh huyện Z" are the office "Trưởng" and the unit it heads, whole (not "phường X").
    None: the head ends no unit name ("Trưởng Công an Nguyễn Văn A": a person follows)."""
    for k in range(start + 1, end):
        if heads.units.get(k) == end and toks[k].is_title:
            if end < len(toks) and not person_len(toks, end) and unit_end(toks, k, end, heads) > end:
                return k
            return None
    return None


@cache
def office_firsts() -> frozenset[str]:
    """First words of the offices of ``titles.txt`` of two words or more (the only places
    ``office_heads`` has to look at)."""
    return frozenset(first for first, entries in phrases("titles.txt").items() if any(len(e) >= 2 for e in entries))


def role_anaphors(toks: Tokens, roles: list[Match], earlier: Callable[[], list[Match]]) -> list[Match]:
    """ "vai trò này", "nhiệm vụ này" (``chairs.role_anaphors.txt``) after a role word of the sentence,
    else of the sentence before in its paragraph (``earlier``) when it names one kind of role, stand
    for that role: "A là Cụm trưởng, còn B sẽ đảm nhận vai trò này trong năm 2008". After a count
    ("hai vai trò này", "các vai trò trên": ``chairs.role_counts.txt``) they stand for as many roles
    of different kinds named before, in their order, each a match of the same words (read in turn by
    ``chairs_roles.in_turn``)."""
    out = []
    firsts = phrases("chairs.role_anaphors.txt")
    for k in range(len(toks)):
        n = phrase_at(toks, k, "chairs.role_anaphors.txt") if toks[k].norm in firsts else 0
        if not n:
            continue
        here = [r for r in roles if r.end <= k]
        before = here or earlier()
        c, count = role_count_before(toks, k)
        kinds = last_of_each_label(before)
        if not before or (not here and not c and len(kinds) > 1):
            continue  # "vai trò này" after a sentence of both roles: which one is unknown
        if c and 2 <= len(kinds) and count in (0, len(kinds)):
            out += [Match(r.label, r.id, k - c, k + n) for r in kinds]
        elif not c:
            out.append(Match(before[-1].label, before[-1].id, k, k + n))
    return out


def roles_before(sent: Sentence, scope: Scope) -> list[Match]:
    """The role words of the sentence before ``sent`` in its paragraph (their offsets are its own)."""
    k = bisect_left([x.start for x in scope.sentences], sent.start)
    if k == 0 or "\n" in scope.text[scope.sentences[k - 1].end : sent.start]:
        return []
    return pick_longest(match_patterns(ROLES, read_tokens(scope.sentences[k - 1].text)))


def last_of_each_label(roles: list[Match]) -> list[Match]:
    """The last role word of each kind, in the order of the text ("A làm Cụm trưởng, B làm Cụm phó")."""
    last = {r.label: r for r in roles}
    return sorted(last.values(), key=lambda r: r.start)


def plural_anaphor(role: Match, roles: list[Match]) -> bool:
    """Whether a role is one of several that the same words stand for ("hai vai trò này")."""
    return sum(1 for r in roles if (r.start, r.end) == (role.start, role.end)) > 1


def role_count_before(toks: Tokens, k: int) -> tuple[int, int]:
    """The count of ``chairs.role_counts.txt`` right before token ``k``: (its length, the count);
    (0, 0) when none."""
    for c in (2, 1):
        if k >= c and (n := _role_counts().get(" ".join(t.norm for t in toks[k - c : k]))) is not None:
            return c, n
    return 0, 0


@cache
def _role_counts() -> dict[str, int]:
    pairs = (line.rsplit("=", 1) for line in load_lexicon("chairs.role_counts.txt"))
    return {" ".join(norm(w) for w in words.split()): int(n) for words, n in pairs}


# "Trung tâm Kiểm soát bệnh tật (CDC) tỉnh Bình Phước": an acronym in brackets that splits a unit's name
# before its level word (group 2) and place
SPLIT_ACRONYM = re.compile(r"\(([A-ZĐ]{2,6})\)[^\S\n]+(?=(tỉnh|thành phố|TP|huyện|quận|thị xã|khu vực)[ .])")
_LEVEL_WORDS = re.compile(r" (?:tỉnh|thành phố|tp|huyện|quận|thị xã|khu vực|xã|phường|thị trấn)(?: |\.|$)",
                          re.IGNORECASE)


def split_level(acronym: str, name: str, text: str) -> str:
    """A name that opens with an acronym a document coins in brackets that split a unit's name before
    its level word ("Quỹ Bảo vệ môi trường (EPF) tỉnh Hà Nam"), with that level word put back before the
    place where the name leaves it out: "EPF Ninh Bình" -> "EPF tỉnh Ninh Bình"."""
    rest = name[len(acronym) :]
    if not rest.startswith(" ") or _LEVEL_WORDS.match(rest):
        return name
    m = next((m for m in SPLIT_ACRONYM.finditer(text) if m.group(1) == acronym), None)
    return f"{acronym} {m.group(2)}{rest}" if m else name


def spell_holder(name: str, scope: Scope) -> str:
    """``Scope.spell_out`` for a holder's name, except that an abbreviation the document coins with a
    long form that runs past its letters spells out only the words its letters give when more of the
    name follows: "… Cục Dự trữ Nhà nước khu vực Tây Nguyên (sau đây gọi tắt là Cục DTNNKV)", then "Cục
    DTNNKV Nghĩa Bình" -> "Cục Dự trữ Nhà nước khu vực Nghĩa Bình" (not "… Tây Nguyên Nghĩa Bình"). One
    that stands for a whole organisation's name (its long form ends in a proper name: "Ngân hàng TMCP
    Đầu tư và Phát triển Việt Nam (BIDV)"; not "Chi cục Thuế (CCT)") is spelt out before more of a name
    ("BIDV Hà Thành", a branch) only where the document writes the name so; else it stays as written."""
    for a in sorted(scope.coined, key=len, reverse=True):
        if name.startswith(a + " "):
            name = split_level(a, name, scope.text) if f"({a})" in scope.text else name
            short = lettered(a, scope.coined[a])
            long = short or scope.coined[a]
            if all(w[:1].isupper() for w in long.split()[-2:]):  # "… Việt Nam": a proper name closes it
                spelt = scope.spell_out(name)
                return spelt if norms_key(spelt) in scope.document_key() else checked_spell_out(name, scope)
            return scope.spell_out(short + name[len(a) :] if short else name)
    return scope.spell_out(name)


def checked_spell_out(name: str, scope: Scope) -> str:
    """A name with the abbreviations the document defines or knows spelt out only where the document
    writes it so (``units.spell_out``)."""
    return spell_out(name, {**known_abbreviations(), **scope.abbreviations}, scope.document_key)


_VA = norm("và")


def lettered(abbr: str, long: str) -> str | None:
    """The words at the head of ``long`` that ``abbr`` spells, its words written in full first and then one
    syllable a letter ("Cục DTNNKV" in "Cục Dự trữ Nhà nước khu vực Tây Nguyên" -> "Cục Dự trữ Nhà nước
    khu vực"); None when it spells all of ``long`` or not its head."""
    head, _, acronym = abbr.rpartition(" ")
    if not ACRONYM_RE.fullmatch(acronym):
        return None
    words_ = long.split()
    lead = head.split()
    if [norm(w) for w in words_[: len(lead)]] != [norm(w) for w in lead]:
        return None
    letters = [c for c in acronym if c.isalpha() or c == "&"]
    i, n = len(lead), 0
    while n < len(letters) and i < len(words_):
        w = words_[i]
        if letters[n] == "&" and norm(w) == _VA or (w[:1].isalpha() and initial(w) == letters[n]):
            n, i = n + 1, i + 1
        elif n and (norm(w) == _VA or w in ("-", "–")):
            i += 1
        else:
            return None
    return " ".join(words_[:i]) if n == len(letters) and i < len(words_) else None


def span_ending(view: View, end: int, kinds=("unit", "person", "name")) -> Span | None:
    return next((s for s in view.spans if s.end == end and s.kind in kinds), None)


def span_starting(view: View, start: int, kinds=("unit", "person", "title", "name")) -> Span | None:
    return next((s for s in view.spans if s.start == start and s.kind in kinds), None)


def span_ending_after(view: View, i: int) -> Span | None:
    """The unit, person or name that starts at token ``i`` (past a colon or "là")."""
    while i < len(view.toks) and view.toks[i].text == ":":
        i += 1
    return span_starting(view, i, ("unit", "person", "name"))


def skip_of(view: View, i: int) -> int:
    """Past "của" before a body mention: "Cụm trưởng của Cụm thi đua số 5 là …"."""
    if i < len(view.toks) and view.toks[i].norm == norm("của") and any(a == i + 1 for a, _ in view.bodies):
        return i + 1
    return i


def skip_body(view: View, i: int) -> int:
    """Past a body mention that starts at (or covers) token ``i``, or words that stand for the body
    (``chairs.body_anaphors.txt``: "của cụm này")."""
    return next((b for a, b in view.bodies if a <= i < b), i + phrase_at(view.toks, i, "chairs.body_anaphors.txt"))


def skip_year(view: View, i: int) -> int:
    """Past "năm 2023", "năm học 2022 – 2023", "2023", "năm nay" at token ``i``."""
    hit = year_at(view.toks, i, view.years)
    return hit[0] if hit else i + phrase_at(view.toks, i, "chairs.relative_years.txt")


def handover_at(view: View) -> int | None:
    """Token index of the first hand-over verb of the sentence, if any (not one received: "A nhận
    bàn giao nhiệm vụ Khối trưởng")."""
    toks = view.toks
    kept = _HANDOVERS.get(id(toks))
    if kept is not None and kept[0] is toks:  # (the views of one sentence share its tokens)
        return kept[1]
    firsts = phrases("chairs.handover.txt")
    at = next((k for k in range(len(toks)) if toks[k].norm in firsts and phrase_at(toks, k, "chairs.handover.txt")
               and not phrase_before(toks, k, "chairs.receive.txt") and not phrase_at(toks, k, _NOT_HANDOVER)
               and not (k and phrase_at(toks, k - 1, _NOT_HANDOVER) > 1)), None)
    if len(_HANDOVERS) >= 8:
        _HANDOVERS.pop(next(iter(_HANDOVERS)))
    _HANDOVERS[id(toks)] = (toks, at)
    return at


_NOT_HANDOVER = "chairs.not_handover.txt"  # "chuyển đổi", "vận chuyển": no hand-over
_HANDOVERS: dict[int, tuple[Tokens, int | None]] = {}  # the last sentences' hand-over verbs, by their tokens


def org_after_person(toks: list[Token], spans: list[Span], k: int) -> Span | None:
    """ "Nguyễn Văn A, Giám đốc Công an tỉnh X", "Nguyễn Văn A - Trưởng Công an xã Y": the unit after the
    person ``spans[k]`` and ", title" (or "- title")."""
    person, rest = spans[k], spans[k + 1 : k + 3]
    if len(rest) == 2 and rest[0].kind == "title" and rest[1].kind == "unit" and rest[0].end == rest[1].start:
        if rest[0].start == person.end + 1 and toks[person.end].text in (",", "-", "–"):
            return rest[1]
    return None
