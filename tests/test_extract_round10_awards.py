"""Awards and persons, tenth round (heldout10, heldout11): places after the organisations of a local level;
family names that also open place names, with a middle name; a brand and the place of its branch; recipients
written with an abbreviation another recipient spells out; short forms coined in brackets after a full
name; counts of years in a row after a name; a lead of lowercase words before the unit an anaphor stands
for; one person's two offices as a grantor. Invented sentences with other units, places and years than
the documents; negatives that must yield nothing."""

from __future__ import annotations

import pytest

from schemas.facts import Award, Person
from tests.conftest import found

LEAD = "Tổng kết phong trào thi đua năm 2023. "  # a document about emulation work

# --- a place of two syllables after the organisation of a local level is no person -----------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Theo anh Trần Văn Thắng, Bí thư Huyện đoàn Gia Lâm, năm qua phong trào phát triển tốt.",
         {("Trần Văn Thắng", "Bí thư Huyện đoàn Gia Lâm")}),
        ("Chị Lê Thu Hà, Phó Bí thư Tỉnh đoàn Hà Nam, phát biểu tại hội nghị.",
         {("Lê Thu Hà", "Phó Bí thư Tỉnh đoàn Hà Nam")}),
        ("Ông Phạm Văn Tâm, Chánh Văn phòng Huyện ủy Thanh Trì, dự hội nghị.",
         {("Phạm Văn Tâm", "Chánh Văn phòng Huyện ủy Thanh Trì")}),
        ("Phó Bí thư Huyện ủy Lê Văn Hùng trao thưởng cho các tập thể.", {("Lê Văn Hùng", "Phó Bí thư Huyện ủy")}),
    ],
)
def test_places_after_local_organisations(text, expected):
    assert found(LEAD + text, Person, "name", "title") == expected


@pytest.mark.parametrize(
    "text",
    [
        "Bí thư Huyện đoàn Từ Sơn báo cáo kết quả công tác năm.",
        "Đại diện Thường trực Quận đoàn Hà Đông phát biểu.",
        "Chánh Văn phòng Tỉnh ủy Cao Bằng dự hội nghị.",
    ],
)
def test_places_after_local_organisations_negatives(text):
    assert found(LEAD + text, Person, "name") == set()


# --- family names that also open place names, with a middle name after them ------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Đề nghị tặng Bằng khen cho Thiếu tá Ninh Văn Tuấn, Phó Chánh án Tòa án quân sự khu vực 2.",
         {("Ninh Văn Tuấn", "Phó Chánh án Tòa án quân sự khu vực 2")}),
        ("Ông Bạc Cầm Thanh, Trưởng phòng Y tế huyện Mường La, cho biết kết quả.",
         {("Bạc Cầm Thanh", "Trưởng phòng Y tế huyện Mường La")}),
        ("Bà Kim Thị Hạnh, Chủ tịch Hội Phụ nữ xã, phát biểu.", {("Kim Thị Hạnh", "Chủ tịch Hội Phụ nữ xã")}),
    ],
)
def test_guarded_family_names(text, expected):
    assert found(LEAD + text, Person, "name", "title") == expected


@pytest.mark.parametrize(
    "text",
    [
        "Giám đốc Sở Y tế Ninh Bình phát biểu tại hội nghị.",
        "Chủ tịch UBND huyện Kim Bảng trao thưởng cho các tập thể.",
        "Giám đốc Công an tỉnh Bạc Liêu dự hội nghị.",
    ],
)
def test_guarded_family_names_negatives(text):
    assert found(LEAD + text, Person, "name") == set()


# --- a foreign brand and the place of its branch is no foreign person -------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ông Vũ Hùng, Giám đốc Chi nhánh Viettel Thái Bình, phát biểu.",
         {("Vũ Hùng", "Giám đốc Chi nhánh Viettel Thái Bình")}),
        ("Bà Ruth Allen, Giám đốc quốc gia, phát biểu.", {("Ruth Allen", "Giám đốc quốc gia")}),
    ],
)
def test_brand_and_branch_place(text, expected):
    assert found(LEAD + text, Person, "name", "title") == expected


@pytest.mark.parametrize(
    "text",
    [
        "Giám đốc Chi nhánh Viettel Hà Nam đại diện Cụm trưởng nhận cờ.",
        "Phó Giám đốc Chi nhánh Vinaphone Hà Tĩnh dự hội nghị.",
        "Giám đốc Chi nhánh Mobifone Thái Bình phát biểu.",
    ],
)
def test_brand_and_branch_place_negatives(text):
    assert found(LEAD + text, Person, "name") == set()


# --- a recipient abbreviated in one place and spelt out in another is one recipient -----------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hội nghị đề nghị tặng Cờ thi đua cho Chi cục Quản lý thị trường tỉnh Hà Tĩnh.\n"
         "Kết quả bình xét:\n"
         "TT    Đơn vị                         Điểm    Đề nghị khen thưởng\n"
         "1     Chi cục QLTT tỉnh Hà Tĩnh      98,0    Cờ thi đua\n",
         {("Cờ thi đua", "Chi cục Quản lý thị trường tỉnh Hà Tĩnh")}),
        ("Cục THADS tỉnh Lào Cai được tặng Cờ thi đua của Bộ Tư pháp. Bộ trưởng Bộ Tư pháp đã tặng Cờ thi "
         "đua của Bộ Tư pháp cho Cục Thi hành án dân sự tỉnh Lào Cai.",
         {("Cờ thi đua của Bộ Tư pháp", "Cục Thi hành án dân sự tỉnh Lào Cai")}),
        ("Sở GD&ĐT tỉnh Quảng Trị được tặng Cờ thi đua của Bộ Giáo dục và Đào tạo. Bộ trưởng đã tặng Cờ thi đua "
         "của Bộ Giáo dục và Đào tạo cho Sở Giáo dục và Đào tạo tỉnh Quảng Trị.",
         {("Cờ thi đua của Bộ Giáo dục và Đào tạo", "Sở Giáo dục và Đào tạo tỉnh Quảng Trị")}),
        # other words than the abbreviation's: two recipients
        ("Sở TN&MT tỉnh Yên Bái được tặng Bằng khen. Chủ tịch UBND tỉnh tặng Bằng khen cho Sở Tư pháp tỉnh Yên "
         "Bái.", {("Bằng khen", "Sở TN&MT tỉnh Yên Bái"), ("Bằng khen", "Sở Tư pháp tỉnh Yên Bái")}),
    ],
)
def test_recipient_spelt_by_initials(text, expected):
    assert found(LEAD + text, Award, "award", "recipient") == expected


# --- a short form coined in brackets after a unit's full name --------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Cụm gồm Ngân hàng TMCP Á Châu - Chi nhánh Hà Tĩnh (ACB Hà Tĩnh) và Ngân hàng TMCP Quân đội - Chi "
         "nhánh Hà Tĩnh (MB Hà Tĩnh). Cụm đề nghị tặng Bằng khen cho MB Hà Tĩnh.",
         {("Bằng khen", "Ngân hàng TMCP Quân đội - Chi nhánh Hà Tĩnh")}),
        ("Thành viên của Khối có Tổng công ty Điện lực miền Trung (EVNCPC Đà Nẵng). Năm 2022, Bộ Công Thương "
         "tặng Cờ thi đua cho EVNCPC Đà Nẵng.",
         {("Cờ thi đua", "Tổng công ty Điện lực miền Trung")}),
        ("Cụm gồm Ngân hàng TMCP Á Châu - Chi nhánh Hà Tĩnh (sau đây gọi tắt là ACB Hà Tĩnh). Cụm đề nghị tặng "
         "Bằng khen cho ACB Hà Tĩnh.", {("Bằng khen", "Ngân hàng TMCP Á Châu - Chi nhánh Hà Tĩnh")}),
        ("Ngân hàng Chính sách xã hội - Chi nhánh tỉnh Quảng Trị (NHCSXH Quảng Trị) đăng cai hội nghị. Cụm đề "
         "nghị tặng Bằng khen cho NHCSXH Quảng Trị.",
         {("Bằng khen", "Ngân hàng Chính sách xã hội - Chi nhánh tỉnh Quảng Trị")}),
    ],
)
def test_short_form_in_brackets(text, expected):
    assert found(LEAD + text, Award, "award", "recipient") == expected


def test_short_form_never_defined_stays():
    text = "Năm 2022, Bộ Công Thương tặng Cờ thi đua cho Vinacomin Quảng Ninh."
    assert found(LEAD + text, Award, "recipient") == {"Vinacomin Quảng Ninh"}


# --- a count of years in a row ends a name; the anaphor before it stands for the unit before ---------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Trường THPT Lê Lợi 10 năm liền đạt danh hiệu Tập thể lao động xuất sắc.",
         {("Tập thể lao động xuất sắc", "Trường THPT Lê Lợi")}),
        ("Lữ đoàn 2 nhiều năm liền được tặng Cờ thi đua.", {("Cờ thi đua", "Lữ đoàn 2")}),
        ("Qua bình xét, Công an huyện Lộc Hà được suy tôn là đơn vị dẫn đầu Cụm. Đơn vị 5 năm liền đạt danh "
         "hiệu \"Đơn vị quyết thắng\".", {("Đơn vị quyết thắng", "Công an huyện Lộc Hà")}),
        ("Kết quả, Trường Tiểu học Hòa Bình được công nhận dẫn đầu Khối. Đơn vị 3 năm liên tục (2021-2023) "
         "được tặng Cờ thi đua của UBND tỉnh.", {("Cờ thi đua của UBND tỉnh", "Trường Tiểu học Hòa Bình")}),
        ("Qua bình xét, Chi cục Thuế khu vực 3 được suy tôn là đơn vị dẫn đầu Cụm. Đơn vị đã 4 năm liền đạt danh "
         "hiệu Tập thể lao động xuất sắc.", {("Tập thể lao động xuất sắc", "Chi cục Thuế khu vực 3")}),
        ("Năm 2023, Trường THCS Lê Lợi dẫn đầu Khối. Nhà trường nhiều năm liền được tặng Bằng khen của Chủ tịch "
         "UBND tỉnh.", {("Bằng khen của Chủ tịch UBND tỉnh", "Trường THCS Lê Lợi")}),
    ],
)
def test_count_in_a_row(text, expected):
    assert found(LEAD + text, Award, "award", "recipient") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sư đoàn 5 năm 2023 được tặng Cờ thi đua của Bộ Quốc phòng.", {"Sư đoàn 5"}),
        ("Trạm Y tế xã 3 được tặng Giấy khen.", {"Trạm Y tế xã 3"}),
    ],
)
def test_count_in_a_row_numbers_kept(text, expected):
    assert found(LEAD + text, Award, "recipient") == expected


# --- one person's two offices as a grantor ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ban Dân tộc tỉnh Kon Tum được tặng Bằng khen của Bộ trưởng, Chủ nhiệm Ủy ban Dân tộc.",
         {"Bằng khen của Bộ trưởng, Chủ nhiệm Ủy ban Dân tộc"}),
        ("Thanh tra tỉnh Hà Giang được tặng Bằng khen của Bộ trưởng, Tổng Thanh tra Chính phủ.",
         {"Bằng khen của Bộ trưởng, Tổng Thanh tra Chính phủ"}),
        ("Công ty Điện lực Yên Bái được tặng Bằng khen của Bộ trưởng, năm 2023 tiếp tục dẫn đầu.",
         {"Bằng khen của Bộ trưởng"}),
    ],
)
def test_grantor_with_two_offices(text, expected):
    assert found(LEAD + text, Award, "award") == expected
