"""Extractor: awards, and who receives or is proposed for them.

    Cục Kiểm tra văn bản quy phạm pháp luật được đề nghị xét tặng Cờ thi đua ngành Tư pháp.
        -> award "Cờ thi đua ngành Tư pháp", recipient the subject, status proposed
    Thủ tướng đã trao Cờ thi đua của Chính phủ cho 16 đơn vị có thành tích xuất sắc …
        -> recipient the group after "cho"
    … trao tặng Huân chương Lao động hạng Ba cho sáu tập thể: Sở Y tế, Trung tâm Y tế dự phòng, …
        -> one award per recipient of the list
    VKS phúc thẩm tại TP HCM đã vinh dự đón nhận Huân chương Lao động hạng Nhì …
        -> recipient the subject of a verb of receiving
    Khối suy tôn Cục Hải quan X là đơn vị dẫn đầu, đề nghị Bộ Tài chính tặng Cờ thi đua …
        -> recipient the unit chosen, proposed; "Cờ thi đua … thuộc về Sở Tư pháp" -> granted

Some documents lay their awards out by line, and the sentence splitter cuts them apart:

    Điều 1. Tặng Bằng khen … cho 3 tập thể:   |  - Cờ thi đua của Chính phủ: Cục Thuế A, Cục Thuế B;
    1. Sở Tư pháp, đơn vị dẫn đầu …;          |  STT | Đơn vị | Điểm | Hình thức đề nghị khen thưởng
    2. Ủy ban nhân dân xã Vũ Hội, …;          |  1 | Công an tỉnh Quảng Ninh | 98,5 | Cờ thi đua của Chính phủ

these are read from the document's lines (a list after a heading that ends in a colon, an award
and its recipients after a colon, table rows under a header that names the recipients' column).

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
from extractors.persons import (
    HONORIFICS,
    LIST_MARKER,
    OFFICES,
    PREFIXES,
    RANKS,
    Table,
    body_lines,
    cells,
    load_phrases,
    name_end,
    phrase_at,
    reading_sentences,
    tables,
)
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
VERBS = ("GRANT", "RECEIVE", "PROPOSE", "PASSIVE", "SELECT", "BELONG", "PRAISE")
SUBJECT_AFTER = ("PROPOSE", "SELECT", "PRAISE")  # "Khối đề nghị | X được tặng …", "chúc mừng | X đã được …"
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
LEADING = load_phrases("awards.leading.txt")
TIME_WORDS = norms("trong", "vào", "năm", "tháng", "ngày", "học", "quý", "/", "-", "–")  # "trong năm 2019"
JOINERS = norms("và", "-", "–", "&")  # "và" (and) or a dash inside a unit's name
CHAIN_GAP = norms(",", "và", "cùng", "với")  # between awards given together
TRAILING = norms("và", "đồng", "thời", "cùng")  # "và", "đồng thời" (and, also) left at a name's end
# and, of, branch, by (passive), is, for, has, in, that
AND, OF, TRADE, BY, IS, FOR, HAS, IN_IT, IT = (
    norm(w) for w in ("và", "của", "ngành", "được", "là", "cho", "có", "trong", "đó"))
ON_OCCASION = tuple(norm(w) for w in ("nhân", "dịp", "kỷ", "ngày", "chuyến"))  # "nhân dịp" (on the occasion)
YEAR = norm("năm")
THIS = norms("nay", "này", "qua")  # "năm nay" (this year)
GLUED_VERBS = norms("tặng", "trao")  # verbs the segmenter may glue to the capitalised name before them
TO_WORDS = norms("cho", "tặng")  # "… cho X", "trao Bằng khen tặng X"
LIST_OPENERS = norms("là", "gồm", ":")  # "… là A và B", "3 đơn vị gồm A, B", "…: A, B"
COMMA = norm(",")
CLAUSE_END = frozenset({".", ";", "!", "?"})
SCOPES = load_phrases("awards.scopes.txt")
OPEN_SCOPES = norms("ngành", "lượng", "quân")  # a scope the unit's name follows: "ngành Tư pháp"
MAX_CAUSE = 12  # tokens of a medal's cause
CAUSE_WORDS = (norm("sự"), norm("nghiệp"))  # "vì sự nghiệp" (for the cause of)
ERA = (norm("thời"), norm("kỳ"))  # "thời kỳ đổi mới" (in the era of renewal)
RECIPIENT_COLUMNS = load_phrases("awards.table_columns.txt")
NOT_RECIPIENT_COLUMNS = load_phrases("awards.table_columns_not.txt")
MAX_LIST = 30  # lines of one list
SUBHEADING = re.compile(r"[IVX]{1,4}[.)]\s*")  # "I. Tập thể", "II. Cá nhân"
PASSIVE_REACH = 14  # tokens from "được" to its verb: "được | Bộ trưởng Bộ Giáo dục và Đào tạo | tặng"
MAX_GAP = 8  # tokens between an award and its "cho"
MAX_NAME = 15  # tokens of a recipient's name


@dataclass(frozen=True)
class AwardSpan:
    start: int  # token range of the award's name
    end: int
    family: str  # flag | certificate | order | medal | cause | emulation | hero | title


@dataclass(frozen=True)
class VerbGroup:
    start: int  # first token of "đã vinh dự được Thủ tướng tặng"
    receives: bool  # passive or a verb of receiving: the subject is the recipient
    proposed: bool


@extractor("awards", version="3", needs=())
def find_awards(ctx: Context) -> Iterator[Award]:
    for sent in reading_sentences(ctx):
        if names_award(sent.text):
            yield from awards_in(ctx, sent)
    yield from table_awards(ctx)
    yield from headed_lists(ctx)


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
    all_chains = chains(toks, spans)
    shared: tuple[int, list] = (-1, [])  # end of the last chain given to a subject, and its findings
    given: tuple[int, str] = (-1, "")  # end of the last chain given "cho" someone, and its status
    for chain in all_chains:
        found = list(recipients_of(toks, verbs, starts, chain))
        if not found and shared[1] and shares_subject(toks, verbs, shared[0], chain[0].start):
            found = shared[1]  # "X được Bộ trưởng tặng Bằng khen, Giám đốc Công an tỉnh tặng Giấy khen"
        if not found and given[1] and continues_giving(toks, given[0], chain[0].start):
            found = list(elliptic_cho(toks, verbs, starts, chain, given[1]))
        if found and found[0][0] == "subject-receives":
            shared = (chain[-1].end, found)
        if found and found[0][0] == "award-cho-recipient":
            given = (chain[-1].end, found[0][1])
        listed = []
        if chain is all_chains[-1] and opens_list(sent.text, toks, verbs, chain, found):
            status = found[0][1] if found else status_before(toks, verbs, chain[0].start)
            listed = list(listed_awards(ctx, sent, toks, chain, status, year))
        yield from listed or chain_awards(ctx, sent, toks, chain, found, year)


def chain_awards(ctx: Context, sent: Sentence, toks: list[Token], chain: list[AwardSpan],
                 found: list[tuple[str, str, list[tuple[int, int]]]], year: int | None) -> Iterator[Award]:
    """One fact per award of the chain and recipient found."""
    for rule, status, recipients in found:
        for award in chain:
            for a, b in recipients:
                yield make_award(ctx, sent, toks, award, (a, b), status, year, rule)


def continues_giving(toks: list[Token], end: int, start: int) -> bool:
    """Whether the award at ``start`` goes on the giving of an earlier one ending at ``end``, its verb
    left out: "tặng thưởng Huân chương hạng Nhất cho A, | Huân chương hạng Nhì cho B và C" (only
    the earlier recipients between, and a comma or "và" right before it)."""
    if start == 0 or toks[start - 1].norm not in (COMMA, AND):
        return False
    return not any(t.text in CLAUSE_END or t.text == ":" for t in toks[end:start])


def elliptic_cho(toks: list[Token], verbs: list[Match], starts: set[int], chain: list[AwardSpan],
                 status: str) -> Iterator[tuple[str, str, list[tuple[int, int]]]]:
    """The recipients after the "cho" of an award whose verb of giving stands before an earlier award."""
    cho = cho_after(toks, chain[-1].end, starts)
    found = recipients_after(toks, verbs, starts, cho + 1) if cho is not None else []
    if found:
        yield "award-cho-recipient", status, found


def shares_subject(toks: list[Token], verbs: list[Match], end: int, start: int) -> bool:
    """Whether the award at ``start`` is given to the subject of the one ending at ``end``: only
    "," or "và", an agent and a verb of giving between ("…, Giám đốc Công an tỉnh tặng …")."""
    k = after_year(toks, end)
    if k >= start or toks[k].norm not in (AND, COMMA):
        return False
    v = start
    while v > k and toks[v - 1].norm in BETWEEN:
        v -= 1
    verb = next((m for m in verbs if m.end == v and m.label == "GRANT"), None)
    agent = toks[k + 1 : verb.start] if verb else []
    return bool(agent) and agent[0].is_title and not any(t.text in ".;:()" or t.norm == FOR for t in agent)


def is_whole_words(toks: list[Token], m: Match) -> bool:
    """A verb is whole words: "nhận" in "công nhận", "nhận thức", "phong" in "phong trào" and
    "trao" in "trao đổi" are no verbs of giving or receiving (a capital after it ends a word
    whatever the segmenter says: "trao Giấy khen")."""
    return starts_word(toks, m.start) and (m.end >= len(toks) or starts_word(toks, m.end) or toks[m.end].is_title)


def starts_word(toks: list[Token], i: int) -> bool:
    """Token ``i`` begins a word; a lowercase syllable after an acronym does whatever the
    segmenter says ("KBNN tặng" is tagged as one word)."""
    if i > 0 and toks[i].norm in GLUED_VERBS and toks[i - 1].is_title:
        return True  # "Bộ Công Thương tặng": the segmenter glued the verb to the name
    return toks[i].word_start or (i > 0 and is_acronym(toks[i - 1]) and not toks[i].is_title)


def is_acronym(tok: Token) -> bool:
    return len(tok.text) > 1 and tok.text.isupper()


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
        if out and m.start < out[-1].end or m.id == "cause" and not names_cause(toks, m.end - 1):
            continue
        out.append(AwardSpan(m.start, extend_award(toks, m.end, m.id, starts), m.id))
    return out


def names_cause(toks: list[Token], k: int) -> bool:
    """"Kỷ niệm chương Vì …" names a medal, and so does "vì sự nghiệp …"; "kỷ niệm chương vì những
    cống hiến" gives a reason."""
    return toks[k].is_title or [t.norm for t in toks[k + 1 : k + 3]] == list(CAUSE_WORDS)


def extend_award(toks: list[Token], end: int, family: str, starts: set[int]) -> int:
    if family in ("order", "medal"):
        if end + 1 < len(toks) and toks[end].norm == norm("hạng") and toks[end + 1].norm in RANK_WORDS:
            end += 2
        return end
    if family == "cause":
        return cause_end(toks, end, starts)
    if family == "emulation":
        return scope_end(toks, end, starts)
    if family == "hero":
        return era_end(toks, end, starts)
    if family in ("flag", "certificate"):
        return extend_grantor(toks, end, starts)
    return end


def cause_end(toks: list[Token], i: int, starts: set[int]) -> int:
    """End of a medal's cause after "Vì": "Kỷ niệm chương Vì sự nghiệp xây dựng lực lượng Công an
    nhân dân | cho …", up to punctuation, a stop word or a year; "và" goes on before a lowercase
    word ("Vì sự nghiệp nông nghiệp và phát triển nông thôn")."""
    j = i
    while j < len(toks) and j - i < MAX_CAUSE and j not in starts and toks[j].text[:1].isalpha():
        t = toks[j]
        if t.norm == AND and not (j + 1 < len(toks) and toks[j + 1].text.islower()):
            break
        if t.norm != AND and not t.is_title and starts_word(toks, j) and phrase_at(toks, j, STOPS):
            break
        j += 1
    return j


def era_end(toks: list[Token], end: int, starts: set[int]) -> int:
    """"Anh hùng Lao động" + its era: "… thời kỳ đổi mới", "… trong thời kỳ kháng chiến chống Mỹ"."""
    k = end + (1 if end < len(toks) and toks[end].norm == IN_IT else 0)
    if [t.norm for t in toks[k : k + 2]] != list(ERA):
        return end
    stop = cause_end(toks, k + 2, starts)
    return stop if stop > k + 2 else end


def scope_end(toks: list[Token], end: int, starts: set[int]) -> int:
    """"Chiến sĩ thi đua" + its scope ("toàn quốc", "cấp cơ sở", "toàn lực lượng") + the unit
    or sector it is of ("… toàn lực lượng Công an nhân dân", "… ngành Tư pháp", "… Bộ Quốc phòng")."""
    n = phrase_at(toks, end, SCOPES)
    if n and toks[end + n - 1].norm not in OPEN_SCOPES:
        return end + n
    k = end + n
    if k < len(toks) and toks[k].is_title and (n or phrase_at(toks, k, GRANTORS)):
        return unit_end(toks, k, starts)
    return k  # "toàn quân", "toàn lực lượng" with no name after them


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
    if group is not None and group.receives:
        named = list_after_la(toks, starts, after_year(toks, last))
        found = named or subjects_before(toks, verbs, group.start)
        status = "proposed" if group.proposed or found and proposed_subject(verbs, found[0][0]) else "granted"
        if found:
            yield ("named-after-la" if named else "subject-receives"), status, found
        return
    if grant_verb_near(toks, verbs, first, last):
        yield from named_elsewhere(toks, verbs, starts, first, last)
        return
    goes = goes_to(toks, verbs, last)
    if goes is not None:
        found = list_items(toks, goes, region_end(toks, verbs, starts, goes))
        if found:
            yield "award-goes-to", status_before(toks, verbs, first), found


def proposed_subject(verbs: list[Match], a: int) -> bool:
    """"Khối đề nghị | Cục Thuế X được tặng …": a verb of proposing right before the subject."""
    return any(m.label in ("PROPOSE", "SELECT") and a - 2 <= m.end <= a for m in verbs)


def goes_to(toks: list[Token], verbs: list[Match], last: int) -> int | None:
    """Token after "thuộc về" a few words after the award: "Cờ thi đua … năm 2021 thuộc về Sở Tư
    pháp" (the award goes to)."""
    for m in verbs:
        if m.label == "BELONG" and last <= m.start <= last + MAX_GAP:
            if not any(t.text in ",.;:()!?" for t in toks[last : m.start]):
                return m.end
    return None


def named_elsewhere(toks: list[Token], verbs: list[Match], starts: set[int],
                    first: int, last: int) -> Iterator[tuple[str, str, list[tuple[int, int]]]]:
    """An award given or proposed with no "cho": the names after "là" ("Khối đề nghị Chính phủ tặng
    Cờ thi đua là A và B"), or the unit chosen before it ("Khối suy tôn A là đơn vị dẫn đầu, đề
    nghị UBND tỉnh tặng Cờ thi đua")."""
    named = list_after_la(toks, starts, after_year(toks, last))
    if named:
        yield "named-after-la", status_before(toks, verbs, first), named
        return
    chosen = chosen_before(toks, verbs, first)
    if chosen:
        yield "chosen-before", "proposed", chosen


def after_year(toks: list[Token], k: int) -> int:
    """``k`` moved over "năm 2022", "năm nay" right after an award."""
    if k + 1 < len(toks) and toks[k].norm == YEAR and (toks[k + 1].text.isdigit() or toks[k + 1].norm in THIS):
        return k + 2
    return k


def chosen_before(toks: list[Token], verbs: list[Match], first: int) -> list[tuple[int, int]]:
    """The units a verb of choosing ("suy tôn", "bình chọn") names earlier in the sentence, up to
    "là", a comma or the next verb."""
    lo = max((i + 1 for i in range(first) if toks[i].text in CLAUSE_END), default=0)
    chosen = [m for m in verbs if m.label == "SELECT" and lo <= m.start and m.end < first]
    if not chosen:
        return []
    passive = passive_before(toks, verbs, chosen[-1].start)
    if passive is not None:  # "Cục Hải quan X được Khối suy tôn, đề nghị … tặng Cờ thi đua"
        return subjects_before(toks, verbs, passive)
    a = chosen[-1].end
    later = {m.start for m in verbs if m.start >= a}
    b = next((k for k in range(a, first) if toks[k].text in ",;:" or k in later), first)
    return subject_items(toks, a, b)


def cho_after(toks: list[Token], end: int, starts: set[int]) -> int | None:
    """Token index of the "cho" a few words after the award ("… năm 2022 cho …"), or of a "tặng"
    that stands for it ("trao Cờ thi đua của Bộ Công an tặng Công an tỉnh X")."""
    for j in range(end, min(len(toks), end + MAX_GAP)):
        if toks[j].norm in TO_WORDS and not toks[j].is_title:
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
    """A verb of proposing governs the award: in its clause before it or up to ``last``, or right
    before the verb of giving that does ("đề nghị UBND tỉnh tặng Cờ thi đua cho A, Bằng khen cho B")."""
    lo = clause_start(toks, first)
    near = [m for m in verbs if m.label in ("GRANT", "PROPOSE") and lo <= m.start and m.end <= max(first, last)]
    if any(m.label == "PROPOSE" for m in near):
        return True
    return bool(near) and proposed_before(toks, verbs, min(m.start for m in near))


def proposed_before(toks: list[Token], verbs: list[Match], k: int) -> bool:
    """"đề nghị | Thủ tướng Chính phủ | tặng": a verb of proposing a few words before the verb at
    ``k``, only its addressee between."""
    for m in verbs:
        if m.label == "PROPOSE" and k - MAX_GAP <= m.end <= k:
            if not any(t.text in ",.;:()!?" for t in toks[m.end : k]):
                return True
    return False


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
    for i in range(k - 1, max(-1, k - PASSIVE_REACH), -1):
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
        named = list_after_la(toks, set(), next((k for k in range(a, end) if toks[k].norm in LIST_OPENERS), end))
        named = named or names_in_parens(toks, a, b) or named_subset(toks, end, b)
        return named or ([(a, end)] if end > a else [])
    return list_items(toks, a if colon is None else colon + 1, b)


def named_subset(toks: list[Token], k: int, b: int) -> list[tuple[int, int]]:
    """The names after a group's "trong đó có": "cho 3 đơn vị, trong đó có Cục Thuế tỉnh A"."""
    while k < b and toks[k].text in ",-–":
        k += 1
    if not (k + 1 < b and toks[k].norm == IN_IT and toks[k + 1].norm == IT):
        return []
    k += 2
    k += 1 if k < b and toks[k].norm == HAS else 0
    return list_items(toks, k, b)


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


def group_end_at(toks: list[Token], a: int) -> int:
    """End of the group phrase at ``a`` ("các xã", "hai bác sĩ", "3 đơn vị"), or ``a`` when none."""
    if not is_group(toks, a):
        return a
    k = a + max(phrase_at(toks, a, QUANTIFIERS), 1)
    while k < len(toks) and (toks[k].text[:1].isdigit() or phrase_at(toks, k, QUANTIFIERS)):
        k += 1
    return k + phrase_at(toks, k, GROUPS)


def group_names(toks: list[Token], a: int, b: int) -> list[tuple[int, int]]:
    """The names a group spells out right after its noun: "các xã Hòa Phú, Tân Lập và Phước An",
    "hai bác sĩ Lê Văn An (Khoa Nội) và Trần Thị Bích" -> one recipient each ("và" before a
    capital starts a new name here)."""
    k = group_end_at(toks, a)
    if k == a or k >= b or not toks[k].is_title:
        return []
    out, start, depth = [], k, 0
    for i in range(k, b):
        t = toks[i]
        depth += (t.text == "(") - (t.text == ")")
        if depth == 0 and (t.text in ",;" or t.norm == AND and i + 1 < b and toks[i + 1].is_title):
            out.append((start, i))
            start = i + 1
    out.append((start, b))
    items = [person_at(toks, s, e) or clean_place(toks, s, e) for s, e in out if e > s]
    return items if items and all(items) else []


def clean_place(toks: list[Token], a: int, b: int) -> tuple[int, int] | None:
    """A bare place or unit name in a group's list: capitalised words up to a parenthesis."""
    end = trim_end(toks, a, b)
    if end > a and all(t.is_title or t.text[:1].isdigit() or t.text in "-–" for t in toks[a:end]):
        return (a, end)
    return clean_item(toks, a, b)


def list_items(toks: list[Token], a: int, b: int) -> list[tuple[int, int]]:
    """Names of a list split at commas, semicolons and "và" before a new unit or person; a
    heading before a colon ("và bốn cá nhân:") is skipped; the list ends at the first piece that
    names nobody."""
    out: list[tuple[int, int]] = []
    for s, e, sep in split_pieces(toks, a, b):
        if sep == ":":
            continue
        if out and is_affiliation(toks, out[-1][0], s, e):
            continue
        item = clean_item(toks, s, e)
        inner = names_in_parens(toks, s, e) if item is None and is_group(toks, s) else []
        if item is None and not inner:
            break
        out.extend(inner or [item])
    return out


def is_affiliation(toks: list[Token], last: int, s: int, e: int) -> bool:
    """After a person and a comma, a piece that names no person is the person's office or school:
    "ông A, Chủ tịch Công đoàn X", "em B, Trường THPT Y"."""
    return s > 0 and toks[s - 1].text == "," and name_end(toks, last) > 0 and person_at(toks, s, e) is None


def names_in_parens(toks: list[Token], a: int, b: int) -> list[tuple[int, int]]:
    """The names a group spells out in its parenthesis: "3 tập thể (Phòng A, Phòng B, Văn phòng
    Cục)", "01 tập thể (Phòng Cảnh sát hình sự)"."""
    open_ = next((k for k in range(a, b) if toks[k].text == "("), None)
    if open_ is None:
        return []
    close = next((k for k in range(open_, b) if toks[k].text == ")"), None)
    if close is None:
        return []
    pieces = split_pieces(toks, open_ + 1, close)
    items = [clean_item(toks, s, e) for s, e, _ in pieces]
    return [item for item in items if item] if items and all(items) else []


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
    a = skip_leading(toks, a, b)
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


def skip_leading(toks: list[Token], a: int, b: int) -> int:
    """``a`` moved over lowercase words before a name: "và", "gồm", "tập thể" (Cục Thuế X)."""
    while a < b and not toks[a].is_title and (n := phrase_at(toks, a, LEADING)):
        a += n
    return a


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
    while k < min(b, a + 6):  # "Nghệ sĩ ưu tú | Đặng Thị Lan"
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
    """"Hai cá nhân được tặng Huân chương Lao động hạng Ba là ông A và ông B", "Có 3 đơn vị được
    tặng Cờ thi đua: A, B và C": the names."""
    if end < len(toks) and toks[end].norm in LIST_OPENERS:
        end += 1 if end + 1 < len(toks) and toks[end + 1].text == ":" else 0  # "gồm:"
        b = next((k for k in range(end, len(toks)) if toks[k].text in CLAUSE_END or k in starts), len(toks))
        return list_items(toks, end + 1, b)
    return []


def subjects_before(toks: list[Token], verbs: list[Match], k: int) -> list[tuple[int, int]]:
    """The subject before the verb group at ``k``: the clause's last piece (after a verb of
    proposing in it: "Khối đề nghị | Cục Thuế X được tặng …"), and the pieces of a list before it
    ("Sở Y tế, Sở Tư pháp và Công an tỉnh được tặng …"); an office or an apposition after a comma
    stands for the person or unit before it ("ông A, Giám đốc Sở Y tế, được tặng …", "UBND huyện
    X, đơn vị dẫn đầu Cụm, được tặng …")."""
    if k > 0 and toks[k - 1].text == "(":  # "Bệnh viện X (được tặng Cờ thi đua …)"
        return subjects_before(toks, verbs, k - 1)
    pieces = clause_pieces(toks, k)
    if not pieces:
        return []
    s, e = pieces[-1]
    floor = max([s] + [m.end for m in verbs if m.label in SUBJECT_AFTER and s <= m.start and m.end < e])
    if floor > s:  # "tôi chúc mừng | Công an tỉnh X đã được tặng …": the subject starts after the verb
        return subject_items(toks, floor, e)
    before = person_before(toks, pieces)
    if before:
        return [before]  # "ông A, Giám đốc Sở Y tế, được tặng …", "cô giáo B, Trường X, được …"
    if len(pieces) > 1 and phrase_at(toks, s, GROUPS) and not toks[s].is_title and is_group(toks, pieces[-2][0]):
        return [(pieces[-2][0], trim_end(toks, s, e))]  # "Nhiều tập thể, cá nhân được tặng …"
    if len(pieces) > 1 and is_apposition_piece(toks, s, e):
        return subject_items(toks, *pieces[-2])[-1:]
    found = subject_items(toks, s, e)
    if not found or is_group(toks, found[0][0]):
        return found[:1]
    for s, e in reversed(pieces[:-1]):
        named = group_names(toks, s, found[-1][1])
        if named:  # "các xã A, | B và C được tặng …"
            return named
        items = subject_items(toks, s, e)
        if not items or is_group(toks, items[0][0]) or items[-1][1] != trim_end(toks, s, e, paren=False):
            break  # only a piece that is all names continues the list
        found[:0] = items
    return found


def person_before(toks: list[Token], pieces: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The person a clause's last pieces describe: "ông A, Giám đốc Sở Y tế, được tặng …"; also
    over several pieces when an office or a lowercase apposition opens the first of them ("Thượng úy
    A, Đại đội trưởng Đại đội 5, Trung đoàn 174, đạt …", "Kỹ sư B, Quản đốc Phân xưởng C, tác giả
    của 7 sáng kiến, được …")."""
    if len(pieces) < 2 or person_at(toks, *pieces[-1]):
        return None
    for j in range(len(pieces) - 2, max(-1, len(pieces) - 5), -1):
        if phrase_at(toks, pieces[j + 1][0], NOT_RECIPIENTS):
            return None  # "ông A, Giám đốc, thay mặt tập thể đón nhận …": the unit receives, not A
        held = person_at(toks, *pieces[j])
        if held:
            a = pieces[j + 1][0]
            opens = j == len(pieces) - 2 or office_at(toks, a) or toks[a].text[:1].islower()
            return held if opens else None
    return None


def is_apposition_piece(toks: list[Token], a: int, b: int) -> bool:
    """A lowercase piece that describes the name before it: "đơn vị dẫn đầu Cụm" (but "huyện Nam
    Giang" is a name)."""
    n = phrase_at(toks, a, GROUPS) if b > a and toks[a].text[:1].islower() else 0
    return bool(n) and a + n < b and not toks[a + n].is_title


def skip_time(toks: list[Token], a: int, b: int) -> int:
    """``a`` moved over a time before a name: "trong năm 2019 | Công ty Điện lực X được tặng …"."""
    k = a
    while k < b and not toks[k].is_title and (toks[k].norm in TIME_WORDS or toks[k].text[:1].isdigit()):
        k += 1
    return k if k > a and k < b and toks[k].is_title and any(t.text[:1].isdigit() for t in toks[a:k]) else a


def clause_pieces(toks: list[Token], k: int) -> list[tuple[int, int]]:
    """Comma-separated pieces of the clause ending at token ``k`` (parentheses skipped)."""
    end = k
    while end > 0 and toks[end - 1].text == ",":
        end -= 1
    pieces, cut, depth = [], end, 0
    for i in range(end - 1, -1, -1):
        t = toks[i].text
        depth += (t == ")") - (t == "(")
        if depth == 0 and t in "–-" and dash_in_name(toks, i):
            continue
        if depth == 0 and t in ",;:.!?–-":
            pieces.insert(0, (i + 1, cut))
            if t != "," and not (t in "–-" and office_at(toks, i + 1)):
                return [p for p in pieces if p[1] > p[0]]
            cut = i
    pieces.insert(0, (0, cut))
    return [p for p in pieces if p[1] > p[0]]


def dash_in_name(toks: list[Token], i: int) -> bool:
    """A dash between capitalised words of one unit's name: "Khoa Khám bệnh – Cấp cứu" (the piece
    before it opens with a unit head)."""
    if i == 0 or i + 1 >= len(toks) or not (toks[i - 1].is_title and toks[i + 1].is_title):
        return False
    j = max((k + 1 for k in range(i) if toks[k].text in ",;:.!?()"), default=0)
    return j < i and bool(phrase_at(toks, j, UNIT_HEADS)) and not office_at(toks, i + 1)


def office_at(toks: list[Token], k: int) -> bool:
    """An office starts at token ``k`` ("Giám đốc Sở …", "Phó Chủ tịch …")."""
    return bool(phrase_at(toks, k, OFFICES) or phrase_at(toks, k, PREFIXES) and phrase_at(toks, k + 1, OFFICES))


def subject_items(toks: list[Token], a: int, b: int) -> list[tuple[int, int]]:
    """The recipients one subject piece names, cut at "là" ("Trường X là một trong …") and
    without trailing adverbs: a group, or units and persons joined by "và"."""
    la = next((i for i in range(a, b) if toks[i].norm == IS and not toks[i].is_title), b)
    found = names_in_piece(toks, a, la)
    if not found and la < b:  # "Đơn vị dẫn đầu Khối là Cục Thuế X, được …"
        found = names_in_piece(toks, la + 1, b)
    return found


def names_in_piece(toks: list[Token], a: int, b: int) -> list[tuple[int, int]]:
    a = max([a] + [i + 1 for i in range(a, b) if toks[i].norm == HAS and (i == a or not toks[i].is_title)])
    b = trim_end(toks, a, b, paren=False)
    while b > a and toks[b - 1].norm in ADVERBS and not toks[b - 1].is_title and starts_word(toks, b - 1):
        b -= 1
    a = skip_leading(toks, a, b)
    a = skip_time(toks, a, b)
    if a >= b:
        return []
    if is_group(toks, a):
        return group_names(toks, a, b) or [(a, b)]
    items = [clean_item(toks, s, e) for s, e, _ in split_pieces(toks, a, b)]
    return [item for item in items if item] if all(items) else []


# --- lists laid out one recipient a line ----------------------------------------------------


def opens_list(text: str, toks: list[Token], verbs: list[Match], chain: list[AwardSpan],
               found: list[tuple[str, str, list[tuple[int, int]]]]) -> bool:
    """"Tặng Bằng khen … cho 3 tập thể, 2 cá nhân:" at a line's end: the recipients follow, one
    a line. Only a group ("3 tập thể", "các tập thể sau") or nothing may stand before the colon."""
    if not text.rstrip().endswith(":") or not grant_verb_near(toks, verbs, chain[0].start, len(toks)):
        return False
    return all(len(r) == 1 and is_group(toks, r[0][0]) for _, _, r in found)


def status_before(toks: list[Token], verbs: list[Match], first: int) -> str:
    return "proposed" if proposal_near(toks, verbs, first, len(toks)) else "granted"


def listed_awards(ctx: Context, sent: Sentence, toks: list[Token], chain: list[AwardSpan], status: str,
                  year: int | None) -> Iterator[Award]:
    """One award per recipient of the numbered or bulleted lines after the heading ``sent``."""
    names = [sent.text[toks[s.start].start : toks[s.end - 1].end] for s in chain]
    for line, (a, b) in list_item_recipients(ctx, sent):
        ev = ctx.evidence(line, a, b, "awards/list-item")
        for name in names:
            yield Award(name, ev.surface, year, status, ev)


def list_item_recipients(ctx: Context, sent: Sentence) -> Iterator[tuple[Sentence, tuple[int, int]]]:
    """(line, character span of its recipient) for each list line after ``sent``'s line: "1. Sở
    Tư pháp, đơn vị dẫn đầu …;", "- Ông Lò Văn A, Bác sĩ …"; the list ends at the first line that
    is no item or names nobody."""
    lines = [line for line in body_lines(ctx) if line.start >= sent.end]
    for line in lines:
        if is_subheading(line.text):
            continue
        marker = LIST_MARKER.match(line.text)
        if marker is None:
            return
        toks = tag_syllables(line.text)
        a = next((i for i, t in enumerate(toks) if t.start >= marker.end()), len(toks))
        b = next((i for i in range(a, len(toks)) if toks[i].text in ";."), len(toks))
        items = list_items(toks, a, b)
        if not items:
            return
        yield line, (toks[items[0][0]].start, toks[items[0][1] - 1].end)


def is_subheading(text: str) -> bool:
    """A line that only sorts a list of recipients: "I. Tập thể", "II. Cá nhân:", "b) Cá nhân"."""
    marker = SUBHEADING.match(text) or LIST_MARKER.match(text)
    if marker is None:
        return False
    toks = [t for t in syllables(text[marker.end() :]) if t.text != ":"]
    return bool(toks) and phrase_at(toks, 0, GROUPS) == len(toks)


# --- tables: a row names a unit and the award it receives or is proposed for ---------------


def table_awards(ctx: Context) -> Iterator[Award]:
    """Rows such as "1 | Công an tỉnh Quảng Ninh | 98,5 | Cờ thi đua của Chính phủ" under a
    header that names the recipients' column ("Đơn vị", "Họ và tên")."""
    for table in tables(body_lines(ctx)):
        heads = cells(table.header.text)
        who = next((k for k, (a, b) in enumerate(heads) if is_recipient_column(table.header.text[a:b])), None)
        if who is None:
            continue
        for row in table.rows:
            yield from row_awards(ctx, table, row, who)


def is_recipient_column(head: str) -> bool:
    """"Đơn vị", "Tên tập thể", "Họ và tên", "Đơn vị được đề nghị": a header naming recipients."""
    toks = syllables(head)
    return bool(toks) and bool(phrase_at(toks, 0, RECIPIENT_COLUMNS)) and not phrase_at(toks, 0, NOT_RECIPIENT_COLUMNS)


def row_awards(ctx: Context, table: Table, row: Sentence, who: int) -> Iterator[Award]:
    spans = cells(row.text)
    if who >= len(spans):
        return
    toks = tag_syllables(row.text)
    recipient = cell_recipient(toks, *spans[who])
    if recipient is None:
        return
    awards = award_spans(toks, match_patterns(PATTERNS, row.text, toks))
    for k, (ca, cb) in enumerate(spans):
        found = [s for s in awards if ca <= toks[s.start].start and toks[s.end - 1].end <= cb]
        lead = row.text[ca : toks[found[0].start].start] if found else ""
        if k == who or not found or not is_cell_lead(lead):
            continue
        status, year = column_status(ctx, table, k, lead)
        for award in found:
            r_a, r_b = toks[recipient[0]].start, toks[recipient[1] - 1].end
            ev = ctx.evidence(row, min(r_a, ca), max(r_b, toks[award.end - 1].end), "awards/table-row")
            name = row.text[toks[award.start].start : toks[award.end - 1].end]
            yield Award(name, row.text[r_a:r_b], year, status, ev)


def is_cell_lead(text: str) -> bool:
    """What may stand before the award in its cell: nothing, or verbs ("Đề nghị tặng")."""
    toks = syllables(text)
    verbs = [m for m in match_patterns(PATTERNS, text, toks) if m.label in ("GRANT", "PROPOSE")]
    return all(any(m.start <= i < m.end for m in verbs) for i in range(len(toks)))


def column_status(ctx: Context, table: Table, k: int, lead: str) -> tuple[str, int | None]:
    """Status and year of the awards in column ``k``: proposed when the column's header, the
    caption or the cell speaks of proposing ("Hình thức đề nghị khen thưởng"); the year the header
    or the caption names, else the document's."""
    heads = cells(table.header.text)
    column = table.header.text[heads[k][0] : heads[k][1]] if k < len(heads) else ""
    caption = table.caption.text if table.caption else ""
    proposed = is_proposal(column) or is_proposal(caption) or is_proposal(lead)
    year = next(iter(years_in(column) or years_in(caption)), ctx.year)
    return ("proposed" if proposed else "granted"), year


def cell_recipient(toks: list[Token], a: int, b: int) -> tuple[int, int] | None:
    i = next((k for k, t in enumerate(toks) if t.start >= a), len(toks))
    j = next((k for k in range(i, len(toks)) if toks[k].end > b), len(toks))
    return person_at(toks, i, j) or clean_item(toks, i, j) if j > i else None


def is_proposal(text: str) -> bool:
    """Whether a caption or a column header speaks of proposing: "Hình thức đề nghị khen thưởng",
    "Kết quả bình xét, suy tôn"."""
    toks = syllables(text)
    return any(m.label == "PROPOSE" for m in match_patterns(PATTERNS, text, toks))


# --- an award, a colon, its recipients: "- Cờ thi đua của Chính phủ: Cục Thuế tỉnh A, Cục Thuế tỉnh B;"


def headed_lists(ctx: Context) -> Iterator[Award]:
    """Lines that open with an award and list its recipients after a colon; proposed when the
    line or the caption above its list speaks of proposing ("Đề nghị khen thưởng:")."""
    lines = body_lines(ctx)
    for k, line in enumerate(lines):
        marker = LIST_MARKER.match(line.text)
        start = marker.end() if marker else 0
        if not names_award(line.text[start : start + 40]):
            continue
        toks = tag_syllables(line.text)
        found = headed_recipients(toks, match_patterns(PATTERNS, line.text, toks), start)
        if found is None:
            continue
        award, items = found
        caption = list_caption(lines, k)
        head = line.text[: toks[award.end - 1].end]
        status = "proposed" if is_proposal(head) or is_proposal(caption) else "granted"
        year = next(iter(years_in(head) or years_in(caption)), ctx.year)
        name = line.text[toks[award.start].start : toks[award.end - 1].end]
        for a, b in items:
            ev = ctx.evidence(line, toks[award.start].start, toks[b - 1].end, "awards/award-colon-list")
            yield Award(name, line.text[toks[a].start : toks[b - 1].end], year, status, ev)


def headed_recipients(toks: list[Token], matches: list[Match],
                      start: int) -> tuple[AwardSpan, list[tuple[int, int]]] | None:
    """The award opening the line at character ``start`` and the names after its colon."""
    spans = award_spans(toks, matches)
    if not spans or toks[spans[0].start].start != start:
        return None
    award = spans[0]
    k = after_year(toks, award.end)
    if k < len(toks) and toks[k].text == "(":  # "Cờ thi đua của Chính phủ (02 đơn vị):"
        k = next((i + 1 for i in range(k, len(toks)) if toks[i].text == ")"), k)
    k += 1 if k < len(toks) and toks[k].norm in LIST_OPENERS and toks[k].text != ":" else 0  # "… gồm:"
    if k >= len(toks) or toks[k].text != ":":
        return None
    end = next((i for i in range(k, len(toks)) if toks[i].text in ".!?"), len(toks))
    items = list_items(toks, k + 1, end)
    return (award, items) if items else None


def list_caption(lines: list[Sentence], k: int) -> str:
    """The line above the list that line ``k`` belongs to ("Đề nghị khen thưởng:")."""
    j = k - 1
    while j >= 0 and k - j <= MAX_LIST and LIST_MARKER.match(lines[j].text):
        j -= 1
    return lines[j].text if j >= 0 and not LIST_MARKER.match(lines[j].text) else ""
