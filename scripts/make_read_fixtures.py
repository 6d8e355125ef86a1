"""Regenerate the fixture files of the ``read`` stage, reproducibly.

Writes small good files to ``tests/data/read/`` and bad inputs to ``tests/data/bad/``.
Needs only Python, fpdf2 and python-docx; dates, ids and random bytes are fixed so a
rerun gives byte-identical files. Run from the repository root::

    python scripts/make_read_fixtures.py
"""

from __future__ import annotations

import datetime as dt
import io
import random
import unicodedata
import zipfile
from pathlib import Path

import docx
from fpdf import FPDF

ROOT = Path(__file__).resolve().parent.parent
GOOD = ROOT / "tests" / "data" / "read"
BAD = ROOT / "tests" / "data" / "bad"
FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
FONT_BOLD = FONT.with_name("DejaVuSans-Bold.ttf")
FIXED_DATE = dt.datetime(2024, 3, 15, 9, 30, tzinfo=dt.UTC)
ZIP_DATE = (2024, 3, 15, 9, 30, 0)
TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323"  # the five tones cp1258 stores as combining marks

VI_TEXT = (
    "Báo cáo tổng kết công tác thi đua, khen thưởng năm 2023 của Khối thi đua các trường đại học.\n"
    "Ủy ban nhân dân tỉnh Quảng Ngãi tặng Bằng khen cho các tập thể và cá nhân đã có thành tích "
    "xuất sắc trong phong trào thi đua yêu nước.\n"
    "Trưởng khối: Sở Giáo dục và Đào tạo. Phó trưởng khối: Sở Y tế.\n"
    "Danh hiệu Cờ thi đua của Chính phủ được trao cho đơn vị dẫn đầu.\n"
)

TABLE_ROWS = [
    ["STT", "Đơn vị", "Chức danh trong Cụm"],
    ["1", "Sở Giáo dục và Đào tạo", "Cụm trưởng"],
    ["2", "Sở Y tế", "Cụm phó"],
    ["3", "Sở Tài chính", "Thành viên"],
]

HTML_PAGE = """<!DOCTYPE html>
<html lang="vi">
<head>
<meta charset="utf-8">
<title>Khối thi đua các sở, ngành tổng kết năm 2023</title>
<meta property="og:title" content="Khối thi đua các sở, ngành tổng kết năm 2023">
<meta property="article:published_time" content="2024-01-12T08:15:00+07:00">
<meta name="description" content="Hội nghị tổng kết công tác thi đua, khen thưởng của Khối thi đua.">
</head>
<body>
<header><nav><ul>
<li><a href="/">Trang chủ</a></li><li><a href="/thoi-su">Thời sự</a></li>
<li><a href="/kinh-te">Kinh tế</a></li><li><a href="/the-thao">Thể thao</a></li>
</ul></nav></header>
<main><article>
<h1>Khối thi đua các sở, ngành tổng kết năm 2023</h1>
<p class="date">Ngày 12/01/2024</p>
<p>Sáng 12/01, Khối thi đua các sở, ngành thuộc Ủy ban nhân dân tỉnh tổ chức hội nghị tổng kết
công tác thi đua, khen thưởng năm 2023 và ký kết giao ước thi đua năm 2024.</p>
<p>Năm 2023, các đơn vị trong Khối đã triển khai sâu rộng các phong trào thi đua yêu nước,
gắn với thực hiện nhiệm vụ chính trị của từng đơn vị. Sở Giáo dục và Đào tạo được đề nghị
tặng Cờ thi đua của Ủy ban nhân dân tỉnh.</p>
<p>Tại hội nghị, các đơn vị đã bầu Sở Y tế làm Trưởng khối và Sở Tài chính làm Phó trưởng khối
năm 2024. Chủ tịch Ủy ban nhân dân tỉnh đã tặng Bằng khen cho 5 tập thể và 12 cá nhân.</p>
</article></main>
<footer><p>Bản quyền thuộc Báo Điện tử Tỉnh. Địa chỉ: 01 Đường Hùng Vương.</p>
<p>Ghi rõ nguồn khi phát hành lại thông tin từ website này.</p></footer>
</body>
</html>
"""


def to_cp1258(text: str) -> bytes:
    """Encode ``text`` the way Windows-1258 stores it: base letters precomposed, tones combining.

    cp1258 has ``ê``, ``ơ``, ``ă``... but not ``ế``: that is written ``ê`` + U+0301.
    """
    out = []
    for ch in unicodedata.normalize("NFC", text):
        try:
            ch.encode("cp1258")
            out.append(ch)
        except UnicodeEncodeError:
            parts = unicodedata.normalize("NFD", ch)
            base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in TONE_MARKS))
            out.append(base + "".join(c for c in parts if c in TONE_MARKS))
    return "".join(out).encode("cp1258")


class FixedPDF(FPDF):
    """An FPDF with a fixed creation date and file id, so output bytes are reproducible."""

    def __init__(self) -> None:
        super().__init__()
        self.set_creation_date(FIXED_DATE)
        self.add_font("DejaVu", "", str(FONT))
        self.add_font("DejaVu", "B", str(FONT_BOLD))
        self.set_font("DejaVu", size=11)

    def file_id(self) -> str:
        return "<0123456789ABCDEF0123456789ABCDEF><0123456789ABCDEF0123456789ABCDEF>"


def minutes_pdf() -> bytes:
    """Two pages of Vietnamese minutes; the second page holds a 3-column table."""
    pdf = FixedPDF()
    pdf.set_title("Biên bản họp Cụm thi đua số 3")
    pdf.add_page()
    pdf.multi_cell(0, 7, "BIÊN BẢN HỌP CỤM THI ĐUA SỐ 3\n\n" + VI_TEXT)
    pdf.add_page()
    pdf.multi_cell(0, 7, "Danh sách các đơn vị trong Cụm thi đua năm 2024:")
    pdf.ln(4)
    with pdf.table(col_widths=(15, 90, 70), text_align="LEFT") as table:
        for row in TABLE_ROWS:
            table.row(row)
    pdf.ln(4)
    pdf.multi_cell(0, 7, "Biên bản kết thúc lúc 11 giờ cùng ngày.")
    return bytes(pdf.output())


def encrypted_pdf() -> bytes:
    """A PDF that needs a user password to open."""
    pdf = FixedPDF()
    pdf.set_encryption(owner_password="chu-so-huu", user_password="mat-khau")
    pdf.add_page()
    pdf.multi_cell(0, 7, VI_TEXT)
    return bytes(pdf.output())


def scanned_pdf() -> bytes:
    """A PDF page with only a drawn picture (a stand-in for a scan): no text layer."""
    from PIL import Image, ImageDraw

    img = Image.new("L", (300, 120), 255)
    ImageDraw.Draw(img).rectangle((20, 20, 280, 100), outline=0, width=3)
    pdf = FixedPDF()
    pdf.add_page()
    pdf.image(img, x=20, y=20, w=150)
    return bytes(pdf.output())


def report_docx() -> bytes:
    """A Word report: heading, paragraphs, one table, then a closing paragraph."""
    document = docx.Document()
    props = document.core_properties
    props.title = "Báo cáo công tác thi đua, khen thưởng năm 2023"
    props.author = "Văn phòng Khối thi đua"
    props.created = props.modified = FIXED_DATE.replace(tzinfo=None)
    props.last_printed = FIXED_DATE.replace(tzinfo=None)
    document.add_heading("BÁO CÁO CÔNG TÁC THI ĐUA, KHEN THƯỞNG NĂM 2023", level=1)
    for line in VI_TEXT.splitlines():
        document.add_paragraph(line)
    table = document.add_table(rows=0, cols=3)
    for row in TABLE_ROWS:
        cells = table.add_row().cells
        for cell, value in zip(cells, row, strict=True):
            cell.text = value
    document.add_paragraph("Nơi nhận: Như trên; Lưu VT.")
    buffer = io.BytesIO()
    document.save(buffer)
    return fixed_zip(buffer.getvalue())


def fixed_zip(data: bytes) -> bytes:
    """Rewrite a zip with fixed member timestamps so the bytes do not depend on the clock."""
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for info in src.infolist():
            member = zipfile.ZipInfo(info.filename, date_time=ZIP_DATE)
            member.compress_type = zipfile.ZIP_DEFLATED
            dst.writestr(member, src.read(info.filename))
    return out.getvalue()


def good_files() -> dict[str, bytes]:
    """The files every reader must read: name -> bytes."""
    return {
        "utf8.txt": VI_TEXT.encode("utf-8"),
        "utf8_bom.txt": b"\xef\xbb\xbf" + VI_TEXT.encode("utf-8"),
        "utf16le_bom.txt": b"\xff\xfe" + VI_TEXT.encode("utf-16-le"),
        "cp1258.txt": to_cp1258(VI_TEXT),
        "page.html": HTML_PAGE.encode("utf-8"),
        "minutes.pdf": minutes_pdf(),
        "report.docx": report_docx(),
    }


def bad_files() -> dict[str, bytes]:
    """The files every reader must refuse with a clear error: name -> bytes."""
    rng = random.Random(1258)
    real_pdf = minutes_pdf()
    return {
        "empty.txt": b"",
        "blank.txt": b"  \n\t\r\n   \n",
        "garbage.txt": rng.randbytes(4096),
        "garbage.pdf": b"This is not a PDF at all, only plain words with a .pdf name.\n" * 20,
        "truncated.pdf": real_pdf[: len(real_pdf) * 4 // 10],
        "encrypted.pdf": encrypted_pdf(),
        "scanned.pdf": scanned_pdf(),
        "scripts_only.html": (
            b"<html><head><script>var a = 1;</script></head>"
            b"<body><script>document.write('Kh\\u1ed1i thi \\u0111ua');</script></body></html>\n"
        ),
        "broken.docx": rng.randbytes(2048),
        # Random bytes 0x80-0xFF: invalid UTF-8, no control characters, and no encoding
        # charset-normalizer knows decodes them to plausible text: E_ENCODING.
        "undecodable.txt": bytes(rng.randrange(0x80, 0x100) for _ in range(600)),
        "unsupported.xyz": "Khối thi đua số 3\n".encode(),
    }


def write_all(folder: Path, files: dict[str, bytes]) -> None:
    """Write each file of ``files`` into ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    for name, data in files.items():
        (folder / name).write_bytes(data)
        print(f"{folder.relative_to(ROOT) / name}: {len(data)} bytes")


def main() -> None:
    write_all(GOOD, good_files())
    write_all(BAD, bad_files())


if __name__ == "__main__":
    main()
