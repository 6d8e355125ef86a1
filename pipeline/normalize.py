"""Normalise decoded text once, on input: the result is the stored document text that every
offset points into.

- Unicode NFC; words left in the legacy TCVN3/VNI font encodings repaired (``pipeline.legacy``);
- tables set out with runs of spaces or tabs written as " | " rows (``pipeline.tables``);
- non-breaking and zero-width spaces, tabs and runs of spaces folded to one space;
- line ends unified, trailing spaces dropped, three or more line breaks folded to two;
- navigation lines opening a saved page ("Trang chủ | Tin tức", "|", "•") dropped;
- lines wrapped inside a sentence (a PDF's line breaks) joined with a space;
- a line repeating the line before it (a photo caption saved twice) dropped, the first kept;
- the end of the article's own text found (``body_end``): a line such as "Đọc thêm" or
  "TIN LIÊN QUAN" opens a list of other articles, and share bars, "Copy link" or "Nguồn: …"
  lines close it; both are kept in the text but never yield facts.

The markers are data: ``extractors/patterns/boilerplate.txt``.

>>> normalize_text("Khối  thi\\u00a0đua các bộ,\\nngành Nội chính")
'Khối thi đua các bộ, ngành Nội chính'
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from extractors.nlp import load_lexicon
from pipeline.dates import document_date
from pipeline.legacy import repair_legacy
from pipeline.tables import align_tables
from schemas.document import Document, RawText
from schemas.names import fold

# The version of the stored text's form: a change that alters the text of some documents bumps it,
# and ``ingest --reextract`` reads the documents stored by an older one again (it is kept with
# the extractors' versions). 2: tables set out with spaces or tabs written as " | " rows. 3: rule
# lines in and round such tables dropped, columns as wide as their widest cell read.
NORMALIZE_VERSION = "3"

_ODD_SPACES = "\t\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000"
_HAS_ODD_SPACE = re.compile(f"[{_ODD_SPACES}]")
_TO_SPACE = str.maketrans(dict.fromkeys(_ODD_SPACES, " "))
_SPACE_RUN = re.compile(" {2,}")  # a literal prefix: the regex engine skips to each run
_INVISIBLES = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
_INVISIBLE = re.compile(f"[{_INVISIBLES}]")
_BLANK_LINES = re.compile(r"\n{3,}")
_SENTENCE_END = ".!?:;…”\"»)]|"
_NAV_SEPARATORS = re.compile(r"\s*[|•·»›>/*:–—-]+\s*")
MAX_MARKER_CHARS = 160  # no marker line is longer
MAX_MARKER_WORDS = 8  # a prefix marker ("Nguồn: …") matches a line of at most this many words
MIN_REPEATED_WORDS = 3  # a repeated line this long is a duplicate; shorter ones may be a list's items


def load_markers(name: str = "boilerplate.txt") -> dict[str, tuple[frozenset[str], tuple[str, ...]]]:
    """``{section: (whole-line markers, prefix markers)}`` from the ``[section]`` parts of ``name``
    (entries before the first section header are ``list`` markers)."""
    found: dict[str, tuple[set[str], list[str]]] = {"list": (set(), [])}
    section = "list"
    for entry in load_lexicon(name):
        if entry.startswith("[") and entry.endswith("]"):
            section = entry[1:-1]
            found.setdefault(section, (set(), []))
        elif entry.endswith(" *"):
            found[section][1].append(entry[:-2])
        else:
            found[section][0].add(entry)
    return {key: (frozenset(whole), tuple(prefixes)) for key, (whole, prefixes) in found.items()}


_MARKERS = load_markers()
_FIRST_RUN = re.compile(r"[^\W_]+")
# The first word of every marker of a section: a line whose first word is none of them is no
# marker of that section, found without folding the whole line.
_FIRST_WORDS = {section: frozenset(_FIRST_RUN.search(m).group() for m in (*whole, *prefixes))
                for section, (whole, prefixes) in _MARKERS.items()}


def normalize_text(text: str, layout: bool = False) -> str:
    """The stored form of ``text`` (see the module's docstring); ``layout`` for text whose line
    breaks come from a page's width (PDF), not from its author."""
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    text = repair_legacy(text)
    if any(ch in text for ch in _INVISIBLES):  # a few substring tests beat a regex scan of every article
        text = _INVISIBLE.sub("", text)
    runs = "  " in text  # (one scan, kept: no need to fold runs of spaces in most articles)
    if runs or "\t" in text:  # tables set out with spaces or tabs, read before the spaces fold
        text = align_tables(text)
    if _HAS_ODD_SPACE.search(text):
        text = text.translate(_TO_SPACE)
        runs = runs or "  " in text
    lines = drop_leading_nav([line.strip() for line in (_SPACE_RUN.sub(" ", text) if runs else text).split("\n")])
    text = "\n".join(drop_repeated_lines(join_wrapped(lines, wrap_width(lines) if layout else None)))
    return (_BLANK_LINES.sub("\n\n", text) if "\n\n\n" in text else text).strip()


def join_wrapped(lines: list[str], wrap_width: int | None = None) -> list[str]:
    """Join a line to the next when the sentence clearly goes on: the line ends without closing
    punctuation and the next line starts with a lowercase letter, or (laid-out text such as a
    PDF, ``wrap_width`` given) the line runs to the wrap width and the next line is not a new
    item ("2. …", "- …", a table row)."""
    out: list[str] = []
    last = ""  # the last physical line joined into out[-1]
    for line in lines:
        prev = out[-1] if out else ""
        if prev and " | " not in prev and last[-1:] not in _SENTENCE_END and (
                line[:1].islower() or wrapped(last, line, wrap_width)):
            out[-1] = f"{prev} {line}"
        else:
            out.append(line)
        last = line
    return out


_NEW_ITEM = re.compile(r"(?:\d{1,2}[.)]|[IVX]{1,4}\.|[-–•*+])\s")


def wrapped(last: str, line: str, wrap_width: int | None) -> bool:
    """Whether ``last`` was cut by the page's width and ``line`` carries on its sentence."""
    return bool(wrap_width and line and len(last) >= wrap_width and " | " not in line
                and not _NEW_ITEM.match(line))


def wrap_width(lines: list[str]) -> int | None:
    """The width at which a laid-out text's lines wrap: 3/4 of the upper-quartile length of its
    longer lines (None when there are too few lines to tell)."""
    lengths = sorted(len(x) for x in lines if len(x) >= 30 and " | " not in x)
    if len(lengths) < 5:
        return None
    return int(0.75 * lengths[(3 * len(lengths)) // 4])


def drop_repeated_lines(lines: list[str]) -> list[str]:
    """Drop a line that repeats the previous non-blank line (a photo caption saved twice, even
    with a blank line between): the first copy is the article's text and stays. Table rows and
    lines of under ``MIN_REPEATED_WORDS`` words (a list's items) are never dropped."""
    out: list[str] = []
    for line in lines:
        previous = next((kept for kept in reversed(out[-2:]) if kept), "")
        if line == previous and " | " not in line and len(line.split()) >= MIN_REPEATED_WORDS:
            continue
        out.append(line)
    return out


def drop_leading_nav(lines: list[str]) -> list[str]:
    """Drop the navigation lines ("Trang chủ | Tin tức", "|", "• :") and site banners before the
    first line of real text of a saved page."""
    start = 0
    while start < len(lines) and (not lines[start] or is_nav_line(lines[start])):
        start += 1
    return lines[start:]


def is_nav_line(line: str) -> bool:
    """True for a line of menu items and separators, a breadcrumb ("Trang chủ » Tin tức » …"),
    or a site banner listed under ``[nav]``."""
    parts = [part for part in _NAV_SEPARATORS.split(line) if first_word(part)]
    if not parts or is_marker(line, "nav", max_chars=None):
        return True
    return (all(is_marker(part, "nav") for part in parts)
            or len(parts) > 1 and is_marker(parts[0], "crumb"))


def matches(folded: str, section: str) -> bool:
    """True when the folded line is a marker of ``section``, whole or (short enough) by prefix."""
    whole, prefixes = _MARKERS[section]
    folded = folded.strip(" :.-")
    short = len(folded.split()) <= MAX_MARKER_WORDS
    return folded in whole or short and any(folded == p or folded.startswith(p + " ") for p in prefixes)


def is_marker(line: str, section: str, max_chars: int | None = MAX_MARKER_CHARS) -> bool:
    """``matches`` for a raw line; a line longer than ``max_chars`` (most of an article) is never
    a marker, nor one whose first word begins no marker: neither is folded to find out."""
    if max_chars is not None and len(line) > max_chars:
        return False
    head = first_word(line)
    return (not head or head in _FIRST_WORDS[section]) and matches(fold(line), section)


def first_word(text: str) -> str:
    """The first word of ``text`` in the fold form ("" when it has none)."""
    match = _FIRST_RUN.search(text)
    return _fold_word(match.group()) if match else ""


@lru_cache(maxsize=1 << 16)
def _fold_word(word: str) -> str:
    return fold(word)


def find_body_end(text: str) -> int:
    """Offset where the article's own text ends: the first line that opens a list of other
    articles, or the start of the share/source lines that close the text; -1 when neither."""
    lines = text.split("\n")
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line) + 1)
    listing = next((i for i, line in enumerate(lines) if is_marker(line, "list")), len(lines))
    tail = tail_start(lines[:listing])
    end = min(listing, tail)
    return starts[end] if end < len(lines) else -1


def tail_start(lines: list[str]) -> int:
    """Index of the first of the share, source and menu lines that end ``lines`` (its length
    when there are none)."""
    start = len(lines)
    while start > 0 and (not lines[start - 1].strip() or is_tail_line(lines[start - 1])):
        start -= 1
    while start < len(lines) and not lines[start].strip():
        start += 1  # a blank line before the tail belongs to the article
    return start


def is_tail_line(line: str) -> bool:
    """True for a share bar, a "Copy link", a "Nguồn: …" or tags line, or a menu line."""
    return is_marker(line, "tail", max_chars=None) or is_nav_line(line)


def normalize(raw: RawText, doc_id: str, path: str) -> Document:
    """Stage: a reader's ``RawText`` -> a ``Document`` with its stored text (not yet segmented).

    ``published`` is the document's date (``pipeline.dates.document_date``): the meeting date of
    minutes or of the meeting a news story reports, else the publication date."""
    text = normalize_text(raw.text, layout=raw.format == "pdf")
    return Document(doc_id=doc_id, path=path, format=raw.format, text=text, sha256=raw.sha256,
                    title=raw.title or first_line(text), published=document_date(text, raw.published),
                    body_end=find_body_end(text))


def first_line(text: str) -> str | None:
    line = text.split("\n", 1)[0].strip()
    return line[:300] or None
