"""Tests of the ``read`` stage on the fixture files of ``tests/data/read`` and ``tests/data/bad``.

The fixtures are made by ``scripts/make_read_fixtures.py``. Cases git cannot keep (file
permissions, symlink loops) are made in ``tmp_path``.
"""

from __future__ import annotations

import hashlib
import io
import os
import time
import unicodedata
import zipfile
from pathlib import Path

import pytest

from pipeline import read
from pipeline.read import decode_bytes, dehyphenate, drop_running_lines, read_file
from schemas.errors import IngestError

DATA = Path(__file__).parent / "data"
GOOD = DATA / "read"
BAD = DATA / "bad"

TXT_WORDS = ("Khối thi đua", "Quảng Ngãi", "Trưởng khối: Sở Giáo dục và Đào tạo", "Cờ thi đua của Chính phủ")
TABLE_LINES = (
    "STT | Đơn vị | Chức danh trong Cụm",
    "1 | Sở Giáo dục và Đào tạo | Cụm trưởng",
    "3 | Sở Tài chính | Thành viên",
)


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


@pytest.mark.parametrize(
    ("name", "encoding"),
    [
        ("utf8.txt", "utf-8"),
        ("utf8_bom.txt", "utf-8-sig"),
        ("utf16le_bom.txt", "utf-16"),
        ("cp1258.txt", "cp1258"),
    ],
)
def test_read_txt_decodes_vietnamese(name: str, encoding: str) -> None:
    raw = read_file(GOOD / name)
    assert (raw.format, raw.encoding, raw.pages) == ("txt", encoding, None)
    assert not raw.text.startswith("\ufeff")
    for words in TXT_WORDS:
        assert words in nfc(raw.text)
    assert nfc(raw.text) == (GOOD / "utf8.txt").read_text(encoding="utf-8")


def test_read_cp1258_keeps_combining_tone_marks_for_the_normaliser() -> None:
    raw = read_file(GOOD / "cp1258.txt")
    assert raw.text != nfc(raw.text)  # not normalised here: a later stage does it
    assert "Kh\u00f4\u0301i" in raw.text  # ô + combining acute, as cp1258 stores "ố"


@pytest.mark.parametrize(("name", "encoding"), [("tcvn3.txt", "tcvn3"), ("vni.txt", "vni")])
def test_read_txt_in_a_legacy_font_encoding(name: str, encoding: str) -> None:
    raw = read_file(GOOD / name)
    assert raw.encoding == encoding
    assert raw.text == (GOOD / "legacy_utf8.txt").read_text(encoding="utf-8")
    assert "Ban chấp hành Đảng bộ tỉnh Quảng Ngãi" in raw.text


def test_read_txt_decodes_html_entities() -> None:
    raw = read_file(GOOD / "mixed_legacy.txt")
    assert 'Dow Jones & Co tài trợ giải "Doanh nghiệp tiêu biểu" của Hiệp hội.' in raw.text
    assert "t«n träng" in raw.text  # leftovers of legacy fonts are repaired when normalising


@pytest.mark.parametrize("name", ["utf8.txt", "tcvn3.txt", "mixed_legacy.txt", "page.html", "minutes.pdf",
                                  "report.docx"])
def test_read_reports_hash_and_size_of_the_file_bytes(name: str) -> None:
    data = (GOOD / name).read_bytes()
    raw = read_file(GOOD / name)
    assert raw.sha256 == hashlib.sha256(data).hexdigest()
    assert raw.size == len(data)


def test_read_html_keeps_the_article_and_drops_the_boilerplate() -> None:
    raw = read_file(GOOD / "page.html")
    assert (raw.format, raw.encoding) == ("html", "utf-8")
    assert raw.title == "Khối thi đua các sở, ngành tổng kết năm 2023"
    assert raw.published == "2024-01-12"
    assert raw.text.splitlines()[0] == raw.title
    assert "bầu Sở Y tế làm Trưởng khối" in raw.text
    for boilerplate in ("Trang chủ", "Thể thao", "Bản quyền", "Ghi rõ nguồn"):
        assert boilerplate not in raw.text


def test_read_pdf_gives_pages_metadata_and_table_rows() -> None:
    raw = read_file(GOOD / "minutes.pdf")
    assert (raw.format, raw.pages) == ("pdf", 2)
    assert raw.title == "Biên bản họp Cụm thi đua số 3"
    assert raw.published == "2024-03-15"
    lines = raw.text.splitlines()
    assert lines[0] == "BIÊN BẢN HỌP CỤM THI ĐUA SỐ 3"
    for line in TABLE_LINES:
        assert line in lines
    assert "Sở Y tế Cụm phó" not in raw.text  # the table's text is not repeated as running text
    assert lines.index("Danh sách các đơn vị trong Cụm thi đua năm 2024:") < lines.index(TABLE_LINES[0])
    assert lines.index(TABLE_LINES[-1]) < lines.index("Biên bản kết thúc lúc 11 giờ cùng ngày.")
    assert "\n\nDanh sách các đơn vị" in raw.text  # pages are joined by a blank line


def test_read_docx_keeps_paragraphs_and_tables_in_order() -> None:
    raw = read_file(GOOD / "report.docx")
    assert raw.format == "docx"
    assert raw.title == "Báo cáo công tác thi đua, khen thưởng năm 2023"
    assert raw.published == "2024-03-15"
    lines = raw.text.splitlines()
    assert lines[0] == "BÁO CÁO CÔNG TÁC THI ĐUA, KHEN THƯỞNG NĂM 2023"
    assert [line for line in lines if " | " in line] == [
        TABLE_LINES[0],
        TABLE_LINES[1],
        "2 | Sở Y tế | Cụm phó",
        TABLE_LINES[2],
    ]
    assert lines[-1] == "Nơi nhận: Như trên; Lưu VT."
    assert lines.index("Danh hiệu Cờ thi đua của Chính phủ được trao cho đơn vị dẫn đầu.") < lines.index(
        TABLE_LINES[0]
    )


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("empty.txt", "E_EMPTY"),
        ("blank.txt", "E_EMPTY"),
        ("garbage.txt", "E_BINARY"),
        ("undecodable.txt", "E_ENCODING"),
        ("garbage.pdf", "E_PDF_BROKEN"),
        ("truncated.pdf", "E_PDF_BROKEN"),
        ("encrypted.pdf", "E_PDF_ENCRYPTED"),
        ("scanned.pdf", "E_PDF_NO_TEXT"),
        ("scripts_only.html", "E_HTML_NO_TEXT"),
        ("broken.docx", "E_DOCX_BROKEN"),
        ("unsupported.xyz", "E_UNSUPPORTED"),
        ("many_pages.pdf", "E_TOO_LARGE"),
        ("huge_page.pdf", "E_TOO_LARGE"),
        ("dense_page.pdf", "E_TOO_LARGE"),
    ],
)
def test_read_bad_fixture_raises_its_code(name: str, code: str) -> None:
    started = time.monotonic()
    with pytest.raises(IngestError) as caught:
        read_file(BAD / name)
    assert caught.value.code == code
    assert caught.value.message and "\n" not in caught.value.message
    assert time.monotonic() - started < 10  # refused before any slow parsing


def test_read_scanned_pdf_message_says_ocr() -> None:
    """A picture without text: "needs OCR" without Tesseract, "OCR found no text" with it."""
    with pytest.raises(IngestError, match="OCR"):
        read_file(BAD / "scanned.pdf")


@pytest.mark.parametrize(("name", "message"), [
    ("many_pages.pdf", "3000 pages is over the limit of 2000"),
    ("huge_page.pdf", "page 1 is 508 × 508 cm"),
    ("dense_page.pdf", r"page 1 holds 1\d{5} characters, over the limit of 100000"),
])
def test_read_too_large_pdf_says_why(name: str, message: str) -> None:
    with pytest.raises(IngestError, match=message):
        read_file(BAD / name)


def test_read_every_bad_fixture_is_covered() -> None:
    names = {path.name for path in BAD.iterdir()}
    assert names == {
        "empty.txt", "blank.txt", "garbage.txt", "undecodable.txt", "garbage.pdf", "truncated.pdf",
        "encrypted.pdf", "scanned.pdf", "scripts_only.html", "broken.docx", "unsupported.xyz",
        "many_pages.pdf", "huge_page.pdf", "dense_page.pdf",
    }  # fmt: skip


@pytest.mark.parametrize(
    ("data", "text", "encoding"),
    [
        (b"\xef\xbb\xbfKh\xe1\xbb\x91i", "Khối", "utf-8-sig"),
        (b"\xfe\xff" + "Khối".encode("utf-16-be"), "Khối", "utf-16"),
        (b"\xff\xfe" + "Khối".encode("utf-16-le"), "Khối", "utf-16"),
        (b"\xff\xfe\x00\x00" + "Khối".encode("utf-32-le"), "Khối", "utf-32"),
        (b"\x00\x00\xfe\xff" + "Khối".encode("utf-32-be"), "Khối", "utf-32"),
        ("Khối thi đua".encode(), "Khối thi đua", "utf-8"),
    ],
)
def test_read_decode_bytes_by_bom_then_utf8(data: bytes, text: str, encoding: str) -> None:
    assert decode_bytes(data) == (text, encoding)


@pytest.mark.parametrize(
    ("data", "code"),
    [
        (b"\xef\xbb\xbfKh\xff\xfei", "E_ENCODING"),  # a UTF-8 BOM, then bytes that are not UTF-8
        (b"\xff\xfeK\x00h", "E_ENCODING"),  # a UTF-16 BOM and an odd number of bytes
        (b"Kh\x00i thi \x00ua", "E_BINARY"),  # NUL bytes without a UTF-16 BOM
        (b"\x01\x02\x03\x04 thi dua \x05\x06\x07\x08", "E_BINARY"),  # valid UTF-8, mostly control codes
    ],
)
def test_read_decode_bytes_refuses(data: bytes, code: str) -> None:
    with pytest.raises(IngestError) as caught:
        decode_bytes(data)
    assert caught.value.code == code


def test_read_suffix_is_case_insensitive(tmp_path: Path) -> None:
    path = tmp_path / "BAO-CAO.TXT"
    path.write_bytes((GOOD / "utf8.txt").read_bytes())
    assert read_file(path).format == "txt"
    text_path = tmp_path / "bao-cao.text"
    text_path.write_bytes((GOOD / "utf8.txt").read_bytes())
    assert read_file(text_path).format == "txt"


def test_read_htm_with_meta_charset_cp1258(tmp_path: Path) -> None:
    head = b'<html><head><meta charset="windows-1258"><title>Tin tuc</title></head><body><p>'
    path = tmp_path / "tin.HTM"
    path.write_bytes(head + (GOOD / "cp1258.txt").read_bytes() + b"</p></body></html>")
    raw = read_file(path)
    assert (raw.format, raw.encoding) == ("html", "cp1258")
    assert "Trưởng khối: Sở Giáo dục và Đào tạo" in nfc(raw.text)
    assert raw.text.splitlines()[0] == "Tin tuc"  # the title is put first when the text lacks it


def test_read_html_blank_page_is_empty(tmp_path: Path) -> None:
    path = tmp_path / "blank.html"
    path.write_bytes(b" \n \n")
    with pytest.raises(IngestError) as caught:
        read_file(path)
    assert caught.value.code == "E_EMPTY"


@pytest.mark.parametrize(
    ("name", "limits"),
    [("utf8.txt", {"max_bytes": 100}), ("minutes.pdf", {"max_pages": 1}), ("minutes.pdf", {"max_seconds": 0})],
)
def test_read_over_the_limit_is_too_large(name: str, limits: dict[str, int]) -> None:
    with pytest.raises(IngestError) as caught:
        read_file(GOOD / name, **limits)
    assert caught.value.code == "E_TOO_LARGE"


def make_missing(tmp_path: Path) -> Path:
    return tmp_path / "missing.txt"


def make_directory(tmp_path: Path) -> Path:
    path = tmp_path / "folder.txt"
    path.mkdir()
    return path


def make_symlink_loop(tmp_path: Path) -> Path:
    (tmp_path / "a.txt").symlink_to(tmp_path / "b.txt")
    (tmp_path / "b.txt").symlink_to(tmp_path / "a.txt")
    return tmp_path / "a.txt"


def make_no_permission(tmp_path: Path) -> Path:
    if os.geteuid() == 0:
        pytest.skip("running as root: chmod 000 does not stop root from reading")
    path = tmp_path / "secret.txt"
    path.write_text("Khối thi đua", encoding="utf-8")
    path.chmod(0)
    return path


@pytest.mark.parametrize("make", [make_missing, make_directory, make_symlink_loop, make_no_permission])
def test_read_unreadable_path(tmp_path: Path, make) -> None:
    with pytest.raises(IngestError) as caught:
        read_file(make(tmp_path))
    assert caught.value.code == "E_UNREADABLE"


def test_read_path_through_a_file_is_unreadable() -> None:
    """Also stands in for chmod 000 when running as root: the OS refuses the path."""
    path = GOOD / "utf8.txt" / "inside.txt"
    with pytest.raises(IngestError) as caught:
        read_file(path)
    assert caught.value.code == "E_UNREADABLE"


def docx_bytes(build) -> bytes:
    import docx

    document = docx.Document()
    build(document)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_read_docx_without_text_is_empty(tmp_path: Path) -> None:
    path = tmp_path / "blank.docx"
    path.write_bytes(docx_bytes(lambda document: document.add_paragraph("   ")))
    with pytest.raises(IngestError) as caught:
        read_file(path)
    assert caught.value.code == "E_EMPTY"


def test_read_docx_merged_cell_is_written_once(tmp_path: Path) -> None:
    def build(document) -> None:
        table = document.add_table(rows=2, cols=3)
        table.cell(0, 0).merge(table.cell(0, 2)).text = "Cụm thi đua số 3"
        for cell, value in zip(table.rows[1].cells, ["1", "Sở Y tế", "Cụm phó"], strict=True):
            cell.text = value

    path = tmp_path / "merged.docx"
    path.write_bytes(docx_bytes(build))
    assert read_file(path).text.splitlines() == ["Cụm thi đua số 3", "1 | Sở Y tế | Cụm phó"]


def test_read_zip_that_is_not_a_docx_is_broken(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("readme.txt", "Khối thi đua")
    path = tmp_path / "not-word.docx"
    path.write_bytes(buffer.getvalue())
    with pytest.raises(IngestError) as caught:
        read_file(path)
    assert caught.value.code == "E_DOCX_BROKEN"


def test_read_unexpected_reader_failure_becomes_the_broken_code(monkeypatch: pytest.MonkeyPatch) -> None:
    def explode(page):
        raise RuntimeError("pdfminer\nfell over")

    monkeypatch.setattr(read, "pdf_page_lines", explode)
    with pytest.raises(IngestError) as caught:
        read_file(GOOD / "minutes.pdf")
    assert caught.value.code == "E_PDF_BROKEN"
    assert "RuntimeError: pdfminer fell over" in caught.value.message


def test_read_pdf_with_only_an_owner_password_is_read(tmp_path: Path) -> None:
    fpdf = pytest.importorskip("fpdf")
    pdf = fpdf.FPDF()
    pdf.set_encryption(owner_password="chu-so-huu")  # no user password: anyone may open it
    pdf.add_page()
    pdf.set_font("helvetica", size=12)
    pdf.cell(text="Khoi thi dua so 3")
    path = tmp_path / "owner-only.pdf"
    path.write_bytes(bytes(pdf.output()))
    assert read_file(path).text == "Khoi thi dua so 3"


@pytest.mark.parametrize(
    ("pages", "expected"),
    [
        (  # a running header and page numbers go
            [
                ["UBND TỈNH", "Mở đầu", "1"],
                ["UBND TỈNH", "Thân bài", "- 2 -"],
                ["UBND TỈNH", "Kết luận", "Trang 3"],
            ],
            [["Mở đầu"], ["Thân bài"], ["Kết luận"]],
        ),
        (  # two pages are too few to call a line a running header; a number not the page's stays
            [["UBND TỈNH", "Mở đầu", "5"], ["UBND TỈNH", "Thân bài"]],
            [["UBND TỈNH", "Mở đầu", "5"], ["UBND TỈNH", "Thân bài"]],
        ),
    ],
)
def test_read_pdf_drops_running_headers_and_page_numbers(
    pages: list[list[str]], expected: list[list[str]]
) -> None:
    assert drop_running_lines(pages) == expected


@pytest.mark.parametrize(
    ("lines", "joined"),
    [
        (["tổ chức Environ-", "mental Protection Agency"], ["tổ chức Environmental Protection Agency"]),
        (["infor\u00admation"], ["infor\u00admation"]),  # a soft hyphen inside a line is left to normalise
        (["Khối thi đua infor\u00ad", "mation"], ["Khối thi đua information"]),
        (["tỉnh Bà Rịa-", "Vũng Tàu"], ["tỉnh Bà Rịa-Vũng Tàu"]),  # a hyphen of the text stays
        (["đoàn đại biểu Ma-", "lai-xi-a"], ["đoàn đại biểu Ma-lai-xi-a"]),  # two Vietnamese syllables
        (["Liên Xô-", "viết"], ["Liên Xô-viết"]),
        (["Khối thi đua -", "đây là"], ["Khối thi đua -", "đây là"]),  # a dash after a space
        (["năm 2020-", "2021"], ["năm 2020-2021"]),
        (["1 | Sở Y tế | Cụm-", "phó"], ["1 | Sở Y tế | Cụm-", "phó"]),  # table rows are not joined
        (["Độc lập - Tự do - Hạnh phúc", "---------------", "Số: 12/BB"],
         ["Độc lập - Tự do - Hạnh phúc", "---------------", "Số: 12/BB"]),
    ],
)
def test_dehyphenate(lines: list[str], joined: list[str]) -> None:
    assert dehyphenate(lines) == joined


def test_read_pdf_joins_hyphenated_lines() -> None:
    lines = read_file(GOOD / "hyphenated.pdf").text.splitlines()
    assert lines[0] == "Khối thi đua các tỉnh Đông Nam Bộ phối hợp với tổ chức Environmental Protection Agency " \
                       "triển khai phong trào thi đua."
    assert lines[1] == "Đại diện tỉnh Bà Rịa-Vũng Tàu làm Trưởng khối năm 2024; đoàn đại biểu Ma-lai-xi-a dự hội nghị."
    assert lines[2:] == ["Hội nghị thông qua quy chế hoạt động của Khối thi đua -", "đây là văn bản quan trọng."]


@pytest.mark.parametrize(("limit", "message"), [
    ("MAX_PAGE_CHARS", "page 1 holds 390 characters, over the limit of 100"),
    ("MAX_PAGE_OBJECTS", "page 2 holds 26 objects, over the limit of 10"),
])
def test_read_pdf_page_limits_are_checked_before_parsing(monkeypatch: pytest.MonkeyPatch, limit, message) -> None:
    monkeypatch.setattr(read, limit, 100 if limit == "MAX_PAGE_CHARS" else 10)
    monkeypatch.setattr(read, "pdf_page_lines", lambda page: pytest.fail("parsed a page over the limit"))
    with pytest.raises(IngestError, match=message):
        read_file(GOOD / "minutes.pdf")
