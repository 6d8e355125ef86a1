"""Extractor: persons named in the article's own text with a title or a form of address.

    Thứ trưởng Nguyễn Khánh Ngọc đề nghị …                  title before the name
    Cục trưởng Cục Kiểm tra văn bản quy phạm pháp luật Hồ Quang Huy   office, its organisation, name
    Đồng chí Ngô Văn Tuấn, Tổng Kiểm toán Nhà nước          title after the comma
    Thượng tướng Trần Quốc Tỏ, Uỷ viên BCHTW Đảng, …, Thứ trưởng Bộ Công an

A name is two to four capitalised syllables starting with a family name
(``patterns/surnames.txt``), ending where an underthesea word ends ("Đoàn Thanh niên" is no
name), and it must stand beside a title (``titles.txt``, ``titles.ranks.txt``) or a form of
address (``persons.honorifics.txt``); a name after another one taken, only a comma or "và"
between, is one of a list ("các ông Nguyễn Văn A, Trần Văn B và Lê Thị C"). Not persons: names
after an organisation or landmark word ("Trường THPT Lê Quý Đôn", "Lăng Chủ tịch Hồ Chí Minh"),
two syllables after an administrative word ("tỉnh Hà Tĩnh", "quận Lê Chân"), known places
(``persons.not_names.txt``), short forms without a family name ("ông Toàn", "Thứ trưởng Quốc
Tỏ"), and bylines or photo credits, which carry no title. Family names include those of ethnic
minorities ("Lường", "Giàng", "Ksor", "Y" of "Y Nuê Byă", "H'" of "H'Ngân").

Titles include sports positions ("Thủ môn", "(tiền vệ của CLB X)"), a learned title with its field
("Giáo sư sử học"), and a name may be glued by the segmenter to a title in capitals before it
("BS.CKII Vương Đình Khoa") or to a lowercase word after it ("Đoàn Thành Lâm trông" read as one
word); a list goes on across the parenthesis after a name ("các ĐB A (Kon Tum), B (TPHCM)").

Without a title: full names of three syllables or more listed together ("Hồ Thanh Thưởng, Dương
Hồng Sơn cũng cho rằng …"; not a list that goes on with another capitalised name: schools, streets),
also a name of two syllables beside one of three before a verb ("Văn Quyến và Dương Hồng Sơn đã …").

Foreign names: two to four capitalised words spelt as no Vietnamese syllable is and with no letter only
Vietnamese writes ("Vladimir Lastuvka", "Nyerki József"; not "Đắk Lắk"), after no other capitalised word
but a country, a form of address or a title, with no word of a company or an event ("LG Electronics
Vietnam", "Olympic"), beside a title or a form of address (an occupation alone does not do: "tiền đạo
Manchester United"). The headlines of other articles with their date glued on ("…(27/09/2004)") name
no one.
Not persons either: a company's two-syllable name after its type ("Giám đốc Công ty TNHH Hoàng
Long", ``persons.company_words.txt``), a photo credit glued to a name ("… Thôn Ảnh: H.N"), two
words glued where a line break was lost ("Lê Thế ThọThế hệ 2"). An office before a comma and another
unit is not the name's ("HTX A giữ vai trò Khối trưởng, HTX DVNN Vũ Thắng …").

Laid out by line: a name signed under its role in capitals ("PHÓ CHỦ TỊCH" / "Nguyễn Quang Huy",
"THƯ KÝ | CHỦ TRÌ" / "A | B"), and names in a table's "Họ và tên" column (the line helpers are
``extractors/lines.py``).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from itertools import chain

from extractors.base import Context, extractor
from extractors.lines import (
    Phrases,
    body_lines,
    cells,
    load_phrases,
    merge_phrases,
    phrase_at,
    phrase_before,
    reading_sentences,
    tables,
)
from extractors.nlp import Token, lazy_tokens, load_lexicon, norm, syllables
from extractors.phrases import in_dictionary
from schemas.document import Sentence
from schemas.facts import Person
from schemas.names import canon

# an Ê Đê or Gia Rai woman's name syllable: "H'Ngân", "H’Linh" (a family name, or within one)
H_NAME = re.compile(r"H['’][A-ZĐ]\w+")
SURNAMES = frozenset(norm(w) for w in load_lexicon("surnames.txt"))
GUARDED_SURNAMES = frozenset(norm(w) for w in load_lexicon("surnames.with_middle.txt"))
DRIVERS = load_phrases("persons.occupations.txt")  # drivers and crews: a name after them needs three syllables
OCCUPATIONS = merge_phrases(load_phrases("titles.occupations.txt"), DRIVERS)
OFFICES = merge_phrases(load_phrases("titles.txt"), OCCUPATIONS)
RANKS = load_phrases("titles.ranks.txt")
PARTY = load_phrases("titles.party.txt")
PREFIXES = load_phrases("persons.prefixes.txt")
HONORIFICS = load_phrases("persons.honorifics.txt")
PLACE_WORDS = load_phrases("persons.place_words.txt")
COMPANY = load_phrases("persons.company_words.txt")
ADMIN_WORDS = load_phrases("persons.admin_words.txt")
ORG_TAILS = frozenset(norm(w) for w in ("ủy", "uỷ"))  # "Tỉnh ủy", "Đảng uỷ": tagged as verbs
BREAKS = load_phrases("persons.breaks.txt")
SIGNERS = load_phrases("persons.signers.txt")
NAME_COLUMNS = load_phrases("persons.name_columns.txt")
OFFICE_COLUMNS = load_phrases("persons.office_columns.txt")
SIGN_PREFIX = re.compile(r"\b(?:KT|TM|TL|TUQ|Q|PP)\.\s*")  # "KT. CHỦ TỊCH" (signing for the chair)
SIGNED_NOTE = re.compile(r"[(\[](?i:đã ký|ký)[^)\]]*[)\]]|(?i:đã ký)")  # "(Đã ký)", "[đã ký và đóng dấu]"
MAX_ROLE_LINE = 80
NOT_NAMES = frozenset(canon(w) for w in load_lexicon("persons.not_names.txt"))
FOREIGN_PLACES = load_phrases("persons.foreign_places.txt")
FOREIGN_ORG_WORDS = frozenset(norm(w) for w in load_lexicon("persons.foreign_org_words.txt"))
# a syllable as Vietnamese spells it (tone mark taken off): onset, one to three vowels, coda
VIET_SYLLABLE = re.compile(r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnprstvx])?[aăâeêioôơuưy]{1,3}"
                           r"(?:ch|ng|nh|[cmnpt])?")
VIET_MARKS = frozenset("đ\u0306\u0302\u031b\u0309\u0323")  # đ, breve, circumflex, horn, hook, dot below
FOREIGN_WORDS = (2, 4)  # words of a foreign name: "Vladimir Lastuvka", "Fidel Castro Ruz"
BEFORE_FOREIGN = (FOREIGN_PLACES, HONORIFICS, RANKS, OFFICES)  # capitalised words a foreign name may follow
AND = norm("và")
AT = norm("tại")
PHOTO = norm("ảnh")  # "Ảnh: TTXVN" (photo credit)
LIST_JOINS = frozenset({norm(","), norm("và")})  # between names of a list
ALL = norm("các")  # (a plural) ends an organisation, except right after its capitalised head
JOIN_ORGS = frozenset({AND, norm("của")})  # between capitalised words of an organisation
DISCIPLINE = norm("học")  # the last syllable of a field of study: "sử học", "nghệ thuật học"
NOUNISH = frozenset({"N", "Np", "Nc", "Nu", "Ny", "Nb", "M"})
MAX_ORG = 16  # tokens between an office and the name it belongs to
TITLE_AFTER = 8  # tokens from a name's start to a title after it: "Nguyễn Văn An (Phó Giám đốc …"
SPAN_PUNCT = frozenset(",-–()&/")
APPOSITION = frozenset(",-–(")
SEGMENT_END = frozenset(",;:.!?)\"“”")

OFFICE, PARTY_POST, RANK, ADDRESS = 3, 2, 1, 0  # how telling a title is


@dataclass(frozen=True)
class Title:
    start: int  # token range of the title text
    end: int
    strength: int  # OFFICE, PARTY_POST, RANK or ADDRESS


@extractor("persons", needs=())
def find_persons(ctx: Context) -> list[Person]:
    """Each person once, with the most telling title any mention gives."""
    best: dict[str, tuple[int, Person]] = {}
    mentions = (m for sent in own_sentences(ctx) for m in chain(persons_in(ctx, sent), listed_names(ctx, sent)))
    for strength, person in chain(mentions, signatures(ctx), names_with_offices(ctx), beside_addressees(ctx),
                                    table_persons(ctx)):
        key = canon(person.name)
        if key not in best or strength > best[key][0]:
            best[key] = (strength, person)
    return [person for _, person in best.values()]


def own_sentences(ctx: Context) -> list[Sentence]:
    """``reading_sentences`` less the headlines of other articles, each a line with its date glued on
    ("HLV Octavio Filho dẫn dắt PJICO Sông Lam Nghệ An(27/09/2004)"), and what stands on those lines."""
    sentences = reading_sentences(ctx)
    linked = linked_headlines(ctx.doc.text) if ">" in ctx.doc.text or "»" in ctx.doc.text else ()
    if linked:
        sentences = [s for s in sentences if not any(a <= s.start < b for a, b in linked)]
    if "/" not in ctx.doc.text:
        return sentences
    dated = dated_headlines(ctx.doc.text)
    return [s for s in sentences if not any(a <= s.start < b for a, b in dated)] if dated else sentences


@lru_cache(maxsize=4)
def linked_headlines(text: str) -> tuple[tuple[int, int], ...]:
    """Offsets of a run of lines that open with a link's marker (">>", "»") whose first line, after
    the marker, opens with a label of other articles (">> Xem thêm: A | >> B"): headlines of
    other articles, none of this one's facts."""
    out: list[tuple[int, int]] = []
    run: list[re.Match] = []
    for m in [*LINK_LINE.finditer(text), None]:
        if run and (m is None or text[run[-1].end() : m.start()].strip()):
            if RELATED_LABEL.match(run[0].group(1)):
                out.append((run[0].start(), run[-1].end()))
            run = []
        if m is not None:
            run.append(m)
    return tuple(out)


LINK_LINE = re.compile(r"^[ \t]*(?:>>|»)[ \t]*([^\n]*)$", re.MULTILINE)
RELATED_LABEL = re.compile(r"(?i)(?:" + "|".join(re.escape(w) for w in load_lexicon("lines.related.txt")) + r")\s*:")


@lru_cache(maxsize=4)
def dated_headlines(text: str) -> tuple[tuple[int, int], ...]:
    """Offsets of the lines that end with a date in brackets glued to the last word."""
    return tuple(m.span() for m in DATED_HEADLINE.finditer(text))


DATED_HEADLINE = re.compile(r"^[^\n]*\S\(\d{1,2}/\d{1,2}/\d{4}\)[ \t]*$", re.MULTILINE)


def signatures(ctx: Context) -> Iterator[tuple[int, Person]]:
    """Names signed under their roles, a line of roles in capitals over a line of names:

        KT. CHỦ TỊCH / PHÓ CHỦ TỊCH / Nguyễn Quang Huy
        THƯ KÝ | CHỦ TRÌ / Nguyễn Thị Thanh Thúy | Trần Văn Tâm"""
    lines = body_lines(ctx)
    for k in range(1, len(lines)):
        roles = signer_roles(lines, k)
        spans = cells(lines[k].text)
        if not roles or len(roles) != len(spans):
            continue
        for (a, b), role in zip(spans, roles, strict=True):
            a += ranks_before_name(lines[k].text[a:b])  # "GS.TS. | Trương Quang Bình"
            if is_whole_name(lines[k].text[a:b]):
                ev = ctx.evidence(lines[k], a, b, "persons/signature")
                yield RANK, Person(ev.surface, role, ev)


def names_with_offices(ctx: Context) -> Iterator[tuple[int, Person]]:
    """A name alone on its line (in capitals too) with the office on the line under it or over it, in normal case (the
    end of a speech, a letter or a decision):

        Trần Thị Mai / Giám đốc Sở Tư pháp tỉnh X      Chủ tịch Hội đồng / Đại tá Lê Văn B"""
    lines = body_lines(ctx)
    for k, line in enumerate(lines):
        if not looks_like_name_line(line.text):
            continue
        if line.text.isupper() and not closes(lines, k):
            continue  # "TÔN ĐỨC THẮNG" over "Hiệu trưởng …": a heading, unless a closing formula stands over it
        text = line.text.title() if line.text.isupper() else line.text  # "HOÀNG VĂN AN": a name in capitals
        a = ranks_before_name(text)
        if not is_whole_name(text[a:]) or signer_roles(lines, k):
            continue  # (a role in capitals over the name, its office under it: ``signatures``)
        office = office_line(lines, k + 1)
        if office is None and not (k > 1 and looks_like_name_line(lines[k - 2].text) and office_line(lines, k - 1)):
            office = office_line(lines, k - 1)  # (not the office of the name above it: "A / office / B")
        if office is not None:
            ev = ctx.evidence(line, a, len(line.text), "persons/name-over-office")
            yield OFFICE, Person(ev.surface, office, ev)


def closes(lines: list[Sentence], k: int) -> bool:
    """Whether one of the two lines over line ``k`` closes a speech or a letter ("Xin trân trọng cảm ơn!",
    ``persons.closings.txt``): a name in capitals under it signs."""
    for line in lines[max(0, k - CLOSING_REACH) : k]:
        toks = syllables(line.text)
        if any(phrase_at(toks, i, CLOSINGS) for i in range(len(toks))):
            return True
    return False


CLOSINGS = load_phrases("persons.closings.txt")
CLOSING_REACH = 2  # lines over a name in capitals in which its closing formula stands


def office_line(lines: list[Sentence], j: int) -> str | None:
    """The office line ``j`` states, without a full stop that ends a list ("Giám đốc Công ty X."); None
    when it is no such line."""
    if not 0 <= j < len(lines):
        return None
    text = lines[j].text.removesuffix(".")
    return text if is_second_office(text) and not is_whole_name(text) else None


def looks_like_name_line(text: str) -> bool:
    """Cheap test: a short line of two to six words, nothing else, the last two capitalised (a rank may
    open it: "Đại tá Lê Văn B")."""
    words = text.split()
    return (2 <= len(words) <= MAX_NAME_LINE_WORDS and all(w.replace(".", "").isalpha() for w in words)
            and all(w[:1].isupper() for w in words[-2:]))


MAX_NAME_LINE_WORDS = 6  # "Đại tá Nguyễn Văn An" (a rank and a name)


def beside_addressees(ctx: Context) -> Iterator[tuple[int, Person]]:
    """A signature laid out beside the addressees ("Nơi nhận:"), its columns run together on each
    line: the role in capitals ends the first lines, the name ends a later one or stands alone:

        Nơi nhận: TM. BAN THƯỜNG VỤ / - Như trên; CHỦ TỊCH / - Lưu: VT. (đã ký) / Nguyễn Văn A"""
    lines = body_lines(ctx)
    for k, line in enumerate(lines):
        if not ADDRESSEES.match(line.text):
            continue
        role = None
        for j in range(k, min(k + MAX_ADDRESSEE_LINES, len(lines))):
            text = SIGNED_NOTE.sub(" ", lines[j].text).rstrip()
            if not text.strip():
                continue  # "(đã ký)" alone on its line
            if j > k and not text.startswith(("-", "+", "•", "(")) and not is_whole_name(text.strip()) \
                    and not text.rstrip().endswith((";", ",")) \
                    and not (capital_tail(text) and text.rstrip()[:1] != text.rstrip()[:1].lower()
                             and is_role(capital_tail(text) or "")):
                break  # (an addressee's bracket may run on to its own line: "  (Khối phó …);   Nguyễn Văn A", and
                # so may its words, beside the role: "  Hội đồng TĐKT Bộ);   TỔNG GIÁM ĐỐC …")
            caps = capital_tail(text)
            role = role or (caps if caps and is_role(caps) else None)
            tail = re.split(r"[;:.)]", text)[-1].strip()
            if role and j > k and tail and is_whole_name(tail):
                a = lines[j].text.rindex(tail)
                ev = ctx.evidence(lines[j], a, a + len(tail), "persons/signature-beside-addressees")
                yield RANK, Person(ev.surface, role, ev)
                break


def capital_tail(text: str) -> str | None:
    """The words in capitals that end a line ("- Như trên; HIỆU TRƯỞNG"), if two or more letters."""
    words = text.split()
    n = len(words)
    while n > 0 and (words[n - 1].isupper() or words[n - 1].isdecimal()) and words[n - 1][:1] not in "-+•":
        n -= 1  # (a number inside: "TỔNG GIÁM ĐỐC TỔNG CÔNG TY XDCTGT 1")
    tail = " ".join(words[n:]).lstrip(";:.,")
    return tail if sum(c.isalpha() for c in tail) >= 2 else None


ADDRESSEES = re.compile(r"(?i)nơi (?:nhận|gửi)\s*:")  # "Nơi nhận:", "Nơi gửi:"
MAX_ADDRESSEE_LINES = 10


def signer_roles(lines: list[Sentence], k: int) -> list[str]:
    """The roles of the line of capitals above line ``k`` ("(Đã ký)" lines and a line of a second
    office in lower case, "Phó Chủ tịch Hội đồng Thi đua – Khen thưởng", skipped), one a cell, if
    every cell names an office or a signer's role; else none."""
    j = k - 1
    while j > 0 and k - j <= 2 and (SIGNED_NOTE.fullmatch(lines[j].text) or is_second_office(lines[j].text)):
        j -= 1
    text = lines[j].text
    if not text.isupper() or len(text) > MAX_ROLE_LINE:
        return []
    roles = [text[a:b] for a, b in cells(text)]
    return roles if all(is_role(role) for role in roles) else []


def is_second_office(text: str) -> bool:
    """A signer's further office under the role in capitals: an office opens the line, which is
    short, not in capitals, no table row and no sentence."""
    toks = syllables(text)
    return (len(text) <= MAX_ROLE_LINE and not text.isupper() and "|" not in text and text[-1:] not in ".;:,"
            and bool(toks) and bool(phrase_at(toks, 0, OFFICES) or phrase_at(toks, 0, PREFIXES)
                                    and phrase_at(toks, 1, OFFICES)))


def is_role(text: str) -> bool:
    toks = syllables(SIGN_PREFIX.sub("", text))
    return any(phrase_at(toks, i, OFFICES) or phrase_at(toks, i, SIGNERS) for i in range(len(toks)))


def ranks_before_name(text: str) -> int:
    """Characters of the academic or military ranks a signed name opens with ("GS.TS. ", "PGS. TS ",
    "Đại tá "), stacked with dots or not; 0 when none."""
    toks = lazy_tokens(text)
    k = 0
    while k < len(toks) and (n := phrase_at(toks, k, RANKS)):
        k += n
        k += 1 if k < len(toks) and toks[k].text == "." else 0
    return toks[k].start if 0 < k < len(toks) else 0


def is_whole_name(text: str) -> bool:
    toks = lazy_tokens(text)
    return bool(toks) and name_end(toks, 0) == len(toks)


def table_persons(ctx: Context) -> Iterator[tuple[int, Person]]:
    """Names in a table's column of names ("STT | Họ và tên | Chức vụ"), with the office the
    column "Chức vụ" gives. (A cell that writes the office with the name, "Giám đốc Trần Văn Tâm",
    is read like any sentence.)"""
    for table in tables(body_lines(ctx)):
        heads = [table.header.text[a:b] for a, b in cells(table.header.text)]
        names = [k for k, head in enumerate(heads) if is_column(head, NAME_COLUMNS)]
        office = next((k for k, head in enumerate(heads) if is_column(head, OFFICE_COLUMNS)), None)
        held = [] if names else [k for k, head in enumerate(heads) if k and is_office_column(head)]
        for row in table.rows:
            spans = cells(row.text)
            for k in names:
                if k < len(spans) and is_whole_name(row.text[slice(*spans[k])]):
                    title = row.text[slice(*spans[office])] if office is not None and office < len(spans) else None
                    ev = ctx.evidence(row, *spans[k], "persons/table-name")
                    yield (OFFICE if title else ADDRESS), Person(ev.surface, title or None, ev)
            for k in held:  # "STT | Đơn vị | Chi cục trưởng | …": the office's holders, a note after the name
                found = opening_name(row.text, *spans[k]) if k < len(spans) else None
                if found:
                    ev = ctx.evidence(row, *found, "persons/table-office-column")
                    yield OFFICE, Person(ev.surface, heads[k], ev)


def is_office_column(head: str) -> bool:
    """A short header that is an office: "Giám đốc", "Chi cục trưởng", "Thủ trưởng đơn vị" (its holders below)."""
    toks = syllables(head)
    return 0 < len(toks) <= MAX_OFFICE_HEADER and toks[0].is_title and any(
        phrase_at(toks, k, OFFICES) == len(toks) - k for k in range(min(2, len(toks))))


MAX_OFFICE_HEADER = 4


def opening_name(text: str, a: int, b: int) -> tuple[int, int] | None:
    """The full name a table cell opens with, alone or before a bracketed note ("Hoàng Văn A (vắng, …)")."""
    cell = text[a:b]
    whole = cell.split("(", 1)[0].rstrip()
    return (a, a + len(whole)) if whole and is_whole_name(whole) else None


def is_column(head: str, index: Phrases) -> bool:
    toks = syllables(head)
    return bool(toks) and phrase_at(toks, 0, index) == len(toks)


def persons_in(ctx: Context, sent: Sentence) -> Iterator[tuple[int, Person]]:
    if not may_name_person(syllables(sent.text)):
        return
    toks = lazy_tokens(sent.text)
    last = -1  # end of the last name taken: "các ông Nguyễn Văn A, Trần Văn B và Lê Thị C"
    said = -1  # end of the last mention's title after its name
    for i, j in find_names(toks, foreign=True):
        mention = describe(ctx, sent, toks, i, j) or continue_list(ctx, sent, toks, i, j, last)
        if mention and mention[1].evidence.rule == "persons/title-before" and mention[1].evidence.start < said \
                and names_organisation(mention[1].title):
            continue  # "ông A, Giám đốc BIDV | Hà Thành": the office is A's, the words after it the branch's
        if mention:
            last = j
            ev = mention[1].evidence
            before = title_before(toks, i) if ev.rule == "persons/title-after" else None
            said = ev.end if ev.rule == "persons/title-after" and (before is None or before.strength <= ADDRESS) else -1
            yield mention


def names_organisation(title: str | None) -> bool:
    """Whether an office names its organisation ("Giám đốc BIDV", not "biên tập viên"): a capitalised word
    after its first."""
    return bool(title) and any(w[:1].isupper() for w in title.split()[1:])


def listed_names(ctx: Context, sent: Sentence) -> Iterator[tuple[int, Person]]:
    """Full names listed together with no title: "Hồ Thanh Thưởng, Dương Hồng Sơn cũng cho rằng …",
    "phần đất của Phạm Tiến Dũng, Đỗ Kim Quý." Two names or more of three syllables or more (or of two
    beside one of three: ``all_full_names``), only a comma or "và" between them, no name right before
    the list (a place word blocks the first: "đường Nguyễn Thị Minh Khai, Nguyễn Đình Chiểu"; a comma
    after a time does not: "Chiều nay, | Văn Quyến và Dương Hồng Sơn đã …") and no capitalised word or
    bracket right after it."""
    if not may_list_names(syllables(sent.text)):
        return
    toks = lazy_tokens(sent.text)
    runs: list[list[tuple[int, int]]] = []
    for i, j in find_names(toks):
        if runs and i - runs[-1][-1][1] == 1 and toks[i - 1].norm in LIST_JOINS:
            runs[-1].append((i, j))
        else:
            runs.append([(i, j)])
    for run in runs:
        a, b = run[0][0], run[-1][1]
        if len(run) < 2 or a > 1 and toks[a - 1].norm in LIST_JOINS and toks[a - 2].is_title \
                or not all_full_names(toks, run, b):
            continue
        if b < len(toks) and (toks[b].is_title or toks[b].text in "(-–" or goes_on(toks, b)):
            continue  # "…; Lê Quý Đôn, Nguyễn Thị Minh Khai, Marie Curie (quận 3)": schools, not persons
        for i, j in run:
            ev = ctx.evidence(sent, toks[i].start, toks[j - 1].end, "persons/listed-names")
            yield ADDRESS, Person(ev.surface, None, ev)


def all_full_names(toks: list[Token], run: list[tuple[int, int]], b: int) -> bool:
    """Whether a run of names lists persons: all of three syllables or more, or of two beside one of
    three and a lowercase word right after the list ("Văn Quyến và Dương Hồng Sơn | đã …", where a
    list of places would end in punctuation)."""
    if all(j - i >= 3 for i, j in run):
        return True
    return any(j - i >= 3 for i, j in run) and b < len(toks) and toks[b].text.isalpha() and toks[b].text.islower()


def goes_on(toks: list[Token], b: int) -> bool:
    """A list that goes on after token ``b`` with a capitalised word that starts no name."""
    return toks[b].norm in LIST_JOINS and b + 1 < len(toks) and toks[b + 1].is_title and not name_end(toks, b + 1)


def may_list_names(toks: list[Token]) -> bool:
    """Cheap test before tagging: a name of three syllables, a comma or "và", another name of two
    syllables or more (or the other way round)."""
    for j in range(2, len(toks) - 2):
        if toks[j].norm not in LIST_JOINS or not (toks[j - 1].is_title and toks[j + 1].is_title):
            continue
        if toks[j + 1].norm in SURNAMES and (after := longest_name(toks, j + 1) - j - 1) >= 2:
            if any(longest_name(toks, i) == j and max(after, j - i) >= 3 for i in range(max(0, j - 4), j - 1)):
                return True
    return False


def may_name_person(toks: list[Token]) -> bool:
    """Cheap test before tagging (the part-of-speech tagger is the slow step): a capitalised
    family name (or a foreign word) followed by a capitalised syllable, with a whole title or form of address in the
    words before it (an office's organisation may stand between) or right after it."""
    for i in range(len(toks) - 1):
        if toks[i].is_title and toks[i + 1].is_title and (toks[i].norm in SURNAMES or H_NAME.fullmatch(toks[i].text)
                                                          or guarded_surname(toks, i) or toks[i].text in
                                                          ADDRESSED_SURNAMES and addressed(toks, i)
                                                          or is_foreign_word(toks[i]) or minority_name_end(toks, i)):
            window = range(max(0, i - MAX_ORG), min(len(toks), i + TITLE_AFTER))
            if any(phrase_at(toks, k, index) for k in window for index in (OFFICES, RANKS, HONORIFICS)):
                return True
    return False


def find_names(toks: list[Token], foreign: bool = False) -> list[tuple[int, int]]:
    """Token ranges of candidate names: capitalised runs starting with a family name (and, if
    ``foreign``, foreign names: ``foreign_name_end``)."""
    out, i = [], 0
    while i < len(toks):
        j = name_end(toks, i) or (foreign_name_end(toks, i) if foreign else 0)
        if j and ends_org_before_name(toks, i, j):
            j = 0  # "Công ty CP Than | Hà Yên | Trịnh Văn Kiên": the company's place, then the name
        if j:
            out.append((i, j))
        i = max(j, i + 1)
    return out


def ends_org_before_name(toks: list[Token], i: int, j: int) -> bool:
    """Whether two syllables at ``i:j`` that read as a name end an organisation's name instead, a full name of
    three syllables or more right after them: "Giám đốc Công ty CP Than | Hà Yên | Trịnh Văn Kiên"."""
    return (j - i == 2 and 0 < i and j < len(toks) and toks[i - 1].text[:1].isalpha()
            and phrase_before(toks, i, HONORIFICS) == i and name_end(toks, j) - j >= 3)


def foreign_name_end(toks: list[Token], i: int) -> int:
    """End of a foreign name at token ``i``, or 0: two to four capitalised words, the first spelt as
    no Vietnamese syllable is ("Vladimir Lastuvka", "Nyerki József"), with no other capitalised word
    before it but a country, a form of address or a title ("Đại sứ Mỹ | Michael Marine", "Hungary tại
    TPHCM | Nyerki József", "Bà | Ruth Allen") and none after it. (Like a Vietnamese name, it is a
    person's only beside a title or a form of address.)"""
    if not is_foreign_word(toks[i]) or phrase_at(toks, i, FOREIGN_PLACES):
        return 0
    titled = any(phrase_before(toks, i, index) < i for index in BEFORE_FOREIGN)
    if i > 0 and is_capital_word(toks[i - 1]) and not titled:
        return 0  # (but "Bà | Ruth Allen", "Giáo sư | Jean Pierre Dubois", "Mỹ | Michael Marine")
    j = i + 1
    while j < len(toks) and is_foreign_spelt(toks[j]) and not phrase_at(toks, j, FOREIGN_PLACES) \
            and not toned_syllable(toks[j]):
        j += 1
    low, high = FOREIGN_WORDS
    if not low <= j - i <= high or j < len(toks) and (is_capital_word(toks[j]) or in_dictionary(toks, j)):
        return 0  # (a name that goes on in Vietnamese: "Agribank Thừa Thiên Huế", "Agribank Chi | nhánh")
    if any(phrase_at(toks, k, OFFICES) or toks[k].norm in FOREIGN_ORG_WORDS or len(toks[k].text) == 1
           for k in range(i, j)):
        return 0  # "LG Electronics Vietnam", "Joseph S. Blatter" (an initial: the name goes on)
    if any(names_place(toks, k, j) for k in range(i + 1, j - 1)):
        return 0  # "Giám đốc Chi nhánh Viettel | Hà Nam": a brand and the place of its branch
    return j


def toned_syllable(tok: Token) -> bool:
    """A word spelt as a Vietnamese syllable with a tone mark, which no foreign name holds: "Hà", "Thái"
    in "Viettel Thái Bình" (not "José", "Gómez": no Vietnamese syllable)."""
    n = norm(tok.text)
    return n[-1:] in "12345" and n[-1:] != "" and VIET_SYLLABLE.fullmatch(n.rstrip("012345")) is not None


def names_place(toks: list[Token], k: int, j: int) -> bool:
    """Whether tokens from ``k`` (before ``j``) begin with a Vietnamese place of two or three syllables
    that ``persons.not_names.txt`` holds: "Hà Nam", "Cao Bằng"."""
    return any(canon(" ".join(t.text for t in toks[k:e])) in NOT_NAMES for e in range(k + 2, min(j, k + 3) + 1))


def is_capital_word(tok: Token) -> bool:
    """A capitalised word, no acronym: "Lastuvka", "Jean-Pierre" (not "TPHCM")."""
    return tok.is_title and tok.text.replace("-", "").isalpha() and not (len(tok.text) > 1 and tok.text.isupper())


def is_foreign_word(tok: Token) -> bool:
    """A capitalised word that Vietnamese spelling has no syllable for, and with no letter or mark
    only Vietnamese writes: "Vladimir", "József", "Mirshad" (not "Nguyễn", an acronym, "Đắk Lắk",
    "Bà Rịa-Vũng Tàu", "H'Ngân")."""
    if not is_foreign_spelt(tok):
        return False
    return any(VIET_SYLLABLE.fullmatch(norm(part).rstrip("012345")) is None for part in tok.text.split("-"))


def is_foreign_spelt(tok: Token) -> bool:
    """A capitalised word with no letter or mark only Vietnamese writes (đ ă â ê ô ơ ư, the hook
    and the dot below): "Vladimir", "Filho", "Tàu" (but not "Thừa", "Đắk")."""
    return is_capital_word(tok) and not VIET_MARKS.intersection(unicodedata.normalize("NFD", tok.text.lower()))


def after_place_word(toks: list[Token], i: int) -> bool:
    """Whether a place word stands right before token ``i`` ("trường | Lê Quý Đôn"), not as the end of
    a longer word ("Bộ trưởng Tài nguyên Môi trường | Mai Ái Trực")."""
    k = phrase_before(toks, i, PLACE_WORDS)
    if k < i:
        return not (k == i - 1 and in_dictionary(toks, k))
    j = i  # "HTX dịch vụ nông nghiệp | Vũ Hội": the kind of the unit between its head and its name
    while (k := phrase_before(toks, j, KIND_WORDS)) < j and not toks[k].is_title:
        j = k
    return j < i and phrase_before(toks, j, PLACE_WORDS) < j


KIND_WORDS = load_phrases("persons.kind_words.txt")
ORG_WORDS = load_phrases("persons.org_words.txt")
ORG_OPENERS = load_phrases("persons.org_openers.txt")


def in_org_word(toks: list[Token], i: int) -> bool:
    """Whether token ``i`` ends an organisation's name of capitalised syllables ("Tỉnh | Đoàn")."""
    k = phrase_before(toks, i + 1, ORG_WORDS)
    return k < i and toks[k].is_title and toks[i].is_title


def opens_org(toks: list[Token], i: int) -> bool:
    """Whether token ``i`` opens an organisation's name of capitalised syllables ("Đoàn | Khối")."""
    n = phrase_at(toks, i, ORG_OPENERS)
    return bool(n) and toks[i + n - 1].is_title


def longest_name(toks: list[Token], i: int) -> int:
    """End of the longest name ``name_end`` could find at ``i`` (0: none can start there)."""
    t = toks[i]
    title = t.is_title
    kinh = title and (t.norm in SURNAMES and t.text.isalpha() or H_NAME.fullmatch(t.text)
                      or t.text in ADDRESSED_SURNAMES and addressed(toks, i))
    guarded = not kinh and guarded_surname(toks, i)
    kinh = kinh or guarded
    minority = 0 if kinh or not title else minority_name_end(toks, i)
    if not kinh and not minority:
        return 0
    if after_place_word(toks, i) or i > 0 and in_org_word(toks, i) or opens_org(toks, i):
        return 0
    if not kinh:
        return minority
    j = i + 1
    while j < len(toks) and j - i < 4 and is_name_part(toks, j):
        j += 1
    return j if j - i >= (3 if guarded or phrase_before(toks, i, ADMIN_WORDS) < i else 2) else 0


def addressed(toks: list[Token], i: int) -> bool:
    """Whether a form of address stands right before token ``i`` and a capitalised syllable after it: "ông | A
    Thuyên" (``persons.addressed_surnames.txt``; not "Khối A", "huyện A Lưới", "ông A, Giám đốc …")."""
    return (i > 0 and i + 1 < len(toks) and toks[i + 1].is_title and toks[i + 1].text.isalpha()
            and phrase_before(toks, i, HONORIFICS) < i)


# Words that open a name of the Central Highlands' peoples ("A Thuyên", a Ba Na or Xơ Đăng man's name) but
# stand for a placeholder or a category as often ("Khối A"): a name only after a form of address.
ADDRESSED_SURNAMES = frozenset(load_lexicon("persons.addressed_surnames.txt"))


def guarded_surname(toks: list[Token], i: int) -> bool:
    """A family name that also opens place names (``surnames.with_middle.txt``) where a middle name or
    another family name follows it: "Ninh | Văn Hòe", "Bạc | Cầm Luân" (not "Ninh Bình", "Bạc Liêu")."""
    t = toks[i]
    if t.norm not in GUARDED_SURNAMES or not t.is_title or i + 2 >= len(toks):
        return False
    if i > 0 and not toks[i - 1].is_title and phrase_before(toks, i, PLACE_BEFORE) < i:
        return False  # "xã | Tẩn Văn Phìn", "bản | Vừ A Dính": a place
    nxt = toks[i + 1]
    return nxt.is_title and (nxt.norm in MIDDLE_NAMES or nxt.norm in GUARDED_MIDDLES or nxt.norm in SURNAMES
                             ) and toks[i + 2].is_title


MIDDLE_NAMES = frozenset(norm(w) for w in load_lexicon("persons.middle_names.txt"))
GUARDED_MIDDLES = frozenset(norm(w) for w in load_lexicon("persons.guarded_middles.txt"))  # "Vừ | A Sở"
PLACE_BEFORE = merge_phrases(ADMIN_WORDS, load_phrases("persons.place_before.txt"))  # "xã", "trạm": a place next
WORD_SURNAMES = frozenset(norm(w) for w in load_lexicon("persons.word_surnames.txt"))
# syllables of a minority family name before the middle name ("Bhling", "Zơ Râm"); the cheap first
# test of a minority name assumes these
MINORITY_LEAD = (1, 2)


def minority_name_end(toks: list[Token], i: int) -> int:
    """End of a name of an ethnic minority written with a Kinh middle and given name at token ``i``,
    or 0: one or two capitalised syllables no family name list holds, one of them spelt as no
    Vietnamese syllable is ("Bhling", "Zơ", "Mah"), then a middle name that tells a person
    (``persons.middle_names.txt``: "Thị", "Văn") and one or two capitalised syllables: "Bhling Thị Hoa",
    "Zơ Râm Thị Bích", "Rơ Mah Văn Tuấn" (not "Sở Văn Hóa", every syllable Vietnamese)."""
    low, high = MINORITY_LEAD
    n = len(toks)
    if not (i + 1 < n and toks[i + 1].norm in MIDDLE_NAMES or i + 2 < n and toks[i + 2].norm in MIDDLE_NAMES):
        return 0  # (no middle name where one would stand: the common case, asked first)
    if not toks[i].is_title or toks[i].norm in MIDDLE_NAMES:
        return 0
    k = i
    while k < len(toks) and k - i < high and is_capital_word(toks[k]) and toks[k].norm not in MIDDLE_NAMES:
        if any(phrase_at(toks, k, index) for index in (HONORIFICS, RANKS, OFFICES)):
            return 0  # "Bà | Bhling Thị Hoa": the name starts after the form of address
        k += 1
    if not low <= k - i or k >= len(toks) or toks[k].norm not in MIDDLE_NAMES or not toks[k].is_title:
        return 0
    if not any(not_viet_syllable(toks[m]) for m in range(i, k)):
        return 0
    j = k + 1
    while j < len(toks) and j - k <= 2 and is_name_part(toks, j) and toks[j].norm not in MIDDLE_NAMES:
        j += 1
    return j if j > k + 1 else 0


def not_viet_syllable(tok: Token) -> bool:
    """A word spelt as no Vietnamese syllable is, whatever its marks: "Bhling", "Zơ" (not "Râm")."""
    return VIET_SYLLABLE.fullmatch(norm(tok.text).rstrip("012345")) is None


def name_end(toks: list[Token], i: int) -> int:
    """End of the name starting at token ``i``, or 0 when no name starts there."""
    j = longest_name(toks, i)
    if not j or not (toks[i].word_start or glued_to_acronym(toks, i)):  # (word checks last: they need the tagger)
        return 0
    shortest = 3 if guarded_surname(toks, i) or phrase_before(toks, i, ADMIN_WORDS) < i else 2
    while j < len(toks) and j > i and not toks[j].word_start and not glued_to_verb(toks, i, j):
        j -= 1  # the name may not end inside a word: "Đoàn Thanh niên"
    if j - i > shortest and toks[j - 1].norm == PHOTO and j < len(toks) and toks[j].text == ":":
        j -= 1  # "Nguyễn Văn An | Ảnh: H.N": a photo's credit after the name
    if j - i < shortest or is_place(toks, i, j):
        return 0
    if j - i == 2 and toks[i].norm in WORD_SURNAMES and in_dictionary(toks, i + 1):
        return 0  # two syllables that make a common word are no name: "Sở | Văn Hóa", "Phòng | Văn Hóa"
    if j - i == 2 and unit_acronym_before(toks, i):
        return 0  # a unit's abbreviated head and its place: "QTDND | Thái Thịnh", "HTX | Lê Lợi"
    if brand_after_driver(toks, i, j):
        return 0  # "làm phụ xe | Hoàng Long", "Các tài xế | Mai Linh": a carrier's brand, no person
    return j


def brand_after_driver(toks: list[Token], i: int, j: int) -> bool:
    """Whether the name ``i:j`` after a driver's occupation (``persons.occupations.txt``) is rather a carrier's brand
    or route: two syllables only, or the occupation after "làm", "các", "những" or a numeral (a trade, not a title)."""
    d = phrase_before(toks, i, DRIVERS)
    if d == i:
        return False
    return j - i < 3 or d > 0 and (toks[d - 1].norm in TRADE_LEADS or toks[d - 1].text.isdecimal())


TRADE_LEADS = frozenset(norm(w) for w in ("làm", "các", "những"))  # "làm phụ xe X", "các tài xế X"


def unit_acronym_before(toks: list[Token], i: int) -> bool:
    """Whether an abbreviation in capitals of three letters or more that is no title ("QTDND", "HTX"; not "NSƯT",
    "PGS") stands right before token ``i``."""
    if i == 0:
        return False
    before = toks[i - 1].text
    return (len(before) >= MIN_UNIT_ACRONYM and before.isupper() and before.isalpha()
            and toks[i - 1].end < toks[i].start and phrase_at(toks, i - 1, UNIT_ACRONYMS) == 1)


MIN_UNIT_ACRONYM = 3
UNIT_ACRONYMS = load_phrases("awards.units.txt")  # unit heads, "QTDND", "HTX", "UBND" (not "ĐBQH", "CCB", "CSGT")


def glued_to_acronym(toks: list[Token], i: int) -> bool:
    """The segmenter glued the family name to a title in capitals before it: "BS.CKII | Vương Đình Khoa",
    "ThS | Vũ Thị Thanh Mai", also over the title's full stop ("CN. | Hồ Thị Lan")."""
    k = i - 1 if i > 1 and toks[i - 1].text == "." else i  # "CN. | Hồ Thị A": the title's full stop between
    before = toks[k - 1].text if k > 0 else ""
    return len(before) > 1 and (before.isupper() or before[0].isupper() and any(c.isupper() for c in before[1:])) \
        and toks[i - 1].end < toks[i].start


def glued_to_verb(toks: list[Token], i: int, j: int) -> bool:
    """The segmenter glued a name's last syllables to the verb after it ("Hầu A | Lềnh dự", "Lê
    Trường Lưu dự" tagged as one verb): a name of three syllables or more keeps them; a noun
    ("Thanh niên"), a conjunction ("Triết | Tuy nhiên") or a word that goes on in capitals
    ("Viễn | Hội đồng Kỷ luật") does not; nor a word the segmenter could not read that runs from the
    family name on ("Đoàn Thành Lâm trông" tagged as one noun)."""
    if j - i < 3:
        return False
    ws = max(k for k in range(i, j + 1) if toks[k].word_start or k == i)
    if ws == j or not all(t.is_title for t in toks[ws:j]) or toks[j].tag != "V" and ws != i:
        return False
    k = j
    while k < len(toks) and not toks[k].word_start:
        if toks[k].is_title:
            return False
        k += 1
    return True


def is_place(toks: list[Token], i: int, j: int) -> bool:
    """Whether tokens ``i:j`` start with a known place ending at a word's end: "Hồ Chí Minh",
    "Thái Lan | Thaksin Shinawatra" (but "Lê Chân Hưng" is one word, a person)."""
    for k in range(i + 2, j + 1):
        ends = k == j or toks[k].word_start or glued_word(toks, k)
        if ends and canon(" ".join(t.text for t in toks[i:k])) in NOT_NAMES:
            return True
    return False


def glued_word(toks: list[Token], k: int) -> bool:
    """The segmenter glued a place to the first syllable of the word after it: "Thái Bình Bằng | khen"
    ("Bằng khen" is a word of the word list, its second syllable in lower case)."""
    return k + 1 < len(toks) and toks[k + 1].text.islower() and bool(in_dictionary(toks, k + 1))


def is_name_part(toks: list[Token], j: int) -> bool:
    t = toks[j]
    if not (t.is_title and (t.text.isalpha() or H_NAME.fullmatch(t.text))) or (len(t.text) > 1 and t.text.isupper()):
        return False  # acronyms ("UBND") and punctuation end a name
    if not t.text[1:].islower() and not H_NAME.fullmatch(t.text) and len(t.text) > 1:
        return False  # two words glued where a line break was lost: "Lê Thế ThọThế hệ 2"
    return not (phrase_at(toks, j, OFFICES) or phrase_at(toks, j, PREFIXES) and phrase_at(toks, j + 1, OFFICES))


def describe(ctx: Context, sent: Sentence, toks: list[Token], i: int, j: int) -> tuple[int, Person] | None:
    """The person named by tokens ``i:j`` with its best title, if a title or a form of address
    stands beside it."""
    before = title_before(toks, i)
    if before and before.strength == OFFICE and j - i == 2 and is_company_name(toks, before.start, i):
        before = None  # "Giám đốc Công ty TNHH | Hoàng Long": the company's name
    after = title_after(toks, j)
    if before is None and after is not None and j - i == 2 and in_company_name(toks, i):
        after = None  # "Công ty cổ phần Vận tải | Hà Lâm – Khối trưởng": the company's name, its role
    if before is None and after is None:
        return None
    chosen = max((t for t in (before, after) if t), key=lambda t: t.strength)
    if not name_end(toks, i) and phrase_at(toks, chosen.start, OCCUPATIONS) == chosen.end - chosen.start:
        return None  # a foreign name needs more than an occupation: "tiền đạo | Manchester United"
    title = text_of(sent.text, toks, chosen) if chosen.strength > ADDRESS else None
    start = toks[before.start if before else i].start
    end = toks[(after.end if after else j) - 1].end
    name = sent.text[toks[i].start : toks[j - 1].end]
    rule = "persons/title-after" if chosen is after else "persons/title-before"
    return chosen.strength, Person(name, title, ctx.evidence(sent, start, end, rule))


def is_company_name(toks: list[Token], a: int, i: int) -> bool:
    """Whether the office's organisation (tokens ``a:i``) is a company the name at ``i`` goes on."""
    return i > 0 and toks[i - 1].text not in SPAN_PUNCT and any(phrase_at(toks, k, COMPANY) for k in range(a, i))


def in_company_name(toks: list[Token], i: int) -> bool:
    """Whether a name at ``i`` goes on a company's name of capitalised words, no punctuation between:
    "Công ty cổ phần Vận tải | Hà Lâm", "Công ty TNHH Xây dựng | Lê Gia"."""
    w = i - 1
    while w > 0 and not toks[w].word_start:
        w -= 1  # the word before the name: "Vận tải", capitalised ("có đồng chí" is no part of a name)
    if i == 0 or not toks[w].is_title:
        return False
    a = next((k + 1 for k in range(i - 1, max(-1, i - MAX_COMPANY), -1) if toks[k].text in SPAN_PUNCT), 0)
    return any(phrase_at(toks, k, COMPANY) for k in range(max(a, i - MAX_COMPANY), i - 1))


MAX_COMPANY = 8  # tokens of a company's name before the name that ends it


def continue_list(ctx: Context, sent: Sentence, toks: list[Token], i: int, j: int,
                  last: int) -> tuple[int, Person] | None:
    """A name right after a name taken, only a comma or "và" between (and the parenthesis that
    follows the name taken: "các ĐB Lê Quang Bình (Kon Tum), Nguyễn Thị Hằng Nga (TPHCM)"): one of a list."""
    if 0 <= last < len(toks) and toks[last].text == "(":
        last = next((k + 1 for k in range(last, min(i, last + 8)) if toks[k].text == ")"), last)
    if last < 0 or not 1 <= i - last <= 2 or any(t.text != "," and t.norm != AND for t in toks[last:i]):
        return None
    ev = ctx.evidence(sent, toks[i].start, toks[j - 1].end, "persons/list-continued")
    return ADDRESS, Person(ev.surface, None, ev)


def text_of(text: str, toks: list[Token], title: Title) -> str:
    return text[toks[title.start].start : toks[title.end - 1].end].strip(" ,-–(")


def title_before(toks: list[Token], i: int) -> Title | None:
    """The title or form of address right before the name, or an office followed by its
    organisation ("Cục trưởng Cục Kiểm tra văn bản quy phạm pháp luật")."""
    end = i - 1 if i and toks[i - 1].text == ":" else i  # "các đồng chí: Nguyễn Văn A, …"
    k = phrase_before(toks, end, HONORIFICS)
    if k < end:
        return Title(k, end, ADDRESS)
    rank_end = i - 1 if i and toks[i - 1].text == "." else i  # "Ts. Đinh Văn Minh"
    k = phrase_before(toks, rank_end, RANKS)
    if k < rank_end:
        return Title(with_prefix(toks, k), rank_end, RANK)
    if i > 1 and toks[i - 1].norm == DISCIPLINE:  # "Giáo sư sử học | Trần Quốc Vượng", "Tiến sĩ nghệ thuật học"
        for end in range(i - 2, max(0, i - 4), -1):
            k = phrase_before(toks, end, RANKS)
            if k < end and all(t.text.isalpha() for t in toks[end:i]):
                return Title(with_prefix(toks, k), i, RANK)
    for k in range(i - 1, max(-1, i - MAX_ORG), -1):
        n = phrase_at(toks, k, OFFICES)
        if n and k + n < i and phrase_at(toks, k, OCCUPATIONS) == n:
            continue  # "nhân viên lái xe taxi Mai Linh": an occupation takes no organisation before a name
        if n and k + n + 1 < i and toks[k + n].text == "," and toks[k + n + 1].norm != toks[k + n - 1].norm:
            continue  # "HTX A giữ vai trò Khối trưởng, HTX DVNN Vũ Thắng là Khối phó": the office ends there
            # (but "Phó Trưởng ban, Ban Thi đua … Phạm Huy Giang": the head word repeated)
        if n and k + n <= i and is_org_span(toks, k + n, i):
            k = longest_office(toks, k, k + n)
            return Title(with_prefix(toks, k), i, PARTY_POST if phrase_at(toks, k, PARTY) else OFFICE)
    return None


def longest_office(toks: list[Token], k: int, end: int) -> int:
    """Start of the longest office ending at ``end``: "Tổng cục trưởng" rather than "cục trưởng"."""
    for back in (3, 2, 1):
        if k - back >= 0 and phrase_at(toks, k - back, OFFICES) == end - k + back:
            return k - back
    return k


def with_prefix(toks: list[Token], k: int) -> int:
    """``k`` moved back over "Phó", "nguyên", "quyền" before a title."""
    while k > 0 and phrase_before(toks, k, PREFIXES) < k:
        k = phrase_before(toks, k, PREFIXES)
    return k


def is_org_span(toks: list[Token], a: int, b: int) -> bool:
    """Whether tokens ``a:b`` can be the organisation between an office and a name: names,
    lowercase words of a name ("văn bản quy phạm pháp luật"), commas, dashes, parentheses."""
    if b > a and toks[b - 1].norm in JOIN_ORGS:
        return False  # "nguyên Giám đốc Sở A và | Nguyễn Văn B": the office is another's
    k, depth = a, 0
    while k < b:
        t = toks[k]
        depth += (t.text == "(") - (t.text == ")")
        if depth < 0 or (name_end(toks, k) and not ends_org_before_name(toks, k, name_end(toks, k))) \
                or t.is_title and foreign_name_end(toks, k):
            return False  # another person's name: "Bộ trưởng Nội vụ Đỗ Quang Trung, Bộ trưởng …"
        if t.text in SPAN_PUNCT or t.is_title or t.text[:1].isdecimal():
            k += 1
        elif t.norm in JOIN_ORGS and k + 1 < b and toks[k + 1].is_title:
            k += 1  # "Sở Giáo dục và Đào tạo", "Trưởng Phòng Kỹ thuật của PMU 18 | Đỗ Ngọc Trung"
        elif t.text[:1].isalpha() and not (t.word_start and phrase_at(toks, k, BREAKS)):
            k += 1
        elif t.norm == AT and k > a and k + 1 < b and toks[k + 1].is_title:
            k += 1  # "Tổng Lãnh sự Hungary tại TPHCM | Nyerki József": a post abroad
        elif t.norm == ALL and k > a and word_capitalised(toks, k - 1):
            k += 1  # "Chủ nhiệm Ủy ban các vấn đề xã hội | Nguyễn Thị A": "các" inside a committee's name
        else:
            return False
    return True


def word_capitalised(toks: list[Token], k: int) -> bool:
    """Whether the word that token ``k`` ends is capitalised ("Ủy ban")."""
    while k > 0 and not toks[k].word_start and not toks[k].is_title:
        k -= 1
    return toks[k].is_title


def title_after(toks: list[Token], j: int) -> Title | None:
    """The office after the name ("…, Tổng Kiểm toán Nhà nước", "… (Viện trưởng VKS …)",
    "… Cục trưởng Cục Tuyên huấn"); of several posts in a row the first that is no party
    membership."""
    k = j + 1 if j < len(toks) and toks[j].text in APPOSITION else j
    segments = []
    while True:
        seg = office_segment(toks, k)
        if seg is None:
            break
        segments.append(seg)
        if seg.end >= len(toks) or toks[seg.end].text != ",":
            break
        k = seg.end + 1
    if not segments:
        return department(toks, k) if k > j else None
    return next((s for s in segments if s.strength == OFFICE), segments[0])


def department(toks: list[Token], k: int) -> Title | None:
    """A department or team after the name and a comma, no office before it, as the person's post:
    "CN. Lê Thị A, | phòng Tổ chức cán bộ" (``persons.departments.txt``; a capitalised name after its head).
    It tells more than a degree or a rank before the name and less than an office."""
    n = phrase_at(toks, k, DEPARTMENTS)
    if not n or k + n >= len(toks) or not toks[k + n].is_title or not toks[k + n].text[:1].isalpha():
        return None
    end = org_end(toks, k + n)
    return Title(k, end, PARTY_POST) if end > k + n else None


DEPARTMENTS = load_phrases("persons.departments.txt")


def office_segment(toks: list[Token], k: int) -> Title | None:
    """An office and its organisation starting at token ``k``, up to the next comma."""
    start = k
    while phrase_at(toks, k, PREFIXES) and phrase_at(toks, k + 1, OFFICES):
        k += 1
    n = phrase_at(toks, k, OFFICES)
    if not n:
        return None
    end = org_end(toks, k + n)
    end = merge_repeated_head(toks, end, toks[k + n - 1].norm)
    return Title(start, end, PARTY_POST if phrase_at(toks, k, PARTY) else OFFICE)


def merge_repeated_head(toks: list[Token], end: int, head: str) -> int:
    """"Phó Trưởng Ban, Ban Quản lý Lăng …": the organisation after the comma repeats the head
    word of the office and belongs to it."""
    if end + 1 < len(toks) and toks[end].text == "," and toks[end + 1].norm == head and toks[end + 1].is_title:
        end = org_end(toks, end + 2)
    return end


def org_end(toks: list[Token], k: int) -> int:
    """End of the organisation after an office that follows a name: names and nouns up to a
    comma, a verb or another person ("…, Tổng giám đốc Tổng công ty X | thừa nhận"); a
    parenthesis is kept whole or left out."""
    start, depth, closed = k, 0, k
    while k < len(toks) and (toks[k].text not in SEGMENT_END or toks[k].text == ")" and depth):
        t = toks[k]
        if t.text in "-–" and depth == 0 and k + 1 < len(toks) and not toks[k + 1].is_title:
            break  # "Giám đốc Sở TDTT TP HCM | - sau chuyến …": a lowercase word after a dash goes on the sentence
        if t.text == ")":
            depth -= 1
        elif t.text == "(":
            depth += 1
        elif not is_org_span(toks, k, k + 1) or (t.word_start and not t.is_title and t.text[:1].isalpha()
                                                 and t.tag not in NOUNISH and t.norm not in ORG_TAILS):
            break
        k += 1
        closed = k if depth == 0 else closed
    k = closed
    while k > start and toks[k - 1].text in SPAN_PUNCT and toks[k - 1].text != ")":
        k -= 1
    return k
