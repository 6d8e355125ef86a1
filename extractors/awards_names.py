"""An award's name: its head (``patterns/awards.jsonl``) with its rank, grantor, scope, cause or era,
and awards given together."""

from __future__ import annotations

from extractors.awards_words import (
    AND,
    CAUSE_WORDS,
    CHAIN_GAP,
    ERA,
    GRANTORS,
    IN_IT,
    JOINERS,
    MAX_CAUSE,
    NOUNISH,
    OF,
    OPEN_SCOPES,
    QUANTIFIERS,
    RANK_WORDS,
    SCOPES,
    STOPS,
    TRADE,
    AwardSpan,
    starts_word,
)
from extractors.base import YEAR_RE
from extractors.lines import load_phrases, phrase_at
from extractors.nlp import Match, Token, norm
from extractors.persons import OFFICES
from extractors.phrases import phrase_before, read_tokens
from extractors.units import comma_joins, read_heads

UNIT_NAME_WORDS = load_phrases("units.name_words.txt")  # lowercase nouns inside unit names
AWARD_NAME_WORDS = load_phrases("awards.name_words.txt")  # and inside recipients' and grantors' names


def award_spans(toks: list[Token], matches: list[Match]) -> list[AwardSpan]:
    """Award heads, longest first where they overlap, each extended by rank or grantor."""
    heads = sorted((m for m in matches if m.label == "AWARD"), key=lambda m: (m.start, m.start - m.end))
    starts = {m.start for m in heads}
    out: list[AwardSpan] = []
    for m in heads:
        if out and m.start < out[-1].end or m.id == "cause" and not names_cause(toks, m.end - 1):
            continue
        if m.id == "flag" and [t.norm for t in toks[m.end : m.end + 2]] == list(ROTATING):
            continue  # "trao cờ thi đua luân lưu cho …": the chair's flag handed on, no award
        out.append(AwardSpan(m.start, extend_award(toks, m.end, m.id, starts), m.id))
    quoted = [q for q in quoted_titles(toks) if not any(q.start <= s.start < q.end for s in out)]
    return sorted(out + quoted, key=lambda s: s.start) if quoted else out


def quoted_titles(toks: list[Token]) -> list[AwardSpan]:
    """Titles no pattern names, quoted after "danh hiệu": "danh hiệu “Nông dân Việt Nam xuất sắc”"."""
    out = []
    for i in range(len(toks) - 4):
        if (toks[i].norm, toks[i + 1].norm) == TITLE_WORDS and toks[i + 2].text in QUOTES and toks[i + 3].is_title:
            close = next((k for k in range(i + 4, min(len(toks), i + 14)) if toks[k].text in QUOTES), None)
            if close is not None and close - i >= 5 and all(t.text[:1].isalnum() for t in toks[i + 3 : close]):
                out.append(AwardSpan(i + 3, close, "title"))
    return out


def names_cause(toks: list[Token], k: int) -> bool:
    """"Kỷ niệm chương Vì …" names a medal, and so does "vì sự nghiệp …"; "kỷ niệm chương vì những
    cống hiến" gives a reason."""
    return toks[k].is_title or [t.norm for t in toks[k + 1 : k + 3]] == list(CAUSE_WORDS)


TITLE_WORDS = (norm("danh"), norm("hiệu"))
PLURAL = norm("các")
ROTATING = (norm("luân"), norm("lưu"))  # "cờ thi đua luân lưu" (the rotating flag)
LEVEL = norm("cấp")  # "Chiến sĩ thi đua cấp Tổng công ty": the level's name follows
PARTY_YEARS, PARTY = (norm("năm"), norm("tuổi")), norm("đảng")  # "40 năm tuổi Đảng"
QUOTES = frozenset("“”\"")


def extend_award(toks: list[Token], end: int, family: str, starts: set[int]) -> int:
    if family in ("badge", "medal") and (close := quoted_name_end(toks, end)):
        return close  # "Huy hiệu “Tuổi trẻ sáng tạo”", "Kỷ niệm chương “Chiến sĩ Cách mạng bị địch bắt tù đày”"
    if family in ("order", "medal"):
        if end + 1 < len(toks) and toks[end].norm == norm("hạng") and toks[end + 1].norm in RANK_WORDS:
            end += 2
        return end
    if family == "cause":
        if toks[end - 2].text in QUOTES:  # "Kỷ niệm chương “Vì sự nghiệp Văn hóa – Thông tin”"
            close = next((k for k in range(end, min(len(toks), end + MAX_CAUSE)) if toks[k].text in QUOTES), None)
            if close is not None and not any(t.text in ".;!?" for t in toks[end:close]):
                return close + 1
        return cause_end(toks, end, starts)
    if family == "emulation":
        return scope_end(toks, end, starts)
    if family == "hero":
        return era_end(toks, end, starts)
    if family in ("flag", "certificate"):
        return extend_grantor(toks, field_end(toks, end, starts), starts)
    if family == "badge":
        return badge_end(toks, end, starts)
    return end


FIELDS = load_phrases("awards.fields.txt")
EXCELLENT = (norm("xuất"), norm("sắc"))
AGAINST = (norm("phòng"), norm("chống"))  # "công tác phòng, chống …": the comma is in the field
FIELD_ENDS = load_phrases("awards.field_ends.txt")
YEAR_WORD = norm("năm")
CLAUSE_ENDS = frozenset(".;:!?()…")


def field_end(toks: list[Token], end: int, starts: set[int]) -> int:
    """End of the field of work a flag "xuất sắc" names: "Cờ thi đua xuất sắc | công tác Đoàn và phong trào thanh
    thiếu nhi | năm 2018" (``awards.fields.txt``), "… công tác phòng, chống dịch Covid-19 | của …"; it ends at a
    place or time ("trên địa bàn", "trong", "tại": ``awards.field_ends.txt``) and before "và" or a comma that goes
    on with other awards or a group ("…, | Giấy khen", "… và | nhiều giấy khen khác"). ``end`` where none follows,
    or where the field is not closed by a year, "của", its clause's end or the next award."""
    if end < 2 or (toks[end - 2].norm, toks[end - 1].norm) != EXCELLENT or not (n := phrase_at(toks, end, FIELDS)):
        return end
    j = end + n
    while j < len(toks) and j - end < MAX_CAUSE and j not in starts:
        t = toks[j]
        if t.text == "," and (toks[j - 1].norm, toks[j + 1].norm if j + 1 < len(toks) else "") == AGAINST:
            j += 1  # "phòng, chống"
            continue
        if not t.text[:1].isalnum() or t.norm == OF or YEAR_RE.fullmatch(t.text) or t.norm == YEAR_WORD:
            break
        if t.norm == AND and (j + 1 in starts or phrase_at(toks, j + 1, QUANTIFIERS)
                              or j + 1 < len(toks) and toks[j + 1].text[:1].isdecimal()):
            return end  # "… và | nhiều giấy khen khác": the field is not known to end here
        if not t.is_title and starts_word(toks, j) and (phrase_at(toks, j, FIELD_ENDS) or t.norm != AND and (
                phrase_at(toks, j, STOPS))):
            break
        j += 1
    if j == end + n:
        return end
    if j == len(toks) or j in starts or toks[j].text in CLAUSE_ENDS or YEAR_RE.fullmatch(toks[j].text):
        return j
    if toks[j].text == ",":  # "…, | Giấy khen …"; not "… huy động vốn, | cho vay …", the field may go on
        return j if j + 1 in starts else end
    return j if toks[j].text[:1].isalpha() and j - end < MAX_CAUSE else end


def quoted_name_end(toks: list[Token], end: int) -> int:
    """End (after the closing quote) of a name quoted right after an award's head, opening with a capital and
    closed within ``MAX_CAUSE`` tokens with no sentence stop inside; 0 when there is none."""
    if end + 2 >= len(toks) or toks[end].text not in QUOTES or not toks[end + 1].is_title:
        return 0
    close = next((k for k in range(end + 2, min(len(toks), end + MAX_CAUSE)) if toks[k].text in QUOTES), None)
    if close is None or any(t.text in ".;!?:" for t in toks[end + 1 : close]):
        return 0
    return close + 1


BADGES = load_phrases("awards.badges.txt")


def badge_end(toks: list[Token], end: int, starts: set[int]) -> int:
    """"Huy hiệu" + its years of membership ("40 năm tuổi Đảng"), a name of its list that ends in lowercase
    words ("Tuổi trẻ sáng tạo", ``awards.badges.txt``) or its grantor ("TPHCM")."""
    k = end
    if n := phrase_at(toks, k, BADGES):
        return k + n
    if k + 3 < len(toks) and toks[k].text.isdecimal() and [t.norm for t in toks[k + 1 : k + 3]] == list(PARTY_YEARS):
        return k + 4 if toks[k + 3].norm == PARTY else k + 3
    return unit_end(toks, end, starts) if end < len(toks) and toks[end].is_title else end


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
    if n and toks[k - 1].norm == LEVEL and not (k < len(toks) and toks[k].is_title):
        return end  # "cấp" with no name after it: "… cấp trên"
    if k < len(toks) and toks[k].is_title and (n or phrase_at(toks, k, GRANTORS)):
        return unit_end(toks, k, starts)
    return k  # "toàn quân", "toàn lực lượng" with no name after them


def extend_grantor(toks: list[Token], end: int, starts: set[int]) -> int:
    """"Bằng khen" + "của Thủ tướng Chính phủ" / "(của) ngành Tư pháp" / "UBND tỉnh Quảng Ninh"."""
    if end + 1 >= len(toks):
        return end
    nxt, after = toks[end], toks[end + 1]
    if nxt.norm == OF and (after.is_title or phrase_at(toks, end + 1, GRANTORS)):
        return unit_end(toks, end + 1, starts)
    if nxt.norm == OF and after.norm == TRADE and end + 2 < len(toks) and toks[end + 2].is_title:
        return unit_end(toks, end + 1, starts)  # "Cờ thi đua của ngành Tòa án nhân dân"
    if nxt.norm == TRADE and after.is_title:
        return unit_end(toks, end + 1, starts)
    if nxt.norm == OF and not after.is_title and (n := phrase_at(toks, end + 1, BLOC_GRANTORS)):
        return end + 1 + n  # "cờ thi đua của cụm": the bloc's own flag
    if nxt.is_title and phrase_at(toks, end, GRANTORS):
        return unit_end(toks, end, starts)
    return end


BLOC_GRANTORS = load_phrases("awards.bloc_grantors.txt")


def unit_end(toks: list[Token], i: int, starts: set[int], limit: int = 14) -> int:
    """End of the unit name starting at token ``i``: capitalised words, the lowercase syllables
    of their words ("Bộ Tư pháp"), nouns ("UBND tỉnh", "Chủ tịch nước"), "và" or "-" before a
    capitalised word; up to a stop word ("cho", "vì", "do", "năm" …) or punctuation. A grantor's head
    of ``awards.grantors.txt`` is read whole, whatever the tagger makes of its syllables ("Ủy ban" of
    "Ủy ban Thường vụ Quốc hội", where it reads "ban" as a verb)."""
    j = i
    head = i + phrase_at(toks, i, GRANTORS)
    while j < len(toks) and j - i < limit and (j == i or j not in starts):
        if not (j < head or in_unit(toks, j, j == i)
                or toks[j].text == "," and j + 1 not in starts and name_comma(toks, i, j)):
            break
        j += 1
    while j > i and toks[j - 1].norm in JOINERS:
        j -= 1
    return j


def name_comma(toks: list[Token], i: int, j: int) -> bool:
    """A comma inside a grantor's name, "X, Y và Z": "Cờ thi đua của Bộ Văn hóa, Thể thao và Du lịch"."""
    text = getattr(toks, "text", None)
    if j <= i or text is None or j + 1 >= len(toks) or not toks[j + 1].is_title:
        return False  # (a lowercase word after the comma goes on with the sentence: "…, đăng cai …")
    if phrase_at(toks, i, OFFICES) == j - i and phrase_at(toks, j + 1, OFFICES):
        return True  # one person's two offices: "Bằng khen của Bộ trưởng, Chủ nhiệm Ủy ban Dân tộc"
    read = read_tokens(text)  # the units' reading of the same sentence, syllable for syllable
    if len(read) != len(toks):
        return False
    heads = read_heads(read)
    n = phrase_at(toks, i, OFFICES)  # "Bộ trưởng | Bộ Văn hóa, | Thể thao và Du lịch": the unit after the office
    return comma_joins(read, i, j, heads) or (0 < n < j - i and comma_joins(read, i + n, j, heads))


def in_unit(toks: list[Token], j: int, first: bool) -> bool:
    t = toks[j]
    joins_next = j + 1 < len(toks) and toks[j + 1].is_title
    if (t.text.isupper() and not first and j + 1 < len(toks) and toks[j + 1].text[:1].isdecimal()
            and phrase_at(toks, j, STOPS)):
        return False  # a heading in capitals: "CỜ THI ĐUA CỦA BỘ Y TẾ | NĂM 2022"
    if t.is_title or (t.text[:1].isdecimal() and not first):
        return True
    if t.norm in JOINERS:
        return joins_next and not first
    if t.norm == PLURAL and not first and plural_in_name(toks, j):
        return True  # "Cờ thi đua của Liên hiệp | các | Hội Văn học Nghệ thuật Việt Nam"
    if not t.text[:1].isalpha() or (t.word_start and phrase_at(toks, j, STOPS)):
        return False
    if not first and "/" in t.text and all(p.isalpha() for p in t.text.split("/")):
        return True  # words joined by a slash: "Hội Nạn nhân chất độc da | cam/dioxin | Việt Nam"
    if t.word_start and (phrase_at(toks, j, UNIT_NAME_WORDS) or phrase_at(toks, j, AWARD_NAME_WORDS)):
        return True  # sector words the tagger calls verbs: "Bộ Giao thông vận tải"
    return first or not t.word_start or t.tag in NOUNISH


def plural_in_name(toks: list[Token], j: int) -> bool:
    """ "các" at ``j`` inside a grantor's name, after a word of ``units.before_plural.txt`` and before a
    word of the name that is no place word: "Liên hiệp | các | Hội …", "Liên hiệp | các | tổ chức hữu nghị …"."""
    nxt = toks[j + 1] if j + 1 < len(toks) else None
    return (nxt is not None and nxt.text.isalpha() and phrase_before(toks, j, "units.before_plural.txt") > 0
            and not phrase_at(toks, j + 1, PLACE_WORDS))


PLACE_WORDS = load_phrases("units.admin.txt")  # "tỉnh", "huyện" …: "Công an các tỉnh" shares a head out


def chains(toks: list[Token], spans: list[AwardSpan]) -> list[list[AwardSpan]]:
    """Awards given together: "bằng khen và cờ thi đua cho …", "Cờ thi đua, Bằng khen …", "danh hiệu
    “A” và danh hiệu “B”"."""
    out: list[list[AwardSpan]] = []
    for span in spans:
        gap = toks[out[-1][-1].end : span.start] if out else None
        if gap is not None and (len(gap) <= 2 and all(t.norm in CHAIN_GAP for t in gap) or titles_joined(gap)):
            out[-1].append(span)
        else:
            out.append([span])
    return out


def titles_joined(gap: list[Token]) -> bool:
    """The words between two quoted titles given together: "” và danh hiệu “", "”, “"."""
    words = [t.norm for t in gap if t.text not in QUOTES]
    return bool(words) and gap[0].text in QUOTES and words[0] in CHAIN_GAP and words[1:] in ([], list(TITLE_WORDS))
