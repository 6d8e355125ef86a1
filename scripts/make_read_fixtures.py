"""Regenerate the fixture files of the ``read`` stage, reproducibly.

Writes small good files to ``tests/data/read/`` and bad inputs to ``tests/data/bad/``.
Needs Python, fpdf2, python-docx, Pillow and thidua itself (installed in the venv: the legacy
encodings are written with the tables of ``pipeline.legacy``, which the tests check against
strings typed independently); dates, ids and random bytes are fixed so a rerun gives
byte-identical files. The PDFs over the size limits (thousands of pages, a huge page, a page
of 150,000 characters) are written by hand as PDF 1.5 with compressed object streams, so they
take a few kilobytes. Run from the repository root::

    .venv/bin/python scripts/make_read_fixtures.py
"""

from __future__ import annotations

import datetime as dt
import io
import random
import unicodedata
import zipfile
import zlib
from pathlib import Path

import docx
from fpdf import FPDF
from PIL import Image, ImageDraw, ImageFont

from pipeline.legacy import TCVN3, VNI

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

# Capitals with a tone mark have no TCVN3 code (.VnTime has lowercase letters only), so the
# legacy fixtures hold a text without them.
LEGACY_TEXT = (
    "Báo cáo tổng kết công tác thi đua, khen thưởng năm 2023 của Khối thi đua các trường đại học.\n"
    "Ban chấp hành Đảng bộ tỉnh Quảng Ngãi tặng Bằng khen cho các tập thể và cá nhân đã có thành tích "
    "xuất sắc trong phong trào thi đua yêu nước.\n"
    "Trưởng khối: Sở Giáo dục và Đào tạo. Phó trưởng khối: Sở Y tế.\n"
    "Danh hiệu Cờ thi đua của Chính phủ được trao cho đơn vị dẫn đầu.\n"
)

# A UTF-8 text with leftovers of other encodings, written by hand: TCVN3 words, a VNI word, a
# stray VNI code, the look-alike Ð for Đ, and literal HTML entities.
MIXED_LEGACY_TEXT = (
    "Hội nghị thể hiện sự t«n träng ý kiến của các đơn vị trong Khối thi đua.\n"
    "Đoàn công tác của Vieät Nam đượåc Ðảng ủy khối đánh giá cao.\n"
    "Công ty Dow Jones &amp; Co tài trợ giải &quot;Doanh nghiệp tiêu biểu&quot; của Hi&#7879;p h&#7897;i.\n"
)

SCAN_LINES = (
    "BIÊN BẢN HỘI NGHỊ",
    "Cụm thi đua số 5 tổ chức hội nghị tổng kết năm 2021.",
    "Công an tỉnh Hà Tĩnh được bầu làm Cụm trưởng năm 2022.",
)

# Lines of a PDF page, each drawn where it is: a split English word, Vietnamese compounds with
# a hyphen at the line end, and a dash after a space.
HYPHEN_LINES = (
    "Khối thi đua các tỉnh Đông Nam Bộ phối hợp với tổ chức Environ-",
    "mental Protection Agency triển khai phong trào thi đua.",
    "Đại diện tỉnh Bà Rịa-",
    "Vũng Tàu làm Trưởng khối năm 2024; đoàn đại biểu Ma-",
    "lai-xi-a dự hội nghị.",
    "Hội nghị thông qua quy chế hoạt động của Khối thi đua -",
    "đây là văn bản quan trọng.",
)

# A web page saved as text: a menu, a banner, a caption saved twice, the article, a share bar and
# a list of other articles, each of which names an emulation body that is not the article's.
SAVED_PAGE = """|
  • :
Trang chủ | Tin tức | Liên hệ
Website đang trong giai đoạn thử nghiệm

Khối thi đua các sở, ngành tỉnh tổng kết năm 2023

Thứ Sáu, 12/01/2024 08:15
Đồng chí Nguyễn Văn An phát biểu tại hội nghị. Ảnh: Minh Hà
Đồng chí Nguyễn Văn An phát biểu tại hội nghị. Ảnh: Minh Hà
Sáng 11/01, Khối thi đua các sở, ngành tỉnh tổ chức hội nghị tổng kết công tác thi đua, khen thưởng năm 2023.
Tại hội nghị, các đơn vị đã bầu Sở Y tế làm Trưởng khối năm 2024.

Nguồn: Báo Quảng Ngãi Copy link
Chia sẻ
TIN LIÊN QUAN
Cụm thi đua số 9 bầu Sở Nội vụ làm Cụm trưởng năm 2024
Khối thi đua các huyện ký giao ước thi đua năm 2024
"""

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


def to_legacy(text: str, scheme: str) -> bytes:
    """Encode ``text`` in the legacy font encoding ``scheme`` (TCVN3 or VNI), as Windows saved it."""
    table = {letter: code for code, letter in (TCVN3 if scheme == "tcvn3" else VNI).items()}
    codes = "".join(table.get(ch, ch) for ch in unicodedata.normalize("NFC", text))
    return codes.encode("cp1252")


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


def scanned_pdf_with_text() -> bytes:
    """A scan of three Vietnamese lines: a black-and-white picture of the text and no text layer."""
    font = ImageFont.truetype(str(FONT), 40)
    img = Image.new("L", (1800, 260), 255)
    draw = ImageDraw.Draw(img)
    for number, line in enumerate(SCAN_LINES):
        draw.text((40, 30 + number * 70), line, font=font, fill=0)
    pdf = FixedPDF()
    pdf.add_page()
    pdf.image(img.convert("1"), x=15, y=20, w=180)
    return bytes(pdf.output())


def hyphenated_pdf() -> bytes:
    """One page whose lines end as ``HYPHEN_LINES`` says (each line drawn on its own)."""
    pdf = FixedPDF()
    pdf.add_page()
    for line in HYPHEN_LINES:
        pdf.cell(0, 8, line, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def packed_pdf(page_count: int, width: int, height: int, content: bytes) -> bytes:
    """A minimal valid PDF 1.5 of ``page_count`` pages of ``width`` × ``height`` points that all
    draw one shared ``content`` stream. Catalog, page tree, font and pages sit in one compressed
    object stream, found through a compressed cross-reference stream: thousands of pages take
    a few kilobytes."""
    first_page = 4
    page = b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %d %d] /Resources << /Font << /F1 3 0 R >> >> " \
           b"/Contents %d 0 R >>" % (width, height, first_page + page_count)
    kids = b" ".join(b"%d 0 R" % (first_page + i) for i in range(page_count))
    packed = {1: b"<< /Type /Catalog /Pages 2 0 R >>",
              2: b"<< /Type /Pages /Count %d /Kids [%s] >>" % (page_count, kids),
              3: b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"}
    packed.update({first_page + i: page for i in range(page_count)})
    out = bytearray(b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n")
    offsets = {first_page + page_count: pdf_stream(out, first_page + page_count, b"", zlib.compress(content, 9))}
    stream_number = first_page + page_count + 1
    offsets[stream_number] = pdf_object_stream(out, stream_number, packed)
    write_xref_stream(out, packed, offsets, stream_number)
    return bytes(out)


def pdf_stream(out: bytearray, number: int, keys: bytes, data: bytes) -> int:
    """Append a Flate-compressed stream object to ``out``; return where it starts."""
    start = len(out)
    out += b"%d 0 obj\n<< %s /Filter /FlateDecode /Length %d >>\nstream\n" % (number, keys, len(data))
    out += data + b"\nendstream\nendobj\n"
    return start


def pdf_object_stream(out: bytearray, number: int, packed: dict[int, bytes]) -> int:
    """Append an object stream holding the objects ``packed`` (number -> dictionary)."""
    header, body = [], b""
    for object_number, obj in packed.items():
        header.append(b"%d %d" % (object_number, len(body)))
        body += obj + b"\n"
    head = b" ".join(header) + b"\n"
    keys = b"/Type /ObjStm /N %d /First %d" % (len(packed), len(head))
    return pdf_stream(out, number, keys, zlib.compress(head + body, 9))


def write_xref_stream(out: bytearray, packed: dict[int, bytes], offsets: dict[int, int], stream_number: int) -> None:
    """Append the cross-reference stream (itself the last object) and the trailer."""
    xref_number, start = stream_number + 1, len(out)
    offsets[xref_number] = start
    index = {number: i for i, number in enumerate(packed)}
    rows = [b"\x00\x00\x00\xff\xff"]
    for number in range(1, xref_number + 1):
        entry = (2, stream_number, index[number]) if number in packed else (1, offsets[number], 0)
        rows.append(bytes([entry[0]]) + entry[1].to_bytes(2, "big") + entry[2].to_bytes(2, "big"))
    keys = b"/Type /XRef /Size %d /W [1 2 2] /Root 1 0 R" % (xref_number + 1)
    pdf_stream(out, xref_number, keys, zlib.compress(b"".join(rows), 9))
    out += b"startxref\n%d\n%%%%EOF\n" % start


def many_pages_pdf() -> bytes:
    """3,000 A4 pages, over the reader's limit of 2,000."""
    return packed_pdf(3000, 595, 842, b"BT /F1 12 Tf 72 770 Td (Khoi thi dua so 3) Tj ET")


def huge_page_pdf() -> bytes:
    """One page of 14,400 × 14,400 points (5 × 5 metres, the largest a PDF may have)."""
    return packed_pdf(1, 14400, 14400, b"BT /F1 12 Tf 72 14000 Td (Khoi thi dua so 3) Tj ET")


def dense_page_pdf() -> bytes:
    """One A4 page of 150,000 characters in 2-point type, over the limit per page."""
    line = b"(" + b"Khoi thi dua so 3 " * 10 + b") Tj T*\n"
    return packed_pdf(1, 595, 842, b"BT /F1 2 Tf 2.2 TL 10 830 Td\n" + line * 834 + b"ET")


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
        "tcvn3.txt": to_legacy(LEGACY_TEXT, "tcvn3"),
        "vni.txt": to_legacy(LEGACY_TEXT, "vni"),
        "legacy_utf8.txt": LEGACY_TEXT.encode("utf-8"),
        "mixed_legacy.txt": MIXED_LEGACY_TEXT.encode("utf-8"),
        "saved_page.txt": SAVED_PAGE.encode("utf-8"),
        "page.html": HTML_PAGE.encode("utf-8"),
        "minutes.pdf": minutes_pdf(),
        "scanned.pdf": scanned_pdf_with_text(),
        "hyphenated.pdf": hyphenated_pdf(),
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
        "many_pages.pdf": many_pages_pdf(),
        "huge_page.pdf": huge_page_pdf(),
        "dense_page.pdf": dense_page_pdf(),
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
