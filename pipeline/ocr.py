"""OCR of scanned PDF pages with Tesseract's Vietnamese model, when it is installed.

A page is rendered with pypdfium2 (a pdfplumber dependency) at ``DPI`` and piped to
``tesseract - - -l vie`` with a time limit per page; at most ``MAX_OCR_PAGES`` pages are read
(more is E_TOO_LARGE). Without ``tesseract`` on PATH, or without its ``vie`` model, a scan stays
E_PDF_NO_TEXT with a message saying it needs OCR: never an empty document.
"""

from __future__ import annotations

import io
import os
import shutil
import subprocess
import time
from functools import cache

from schemas.errors import IngestError

LANGUAGE = "vie"
DPI = 300
MAX_OCR_PAGES = 50
PAGE_SECONDS = 60.0  # at most this long for Tesseract on one page
MAX_PIXELS = 40_000_000  # a page rendered bigger than this is drawn at a lower resolution


@cache
def tesseract_languages() -> frozenset[str]:
    """The languages ``tesseract --list-langs`` reports, or an empty set without Tesseract."""
    if shutil.which("tesseract") is None:
        return frozenset()
    try:
        done = subprocess.run(["tesseract", "--list-langs"], capture_output=True, text=True, timeout=30)
    except (OSError, subprocess.SubprocessError):
        return frozenset()
    lines = (done.stdout + done.stderr).splitlines()
    return frozenset(line.strip() for line in lines if line.strip() and " " not in line.strip())


def ocr_available(language: str = LANGUAGE) -> bool:
    """True when Tesseract and its model for ``language`` are installed."""
    return language in tesseract_languages()


def ocr_pdf_pages(data: bytes, indices: list[int], deadline: float) -> dict[int, list[str]]:
    """The text lines Tesseract reads on the pages ``indices`` (0-based) of the PDF ``data``.

    Raises E_PDF_NO_TEXT when OCR is not installed or the pages cannot be rendered, and
    E_TOO_LARGE over ``MAX_OCR_PAGES`` pages or past ``deadline`` (a ``time.monotonic()`` value).
    """
    if not ocr_available():
        raise IngestError("E_PDF_NO_TEXT", "the PDF has no text layer (a scanned document?): it needs OCR, "
                          f"and Tesseract with its Vietnamese model ({LANGUAGE!r}) is not installed")
    if len(indices) > MAX_OCR_PAGES:
        raise IngestError("E_TOO_LARGE", f"{len(indices)} scanned pages is over the OCR limit of {MAX_OCR_PAGES}")
    document = open_for_rendering(data)
    try:
        return {index: ocr_image(*render_page(document[index]), deadline) for index in indices}
    finally:
        document.close()


def open_for_rendering(data: bytes):  # -> pypdfium2.PdfDocument
    """The PDF opened with pypdfium2, or E_PDF_NO_TEXT when pdfium cannot draw it."""
    import pypdfium2 as pdfium

    try:
        return pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        raise IngestError("E_PDF_NO_TEXT", f"the scanned PDF cannot be rendered for OCR ({exc})") from exc


def render_page(page) -> tuple[bytes, int]:
    """One pypdfium2 page as a greyscale PNG and its resolution: ``DPI``, or lower for a page
    that would be over ``MAX_PIXELS``."""
    width, height = page.get_size()
    dpi = int(min(DPI, 72 * (MAX_PIXELS / max(width * height, 1.0)) ** 0.5))
    image = page.render(scale=dpi / 72, grayscale=True).to_pil()
    buffer = io.BytesIO()
    image.save(buffer, format="PNG")
    return buffer.getvalue(), dpi


def ocr_image(png: bytes, dpi: int, deadline: float) -> list[str]:
    """The non-empty lines Tesseract reads in ``png``; E_TOO_LARGE when time runs out."""
    seconds = min(PAGE_SECONDS, deadline - time.monotonic())
    if seconds <= 0:
        raise IngestError("E_TOO_LARGE", "the document took too long to read (OCR stopped)")
    command = ["tesseract", "-", "-", "-l", LANGUAGE, "--dpi", str(dpi)]
    env = {**os.environ, "OMP_THREAD_LIMIT": "1"}  # one thread: ingest already runs one process a core
    try:
        done = subprocess.run(command, input=png, capture_output=True, timeout=seconds, env=env)
    except subprocess.TimeoutExpired as exc:
        raise IngestError("E_TOO_LARGE", f"OCR of one page took over {seconds:.0f} s") from exc
    if done.returncode != 0:
        detail = " ".join(done.stderr.decode("utf-8", "replace").split())[:160]
        raise IngestError("E_PDF_NO_TEXT", f"the PDF needs OCR, and Tesseract failed on it ({detail})")
    text = done.stdout.decode("utf-8", "replace")
    return [line.strip() for line in text.splitlines() if line.strip()]
