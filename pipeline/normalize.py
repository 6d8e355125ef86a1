"""Normalise decoded text once, on input: the result is the stored document text that every
offset points into.

- Unicode NFC; non-breaking and zero-width spaces, tabs and runs of spaces folded to one space;
- line ends unified, trailing spaces dropped, three or more line breaks folded to two;
- lines wrapped inside a sentence (a PDF's line breaks) joined with a space;
- the end of the article's own text found (``body_end``): a line such as "Đọc thêm" or
  "TIN LIÊN QUAN" opens a list of other articles, which is kept in the text but never
  yields facts.

>>> normalize_text("Khối  thi\\u00a0đua các bộ,\\nngành Nội chính")
'Khối thi đua các bộ, ngành Nội chính'
"""

from __future__ import annotations

import re
import unicodedata

from extractors.nlp import load_lexicon
from schemas.document import Document, RawText
from schemas.names import fold

_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_INVISIBLE = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_SENTENCE_END = ".!?:;…”\"»)]|"
_BOILERPLATE = frozenset(load_lexicon("boilerplate.txt"))


def normalize_text(text: str) -> str:
    """The stored form of ``text`` (see the module's docstring)."""
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    text = _INVISIBLE.sub("", text)
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    text = "\n".join(join_wrapped(lines))
    return re.sub(r"\n{3,}", "\n\n", text).strip()


def join_wrapped(lines: list[str]) -> list[str]:
    """Join a line to the next when the sentence clearly goes on: the line ends without
    closing punctuation and the next line starts with a lowercase letter."""
    out: list[str] = []
    for line in lines:
        prev = out[-1] if out else ""
        if prev and line[:1].islower() and prev[-1] not in _SENTENCE_END and " | " not in prev:
            out[-1] = f"{prev} {line}"
        else:
            out.append(line)
    return out


def find_body_end(text: str) -> int:
    """Offset of the first line that opens a list of other articles, or -1."""
    pos = 0
    for line in text.split("\n"):
        if fold(line).strip(" :.-") in _BOILERPLATE:
            return pos
        pos += len(line) + 1
    return -1


def normalize(raw: RawText, doc_id: str, path: str) -> Document:
    """Stage: a reader's ``RawText`` -> a ``Document`` with its stored text (not yet segmented)."""
    text = normalize_text(raw.text)
    return Document(doc_id=doc_id, path=path, format=raw.format, text=text, sha256=raw.sha256,
                    title=raw.title or first_line(text), published=raw.published or find_dateline(text),
                    body_end=find_body_end(text))


_DATE_LINE = re.compile(
    r"(?:[^\d\n]{0,30}?)(\d{1,2})[/.-](\d{1,2})[/.-]((?:19|20)\d\d)(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*")


def find_dateline(text: str, lines: int = 6) -> str | None:
    """A publication date printed on a line of its own near the top ("01/12/2022",
    "Thứ năm, 01/12/2022 14:30"), as ISO ``YYYY-MM-DD``."""
    for line in text.split("\n")[:lines]:
        m = _DATE_LINE.fullmatch(line)
        if m and 1 <= int(m.group(1)) <= 31 and 1 <= int(m.group(2)) <= 12:
            return f"{m.group(3)}-{int(m.group(2)):02d}-{int(m.group(1)):02d}"
    return None


def first_line(text: str) -> str | None:
    line = text.split("\n", 1)[0].strip()
    return line[:300] or None
