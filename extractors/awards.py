"""Extractor: awards, and who receives or is proposed for them.

    Cục Kiểm tra văn bản quy phạm pháp luật được đề nghị xét tặng Cờ thi đua ngành Tư pháp.
        -> award "Cờ thi đua ngành Tư pháp", recipient the subject, status proposed
    Thủ tướng đã trao Cờ thi đua của Chính phủ cho 16 đơn vị có thành tích xuất sắc …
        -> recipient the group after "cho"
    … trao tặng Huân chương Lao động hạng Ba cho sáu tập thể: Sở Y tế, Trung tâm Y tế dự phòng, …
        -> one award per recipient of the list
    VKS phúc thẩm tại TP HCM đã vinh dự đón nhận Huân chương Lao động hạng Nhì …
        -> recipient the subject of a verb of receiving

An award is a head from ``patterns/awards.jsonl`` (Cờ thi đua, Bằng khen, Giấy khen, Huân
chương …, Huy chương …, danh hiệu thi đua) with its rank ("hạng Nhì") or its grantor ("của Thủ
tướng Chính phủ", "ngành Tư pháp"); the name ends before "cho", "vì", "về", "do", "năm" and
punctuation. A mention without a recipient ("công tác khen thưởng", "trao tặng cờ, bằng khen
cho tập thể, cá nhân xuất sắc" in general) yields nothing. Status is "proposed" when a verb of
proposing (đề nghị, đề xuất, xét tặng, trình, suy tôn …) governs the award, else "granted".
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from extractors.base import Context, extractor, years_in
from extractors.nlp import Match, Token, load_lexicon, load_patterns, match_patterns, norm, syllables, tag_syllables
from extractors.persons import HONORIFICS, OFFICES, RANKS, load_phrases, name_end, phrase_at
from schemas.document import Sentence
from schemas.facts import Award


def norms(*words: str) -> frozenset[str]:
    """Token norms of plain words, to compare with ``Token.norm`` ("và" -> "va2")."""
    return frozenset(norm(w) for w in words)


def lexicon_norms(name: str) -> frozenset[str]:
    """Token norms of a one-syllable-a-line lexicon in ``patterns/``."""
    return norms(*load_lexicon(name))


PATTERNS = "awards.jsonl"
# the award heads as space-joined token norms, to skip sentences that name no award cheaply
HEADS = tuple(" " + " ".join(spec["NORM"] for spec in row["pattern"]) + " "
              for row in load_patterns(PATTERNS) if row["label"] == "AWARD")
VERBS = ("GRANT", "RECEIVE", "PROPOSE", "PASSIVE")
STOPS = load_phrases("awards.stops.txt")
GRANTORS = load_phrases("awards.grantors.txt")
GROUPS = load_phrases("awards.groups.txt")
QUANTIFIERS = load_phrases("awards.quantifiers.txt")
UNIT_HEADS = load_phrases("awards.units.txt")
NOT_RECIPIENTS = load_phrases("awards.not_recipients.txt")
RANK_WORDS = norms("nhất", "nhì", "ba", "hai", "i", "ii", "iii", "1", "2", "3")
NOUNISH = frozenset({"N", "Np", "Nc", "Nu", "Ny", "Nb", "M", "A"})
BETWEEN = lexicon_norms("awards.between.txt")
ADVERBS = lexicon_norms("awards.adverbs.txt")
CEREMONY = lexicon_norms("awards.ceremony.txt")
CEREMONY_CORE = (norm("tổ"), norm("chức"))  # "tổ chức" (to hold, a ceremony)
NOT_IN_NAME = lexicon_norms("awards.not_in_name.txt")
NAME_CUT = lexicon_norms("awards.name_cut.txt")
LEADING = lexicon_norms("awards.leading.txt")
JOINERS = norms("và", "-", "–", "&")  # "và" (and) or a dash inside a unit's name
CHAIN_GAP = norms(",", "và", "cùng", "với")  # between awards given together
TRAILING = norms("và", "đồng", "thời", "cùng")  # "và", "đồng thời" (and, also) left at a name's end
# and, of, branch, by (passive), is, for, has, in, that
AND, OF, TRADE, BY, IS, FOR, HAS, IN_IT, IT = (
    norm(w) for w in ("và", "của", "ngành", "được", "là", "cho", "có", "trong", "đó"))
ON_OCCASION = tuple(norm(w) for w in ("nhân", "dịp", "kỷ", "ngày", "chuyến"))  # "nhân dịp" (on the occasion)
CLAUSE_END = frozenset({".", ";", "!", "?"})
MAX_GAP = 8  # tokens between an award and its "cho"
MAX_NAME = 15  # tokens of a recipient's name


@dataclass(frozen=True)
class AwardSpan:
    start: int  # token range of the award's name
    end: int
    family: str  # flag | certificate | order | medal | title


@dataclass(frozen=True)
class VerbGroup:
    start: int  # first token of "đã vinh dự được Thủ tướng tặng"
    receives: bool  # passive or a verb of receiving: the subject is the recipient
    proposed: bool


@extractor("awards", version="1", needs=())
def find_awards(ctx: Context) -> Iterator[Award]:
    for sent in ctx.sentences:
        if names_award(sent.text):
            yield from awards_in(ctx, sent)


def names_award(text: str) -> bool:
    joined = " " + " ".join(t.norm for t in syllables(text)) + " "
    return any(head in joined for head in HEADS)


def awards_in(ctx: Context, sent: Sentence) -> Iterator[Award]:
    toks = tag_syllables(sent.text)
    matches = match_patterns(PATTERNS, sent.text, toks)
    spans = award_spans(toks, matches)
    if not spans:
        return
    verbs = [m for m in matches if m.label in VERBS and is_whole_words(toks, m)]
    starts = {s.start for s in spans}
    year = award_year(ctx, sent.text)
    for chain in chains(toks, spans):
        for rule, status, recipients in recipients_of(toks, verbs, starts, chain):
            for award in chain:
                for a, b in recipients:
                    yield make_award(ctx, sent, toks, award, (a, b), status, year, rule)


def is_whole_words(toks: list[Token], m: Match) -> bool:
    """A verb is whole words: "nhận" in "công nhận", "nhận thức", "phong" in "phong trào" and
    "trao" in "trao đổi" are no verbs of giving or receiving (a capital after it ends a word
    whatever the segmenter says: "trao Giấy khen")."""
    return toks[m.start].word_start and (m.end >= len(toks) or toks[m.end].word_start or toks[m.end].is_title)


def make_award(ctx: Context, sent: Sentence, toks: list[Token], award: AwardSpan, who: tuple[int, int],
               status: str, year: int | None, rule: str) -> Award:
    a, b = who
    name = sent.text[toks[award.start].start : toks[award.end - 1].end]
    recipient = sent.text[toks[a].start : toks[b - 1].end]
    start, end = toks[min(a, award.start)].start, toks[max(b, award.end) - 1].end
    return Award(name, recipient, year, status, ctx.evidence(sent, start, end, f"awards/{rule}"))


def award_year(ctx: Context, text: str) -> int | None:
    """The first year the sentence names outside parentheses (not "(2/9/1945 – 2/9/2022)"),
    else the document's year."""
    years = years_in(re.sub(r"\([^()]*\)", " ", text))
    return years[0] if years else ctx.year


# --- the award's name ---------------------------------------------------------------------


def award_spans(toks: list[Token], matches: list[Match]) -> list[AwardSpan]:
    """Award heads, longest first where they overlap, each extended by rank or grantor."""
    heads = sorted((m for m in matches if m.label == "AWARD"), key=lambda m: (m.start, m.start - m.end))
    starts = {m.start for m in heads}
    out: list[AwardSpan] = []
    for m in heads:
        if out and m.start < out[-1].end:
            continue
        out.append(AwardSpan(m.start, extend_award(toks, m.end, m.id, starts), m.id))
    return out


def extend_award(toks: list[Token], end: int, family: str, starts: set[int]) -> int:
    if family in ("order", "medal"):
        if toks[end - 1].norm == norm("nghiệp"):  # "Huy chương Vì sự nghiệp Tư pháp"
            end = unit_end(toks, end, starts, limit=6)
        if end + 1 < len(toks) and toks[end].norm == norm("hạng") and toks[end + 1].norm in RANK_WORDS:
            end += 2
        return end
    if family in ("flag", "certificate"):
        return extend_grantor(toks, end, starts)
    return end


def extend_grantor(toks: list[Token], end: int, starts: set[int]) -> int:
    """"Bằng khen" + "của Thủ tướng Chính phủ" / "ngành Tư pháp" / "UBND tỉnh Quảng Ninh"."""
    if end + 1 >= len(toks):
        return end
    nxt, after = toks[end], toks[end + 1]
    if nxt.norm == OF and (after.is_title or phrase_at(toks, end + 1, GRANTORS)):
        return unit_end(toks, end + 1, starts)
    if nxt.norm == TRADE and after.is_title:
        return unit_end(toks, end + 1, starts)
    if nxt.is_title and phrase_at(toks, end, GRANTORS):
        return unit_end(toks, end, starts)
    return end


def unit_end(toks: list[Token], i: int, starts: set[int], limit: int = 14) -> int:
    """End of the unit name starting at token ``i``: capitalised words, the lowercase syllables
    of their words ("Bộ Tư pháp"), nouns ("UBND tỉnh", "Chủ tịch nước"), "và" or "-" before a
    capitalised word; up to a stop word ("cho", "vì", "do", "năm" …) or punctuation."""
    j = i
    while j < len(toks) and j - i < limit and (j == i or j not in starts) and in_unit(toks, j, j == i):
        j += 1
    while j > i and toks[j - 1].norm in JOINERS:
        j -= 1
    return j


def in_unit(toks: list[Token], j: int, first: bool) -> bool:
    t = toks[j]
    joins_next = j + 1 < len(toks) and toks[j + 1].is_title
    if t.is_title or (t.text[:1].isdigit() and not first):
        return True
    if t.norm in JOINERS:
        return joins_next and not first
    if not t.text[:1].isalpha() or (t.word_start and phrase_at(toks, j, STOPS)):
        return False
    return first or not t.word_start or t.tag in NOUNISH


def chains(toks: list[Token], spans: list[AwardSpan]) -> list[list[AwardSpan]]:
    """Awards given together: "bằng khen và cờ thi đua cho …", "Cờ thi đua, Bằng khen …"."""
    out: list[list[AwardSpan]] = []
    for span in spans:
        gap = toks[out[-1][-1].end : span.start] if out else None
        if gap is not None and len(gap) <= 2 and all(t.norm in CHAIN_GAP for t in gap):
            out[-1].append(span)
        else:
            out.append([span])
    return out


# --- who receives it ----------------------------------------------------------------------


def recipients_of(toks: list[Token], verbs: list[Match], starts: set[int],
                  chain: list[AwardSpan]) -> Iterator[tuple[str, str, list[tuple[int, int]]]]:
    """(rule, status, recipients) for one chain of awards: the recipients after "cho", or the
    subject of "được tặng" / "đón nhận", or the names after "là"."""
    first, last = chain[0].start, chain[-1].end
    cho = cho_after(toks, last, starts)
    if cho is not None and grant_verb_near(toks, verbs, first, cho):
        status = "proposed" if proposal_near(toks, verbs, first, cho) else "granted"
        found = recipients_after(toks, verbs, starts, cho + 1)
        if found:
            yield "award-cho-recipient", status, found
        return
    group = verb_group_before(toks, verbs, first)
    if group is None or not group.receives:
        return
    status = "proposed" if group.proposed else "granted"
    named = list_after_la(toks, starts, last)
    found = named or subjects_before(toks, group.start)
    if found:
        yield ("named-after-la" if named else "subject-receives"), status, found


def cho_after(toks: list[Token], end: int, starts: set[int]) -> int | None:
    """Token index of the "cho" a few words after the award ("… năm 2022 cho …")."""
    for j in range(end, min(len(toks), end + MAX_GAP)):
        if toks[j].norm == FOR:
            return j
        if toks[j].text in ".;:,()" or j in starts:
            return None
    return None


def clause_start(toks: list[Token], k: int, reach: int = 12) -> int:
    """Start of the clause holding token ``k``, looking back at most ``reach`` tokens."""
    floor = max(0, k - reach)
    return max((i + 1 for i in range(floor, k) if toks[i].text in ".;:!?"), default=floor)


def grant_verb_near(toks: list[Token], verbs: list[Match], first: int, cho: int) -> bool:
    """A verb of giving or proposing before the award (same clause) or between it and "cho"."""
    lo = clause_start(toks, first)
    return any(m.label in ("GRANT", "PROPOSE") and lo <= m.start and m.end <= cho for m in verbs)


def proposal_near(toks: list[Token], verbs: list[Match], first: int, last: int) -> bool:
    lo = clause_start(toks, first)
    return any(m.label == "PROPOSE" and lo <= m.start and m.end <= max(first, last) for m in verbs)


def verb_group_before(toks: list[Token], verbs: list[Match], start: int) -> VerbGroup | None:
    """The verbs right before the award ("được đề nghị xét tặng", "đã vinh dự đón nhận", "được
    Chủ tịch nước tặng thưởng"), with their adverbs and the agent of a passive."""
    v = start
    while v > 0 and (toks[v - 1].norm in BETWEEN or toks[v - 1].text.isdigit()):
        v -= 1
    ending = [m for m in verbs if m.end == v and m.label != "PASSIVE"]
    if not ending:
        return None
    k = min(m.start for m in ending)
    labels = {m.label for m in ending}
    k = walk_back_verbs(toks, verbs, k, labels)
    passive = passive_before(toks, verbs, k)
    if passive is not None:
        labels |= {m.label for m in verbs if passive <= m.start < k} | {"PASSIVE"}
        k = walk_back_verbs(toks, verbs, passive, labels)
    receives = bool(labels & {"PASSIVE", "RECEIVE"})
    return VerbGroup(skip_ceremony(toks, k), receives, "PROPOSE" in labels)


def skip_ceremony(toks: list[Token], k: int) -> int:
    """``k`` moved back over "long trọng tổ chức Lễ" before "đón nhận", if they stand there."""
    i = k
    while i > 0 and toks[i - 1].norm in CEREMONY:
        i -= 1
    norms_between = [t.norm for t in toks[i:k]]
    has_core = any(norms_between[j : j + 2] == list(CEREMONY_CORE) for j in range(len(norms_between)))
    return i if has_core else k


def walk_back_verbs(toks: list[Token], verbs: list[Match], k: int, labels: set[str]) -> int:
    """Move ``k`` back over the verbs and adverbs right before it, collecting verb labels."""
    while k > 0:
        ending = [m for m in verbs if m.end == k]
        if ending:
            k = min(m.start for m in ending)
            labels.update(m.label for m in ending)
        elif toks[k - 1].norm in ADVERBS and not toks[k - 1].is_title:
            k -= 1
        else:
            break
    return k


def passive_before(toks: list[Token], verbs: list[Match], k: int) -> int | None:
    """Start of a "được" a few words before ``k`` with only its agent between: "được | Thủ
    tướng Chính phủ | tặng", "được | tỉnh đề nghị Chính phủ | xét tặng"."""
    for i in range(k - 1, max(-1, k - MAX_GAP), -1):
        if toks[i].text in ".,;:()!?":
            return None
        if toks[i].norm == BY:
            return i
    return None


def recipients_after(toks: list[Token], verbs: list[Match], starts: set[int], a: int) -> list[tuple[int, int]]:
    """Recipients after "cho": a group ("các tập thể và cá nhân có thành tích …"), or a list
    ("5 tập thể: A, B, C", "Sở Y tế, Công an tỉnh và Trường THPT X")."""
    b = region_end(toks, verbs, starts, a)
    if a >= b:
        return []
    colon = next((k for k in range(a, b) if toks[k].text == ":"), None)
    if is_group(toks, a) and colon is None:
        end = trim_end(toks, a, group_end(toks, a, b))
        named = list_after_la(toks, set(), next((k for k in range(a, end) if toks[k].norm == IS), end))
        return named or ([(a, end)] if end > a else [])
    return list_items(toks, a if colon is None else colon + 1, b)


def region_end(toks: list[Token], verbs: list[Match], starts: set[int], a: int) -> int:
    """Where the recipients after "cho" end: the end of the clause (a ";" goes on after a list's
    colon), the next award or the next verb of giving."""
    grants = {m.start for m in verbs if m.label == "GRANT" and m.start >= a}
    colon = False
    for k in range(a, len(toks)):
        t = toks[k].text
        colon = colon or t == ":"
        if t in (".", "!", "?") or (t == ";" and not colon) or k in starts or k in grants:
            return k
    return len(toks)


def trim_end(toks: list[Token], a: int, b: int, paren: bool = True) -> int:
    """``b`` moved back over trailing punctuation and connectives, and before the first
    parenthesis (unless ``paren`` is false)."""
    if paren:
        b = next((k for k in range(a, b) if toks[k].text == "("), b)
    while b > a and (toks[b - 1].text in ",;:-–…" or toks[b - 1].norm in TRAILING and not toks[b - 1].is_title):
        b -= 1
    return b


def group_end(toks: list[Token], a: int, b: int) -> int:
    """A group phrase ends before a dash or "trong đó": "17 cá nhân | - trong đó có ông A"."""
    for k in range(a, b):
        if toks[k].text in ("-", "–", "—") or (toks[k].norm == IN_IT and k + 1 < b and toks[k + 1].norm == IT):
            return k
    return b


def is_group(toks: list[Token], a: int) -> bool:
    """"các tập thể", "16 đơn vị", "hơn 2.000 tổ trưởng": a quantifier, then a group noun."""
    n = phrase_at(toks, a, QUANTIFIERS)
    if not n and not toks[a].text[:1].isdigit():
        return False
    k = a + max(n, 1)
    while k < len(toks) and (toks[k].text[:1].isdigit() or phrase_at(toks, k, QUANTIFIERS)):
        k += 1  # "hơn 2.000 tổ trưởng", "các 5 …"
    return bool(phrase_at(toks, k, GROUPS)) and not toks[k].is_title


def list_items(toks: list[Token], a: int, b: int) -> list[tuple[int, int]]:
    """Names of a list split at commas, semicolons and "và" before a new unit or person; a
    heading before a colon ("và bốn cá nhân:") is skipped; the list ends at the first piece that
    names nobody."""
    out: list[tuple[int, int]] = []
    for s, e, sep in split_pieces(toks, a, b):
        if sep == ":":
            continue
        if out and phrase_at(toks, s, OFFICES) and name_end(toks, out[-1][0]):
            continue  # "ông A, Chủ tịch Công đoàn X": the office of the person before
        item = clean_item(toks, s, e)
        if item is None:
            break
        out.append(item)
    return out


def split_pieces(toks: list[Token], a: int, b: int) -> list[tuple[int, int, str]]:
    """(start, end, separator) pieces of tokens ``a:b`` outside parentheses."""
    out, start, depth = [], a, 0
    for k in range(a, b):
        t = toks[k]
        depth += (t.text == "(") - (t.text == ")")
        if depth == 0 and (t.text in ",;:" or (t.norm == AND and starts_new_item(toks, k + 1))):
            out.append((start, k, t.text))
            start = k + 1
    out.append((start, b, ""))
    return [p for p in out if p[1] > p[0]]


def starts_new_item(toks: list[Token], k: int) -> bool:
    """After "và": a unit head, a person or a group starts a new recipient; anything else goes
    on with the name ("Sở Giáo dục và Đào tạo")."""
    if k >= len(toks):
        return False
    head = toks[k].is_title and phrase_at(toks, k, UNIT_HEADS)
    return bool(head or person_at(toks, k, len(toks)) or is_group(toks, k))


def clean_item(toks: list[Token], a: int, b: int) -> tuple[int, int] | None:
    """The recipient a list piece names: a person's name, or a unit's name cut before a
    parenthesis or a clause ("Công an tỉnh Bắc Ninh vì đã có …")."""
    while a < b and toks[a].norm in LEADING and not toks[a].is_title:
        a += 1
    if a >= b:
        return None
    person = person_at(toks, a, b)
    if person:
        return person
    if phrase_at(toks, a, UNIT_HEADS) and a + 1 < b and toks[a + 1].is_title:
        a_head = True  # "trường PTTH Lê Viết Thuật": a lowercase unit head before a name
    else:
        a_head = toks[a].is_title
    end = a
    while end < b and toks[end].text != "(" and not cuts_name(toks, end) and not is_apposition(toks, end):
        end += 1
    end = trim_end(toks, a, end)
    return (a, end) if end > a and a_head and is_unit_name(toks, a, end) else None


def is_apposition(toks: list[Token], k: int) -> bool:
    """A dash before a lowercase word: "Bộ Y tế | – hai đơn vị dẫn đầu Khối"."""
    return toks[k].text in ("-", "–", "—") and k + 1 < len(toks) and not toks[k + 1].is_title


def cuts_name(toks: list[Token], k: int) -> bool:
    """A lowercase word that ends a name: "… vì đã có …", "… nhân dịp …" (not "nhân dân")."""
    t = toks[k]
    if t.is_title or not t.word_start:
        return False
    if t.norm == ON_OCCASION[0]:
        return k + 1 < len(toks) and toks[k + 1].norm in ON_OCCASION[1:]
    return t.norm in NAME_CUT


def person_at(toks: list[Token], a: int, b: int) -> tuple[int, int] | None:
    """A person's name at ``a``, after at most a few words of title or address ("ông", "BS",
    "Viện trưởng"): "ông Đinh Thế Trạc" -> "Đinh Thế Trạc"."""
    k = a
    while k < min(b, a + 4):
        end = name_end(toks, k)
        if end:
            return (k, min(end, b)) if k == a or is_title_run(toks, a, k) else None
        k += 1
    return None


def is_title_run(toks: list[Token], a: int, k: int) -> bool:
    i = a
    while i < k:
        n = phrase_at(toks, i, HONORIFICS) or phrase_at(toks, i, RANKS) or phrase_at(toks, i, OFFICES)
        if not n:
            return toks[i].text == "." and i == k - 1  # "Ts. Đinh Văn Minh"
        i += n
    return i == k


def is_unit_name(toks: list[Token], a: int, b: int) -> bool:
    """A name that opens no adverbial ("Theo đó", "Năm 2022"), holds no verb, and is a proper
    name: a capitalised word, a number or an acronym ("VKS phúc thẩm") beyond a sentence's
    capital ("Ngôi trường" is no name)."""
    if phrase_at(toks, a, NOT_RECIPIENTS) or b - a > MAX_NAME:
        return False
    if any(t.norm in NOT_IN_NAME and not t.is_title for t in toks[a:b]):
        return False
    first, head = toks[a].text, phrase_at(toks, a, UNIT_HEADS)
    if (len(first) > 1 and first.isupper()) or (head and b - a > head):  # "VKS phúc thẩm", "Công an tỉnh"
        return True
    return any(t.is_title or t.text[:1].isdigit() for t in toks[a + 1 : b])


def list_after_la(toks: list[Token], starts: set[int], end: int) -> list[tuple[int, int]]:
    """"Hai cá nhân được tặng Huân chương Lao động hạng Ba là ông A và ông B": the names."""
    if end < len(toks) and toks[end].norm == IS:
        b = next((k for k in range(end, len(toks)) if toks[k].text in CLAUSE_END or k in starts), len(toks))
        return list_items(toks, end + 1, b)
    return []


def subjects_before(toks: list[Token], k: int) -> list[tuple[int, int]]:
    """The subject before the verb group at ``k``: the clause's last piece, and the pieces of a
    list before it ("Sở Y tế, Sở Tư pháp và Công an tỉnh được tặng …"); an office after a comma
    stands for the person before it ("ông A, Giám đốc Sở Y tế, được tặng …")."""
    pieces = clause_pieces(toks, k)
    if not pieces:
        return []
    s, e = pieces[-1]
    before = person_at(toks, *pieces[-2]) if len(pieces) > 1 else None
    if before and not person_at(toks, s, e):
        return [before]  # "ông A, Giám đốc Sở Y tế, được tặng …", "cô giáo B, Trường X, được …"
    if len(pieces) > 1 and phrase_at(toks, s, GROUPS) and not toks[s].is_title and is_group(toks, pieces[-2][0]):
        return [(pieces[-2][0], trim_end(toks, s, e))]  # "Nhiều tập thể, cá nhân được tặng …"
    found = subject_items(toks, s, e)
    if not found or is_group(toks, found[0][0]):
        return found[:1]
    for s, e in reversed(pieces[:-1]):
        items = subject_items(toks, s, e)
        if not items or is_group(toks, items[0][0]) or items[-1][1] != trim_end(toks, s, e, paren=False):
            break  # only a piece that is all names continues the list
        found[:0] = items
    return found


def clause_pieces(toks: list[Token], k: int) -> list[tuple[int, int]]:
    """Comma-separated pieces of the clause ending at token ``k`` (parentheses skipped)."""
    end = k
    while end > 0 and toks[end - 1].text == ",":
        end -= 1
    pieces, cut, depth = [], end, 0
    for i in range(end - 1, -1, -1):
        t = toks[i].text
        depth += (t == ")") - (t == "(")
        if depth == 0 and t in ",;:.!?–":
            pieces.insert(0, (i + 1, cut))
            if t != ",":
                return [p for p in pieces if p[1] > p[0]]
            cut = i
    pieces.insert(0, (0, cut))
    return [p for p in pieces if p[1] > p[0]]


def subject_items(toks: list[Token], a: int, b: int) -> list[tuple[int, int]]:
    """The recipients one subject piece names, cut at "là" ("Trường X là một trong …") and
    without trailing adverbs: a group, or units and persons joined by "và"."""
    la = next((i for i in range(a, b) if toks[i].norm == IS and not toks[i].is_title), b)
    a = max([a] + [i + 1 for i in range(a, la) if toks[i].norm == HAS and (i == a or not toks[i].is_title)])
    b = trim_end(toks, a, la, paren=False)
    while b > a and toks[b - 1].norm in ADVERBS and not toks[b - 1].is_title:
        b -= 1
    while a < b and toks[a].norm in LEADING and not toks[a].is_title:
        a += 1
    if a >= b:
        return []
    if is_group(toks, a):
        return [(a, b)]
    items = [clean_item(toks, s, e) for s, e, _ in split_pieces(toks, a, b)]
    return [item for item in items if item] if all(items) else []
