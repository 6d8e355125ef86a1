"""The ``read`` stage: one file on disk in, its decoded text (a ``RawText``) out.

Supported formats, chosen by the file's suffix (case-insensitive): ``.txt``/``.text``,
``.html``/``.htm``, ``.pdf`` and ``.docx``. The text is returned as decoded, *not* yet
Unicode-normalised: a cp1258 file, say, still holds combining tone marks (``ê`` + U+0301 for
``ế``); the ``normalise`` stage turns it into NFC.

Every failure is an ``IngestError`` with a stable code from ``schemas.errors.ERROR_CODES`` and
a one-line message; no raw exception escapes ``read_file``.
"""

from __future__ import annotations

import codecs
import datetime as dt
import hashlib
import io
import re
import stat
import unicodedata
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from schemas.document import RawText
from schemas.errors import IngestError

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
TEXT_CONTROLS = frozenset("\t\n\r\f\v")
HIGH_BYTES_AS_SPACE = bytes.maketrans(bytes(range(0x80, 0x100)), b" " * 0x80)
META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
PDF_DATE = re.compile(r"^(?:D:)?(\d{4})(\d{2})(\d{2})")
PAGE_NUMBER = re.compile(r"^(?:trang |page )?[-–— ]*(\d{1,4})(?: ?/ ?\d{1,4})?[-–— ]*$", re.IGNORECASE)


def read_file(path: Path, max_bytes: int = 50_000_000, max_pages: int = 2000) -> RawText:
    """Read ``path`` with the reader its suffix names and return its text and metadata.

    Raises ``IngestError``: E_UNSUPPORTED (unknown suffix), E_UNREADABLE, E_EMPTY,
    E_TOO_LARGE, or a format's own code (see each ``read_*`` function).
    """
    fmt = FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise IngestError("E_UNSUPPORTED", f"unsupported file type {path.suffix or '(no suffix)'!r}")
    data = load_bytes(path, max_bytes)
    if not data:
        raise IngestError("E_EMPTY", "the file is 0 bytes long")
    readers: dict[str, Callable[[bytes], RawText]] = {
        "txt": read_txt,
        "html": read_html,
        "pdf": lambda pdf_bytes: read_pdf(pdf_bytes, max_pages),
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

    Order: a byte-order mark, then strict UTF-8, then charset-normalizer's best guess
    (e.g. ``cp1258`` for Windows Vietnamese). NUL bytes without a UTF-16/32 BOM, or over 10%
    control characters, mean E_BINARY; bytes no encoding makes sense of mean E_ENCODING.
    """
    for bom, encoding in BOMS:
        if data.startswith(bom):
            return strict_decode(data, encoding), encoding
    if b"\x00" in data:
        raise IngestError("E_BINARY", "NUL bytes and no UTF-16/UTF-32 byte-order mark: binary data")
    try:
        text, encoding = data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        text, encoding = detect_decode(data)
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
    controls = sum(1 for ch in text if ch not in TEXT_CONTROLS and unicodedata.category(ch) == "Cc")
    if text and controls / len(text) > MAX_CONTROL_RATIO:
        raise IngestError("E_BINARY", f"{controls} of {len(text)} characters are control codes: binary data")


def read_txt(data: bytes) -> RawText:
    """Read a plain-text file: decode it (see ``decode_bytes``) and keep the encoding."""
    text, encoding = decode_bytes(data)
    return make_raw(data, text, "txt", encoding=encoding)


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


def read_pdf(data: bytes, max_pages: int = 2000) -> RawText:
    """Read a PDF's text layer page by page with pdfplumber; tables become " | " rows.

    Raises E_PDF_ENCRYPTED (needs a password), E_PDF_BROKEN (damaged, truncated, not a PDF),
    E_TOO_LARGE (over ``max_pages``) and E_PDF_NO_TEXT (no text layer: a scan that needs OCR).
    """
    pdf = open_pdf(data)
    with pdf:
        if len(pdf.pages) > max_pages:
            raise IngestError("E_TOO_LARGE", f"{len(pdf.pages)} pages is over the limit of {max_pages}")
        pages = [pdf_page_lines(page) for page in pdf.pages]
        info = pdf.metadata or {}
    text = "\n\n".join("\n".join(lines) for lines in drop_running_lines(pages)).strip()
    if not text:
        raise IngestError("E_PDF_NO_TEXT", "the PDF has no text layer (a scanned document?): it needs OCR")
    title = clean_title(info.get("Title")) if isinstance(info.get("Title"), str) else None
    published = pdf_date(info.get("CreationDate"))
    return make_raw(data, text, "pdf", title=title, published=published, pages=len(pages))


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
