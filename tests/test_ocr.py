"""OCR of scanned PDFs with Tesseract's Vietnamese model, and what happens without it."""

from __future__ import annotations

import subprocess
import time
from pathlib import Path

import pytest

from pipeline import ocr
from pipeline.read import read_file
from schemas.errors import IngestError

DATA = Path(__file__).parent / "data"
SCANNED = DATA / "read" / "scanned.pdf"  # a picture of three lines of Vietnamese, no text layer
needs_tesseract = pytest.mark.skipif(not ocr.ocr_available(), reason="Tesseract with the 'vie' model is not installed")


@needs_tesseract
def test_ocr_reads_a_scanned_vietnamese_page() -> None:
    raw = read_file(SCANNED)
    assert (raw.format, raw.encoding, raw.pages) == ("pdf", "ocr", 1)
    for words in ("BIÊN BẢN HỘI NGHỊ", "Cụm thi đua số 5", "tổng kết năm 2021", "Cụm trưởng năm 2022"):
        assert words in raw.text


def cover_and_scan_pdf() -> bytes:
    """Two pages: a cover with a text layer, then the picture of ``SCANNED``."""
    import pypdfium2 as pdfium
    from fpdf import FPDF

    picture = pdfium.PdfDocument(SCANNED)[0].render(scale=2).to_pil()
    pdf = FPDF()
    pdf.add_font("DejaVu", "", "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
    pdf.set_font("DejaVu", size=12)
    pdf.add_page()
    pdf.cell(text="Trang bìa: Biên bản hội nghị")
    pdf.add_page()
    pdf.image(picture, x=0, y=0, w=210)
    return bytes(pdf.output())


@needs_tesseract
def test_ocr_only_the_picture_pages_of_a_pdf_with_text(tmp_path: Path) -> None:
    path = tmp_path / "mixed.pdf"
    path.write_bytes(cover_and_scan_pdf())
    raw = read_file(path)
    assert raw.encoding == "ocr" and raw.pages == 2
    assert raw.text.startswith("Trang bìa: Biên bản hội nghị")
    assert "Cụm thi đua số 5" in raw.text


def test_ocr_without_tesseract_the_scan_needs_ocr(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ocr, "tesseract_languages", lambda: frozenset())
    with pytest.raises(IngestError, match="needs OCR") as caught:
        read_file(SCANNED)
    assert caught.value.code == "E_PDF_NO_TEXT"


def test_ocr_without_the_vietnamese_model_the_scan_needs_ocr(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ocr, "tesseract_languages", lambda: frozenset({"eng", "osd"}))
    assert not ocr.ocr_available()
    with pytest.raises(IngestError, match="needs OCR"):
        read_file(SCANNED)


def test_ocr_over_the_page_limit_is_too_large(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(ocr, "tesseract_languages", lambda: frozenset({"vie"}))
    monkeypatch.setattr(ocr, "MAX_OCR_PAGES", 0)
    with pytest.raises(IngestError, match="over the OCR limit of 0") as caught:
        read_file(SCANNED)
    assert caught.value.code == "E_TOO_LARGE"


def test_ocr_past_the_deadline_is_too_large() -> None:
    with pytest.raises(IngestError) as caught:
        ocr.ocr_image(b"", 300, time.monotonic() - 1)
    assert caught.value.code == "E_TOO_LARGE"


def test_ocr_a_page_that_takes_too_long_is_too_large(monkeypatch: pytest.MonkeyPatch) -> None:
    def slow(*args, **kwargs):
        raise subprocess.TimeoutExpired(args[0], kwargs["timeout"])

    monkeypatch.setattr(ocr.subprocess, "run", slow)
    with pytest.raises(IngestError, match="took over") as caught:
        ocr.ocr_image(b"", 300, time.monotonic() + 5)
    assert caught.value.code == "E_TOO_LARGE"


@pytest.mark.parametrize(("output", "languages"), [
    ('List of available languages in "/usr/share/tesseract-ocr/5/tessdata/" (3):\neng\nosd\nvie\n',
     {"eng", "osd", "vie"}),
    ("", set()),
])
def test_ocr_tesseract_languages_from_list_langs(monkeypatch: pytest.MonkeyPatch, output, languages) -> None:
    monkeypatch.setattr(ocr.shutil, "which", lambda name: "/usr/bin/tesseract")
    monkeypatch.setattr(ocr.subprocess, "run",
                        lambda *a, **k: subprocess.CompletedProcess(a[0], 0, stdout=output, stderr=""))
    ocr.tesseract_languages.cache_clear()
    try:
        assert ocr.tesseract_languages() == languages
    finally:
        ocr.tesseract_languages.cache_clear()
