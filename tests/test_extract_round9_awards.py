"""Awards, campaigns and persons, ninth round (devset8, heldout8, heldout9): names of ethnic minorities
written with a Kinh middle and given name; unquoted campaign names right after "phong trào thi đua" and
a campaign quoted inside a quoted speech; recipients of a mass organisation's branch named with the
larger place it lies in. Invented sentences with other units, places and years than the documents;
negatives that must yield nothing."""

from __future__ import annotations

import pytest

from schemas.facts import Award, Campaign, Person
from tests.conftest import found

LEAD = "Tổng kết phong trào thi đua năm 2023. "  # a document about emulation work

# --- names of ethnic minorities: first syllables no family name, a Kinh middle and given name ------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1. Bà Bhling Thị Mai, Chủ tịch Hội LHPN xã A Tiêng;", {("Bhling Thị Mai", "Chủ tịch Hội LHPN xã A Tiêng")}),
        ("Bà Zơ Râm Thị Lan, cán bộ Hội Nông dân huyện Nam Giang, phát biểu.",
         {("Zơ Râm Thị Lan", "cán bộ Hội Nông dân huyện Nam Giang")}),
        ("Ông Rơ Mah Văn Tuấn, Bí thư Đảng ủy xã Ia Ka, dự hội nghị.",
         {("Rơ Mah Văn Tuấn", "Bí thư Đảng ủy xã Ia Ka")}),
        ("Phó Chủ tịch UBND huyện Alăng Văn Nam trao thưởng cho các tập thể.",
         {("Alăng Văn Nam", "Phó Chủ tịch UBND huyện")}),
        ("Đồng chí Coor Văn Hùng, Trưởng Công an xã, nhận Giấy khen.", {("Coor Văn Hùng", "Trưởng Công an xã")}),
    ],
)
def test_minority_names(text, expected):
    assert found(LEAD + text, Person, "name", "title") == expected


@pytest.mark.parametrize(
    "text",
    [
        "Đội Kiểm Soát Thị Trường số 3 dự họp.",  # every syllable Vietnamese: no name
        "Đại diện Trường Mầm non Hoa Sen phát biểu tại hội nghị.",
        "Các đơn vị Khu Văn Miếu tham gia đầy đủ.",
    ],
)
def test_minority_names_negatives(text):
    assert found(LEAD + text, Person, "name") == set()


# --- campaigns named unquoted right after "phong trào thi đua", or quoted inside a speech -----------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hội nghị tổng kết phong trào thi đua Quyết thắng năm 2014 của Cụm thi đua số 2.", {"Quyết thắng"}),
        ("Các đơn vị trong Cụm thi đua số 4 sôi nổi hưởng ứng phong trào thi đua Quyết thắng.", {"Quyết thắng"}),
        ("Phong trào thi đua Quyết thắng gắn với cuộc vận động của ngành được triển khai sâu rộng.", {"Quyết thắng"}),
        ("Các đơn vị trong Khối thi đua hưởng ứng phong trào thi đua Dân vận khéo, đạt nhiều kết quả.",
         {"Dân vận khéo"}),
        ("Bà Lan cho biết: \"Các đơn vị trong Khối đã hưởng ứng phong trào thi đua \"Ngành Thuế chung tay vì người "
         "nghèo\". Riêng Cục Thuế đã ủng hộ 2 tỷ đồng.\"", {"Ngành Thuế chung tay vì người nghèo"}),
        ("Ông Hùng nói: \"Cụm thi đua đã tham gia phong trào thi đua \"Ngành Công Thương chung sức xây dựng nông thôn "
         "mới\" rất tích cực\".", {"Ngành Công Thương chung sức xây dựng nông thôn mới"}),
    ],
)
def test_named_campaigns(text, expected):
    assert found(text, Campaign, "name") == expected


@pytest.mark.parametrize(
    "text",
    [
        "Khối thi đua tổ chức phong trào thi đua năm 2020 sôi nổi.",
        "Các đơn vị trong Khối thi đua đẩy mạnh phong trào thi đua Hà Nội năm 2020.",  # a place, no campaign
        "Cụm thi đua triển khai phong trào thi đua Luật Thi đua, khen thưởng năm 2022.",  # a law's title
        "Cụm thi đua thực hiện phong trào thi đua Nghị quyết Đại hội năm 2021.",  # a resolution
        "Khối thi đua thực hiện phong trào thi đua theo Chỉ thị số 05-CT/TW của Bộ Chính trị.",
        "Ngành Y tế đẩy mạnh phong trào thi đua Lương y, như mẹ hiền trong năm 2019.",  # a comma goes on
    ],
)
def test_named_campaigns_negatives(text):
    assert found(text, Campaign, "name") == set()


# --- a mass organisation's branch named with the larger place it lies in -------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Điều 2. Tặng Bằng khen của Ban Chấp hành Hội LHPN tỉnh cho 03 tập thể năm 2011, gồm:\n"
         "1. Hội LHPN huyện Quế Sơn;\n2. Hội LHPN xã Quế Phong, huyện Quế Sơn;\n"
         "3. Hội LHPN thị trấn Hà Lam, huyện Thăng Bình.\n",
         {"Hội LHPN huyện Quế Sơn", "Hội LHPN xã Quế Phong, huyện Quế Sơn",
          "Hội LHPN thị trấn Hà Lam, huyện Thăng Bình"}),
        ("Tặng Giấy khen cho Hội Nông dân xã Yên Lạc, huyện Như Thanh và Hội Cựu chiến binh phường Ba Đình, "
         "thị xã Bỉm Sơn vì đã có thành tích xuất sắc năm 2019.",
         {"Hội Nông dân xã Yên Lạc, huyện Như Thanh", "Hội Cựu chiến binh phường Ba Đình, thị xã Bỉm Sơn"}),
        ("Tặng Bằng khen cho Đoàn Thanh niên xã Hòa Phú, huyện Hòa Vang đã có thành tích xuất sắc năm 2015.",
         {"Đoàn Thanh niên xã Hòa Phú, huyện Hòa Vang"}),
    ],
)
def test_branch_with_its_place(text, expected):
    assert found(text, Award, "recipient") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # peers side by side stay two recipients
        ("Tặng Bằng khen cho Hội LHPN huyện Quế Sơn, Hội LHPN huyện Thăng Bình vì thành tích năm 2010.",
         {"Hội LHPN huyện Quế Sơn", "Hội LHPN huyện Thăng Bình"}),
        # a place's council is named without the larger place
        ("Tặng Cờ thi đua cho:\n1. Ủy ban nhân dân xã Vũ Lạc, huyện Kiến Xương;\n2. Ủy ban nhân dân xã Tân "
         "Lập, huyện Vũ Thư.\n",
         {"Ủy ban nhân dân xã Vũ Lạc", "Ủy ban nhân dân xã Tân Lập"}),
    ],
)
def test_branch_with_its_place_negatives(text, expected):
    assert found(text, Award, "recipient") == expected


# --- list pieces that open with their year: each recipient with the year of its achievement --------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Căn cứ kết quả bình xét, Khối đã đề nghị Bộ trưởng tặng Cờ thi đua của Bộ Tài chính cho các đơn vị dẫn đầu: "
         "năm 2011 - Cục Thuế tỉnh Nam Định; năm 2012 - Cục Thuế tỉnh Hà Nam; năm 2013 - Cục Thuế tỉnh Ninh Bình.",
         {("Cục Thuế tỉnh Nam Định", 2011), ("Cục Thuế tỉnh Hà Nam", 2012), ("Cục Thuế tỉnh Ninh Bình", 2013)}),
        ("Hằng năm Cụm đề nghị tặng Cờ thi đua của Chính phủ cho đơn vị dẫn đầu: 2018: tỉnh Bắc Kạn; 2019: "
         "tỉnh Cao Bằng.",
         {("tỉnh Bắc Kạn", 2018), ("tỉnh Cao Bằng", 2019)}),
        ("Cụm đã đề nghị UBND tỉnh tặng Cờ thi đua cho các huyện dẫn đầu:\n- Năm 2014: huyện Thạch Thành;\n"
         "- Năm 2015: huyện Ngọc Lặc.\n",
         {("huyện Thạch Thành", 2014), ("huyện Ngọc Lặc", 2015)}),
        # no year of its own: the sentence's
        ("Năm 2016, Cụm đề nghị tặng Bằng khen cho Sở Tư pháp tỉnh Hà Nam và Sở Tư pháp tỉnh Nam Định.",
         {("Sở Tư pháp tỉnh Hà Nam", 2016), ("Sở Tư pháp tỉnh Nam Định", 2016)}),
    ],
)
def test_dated_list_pieces(text, expected):
    assert found(text, Award, "recipient", "year") == expected


# --- several subjects, each with its apposition after a dash --------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ghi nhận kết quả năm 2024, Kho bạc Nhà nước Hà Tĩnh - đơn vị dẫn đầu Cụm thi đua số 2 và Kho bạc Nhà nước "
         "Quảng Bình - đơn vị dẫn đầu Cụm thi đua số 3 được đề nghị Bộ trưởng Bộ Tài chính tặng Cờ thi đua.",
         {"Kho bạc Nhà nước Hà Tĩnh", "Kho bạc Nhà nước Quảng Bình"}),
        ("Năm 2019, Cục Hải quan tỉnh Lạng Sơn – đơn vị dẫn đầu Khối thi đua số 1 và Cục Hải quan tỉnh Quảng Ninh – "
         "đơn vị dẫn đầu Khối thi đua số 2 được tặng Cờ thi đua của Bộ Tài chính.",
         {"Cục Hải quan tỉnh Lạng Sơn", "Cục Hải quan tỉnh Quảng Ninh"}),
        # one name with its apposition stays one
        ("Năm 2018, Bệnh viện Đa khoa tỉnh Phú Thọ - đơn vị dẫn đầu Khối thi đua được tặng Cờ thi đua của Bộ Y tế.",
         {"Bệnh viện Đa khoa tỉnh Phú Thọ"}),
    ],
)
def test_subjects_with_appositions(text, expected):
    assert found(text, Award, "recipient") == expected


# --- a capitalised word whose later syllable is a word no name holds on its own ("Phòng không") ----


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Khối đề nghị tặng Bằng khen của Tư lệnh Quân đoàn cho Lữ đoàn Phòng không 71 năm 2007.",
         {("Bằng khen của Tư lệnh Quân đoàn", "Lữ đoàn Phòng không 71")}),
        ("Năm 2012, Trung đoàn Phòng không 234 được tặng Cờ thi đua của Bộ Quốc phòng.",
         {("Cờ thi đua của Bộ Quốc phòng", "Trung đoàn Phòng không 234")}),
        ("Bộ trưởng tặng Bằng khen cho Công ty Hàng không Việt Nam năm 2015.",
         {("Bằng khen", "Công ty Hàng không Việt Nam")}),
        # a lowercase "không" after the name is still no part of it
        ("Năm 2016, Trường Tiểu học Kim Đồng không được tặng Bằng khen vì thiếu hồ sơ.", set()),
    ],
)
def test_capital_word_syllables(text, expected):
    assert found(text, Award, "award", "recipient") == expected


# --- the bloc's own flag handed on, its grantor in lower case --------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tại hội nghị, Công an huyện Hòa An đã trao cờ thi đua của khối cho Công an huyện Trùng Khánh, Khối "
         "trưởng năm 2020.",
         {"cờ thi đua của khối"}),
        ("Thay mặt Cụm trưởng, Đại tá Nguyễn Văn Hải trao cờ thi đua của cụm thi đua cho Thượng tá Trần Văn Bình.",
         {"cờ thi đua của cụm thi đua"}),
        ("Năm 2019, Sở Tư pháp được tặng Cờ thi đua của Bộ Tư pháp.", {"Cờ thi đua của Bộ Tư pháp"}),
    ],
)
def test_bloc_flag(text, expected):
    assert found(text, Award, "award") == expected


# --- "và" inside a unit's name: the word after it is no repeat of the name's opening word ----------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Năm 2004, Bệnh viện Lao và Bệnh phổi được Bộ trưởng Bộ Y tế tặng Cờ thi đua.",
         {"Bệnh viện Lao và Bệnh phổi"}),
        ("Năm 2018, Bệnh viện Lao và Bệnh phổi tỉnh Thái Bình được tặng Cờ thi đua của Bộ Y tế.",
         {"Bệnh viện Lao và Bệnh phổi tỉnh Thái Bình"}),
        # the opening word said again: two recipients
        ("Năm 2015, tỉnh Quảng Ninh và tỉnh Bắc Ninh được tặng Cờ thi đua của Chính phủ.",
         {"tỉnh Quảng Ninh", "tỉnh Bắc Ninh"}),
        ("Tặng Bằng khen cho NHNN chi nhánh Lào Cai và NHNN chi nhánh Yên Bái năm 2012.",
         {"NHNN chi nhánh Lào Cai", "NHNN chi nhánh Yên Bái"}),
        ("Năm 2018, Bệnh viện Răng Hàm Mặt và Bệnh viện Phụ sản được tặng Cờ thi đua của Bộ Y tế.",
         {"Bệnh viện Răng Hàm Mặt", "Bệnh viện Phụ sản"}),
    ],
)
def test_and_inside_a_name(text, expected):
    assert found(text, Award, "recipient") == expected


# --- a time with no number before the subject --------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tôi xin nhắc lại niềm vinh dự chung của Cụm khi năm qua Hải đội 301 được Bộ trưởng Bộ Quốc phòng tặng "
         "danh hiệu \"Đơn vị Quyết thắng\" năm 2022.", {("Đơn vị Quyết thắng", "Hải đội 301")}),
        ("Chúng tôi rất phấn khởi khi năm nay Trường THPT Lê Lợi được tặng Cờ thi đua của Bộ Giáo dục và Đào "
         "tạo năm 2019.",
         {("Cờ thi đua của Bộ Giáo dục và Đào tạo", "Trường THPT Lê Lợi")}),
        ("Vừa qua, Công ty Điện lực Hà Tĩnh được Bộ Công Thương tặng Bằng khen năm 2017.",
         {("Bằng khen", "Công ty Điện lực Hà Tĩnh")}),
        # a time and a stand-in, no name: nothing
        ("Năm nay đơn vị được tặng Bằng khen năm 2017.", set()),
    ],
)
def test_time_without_number(text, expected):
    assert found(text, Award, "award", "recipient") == expected


# --- a list whose items ";" separates: the unit after a comma in an item is where the first belongs ----


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("- Đề nghị tặng Bằng khen của Tư lệnh Bộ đội Biên phòng cho: Đồn Biên phòng Mường Xén, BĐBP tỉnh Thanh Hóa; "
         "Hải đội Biên phòng 3, BĐBP tỉnh Quảng Trị năm 2023.",
         {"Đồn Biên phòng Mường Xén", "Hải đội Biên phòng 3"}),
        ("Tặng Giấy khen cho: Câu lạc bộ Sơ cứu số 2, Hội Chữ thập đỏ huyện Kỳ Sơn; Trạm Y tế số 5, Trung tâm Y tế "
         "huyện Diễn Châu vì thành tích năm 2018.",
         {"Câu lạc bộ Sơ cứu số 2", "Trạm Y tế số 5"}),
        # peers open alike: every piece a recipient
        ("Tặng Bằng khen cho: Công an tỉnh Nghệ An, Công an tỉnh Hà Tĩnh; Sở Tư pháp tỉnh Quảng Bình năm 2019.",
         {"Công an tỉnh Nghệ An", "Công an tỉnh Hà Tĩnh", "Sở Tư pháp tỉnh Quảng Bình"}),
        # no ";": a plain list
        ("Tặng Bằng khen cho Đồn Biên phòng Nậm Cắn, Bộ Chỉ huy BĐBP tỉnh Nghệ An năm 2020.",
         {"Đồn Biên phòng Nậm Cắn", "Bộ Chỉ huy BĐBP tỉnh Nghệ An"}),
    ],
)
def test_semicolon_items_with_parents(text, expected):
    assert found(text, Award, "recipient") == expected


# --- two syllables that make a common word are no name, from a family name that often opens one ----


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Giám đốc Sở Văn Hóa phát biểu tại hội nghị.", set()),
        ("Trưởng phòng Văn Nghệ dự họp.", set()),
        # three syllables, or a family name that seldom opens a word, stay names
        ("Thứ trưởng Vũ Dũng phát biểu tại hội nghị.", {"Vũ Dũng"}),
        ("Giám đốc Sở Văn Hóa tỉnh, ông Văn Đình Thành, phát biểu.", {"Văn Đình Thành"}),
    ],
)
def test_common_words_no_names(text, expected):
    assert found(LEAD + text, Person, "name") == expected
