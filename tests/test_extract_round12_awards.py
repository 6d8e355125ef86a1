"""Awards, campaigns and persons, twelfth round (heldout14, heldout17, heldout18 and heldout19): a place
abbreviated with a full stop inside a recipient ("TP. X"); a department written with its company or hospital in
an appended list; a sub-heading "DANH HIỆU “…”" over list rows; a season or a period after an award's grantor;
a counted group before a colon whose recipients follow on lines with no mark; a table whose recipients' column
names the award in its header. Invented sentences with other units, places and years than the documents;
negatives that must yield nothing."""

from __future__ import annotations

import pytest

from schemas.facts import Award, Person
from tests.conftest import found

LEAD = "Tổng kết phong trào thi đua năm 2023. "  # a document about emulation work


# --- a place abbreviated with a full stop inside the recipient's name ------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hội nghị đề nghị tặng Bằng khen của Bộ trưởng Bộ Tài chính cho Cục Thuế tỉnh Nam Định và Cục Thuế "
         "TP. Hải Phòng.", {"Cục Thuế tỉnh Nam Định", "Cục Thuế TP. Hải Phòng"}),
        ("Ban Chấp hành Trung ương Đoàn tặng Bằng khen cho Thành Đoàn TP. Đà Nẵng, Tỉnh Đoàn Quảng Nam.",
         {"Thành Đoàn TP. Đà Nẵng", "Tỉnh Đoàn Quảng Nam"}),
    ],
)
def test_dotted_place_in_recipient(text, expected):
    assert found(LEAD + text, Award, "recipient") == expected


def test_full_stop_still_ends_a_sentence():
    text = "Bộ trưởng tặng Bằng khen cho Sở Xây dựng tỉnh Hòa Bình. Tp. Hồ Chí Minh tổ chức hội nghị."
    assert found(LEAD + text, Award, "recipient") == {"Sở Xây dựng tỉnh Hòa Bình"}


# --- appended lists: a department with its company, a works on its own ------------------------------------

APPENDED = """QUYẾT ĐỊNH:
Điều 1. Tặng Bằng khen của Giám đốc Sở Giao thông vận tải cho 04 tập thể (có danh sách kèm theo).

DANH SÁCH
TẬP THỂ ĐƯỢC TẶNG BẰNG KHEN CỦA GIÁM ĐỐC SỞ GIAO THÔNG VẬN TẢI
(Kèm theo Quyết định số 88/QĐ-SGTVT ngày 10/01/2021)

1. Phòng Kế hoạch - Vật tư, Công ty Cổ phần Cầu đường Bình Thuận;
2. Ban Quản lý dự án, Tổng công ty Xây dựng Bình Thuận;
3. Đội thi công số 3, Công ty Cổ phần Cầu đường Bình Thuận;
4. Xưởng cơ khí Mũi Né, Công ty Cổ phần Cầu đường Bình Thuận.
"""


def test_department_with_its_company():
    assert found(APPENDED, Award, "recipient") == {
        "Phòng Kế hoạch - Vật tư, Công ty Cổ phần Cầu đường Bình Thuận",
        "Ban Quản lý dự án, Tổng công ty Xây dựng Bình Thuận",
        "Đội thi công số 3, Công ty Cổ phần Cầu đường Bình Thuận",
        "Xưởng cơ khí Mũi Né",
    }


def test_works_with_own_name_stands_alone():
    text = APPENDED.replace("4. Xưởng cơ khí Mũi Né", "4. Nhà máy Gạch Tuy Phong")
    assert "Nhà máy Gạch Tuy Phong" in found(text, Award, "recipient")


# --- a sub-heading "DANH HIỆU “…” (n tập thể)" over list rows ------------------------------------------------

TITLED = """Điều 1. Tặng Cờ thi đua của Tổng công ty Cấp nước Miền Tây cho 01 tập thể (có danh sách kèm theo).
Điều 2. Tặng danh hiệu “Tập thể Lao động xuất sắc” cho 02 tập thể (có danh sách kèm theo).

DANH SÁCH
CÁC TẬP THỂ ĐƯỢC KHEN THƯỞNG NĂM 2020
(Kèm theo Quyết định số 15/QĐ-CTN ngày 05/01/2021)

I. CỜ THI ĐUA CỦA TỔNG CÔNG TY CẤP NƯỚC MIỀN TÂY (01 tập thể)
1. Xí nghiệp Cấp nước Long Xuyên;
II. DANH HIỆU “TẬP THỂ LAO ĐỘNG XUẤT SẮC” (02 tập thể)
1. Xí nghiệp Cấp nước Châu Đốc;
2. Xí nghiệp Cấp nước Tân Châu.
"""


def test_titled_subheading_gives_its_award():
    got = {(a.lower(), r) for a, r in found(TITLED, Award, "award", "recipient")}
    assert got == {
        ("cờ thi đua của tổng công ty cấp nước miền tây", "Xí nghiệp Cấp nước Long Xuyên"),
        ("tập thể lao động xuất sắc", "Xí nghiệp Cấp nước Châu Đốc"),
        ("tập thể lao động xuất sắc", "Xí nghiệp Cấp nước Tân Châu"),
    }


# --- a season or a period after the grantor is no part of the award ---------------------------------------


@pytest.mark.parametrize(
    ("text", "award"),
    [
        ("Năm 2019, Công ty Mía đường Sơn La được tặng Cờ thi đua của Bộ Nông nghiệp và Phát triển nông thôn vụ "
         "2018-2019.", "Cờ thi đua của Bộ Nông nghiệp và Phát triển nông thôn"),
        ("Hội Nông dân xã An Bình được tặng Bằng khen của Trung ương Hội Nông dân Việt Nam nhiệm kỳ 2018 - 2023.",
         "Bằng khen của Trung ương Hội Nông dân Việt Nam"),
        ("Trường Tiểu học Lê Lợi được tặng Bằng khen của Bộ Giáo dục và Đào tạo năm học 2020 - 2021.",
         "Bằng khen của Bộ Giáo dục và Đào tạo"),
        ("Hợp tác xã Tân Hưng được tặng Bằng khen của Liên minh Hợp tác xã Việt Nam giai đoạn 2016 - 2020.",
         "Bằng khen của Liên minh Hợp tác xã Việt Nam"),
    ],
)
def test_period_after_grantor(text, award):
    assert found(LEAD + text, Award, "award") == {award}


def test_capital_heading_year_is_no_part_of_the_award():
    text = """Điều 1. Tặng Cờ thi đua của Bộ Tài chính cho 01 tập thể (có danh sách kèm theo).

DANH SÁCH
TẬP THỂ ĐƯỢC TẶNG CỜ THI ĐUA CỦA BỘ TÀI CHÍNH NĂM 2021
(Kèm theo Quyết định số 9/QĐ-BTC ngày 12/01/2022)

1. Cục Hải quan tỉnh Quảng Trị, đơn vị dẫn đầu Khối thi đua.
"""
    assert found(text, Award, "award", "recipient") == {("Cờ thi đua của Bộ Tài chính", "Cục Hải quan tỉnh Quảng Trị")}


# --- a counted group before a colon, its recipients on lines with no mark --------------------------------

COUNTED = """QUYẾT ĐỊNH:

Điều 1. Tặng Cờ thi đua của Sở Nông nghiệp cho 01 tập thể là đơn vị dẫn đầu Khối thi đua các trạm năm 2019:

Trạm Khuyến nông huyện Bình Sơn, đã có thành tích xuất sắc trong phong trào thi đua năm 2019.

Điều 2. Tặng Giấy khen của Giám đốc Sở Nông nghiệp cho 02 tập thể:

Trạm Khuyến nông huyện Mộ Đức;
Trạm Khuyến nông huyện Đức Phổ.
Điều 3. Quyết định có hiệu lực kể từ ngày ký.
"""


def test_counted_group_unmarked_lines():
    assert found(COUNTED, Award, "award", "recipient") == {
        ("Cờ thi đua của Sở Nông nghiệp", "Trạm Khuyến nông huyện Bình Sơn"),
        ("Giấy khen của Giám đốc Sở Nông nghiệp", "Trạm Khuyến nông huyện Mộ Đức"),
        ("Giấy khen của Giám đốc Sở Nông nghiệp", "Trạm Khuyến nông huyện Đức Phổ"),
    }


def test_uncounted_group_takes_no_unmarked_line():
    text = COUNTED.replace("cho 01 tập thể", "cho các tập thể")
    assert ("Cờ thi đua của Sở Nông nghiệp", "Trạm Khuyến nông huyện Bình Sơn") not in found(
        text, Award, "award", "recipient")


# --- a recipients' column whose header names the award -----------------------------------------------------

TABLE = """Bảng 2. Đơn vị dẫn đầu Cụm qua các năm

Năm | Cụm trưởng | Đơn vị dẫn đầu (được tặng Cờ thi đua của Bộ Xây dựng)
2016 | Sở Xây dựng tỉnh Bình Định | Sở Xây dựng tỉnh Phú Yên
2017 | Sở Xây dựng tỉnh Phú Yên | Sở Xây dựng tỉnh Khánh Hòa
2018 | Sở Xây dựng tỉnh Khánh Hòa | Sở Xây dựng tỉnh Ninh Thuận (đề nghị)
"""


def test_award_in_recipient_column_header():
    assert found(LEAD + TABLE, Award, "award", "recipient", "year", "status") == {
        ("Cờ thi đua của Bộ Xây dựng", "Sở Xây dựng tỉnh Phú Yên", 2016, "granted"),
        ("Cờ thi đua của Bộ Xây dựng", "Sở Xây dựng tỉnh Khánh Hòa", 2017, "granted"),
        ("Cờ thi đua của Bộ Xây dựng", "Sở Xây dựng tỉnh Ninh Thuận", 2018, "proposed"),
    }


def test_plain_recipient_column_gives_nothing():
    text = TABLE.replace(" (được tặng Cờ thi đua của Bộ Xây dựng)", "")
    assert found(LEAD + text, Award, "recipient") == set()


# --- a ranked list line: the unit, a score, then a sentence proposing its award ---------------------------

RANKED = """Hội nghị thống nhất xếp hạng thi đua năm 2021:
- Thứ nhất: Cảng Hàng không Phú Bài - 98,5 điểm. Đề nghị Bộ trưởng tặng Cờ thi đua của Bộ Giao thông vận tải.
- Thứ hai: Cảng Hàng không Chu Lai - 96 điểm. Đề nghị tặng Bằng khen của Bộ trưởng Bộ Giao thông vận tải.
- Thứ ba: Cảng Hàng không Đồng Hới - 94 điểm. Các đơn vị tiếp tục duy trì phong trào.
"""


def test_ranked_line_unit_receives():
    assert found(LEAD + RANKED, Award, "award", "recipient", "status") == {
        ("Cờ thi đua của Bộ Giao thông vận tải", "Cảng Hàng không Phú Bài", "proposed"),
        ("Bằng khen của Bộ trưởng Bộ Giao thông vận tải", "Cảng Hàng không Chu Lai", "proposed"),
    }


def test_sentence_with_its_own_subject_is_no_ranked_line():
    text = "- Thứ nhất: Cảng Hàng không Phú Bài - 98,5 điểm. Cảng Hàng không Vinh được tặng Bằng khen."
    assert found(LEAD + text, Award, "recipient") == {"Cảng Hàng không Vinh"}


# --- a brand with a number, defined in brackets after the unit's full name, is spelt out --------------------


def test_latin_brand_with_number_spelt_out():
    text = ("Khối gồm Tổng công ty Xây dựng Thủy lợi 4 (Hydraco 4) và Tổng công ty Sông Đà. Năm 2022, Bộ trưởng "
            "tặng Bằng khen cho Hydraco 4.")
    assert found(LEAD + text, Award, "recipient") == {"Tổng công ty Xây dựng Thủy lợi 4"}


# --- a list line that describes the unit in clauses before the award's own ---------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("- Hội Người mù tỉnh Bến Tre: dẫn đầu Cụm, 7/7 phiếu; Cụm đề nghị tặng Cờ thi đua của Trung ương Hội "
         "Người mù Việt Nam.", {("Cờ thi đua của Trung ương Hội Người mù Việt Nam", "Hội Người mù tỉnh Bến Tre")}),
        ("- Đội Thanh niên tình nguyện tỉnh Gia Lai: xếp thứ hai, 5/7 phiếu; đề nghị tặng Bằng khen của Trung ương "
         "Đoàn.", {("Bằng khen của Trung ương Đoàn", "Đội Thanh niên tình nguyện tỉnh Gia Lai")}),
    ],
)
def test_line_head_over_describing_clauses(text, expected):
    assert found(LEAD + text, Award, "award", "recipient") == expected


def test_line_head_clause_with_its_own_recipient():
    text = ("- Hội Người mù tỉnh Bến Tre: dẫn đầu Cụm, 7/7 phiếu; Trung ương Hội tặng Bằng khen cho Hội Người mù "
            "huyện Ba Tri.")
    assert found(LEAD + text, Award, "recipient") == {"Hội Người mù huyện Ba Tri"}


# --- a grantor's name over a word the tagger reads as a verb -----------------------------------------------


def test_grantor_over_verb_like_word():
    text = "Năm 2022, Hội Cựu thanh niên xung phong huyện Kỳ Anh được tặng Bằng khen của Trung ương Hội Cựu thanh " \
           "niên xung phong Việt Nam."
    assert found(LEAD + text, Award, "award") == {"Bằng khen của Trung ương Hội Cựu thanh niên xung phong Việt Nam"}


# --- a unit described by a verb phrase between commas before the verb of receiving ------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hải đội 2, đóng quân tại đảo Phú Quốc, cũng được tặng Bằng khen của Tư lệnh Vùng 5.", {"Hải đội 2"}),
        ("Chi cục Kiểm lâm vùng III, phụ trách địa bàn ba huyện miền núi, được tặng Cờ thi đua của UBND tỉnh.",
         {"Chi cục Kiểm lâm vùng III"}),
    ],
)
def test_unit_described_before_verb(text, expected):
    assert found(LEAD + text, Award, "recipient") == expected


def test_verbs_in_a_row_name_no_one():
    assert found(LEAD + "Ban Chỉ huy đã họp, bình xét, được Bộ tặng Bằng khen.", Award, "recipient") == set()


# --- a capitalised head alone stands for the unit the paragraph is about ----------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Cục Hàng hải Việt Nam đặt thi đua gắn với an toàn. Năm 2021, Cục phát động đợt thi đua cao điểm. Nhờ đó, "
         "năm 2021 Cục được Bộ đề nghị Thủ tướng Chính phủ tặng Cờ thi đua của Chính phủ.",
         {("Cờ thi đua của Chính phủ", "Cục Hàng hải Việt Nam")}),
        ("Sở Tư pháp là thành viên Cụm thi đua số 3 cùng Sở Nội vụ và Sở Tài chính. Năm 2020, Sở Nội vụ làm Cụm "
         "trưởng. Sở được UBND tỉnh tặng Cờ thi đua năm 2019.", {("Cờ thi đua", "Sở Tư pháp")}),
    ],
)
def test_capital_head_stand_in(text, expected):
    assert found(LEAD + text, Award, "award", "recipient") == expected


def test_capital_head_with_its_name_is_no_stand_in():
    text = "Cục Hàng hải Việt Nam tổ chức hội nghị. Cục Thuế tỉnh Nghệ An được tặng Cờ thi đua của Chính phủ."
    assert found(LEAD + text, Award, "recipient") == {"Cục Thuế tỉnh Nghệ An"}


# --- a person described by "người …" between commas ----------------------------------------------------------


def test_relative_piece_after_person():
    text = ("Chị Lò Thị Mai, kế toán Trạm Y tế xã Chiềng Sinh, người đã nhiều năm làm tốt công tác, được Giám đốc Sở "
            "Y tế tặng Giấy khen.")
    assert found(LEAD + text, Award, "recipient") == {"Lò Thị Mai"}


def test_person_on_behalf_still_no_recipient():
    text = "Ông Lê Văn Tâm, Giám đốc, thay mặt tập thể đón nhận Cờ thi đua của Chính phủ."
    assert "Lê Văn Tâm" not in found(LEAD + text, Award, "recipient")


# --- a bare form of address for the person named with it before ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Anh Đinh Văn Lực, thợ lò Phân xưởng Khai thác 3, gắn bó với mỏ 15 năm. Năm 2020 anh được công nhận danh "
         "hiệu Chiến sĩ thi đua cơ sở.", {("Chiến sĩ thi đua cơ sở", "Đinh Văn Lực")}),
        ("Lớp mẫu giáo của cô Hà Thị Yến luôn ngăn nắp. Năm học này, cô đạt giải Nhì hội thi giáo viên giỏi cấp huyện "
         "và được công nhận danh hiệu Chiến sĩ thi đua cơ sở.", {("Chiến sĩ thi đua cơ sở", "Hà Thị Yến")}),
    ],
)
def test_form_of_address_stand_in(text, expected):
    assert found(LEAD + text, Award, "award", "recipient") == expected


def test_form_of_address_needs_the_same_form():
    text = "Chị Hà Thị Yến dạy lớp lá. Năm 2020 anh được công nhận danh hiệu Chiến sĩ thi đua cơ sở."
    assert "Hà Thị Yến" not in found(LEAD + text, Award, "recipient")


# --- a pictured bullet opens a line -----------------------------------------------------------------------


def test_pictured_bullet():
    text = ("Kết quả bình xét năm 2022:\n"
            "✔️ Trường Mầm non Hoa Sen dẫn đầu Cụm số 1, được đề nghị Trưởng phòng Giáo dục tặng Giấy khen;\n"
            "✅ Tặng Giấy khen của Hiệu trưởng cho Tổ Nhà trẻ và Tổ Mẫu giáo lớn.")
    assert found(LEAD + text, Award, "recipient") == {"Trường Mầm non Hoa Sen", "Tổ Nhà trẻ", "Tổ Mẫu giáo lớn"}


# --- "trong đó có" past the reason given after the award ------------------------------------------------------


def test_named_subset_past_reason():
    text = ("Sáu công nhân vận hành được Tổng công ty tặng Bằng khen vì có sáng kiến tiết kiệm điện, trong đó có anh "
            "Phạm Văn Toàn (Nhà máy Xi măng Hoàng Mai).")
    assert found(LEAD + text, Award, "recipient") == {"Phạm Văn Toàn"}


# --- "cho A và B; cho ông C, …": the preposition said again after a semicolon -------------------------------


def test_cho_again_after_semicolon():
    text = ("Viện trưởng tặng Bằng khen cho Viện kiểm sát nhân dân tỉnh Bến Tre; cho đồng chí Lê Văn Nhân, Kiểm sát "
            "viên Viện kiểm sát nhân dân tỉnh Vĩnh Long; đề nghị Chính phủ tặng Cờ thi đua cho Viện kiểm sát nhân dân "
            "tỉnh Long An.")
    assert found(LEAD + text, Award, "recipient") == {
        "Viện kiểm sát nhân dân tỉnh Bến Tre", "Lê Văn Nhân", "Viện kiểm sát nhân dân tỉnh Long An"}


# --- a table header's bare grantor named as the document writes the award in full --------------------------


def test_bare_grantor_in_header_named_in_full():
    text = ("Các đơn vị dẫn đầu được Bộ trưởng tặng Cờ thi đua của Bộ Xây dựng: Sở Xây dựng tỉnh Phú Yên (năm "
            "2016).\n\nNăm | Cụm trưởng | Đơn vị dẫn đầu (Cờ thi đua của Bộ)\n"
            "2017 | Sở Xây dựng tỉnh Phú Yên | Sở Xây dựng tỉnh Khánh Hòa\n")
    assert found(LEAD + text, Award, "award", "recipient") == {
        ("Cờ thi đua của Bộ Xây dựng", "Sở Xây dựng tỉnh Phú Yên"),
        ("Cờ thi đua của Bộ Xây dựng", "Sở Xây dựng tỉnh Khánh Hòa"),
    }


# --- brands of one word: defined in brackets, joined by "và", or ending a unit's full name ------------------

BRANDS = ("Khối gồm 6 đơn vị: Tổng công ty Cơ khí Giao thông (Transinco), Tổng công ty Thép Miền Trung (Tisomex), "
          "Công ty cổ phần Vận tải thủy Hiroka và Tổng công ty Xây dựng số 9. ")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Năm 2021, Transinco và Tisomex được tặng Cờ thi đua của Bộ Công Thương.",
         {"Tổng công ty Cơ khí Giao thông", "Tổng công ty Thép Miền Trung"}),
        ("Hội nghị đề nghị Chủ tịch nước tặng Huân chương Lao động hạng Ba cho Tisomex vì thành tích 5 năm.",
         {"Tổng công ty Thép Miền Trung"}),
        ("Năm 2021, Hiroka được tặng Bằng khen của Bộ trưởng Bộ Giao thông vận tải.",
         {"Công ty cổ phần Vận tải thủy Hiroka"}),
    ],
)
def test_brands_spelt_out(text, expected):
    assert found(LEAD + BRANDS + text, Award, "recipient") == expected


def test_vietnamese_word_is_no_brand():
    text = "Năm 2021, Thanh được tặng Bằng khen của Bộ trưởng Bộ Giao thông vận tải."
    assert found(LEAD + text, Award, "recipient") == set()


# --- a unit ranked before the verb of proposing its award ------------------------------------------------


def test_ranked_unit_before_proposal():
    text = ("Hội nghị suy tôn VietinBank Chi nhánh tỉnh Hà Giang là đơn vị dẫn đầu, đề nghị Tổng giám đốc tặng "
            "Cờ thi đua của VietinBank; VietinBank Chi nhánh tỉnh Tuyên Quang xếp thứ hai, đề nghị Tổng giám đốc "
            "tặng Bằng khen của Tổng giám đốc VietinBank.")
    assert found(LEAD + text, Award, "award", "recipient") == {
        ("Cờ thi đua của VietinBank", "VietinBank Chi nhánh tỉnh Hà Giang"),
        ("Bằng khen của Tổng giám đốc VietinBank", "VietinBank Chi nhánh tỉnh Tuyên Quang"),
    }


# --- persons: a signature beside addressees that run on, "Nơi gửi:"; a table column named by an office; a
# company's place before a full name; family names that open place names -----------------------------------

SIGNED = """Trên đây là thông báo của Cụm thi đua.

Nơi gửi:                                       TM. CỤM THI ĐUA
- Như trên;                                         CỤM TRƯỞNG
- Sở Nội vụ tỉnh Yên Bái (Thường trực          GIÁM ĐỐC SỞ TƯ PHÁP TỈNH YÊN BÁI
  Hội đồng Thi đua - Khen thưởng tỉnh);
- Lưu: VP.                                           (đã ký)

                                                   Hà Minh Quyết
"""


def test_signature_beside_running_addressees():
    assert "Hà Minh Quyết" in found(SIGNED, Person, "name")


def test_office_column_of_a_table():
    text = ("Thành phần dự họp:\n\nSTT | Đơn vị | Giám đốc | Ghi chú\n"
            "1 | Trung tâm Y tế huyện Mường Khương | Sùng Văn Páo | \n"
            "2 | Trung tâm Y tế huyện Bắc Hà | Lê Thị Quế (vắng, ủy quyền cấp phó dự) | \n")
    assert {"Sùng Văn Páo", "Lê Thị Quế"} <= found(LEAD + text, Person, "name")


def test_company_place_before_full_name():
    text = "Giám đốc Công ty CP Gạch ngói Hà Lam Trần Quốc Bảo nhận cờ thi đua."
    assert found(LEAD + text, Person, "name") == {"Trần Quốc Bảo"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Thư ký hội nghị: đồng chí Lộc Thị Hằng, Phó Chánh Văn phòng Tỉnh Đoàn Cao Bằng.", {"Lộc Thị Hằng"}),
        ("Hội nghị tổ chức tại huyện Lộc Bình, tỉnh Lạng Sơn.", set()),
    ],
)
def test_family_name_that_opens_places(text, expected):
    assert found(LEAD + text, Person, "name") == expected


# --- a leaders' column of a year table takes the award the document gives the body's leader ------------------


LEADERS = ("Hằng năm, kết quả suy tôn đơn vị dẫn đầu Khối được báo cáo Giám đốc Bảo hiểm xã hội Việt Nam xem xét "
           "tặng Cờ thi đua của Bảo hiểm xã hội Việt Nam.\n\n"
           "Năm | Khối trưởng | Đơn vị dẫn đầu Khối\n"
           "2019 | BHXH tỉnh Ninh Bình | BHXH tỉnh Nam Định\n"
           "2020 | BHXH tỉnh Nam Định | BHXH tỉnh Thái Bình\n"
           "2021 | BHXH tỉnh Thái Bình | (đang bình xét)\n")


def test_leaders_column_takes_the_leaders_award():
    assert found(LEAD + LEADERS, Award, "award", "recipient", "year") == {
        ("Cờ thi đua của Bảo hiểm xã hội Việt Nam", "BHXH tỉnh Nam Định", 2019),
        ("Cờ thi đua của Bảo hiểm xã hội Việt Nam", "BHXH tỉnh Thái Bình", 2020),
    }


def test_leaders_column_without_such_sentence_gives_nothing():
    text = LEADERS.split("\n\n", 1)[1]
    assert found(LEAD + text, Award, "recipient") == set()


# --- a run of abbreviations another recipient spells out word for word ------------------------------------


def test_run_of_abbreviations_spelt_by_another_recipient():
    text = ("Kho bạc Nhà nước chi nhánh tỉnh Hà Nam được tặng Huân chương Lao động hạng Ba. Năm 2021, KBNN CN tỉnh "
            "Hà Nam được tặng Cờ thi đua của Bộ Tài chính.")
    assert found(LEAD + text, Award, "recipient") == {"Kho bạc Nhà nước chi nhánh tỉnh Hà Nam"}


def test_greeting_line_is_no_ranked_unit():
    text = ("- Xin chào chị Mai Hoa. Được biết chị có tên trong danh sách dự kiến được phong danh hiệu “Nghệ sĩ nhân "
            "dân”. Chị dự định làm gì?")
    assert found(LEAD + text, Award, "recipient") == set()


# --- a comma inside the grantor's ministry after an office ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "award"),
    [
        ("Bảo tàng tỉnh Ninh Bình được tặng Bằng khen của Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch.",
         "Bằng khen của Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch"),
        ("Trường Tiểu học Lê Lợi được tặng Bằng khen của Giám đốc Sở Giáo dục, Trường Tiểu học Kim Đồng được tặng "
         "Giấy khen.", "Bằng khen của Giám đốc Sở Giáo dục"),
    ],
)
def test_comma_in_ministry_after_office(text, award):
    assert award in found(LEAD + text, Award, "award")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # in a sentence's list a department beside a company is a peer, not the company's department
        ("UBND tỉnh tặng Bằng khen cho Ban Tuyên giáo Tỉnh ủy, Công ty Điện lực Hà Nam và Sở Y tế.",
         {"Ban Tuyên giáo Tỉnh ủy", "Công ty Điện lực Hà Nam", "Sở Y tế"}),
        ("UBND tỉnh tặng Bằng khen cho Đội Quản lý thị trường số 2, Công ty Cổ phần Môi trường đô thị và Sở Y tế.",
         {"Đội Quản lý thị trường số 2", "Công ty Cổ phần Môi trường đô thị", "Sở Y tế"}),
    ],
)
def test_a_company_in_a_sentences_list_is_a_peer(text, expected):
    assert found(LEAD + text, Award, "recipient") == expected


def test_a_vietnamese_word_in_brackets_is_no_brand():
    """A unit's own name in brackets after another unit ("(Trung tâm …)") is no brand of the first."""
    text = ("Sở Nội vụ tỉnh Hà Nam (Trung tâm Lưu trữ lịch sử tỉnh) báo cáo kết quả. UBND tỉnh tặng Bằng khen "
            "cho Trung tâm Lưu trữ lịch sử tỉnh.")
    assert found(LEAD + text, Award, "recipient") == {"Trung tâm Lưu trữ lịch sử tỉnh"}
