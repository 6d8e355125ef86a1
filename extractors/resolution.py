"""Which body names are one body: the rules behind resolution, pure and reusable.

Within a document, and across documents, mentions of one bloc or cluster take many forms
("Khối thi đua các bộ, ngành Nội chính Trung ương", "Khối Nội chính Trung ương", "Khối thi đua
Nội chính Trung ương"). Two names are one body when their comparison keys are equal, or when
they are of one kind and

- both are numbered and carry the same number ("Cụm thi đua số 3" = "Cụm thi đua số III" =
  "Cụm III"), or
- the distinctive core of one (the name without its head and the generic fillers of
  ``patterns/bodies.fillers.txt``) equals the other's, or is a suffix of at least two words
  of it: "Khu vực thi đua Đồng bằng Bắc bộ" ~ "Khối cơ quan Tư pháp các tỉnh Đồng bằng Bắc Bộ",
  or a prefix of at least two words (a title's short form: "Khối thi đua các quân khu" ~ "Khối
  thi đua các quân khu và Bộ Tư lệnh Thủ đô Hà Nội").

Mentions under different parents are different bodies ("Cụm thi đua số 8 – Bộ Công an" is not
"Cụm thi đua số 8 – Bộ Tư pháp"). The fullest name of a group is its name, the others its aliases.

>>> same_body("Khối Nội chính Trung ương", "Khối thi đua các bộ, ngành Nội chính Trung ương")
True
>>> same_body("Cụm III", "Cụm thi đua số 3"), same_body("Cụm thi đua số 3", "Khối thi đua số 3")
(True, False)
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection, Iterable
from dataclasses import dataclass, field
from functools import cache, lru_cache

from extractors.nlp import load_lexicon
from extractors.units import unit_key
from schemas.facts import Body
from schemas.names import body_key, canon, same_unit

_WORD_RE = re.compile(r"\w+(?:[./&'’]\w+)*")
_ACRONYM_BRACKET_RE = re.compile(r"\(\s*[A-ZĐ][A-ZĐ0-9&-]*[A-ZĐ0-9]\s*\)")  # "(LMHTX)" inside a name


@dataclass
class BodyEntity:
    name: str
    kind: str
    parent: str | None = None
    aliases: list[str] = field(default_factory=list)

    @property
    def key(self) -> str:
        return body_key(self.name)

    def names(self) -> list[str]:
        return [self.name, *self.aliases]


def words(name: str) -> list[str]:
    """Comparison words of a name, punctuation left out: "Cụm thi đua số III" -> [..., "số", "3"]."""
    return _WORD_RE.findall(body_key(name))


@cache
def lexicon_words(file: str) -> tuple[tuple[str, ...], ...]:
    entries = {tuple(words(e)) for e in load_lexicon(file)}
    return tuple(sorted((e for e in entries if e), key=len, reverse=True))


@lru_cache(maxsize=65536)
def core_words(name: str, loose: bool = False) -> tuple[str, ...]:
    """The distinctive words of a body name: "Khối cơ quan Tư pháp các tỉnh Đồng bằng Bắc Bộ"
    -> ("tư", "pháp", "đồng", "bằng", "bắc", "bộ"). ``loose`` also drops the kind of member
    (``bodies.member_kinds.txt``: "các doanh nghiệp cà phê" ~ "các công ty cà phê")."""
    # an abbreviation in brackets tells nothing apart: "Liên minh HTX (LMHTX) vùng …" ~ "Liên minh HTX vùng …"
    ws, out, i = words(unelided(_ACRONYM_BRACKET_RE.sub(" ", name))), [], 0
    fillers = lexicon_words("bodies.fillers.txt")
    if loose:
        fillers = tuple(sorted(fillers + lexicon_words("bodies.member_kinds.txt"), key=len, reverse=True))
    while i < len(ws):
        hit = next((f for f in fillers if tuple(ws[i : i + len(f)]) == f), None)
        if hit:
            i += len(hit)
        else:
            out.append(ws[i])
            i += 1
    return tuple(out)


@cache
def _elided_re() -> re.Pattern:
    ends = load_lexicon("bodies.elided_ends.txt")
    levels = "|".join(sorted((re.escape(w) for w in load_lexicon("bodies.list_words.txt") if " " not in w
                              and w not in ends), key=len, reverse=True))
    ends = "|".join(map(re.escape, ends))
    return re.compile(rf"(?i)(?<!\w)({levels})\s*,\s*({levels})\s+({ends})(?!\w)")


def unelided(name: str) -> str:
    """A name with the end a series of levels shares written out on each: "Ban Dân vận các tỉnh,
    thành ủy" -> "Ban Dân vận các tỉnh ủy, thành ủy" (``bodies.elided_ends.txt``), so that both
    spellings of one body compare equal."""
    if "," not in name:
        return name
    return _elided_re().sub(lambda m: f"{m[1]} {m[3]}, {m[2]} {m[3]}", name)


def weak_cores() -> tuple[tuple[str, ...], ...]:
    """Name cores too common to identify a body by themselves (``bodies.weak_cores.txt``)."""
    return lexicon_words("bodies.weak_cores.txt")


@lru_cache(maxsize=1)
def _cluster_heads() -> frozenset[str]:
    return frozenset(words(e)[0] for e in load_lexicon("bodies.cluster_heads.txt"))


def kind_of(name: str) -> str:
    """cluster for "Cụm …", bloc for "Khối …" and "Khu vực thi đua …"."""
    ws = words(name)
    return "cluster" if ws and ws[0] in _cluster_heads() else "bloc"


def number_of(core: tuple[str, ...]) -> str | None:
    """The number of a numbered body ("Cụm thi đua số III" -> "3"), from its core words."""
    return core[0] if len(core) == 1 and core[0].isdecimal() else None


def same_body(a: str, b: str) -> bool:
    """Whether two body names name one body."""
    if body_key(a) == body_key(b):
        return True
    if kind_of(a) != kind_of(b):
        return False
    ca, cb = core_words(a, loose=True), core_words(b, loose=True)
    if number_of(ca) or number_of(cb):
        return number_of(ca) == number_of(cb)
    short, long_ = sorted((ca, cb), key=len)
    if not short:
        return False
    if short == long_:
        return True
    weak = short in weak_cores()
    if len(short) >= 2 and not weak and short in (long_[-len(short) :], long_[: len(short)]):
        return True
    # a short name in a headline or a passing mention, found inside the full one between the kind of
    # members and the place: "Khối thi đua Kinh tế tổng hợp" ~ "Khối thi đua các sở, ngành kinh tế
    # tổng hợp tỉnh A"
    n = len(short)
    return n >= INFIX_WORDS and not weak and any(long_[i : i + n] == short for i in range(1, len(long_) - n))


INFIX_WORDS = 4  # comparison words a short name must hold to be found inside a longer one


def same_parent(a: str, b: str) -> bool:
    """Whether two parents written after body names are one: the same unit, or a sector and a
    unit or sector of it ("ngành Thuế" ~ "Tổng cục Thuế", "ngành Kiểm sát" ~ "ngành Kiểm sát
    nhân dân"; not "ngành Tòa án nhân dân" ~ "ngành Kiểm sát nhân dân")."""
    if same_unit(a, b) or same_unit(unit_key(a), unit_key(b)):  # "VKSND tối cao" = "Viện kiểm sát nhân dân tối cao"
        return True
    if abbreviates(a, b) or abbreviates(b, a):
        return True
    sa, sb = _sector(a), _sector(b)
    if sa is None and sb is None:
        return False
    wa, wb = (sa or canon(a)).split(), (sb or canon(b)).split()
    short, long_ = sorted((wa, wb), key=len)
    return bool(short) and short in (long_[: len(short)], long_[-len(short) :])


_AND_WORDS = frozenset(("và", "va", "&"))


def abbreviates(short: str, long_: str) -> bool:
    """Whether ``short`` writes ``long_`` with abbreviations after the words they share: "Cục Cảnh sát PCCC
    và CNCH" ~ "Cục Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ", also when the long form was cut at
    a comma ("Cục Cảnh sát phòng cháy"), "Sở VH-TT&DL" ~ "Sở Văn hóa, Thể thao và Du lịch". The letters of
    the abbreviations are the first letters of the long form's words ("và" aside), two at least."""
    sw = re.findall(r"\w+|&", short)
    lw = re.findall(r"\w+", long_)
    i = 0
    while i < min(len(sw), len(lw)) and canon(sw[i]) == canon(lw[i]):
        i += 1
    rest = [w for w in sw[i:] if w.lower() not in _AND_WORDS]
    if i == 0 or not rest or not all(w.isupper() and w.isalpha() for w in rest):
        return False
    letters = canon("".join(rest)).replace(" ", "")
    initials = "".join(canon(w)[:1] for w in lw[i:] if w.lower() not in _AND_WORDS)
    if len(initials) < 2 or not any(len(w) > 1 and not w.isupper() for w in lw[i:]):
        return False
    return letters == initials or (letters.startswith(initials) and len(lw) - i >= 2)


def _sector(parent: str) -> str | None:
    """The sector a parent names ("ngành Thuế" -> "thuế"), None for a unit."""
    key = canon(parent)
    return key.split(" ", 1)[1] if key.startswith(canon("ngành") + " ") else None


def _joins(ent: BodyEntity, m: Body) -> bool:
    if ent.kind != m.kind:
        return False
    if ent.parent and m.parent and not same_parent(ent.parent, m.parent):
        return False
    parent = ent.parent or m.parent
    name = without_parent(m.name, parent)
    return any(same_body(name, without_parent(n, parent)) for n in ent.names())


_DASH_END_RE = re.compile(r"\s*[-–]\s*$")


def without_parent(name: str, parent: str | None) -> str:
    """A numbered name written with its parent after a dash, without it: "Cụm thi đua số 4 - Khối Doanh
    nghiệp tỉnh A" (parent "Khối Doanh nghiệp tỉnh A") -> "Cụm thi đua số 4", so that it is one body with the
    bare "Cụm thi đua số 4" of the same document (the parents tell two clusters of one number apart)."""
    if not parent or len(parent) >= len(name) or ("-" not in name and "–" not in name):
        return name
    if canon(name[-len(parent) :]) != canon(parent):
        return name
    head = name[: -len(parent)]
    if not _DASH_END_RE.search(head):
        return name
    bare = _DASH_END_RE.sub("", head)
    return bare if number_of(core_words(bare)) else name


def group_bodies(mentions: Iterable[Body]) -> list[BodyEntity]:
    """Group body mentions into entities (first-seen order); the longest name leads each."""
    entities: list[BodyEntity] = []
    last: BodyEntity | None = None
    given: set[str] = set()  # names coined for a body named before: they lead no entity
    documented = False  # mentions of one document, with their evidence
    headline: dict[str, bool] = {}  # whether every mention of a name is a headline's nickname (``NICKNAME``)
    for m in mentions:
        documented = documented or m.evidence is not None
        key = canon(m.name)
        headline[key] = headline.get(key, True) and nickname(m)
        ent = next((e for e in entities if _joins(e, m)), None)
        # (not a numbered body named before: "Khối thi đua số 5 … các sở còn lại vẫn gọi là Khối thi đua số 5")
        if last is not None and coined(m) and last.kind == m.kind and ent is not last and not (
                ent is not None and number_of(core_words(ent.name))):
            given.add(canon(m.name))
            if ent is not None:  # its name was used before it was given ("Khối thi đua các xí nghiệp in" in a
                entities.remove(ent)  # headline, then "… còn gọi là Khối thi đua các xí nghiệp in"): one body
                last.aliases += [n for n in ent.names() if all(canon(n) != canon(x) for x in last.names())]
                last.parent = last.parent or ent.parent
            ent = last  # "… (gọi tắt là Khối Gia Lai - Kon Tum)": a short name coined for the body before
        if ent is None:
            last = BodyEntity(m.name, m.kind, m.parent)
            entities.append(last)
            continue
        last = ent
        if not ent.parent or (m.parent and _sector(ent.parent) is not None and _sector(m.parent) is None):
            ent.parent = m.parent  # a unit ("Tổng cục Thuế") before a sector ("ngành Thuế")
        if all(canon(m.name) != canon(n) for n in ent.names()):
            ent.aliases.append(m.name)
        elif ent.name.isupper() and canon(ent.name) == canon(m.name):  # "CỤM THI ĐUA SỐ 8" in a heading
            ent.name = m.name
    entities = weak_short_forms(entities, {k for k, v in headline.items() if v}, given)
    if documented:  # (not across the store: another document's short name may be another province's bloc)
        entities = named_as_parents(entities)
    for ent in entities:  # the longest name leads (not one coined for it); of two as long, the one not in capitals
        names = sorted(ent.names(), key=(lambda n: (canon(n) in given, *lead_key(n))) if given else lead_key)
        ent.name, ent.aliases = names[0], names[1:]
    return entities


def named_as_parents(entities: list[BodyEntity]) -> list[BodyEntity]:
    """A body with no parent whose name is a short form of the one name the document gives, as the parent of
    another body, to a bloc or cluster of its kind ("Trưởng Khối Doanh nghiệp" beside "Cụm thi đua số 4 - Khối
    Doanh nghiệp tỉnh A"): that fuller name is one of its names (and leads them)."""
    parents = {canon(e.parent): e.parent for e in entities if e.parent and headed(e.parent)}
    if not parents:
        return entities
    for ent in entities:
        if ent.parent:
            continue
        fuller = [p for p in parents.values() if kind_of(p) == ent.kind and any(begins(p, n) for n in ent.names())]
        if len(fuller) == 1:
            ent.aliases.append(fuller[0])
    return entities


@lru_cache(maxsize=1)
def _heads() -> frozenset[tuple[str, ...]]:
    return frozenset(tuple(words(w)) for w in ("khối", "cụm", "khu vực thi đua"))


def begins(longer: str, name: str) -> bool:
    """Whether ``longer`` goes on from all the words of ``name``, a head and two distinctive words or more,
    with a place or a level only ("Khối Hợp tác xã" -> "… tỉnh Hưng Yên", "… Trung ương"; not a distinctive
    noun: "Khối Công đoàn ngành" -> "Khối Công đoàn ngành Giáo dục")."""
    a, b = words(name), words(longer)
    return len(b) > len(a) and b[: len(a)] == a and len(core_words(name)) >= 2 and place_words(tuple(b[len(a) :]))


def place_words(ws: tuple[str, ...]) -> bool:
    """Whether words name a place or a level: a kind of administrative unit and its name ("tỉnh Hưng Yên"), or
    a level of ``bodies.parent_levels.txt`` ("Trung ương")."""
    if ws in lexicon_words("bodies.parent_levels.txt"):
        return True
    return any(len(ws) > len(e) and ws[: len(e)] == e for e in lexicon_words("units.admin.txt"))


def headed(name: str) -> bool:
    """Whether a name opens with the head of a bloc or cluster ("Khối …", "Cụm …", "Khu vực thi đua …")."""
    ws = tuple(words(name))
    return any(ws[: len(h)] == h for h in _heads())


def lead_key(name: str) -> tuple:
    """How a name ranks to lead its entity: the longest first, measured without the abbreviations it
    defines in brackets ("Khối thi đua các Viện kiểm sát nhân dân (VKSND) tỉnh …" is as long as the same
    name without "(VKSND)", which leads: the bracket defines a short form, it is no part of the name);
    of two as long, the one without a bracket, then the one not in capitals."""
    bare = _ACRONYM_BRACKET_RE.sub("", name)
    return -len(" ".join(bare.split())), bare != name, name.isupper(), name


COINED = "bodies/coined"  # a short name coined in brackets (``bodies.coined_short``)
NICKNAME = "bodies/nickname"  # a headline's nickname (``bodies.headline_nicknames``)


def coined(m: Body) -> bool:
    """Whether a mention is a short name the document coins in brackets for the body named right before
    it (``bodies.coined_short``)."""
    return m.evidence is not None and m.evidence.rule == COINED


def nickname(m: Body) -> bool:
    """Whether a mention is a nickname in the document's headline (``bodies.headline_nicknames``)."""
    return m.evidence is not None and m.evidence.rule == NICKNAME


def weak_name(name: str) -> bool:
    """Whether a name is of common words only (``bodies.weak_cores.txt``: "Khối thi đua phía Bắc")."""
    core = core_words(name, loose=True)
    return bool(core) and core in weak_cores()


def weak_short_forms(entities: list[BodyEntity], headline: Collection[str],
                     nicknames: set[str]) -> list[BodyEntity]:
    """An entity named only by common words (``bodies.weak_cores.txt``: "Khối thi đua phía Bắc") that end
    the name of exactly one other entity of its kind in the document ("Khối thi đua các đơn vị sản xuất xi
    măng khu vực phía Bắc") is a short form of it: its names become that entity's aliases. Named only in the
    document's headline (``headline``: canonical names), a nickname ("Giữ vững ngọn cờ đầu Cụm thi đua phía Nam"),
    it is the one other entity of its kind the document names, whatever that one's name (its names are added to
    ``nicknames``: they lead no entity)."""
    out = list(entities)
    for ent in entities:
        if not all(weak_name(n) for n in ent.names()):
            continue
        cores = [core_words(n, loose=True) for n in ent.names()]
        hosts = [e for e in out if e is not ent and e.kind == ent.kind and _may_host(e, ent, cores)]
        if not hosts and headline and all(canon(n) in headline for n in ent.names()):
            hosts = [e for e in out if e is not ent and e.kind == ent.kind and not (
                e.parent and ent.parent and not same_parent(e.parent, ent.parent))]
            if len(hosts) == 1:
                nicknames.update(canon(n) for n in ent.names())
        if len(hosts) != 1:
            continue
        hosts[0].aliases += [n for n in ent.names() if all(canon(n) != canon(x) for x in hosts[0].names())]
        hosts[0].parent = hosts[0].parent or ent.parent
        out.remove(ent)
    return out


def _may_host(e: BodyEntity, ent: BodyEntity, cores: list) -> bool:
    """Whether body ``e`` can hold ``ent``, a short form of common words, as an alias: no other
    parent, and one of its names ends with the short form's core words."""
    if e.parent and ent.parent and not same_parent(e.parent, ent.parent):
        return False
    longer = (core_words(n, loose=True) for n in e.names())
    return any(len(h) > len(c) and h[-len(c) :] == c for h in longer for c in cores)


def entity_for(name: str, entities: list[BodyEntity]) -> BodyEntity | None:
    """The entity that ``name`` refers to, if any (an entity holding the name itself first)."""
    key = body_key(name)
    exact = next((e for e in entities if any(body_key(n) == key for n in e.names())), None)
    return exact or next((e for e in entities if any(same_body(name, n) for n in e.names())), None)


def most_mentioned(bodies: list[Body]) -> str | None:
    """The name of the body a document mentions most (its fullest name)."""
    entities = group_bodies(bodies)
    counts = Counter(id(entity_for(b.name, entities)) for b in bodies)
    best = max(entities, key=lambda e: counts[id(e)], default=None)
    return best.name if best else None


def body_at(bodies: list[Body], sent_start: int, sent_end: int, at: int, passing: Collection[int] = (),
            contrast: Collection[int] = ()) -> str | None:
    """The body a fact at document offset ``at`` refers to: the body named in its sentence
    (the nearest), else the nearest mention before the sentence that is not a passing one
    (``passing``: evidence starts of mentions such as "chuyển từ Khối thi đua số 4", "; còn Cụm thi
    đua B …") and names no body the sentence names in passing or sets against the fact after it
    (``contrast``: ``contrast_mentions``), else the most mentioned."""
    here = [b for b in bodies if sent_start <= b.evidence.start < sent_end]
    own = [b for b in here if b.evidence.start not in passing or b.evidence.start <= at]
    if own:  # not one the sentence names in passing after the fact ("…; phối hợp với Khối thi đua B")
        return min(own, key=lambda b: abs(b.evidence.start - at)).name
    # "A làm Cụm trưởng; còn Cụm thi đua B do C làm Cụm trưởng": A's body is another than the one set against it
    other = {b.name for b in bodies if b.evidence.sent_start == sent_start and b.evidence.start > at
             and (b.evidence.start in passing or b.evidence.start in contrast)}
    before = [b for b in bodies if b.evidence.start < sent_start and b.evidence.start not in passing
              and b.name not in other]
    if before:
        return max(before, key=lambda b: b.evidence.start).name
    if here:
        return min(here, key=lambda b: abs(b.evidence.start - at)).name
    return most_mentioned(bodies)


_CONTRAST_RE = re.compile(r"[,;]\s*còn\s*$", re.IGNORECASE)


def passing_mentions(bodies: list[Body], text: str) -> frozenset[int]:
    """Evidence starts of the body mentions that a later sentence does not speak of: those after
    words of ``bodies.passing.txt`` ("chuyển từ Khối thi đua số 4 sang Khối …", "phối hợp với Khối
    thi đua số 1") and those in brackets (``in_brackets``)."""
    phrases = _passing_words()
    out = set()
    for b in bodies:
        before = tuple(_WORD_RE.findall(canon(text[max(0, b.evidence.start - 24) : b.evidence.start])))
        if any(before[-len(p) :] == p for p in phrases) or in_brackets(text, b) or parent_of_body(text, b, bodies):
            out.add(b.evidence.start)
        elif in_history(text, b):
            out.add(b.evidence.start)
    return frozenset(out)


def contrast_mentions(bodies: list[Body], text: str) -> frozenset[int]:
    """Evidence starts of the body mentions after "còn" that follows a comma or a semicolon inside a
    sentence, set against the body of a fact before them ("A làm Cụm trưởng; còn Cụm thi đua B …"): no
    body of that fact, though later sentences may speak of them."""
    return frozenset(b.evidence.start for b in bodies
                     if _CONTRAST_RE.search(text[b.evidence.sent_start : b.evidence.start]) is not None)


_CLAUSE_END_RE = re.compile(r"[,;:.!?\n]")


def in_history(text: str, body: Body) -> bool:
    """Whether a mention stands in a clause about the past, one that opens with a word of
    ``bodies.history_words.txt``: "…, trước đó trường sinh hoạt trong Cụm thi đua số 4"."""
    before = text[max(body.evidence.sent_start, body.evidence.start - 120) : body.evidence.start]
    ends = [m.end() for m in _CLAUSE_END_RE.finditer(before)]
    clause = tuple(_WORD_RE.findall(canon(before[ends[-1] if ends else 0 :])))
    return any(clause[: len(p)] == p for p in _history_words())


_UNDER_RE = re.compile(r"\s*(?:,\s*)?(?:trực\s+)?thuộc\s*$", re.IGNORECASE)


def parent_of_body(text: str, body: Body, bodies: list[Body]) -> bool:
    """A bloc named as the one a body just named belongs to ("Cụm thi đua số 5 thuộc Khối thi đua
    Công an các địa phương"): later sentences speak of the cluster, not of its bloc."""
    return any(
        o.evidence.end <= body.evidence.start and o.evidence.sent_start == body.evidence.sent_start
        and _UNDER_RE.fullmatch(text[o.evidence.end : body.evidence.start]) is not None
        for o in bodies if o is not body)


def in_brackets(text: str, body: Body) -> bool:
    """Whether a mention stands inside brackets its sentence opens before it: an aside ("Chi nhánh
    Bạc Liêu dự với tư cách khách mời (đơn vị thuộc Khu vực thi đua số X)"), or another name of the
    body just named ("Khối thi đua VII (Khối các bệnh viện …)", "(Khối 2)")."""
    before = text[body.evidence.sent_start : body.evidence.start]
    return before.rfind("(") > before.rfind(")")


@cache
def _history_words() -> frozenset[tuple[str, ...]]:
    return frozenset(tuple(_WORD_RE.findall(canon(w))) for w in load_lexicon("bodies.history_words.txt"))


@cache
def _passing_words() -> frozenset[tuple[str, ...]]:
    return frozenset(tuple(_WORD_RE.findall(canon(w))) for w in load_lexicon("bodies.passing.txt"))
