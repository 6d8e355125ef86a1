"""Generate two Vietnamese meeting-minutes PDFs (biên bản hội nghị) for the demo corpus.

Run from the repository root:

    python scripts/make_minutes.py

Writes corpus/minutes/*.pdf. The output is deterministic: fonts, layout and the PDF
metadata (including the creation date) are fixed, so re-running gives identical files.
The facts these documents contain are listed in tests/data/gold/minutes.jsonl.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from fpdf import FPDF
from fpdf.fonts import FontFace

REPO_ROOT = Path(__file__).resolve().parent.parent
OUT_DIR = REPO_ROOT / "corpus" / "minutes"
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
FONT = "DejaVu"
CREATION_DATE = datetime(2022, 1, 10, 9, 0, 0, tzinfo=UTC)

BODY_SIZE = 10.5
LINE_HEIGHT = 5.3
PARAGRAPH_GAP = 1.6
INDENT = 10
SIGNATURE_GAP = 18
SIGNATURE_TOP = 4
MM_PER_POINT = 25.4 / 72
TABLE_PADDING = 1.2

NATIONAL_MOTTO = ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc")


@dataclass
class Block:
    """One element of a document body: paragraph, closing paragraph, heading, bullet or table."""

    kind: str
    text: str = ""
    rows: Sequence[Sequence[str]] = field(default_factory=tuple)


@dataclass
class Signer:
    """A signature block at the foot of the minutes."""

    role: str
    name: str
    rank: str = ""


@dataclass
class Minutes:
    """Everything needed to lay out one set of minutes."""

    filename: str
    meta_title: str
    meta_author: str
    issuer: Sequence[str]
    place_date: str
    title: Sequence[str]
    blocks: Sequence[Block]
    signers: tuple[Signer, Signer]


def para(text: str) -> Block:
    return Block("para", text)


def closing(text: str) -> Block:
    """The last paragraph; kept on the same page as the signatures."""
    return Block("closing", text)


def heading(text: str) -> Block:
    return Block("heading", text)


def subheading(text: str) -> Block:
    return Block("subheading", text)


def bullet(text: str) -> Block:
    return Block("bullet", text)


def table(rows: Sequence[Sequence[str]], caption: str = "") -> Block:
    """A bordered table; its caption paragraph is kept on the same page as the table."""
    return Block("table", text=caption, rows=rows)


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)


# ---------------------------------------------------------------------------
# Document 1: police emulation cluster, year-end review 2021
# ---------------------------------------------------------------------------

POLICE_MEMBERS = (
    ("STT", "Đơn vị", "Ghi chú"),
    ("1", "Công an tỉnh Thanh Hóa", ""),
    ("2", "Công an tỉnh Nghệ An", ""),
    ("3", "Công an tỉnh Hà Tĩnh", "Cụm trưởng năm 2021"),
    ("4", "Công an tỉnh Quảng Bình", "Cụm phó năm 2021"),
    ("5", "Công an tỉnh Quảng Trị", ""),
    ("6", "Công an tỉnh Thừa Thiên Huế", ""),
)

POLICE_MINUTES = Minutes(
    filename="bien-ban-cum-thi-dua-so-5-cong-an-2021.pdf",
    meta_title="Biên bản Hội nghị tổng kết công tác thi đua, khen thưởng năm 2021 - Cụm thi đua số 5",
    meta_author="Cụm thi đua số 5 - Bộ Công an",
    issuer=("BỘ CÔNG AN", "CỤM THI ĐUA SỐ 5"),
    place_date="Hà Tĩnh, ngày 15 tháng 12 năm 2021",
    title=(
        "BIÊN BẢN HỘI NGHỊ",
        "Tổng kết công tác thi đua, khen thưởng năm 2021",
        "và ký kết giao ước thi đua năm 2022",
    ),
    blocks=(
        para(
            "Hôm nay, vào hồi 8 giờ 30, ngày 15 tháng 12 năm 2021, tại Hội trường Công an tỉnh Hà Tĩnh "
            "(số 8 đường Nguyễn Chí Thanh, thành phố Hà Tĩnh), Cụm thi đua số 5 – Bộ Công an tổ chức "
            "Hội nghị tổng kết công tác thi đua, khen thưởng năm 2021 và ký kết giao ước thi đua năm 2022."
        ),
        heading("I. THÀNH PHẦN THAM DỰ"),
        subheading("1. Đại biểu Bộ Công an"),
        bullet(
            "Thiếu tướng Trịnh Minh Khôi, Phó Cục trưởng Cục Công tác đảng và công tác chính trị, Bộ Công an;"
        ),
        bullet("Đại diện Phòng Thi đua, khen thưởng, Cục Công tác đảng và công tác chính trị."),
        subheading("2. Các đơn vị trong Cụm"),
        bullet(
            "Đại tá Hoàng Đình Lập, Giám đốc Công an tỉnh Hà Tĩnh – đơn vị Cụm trưởng năm 2021, "
            "chủ trì Hội nghị;"
        ),
        bullet("Đại tá Phan Thế Vinh, Giám đốc Công an tỉnh Quảng Bình – đơn vị Cụm phó năm 2021;"),
        bullet("Đại tá Bùi Trọng Nghĩa, Giám đốc Công an tỉnh Quảng Trị;"),
        bullet("Đại tá Cao Xuân Thịnh, Phó Giám đốc Công an tỉnh Nghệ An;"),
        bullet("Thượng tá Lưu Đức Hạnh, Phó Giám đốc Công an tỉnh Thanh Hóa;"),
        bullet("Đại tá Tôn Thất Bảo, Phó Giám đốc Công an tỉnh Thừa Thiên Huế;"),
        bullet("Lãnh đạo Phòng Công tác đảng và công tác chính trị Công an các tỉnh trong Cụm."),
        subheading("3. Thư ký Hội nghị"),
        bullet(
            "Trung tá Võ Thị Minh Nguyệt, Phó Trưởng phòng Công tác đảng và công tác chính trị, "
            "Công an tỉnh Hà Tĩnh."
        ),
        heading("II. NỘI DUNG HỘI NGHỊ"),
        subheading("1. Báo cáo tổng kết công tác thi đua, khen thưởng năm 2021"),
        para(
            "Đại tá Hoàng Đình Lập, Giám đốc Công an tỉnh Hà Tĩnh, thay mặt đơn vị Cụm trưởng trình bày "
            "báo cáo tổng kết. Năm 2021, trong bối cảnh dịch Covid-19 diễn biến phức tạp, các đơn vị "
            "trong Cụm đã bám sát Chỉ thị số 34-CT/TW ngày 07/4/2019 của Bộ Chính trị “Về tiếp tục đổi "
            "mới công tác thi đua, khen thưởng”, tổ chức sâu rộng phong trào thi đua “Vì an ninh Tổ "
            "quốc” gắn với phong trào “Toàn dân bảo vệ an ninh Tổ quốc” và cuộc vận động “Công an nhân "
            "dân học tập, thực hiện Sáu điều Bác Hồ dạy”, hoàn thành toàn diện các chỉ tiêu giao ước "
            "thi đua năm 2021."
        ),
        table(POLICE_MEMBERS, caption="Cụm thi đua số 5 năm 2021 gồm 06 đơn vị thành viên, cụ thể như sau:"),
        para(
            "Trong năm, Công an tỉnh Hà Tĩnh vinh dự được Chủ tịch nước tặng thưởng Huân chương Bảo vệ "
            "Tổ quốc hạng Ba vì thành tích xuất sắc trong công tác bảo đảm an ninh, trật tự."
        ),
        subheading("2. Bình xét, suy tôn thi đua năm 2021"),
        para(
            "Trên cơ sở kết quả chấm điểm, Hội nghị đã thảo luận, bỏ phiếu và thống nhất đề nghị Bộ "
            "trưởng Bộ Công an tặng Cờ thi đua của Bộ Công an cho Công an tỉnh Thanh Hóa và Công an "
            "tỉnh Quảng Bình; đề nghị Bộ Công an trình Thủ tướng Chính phủ tặng Cờ thi đua của Chính "
            "phủ cho Công an tỉnh Nghệ An là đơn vị dẫn đầu Cụm thi đua số 5 năm 2021."
        ),
        subheading("3. Bầu Cụm trưởng, Cụm phó năm 2022"),
        para(
            "Theo nguyên tắc luân phiên, Hội nghị đã thống nhất bầu Công an tỉnh Quảng Trị làm Cụm trưởng "
            "năm 2022, Công an tỉnh Nghệ An làm Cụm phó năm 2022 (100% đại biểu dự Hội nghị nhất trí)."
        ),
        para(
            "Đại tá Hoàng Đình Lập đã trao Cờ luân lưu của Cụm thi đua số 5 cho Đại tá Bùi Trọng Nghĩa, "
            "Giám đốc Công an tỉnh Quảng Trị – đơn vị Cụm trưởng năm 2022."
        ),
        subheading("4. Ký kết giao ước thi đua năm 2022"),
        para(
            "Lãnh đạo Công an 06 tỉnh đã ký kết giao ước thi đua năm 2022 với chủ đề “Kỷ cương, trách "
            "nhiệm, chủ động, sáng tạo, vì bình yên của Nhân dân”."
        ),
        subheading("5. Phát biểu chỉ đạo"),
        para(
            "Thiếu tướng Trịnh Minh Khôi ghi nhận, biểu dương kết quả Cụm đạt được và đề nghị các đơn "
            "vị tiếp tục đổi mới nội dung, hình thức tổ chức phong trào thi đua “Vì an ninh Tổ quốc”, "
            "chú trọng phát hiện, bồi dưỡng, nhân rộng các điển hình tiên tiến."
        ),
        closing(
            "Hội nghị kết thúc vào hồi 11 giờ 30 cùng ngày. Biên bản đã được thông qua trước Hội nghị, "
            "các đại biểu nhất trí với nội dung biên bản; biên bản được lập thành 07 bản, gửi Cục Công "
            "tác đảng và công tác chính trị 01 bản và mỗi đơn vị trong Cụm 01 bản."
        ),
    ),
    signers=(
        Signer("THƯ KÝ", "Võ Thị Minh Nguyệt", rank="Trung tá"),
        Signer("CHỦ TRÌ", "Hoàng Đình Lập", rank="Đại tá"),
    ),
)


# ---------------------------------------------------------------------------
# Document 2: bloc of central state enterprises in a province, year-end review 2019
# ---------------------------------------------------------------------------

ENTERPRISE_MINUTES = Minutes(
    filename="bien-ban-khoi-thi-dua-doanh-nghiep-2019.pdf",
    meta_title="Biên bản Hội nghị tổng kết công tác thi đua, khen thưởng năm 2019 - "
    "Khối thi đua các doanh nghiệp Trung ương trên địa bàn tỉnh Quảng Ngãi",
    meta_author="Khối thi đua các doanh nghiệp Trung ương trên địa bàn tỉnh Quảng Ngãi",
    issuer=("KHỐI THI ĐUA CÁC DOANH NGHIỆP TRUNG ƯƠNG", "TRÊN ĐỊA BÀN TỈNH QUẢNG NGÃI"),
    place_date="Quảng Ngãi, ngày 20 tháng 12 năm 2019",
    title=(
        "BIÊN BẢN",
        "Hội nghị tổng kết công tác thi đua, khen thưởng năm 2019",
        "và ký kết giao ước thi đua năm 2020",
    ),
    blocks=(
        para(
            "Hôm nay, vào hồi 14 giờ 00, ngày 20 tháng 12 năm 2019, tại Hội trường Công ty Điện lực "
            "Quảng Ngãi (số 36 đường Lê Lợi, thành phố Quảng Ngãi), Khối thi đua các doanh nghiệp Trung "
            "ương trên địa bàn tỉnh Quảng Ngãi tổ chức Hội nghị tổng kết công tác thi đua, khen thưởng "
            "năm 2019 và ký kết giao ước thi đua năm 2020."
        ),
        heading("I. THÀNH PHẦN THAM DỰ"),
        para(
            "Về dự Hội nghị có bà Đặng Thị Mỹ Hạnh, Phó Trưởng ban Ban Thi đua – Khen thưởng, Sở Nội vụ "
            "tỉnh Quảng Ngãi. Khối thi đua các doanh nghiệp Trung ương trên địa bàn tỉnh gồm 07 đơn vị: "
            "Công ty Điện lực Quảng Ngãi, Công ty Xăng dầu Quảng Ngãi, Viễn thông Quảng Ngãi, Bưu điện "
            "tỉnh Quảng Ngãi, Viettel Quảng Ngãi, Chi nhánh Ngân hàng Nông nghiệp và Phát triển Nông thôn "
            "tỉnh Quảng Ngãi và Công ty Thủy điện Sông Trà; mỗi đơn vị cử lãnh đạo và cán bộ phụ trách "
            "công tác thi đua, khen thưởng tham dự, đạt 100% thành phần được triệu tập."
        ),
        para(
            "Chủ trì Hội nghị: ông Trương Công Hiển, Giám đốc Công ty Điện lực Quảng Ngãi – đơn vị Khối "
            "trưởng năm 2019. Thư ký Hội nghị: bà Lê Thị Kim Oanh, Chánh Văn phòng Công ty Điện lực "
            "Quảng Ngãi."
        ),
        heading("II. NỘI DUNG HỘI NGHỊ"),
        para(
            "1. Ông Trương Công Hiển trình bày báo cáo tổng kết công tác thi đua, khen thưởng năm 2019 "
            "của Khối. Mặc dù khối lượng công việc lớn, nhiều dự án trọng điểm phải hoàn thành trong năm, "
            "các đơn vị đã hưởng ứng sôi nổi phong trào thi đua “Xanh – Sạch – Đẹp, bảo đảm an toàn – vệ "
            "sinh lao động” và phong trào “Văn hóa doanh nghiệp, doanh nhân văn hóa”. Công ty Điện lực "
            "Quảng Ngãi đã hoàn thành đóng điện đường dây 110 kV cấp điện cho Cụm công nghiệp Tịnh Ấn "
            "Tây trước thời hạn; Viettel Quảng Ngãi phủ sóng 4G đến 100% xã trên địa bàn tỉnh."
        ),
        para(
            "Ghi nhận những thành tích đó, trong năm 2019 Công ty Điện lực Quảng Ngãi được tặng Bằng khen "
            "của Thủ tướng Chính phủ; Viễn thông Quảng Ngãi được tặng Cờ thi đua của Ủy ban nhân dân tỉnh "
            "Quảng Ngãi; ông Huỳnh Tấn Lộc, Giám đốc Công ty Xăng dầu Quảng Ngãi, được tặng Bằng khen của "
            "Chủ tịch Ủy ban nhân dân tỉnh."
        ),
        para(
            "2. Hội nghị đã bình xét, thống nhất đề nghị Chủ tịch Ủy ban nhân dân tỉnh tặng Cờ thi đua "
            "của Ủy ban nhân dân tỉnh năm 2019 cho Viettel Quảng Ngãi, đơn vị dẫn đầu Khối, và tặng "
            "Bằng khen cho Bưu điện tỉnh Quảng Ngãi."
        ),
        para(
            "3. Về tổ chức Khối năm 2020: Công ty Điện lực Quảng Ngãi, Khối trưởng năm 2019, đã bàn giao "
            "cờ luân lưu cho Công ty Xăng dầu Quảng Ngãi, Khối trưởng năm 2020. Hội nghị đã bầu Viễn "
            "thông Quảng Ngãi làm Khối phó năm 2020 thay cho Bưu điện tỉnh Quảng Ngãi (Khối phó năm "
            "2019). Ông Huỳnh Tấn Lộc, Giám đốc Công ty Xăng dầu Quảng Ngãi, phát biểu nhận nhiệm vụ."
        ),
        para(
            "4. Các đơn vị đã ký kết giao ước thi đua năm 2020. Hội nghị thống nhất chủ đề thi đua năm "
            "2020 là “Đoàn kết, đổi mới, năng suất, chất lượng, hiệu quả, thi đua lập thành tích chào "
            "mừng Đại hội Đảng bộ tỉnh lần thứ XX”."
        ),
        para(
            "5. Phát biểu tại Hội nghị, bà Đặng Thị Mỹ Hạnh đánh giá cao kết quả hoạt động của Khối và "
            "đề nghị các doanh nghiệp tiếp tục đổi mới, nâng cao chất lượng phong trào thi đua, gắn với "
            "nhiệm vụ sản xuất, kinh doanh năm 2020."
        ),
        closing(
            "Hội nghị kết thúc vào hồi 16 giờ 30 cùng ngày. Biên bản đã được đọc lại trước Hội nghị và "
            "được các đại biểu dự họp nhất trí thông qua."
        ),
    ),
    signers=(
        Signer("THƯ KÝ", "Lê Thị Kim Oanh"),
        Signer("CHỦ TRÌ", "Trương Công Hiển"),
    ),
)


# ---------------------------------------------------------------------------
# Layout
# ---------------------------------------------------------------------------


def new_pdf(minutes: Minutes) -> FPDF:
    pdf = FPDF(format="A4", unit="mm")
    pdf.set_margins(left=25, top=18, right=18)
    pdf.set_auto_page_break(auto=True, margin=18)
    pdf.add_font(FONT, "", str(FONT_DIR / "DejaVuSans.ttf"))
    pdf.add_font(FONT, "B", str(FONT_DIR / "DejaVuSans-Bold.ttf"))
    pdf.add_font(FONT, "I", str(FONT_DIR / "DejaVuSans-Oblique.ttf"))
    pdf.set_title(nfc(minutes.meta_title))
    pdf.set_author(nfc(minutes.meta_author))
    pdf.set_creator("thidua scripts/make_minutes.py")
    pdf.set_producer("fpdf2")
    pdf.set_lang("vi")
    pdf.set_creation_date(CREATION_DATE)
    pdf.add_page()
    return pdf


def centered(pdf: FPDF, text: str, style: str = "", size: float = BODY_SIZE, gap: float = 0) -> None:
    pdf.set_font(FONT, style, size)
    pdf.multi_cell(0, LINE_HEIGHT, nfc(text), align="C", new_x="LMARGIN", new_y="NEXT")
    if gap:
        pdf.ln(gap)


def draw_header(pdf: FPDF, minutes: Minutes) -> None:
    centered(pdf, NATIONAL_MOTTO[0], "B", 11.5)
    centered(pdf, NATIONAL_MOTTO[1], "B", 11)
    rule_width = 60
    x = (pdf.w - pdf.r_margin + pdf.l_margin - rule_width) / 2
    pdf.line(x, pdf.get_y() + 0.5, x + rule_width, pdf.get_y() + 0.5)
    pdf.ln(5)
    for line in minutes.issuer:
        centered(pdf, line, "B", 10.5)
    pdf.ln(1)
    pdf.set_font(FONT, "I", 10.5)
    pdf.cell(0, LINE_HEIGHT, nfc(minutes.place_date), align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    centered(pdf, minutes.title[0], "B", 14, gap=1)
    for line in minutes.title[1:]:
        centered(pdf, line, "B", 11.5)
    pdf.ln(4)


def draw_paragraph(pdf: FPDF, text: str) -> None:
    pdf.set_font(FONT, "", BODY_SIZE)
    line_height = LINE_HEIGHT / (BODY_SIZE * MM_PER_POINT)
    with pdf.text_columns(text_align="J", line_height=line_height) as columns:
        with columns.paragraph(first_line_indent=INDENT, bottom_margin=PARAGRAPH_GAP) as paragraph:
            paragraph.write(nfc(text))


def draw_heading(pdf: FPDF, text: str, size: float = BODY_SIZE) -> None:
    pdf.ln(1.5)
    pdf.set_font(FONT, "B", size)
    pdf.multi_cell(0, LINE_HEIGHT, nfc(text), new_x="LMARGIN", new_y="NEXT")
    pdf.ln(0.8)


def draw_bullet(pdf: FPDF, text: str) -> None:
    pdf.set_font(FONT, "", BODY_SIZE)
    pdf.set_x(pdf.l_margin + INDENT)
    pdf.cell(5, LINE_HEIGHT, "-")
    pdf.multi_cell(0, LINE_HEIGHT, nfc(text), align="J", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(0.6)


def draw_table(pdf: FPDF, rows: Sequence[Sequence[str]], caption: str) -> None:
    row_height = LINE_HEIGHT + 2 * TABLE_PADDING
    needed = row_height * len(rows) + (3 * LINE_HEIGHT if caption else 0)
    if pdf.get_y() + needed > pdf.page_break_trigger:
        pdf.add_page()
    if caption:
        draw_paragraph(pdf, caption)
    pdf.ln(1)
    pdf.set_font(FONT, "", BODY_SIZE)
    header_style = FontFace(family=FONT, emphasis="BOLD", fill_color=(230, 230, 230))
    with pdf.table(
        col_widths=(14, 96, 55),
        width=pdf.epw,
        text_align=("CENTER", "LEFT", "LEFT"),
        borders_layout="ALL",
        headings_style=header_style,
        line_height=LINE_HEIGHT,
        padding=TABLE_PADDING,
    ) as grid:
        for values in rows:
            row = grid.row()
            for value in values:
                row.cell(nfc(value))
    pdf.ln(3)


def signature_lines(signers: tuple[Signer, Signer]) -> list[tuple[str, str]]:
    lines = [(signers[0].role, signers[1].role)]
    if signers[0].rank or signers[1].rank:
        lines.append((signers[0].rank, signers[1].rank))
    lines.append((signers[0].name, signers[1].name))
    return lines


def signatures_height(signers: tuple[Signer, Signer]) -> float:
    return SIGNATURE_TOP + SIGNATURE_GAP + LINE_HEIGHT * len(signature_lines(signers))


def draw_closing(pdf: FPDF, text: str, signers: tuple[Signer, Signer]) -> None:
    """Draw the closing paragraph, starting a new page if it and the signatures do not fit."""
    pdf.set_font(FONT, "", BODY_SIZE)
    lines = pdf.multi_cell(pdf.epw - INDENT, LINE_HEIGHT, nfc(text), dry_run=True, output="LINES")
    needed = LINE_HEIGHT * len(lines) + PARAGRAPH_GAP + signatures_height(signers)
    if pdf.get_y() + needed > pdf.page_break_trigger:
        pdf.add_page()
    draw_paragraph(pdf, text)


def draw_signatures(pdf: FPDF, signers: tuple[Signer, Signer]) -> None:
    """Two signature blocks side by side: role, room for the signature, rank, name."""
    if pdf.get_y() + signatures_height(signers) > pdf.page_break_trigger:
        pdf.add_page()
    pdf.ln(SIGNATURE_TOP)
    half = pdf.epw / 2
    pdf.set_font(FONT, "B", BODY_SIZE)
    for index, (left, right) in enumerate(signature_lines(signers)):
        if index == 1:
            pdf.ln(SIGNATURE_GAP)
        pdf.cell(half, LINE_HEIGHT, nfc(left), align="C")
        pdf.cell(half, LINE_HEIGHT, nfc(right), align="C", new_x="LMARGIN", new_y="NEXT")


def render(minutes: Minutes, out_dir: Path) -> Path:
    pdf = new_pdf(minutes)
    draw_header(pdf, minutes)
    for block in minutes.blocks:
        if block.kind == "para":
            draw_paragraph(pdf, block.text)
        elif block.kind == "closing":
            draw_closing(pdf, block.text, minutes.signers)
        elif block.kind == "heading":
            draw_heading(pdf, block.text)
        elif block.kind == "subheading":
            draw_heading(pdf, block.text, size=BODY_SIZE - 0.5)
        elif block.kind == "bullet":
            draw_bullet(pdf, block.text)
        elif block.kind == "table":
            draw_table(pdf, block.rows, block.text)
        else:
            raise ValueError(f"unknown block kind: {block.kind}")
    draw_signatures(pdf, minutes.signers)
    out_dir.mkdir(parents=True, exist_ok=True)
    path = out_dir / minutes.filename
    pdf.output(str(path))
    return path


def main() -> None:
    for minutes in (POLICE_MINUTES, ENTERPRISE_MINUTES):
        path = render(minutes, OUT_DIR)
        print(path.relative_to(REPO_ROOT))


if __name__ == "__main__":
    main()
