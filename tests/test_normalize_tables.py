"""Tables set out with spaces or tabs become " | " rows before the spaces fold
(``pipeline.tables``): made-up tables of several layouts, texts that are no tables, and a
minutes text whose aligned role table yields the chairs."""

from __future__ import annotations

import pytest

from pipeline.normalize import normalize_text
from pipeline.process import process_text
from pipeline.tables import align_tables

TABLES = [
    (  # header and numbered rows, left-aligned, cells with single spaces, an empty last cell
        "STT   Đơn vị                              Nhiệm vụ năm 2027\n"
        "1     Trường Cao đẳng Kỹ thuật Cao Thắng   Khối trưởng\n"
        "2     Trường Cao đẳng Giao thông vận tải   Khối phó\n"
        "3     Trường Cao đẳng Công nghệ Thủ Đức",
        ["STT | Đơn vị | Nhiệm vụ năm 2027",
         "1 | Trường Cao đẳng Kỹ thuật Cao Thắng | Khối trưởng",
         "2 | Trường Cao đẳng Giao thông vận tải | Khối phó",
         "3 | Trường Cao đẳng Công nghệ Thủ Đức"]),
    (  # a year column, role columns
        "Năm      Cụm trưởng                    Cụm phó\n"
        "2030     Chi cục Kiểm lâm Lâm Đồng     Chi cục Kiểm lâm Đắk Nông\n"
        "2031     Chi cục Kiểm lâm Đắk Nông     Chi cục Kiểm lâm Bình Phước",
        ["Năm | Cụm trưởng | Cụm phó",
         "2030 | Chi cục Kiểm lâm Lâm Đồng | Chi cục Kiểm lâm Đắk Nông",
         "2031 | Chi cục Kiểm lâm Đắk Nông | Chi cục Kiểm lâm Bình Phước"]),
    (  # indented, no numbers, a wrapped cell going on in lower case
        "   Đơn vị                          Hình thức đề nghị\n"
        "   Bưu điện tỉnh Yên Bái           Cờ thi đua của Tổng công ty\n"
        "   Bưu điện tỉnh Lào Cai           Bằng khen của Tổng Giám đốc\n"
        "                                   tổng công ty",
        ["Đơn vị | Hình thức đề nghị",
         "Bưu điện tỉnh Yên Bái | Cờ thi đua của Tổng công ty",
         "Bưu điện tỉnh Lào Cai | Bằng khen của Tổng Giám đốc tổng công ty"]),
    (  # numbered rows: a line without a number carries on the row above, whatever its case
        "TT   Tên đơn vị                      Ghi chú\n"
        "1    Điện lực Hương Sơn              Cụm trưởng\n"
        "2    Điện lực Kỳ Anh và Điện lực\n"
        "     Cẩm Xuyên                       Cụm phó\n"
        "3    Điện lực Đức Thọ",
        ["TT | Tên đơn vị | Ghi chú",
         "1 | Điện lực Hương Sơn | Cụm trưởng",
         "2 | Điện lực Kỳ Anh và Điện lực Cẩm Xuyên | Cụm phó",
         "3 | Điện lực Đức Thọ"]),
    (  # right-aligned numbers, an empty middle cell
        "Đơn vị                  Điểm tự chấm   Điểm Cụm chấm\n"
        "Kho bạc tỉnh Sơn La              97,5            96,0\n"
        "Kho bạc tỉnh Điện Biên                           95,5\n"
        "Kho bạc tỉnh Lai Châu            94,0            93,5",
        ["Đơn vị | Điểm tự chấm | Điểm Cụm chấm",
         "Kho bạc tỉnh Sơn La | 97,5 | 96,0",
         "Kho bạc tỉnh Điện Biên | | 95,5",
         "Kho bạc tỉnh Lai Châu | 94,0 | 93,5"]),
    (  # tab-separated, a header with the most cells
        "Chức danh\tĐơn vị\tSố phiếu\n"
        "Khối trưởng\tCảng vụ Hàng hải Hải Phòng\t11/11\n"
        "Khối phó\tCảng vụ Hàng hải Quảng Ninh\t10/11",
        ["Chức danh | Đơn vị | Số phiếu",
         "Khối trưởng | Cảng vụ Hàng hải Hải Phòng | 11/11",
         "Khối phó | Cảng vụ Hàng hải Quảng Ninh | 10/11"]),
    (  # tabs that pad columns to tab stops
        "Năm\t\tKhối trưởng\n"
        "2028\t\tSở Công Thương Gia Lai\n"
        "2029\t\tSở Công Thương Kon Tum",
        ["Năm | Khối trưởng", "2028 | Sở Công Thương Gia Lai", "2029 | Sở Công Thương Kon Tum"]),
    (  # a header set out by hand whose words do not line up with the rows' columns
        "   Năm         Khối trưởng             Khối phó\n"
        "2032      Đài Phát thanh tỉnh Sơn La      Đài Phát thanh tỉnh Hòa Bình\n"
        "2033      Đài Phát thanh tỉnh Hòa Bình    Đài Phát thanh tỉnh Điện Biên",
        ["Năm | Khối trưởng | Khối phó",
         "2032 | Đài Phát thanh tỉnh Sơn La | Đài Phát thanh tỉnh Hòa Bình",
         "2033 | Đài Phát thanh tỉnh Hòa Bình | Đài Phát thanh tỉnh Điện Biên"]),
    (  # the table ends where a line no longer lines up: the sentence after it stays as it is
        "Năm    Khối trưởng\n"
        "2026   Hội Nông dân tỉnh Tây Ninh\n"
        "Hội nghị  thống nhất như trên.",
        ["Năm | Khối trưởng", "2026 | Hội Nông dân tỉnh Tây Ninh", "Hội nghị  thống nhất như trên."]),
]


@pytest.mark.parametrize(("text", "rows"), TABLES)
def test_aligned_tables_become_rows(text: str, rows: list[str]) -> None:
    assert align_tables(text).split("\n") == rows


NOT_TABLES = [
    # justified prose: double spaces that do not line up
    "Các đơn vị trong Cụm đã  triển khai nhiều phong trào thi đua sôi nổi, thiết thực\n"
    "và hiệu quả; công tác  khen thưởng được thực hiện kịp thời, đúng người, đúng việc\n"
    "theo quy định của  Luật Thi đua, khen thưởng.",
    # a single line with a gap
    "Số: 45/BC-CTĐ          Đà Lạt, ngày 03 tháng 11 năm 2028",
    # a letterhead beside the national motto
    "SỞ NỘI VỤ TỈNH BẾN TRE          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "CỤM THI ĐUA SỐ 3                 Độc lập - Tự do - Hạnh phúc",
    # addressees beside the signature
    "Nơi nhận:                         TM. CỤM THI ĐUA\n"
    "- Như trên;                       CỤM TRƯỞNG\n"
    "- Lưu: VT.                        (đã ký)",
    # a poem with indented lines
    "Quê hương là chùm khế ngọt\n"
    "    Cho con trèo hái mỗi ngày\n"
    "Quê hương là đường đi học\n"
    "    Con về rợp bướm vàng bay",
    # two short lines of two names each, apart by two spaces (a dash lost): no sign of a layout
    "Hà Tĩnh  Nghệ An: 2-1\nQuảng Trị  Huế: 0-0",
    # an address block: one gap, on one line
    "Địa chỉ: số 12 đường Lê Lợi, phường 1\nĐiện thoại:  0263 3822 111",
    # an over-long line is running text even with a gap where the line above has one
    "Năm    Khối trưởng\n" + "2026   " + "Hội Nông dân tỉnh Tây Ninh tổ chức nhiều hoạt động " * 4,
]


@pytest.mark.parametrize("text", NOT_TABLES)
def test_no_tables_left_as_they_are(text: str) -> None:
    assert align_tables(text) == text


def test_table_rows_reach_the_stored_text() -> None:
    text = "Kết quả bầu chọn:\nNăm    Cụm trưởng\n2027   Sở Tư pháp tỉnh Hà Giang\n\nHết."
    assert normalize_text(text) == "Kết quả bầu chọn:\nNăm | Cụm trưởng\n2027 | Sở Tư pháp tỉnh Hà Giang\n\nHết."
    # text without a run of spaces or a tab is untouched, and still folded as before
    assert normalize_text("Cụm  thi đua\tsố 2") == "Cụm thi đua số 2"


def test_signature_block_keeps_the_signers() -> None:
    text = ("BIÊN BẢN HỌP CỤM THI ĐUA SỐ 7\n\nCuộc họp kết thúc lúc 11 giờ.\n\n"
            "THƯ KÝ                            CHỦ TRÌ\n"
            "Lê Thị Thu Hà                     Trần Quốc Việt")
    assert normalize_text(text).endswith("THƯ KÝ | CHỦ TRÌ\nLê Thị Thu Hà | Trần Quốc Việt")


MINUTES = """CỤM THI ĐUA CÁC CHI CỤC KIỂM LÂM TÂY NGUYÊN

BIÊN BẢN
Hội nghị tổng kết công tác thi đua năm 2029

Hôm nay, ngày 12/12/2029, tại Chi cục Kiểm lâm tỉnh Gia Lai, Cụm thi đua các Chi cục Kiểm lâm
Tây Nguyên tổ chức hội nghị tổng kết công tác thi đua, khen thưởng năm 2029.

Hội nghị thống nhất luân phiên Cụm trưởng, Cụm phó như sau:

Năm        Cụm trưởng                         Cụm phó
2029       Chi cục Kiểm lâm tỉnh Gia Lai      Chi cục Kiểm lâm tỉnh Kon Tum
2030       Chi cục Kiểm lâm tỉnh Kon Tum      Chi cục Kiểm lâm tỉnh Đắk Lắk

Biên bản kết thúc lúc 11 giờ cùng ngày.
"""


def test_minutes_with_an_aligned_role_table_yield_the_chairs() -> None:
    _, facts = process_text(MINUTES)
    chairs = {(f.role, f.holder, f.year) for f in facts if type(f).__name__ == "Chair"}
    assert {("chair", "Chi cục Kiểm lâm tỉnh Gia Lai", 2029), ("vice_chair", "Chi cục Kiểm lâm tỉnh Kon Tum", 2029),
            ("chair", "Chi cục Kiểm lâm tỉnh Kon Tum", 2030),
            ("vice_chair", "Chi cục Kiểm lâm tỉnh Đắk Lắk", 2030)} <= chairs


def test_many_lines_with_gaps_that_never_line_up_stay_as_they_are() -> None:
    # (what such text costs is measured by the benchmark's normalise stage, not timed here)
    lines = [("từ " * (5 + k % 13)).replace("từ ", "từ  ", 1 + k % 4).strip() for k in range(3000)]
    text = "\n".join(lines)
    assert align_tables(text) == text


def test_a_store_normalised_by_an_older_version_is_read_again_on_reextract(tmp_path) -> None:
    import duckdb

    from tests.conftest import run_cli

    folder, db = tmp_path / "docs", tmp_path / "s.duckdb"
    folder.mkdir()
    (folder / "bien-ban.txt").write_text(MINUTES, encoding="utf-8")
    assert run_cli("ingest", folder, "--db", db).exit_code == 0
    con = duckdb.connect(str(db))
    stored = con.execute("SELECT text, extractor_versions FROM documents").fetchone()
    assert "2029 | Chi cục Kiểm lâm tỉnh Gia Lai | Chi cục Kiểm lâm tỉnh Kon Tum" in stored[0]
    assert '"normalize": "3"' in stored[1]
    # a store written before the tables were read: the folded text, no normalisation version
    older = stored[1].replace(', "normalize": "3"', "").replace('"normalize": "3", ', "")
    con.execute("UPDATE documents SET text = replace(text, ' | ', ' '), extractor_versions = ?", [older])
    con.close()
    assert "0 changed, 1 unchanged" in run_cli("ingest", folder, "--db", db).output  # not without asking
    assert "1 changed, 0 unchanged" in run_cli("ingest", folder, "--db", db, "--reextract").output
    con = duckdb.connect(str(db), read_only=True)
    text, versions = con.execute("SELECT text, extractor_versions FROM documents").fetchone()
    con.close()
    assert "2030 | Chi cục Kiểm lâm tỉnh Kon Tum | Chi cục Kiểm lâm tỉnh Đắk Lắk" in text
    assert '"normalize": "3"' in versions
