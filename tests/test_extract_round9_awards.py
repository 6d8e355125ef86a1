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
        ("Ông Rơ Mah Văn Tuấn, Bí thư Đảng ủy xã Ia Ka, dự hội nghị.", {("Rơ Mah Văn Tuấn", "Bí thư Đảng ủy xã Ia Ka")}),
        ("Phó Chủ tịch UBND huyện Alăng Văn Nam trao thưởng cho các tập thể.", {("Alăng Văn Nam", "Phó Chủ tịch UBND huyện")}),
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
        ("Các đơn vị trong Khối thi đua hưởng ứng phong trào thi đua Dân vận khéo, đạt nhiều kết quả.", {"Dân vận khéo"}),
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
         {"Hội LHPN huyện Quế Sơn", "Hội LHPN xã Quế Phong, huyện Quế Sơn", "Hội LHPN thị trấn Hà Lam, huyện Thăng Bình"}),
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
        ("Tặng Cờ thi đua cho:\n1. Ủy ban nhân dân xã Vũ Lạc, huyện Kiến Xương;\n2. Ủy ban nhân dân xã Tân Lập, huyện Vũ Thư.\n",
         {"Ủy ban nhân dân xã Vũ Lạc", "Ủy ban nhân dân xã Tân Lập"}),
    ],
)
def test_branch_with_its_place_negatives(text, expected):
    assert found(text, Award, "recipient") == expected
