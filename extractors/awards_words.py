"""Words, lexicons and limits of the award rules, and small token tests they share."""

from __future__ import annotations

import re
from dataclasses import dataclass

from extractors.lines import load_phrases, phrase_at
from extractors.nlp import TOKEN_RE, Match, Token, load_lexicon, load_patterns, norm, syllables
from extractors.persons import OFFICES, PREFIXES
from extractors.phrases import in_dictionary, syllable_norm


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
TITLE_CUE = f" {norm('danh')} {norm('hiệu')} "  # "danh hiệu “…”": a title no pattern names
# one search for any of them (the longest first, so a head is found whatever its neighbours)
HEAD_RE = re.compile("|".join(re.escape(h) for h in sorted({*HEADS, TITLE_CUE}, key=len, reverse=True)))
VERBS = ("GRANT", "RECEIVE", "PROPOSE", "PASSIVE", "SELECT", "BELONG", "PRAISE", "SAY")
SUBJECT_AFTER = ("PROPOSE", "SELECT", "PRAISE")  # "Khối đề nghị | X được tặng …", "chúc mừng | X đã được …"
# lexicons of phrases: words that end an award's name, grantors, group nouns ("tập thể"), quantifiers
# ("các", "hai"), unit heads ("Sở", "Công an"), words that open no recipient ("Theo đó", "Năm …"),
# and words that stand for the unit of the previous sentence ("Đơn vị vinh dự được …")
STOPS, GRANTORS, GROUPS, QUANTIFIERS, UNIT_HEADS, NOT_RECIPIENTS, ANAPHORS = (
    load_phrases(f"awards.{name}.txt")
    for name in ("stops", "grantors", "groups", "quantifiers", "units", "not_recipients", "anaphors"))
SECTORS = load_phrases("awards.sectors.txt")  # "thể thao | TPHCM": a sector and its place
WITHDRAWN = load_phrases("awards.withdrawn.txt")
WITHDRAWN_REACH = 6  # tokens before an award in which "hoãn", "thu hồi" … take it away
HONOURS = load_phrases("awards.honours.txt")


def unit_ladders(name: str) -> dict[tuple[str, ...], tuple[tuple[int, int], ...]]:
    """The (ladder, size) pairs of each unit head of a lexicon of ladders, smallest first, "---" between
    ladders, heads of one size on one line between "|" (a head may stand on several ladders: "phòng" of
    an agency and of a company)."""
    order: dict[tuple[str, ...], tuple[tuple[int, int], ...]] = {}
    ladder, size = 0, 0
    for line in load_lexicon(name):
        if line == "---":
            ladder, size = ladder + 1, 0
            continue
        size += 1
        for head in line.split("|"):
            key = tuple(t.norm for t in syllables(head.strip()))
            order[key] = (*order.get(key, ()), (ladder, size))
    return order


RANK_ORDER = unit_ladders("awards.unit_ranks.txt")
COMPANY_LADDER = frozenset({max(ladder for pairs in RANK_ORDER.values() for ladder, _ in pairs)})  # the last one
# the ladders whose departments an appended list's row names with the unit after the comma: a company's and the
# civil service's ("Khoa Nhi, | Bệnh viện Đa khoa huyện X", the ladder "cục" stands on)
ROW_LADDERS = COMPANY_LADDER | {ladder for ladder, _ in RANK_ORDER[(norm("cục"),)]}
UNIT_RANKS = {first: sorted((k for k in RANK_ORDER if k[0] == first), key=len, reverse=True)
              for first in {k[0] for k in RANK_ORDER}}  # the same heads as a ``phrase_at`` index
def place_ladder(name: str) -> dict[tuple[str, ...], tuple[int, int]]:
    """(smallest, largest) size of each place word of a ladder of places, smallest first, words of
    one size on one line between "|" (a word on two lines takes both sizes: "thành phố")."""
    order: dict[tuple[str, ...], tuple[int, int]] = {}
    for size, line in enumerate(load_lexicon(name), 1):
        for word in line.split("|"):
            key = tuple(t.norm for t in syllables(word.strip()))
            low, _ = order.get(key, (size, size))
            order[key] = (low, size)
    return order


PLACE_ORDER = place_ladder("awards.place_ranks.txt")
PLACE_RANKS = {first: sorted((k for k in PLACE_ORDER if k[0] == first), key=len, reverse=True)
               for first in {k[0] for k in PLACE_ORDER}}  # the same words as a ``phrase_at`` index
RANK_WORDS = norms("nhất", "nhì", "ba", "hai", "i", "ii", "iii", "1", "2", "3")
NOUNISH = frozenset({"N", "Np", "Nc", "Nu", "Ny", "Nb", "M", "A"})
BETWEEN = lexicon_norms("awards.between.txt")
ADVERBS = lexicon_norms("awards.adverbs.txt")
CEREMONY = lexicon_norms("awards.ceremony.txt")
CEREMONY_CORE = (norm("tổ"), norm("chức"))  # "tổ chức" (to hold, a ceremony)
NOT_IN_NAME = lexicon_norms("awards.not_in_name.txt")
NAME_CUT = load_phrases("awards.name_cut.txt")
LEADING = load_phrases("awards.leading.txt")
TIME_WORDS = norms("trong", "vào", "năm", "tháng", "ngày", "học", "quý", "/", "-", "–")  # "trong năm 2019"
JOINERS = norms("và", "-", "–", "&")  # "và" (and) or a dash inside a unit's name
CHAIN_GAP = norms(",", "và", "cùng", "với")  # between awards given together
ALSO = norms("đồng", "thời", "cũng", "còn", "và", "lại")  # "; đồng thời nhận …" (and also receives)
BUT = norms("nhưng", "song", "mà")  # a clause of its own starts after: "Mặc dù …, nhưng X vẫn được …"
WHEN = norms("khi")  # … and after "khi" before a name: "Tôi xin nhắc lại niềm vinh dự của Cụm khi | năm qua X được …"
BECAUSE_OF = norms("vì", "bởi")  # … and after "vì" right before a name: "Chúng ta vui mừng vì | Trường X được tặng …"
LOCATION = norms("tại", "ở")  # "tại Hội trường Ba Đình, Hà Nội": a place goes on after the comma
TRAILING = norms("và", "đồng", "thời", "cùng")  # "và", "đồng thời" (and, also) left at a name's end
# and, of, branch, by (passive), is, for, has, in, that
AND, OF, TRADE, BY, IS, FOR, HAS, IN_IT, IT = (
    norm(w) for w in ("và", "của", "ngành", "được", "là", "cho", "có", "trong", "đó"))
YEAR = norm("năm")
THIS = norms("nay", "này", "qua")  # "năm nay" (this year)
ROUNDS = norms("lần", "đợt")  # "lần này", "đợt này" (this time, this round)
# verbs the segmenter may glue to the capitalised name before them: "Bộ Công Thương tặng", "Hoàng Thị Lan nhận"
GLUED_VERBS = norms("tặng", "trao", "nhận", "đón", "được", "xếp", "đứng")  # (also ranking: "Bình Phước xếp …")
TO_WORDS = norms("cho", "tặng")  # "… cho X", "trao Bằng khen tặng X"
LIST_OPENERS = norms("là", "gồm", ":")  # "… là A và B", "3 đơn vị gồm A, B", "…: A, B"
COMMA = norm(",")
CLAUSE_END = frozenset({".", ";", "!", "?"})
SCOPES = load_phrases("awards.scopes.txt")
OPEN_SCOPES = norms("ngành", "lượng", "quân", "cấp")  # a scope the unit's name follows: "ngành Tư pháp", "cấp Bộ"
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


def withdrawn(toks: list[Token], start: int) -> bool:
    """Whether a word of its clause, a few words before the award at ``start``, takes it away, puts it
    off or denies it: "hoãn xét tặng | cờ thi đua", "bị tước | danh hiệu", "không được tặng | Bằng khen"."""
    for k in range(start - 1, max(-1, start - 1 - WITHDRAWN_REACH), -1):
        if toks[k].text in ".,;:!?()":
            return False
        if toks[k].word_start and not toks[k].is_title and phrase_at(toks, k, WITHDRAWN):
            return not (toks[k].norm == PURPOSE and k + 1 < start and toks[k + 1].is_title)
    return False


PURPOSE = norm("để")  # "để đạt Cờ thi đua": an aim; "để Hội đồng xét danh hiệu …": an agent, a proposal


def names_award(text: str) -> bool:
    """Whether a sentence holds an award's head, or a title quoted after "danh hiệu"."""
    return HEAD_RE.search(" " + " ".join(map(syllable_norm, TOKEN_RE.findall(text))) + " ") is not None


def is_whole_words(toks: list[Token], m: Match) -> bool:
    """A verb is whole words: "nhận" in "công nhận", "nhận thức", "phong" in "phong trào" and
    "trao" in "trao đổi" are no verbs of giving or receiving (a capital after it ends a word
    whatever the segmenter says: "trao Giấy khen"); nor is a capitalised word after another word, a
    given name: "anh | Đạt đã được tặng …" (but "Điều 1. | Tặng …", a headline in capitals "… ĐÓN NHẬN …"
    or in title case "Công An Tỉnh Nhận Cờ Thi Đua")."""
    first, after = toks[m.start], toks[m.end] if m.end < len(toks) else None
    if (m.start > 0 and first.is_title and not first.text.isupper() and toks[m.start - 1].text[:1].isalpha()
            and not (after and after.is_title and toks[m.start - 1].is_title and title_case(toks))):
        return False  # (nor is a name's word: "huyện | Phong Điền", "Công ty TNHH Giấy | Phong Khê")
    return starts_word(toks, m.start) and (m.end >= len(toks) or starts_word(toks, m.end) or toks[m.end].is_title)


def title_case(toks: list[Token]) -> bool:
    """Whether a sentence is a headline in title case: most of its words capitalised."""
    words = [t for t in toks if t.text[:1].isalpha()]
    return sum(t.is_title for t in words) >= TITLE_CASE * len(words)


TITLE_CASE = 0.8  # share of capitalised words in a headline in title case


def starts_word(toks: list[Token], i: int) -> bool:
    """Token ``i`` begins a word; a lowercase syllable after an acronym does whatever the
    segmenter says ("KBNN tặng" is tagged as one word)."""
    if i > 0 and toks[i].norm in GLUED_VERBS and toks[i - 1].is_title and not in_dictionary(toks, i):
        return True  # "Bộ Công Thương tặng", "Hoàng Thị Lan nhận": glued to the name (not "Công nhận")
    return toks[i].word_start or (i > 0 and is_acronym(toks[i - 1]) and not toks[i].is_title)


def is_acronym(tok: Token) -> bool:
    return len(tok.text) > 1 and tok.text.isupper()


def after_year(toks: list[Token], k: int) -> int:
    """``k`` moved over "năm 2022", "năm nay", "lần này" right after an award."""
    if k + 1 < len(toks) and toks[k].norm == YEAR and (toks[k + 1].text.isdecimal() or toks[k + 1].norm in THIS):
        return k + 2
    if k + 1 < len(toks) and toks[k].norm in ROUNDS and toks[k + 1].norm in THIS:
        return k + 2  # "Các tập thể nhận Bằng khen lần này gồm: …"
    return k


def trim_end(toks: list[Token], a: int, b: int, paren: bool = True) -> int:
    """``b`` moved back over trailing punctuation and connectives, and before the first
    parenthesis (unless ``paren`` is false)."""
    if paren:
        b = next((k for k in range(a, b) if toks[k].text == "("), b)
    while b > a and (toks[b - 1].text in ",;:-–…" or toks[b - 1].norm in TRAILING and not toks[b - 1].is_title):
        b -= 1
    return b


def office_at(toks: list[Token], k: int) -> bool:
    """An office starts at token ``k`` ("Giám đốc Sở …", "Phó Chủ tịch …"), also one of the lexicon's
    form "X trưởng" / "X phó" that the lexicon does not list ("Thuyền trưởng tàu …", "Khẩu đội trưởng
    …", "Nhóm phó …": ``awards.office_suffixes.txt``)."""
    return bool(phrase_at(toks, k, OFFICES) or phrase_at(toks, k, PREFIXES) and phrase_at(toks, k + 1, OFFICES)
                or suffixed_office(toks, k))


def office_length(toks: list[Token], k: int) -> int:
    """Tokens of the office at ``k`` ("Giám đốc", "Phó | Chủ tịch", "Chi cục trưởng"), 0 when none."""
    n = phrase_at(toks, k, OFFICES)
    if not n and phrase_at(toks, k, PREFIXES) and (m := phrase_at(toks, k + 1, OFFICES)):
        n = m + 1
    if not n and suffixed_office(toks, k):
        n = next(j for j in range(k + 1, k + 3) if toks[j].norm in OFFICE_SUFFIXES) + 1 - k
    return n


def suffixed_office(toks: list[Token], k: int) -> bool:
    """A capitalised word and then, in lower case, a word of heading ("trưởng", "phó"), with at most
    one more syllable between ("Khẩu đội trưởng"); not a common word of that form ("Tăng trưởng")."""
    if k >= len(toks) or not toks[k].is_title or not toks[k].text.isalpha() or phrase_at(toks, k, NOT_OFFICES):
        return False
    for j in range(k + 1, min(k + 3, len(toks))):
        if not toks[j].text.isalpha() or toks[j].is_title:
            return False
        if toks[j].norm in OFFICE_SUFFIXES:
            return True
    return False


OFFICE_SUFFIXES = lexicon_norms("awards.office_suffixes.txt")
NOT_OFFICES = load_phrases("awards.not_offices.txt")


def same_unit(a: str, b: str) -> bool:
    """Two canonical names of one unit: equal, or one begins or ends the other at a word boundary."""
    short, long = sorted((a, b), key=len)
    return short == long or long.startswith(short + " ") or long.endswith(" " + short)


RUN_UNITS = frozenset(norm(w) for w in ("năm", "lần", "tháng", "kỳ", "mùa"))  # "5 năm liền", "3 lần liên tiếp"
IN_A_ROW = load_phrases("awards.in_a_row.txt")
COUNT_WORDS = frozenset(norm(w) for w in ("hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười", "nhiều"))


def run_end(toks: list[Token], k: int) -> int:
    """End of a count of years or times in a row at ``k`` ("5 năm liền", "nhiều năm liên tục", "3 năm
    (2019-2021) liền"), ``k`` when none starts there."""
    if k >= len(toks) or not (toks[k].text.isdecimal() or toks[k].norm in COUNT_WORDS and not toks[k].is_title):
        return k
    j = k + 1
    if j >= len(toks) or toks[j].norm not in RUN_UNITS:
        return k
    j += 1
    if j < len(toks) and toks[j].text == "(":  # "5 năm (2009-2013) liền"
        j = next((m + 1 for m in range(j, min(len(toks), j + 8)) if toks[m].text == ")"), j)
    n = phrase_at(toks, j, IN_A_ROW) if j < len(toks) else 0
    if not n:
        return k
    j += n
    if j < len(toks) and toks[j].text == "(":  # "5 năm liền (2009-2013)"
        j = next((m + 1 for m in range(j, min(len(toks), j + 8)) if toks[m].text == ")"), j)
    return j
