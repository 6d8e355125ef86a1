"""The ``read`` stage: one file on disk in, its decoded text (a ``RawText``) out.

Supported formats, chosen by the file's suffix (case-insensitive): ``.txt``/``.text``,
``.html``/``.htm``, ``.pdf`` and ``.docx``. The text is returned as decoded, *not* yet
Unicode-normalised: a cp1258 file, say, still holds combining tone marks (``ê`` + U+0301 for
``ế``); the ``normalise`` stage turns it into NFC.

Plain text that is not UTF-8 is tried as Windows-1258 and as the legacy font encodings TCVN3
and VNI (``pipeline.legacy``), literal HTML entities in it are decoded; a PDF without a text
layer goes through OCR (``pipeline.ocr``) when Tesseract is installed.

Every document is bounded: ``max_bytes`` per file, and for PDFs ``max_pages`` pages,
``MAX_PAGE_AREA``, ``MAX_PAGE_CHARS`` and ``MAX_PAGE_OBJECTS`` per page (checked with pdfium
before any slow parsing)
and ``max_seconds`` in all; over a bound is E_TOO_LARGE.

Every failure is an ``IngestError`` with a stable code from ``schemas.errors.ERROR_CODES`` and
a one-line message; no raw exception escapes ``read_file``.
"""

from __future__ import annotations

import codecs
import datetime as dt
import hashlib
import io
import logging
import re
import stat
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from pipeline.legacy import decode_entities, decode_vietnamese, is_syllable
from schemas.document import RawText
from schemas.errors import IngestError

# trafilatura logs a warning for every page it cannot use; the page's error code says it instead
logging.getLogger("trafilatura").setLevel(logging.ERROR)

FORMATS: dict[str, str] = {
    ".txt": "txt",
    ".text": "txt",
    ".html": "html",
    ".htm": "html",
    ".pdf": "pdf",
    ".docx": "docx",
}

# The code for an unexpected failure inside each format's reader.
BROKEN_CODES: dict[str, str] = {
    "txt": "E_ENCODING",
    "html": "E_HTML_NO_TEXT",
    "pdf": "E_PDF_BROKEN",
    "docx": "E_DOCX_BROKEN",
}

# Checked in this order: a UTF-32 LE BOM starts with the UTF-16 LE one.
BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

MAX_CONTROL_RATIO = 0.10  # more control characters than this and the "text" is binary data
_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x9f]")  # category Cc, less \t \n \v \f \r
HIGH_BYTES_AS_SPACE = bytes.maketrans(bytes(range(0x80, 0x100)), b" " * 0x80)
META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
PDF_DATE = re.compile(r"^(?:D:)?(\d{4})(\d{2})(\d{2})")
PAGE_NUMBER = re.compile(r"^(?:trang |page )?[-–— ]*(\d{1,4})(?: ?/ ?\d{1,4})?[-–— ]*$", re.IGNORECASE)
MAX_SECONDS = 120.0  # reading one document takes at most this long
MAX_PAGE_AREA = 4 * 2384 * 3370  # square points: four A0 sheets (a poster or a map, not a report)
MAX_PAGE_CHARS = 100_000  # characters on one PDF page (a dense A4 page holds about 6,000)
MAX_PAGE_OBJECTS = 100_000  # text runs, paths and images on one page (a vector map, not a report)
LINE_END_HYPHEN = re.compile(r"(\w+)([-\u00ad])$")
LINE_START_WORD = re.compile(r"^(\w+)")


def read_file(path: Path, max_bytes: int = 50_000_000, max_pages: int = 2000,
              max_seconds: float = MAX_SECONDS) -> RawText:
    """Read ``path`` with the reader its suffix names and return its text and metadata.

    Raises ``IngestError``: E_UNSUPPORTED (unknown suffix), E_UNREADABLE, E_EMPTY,
    E_TOO_LARGE, or a format's own code (see each ``read_*`` function).
    """
    if path.is_symlink() and not path.exists():
        raise IngestError("E_UNREADABLE", "a link that leads nowhere (broken, or a loop of links)")
    fmt = FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise IngestError("E_UNSUPPORTED", f"unsupported file type {path.suffix or '(no suffix)'!r}")
    data = load_bytes(path, max_bytes)
    if not data:
        raise IngestError("E_EMPTY", "the file is 0 bytes long")
    readers: dict[str, Callable[[bytes], RawText]] = {
        "txt": read_txt,
        "html": read_html,
        "pdf": lambda pdf_bytes: read_pdf(pdf_bytes, max_pages, max_seconds),
        "docx": read_docx,
    }
    return guarded(fmt, lambda: readers[fmt](data))


def load_bytes(path: Path, max_bytes: int) -> bytes:
    """Return the bytes of the regular file ``path``, refusing what cannot or should not be read."""
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):
            raise IngestError("E_UNREADABLE", "not a regular file (a directory or a device)")
        if info.st_size > max_bytes:
            raise IngestError("E_TOO_LARGE", f"{info.st_size} bytes is over the limit of {max_bytes}")
        data = path.read_bytes()
    except OSError as exc:
        raise IngestError("E_UNREADABLE", f"cannot open the file: {exc.strerror or exc}") from exc
    if len(data) > max_bytes:
        raise IngestError("E_TOO_LARGE", f"{len(data)} bytes is over the limit of {max_bytes}")
    return data


def guarded(fmt: str, reader: Callable[[], RawText]) -> RawText:
    """Run ``reader``; turn any failure that is not an ``IngestError`` into the format's broken code."""
    try:
        return reader()
    except IngestError:
        raise
    except Exception as exc:  # a reader's library can fail in any way on bad input
        detail = " ".join(f"{type(exc).__name__}: {exc}".split())[:200]
        raise IngestError(BROKEN_CODES[fmt], f"the {fmt} reader failed: {detail}") from exc


def make_raw(data: bytes, text: str, fmt: str, **meta: str | int | None) -> RawText:
    """Build the ``RawText`` of ``data``; a text that is only white space is E_EMPTY."""
    if not text.strip():
        raise IngestError("E_EMPTY", f"the {fmt} file holds only white space")
    return RawText(text=text, format=fmt, sha256=hashlib.sha256(data).hexdigest(), size=len(data), **meta)


# --- plain text ---------------------------------------------------------------------------


def decode_bytes(data: bytes) -> tuple[str, str]:
    """Decode ``data`` and return ``(text, encoding)``.

    Order: a byte-order mark, then strict UTF-8, then the Vietnamese 8-bit encodings
    (Windows-1258, TCVN3, VNI: whichever gives the most valid syllables, see
    ``pipeline.legacy.decode_vietnamese``), then charset-normalizer's best guess. NUL bytes
    without a UTF-16/32 BOM, or over 10% control characters, mean E_BINARY; bytes no encoding
    makes sense of mean E_ENCODING.
    """
    for bom, encoding in BOMS:
        if data.startswith(bom):
            return strict_decode(data, encoding), encoding
    if b"\x00" in data:
        raise IngestError("E_BINARY", "NUL bytes and no UTF-16/UTF-32 byte-order mark: binary data")
    try:
        text, encoding = data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        text, encoding = decode_vietnamese(data) or detect_decode(data)
    check_not_binary(text)
    return text, encoding


def strict_decode(data: bytes, encoding: str) -> str:
    """Decode ``data`` as ``encoding`` or raise E_ENCODING."""
    try:
        return data.decode(encoding)
    except (UnicodeDecodeError, LookupError) as exc:
        raise IngestError("E_ENCODING", f"the bytes are not valid {encoding}: {exc.reason}") from exc


def detect_decode(data: bytes) -> tuple[str, str]:
    """Decode non-UTF-8 ``data`` with charset-normalizer's best guess."""
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    if best is None:
        check_not_binary(data.translate(HIGH_BYTES_AS_SPACE).decode("ascii"))
        raise IngestError("E_ENCODING", "not UTF-8, and no known encoding decodes the bytes to text")
    return str(best), best.encoding


def check_not_binary(text: str) -> None:
    """Raise E_BINARY when more than 10% of ``text`` is control characters."""
    controls = len(_CONTROL_CHARS.findall(text))
    if text and controls / len(text) > MAX_CONTROL_RATIO:
        raise IngestError("E_BINARY", f"{controls} of {len(text)} characters are control codes: binary data")


def read_txt(data: bytes) -> RawText:
    """Read a plain-text file: decode it (see ``decode_bytes``), keep the encoding, and decode the
    literal HTML entities ("&amp;", "&#7897;") that text copied out of web pages carries."""
    text, encoding = decode_bytes(data)
    return make_raw(data, decode_entities(text), "txt", encoding=encoding)


# --- HTML -------------------------------------------------------------------------------------


def decode_html(data: bytes) -> tuple[str, str]:
    """Decode a web page: a BOM or valid UTF-8 first, then its ``<meta charset>``, then detection.

    Valid UTF-8 wins over the declaration: pages often declare a charset they are not in.
    """
    declared = META_CHARSET.search(data[:4096])
    if declared and not any(data.startswith(bom) for bom, _ in BOMS) and not is_utf8(data):
        try:
            name = codecs.lookup(declared.group(1).decode("ascii")).name
            text = data.decode(name)
        except (LookupError, UnicodeDecodeError):
            pass  # a wrong declaration: fall back to detection
        else:
            check_not_binary(text)
            return text, name
    return decode_bytes(data)


def is_utf8(data: bytes) -> bool:
    """True when ``data`` is valid UTF-8."""
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def read_html(data: bytes) -> RawText:
    """Read a saved web page's main text with trafilatura, leaving menus and footers out.

    The page title (if any) is kept as the first line. No main text: E_HTML_NO_TEXT.
    """
    import trafilatura

    html, encoding = decode_html(data)
    if not html.strip():
        raise IngestError("E_EMPTY", "the web page holds only white space")
    text = trafilatura.extract(
        html, output_format="txt", include_comments=False, include_tables=True, favor_recall=True
    )
    if not text or not text.strip():
        raise IngestError("E_HTML_NO_TEXT", "the web page holds no main text (only markup or scripts)")
    meta = trafilatura.extract_metadata(html)
    title = clean_title(meta.title if meta else None)
    if title and text.lstrip().splitlines()[0].strip() != title:
        text = f"{title}\n{text}"
    published = iso_date(meta.date) if meta else None
    return make_raw(data, text, "html", encoding=encoding, title=title, published=published)


def clean_title(title: str | None) -> str | None:
    """``title`` on one line, or None when it is empty."""
    title = " ".join((title or "").split())
    return title or None


def iso_date(value: object) -> str | None:
    """The ISO date (YYYY-MM-DD) held by a date, a datetime, or a string starting with one."""
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()[:10]
    match = re.match(r"(\d{4})-?(\d{2})-?(\d{2})", str(value or ""))
    if not match:
        return None
    try:
        return dt.date(*map(int, match.groups())).isoformat()
    except ValueError:
        return None


# --- PDF --------------------------------------------------------------------------------------


def read_pdf(data: bytes, max_pages: int = 2000, max_seconds: float = MAX_SECONDS) -> RawText:
    """Read a PDF's text layer page by page with pdfplumber; tables become " | " rows, running
    headers, footers and page numbers go, words hyphenated at line ends are joined (see
    ``dehyphenate``), and pages without a text layer go through OCR when it is installed.

    Raises E_PDF_ENCRYPTED (needs a password), E_PDF_BROKEN (damaged, truncated, not a PDF),
    E_TOO_LARGE (over ``max_pages``, a page over a ``MAX_PAGE_*`` limit, or ``max_seconds``) and
    E_PDF_NO_TEXT (no text layer and no OCR: it needs OCR).
    """
    deadline = time.monotonic() + max_seconds
    check_pdf_size(data, max_pages)
    pdf = open_pdf(data)
    with pdf:
        pages, scanned = read_pdf_pages(pdf, max_pages, deadline)
        info = pdf.metadata or {}
    pages, encoding = add_ocr_pages(data, pages, scanned, deadline)
    text = "\n\n".join("\n".join(dehyphenate(lines)) for lines in drop_running_lines(pages)).strip()
    if not text:
        reason = "and OCR found no text on it" if encoding else "(a scanned document?): it needs OCR"
        raise IngestError("E_PDF_NO_TEXT", f"the PDF has no text layer {reason}")
    title = clean_title(info.get("Title")) if isinstance(info.get("Title"), str) else None
    published = pdf_date(info.get("CreationDate"))
    return make_raw(data, text, "pdf", encoding=encoding, title=title, published=published, pages=len(pages))


def check_pdf_size(data: bytes, max_pages: int) -> None:
    """E_TOO_LARGE, before any slow parsing, for a PDF of over ``max_pages`` pages or with a page
    over a ``MAX_PAGE_*`` limit; pdfium counts these fast. A PDF pdfium cannot
    open (encrypted, damaged) is left to pdfplumber, which tells which it is, and to the time limit."""
    import pypdfium2 as pdfium

    try:
        document = pdfium.PdfDocument(data)
    except pdfium.PdfiumError:
        return
    try:
        if len(document) > max_pages:
            raise IngestError("E_TOO_LARGE", f"{len(document)} pages is over the limit of {max_pages}")
        for index in range(len(document)):
            check_page_size(document[index], index + 1)
    finally:
        document.close()


def check_page_size(page, number: int) -> None:
    """E_TOO_LARGE for a pypdfium2 page over ``MAX_PAGE_AREA``, ``MAX_PAGE_CHARS`` or
    ``MAX_PAGE_OBJECTS`` (pdfplumber's time grows with the characters and the lines it sorts)."""
    import pypdfium2.raw as pdfium_c

    width, height = page.get_size()
    if width * height > MAX_PAGE_AREA:
        size = f"{width / 72 * 2.54:.0f} × {height / 72 * 2.54:.0f} cm"
        raise IngestError("E_TOO_LARGE", f"page {number} is {size}, over the limit of four A0 sheets")
    textpage = page.get_textpage()
    counts = {"characters": (textpage.count_chars(), MAX_PAGE_CHARS),
              "objects": (pdfium_c.FPDFPage_CountObjects(page.raw), MAX_PAGE_OBJECTS)}
    textpage.close()
    page.close()
    for name, (count, limit) in counts.items():
        if count > limit:
            raise IngestError("E_TOO_LARGE", f"page {number} holds {count} {name}, over the limit of {limit}")


def read_pdf_pages(pdf, max_pages: int, deadline: float) -> tuple[list[list[str]], list[int]]:
    """The lines of each page, and the (0-based) pages with only pictures on them (scans)."""
    if len(pdf.pages) > max_pages:
        raise IngestError("E_TOO_LARGE", f"{len(pdf.pages)} pages is over the limit of {max_pages}")
    pages, scanned = [], []
    for index, page in enumerate(pdf.pages):
        check_time(deadline)
        pages.append(pdf_page_lines(page))
        if not pages[-1] and page.images:
            scanned.append(index)
        page.close()  # frees the page's parsed objects: memory stays bounded by one page
    return pages, scanned


def check_time(deadline: float) -> None:
    """E_TOO_LARGE once ``deadline`` (a ``time.monotonic()`` value) has passed."""
    if time.monotonic() > deadline:
        raise IngestError("E_TOO_LARGE", "the document took too long to read (over the time limit)")


def add_ocr_pages(data: bytes, pages: list[list[str]], scanned: list[int],
                  deadline: float) -> tuple[list[list[str]], str | None]:
    """``pages`` with OCR'd text on the pages without a text layer, and "ocr" when OCR was used.

    A PDF with no text at all is OCR'd throughout (or raises E_PDF_NO_TEXT, needs OCR); in a PDF
    with a text layer, only picture-only pages are, and only when Tesseract is installed.
    """
    from pipeline import ocr

    if any(pages) and (not scanned or not ocr.ocr_available()):
        return pages, None
    todo = scanned if any(pages) else list(range(len(pages)))
    found = ocr.ocr_pdf_pages(data, todo, deadline)
    return [found.get(index, lines) for index, lines in enumerate(pages)], "ocr"


def dehyphenate(lines: list[str]) -> list[str]:
    """Join lines broken after a hyphen.

    Vietnamese is not hyphenated at line ends (its syllables are separate words, so a line breaks
    at a space): a hyphen there belongs to the text ("Bà Rịa-Vũng Tàu", "Xô-viết") and the lines
    are joined keeping it. Only a Latin-script word split in two, whose halves are not both
    Vietnamese syllables ("environ-" + "ment"), or a soft hyphen, loses the hyphen. Table rows
    (" | ") are never joined.
    """
    out: list[str] = []
    for line in lines:
        joined = join_hyphenated(out[-1], line) if out else None
        if joined is None:
            out.append(line)
        else:
            out[-1] = joined
    return out


def join_hyphenated(line: str, next_line: str) -> str | None:
    """``line`` and ``next_line`` as one line when ``line`` ends in a hyphen glued to a word and
    ``next_line`` starts with a word; else None."""
    end, start = LINE_END_HYPHEN.search(line), LINE_START_WORD.match(next_line)
    if not end or not start or " | " in line or " | " in next_line:
        return None
    left, right = end.group(1), start.group(1)
    split_word = left.isascii() and left.isalpha() and right.isascii() and right.isalpha() and right.islower()
    if end.group(2) == "\u00ad" or split_word and not (is_syllable(left) and is_syllable(right)):
        return line[:-1] + next_line
    return line + next_line


def open_pdf(data: bytes):  # -> pdfplumber.PDF
    """Open ``data`` with pdfplumber, telling an encrypted PDF from a damaged one."""
    import pdfplumber

    try:
        return pdfplumber.open(io.BytesIO(data))
    except Exception as exc:  # pdfminer raises many kinds of errors on bad files
        raise pdf_open_error(exc, data) from exc


def pdf_open_error(exc: Exception, data: bytes) -> IngestError:
    """E_PDF_ENCRYPTED when pdfminer wants a password or the file has an /Encrypt entry, else E_PDF_BROKEN."""
    cause = exc.args[0] if exc.args and isinstance(exc.args[0], BaseException) else exc
    names = {type(exc).__name__, type(cause).__name__}
    if names & {"PDFPasswordIncorrect", "PDFEncryptionError"} or b"/Encrypt" in data:
        return IngestError("E_PDF_ENCRYPTED", "the PDF is encrypted and cannot be opened without a password")
    detail = " ".join(f"{type(cause).__name__}: {cause}".split())[:160]
    return IngestError("E_PDF_BROKEN", f"the PDF is damaged or not a PDF ({detail})")


def pdf_page_lines(page) -> list[str]:
    """The lines of one pdfplumber page, top to bottom, each table as " | " rows in its place."""
    tables = page.find_tables()
    boxes = [table.bbox for table in tables]
    body = page.filter(lambda obj: not inside_any(obj, boxes)) if boxes else page
    blocks = [(line["top"], line["text"]) for line in body.extract_text_lines(layout=False, strip=True)]
    for table in tables:
        blocks.append((table.bbox[1], "\n".join(table_lines(table.extract()))))
    blocks.sort(key=lambda block: block[0])
    return [line for _, text in blocks for line in text.splitlines() if line.strip()]


def inside_any(obj: dict, boxes: list[tuple[float, float, float, float]]) -> bool:
    """True when the centre of the pdfplumber object ``obj`` lies in one of ``boxes``."""
    if "x0" not in obj or "top" not in obj:
        return False
    x, y = (obj["x0"] + obj["x1"]) / 2, (obj["top"] + obj["bottom"]) / 2
    return any(x0 <= x <= x1 and top <= y <= bottom for x0, top, x1, bottom in boxes)


def table_lines(rows: list[list[str | None]]) -> list[str]:
    """Table rows as lines, cells joined by " | "; a cell's own line breaks become spaces."""
    lines = []
    for row in rows:
        cells = [" ".join((cell or "").split()) for cell in row]
        if any(cells):
            lines.append(" | ".join(cells))
    return lines


def drop_running_lines(pages: list[list[str]]) -> list[list[str]]:
    """Drop page headers/footers: a first or last line repeated on most pages, and page numbers."""
    edges = Counter(line for lines in pages for line in {*lines[:1], *lines[-1:]})
    running = {line for line, n in edges.items() if len(pages) >= 3 and n > len(pages) / 2}
    kept = []
    for number, lines in enumerate(pages, start=1):
        keep = list(lines)
        while keep and (keep[-1] in running or is_page_number(keep[-1], number)):
            keep.pop()
        while keep and (keep[0] in running or is_page_number(keep[0], number)):
            keep.pop(0)
        kept.append(keep)
    return kept


def is_page_number(line: str, number: int) -> bool:
    """True when ``line`` is only this page's number ("3", "- 3 -", "Trang 3", "3/10")."""
    match = PAGE_NUMBER.match(line.strip())
    return bool(match) and int(match.group(1)) == number


def pdf_date(value: object) -> str | None:
    """The ISO date of a PDF date string such as ``D:20240315093000+07'00'``."""
    if isinstance(value, bytes):
        value = value.decode("latin-1")
    match = PDF_DATE.match(value) if isinstance(value, str) else None
    return iso_date("-".join(match.groups())) if match else None


# --- Word -------------------------------------------------------------------------------------


def read_docx(data: bytes) -> RawText:
    """Read a Word file's body with python-docx: paragraphs and tables in document order.

    Table rows become lines with cells joined by " | ". A damaged file: E_DOCX_BROKEN.
    """
    import docx
    from docx.table import Table

    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as exc:  # zipfile, lxml or python-docx errors on bad files
        reason = type(exc).__name__
        raise IngestError("E_DOCX_BROKEN", f"the Word file is damaged or not a .docx ({reason})") from exc
    lines: list[str] = []
    for block in document.iter_inner_content():
        lines.extend(docx_table_lines(block) if isinstance(block, Table) else [block.text])
    props = document.core_properties
    text = "\n".join(lines).strip()
    return make_raw(data, text, "docx", title=clean_title(props.title), published=iso_date(props.created))


def docx_table_lines(table) -> list[str]:
    """The rows of a python-docx table as " | " lines, a merged cell counted once."""
    rows = []
    for row in table.rows:
        seen: list[object] = []
        cells = []
        for cell in row.cells:
            if any(cell._tc is tc for tc in seen):
                continue
            seen.append(cell._tc)
            cells.append(cell.text)
        rows.append(cells)
    return table_lines(rows)
