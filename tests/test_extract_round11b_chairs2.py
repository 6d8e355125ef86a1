"""Chairs, eleventh round, second part (clean-up): an office that ends in the head word of a unit
("Trưởng Công an", "Trưởng Ban", "Chánh Thanh tra", "Trưởng Đồn") leaves that unit whole for the
holder and the unit a person heads ("Công an phường X", not "phường X"), while the person and the
title the persons extractor reads stay as they were; a coined abbreviation of a holder is spelt out
by the document's full forms alone. Invented sentences with other units, places and years than the
documents; negatives that must not change."""

from __future__ import annotations

import pytest

from schemas.facts import Chair, Person
from tests.conftest import found

# --- an office ending in a unit's head: the unit stays whole ---------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # person, comma, office + unit
            "Cụm trưởng Cụm thi đua số 4 năm 2024 là Thiếu tá Nguyễn Văn Hùng, Trưởng Công an xã Tân Phú.",
            {("chair", "Nguyễn Văn Hùng", "Công an xã Tân Phú", 2024)},
        ),
        (  # office + unit, then the person
            "Năm 2022, Trưởng Công an thị trấn Phong Điền Lê Văn Tâm làm Cụm phó Cụm thi đua số 3.",
            {("vice_chair", "Lê Văn Tâm", "Công an thị trấn Phong Điền", 2022)},
        ),
        (  # person, dash, office + unit
            "Năm 2019, Cụm trưởng Cụm thi đua số 7 là Trung tá Đỗ Minh Quân - Trưởng Công an phường Hòa Khánh.",
            {("chair", "Đỗ Minh Quân", "Công an phường Hòa Khánh", 2019)},
        ),
        (  # a party board: the name runs on past lower-case words
            "Đồng chí Trần Thị Mai, Trưởng Ban Dân vận Huyện ủy Cờ Đỏ, được bầu làm Khối trưởng Khối thi đua "
            "các cơ quan Đảng năm 2023.",
            {("chair", "Trần Thị Mai", "Ban Dân vận Huyện ủy Cờ Đỏ", 2023)},
        ),
        (
            "Năm 2017, ông Hà Văn Bình, Trưởng Ban Thi đua - Khen thưởng tỉnh Sơn La làm Khối trưởng Khối thi "
            "đua số 1.",
            {("chair", "Hà Văn Bình", "Ban Thi đua - Khen thưởng tỉnh Sơn La", 2017)},
        ),
        (  # an office of titles.txt that ends in a capitalised head
            "Năm 2018, ông Lò Văn Khiêm, Trưởng Đài Truyền thanh huyện Mường Lát làm Khối phó Khối thi đua số 5.",
            {("vice_chair", "Lò Văn Khiêm", "Đài Truyền thanh huyện Mường Lát", 2018)},
        ),
        (
            "Năm 2023, Chánh Thanh tra tỉnh Bạc Liêu Trịnh Văn Lực làm Cụm phó Cụm thi đua số 2.",
            {("vice_chair", "Trịnh Văn Lực", "Thanh tra tỉnh Bạc Liêu", 2023)},
        ),
        (
            "Cụm phó Cụm thi đua số 6 năm 2022 là ông Lưu Đức Hạnh - Trưởng Đồn Biên phòng Cửa khẩu Lệ Thanh.",
            {("vice_chair", "Lưu Đức Hạnh", "Đồn Biên phòng Cửa khẩu Lệ Thanh", 2022)},
        ),
        (
            "Năm 2021, bà Đinh Thị Na, Trưởng Khoa Nội Bệnh viện Đa khoa tỉnh Gia Lai làm Khối phó Khối thi đua "
            "số 3.",
            {("vice_chair", "Đinh Thị Na", "Khoa Nội Bệnh viện Đa khoa tỉnh Gia Lai", 2021)},
        ),
    ],
)
def test_office_ending_in_a_unit_head_leaves_the_unit_whole(text, expected):
    assert found(text, Chair, "role", "holder", "holder_org", "year") == expected


def test_office_ending_in_a_unit_head_without_a_person():
    text = "Năm 2018, Trưởng Công an huyện Krông Năng làm Cụm trưởng Cụm thi đua số 2."
    assert found(text, Chair, "holder", "holder_kind") == {("Công an huyện Krông Năng", "org")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the persons extractor reads the same office and unit as before
            "Cụm trưởng Cụm thi đua số 4 năm 2024 là Thiếu tá Nguyễn Văn Hùng, Trưởng Công an xã Tân Phú.",
            {("Nguyễn Văn Hùng", "Trưởng Công an xã Tân Phú")},
        ),
        (
            "Năm 2022, Trưởng Công an thị trấn Phong Điền Lê Văn Tâm làm Cụm phó Cụm thi đua số 3.",
            {("Lê Văn Tâm", "Trưởng Công an thị trấn Phong Điền")},
        ),
        (
            "Năm 2017, ông Hà Văn Bình, Trưởng Ban Thi đua - Khen thưởng tỉnh Sơn La làm Khối trưởng Khối thi "
            "đua số 1.",
            {("Hà Văn Bình", "Trưởng Ban Thi đua - Khen thưởng tỉnh Sơn La")},
        ),
    ],
)
def test_persons_keep_their_names_and_titles(text, expected):
    assert found(text, Person, "name", "title") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the office's head is followed by the person: no unit, no bare "Công an"
            "Năm 2019, Trưởng Công an Nguyễn Văn Hải làm Cụm trưởng Cụm thi đua số 7.",
            {("Nguyễn Văn Hải", None)},
        ),
        (  # the office alone, nothing after it
            "Ông Lò Văn Pọm, Trưởng Công an, phát biểu. Năm 2020, ông Lò Văn Pọm làm Cụm trưởng Cụm thi đua số 1.",
            {("Lò Văn Pọm", None)},
        ),
        (  # an office before the unit's head is unchanged
            "Năm 2020, Giám đốc Công an tỉnh Điện Biên Lò Văn Sính làm Cụm trưởng Cụm thi đua số 6.",
            {("Lò Văn Sính", "Công an tỉnh Điện Biên")},
        ),
        (  # a board inside an office ("Hội đồng quản trị") is no unit of its own
            "Năm 2021, ông Lê Văn Tám, Chủ tịch Hội đồng quản trị Công ty cổ phần Cao su Phước Hòa làm Khối "
            "trưởng Khối thi đua số 3.",
            {("Lê Văn Tám", "Công ty cổ phần Cao su Phước Hòa")},
        ),
        (  # a lower-case office word is left as it was
            "Khối trưởng Khối thi đua số 2 năm 2021: ông Phan Văn Lộc - Trưởng phòng Tài chính - Kế hoạch "
            "huyện Châu Thành.",
            {("Phan Văn Lộc", None)},
        ),
    ],
)
def test_offices_that_leave_no_unit(text, expected):
    assert found(text, Chair, "holder", "holder_org") == expected


def test_no_role_no_chair():
    text = "Thiếu tá Nguyễn Văn Hùng, Trưởng Công an xã Tân Phú, phát biểu tại hội nghị sơ kết năm 2024."
    assert found(text, Chair, "holder") == set()


# --- a coined abbreviation spelt out by the document's full forms ---------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Thành phần: Kho bạc Nhà nước huyện Mỏ Cày, Kho bạc Nhà nước huyện Ba Tri.\n"
            "Năm 2021, KBNNH Ba Tri làm Khối trưởng Khối thi đua số 2.",
            {("chair", "Kho bạc Nhà nước huyện Ba Tri", 2021)},
        ),
        (  # nowhere written in full: the abbreviation stays
            "Năm 2021, KBNNH Ba Tri làm Khối trưởng Khối thi đua số 2.",
            {("chair", "KBNNH Ba Tri", 2021)},
        ),
    ],
)
def test_coined_abbreviation_spelt_out_by_full_forms(text, expected):
    assert found(text, Chair, "role", "holder", "year") == expected
