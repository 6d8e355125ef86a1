"""The verbs around an award and its status: giving, receiving, proposing ("được đề nghị xét
tặng", "đề nghị Thủ tướng Chính phủ tặng"), "cho", "thuộc về"."""

from __future__ import annotations

from extractors.awards_words import (
    ADVERBS,
    BETWEEN,
    BUT,
    BY,
    CEREMONY,
    CEREMONY_CORE,
    FOR,
    MAX_GAP,
    PASSIVE_REACH,
    TO_WORDS,
    VerbGroup,
    starts_word,
)
from extractors.lines import load_phrases, phrase_at
from extractors.nlp import Match, Token


def proposed_subject(toks: list[Token], verbs: list[Match], a: int) -> bool:
    """"Khối đề nghị | Cục Thuế X được tặng …": a verb of proposing right before the subject (not a
    heading's: "Kết quả bình xét: | X được tặng …")."""
    return any(m.label in ("PROPOSE", "SELECT") and a - 2 <= m.end <= a and all(t.text != ":" for t in toks[m.end : a])
               for m in verbs)


def goes_to(toks: list[Token], verbs: list[Match], last: int) -> int | None:
    """Token after "thuộc về" a few words after the award: "Cờ thi đua … năm 2021 thuộc về Sở Tư
    pháp" (the award goes to)."""
    for m in verbs:
        if m.label == "BELONG" and last <= m.start <= last + MAX_GAP:
            if not any(t.text in ",.;:()!?" for t in toks[last : m.start]):
                return m.end
    return None


REASONS = load_phrases("awards.achievements.txt")  # "cho | thành tích …": the reason, no recipient


def cho_after(toks: list[Token], end: int, starts: set[int]) -> int | None:
    """Token index of the "cho" a few words after the award ("… năm 2022 cho …"), or of a "tặng"
    that stands for it ("trao Cờ thi đua của Bộ Công an tặng Công an tỉnh X")."""
    for j in range(end, min(len(toks), end + MAX_GAP)):
        if toks[j].norm != FOR and j + 1 < len(toks) and toks[j + 1].norm == FOR:
            continue  # "Bằng khen … được tặng | cho 3 cá nhân": the verb before its "cho"
        if toks[j].norm in TO_WORDS and not toks[j].is_title:
            if toks[j].norm != FOR and any(t.norm == BY for t in toks[end:j]):
                return None  # "Bằng khen … và năm 2007 được Chủ tịch nước | tặng …": another award's verb
            if toks[j].norm == FOR and phrase_at(toks, j + 1, REASONS):
                return None  # "… hạng Ba | cho thành tích 5 năm …": what it is for, not whom
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
    first_verb = min((m.start for m in near), default=0)
    return bool(near) and (proposed_before(toks, verbs, first_verb) or continues_proposal(toks, verbs, lo))


def continues_proposal(toks: list[Token], verbs: list[Match], lo: int) -> bool:
    """Whether a clause after ";" that opens with a verb of giving goes on the proposal of the clause
    before it: "đề nghị … tặng Cờ thi đua … cho A; | tặng Bằng khen … cho B và C"."""
    if lo == 0 or toks[lo - 1].text != ";" or not any(m.label == "GRANT" and m.start == lo for m in verbs):
        return False
    before = max((i + 1 for i in range(lo - 1) if toks[i].text in ".;!?"), default=0)
    return any(m.label == "PROPOSE" and before <= m.start < lo for m in verbs)


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
    while v > 0 and (toks[v - 1].norm in BETWEEN or toks[v - 1].text.isdecimal()):
        v -= 1
    ending = [m for m in verbs if m.end == v and m.label not in ("PASSIVE", "SAY")]
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
        ending = [m for m in verbs if m.end == k and m.label != "SAY"]
        if ending:
            k = min(m.start for m in ending)
            labels.update(m.label for m in ending)
        elif toks[k - 1].norm in ADVERBS and not toks[k - 1].is_title:
            k -= 1
            if not starts_word(toks, k) and not (k > 0 and toks[k - 1].norm in ADVERBS):
                return k + 1  # the end of a name's word, not an adverb: "Thống kê tài | chính đã được"
        else:
            break
    return k


def passive_before(toks: list[Token], verbs: list[Match], k: int) -> int | None:
    """Start of a "được" a few words before ``k`` with only its agent between: "được | Thủ
    tướng Chính phủ | tặng", "được | tỉnh đề nghị Chính phủ | xét tặng"."""
    for i in range(k - 1, max(-1, k - PASSIVE_REACH), -1):
        if toks[i].text in ".,;:()!?" or toks[i].norm in BUT and not toks[i].is_title:
            return None  # (a new clause: "… đang được điều tra nhưng | X vẫn được nhận …")
        if toks[i].norm == BY:
            return i
    return None


def status_before(toks: list[Token], verbs: list[Match], first: int) -> str:
    return "proposed" if proposal_near(toks, verbs, first, len(toks)) else "granted"
