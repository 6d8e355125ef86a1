"""Split a document's text into sentences with character offsets.

Each line (paragraph) is split by underthesea's sentence tokenizer (a line that ends with a
comma goes on in the next); its sentences are aligned
back onto the line, since the tokenizer returns strings, not offsets. The tokenizer takes the
number of a numbered item for a sentence of its own ("1. Trạm Y tế xã A;" -> "1.", "Trạm Y tế
xã A;"): such a number stays with the text it numbers.
"""

from __future__ import annotations

import dataclasses
import re
import unicodedata

from extractors.nlp import norm
from extractors.phrases import words as lexicon_words
from schemas.document import Document, Sentence

_MAX_LINE = 5000  # longer lines are cut at spaces before sentence splitting (bounded cost)
# the number or letter of a list item: "1.", "12.", "1.2.", "a)", "b."
_ITEM_NUMBER = re.compile(r"(?:\d{1,2}(?:\.\d{1,2})*|[a-zđ])[.)]")
# an abbreviated level word of a place at the end of a sentence the tokenizer cut ("TX.", "Tx.", "TT.",
# "TP.", "KP."; it never cuts after one capital letter, "Q.", "H."): the place it names opens the next one
# ("Phòng Văn hóa TX. | Sơn Tây", "thị trấn TT. | Phố Lu", "KP. | 3"), so the two are one sentence
_PLACE_ABBREVIATION = re.compile(r"(?:^|[\s(,;:/-])(?:T[XxTtPp]|K[Pp])\.$")
_PLACE_AFTER = re.compile(r"[A-ZĐÀ-Ỹ\d]")
# academic and professional titles abbreviated with full stops before a name, alone or run together ("PGS.TS.",
# "GS.TSKH.", "BS.CKII.", "ThS.", "NSƯT."): the tokenizer cuts after them, and the name opens the next sentence
_TITLE_ABBREVIATION = re.compile(r"(?:^|[\s(,;:])(?:(?:P?GS|TSKH|TS|Th[Ss]|BS|CKI{1,2}|KS|DS|NSƯT|NSND|NGƯT|NGND)\.)+$")


def segment(doc: Document) -> Document:
    """Stage: the same document with its ``sentences`` set."""
    return dataclasses.replace(doc, sentences=tuple(split_sentences(doc.text)))


# a line (paragraph), and the lines after it while it ends with a comma and the next opens no
# item of a list and holds no table cell: a list that goes on in the next line ("Cụm gồm Công an
# các tỉnh: Lai Châu, Điện Biên,\nLào Cai và Yên Bái."), not "- Công an tỉnh A,\n- Công an tỉnh B"
_LINE = re.compile(r"[^\n]+(?:(?<=,)\n(?!\s*(?:[-+•*–—]|\d{1,2}[.)]|[a-zđ][.)]|[\u2600-\u27bf\U0001f300-\U0001faff]))"
                   r"(?![^\n]*\|)[^\n]+)*")


def split_sentences(text: str) -> list[Sentence]:
    out: list[Sentence] = []
    for m in _LINE.finditer(text):
        for a, b in split_line(m.group().replace("\n", " ")):
            b = undecorated_end(text, m.start() + a, m.start() + b) - m.start()
            out.append(Sentence(m.start() + a, m.start() + b, text[m.start() + a : m.start() + b]))
    return out


def undecorated_end(text: str, a: int, b: int) -> int:
    """``b`` moved back over the pictured symbols that close a sentence with no stop ("… Cờ thi đua của UBND tỉnh
    🚩🚩🚩", "… gồm 5 trường 💕"): decoration, no words of the sentence, nor a sign that it goes on in the next line."""
    if b <= a or text[b - 1].isascii():
        return b
    k = b
    while k > a and (text[k - 1] == " " or unicodedata.category(text[k - 1]) in _DECORATION):
        k -= 1
    return k if k > a and text[k - 1].isalnum() else b


_DECORATION = frozenset({"So", "Sk", "Mn", "Cf"})  # pictured symbols, their variation selectors and joiners


def split_line(line: str) -> list[tuple[int, int]]:
    """Offsets of the sentences of one line (relative to the line)."""
    from underthesea import sent_tokenize

    spans: list[tuple[int, int]] = []
    for chunk_start, chunk in chunks(line):
        cursor = 0
        for sent in sent_tokenize(chunk):
            head = sent.strip()[:20]
            at = chunk.find(head, cursor) if head else -1
            if at < 0:
                continue
            end = max(at + len(sent.strip()), at + len(head))
            spans.append((chunk_start + at, chunk_start + min(end, len(chunk))))
            cursor = spans[-1][1] - chunk_start
        if cursor < len(chunk.rstrip()):  # whatever the tokenizer did not return stays a sentence
            rest = chunk[cursor:]
            lead = len(rest) - len(rest.lstrip())
            if rest.strip():
                spans.append((chunk_start + cursor + lead, chunk_start + len(chunk.rstrip())))
    return numbered(places([(a, b) for a, b in spans if b > a], line), line)


# initials run together with full stops, cut inside by the tokenizer with no space after the stop: "H.T.|X Quang
# Trung", "U.B.|N.|D huyện" (an old typist's "H.T.X", "U.B.N.D") are one word, and the sentence goes on
_INITIALS = re.compile(r"(?:^|[^\w.])(?:[^\W\d_]\.)+$")
MAX_TITLE = 16  # characters of a run of abbreviated titles ("GS.TSKH.BS.CKII.")


def places(spans: list[tuple[int, int]], line: str) -> list[tuple[int, int]]:
    """Sentences cut after an abbreviated level word joined to the place it names, after an abbreviated title
    joined to the name it goes before, or inside initials run together with full stops ("H.T.X") joined again."""
    out: list[tuple[int, int]] = []
    for a, b in spans:
        if out and (_PLACE_ABBREVIATION.search(line[max(out[-1][0], out[-1][1] - 4) : out[-1][1]])
                    and _PLACE_AFTER.match(line[a : a + 1])
                    or line[out[-1][1] - 1 : out[-1][1]] == "." and name_after(line, a) and _TITLE_ABBREVIATION
                    .search(line[max(out[-1][0], out[-1][1] - MAX_TITLE) : out[-1][1]])
                    or a == out[-1][1] and line[a : a + 1].isalnum()
                    and _INITIALS.search(line[max(out[-1][0], out[-1][1] - MAX_TITLE) : out[-1][1]])) \
                and not line[out[-1][1] : a].strip():
            out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return out


def name_after(line: str, a: int) -> bool:
    """Whether a name of two capitalised syllables or more opens the line at ``a``, a family name first ("Trịnh Quang
    Khải", not "Trong đó", "Năm 2010", "Trường THCS Lê Lợi" after "theo DS.", "Sở Y tế")."""
    words = line[a : a + 40].split(None, 2)
    return (len(words) >= 2 and all(w[:1].isupper() and w[:1].isalpha() for w in words[:2])
            and norm(words[0]) in FAMILY_NAMES)


FAMILY_NAMES = lexicon_words("surnames.txt") | lexicon_words("surnames.with_middle.txt")


def numbered(spans: list[tuple[int, int]], line: str) -> list[tuple[int, int]]:
    """Sentences with a list item's number joined to the sentence it numbers."""
    out: list[tuple[int, int]] = []
    for a, b in spans:
        if out and _ITEM_NUMBER.fullmatch(line[out[-1][0] : out[-1][1]]):
            out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return out


def chunks(line: str) -> list[tuple[int, str]]:
    """Cut an over-long line at spaces into pieces of at most ``_MAX_LINE`` characters."""
    out, start = [], 0
    while len(line) - start > _MAX_LINE:
        cut = line.rfind(" ", start, start + _MAX_LINE)
        cut = cut if cut > start else start + _MAX_LINE
        out.append((start, line[start:cut]))
        start = cut
    out.append((start, line[start:]))
    return out
