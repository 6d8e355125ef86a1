"""Chairs, twelfth round, second part (heldout20 to heldout23): a school year written without spaces
("năm học 2022-2023") and a review of a school year; the title under an official document's kind line
("BÁO CÁO") when a header stands before it; several assigning units after "được"; a later year's holders
in a clause of its own ("; năm 2018 lần lượt là C và D"); a pact signed in the title over a lead that
reviews the year before; a vote table under a role heading; a role word with its year as the subject;
a unit a "của" phrase owns before an acting role; an apposition after a dash.
Invented sentences with other units, places and years than the documents; negatives that must
yield nothing."""

from __future__ import annotations

import pytest

from schemas.facts import Chair
from tests.conftest import found

# --- a school year written without spaces: the year it ends in -------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Cụm thi đua số 4 gồm 6 trường. Năm học 2019-2020, Trường THPT Lê Lợi làm Cụm trưởng, "
            "Trường THPT Trần Phú làm Cụm phó.",
            {("chair", "Trường THPT Lê Lợi", 2020), ("vice_chair", "Trường THPT Trần Phú", 2020)},
        ),
        (
            "Khối thi đua các Phòng Giáo dục gồm 9 đơn vị. Hội nghị thống nhất Phòng Giáo dục huyện Yên Lạc làm "
            "Khối trưởng, Phòng Giáo dục huyện Tam Đảo làm Khối phó năm học 2021–2022.",
            {("chair", "Phòng Giáo dục huyện Yên Lạc", 2022), ("vice_chair", "Phòng Giáo dục huyện Tam Đảo", 2022)},
        ),
    ],
)
def test_school_year_without_spaces(text, expected):
    assert found(text, Chair, "role", "holder", "year") == expected


# --- a review of a school year: roles with no year are that year's, elections the next --------------


def test_review_of_a_school_year_in_the_title():
    text = ("Báo cáo tổng kết công tác thi đua năm học 2010-2011 của Cụm thi đua số 7\n"
            "Cụm thi đua số 7 gồm 5 trường. Trường Cao đẳng Y tế Hòa Bình được giao làm Cụm trưởng, "
            "Trường Cao đẳng Sơn La là Cụm phó. Hội nghị thống nhất bầu Trường Cao đẳng Lào Cai làm "
            "Cụm trưởng năm học 2011-2012.")
    assert found(text, Chair, "role", "holder", "year") == {
        ("chair", "Trường Cao đẳng Y tế Hòa Bình", 2011), ("vice_chair", "Trường Cao đẳng Sơn La", 2011),
        ("chair", "Trường Cao đẳng Lào Cai", 2012)}


# --- the title under an official document's kind line ---------------------------------------------


def test_title_under_kind_line_after_a_header():
    text = ("[Bản chép lại từ hồ sơ lưu trữ năm 1979.]\n"
            "ỦY BAN NHÂN DÂN HUYỆN X\n"
            "Số: 08/BC-UB                 ngày 20 tháng 1 năm 1979\n"
            "BÁO CÁO\n"
            "Tổng kết thi đua của Cụm thi đua số 3\n"
            "các nông trường quốc doanh năm 1978\n"
            "Kính gửi: Ban Thi đua tỉnh\n"
            "Cụm thi đua số 3 gồm 4 nông trường. Nông trường Sông Âm được giao làm Cụm trưởng.")
    assert found(text, Chair, "role", "year") == {("chair", 1978)}


# --- several assigning units after "được" are no holders --------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Khối thi đua các trường gồm 7 đơn vị. Năm 2011, Trường THCS Hòa Lạc được Phòng Giáo dục, Công đoàn "
            "ngành giao làm Khối trưởng.",
            {("chair", "Trường THCS Hòa Lạc", 2011)},
        ),
        (
            "Khối thi đua các bệnh viện gồm 7 đơn vị. Năm 2019, Bệnh viện Đa khoa tỉnh Phú Yên được Sở Y tế và "
            "Sở Nội vụ thống nhất giao làm Khối trưởng.",
            {("chair", "Bệnh viện Đa khoa tỉnh Phú Yên", 2019)},
        ),
    ],
)
def test_several_assigning_units_after_duoc(text, expected):
    assert found(text, Chair, "role", "holder", "year") == expected


def test_unit_listed_before_role_without_duoc_still_holds():
    text = ("Khối thi đua các Sở gồm 8 đơn vị. Năm 2017, Sở Công Thương, Sở Xây dựng làm Khối phó.")
    assert ("vice_chair", "Sở Xây dựng", 2017) in found(text, Chair, "role", "holder", "year")


# --- a later year's holders in a clause of its own: "; năm 2018 lần lượt là C và D" ---------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Cụm thi đua các Hội Nông dân gồm 5 tỉnh. Theo thứ tự luân phiên, năm 2021 Hội Nông dân tỉnh Gia Lai "
            "làm Cụm trưởng, Hội Nông dân tỉnh Kon Tum làm Cụm phó; năm 2022 lần lượt là Hội Nông dân tỉnh Đắk "
            "Nông và Hội Nông dân tỉnh Lâm Đồng.",
            {("chair", "Hội Nông dân tỉnh Gia Lai", 2021), ("vice_chair", "Hội Nông dân tỉnh Kon Tum", 2021),
             ("chair", "Hội Nông dân tỉnh Đắk Nông", 2022), ("vice_chair", "Hội Nông dân tỉnh Lâm Đồng", 2022)},
        ),
        (
            "Khối thi đua các Cục Thuế gồm 6 đơn vị. Cụm trưởng, Cụm phó năm 2024 lần lượt là Cục Thuế tỉnh Nam "
            "Định và Cục Thuế tỉnh Ninh Bình.",
            {("chair", "Cục Thuế tỉnh Nam Định", 2024), ("vice_chair", "Cục Thuế tỉnh Ninh Bình", 2024)},
        ),
    ],
)
def test_later_year_respectively(text, expected):
    assert found(text, Chair, "role", "holder", "year") == expected


# --- a pact signed in the title, its lead reviewing the year before: the flag received is for the pact year


def test_pact_title_over_review_of_the_year_before():
    text = ("Cụm thi đua các Sở Xây dựng khu vực Bắc Bộ ký giao ước thi đua năm 2020\n"
            "Sáng 15/02/2020, Cụm thi đua các Sở Xây dựng khu vực Bắc Bộ tổ chức Hội nghị tổng kết công tác thi "
            "đua năm 2019 và ký kết giao ước thi đua năm 2020.\n"
            "Ông Trần Văn Minh, Giám đốc Sở Xây dựng tỉnh Bắc Ninh đã nhận cờ luân lưu từ Sở Xây dựng tỉnh Hưng "
            "Yên.")
    assert found(text, Chair, "role", "holder", "year") == {
        ("chair", "Sở Xây dựng tỉnh Bắc Ninh", 2020), ("chair", "Sở Xây dựng tỉnh Hưng Yên", 2019)}


# --- a vote table under a numbered heading that names roles and a year -----------------------------


def test_vote_table_takes_the_heading_year():
    text = ("Cụm thi đua các Chi cục Thủy lợi khu vực Tây Bắc gồm 4 đơn vị.\n"
            "3. Bầu Cụm trưởng, Cụm phó năm 2022\n"
            "Theo nguyên tắc luân phiên, Cụm trưởng năm 2021 giới thiệu Chi cục Thủy lợi tỉnh Yên Bái làm Cụm "
            "trưởng, Chi cục Thủy lợi tỉnh Lai Châu làm Cụm phó năm 2022. Hội nghị biểu quyết, kết quả như sau:\n"
            "TT | Đơn vị | Chức danh | Tán thành\n"
            "1 | Chi cục Thủy lợi tỉnh Yên Bái | Cụm trưởng | 4\n"
            "2 | Chi cục Thủy lợi tỉnh Lai Châu | Cụm phó | 4\n")
    assert found(text, Chair, "role", "holder", "year") == {
        ("chair", "Chi cục Thủy lợi tỉnh Yên Bái", 2022), ("vice_chair", "Chi cục Thủy lợi tỉnh Lai Châu", 2022)}


# --- a role word with its year as the subject: the year is its own, not the holder's ---------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Khối thi đua các Ban Quản lý khu công nghiệp gồm 6 đơn vị. Khối trưởng năm 2020 đề nghị Ban Quản "
            "lý các khu công nghiệp tỉnh Bắc Giang làm Khối trưởng, Ban Quản lý các khu công nghiệp tỉnh Hải "
            "Dương làm Khối phó năm 2021.",
            {("chair", "Ban Quản lý các khu công nghiệp tỉnh Bắc Giang", 2021),
             ("vice_chair", "Ban Quản lý các khu công nghiệp tỉnh Hải Dương", 2021)},
        ),
        (
            "Cụm thi đua các Hội Cựu chiến binh gồm 5 tỉnh. Năm 2016, Hội Cựu chiến binh tỉnh Bến Tre làm Cụm "
            "trưởng, Hội Cựu chiến binh tỉnh Trà Vinh làm Cụm phó.",
            {("chair", "Hội Cựu chiến binh tỉnh Bến Tre", 2016),
             ("vice_chair", "Hội Cựu chiến binh tỉnh Trà Vinh", 2016)},
        ),
    ],
)
def test_role_with_year_as_subject(text, expected):
    assert found(text, Chair, "role", "holder", "year") == expected


def test_role_taken_in_the_same_clause_keeps_its_year_for_the_next():
    text = ("Cụm thi đua số 2 gồm 5 phường. Như vậy, Ủy ban MTTQ phường Tân An sẽ nhận vai trò Cụm trưởng năm 2012, "
            "Ủy ban MTTQ phường Tân Hòa làm Cụm phó.")
    assert found(text, Chair, "role", "holder", "year") == {
        ("chair", "Ủy ban MTTQ phường Tân An", 2012), ("vice_chair", "Ủy ban MTTQ phường Tân Hòa", 2012)}


# --- the kind line's title ends at a blank line ---------------------------------------------------


def test_title_under_kind_line_ends_at_blank_line():
    text = ("SỞ Y TẾ TỈNH X\n"
            "THÔNG BÁO\n"
            "Kết quả hiệp thương Khối trưởng, Khối phó các Khối thi đua năm 2016\n"
            "\n"
            "Các Khối thi đua đã tổ chức hội nghị tổng kết năm 2015 và hiệp thương như sau:\n"
            "- Khối trưởng: Bệnh viện Đa khoa huyện Mỹ Tú.\n"
            "- Khối phó: Bệnh viện Đa khoa huyện Kế Sách.\n")
    years = {y for _, _, y in found(text, Chair, "role", "holder", "year")}
    assert years <= {2016}


# --- a unit a "của" phrase owns before a comma and an acting role ---------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Khối thi đua các Sở Nội vụ gồm 6 tỉnh. Năm 2019, sau khi nghe ý kiến của đại diện Ban Thi đua - Khen "
        "thưởng tỉnh, Khối trưởng kết luận hội nghị.",
        "Cụm thi đua số 4 gồm 5 huyện. Năm 2020, sau phát biểu chỉ đạo của Sở Nội vụ tỉnh Long An, Cụm trưởng "
        "tổng kết hội nghị.",
    ],
)
def test_possessed_unit_before_acting_role_is_no_holder(text):
    assert found(text, Chair, "role", "holder", "year") == set()


# --- an apposition after a dash, as in brackets, is of the last unit before it --------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Cụm thi đua các Chi cục Hải quan gồm 5 đơn vị. Năm 2016, Cụm cảm ơn Chi cục Hải quan Móng Cái và Chi "
            "cục Hải quan Hoành Mô – đơn vị Cụm phó năm 2016 – đã phối hợp tốt.",
            {("vice_chair", "Chi cục Hải quan Hoành Mô", 2016)},
        ),
        (
            "Cụm thi đua các Chi cục Hải quan gồm 5 đơn vị. Năm 2016, Chi cục Hải quan Móng Cái và Chi cục Hải "
            "quan Hoành Mô làm Cụm phó.",
            {("vice_chair", "Chi cục Hải quan Móng Cái", 2016), ("vice_chair", "Chi cục Hải quan Hoành Mô", 2016)},
        ),
    ],
)
def test_dashed_apposition_is_of_the_last_unit(text, expected):
    assert found(text, Chair, "role", "holder", "year") == expected
