"""The person "tôi" stands for in an interview: "Vâng, tôi được Trung ương Đoàn tặng Huy chương …" is
said by the person the interview is with, named by the label that opens an answer ("- Anh Trần Minh
Khoa: …", "Ông Trần Hữu Nghị: …") or after "phóng viên có cuộc trao đổi với anh Trần Minh Khoa"; and the
unit "nhà trường", "đơn vị" stand for in the answers: that person's ("…, Hiệu trưởng nhà trường" after a
lead about the school, "…, Giám đốc Công an tỉnh X")."""

from __future__ import annotations

import re

from extractors.awards_lists import tag_end
from extractors.awards_words import ADVERBS, OFFICE_SUFFIXES, UNIT_HEADS, VerbGroup, office_length
from extractors.base import Context
from extractors.lines import load_phrases, phrase_at
from extractors.nlp import Token, lazy_tokens, norm
from extractors.persons import HONORIFICS, OFFICES, PREFIXES, name_end
from extractors.phrases import phrase_before
from schemas.document import Sentence

FIRST_PERSON = norm("tôi")  # "I" (one speaker; "chúng tôi", "we", is the unit)
# a line that opens an answer with its speaker: "- Anh Trần Minh Khoa: …", "Ông Trần Hữu Nghị: …"
ANSWER_LABEL = re.compile(r"^[-–—•]?[ \t]*([^\W\d_][^\n:]{4,50}):", re.MULTILINE)
# "phóng viên có cuộc trao đổi với anh …", "phỏng vấn ông …", "trò chuyện với chị …"
INTERVIEW_CUE = re.compile(r"(?i:trao đổi với|phỏng vấn|trò chuyện với)\s+")


def says_i(toks: list[Token], group: VerbGroup | None) -> bool:
    """Whether "tôi" alone is the subject of a verb of receiving, opening its clause: "Vâng, | tôi được
    … tặng …" (not "chúng tôi")."""
    if group is None or not group.receives:
        return False
    k = group.start
    while k > 0 and toks[k - 1].norm in ADVERBS and not toks[k - 1].is_title:
        k -= 1
    return k > 0 and toks[k - 1].norm == FIRST_PERSON and (k == 1 or not toks[k - 2].text[:1].isalpha())


def says_we(toks: list[Token], group: VerbGroup | None) -> bool:
    """Whether "chúng tôi" is the subject of a verb of receiving, right before it: "Năm nay | chúng tôi vinh
    dự được nhận …" (the unit of the one who speaks), also after its unit's head opening the clause: "; Sở chúng
    tôi được tặng …"."""
    if group is None or not group.receives:
        return False
    k = group.start
    while k > 0 and toks[k - 1].norm in ADVERBS and not toks[k - 1].is_title:
        k -= 1
    return k > 1 and toks[k - 1].norm == FIRST_PERSON and toks[k - 2].norm == PLURAL_FIRST and (
        (n := we_head(toks, k - 2)) == 0 or k - 2 - n == 0 or not toks[k - 3 - n].text[:1].isalpha())


def we_head(toks: list[Token], k: int) -> int:
    """Tokens of the unit's head right before "chúng tôi" at ``k`` that the speaker's unit has: "Sở | chúng tôi được
    tặng …", "đơn vị | chúng tôi …", "Bệnh viện | chúng tôi …" (our department, our unit); 0 when none."""
    return phrase_before(toks, k, "awards.units.txt") or phrase_before(toks, k, "awards.anaphors.txt")


PLURAL_FIRST = norm("chúng")
MAX_LABEL_LINE = 200  # characters from a speaker's label to the sentence that quotes them


def speaker_unit(ctx: Context, sent: Sentence) -> tuple[Sentence, tuple[int, int]] | None:
    """The unit of the one who speaks in ``sent``: the interviewee's in a dashed answer
    (``interviewee_unit``), or the unit the office names of the person labelled before a colon on the
    sentence's line ("Ông Lê Văn A, Giám đốc Công ty X: “… chúng tôi vinh dự được nhận …”")."""
    found = interviewee_unit(ctx, sent)
    if found:
        return found
    text = ctx.doc.text
    line = text.rfind("\n", 0, sent.start) + 1
    colon = text.find(":", max(line, sent.start - MAX_LABEL_LINE), sent.end)
    first = next((s for s in ctx.sentences if s.start <= colon < s.end), None) if colon >= 0 else None
    if first is None:
        return None
    toks = lazy_tokens(first.text)
    at = tag_end(toks)
    at += phrase_at(toks, at, HONORIFICS) if at < len(toks) else 0
    return office_unit(first, toks, at, colon - first.start)


def office_unit(sent: Sentence, toks: list[Token], at: int, limit: int) -> tuple[Sentence, tuple[int, int]] | None:
    """The unit named by the office after the person's name at token ``at`` ("Lê Văn A, | Giám đốc | Công ty X"),
    ending before offset ``limit``."""
    while at < len(toks) and not name_end(toks, at) and toks[at].text not in ",;.:":
        at += 1  # ranks before the name: "PGS.TS | Trần Minh Đức"
    name = name_end(toks, at) if at < len(toks) else 0
    if not name or name >= len(toks) - 1 or toks[name].text != ",":
        return None
    o = name + 1
    n = office_length(toks, o)
    if not n:
        return None
    # (an office may end with its unit's head: "Trưởng | Công an huyện X")
    u = next((i for i in range(o + 1, min(o + n + 1, len(toks)))
              if toks[i].is_title and phrase_at(toks, i, UNIT_HEADS)), o + n)
    if u >= len(toks) or not (toks[u].is_title and phrase_at(toks, u, UNIT_HEADS)):
        return None
    e = next((i for i in range(u, len(toks)) if toks[i].text in ",;.():" or toks[i].start >= limit), len(toks))
    return (sent, (u, e)) if e > u and all(t.is_title or t.text[:1].isalnum() for t in toks[u:e]) else None


def interviewee(text: str, before: int) -> tuple[int, int] | None:
    """Character span of the person an interview is with, named before offset ``before``: the last
    answer's label, else the name after "trao đổi với", "phỏng vấn"."""
    for m in reversed(list(ANSWER_LABEL.finditer(text, 0, before))):
        span = whole_name(text, *m.span(1))
        if span:
            return span
    for m in INTERVIEW_CUE.finditer(text, 0, before):
        span = name_after(text, m.end())
        if span:
            return span
    return None


def whole_name(text: str, a: int, b: int) -> tuple[int, int] | None:
    """The span of the name a label is, after a form of address ("Anh Trần Minh Khoa")."""
    toks = lazy_tokens(text[a:b])
    k = phrase_at(toks, 0, HONORIFICS)
    end = name_end(toks, k) if k < len(toks) else 0
    return (a + toks[k].start, a + toks[end - 1].end) if end == len(toks) else None


def name_after(text: str, a: int) -> tuple[int, int] | None:
    """The span of the name at offset ``a``, after a form of address ("anh Trần Minh Khoa, Bí thư …")."""
    line_end = text.find("\n", a)
    toks = lazy_tokens(text[a : line_end if line_end >= 0 else len(text)])
    k = phrase_at(toks, 0, HONORIFICS)
    end = name_end(toks, k) if k < len(toks) else 0
    return (a + toks[k].start, a + toks[end - 1].end) if end else None


def interviewee_unit(ctx: Context, sent: Sentence) -> tuple[Sentence, tuple[int, int]] | None:
    """The unit of the one who answers on the dashed line of ``sent`` ("- Năm 2021, nhà trường vinh dự
    nhận …"), as (sentence, token span) : the unit the office of the person the lead interviews names
    ("trao đổi với ông X, Giám đốc Công an tỉnh Y"), or, an office of "nhà trường", "đơn vị" …, the unit
    the sentence before the cue opens with ("GD&TĐ - Năm 2022, Trường Đại học Z được … . Phóng viên trao
    đổi với ông X, Hiệu trưởng nhà trường"); None on a question's line or outside an interview."""
    text = ctx.doc.text
    line = text.rfind("\n", 0, sent.start) + 1
    end = text.find("\n", line)
    if not TURN.match(text, line) or text[line : end if end >= 0 else len(text)].rstrip().endswith("?"):
        return None
    cue = next(INTERVIEW_CUE.finditer(text, 0, line), None)
    sentences = ctx.sentences
    k = next((i for i, s in enumerate(sentences) if s.start <= cue.start() < s.end), None) if cue else None
    if k is None:
        return None
    lead = sentences[k]
    toks = lazy_tokens(lead.text)
    at = next((i for i, t in enumerate(toks) if t.start >= cue.end() - lead.start), len(toks))
    at += phrase_at(toks, at, HONORIFICS) if at < len(toks) else 0
    found = office_unit(lead, toks, at, len(lead.text))
    if found:
        return found
    while at < len(toks) and not name_end(toks, at) and toks[at].text not in ",;.":
        at += 1
    name = name_end(toks, at) if at < len(toks) else 0
    if not name or name >= len(toks) - 1 or toks[name].text != ",":
        return None
    o = name + 1
    n = phrase_at(toks, o, OFFICES) or (phrase_at(toks, o + 1, OFFICES) + 1 if phrase_at(toks, o, PREFIXES) else 0)
    if n and o + n < len(toks) and phrase_at(toks, o + n, OWN_UNITS):  # "…, Hiệu trưởng nhà trường"
        return opening_unit_of(sentences[k - 1]) if k else None
    if n and k and headed_office(toks, o, n) and (o + n == len(toks) or toks[o + n].text in ",;.!?"):
        found = opening_unit_of(sentences[k - 1])  # "…, Trung đoàn trưởng." after a lead about "Trung đoàn X"
        return found if found and unit_head(found) == head_words(toks[o : o + n - 1]) else None
    return None


def headed_office(toks: list[Token], o: int, n: int) -> bool:
    """Whether the office of tokens ``o:o+n`` is a unit's head and a word of heading after it, alone
    ("Trung đoàn trưởng", "Đồn trưởng"): the head of the unit the text is about."""
    return n >= 2 and phrase_at(toks, o, UNIT_HEADS) == n - 1 and toks[o + n - 1].norm in OFFICE_SUFFIXES


def head_words(toks: list[Token]) -> tuple[str, ...]:
    return tuple(t.norm for t in toks)


def unit_head(found: tuple[Sentence, tuple[int, int]]) -> tuple[str, ...] | None:
    """The head the unit ``found`` opens with ("Trung đoàn" of "Trung đoàn CSCĐ X")."""
    sent, (a, b) = found
    toks = lazy_tokens(sent.text)
    n = phrase_at(toks, a, UNIT_HEADS)
    return head_words(toks[a : a + n]) if n else None


def own_unit(ctx: Context, sent: Sentence, head: tuple[str, ...] | None) -> tuple[Sentence, tuple[int, int]] | None:
    """The interviewee's unit, where a dashed answer names it by its head alone: "- … Bộ Tư lệnh đã đề
    nghị … tặng thưởng Huân chương … cho Trung đoàn." in an interview with the regiment's commander."""
    found = interviewee_unit(ctx, sent) if head else None
    return found if found and unit_head(found) == head else None


def opening_unit_of(sent: Sentence) -> tuple[Sentence, tuple[int, int]] | None:
    """The unit a lead sentence opens with, after the paper's label and a time ("GD&TĐ - Năm 2022, |
    Trường Đại học Z được …")."""
    from extractors.awards_subjects import antecedent  # (awards_subjects reads this module's neighbours)

    dash = LABEL.search(sent.text[:MAX_LABEL])
    skip = dash.end() if dash and not any(c.islower() for c in sent.text[: dash.start()]) else 0
    toks = lazy_tokens(sent.text[skip:])
    who = antecedent(toks)
    if who is None:
        return None
    whole = lazy_tokens(sent.text)
    first = next(i for i, t in enumerate(whole) if t.start == toks[who[0]].start + skip)
    return sent, (first, first + who[1] - who[0])


TURN = re.compile(r"[-–—]\s")  # a turn of an interview set out in dashes
LABEL = re.compile(r"\s[-–]\s")  # after the paper's label in capitals: "GD&TĐ - ", "(TTXVN) – "
MAX_LABEL = 24
OWN_UNITS = load_phrases("awards.own_units.txt")


MAX_TITLE_UNIT = 8  # tokens of the unit a document's title names: "TRƯỜNG THCS NGUYỄN HUỆ"


def titled_unit(ctx: Context, sent: Sentence, head: tuple[str, ...] | None) -> tuple[Sentence, tuple[int, int]] | None:
    """The unit the document's title names with ``head`` ("KỶ YẾU TRƯỜNG THCS NGUYỄN HUỆ - QUẬN HẢI CHÂU"), as
    the text writes it before ``sent`` in normal case ("… cử Trường THCS Nguyễn Huệ làm Cụm trưởng"): the unit a
    yearbook or a unit's own report is about, that "Trường được tặng …" stands for."""
    text = ctx.doc.text
    if not head:
        return None
    title = next((line for line in text[: sent.start].splitlines() if line.strip()), "")
    toks = lazy_tokens(title)
    at = next((i for i in range(len(toks) - len(head)) if tuple(t.norm for t in toks[i : i + len(head)]) == head), None)
    if at is None:
        return None
    end = next((i for i in range(at, len(toks)) if not toks[i].text[:1].isalnum()), len(toks))
    if not len(head) < end - at <= MAX_TITLE_UNIT:
        return None
    words = title[toks[at].start : toks[end - 1].end].split()
    pattern = re.compile(r"(?<!\w)" + r"\s+".join(map(re.escape, words)) + r"(?!\w)", re.IGNORECASE)
    for m in pattern.finditer(text, len(title), sent.start):
        if m.group(0).isupper():
            continue  # (another heading in capitals)
        ante = next((s for s in ctx.sentences if s.start <= m.start() < s.end), None)
        if ante is None:
            continue
        words_at = lazy_tokens(ante.text)
        a = next((i for i, t in enumerate(words_at) if ante.start + t.start == m.start()), None)
        b = next((i + 1 for i, t in enumerate(words_at) if ante.start + t.end == m.end()), None)
        if a is not None and b is not None:
            return ante, (a, b)
    return None
