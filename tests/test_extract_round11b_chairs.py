"""Chairs, second part of round eleven (heldout15, heldout16): a school year gives the year it ends
in; numbered items under a line that announces roles take its year, as do the bullets under a
numbered item that names a body; … (see each section).
Invented sentences with other units, places and years than the documents; negatives that must
yield nothing or keep their own year."""

from __future__ import annotations

import pytest

from schemas.facts import Chair
from tests.conftest import found


def chairs_dated(text: str, published: str | None = None) -> set:
    from pipeline.process import process_text

    _, facts = process_text(text, published=published)
    return {(f.body, f.role, f.holder, f.year) for f in facts if isinstance(f, Chair)}


# --- a school year is the year it ends in ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "Cụm thi đua các trường tiểu học huyện Yên Thế họp. Hội nghị cử Trường Tiểu học Bố Hạ làm Cụm trưởng "
            "năm học 2014 - 2015, Trường Tiểu học Đồng Kỳ làm Cụm phó.",
            "2014-09-20",
            {("chair", "Trường Tiểu học Bố Hạ", 2015), ("vice_chair", "Trường Tiểu học Đồng Kỳ", 2015)},
        ),
        (
            "Khối thi đua các trường mầm non quận Ngô Quyền tổng kết. Năm học 2008–2009, Trường Mầm non Hoa Sen "
            "là Khối trưởng.",
            "2009-06-02",
            {("chair", "Trường Mầm non Hoa Sen", 2009)},
        ),
        (  # a school year written with "năm học" alone and one year stays that year
            "Cụm thi đua số 3 các trường THPT họp. Trường THPT Thanh Miện làm Cụm trưởng năm học 2016.",
            None,
            {("chair", "Trường THPT Thanh Miện", 2016)},
        ),
    ],
)
def test_school_year_ends_in(text, published, expected):
    assert {(r, h, y) for _, r, h, y in chairs_dated(text, published)} == expected


# --- numbered items under a line that announces roles ------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a decision of December giving next year's roles, items numbered "1."
            "QUYẾT ĐỊNH\nVề việc khen thưởng năm 2018\nĐiều 1. Tặng Giấy khen cho các tập thể năm 2018.\n"
            "Điều 2. Phân công Cụm trưởng, Cụm phó các Cụm thi đua năm 2019 như sau:\n"
            "1. Cụm thi đua số 1: Cụm trưởng - Xí nghiệp Thủy nông Kiến Xương; Cụm phó - Xí nghiệp Thủy nông "
            "Tiền Hải;\n"
            "2. Cụm thi đua số 2: Cụm trưởng - Xí nghiệp Thủy nông Đông Hưng; Cụm phó - Xí nghiệp Thủy nông "
            "Quỳnh Phụ.\n"
            "Điều 3. Quyết định này có hiệu lực kể từ ngày ký.",
            {("chair", "Xí nghiệp Thủy nông Kiến Xương", 2019), ("vice_chair", "Xí nghiệp Thủy nông Tiền Hải", 2019),
             ("chair", "Xí nghiệp Thủy nông Đông Hưng", 2019), ("vice_chair", "Xí nghiệp Thủy nông Quỳnh Phụ", 2019)},
        ),
        (  # items with ")" and a school year in the announcing line after a date of its own
            "THÔNG BÁO\nCăn cứ biên bản họp ngày 12/9/2015,\nPhòng Giáo dục thông báo kết quả bầu Khối trưởng, "
            "Khối phó các Khối thi đua năm học 2015 - 2016 như sau:\n"
            "1) Khối thi đua số 1: Khối trưởng - Trường THCS Tân Trào; Khối phó - Trường THCS Hồng Thái.\n"
            "Các trường hoàn thành hồ sơ năm 2015 trước ngày 30/9/2015.",
            {("chair", "Trường THCS Tân Trào", 2016), ("vice_chair", "Trường THCS Hồng Thái", 2016)},
        ),
        (  # a numbered item that names a body, with the role bullets under it
            "THÔNG BÁO\nĐoàn Thanh niên khối doanh nghiệp thông báo kết quả bầu Cụm trưởng, Cụm phó các Cụm thi "
            "đua năm 2021 như sau:\n"
            "1. Cụm thi đua số 1 (Đoàn Thanh niên các công ty: Điện lực Hải Dương, Nước sạch Hải Dương)\n"
            "- Cụm trưởng: Đoàn Thanh niên Công ty Điện lực Hải Dương.\n"
            "- Cụm phó: Đoàn Thanh niên Công ty Nước sạch Hải Dương.\n"
            "Các đơn vị gửi báo cáo năm 2020 và hồ sơ khen thưởng năm 2020 về Văn phòng.",
            {("chair", "Đoàn Thanh niên Công ty Điện lực Hải Dương", 2021),
             ("vice_chair", "Đoàn Thanh niên Công ty Nước sạch Hải Dương", 2021)},
        ),
    ],
)
def test_numbered_items_under_announcing_line(text, expected):
    assert found(text, Chair, "role", "holder", "year") == expected


def test_numbered_items_under_plain_heading_keep_their_own_year():
    """A capital heading that names a year (no roles, no colon) does not date the numbered points under
    it: they are plans, not terms."""
    text = ("Cụm thi đua số 4 các Chi cục Thủy lợi tổng kết năm 2016.\nII. PHƯƠNG HƯỚNG NĂM 2017\n"
            "1. Chi cục Thủy lợi Hà Nam làm Cụm trưởng năm 2016 đã hoàn thành tốt nhiệm vụ.")
    assert found(text, Chair, "role", "holder", "year") == {("chair", "Chi cục Thủy lợi Hà Nam", 2016)}


# --- ports and airports are units --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Cụm thi đua số 2 các cảng hàng không miền Trung họp năm 2021. Cụm trưởng là Cảng hàng không quốc tế "
            "Chu Lai; Cụm phó là Cảng hàng không Đồng Hới.",
            {("chair", "Cảng hàng không quốc tế Chu Lai", 2021), ("vice_chair", "Cảng hàng không Đồng Hới", 2021)},
        ),
        (
            "Khối thi đua các đơn vị hàng hải phía Bắc tổng kết năm 2017. Cảng vụ Hàng hải Quảng Ninh được bầu "
            "làm Khối trưởng năm 2018, Cảng Hải Phòng làm Khối phó.",
            {("chair", "Cảng vụ Hàng hải Quảng Ninh", 2018), ("vice_chair", "Cảng Hải Phòng", 2018)},
        ),
    ],
)
def test_ports_and_airports(text, expected):
    assert found(text, Chair, "role", "holder", "year") == expected


def test_a_lower_case_port_is_no_holder():
    text = "Khối thi đua số 3 họp năm 2020 tại cảng cá Lạch Bạng. Các đơn vị làm tốt vai trò Khối trưởng."
    assert found(text, Chair, "holder") == set()


# --- one role, several holders each with its body in brackets ----------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Cụm thi đua số 1, Cụm thi đua số 2 và Cụm thi đua số 3 các Chi cục Kiểm lâm họp năm 2016. Các đơn "
            "vị Cụm trưởng năm 2016 là Chi cục Kiểm lâm Lào Cai (Cụm thi đua số 1), Chi cục Kiểm lâm Yên Bái "
            "(Cụm thi đua số 2) và Chi cục Kiểm lâm Hà Giang (Cụm thi đua số 3) đã hoàn thành tốt nhiệm vụ.",
            {("Cụm thi đua số 1", "chair", "Chi cục Kiểm lâm Lào Cai", 2016),
             ("Cụm thi đua số 2", "chair", "Chi cục Kiểm lâm Yên Bái", 2016),
             ("Cụm thi đua số 3", "chair", "Chi cục Kiểm lâm Hà Giang", 2016)},
        ),
        (  # the body in short after each holder, the school year its last
            "Khối thi đua số 1 và Khối thi đua số 2 các trường cao đẳng sư phạm họp. Các đơn vị Khối phó năm học "
            "2012 - 2013 là Trường Cao đẳng Sư phạm Hòa Bình (Khối thi đua số 1), Trường Cao đẳng Sư phạm Điện "
            "Biên (Khối thi đua số 2).",
            {("Khối thi đua số 1", "vice_chair", "Trường Cao đẳng Sư phạm Hòa Bình", 2013),
             ("Khối thi đua số 2", "vice_chair", "Trường Cao đẳng Sư phạm Điện Biên", 2013)},
        ),
    ],
)
def test_one_role_holders_with_bodies_in_brackets(text, expected):
    assert found(text, Chair, "body", "role", "holder", "year") == expected


def test_a_bracket_with_a_role_is_no_body():
    """ "A (Cụm phó năm 2014)": the bracket names a role of A, not the body of a second holder."""
    text = ("Cụm thi đua số 4 các Sở Tư pháp họp năm 2015. Cụm trưởng năm 2015 là Sở Tư pháp tỉnh Kon Tum (Cụm "
            "phó năm 2014), Sở Tư pháp tỉnh Gia Lai làm Cụm phó.")
    got = found(text, Chair, "role", "holder", "year")
    assert ("chair", "Sở Tư pháp tỉnh Kon Tum", 2015) in got
    assert ("chair", "Sở Tư pháp tỉnh Gia Lai", 2015) not in got


# --- an abbreviation of a whole organisation is spelt out only where the text writes it so -----


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a bank's brand before its branch: the spelt name is nowhere in the text
            "Các chi nhánh của Ngân hàng TMCP Hàng hải Việt Nam (MSBV) tại Nghệ An lập Cụm thi đua số 3. Năm 2022, "
            "MSBV Vinh được bầu làm Cụm trưởng, MSBV Cửa Lò làm Cụm phó.",
            {("chair", "MSBV Vinh", 2022), ("vice_chair", "MSBV Cửa Lò", 2022)},
        ),
        (  # an abbreviation of a kind is spelt out as before
            "Cụm thi đua số 6 gồm Công an huyện (CAH) các huyện miền núi. Năm 2019, CAH Quế Phong làm Cụm trưởng.",
            {("chair", "Công an huyện Quế Phong", 2019)},
        ),
    ],
)
def test_whole_organisation_abbreviation(text, expected):
    assert found(text, Chair, "role", "holder", "year") == expected


# --- the office of the role in every body, one more in a list of offices ------------------------


def test_role_of_all_bodies_in_a_list_of_offices():
    text = ("Cụm thi đua số 3 các Bưu điện tỉnh tổng kết năm 2020. Điều 3. Chánh Văn phòng, Giám đốc Bưu điện tỉnh "
            "Nam Định, Cụm trưởng các Cụm thi đua và các tập thể có tên tại Điều 1 chịu trách nhiệm thi hành "
            "Quyết định này.")
    assert found(text, Chair, "holder") == set()


def test_post_office_before_its_role_across_a_comma():
    text = "Cụm thi đua số 3 các Bưu điện tỉnh tổng kết năm 2020. Bưu điện tỉnh Nam Định, Cụm trưởng Cụm thi đua số 3."
    assert found(text, Chair, "role", "holder", "year") == {("chair", "Bưu điện tỉnh Nam Định", 2020)}


# --- a dashed apposition with the holder's role of the year before ------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Khối thi đua các Sở Xây dựng miền núi phía Bắc họp năm 2012. Hội nghị nhất trí giao Sở Xây dựng Lào Cai "
            "- Phó Trưởng khối năm 2012 - làm Trưởng khối năm 2013; Sở Xây dựng Yên Bái làm Phó Trưởng khối.",
            {("chair", "Sở Xây dựng Lào Cai", 2013), ("vice_chair", "Sở Xây dựng Lào Cai", 2012),
             ("vice_chair", "Sở Xây dựng Yên Bái", 2013)},
        ),
        (
            "Cụm thi đua số 4 các Chi cục Hải quan họp năm 2018. Chi cục Hải quan Móng Cái – đơn vị Cụm phó năm "
            "2018 – được bầu làm Cụm trưởng năm 2019.",
            {("chair", "Chi cục Hải quan Móng Cái", 2019), ("vice_chair", "Chi cục Hải quan Móng Cái", 2018)},
        ),
    ],
)
def test_dashed_role_apposition(text, expected):
    assert found(text, Chair, "role", "holder", "year") == expected


def test_roles_after_dashes_in_turn_are_no_apposition():
    """ "A – Khối trưởng; B – Khối phó": each holder before its own dash."""
    text = "3. Khối thi đua các sở nội chính năm 2014: Sở Tư pháp – Khối trưởng; Thanh tra tỉnh – Khối phó."
    assert found(text, Chair, "role", "holder") == {("chair", "Sở Tư pháp"), ("vice_chair", "Thanh tra tỉnh")}


# --- a role that goes on into the year the paragraph opens with ---------------------------------


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "Cục Hậu cần tổng kết năm 2019. Năm 2020, Cục giao Phòng Tài chính làm Khối trưởng Khối thi đua các "
            "phòng nghiệp vụ. Khối thi đua các đơn vị cơ sở vẫn do Xí nghiệp Xăng dầu K131 làm Khối trưởng.",
            "2020-01-15",
            {("chair", "Phòng Tài chính", 2020), ("chair", "Xí nghiệp Xăng dầu K131", 2020)},
        ),
        (  # "hiện nay … tiếp tục": the document's own time, not the year the paragraph opens with
            "Khối thi đua các Sở Tư pháp tổng kết năm 2023. Năm 2021, Sở Tư pháp tỉnh Bình Phước là Khối trưởng. "
            "Hiện nay Sở Tư pháp tỉnh Bình Phước tiếp tục giữ vai trò Khối trưởng.",
            "2023-12-10",
            {("chair", "Sở Tư pháp tỉnh Bình Phước", 2021), ("chair", "Sở Tư pháp tỉnh Bình Phước", 2023)},
        ),
    ],
)
def test_role_going_on(text, published, expected):
    assert {(r, h, y) for _, r, h, y in chairs_dated(text, published)} == expected


# --- a bracketed recap of the year before: "(năm Y: A Cụm trưởng, B Cụm phó)" ------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Cụm thi đua các đài phát thanh khu vực Tây Bắc họp. Hội nghị thống nhất: Đài Phát thanh tỉnh Sơn La "
            "làm Cụm trưởng, Đài Phát thanh tỉnh Điện Biên làm Cụm phó năm 2015 (năm 2014: Đài Phát thanh tỉnh Lai "
            "Châu Cụm trưởng, Đài Phát thanh tỉnh Yên Bái Cụm phó).",
            {("chair", "Đài Phát thanh tỉnh Sơn La", 2015), ("vice_chair", "Đài Phát thanh tỉnh Điện Biên", 2015),
             ("chair", "Đài Phát thanh tỉnh Lai Châu", 2014), ("vice_chair", "Đài Phát thanh tỉnh Yên Bái", 2014)},
        ),
    ],
)
def test_bracketed_recap(text, expected):
    assert found(text, Chair, "role", "holder", "year") == expected


def test_unit_before_role_with_no_year_lead_in_is_no_recap():
    """ "Thành phần: A Cụm trưởng, …" with no year before the colon: not taken as a recap."""
    text = ("Cụm thi đua các đài phát thanh khu vực Tây Bắc họp năm 2015. Thành phần: Đài Phát thanh tỉnh Lai Châu "
            "Cụm trưởng, Đài Phát thanh tỉnh Yên Bái Cụm phó.")
    assert found(text, Chair, "holder") == set()


# --- a role in brackets after a person's title in a line of attendees ---------------------------


def test_role_in_brackets_after_title():
    text = ("Cụm thi đua số 2 các Liên đoàn Lao động tổng kết năm 2015.\nThành phần dự họp:\n"
            "- Liên đoàn Lao động tỉnh Hưng Yên: đồng chí Đỗ Văn Tâm, Chủ tịch, Cụm phó năm 2015;\n"
            "- Liên đoàn Lao động tỉnh Hà Nam: đồng chí Lê Thị Hoa, Chủ tịch (Cụm trưởng năm 2015);")
    assert found(text, Chair, "role", "holder", "year") == {
        ("vice_chair", "Đỗ Văn Tâm", 2015), ("chair", "Lê Thị Hoa", 2015)}


# --- "năm qua" in a document of January; joint ventures ----------------------------------------


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (
            "Khối thi đua các đơn vị khai khoáng ký giao ước thi đua năm 2016. Năm qua, Khối thi đua các đơn vị "
            "khai khoáng do Liên doanh Việt - Lào Sepon làm Khối trưởng, đã duy trì tốt hoạt động. Năm 2016, Công "
            "ty Than Vàng Danh làm Khối trưởng.",
            "2016-01-20",
            {("chair", "Liên doanh Việt - Lào Sepon", 2015), ("chair", "Công ty Than Vàng Danh", 2016)},
        ),
        (  # in December "năm qua" is the year of the document
            "Khối thi đua các đơn vị khai khoáng tổng kết. Năm qua, Khối thi đua các đơn vị khai khoáng do Công ty "
            "Than Hà Lầm làm Khối trưởng.",
            "2016-12-20",
            {("chair", "Công ty Than Hà Lầm", 2016)},
        ),
    ],
)
def test_year_just_past(text, published, expected):
    assert {(r, h, y) for _, r, h, y in chairs_dated(text, published)} == expected


def test_school_year_with_a_slash():
    text = ("THÔNG BÁO\nPhòng Giáo dục thông báo phân công Cụm trưởng, Cụm phó năm học 2017/2018 như sau:\n"
            "- Cụm thi đua số 1: Cụm trưởng - Trường Mầm non Sen Hồng; Cụm phó - Trường Mầm non Họa Mi.\n"
            "Năm 2017 các trường đã hoàn thành nhiệm vụ. Trường Mầm non Ánh Dương làm Cụm trưởng năm học 2016/2017.")
    assert found(text, Chair, "role", "holder", "year") == {
        ("chair", "Trường Mầm non Sen Hồng", 2018), ("vice_chair", "Trường Mầm non Họa Mi", 2018),
        ("chair", "Trường Mầm non Ánh Dương", 2017)}


def test_holders_with_bodies_in_brackets_before_their_role():
    text = ("Khối thi đua số 1, Khối thi đua số 2 và Khối thi đua số 3 các công ty cấp nước họp năm 2019. Hội nghị "
            "bầu Công ty Cấp nước Hà Nam (Khối thi đua số 3), Công ty Cấp nước Thái Bình (Khối thi đua số 1) và Công "
            "ty Cấp nước Nam Định (Khối thi đua số 2) làm Khối trưởng năm 2020.")
    assert found(text, Chair, "body", "holder", "year") == {
        ("Khối thi đua số 3", "Công ty Cấp nước Hà Nam", 2020),
        ("Khối thi đua số 1", "Công ty Cấp nước Thái Bình", 2020),
        ("Khối thi đua số 2", "Công ty Cấp nước Nam Định", 2020)}


def test_one_holder_with_its_body_in_brackets_before_the_role():
    text = ("Khối thi đua số 1 và Khối thi đua số 2 các công ty cấp nước họp năm 2019. Công ty Cấp nước Hà Nam "
            "(Khối thi đua số 2) làm Khối phó năm 2020.")
    assert found(text, Chair, "body", "role", "holder") == {
        ("Khối thi đua số 2", "vice_chair", "Công ty Cấp nước Hà Nam")}


def test_lettered_items_under_announcing_line():
    text = ("QUYẾT ĐỊNH\nVề việc khen thưởng năm 2015\n"
            "Điều 3. Phân công Trưởng khối, Phó Trưởng khối các Khối thi đua năm 2016 như sau:\n"
            "a) Khối thi đua số 1: Trưởng khối - Bệnh viện Đa khoa tỉnh Hòa Bình; Phó Trưởng khối - Bệnh viện Đa khoa "
            "tỉnh Sơn La.\nb) Khối thi đua số 2: Trưởng khối - Bệnh viện Đa khoa tỉnh Lào Cai.\n"
            "Điều 4. Các đơn vị báo cáo kết quả năm 2015 trước ngày 30/12.")
    assert found(text, Chair, "role", "holder", "year") == {
        ("chair", "Bệnh viện Đa khoa tỉnh Hòa Bình", 2016), ("vice_chair", "Bệnh viện Đa khoa tỉnh Sơn La", 2016),
        ("chair", "Bệnh viện Đa khoa tỉnh Lào Cai", 2016)}


# --- a unit's name with "và" and lower-case words, written whole twice or more ------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # before the role
            "Khối thi đua các Cục chuyên ngành họp năm 2019. Khối thi đua các Cục chuyên ngành do Cục Quản lý "
            "giống và vật tư nông nghiệp làm Khối trưởng, Cục Thú y làm Khối phó. Cục Quản lý giống và vật tư "
            "nông nghiệp đã tổ chức tốt hội thao.",
            {("chair", "Cục Quản lý giống và vật tư nông nghiệp", 2019), ("vice_chair", "Cục Thú y", 2019)},
        ),
        (  # after the role
            "Khối thi đua các Cục chuyên ngành họp năm 2019. Khối trưởng là Cục Quản lý giống và vật tư nông "
            "nghiệp; Khối phó là Cục Thú y. Cục Quản lý giống và vật tư nông nghiệp đã tổ chức tốt hội thao.",
            {("chair", "Cục Quản lý giống và vật tư nông nghiệp", 2019), ("vice_chair", "Cục Thú y", 2019)},
        ),
    ],
)
def test_unit_name_with_and_written_twice(text, expected):
    assert found(text, Chair, "role", "holder", "year") == expected


def test_unit_name_with_and_written_once_stays_cut():
    """Written once, the lower-case words after "và" are not taken into the name."""
    text = ("Khối thi đua các Cục chuyên ngành họp năm 2019. Khối trưởng là Cục Quản lý giống và vật tư nông "
            "nghiệp; Khối phó là Cục Thú y.")
    assert ("chair", "Cục Quản lý giống và vật tư nông nghiệp") not in found(text, Chair, "role", "holder")


# --- a holder's name that runs from its place into a verb phrase --------------------------------


def test_holder_name_ends_before_a_verb_phrase():
    text = ("Khối thi đua số 2 các Sư đoàn phòng không họp năm 2021. Với vai trò Khối trưởng, chúng tôi cùng đơn vị "
            "Khối phó là Lữ đoàn PK Tây Nguyên xây dựng lại quy chế chấm điểm. Lữ đoàn PK Tây Nguyên đã hoàn thành "
            "tốt nhiệm vụ.")
    assert ("vice_chair", "Lữ đoàn PK Tây Nguyên", 2021) in found(text, Chair, "role", "holder", "year")


def test_holder_name_not_cut_where_the_document_never_writes_it_so():
    """Only a name the document writes elsewhere without the words is cut to it."""
    text = ("Khối thi đua số 2 các Sư đoàn phòng không họp năm 2021. Khối phó là Lữ đoàn PK Tây Nguyên xây dựng lại "
            "quy chế chấm điểm.")
    assert "Lữ đoàn PK Tây Nguyên" not in found(text, Chair, "holder")


def test_numbered_items_under_a_heading_naming_roles():
    text = ("QUYẾT ĐỊNH\nVề việc khen thưởng năm 2015\nIII. PHÂN CÔNG KHỐI TRƯỞNG, KHỐI PHÓ NĂM 2016\n"
            "1. Khối thi đua số 1: Khối trưởng - Bệnh viện Đa khoa tỉnh Hòa Bình; Khối phó - Bệnh viện Đa khoa tỉnh "
            "Sơn La.\n2. Khối thi đua số 2: Khối trưởng - Bệnh viện Đa khoa tỉnh Lào Cai.\nIV. TỔ CHỨC THỰC HIỆN\n"
            "Các đơn vị báo cáo kết quả năm 2015 trước ngày 30/12.")
    assert found(text, Chair, "role", "holder", "year") == {
        ("chair", "Bệnh viện Đa khoa tỉnh Hòa Bình", 2016), ("vice_chair", "Bệnh viện Đa khoa tỉnh Sơn La", 2016),
        ("chair", "Bệnh viện Đa khoa tỉnh Lào Cai", 2016)}
