"""The person "tôi" stands for in an interview: "Vâng, tôi được Trung ương Đoàn tặng Huy chương …" is
said by the person the interview is with, named by the label that opens an answer ("- Anh Trần Minh
Khoa: …", "Ông Trần Hữu Nghị: …") or after "phóng viên có cuộc trao đổi với anh Trần Minh Khoa"."""

from __future__ import annotations

import re

from extractors.awards_words import ADVERBS, VerbGroup
from extractors.lines import phrase_at
from extractors.nlp import Token, lazy_tokens, norm
from extractors.persons import HONORIFICS, name_end

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
