"""Groups of recipients ("4 tập thể và 6 cá nhân", "các tập thể có thành tích xuất sắc") and the
members the document names for them: in the sentences after the group ("Các tập thể gồm: A, B"), or
one by one for the same award elsewhere (a decision's title over its Điều 1, a photo caption over the
text), where the group then names no recipient of its own."""

from __future__ import annotations

import re
from dataclasses import replace

from extractors.awards_lists import clause_stop, is_bare_place, is_group, list_items, names_from, shared_place_end
from extractors.awards_words import CLAUSE_END, GROUPS, LIST_OPENERS, PATTERNS, QUANTIFIERS, AwardSpan, same_unit
from extractors.base import Context
from extractors.lines import find_patterns, phrase_at
from extractors.nlp import Token, lazy_tokens, load_lexicon, norm
from schemas.document import Sentence
from schemas.facts import Award
from schemas.names import canon


def named_over_groups(found: list[Award]) -> list[Award]:
    """The awards less those to a group ("4 tập thể và 6 cá nhân", "các tập thể có thành tích xuất sắc")
    where the document names recipients of the same award one by one: the group is theirs (a decision's
    title "Về việc tặng Bằng khen … cho 4 tập thể …" over its Điều 1, a photo caption over the text); a
    group that gives no number ("các tập thể, cá nhân có thành tích xuất sắc …") is a description, never
    a recipient."""
    groups = [bool(a.recipient) and is_group(lazy_tokens(a.recipient), 0) for a in found]
    if not any(groups):
        return found
    named: dict[str, set[str]] = {}
    for a, group in zip(found, groups, strict=True):
        if not group:
            named.setdefault(canon(a.award), set()).add(canon(a.recipient))
    out = []
    for a, group in zip(found, groups, strict=True):
        size = group_size(lazy_tokens(a.recipient)) if group else 0
        members = {who for name, whos in named.items() if same_unit(canon(a.award), name) for who in whos}
        if size is None and group:
            continue  # "các tập thể, cá nhân có thành tích xuất sắc …": a description, never a recipient
        if not group or not members or size != len(members):
            out.append(a)  # (not "9 tập thể" beside two named: that group is another's)
    return out


def group_size(toks: list[Token]) -> int | None:
    """How many recipients a group counts ("4 tập thể và 6 cá nhân" -> 10), None when it gives no
    number ("các tập thể có thành tích xuất sắc")."""
    counts = [NUMBER_WORDS.get(t.norm) or int(t.text) for k, t in enumerate(toks[:-1])
              if (t.text.isdecimal() or t.norm in NUMBER_WORDS) and phrase_at(toks, k + 1, GROUPS)]
    return sum(counts) if counts else None  # (not "… năm 2008")


NUMBER_WORDS = {norm(w): n for n, w in enumerate(("hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười"), 2)}


def group_named_after(ctx: Context, sent: Sentence, toks: list[Token], chain: list[AwardSpan],
                      found: list[tuple[str, str, list[tuple[int, int]]]], year: int | None,
                      later: list[Sentence]) -> list[Award]:
    """One fact per member a group that ends its sentence names in the sentences after it: "… trao Bằng
    khen cho 4 tập thể và 6 cá nhân. | Các tập thể gồm: A, B, C, D. | Các cá nhân gồm: …"; the
    evidence runs from the award to the member."""
    if len(found) != 1 or len(found[0][2]) != 1:
        return []
    _, status, [(a, b)] = found[0]
    if not is_group(toks, a) or clause_stop(toks, b) != len(toks) - (toks[-1].text in CLAUSE_END):
        return []
    out = []
    named = members_named_after(later, toks, a, b) or congratulated_after(later[:1], group_size(toks[a:b]))
    for after, (i, j) in named:
        words = lazy_tokens(after.text)
        both = Sentence(sent.start, after.end, ctx.doc.text[sent.start : after.end])
        start, end = words[i].start, words[j - 1].end
        for award in chain:
            name = sent.text[toks[award.start].start : toks[award.end - 1].end]
            ev = ctx.evidence(both, toks[award.start].start, after.start - sent.start + end, "awards/group-named-after")
            out.append(Award(name, after.text[start:end], year, status, ev))
    return out


def members_named_after(later: list[Sentence], toks: list[Token], a: int,
                        b: int) -> list[tuple[Sentence, tuple[int, int]]]:
    """The members the sentences right after a group (tokens ``a:b``) name, each sentence opening with
    one of the group's nouns and a word that opens a list: "4 tập thể và 6 cá nhân. | Các tập thể gồm:
    A, B. | Các cá nhân gồm: ông C, …" (the names of every such sentence; none when one names nobody)."""
    nouns = {tuple(t.norm for t in toks[k : k + n]) for k in range(a, b) if (n := phrase_at(toks, k, GROUPS))}
    out: list[tuple[Sentence, tuple[int, int]]] = []
    for sent in later:
        words = lazy_tokens(sent.text)
        k = phrase_at(words, 0, QUANTIFIERS)
        n = phrase_at(words, k, GROUPS)
        if not n or tuple(t.norm for t in words[k : k + n]) not in nouns:
            break
        k += n
        if k >= len(words) or words[k].norm not in LIST_OPENERS:
            break
        k += 2 if k + 1 < len(words) and words[k + 1].text == ":" else 1
        items = list_items(words, k, clause_stop(words, k))
        if not items:
            return []
        out += [(sent, item) for item in items]
    return out


def congratulated_after(later: list[Sentence], size: int | None) -> list[tuple[Sentence, tuple[int, int]]]:
    """The units the sentence right after a counted group congratulates or praises, as many as the group
    counts: "… tặng Cờ thi đua cho ba đơn vị dẫn đầu ba Cụm. | Tôi nhiệt liệt chúc mừng A, B và C." (a
    list of another size names others)."""
    if not later or not size or size < 2:
        return []
    sent = later[0]
    if not any(w in sent.text for w in PRAISE_CUES):
        return []
    words = lazy_tokens(sent.text)
    praise = [m for m in find_patterns(PATTERNS, sent.text) if m.label == "PRAISE"]
    if len(praise) != 1:
        return []
    items = list_items(words, praise[0].end, clause_stop(words, praise[0].end))
    return [(sent, item) for item in items] if len(items) == size else []


PRAISE_CUES = ("chúc mừng", "biểu dương", "khen ngợi")  # (cheap test before reading the sentence)


PLURAL_PLACES = "|".join(re.escape(w) for w in load_lexicon("awards.plural_places.txt"))
# "<head> các <tỉnh> A, B và C": the head, the administrative word and the places it spans
PLACES_RE = re.compile(rf"(?P<head>\S.*?) các (?P<admin>{PLURAL_PLACES}) (?P<places>.+)")
PLACE_RE = re.compile(r"[A-ZĐÀ-Ỹ][\w']*(?: (?:[-–] )?[A-ZĐÀ-Ỹ][\w']*){0,3}")  # "Thừa Thiên Huế", "Bà Rịa - Vũng Tàu"


def places_apart(found: list[Award]) -> list[Award]:
    """A recipient that spans places under one head is one recipient per place: "Ủy ban MTTQ các
    tỉnh Thanh Hóa và Nghệ An" -> "Ủy ban MTTQ tỉnh Thanh Hóa", "Ủy ban MTTQ tỉnh Nghệ An"."""
    out = []
    for a in found:
        m = PLACES_RE.fullmatch(a.recipient or "")
        places = re.split(r", | và ", m.group("places")) if m else []
        if len(places) < 2 or not all(PLACE_RE.fullmatch(p) for p in places) or not m.group("head")[:1].isupper():
            out.extend(head_over_places(a))
            continue
        out.extend(replace(a, recipient=f"{m.group('head')} {m.group('admin')} {p}") for p in places)
    return out


PLURAL = "các"


def head_over_places(a: Award) -> list[Award]:
    """A head written once before bare places: "Sở GD&ĐT Kon Tum, Đắk Lắk và Đắk Nông" -> "Sở GD&ĐT Kon Tum", "Sở
    GD&ĐT Đắk Lắk", "Sở GD&ĐT Đắk Nông" (``awards_lists.plural_head`` reads it after "cho các")."""
    text = a.recipient or ""
    if ", " not in text or " và " not in text or f"{PLURAL} {text}".casefold() not in a.evidence.surface.casefold():
        return [a]  # (only a plural's head is shared: "Trường Cao đẳng Văn Hóa, Nghệ Thuật và Du Lịch" is one name)
    toks = lazy_tokens(text)
    comma = next(k for k, t in enumerate(toks) if t.text == ",")
    names = names_from(toks, comma + 1, len(toks))
    if not names or names[-1][1] != len(toks) or not all(is_bare_place(toks, s, e) for s, e in names):
        return [a]
    k = shared_place_end(toks, 0, comma, names)
    if not k:
        return [a]
    head = text[: toks[k].start]
    return [replace(a, recipient=text[: toks[comma].start]),
            *(replace(a, recipient=head + text[toks[s].start : toks[e - 1].end]) for s, e in names)]
