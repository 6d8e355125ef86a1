"""Chairs, fourteenth round (heldout28 to heldout31): a role of several bodies named after it ("Cụm trưởng các
cụm", "Khối trưởng của hai khối") with its holders in turn, each maybe with its body in brackets; a holder far
before its role across link words; a company's legal form after a dash; a bare office before a dash in an
attendance list, and the unit that labels the item; a table cell of an office code and a unit; a candidate a
vote table does not elect; a replaced holder in brackets not taking the year outside them; heads a writer
spells short ("Cty") and heads written alone before a place; a holder whose full form differs only in case.
Invented sentences with other units, places and years than the documents; negatives that must yield
nothing."""

from __future__ import annotations

import pytest

from extractors.chairs_tables import outvoted
from extractors.full_forms import full_form
from schemas.facts import Chair
from tests.conftest import found

# --- a role of several bodies named after it, its holders in turn -----------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Các trường được chia thành 3 cụm thi đua: Cụm thi đua số 1, Cụm thi đua số 2 và Cụm thi đua số 3. "
         "Năm 2019, Cụm trưởng các cụm lần lượt là: Trường Tiểu học Hòa Bình (Cụm số 1), Trường Tiểu học Tân "
         "Phong (Cụm số 2) và Trường Tiểu học Quyết Tiến (Cụm số 3).",
         {("Cụm thi đua số 1", "Trường Tiểu học Hòa Bình", 2019),
          ("Cụm thi đua số 2", "Trường Tiểu học Tân Phong", 2019),
          ("Cụm thi đua số 3", "Trường Tiểu học Quyết Tiến", 2019)}),
        ("Khối thi đua số 4 họp tại Sơn La. Cùng tháng, Khối thi đua số 1 và Khối thi đua số 5 cũng đã tổng "
         "kết. Khối trưởng năm 2016 của hai khối lần lượt là Công ty Thủy điện Bản Chát và Công ty Thủy điện "
         "Hủa Na.",
         {("Khối thi đua số 1", "Công ty Thủy điện Bản Chát", 2016),
          ("Khối thi đua số 5", "Công ty Thủy điện Hủa Na", 2016)}),
    ],
)
def test_role_of_several_bodies_in_turn(text, expected):
    got = {(c[0].replace("Cụm số", "Cụm thi đua số"), *c[1:]) for c in found(text, Chair, "body", "holder", "year")}
    assert got == expected


def test_one_role_of_one_body_is_not_in_turn():
    text = ("Khối thi đua số 1 và Khối thi đua số 2 đã tổng kết. Khối trưởng Khối thi đua số 2 năm 2016 lần lượt "
            "là Công ty Thủy điện Bản Chát và Công ty Thủy điện Hủa Na.")
    assert ("Khối thi đua số 1", "Công ty Thủy điện Bản Chát") not in found(text, Chair, "body", "holder")


# --- a holder far before its role across link words -----------------------------------------------


def test_holder_across_a_long_run_of_link_words():
    text = ("Cụm thi đua số 6 tổ chức hội nghị tại Tây Ninh. Liên minh Hợp tác xã tỉnh Tây Ninh vinh dự được các "
            "đơn vị tín nhiệm giao nhiệm vụ Cụm trưởng năm 2015.")
    assert found(text, Chair, "role", "holder", "year") == {("chair", "Liên minh Hợp tác xã tỉnh Tây Ninh", 2015)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Cụm thi đua số 3 họp. Kết quả bầu: Ban Dân tộc tỉnh Điện Biên đạt 6/6 phiếu, trúng cử Cụm phó năm 2020.",
         {("vice_chair", "Ban Dân tộc tỉnh Điện Biên", 2020)}),
        ("Cụm thi đua số 3 họp. Ban Dân tộc tỉnh Lai Châu được 5/6 phiếu (83,3%), được bầu làm Cụm trưởng năm 2021.",
         {("chair", "Ban Dân tộc tỉnh Lai Châu", 2021)}),
        # no vote count: a clause of its own, no holder
        ("Cụm thi đua số 3 họp. Ban Dân tộc tỉnh Lai Châu báo cáo kết quả công tác năm 2020, trúng cử Cụm trưởng "
         "năm 2021 là đơn vị khác.", set()),
    ],
)
def test_vote_count_between_holder_and_role(text, expected):
    assert found(text, Chair, "role", "holder", "year") == expected


# --- a company's legal form after a dash ---------------------------------------------------------


def test_legal_form_after_a_dash_before_the_role():
    text = ("Khối thi đua số 2 tổng kết năm 2022. Năm 2023, Tổng công ty Sông Đà - CTCP làm Khối trưởng, "
            "Tổng công ty Xây dựng Hà Nội - CTCP làm Khối phó.")
    assert found(text, Chair, "role", "holder", "year") == {
        ("chair", "Tổng công ty Sông Đà - CTCP", 2023), ("vice_chair", "Tổng công ty Xây dựng Hà Nội - CTCP", 2023)}


# --- a bare office before a dash in an attendance list --------------------------------------------


def test_attendance_item_with_office_and_role_after_a_dash():
    text = ("BIÊN BẢN HỘI NGHỊ CỤM THI ĐUA SỐ 4\n"
            "Thành phần tham dự:\n"
            "- Chi cục Kiểm lâm tỉnh Yên Bái: ông Lò Văn Sáng, Chi cục trưởng – Cụm trưởng năm 2019;\n"
            "- Chi cục Kiểm lâm tỉnh Lào Cai: ông Đinh Quang Hưng, Chi cục trưởng – Cụm phó năm 2019;\n"
            "- Chi cục Kiểm lâm tỉnh Hà Giang: bà Vàng Thị Mai, Chi cục trưởng.")
    assert found(text, Chair, "role", "holder", "holder_org", "year") == {
        ("chair", "Lò Văn Sáng", "Chi cục Kiểm lâm tỉnh Yên Bái", 2019),
        ("vice_chair", "Đinh Quang Hưng", "Chi cục Kiểm lâm tỉnh Lào Cai", 2019)}


def test_numbered_attendance_item_with_office_after_a_dash():
    text = ("BIÊN BẢN HỌP CỤM THI ĐUA CÁC SỞ DU LỊCH\n"
            "Thành phần:\n"
            "1. Sở Du lịch tỉnh Bình Định: ông Đào Văn Khánh – Phó Giám đốc (Cụm phó năm 2015).\n"
            "2. Sở Du lịch tỉnh Phú Yên: bà Lê Thị Thu – Giám đốc (Cụm trưởng năm 2015).\n"
            "3. Sở Du lịch tỉnh Gia Lai: ông Rơ Châm Tuấn – Phó Giám đốc.")
    assert found(text, Chair, "role", "holder", "holder_org", "year") == {
        ("vice_chair", "Đào Văn Khánh", "Sở Du lịch tỉnh Bình Định", 2015),
        ("chair", "Lê Thị Thu", "Sở Du lịch tỉnh Phú Yên", 2015)}


def test_office_alone_in_a_list_holds_nothing():
    text = ("BIÊN BẢN HỘI NGHỊ CỤM THI ĐUA SỐ 4\n"
            "Thành phần tham dự:\n"
            "- Chi cục Kiểm lâm tỉnh Hà Giang: bà Vàng Thị Mai, Chi cục trưởng;\n"
            "- Chi cục Kiểm lâm tỉnh Tuyên Quang: ông Ma Văn Tiến, Phó Chi cục trưởng.")
    assert found(text, Chair, "holder") == set()


# --- a one-word brand the document lists as a member ----------------------------------------------


@pytest.mark.parametrize(
    "listing",
    ["gồm 4 doanh nghiệp: Tiên Sa, Hải Vân, Sơn Trà và Vitraco",
     "gồm các doanh nghiệp Tiên Sa, Hải Vân, Sơn Trà và Vitraco"],  # a shared head: "Doanh nghiệp Vitraco" listed
)
def test_listed_brand_holds_a_role(listing):
    text = (f"Khối thi đua các hãng xe khách thành phố Đà Nẵng {listing}. Năm 2021, Công ty Cổ phần Vận tải Tiên "
            "Sa làm Khối trưởng, Vitraco làm Khối phó.")
    assert found(text, Chair, "role", "holder", "year") == {
        ("chair", "Công ty Cổ phần Vận tải Tiên Sa", 2021), ("vice_chair", "Vitraco", 2021)}


def test_unlisted_word_holds_nothing():
    text = ("Khối thi đua các hãng xe khách thành phố Đà Nẵng gồm 4 doanh nghiệp: Tiên Sa, Hải Vân, Sơn Trà và "
            "Vitraco. Năm 2021, Vinabus làm Khối phó.")
    assert found(text, Chair, "holder") == set()


# --- a table cell of an office code and a unit ----------------------------------------------------


def test_table_cell_of_an_office_code_and_a_unit():
    text = ("Cụm thi đua số 7 báo cáo kết quả.\n"
            "Năm | Cụm trưởng | Cụm phó\n"
            "2019 | PA05 Công an tỉnh Cao Bằng | PA05 Công an tỉnh Bắc Kạn\n"
            "2020 | PA05 Công an tỉnh Bắc Kạn | PA05 Công an tỉnh Lạng Sơn\n")
    assert found(text, Chair, "role", "holder", "year") == {
        ("chair", "Công an tỉnh Cao Bằng", 2019), ("vice_chair", "Công an tỉnh Bắc Kạn", 2019),
        ("chair", "Công an tỉnh Bắc Kạn", 2020), ("vice_chair", "Công an tỉnh Lạng Sơn", 2020)}


def test_table_cell_of_words_before_a_unit_is_no_code():
    text = ("Cụm thi đua số 7 báo cáo kết quả.\n"
            "Năm | Cụm trưởng | Cụm phó\n"
            "2019 | đang chờ Công an tỉnh Cao Bằng | chưa có\n")
    assert found(text, Chair, "holder") == set()


# --- a candidate a vote table does not elect -------------------------------------------------------


_HEADER = "TT | Đơn vị | Chức danh | Số phiếu | Kết quả"


@pytest.mark.parametrize(
    ("rows", "k", "lost"),
    [
        # below the winner's count for the same role and no majority
        (["TT | Đơn vị | Chức danh | Số phiếu | Tỷ lệ", "2 | Hội Nông dân tỉnh B | Cụm phó | 6/7 | 85,7%",
          "3 | Hội Nông dân tỉnh A | Cụm phó | 2/7 | 28,6%"], 2, True),
        (["TT | Đơn vị | Chức danh | Số phiếu | Tỷ lệ", "2 | Hội Nông dân tỉnh B | Cụm phó | 6/7 | 85,7%",
          "3 | Hội Nông dân tỉnh A | Cụm phó | 2/7 | 28,6%"], 1, False),
        # a plurality winner is no loser
        (["TT | Đơn vị | Chức danh | Số phiếu", "1 | Hội Nông dân tỉnh A | Khối phó | 4/9",
          "2 | Hội Nông dân tỉnh B | Khối phó | 3/9"], 1, False),
        (["TT | Đơn vị | Chức danh | Số phiếu", "1 | Hội Nông dân tỉnh A | Khối phó | 4/9",
          "2 | Hội Nông dân tỉnh B | Khối phó | 3/9"], 2, True),
        # a result cell wins over the count
        ([_HEADER, "1 | Hội Nông dân tỉnh A | Khối phó | 4/9 | Trúng cử",
          "2 | Hội Nông dân tỉnh B | Khối phó | 3/9 | Không trúng cử"], 1, False),
        ([_HEADER, "1 | Hội Nông dân tỉnh A | Khối phó | 4/9 | Trúng cử",
          "2 | Hội Nông dân tỉnh B | Khối phó | 3/9 | Không trúng cử"], 2, True),
        ([_HEADER, "1 | Hội Nông dân tỉnh A | Khối phó | 6/9 | Không trúng cử"], 1, True),
        # two candidates of one role elected with a majority each; a count of another role does not count
        (["TT | Đơn vị | Chức danh | Số phiếu", "1 | Hội Nông dân tỉnh A | Cụm phó | 6/7",
          "2 | Hội Nông dân tỉnh B | Cụm phó | 5/7"], 2, False),
        (["TT | Đơn vị | Chức danh | Số phiếu", "1 | Hội Nông dân tỉnh A | Cụm trưởng | 7/7",
          "2 | Hội Nông dân tỉnh B | Cụm phó | 3/7"], 2, False),
        # a rank, a score or a date is no vote count
        (["TT | Đơn vị | Vai trò | Thứ hạng", "1 | Hội Nông dân tỉnh A | Cụm trưởng | 1/6",
          "2 | Hội Nông dân tỉnh B | Cụm phó | 2/6", "3 | Hội Nông dân tỉnh C | Cụm phó | 3/6"], 3, False),
        (["TT | Đơn vị | Chức danh | Xếp hạng", "1 | Hội Nông dân tỉnh A | Cụm phó | 1/7",
          "2 | Hội Nông dân tỉnh B | Cụm phó | 2/7"], 2, False),
        (["Năm | Khối trưởng | Khối phó | Ngày tổng kết", "2021 | Hội Nông dân tỉnh D | Hội Nông dân tỉnh E | 5/12"],
         1, False),
        # no header naming votes
        (["Cụm phó | Hội Nông dân tỉnh B | 3/6", "Cụm phó | Hội Nông dân tỉnh C | 4/6"], 0, False),
    ],
)
def test_outvoted_rows(rows, k, lost):
    assert outvoted(rows, k) is lost


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Cụm thi đua số 1 bầu Cụm trưởng, Cụm phó năm 2021, kết quả:\n"
         "TT | Đơn vị được giới thiệu | Chức danh | Số phiếu\n"
         "1 | Sở Giao thông vận tải tỉnh Phú Yên | Cụm trưởng | 7/7\n"
         "2 | Sở Giao thông vận tải tỉnh Khánh Hòa | Cụm phó | 6/7\n"
         "3 | Sở Giao thông vận tải tỉnh Ninh Thuận | Cụm phó | 1/7\n",
         {("chair", "Sở Giao thông vận tải tỉnh Phú Yên", 2021),
          ("vice_chair", "Sở Giao thông vận tải tỉnh Khánh Hòa", 2021)}),
        # three candidates, the winner by plurality marked
        ("Khối thi đua các doanh nghiệp năm 2021, kết quả bầu Khối phó (3 ứng viên, 9 đại biểu):\n"
         "TT | Đơn vị | Chức danh | Số phiếu | Kết quả\n"
         "1 | Công ty Điện lực tỉnh A | Khối phó | 4/9 | Trúng cử\n"
         "2 | Công ty Cấp nước tỉnh B | Khối phó | 3/9 | Không trúng cử\n",
         {("vice_chair", "Công ty Điện lực tỉnh A", 2021)}),
        # a rank column: no vote
        ("Cụm thi đua số 3 năm 2020, bảng xếp hạng:\n"
         "TT | Đơn vị | Vai trò | Thứ hạng\n"
         "1 | Bệnh viện Đa khoa tỉnh A | Cụm trưởng | 1/6\n"
         "2 | Bệnh viện Đa khoa tỉnh B | Cụm phó | 2/6\n"
         "3 | Bệnh viện Đa khoa tỉnh C | | 3/6\n",
         {("chair", "Bệnh viện Đa khoa tỉnh A", 2020), ("vice_chair", "Bệnh viện Đa khoa tỉnh B", 2020)}),
        ("Cụm thi đua số 1 bầu Cụm trưởng, Cụm phó năm 2021, kết quả:\n"
         "TT | Đơn vị | Chức danh | Xếp hạng\n"
         "1 | Sở Tư pháp tỉnh Phú Yên | Cụm trưởng | 1/7\n"
         "2 | Sở Tư pháp tỉnh Khánh Hòa | Cụm phó | 2/7\n",
         {("chair", "Sở Tư pháp tỉnh Phú Yên", 2021), ("vice_chair", "Sở Tư pháp tỉnh Khánh Hòa", 2021)}),
        # two vice-chairs, each with a majority
        ("Cụm thi đua số 1 bầu Cụm trưởng, Cụm phó năm 2021, kết quả:\n"
         "TT | Đơn vị | Chức danh | Số phiếu\n"
         "1 | Sở Tư pháp tỉnh Phú Yên | Cụm trưởng | 7/7\n"
         "2 | Sở Tư pháp tỉnh Khánh Hòa | Cụm phó | 6/7\n"
         "3 | Sở Tư pháp tỉnh Ninh Thuận | Cụm phó | 5/7\n",
         {("chair", "Sở Tư pháp tỉnh Phú Yên", 2021), ("vice_chair", "Sở Tư pháp tỉnh Khánh Hòa", 2021),
          ("vice_chair", "Sở Tư pháp tỉnh Ninh Thuận", 2021)}),
    ],
)
def test_vote_table_keeps_the_elected_candidate(text, expected):
    assert found(text, Chair, "role", "holder", "year") == expected


# --- a replaced holder in brackets keeps its own year ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Cụm thi đua số 5 họp. Hội nghị bầu Sở Tài chính tỉnh A làm Cụm trưởng, Sở Tài chính tỉnh B làm Cụm phó "
         "năm 2020 (thay cho Sở Tài chính tỉnh C - Cụm trưởng và Sở Tài chính tỉnh D - Cụm phó năm 2019).",
         {("chair", "Sở Tài chính tỉnh A", 2020), ("vice_chair", "Sở Tài chính tỉnh B", 2020),
          ("chair", "Sở Tài chính tỉnh C", 2019), ("vice_chair", "Sở Tài chính tỉnh D", 2019)}),
        ("Khối thi đua số 2 họp. Năm 2020 Bưu điện tỉnh A làm Khối trưởng, Bưu điện tỉnh B làm Khối phó (năm "
         "2019, Khối phó là Bưu điện tỉnh C).",
         {("chair", "Bưu điện tỉnh A", 2020), ("vice_chair", "Bưu điện tỉnh B", 2020),
          ("vice_chair", "Bưu điện tỉnh C", 2019)}),
        # brackets with no year of their own: the year outside them
        ("Khối thi đua các Sở Công Thương tổng kết năm 2019. Dưới sự điều hành của Sở Công Thương tỉnh Lâm Đồng, "
         "Khối trưởng năm 2018 (Khối phó khi đó là Sở Công Thương tỉnh Đắk Nông), Khối đã xây dựng bộ tiêu chí.",
         {("chair", "Sở Công Thương tỉnh Lâm Đồng", 2018), ("vice_chair", "Sở Công Thương tỉnh Đắk Nông", 2018)}),
    ],
)
def test_bracketed_holders_keep_their_year(text, expected):
    assert found(text, Chair, "role", "holder", "year") == expected


# --- heads spelt short, heads written alone before a place ----------------------------------------


@pytest.mark.parametrize(
    ("name", "text", "full"),
    [
        ("Cty TS Cà Mau", "Khối có 6 công ty thủy sản (Cty TS), trong đó Công ty Thủy sản Cà Mau … Cty TS Cà Mau làm "
         "Khối trưởng.", "Công ty Thủy sản Cà Mau"),
        ("Sư đoàn Điện Biên", "Sư đoàn Bộ binh Điện Biên đã tổng kết. Sư đoàn Điện Biên làm Khối trưởng.",
         "Sư đoàn Bộ binh Điện Biên"),
        ("Nhà máy Phú Yên", "Nhà máy Thủy điện Phú Yên tổng kết. Nhà máy Phú Yên làm Cụm phó.",
         "Nhà máy Thủy điện Phú Yên"),
        ("Cty Hòa Bình", "Công ty Hòa Bình tổng kết. Cty Hòa Bình làm Cụm phó.", "Công ty Hòa Bình"),
    ],
)
def test_full_forms_of_short_heads(name, text, full):
    assert full_form(name, text) == full


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("Nhà máy Phú Yên", "Nhà máy Thủy điện Phú Yên và Nhà máy Gạch Phú Yên tổng kết. Nhà máy Phú Yên làm Cụm phó."),
        ("Cty Hòa Bình", "Cty Hòa Bình tổng kết và làm Cụm phó năm 2019."),
    ],
)
def test_no_full_form_where_not_one(name, text):
    assert full_form(name, text) is None


def test_a_full_form_in_another_case_is_kept():
    text = ("Cụm thi đua số 1 các lâm trường quốc doanh (LTQD) tổng kết năm 1984. Hội nghị bầu Lâm trường quốc "
            "doanh Kon Plông làm Cụm trưởng năm 1985. Đồng chí Hà Văn Thắng, Giám đốc LTQD Kon Plông, thay mặt "
            "đơn vị Cụm trưởng năm 1985 phát biểu.")
    assert found(text, Chair, "role", "holder", "holder_org", "year") == {
        ("chair", "Hà Văn Thắng", "Lâm trường quốc doanh Kon Plông", 1985)}


# --- a holder a review elects takes a year the text writes for it -----------------------------------


def test_elected_holder_takes_its_written_year():
    text = ("BÀI PHÁT BIỂU CỦA ĐƠN VỊ CỤM TRƯỞNG CỤM THI ĐUA CÁC SỞ XÂY DỰNG MIỀN NÚI PHÍA BẮC\n"
            "tại Hội nghị tổng kết công tác thi đua năm 2019\n\n"
            "Năm 2019 là năm thứ ba Cụm thi đua các Sở Xây dựng miền núi phía Bắc hoạt động theo quy chế mới. "
            "Được các đơn vị tín nhiệm, Sở Xây dựng tỉnh Hà Giang nhận nhiệm vụ Cụm trưởng, Sở Xây dựng tỉnh "
            "Cao Bằng làm Cụm phó.\n\n"
            "Theo nguyên tắc luân phiên, năm 2020, Sở Xây dựng tỉnh Lào Cai sẽ đảm nhận vai trò Cụm trưởng.\n\n"
            "Xin cảm ơn các đơn vị đã giúp Sở Xây dựng tỉnh Hà Giang hoàn thành nhiệm vụ Cụm trưởng năm 2019.")
    assert found(text, Chair, "role", "holder", "year") == {
        ("chair", "Sở Xây dựng tỉnh Hà Giang", 2019), ("vice_chair", "Sở Xây dựng tỉnh Cao Bằng", 2019),
        ("chair", "Sở Xây dựng tỉnh Lào Cai", 2020)}


def test_elected_holder_with_no_written_year_takes_the_next():
    text = ("Cụm thi đua các Sở Xây dựng miền núi phía Bắc tổng kết công tác thi đua năm 2019\n\n"
            "Hội nghị đã bầu Sở Xây dựng tỉnh Lào Cai làm Cụm trưởng, Sở Xây dựng tỉnh Yên Bái làm Cụm phó.")
    assert found(text, Chair, "role", "holder", "year") == {
        ("chair", "Sở Xây dựng tỉnh Lào Cai", 2020), ("vice_chair", "Sở Xây dựng tỉnh Yên Bái", 2020)}


# --- a holder a review elects again keeps its next term ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an explicit election names the next term, whatever year the text writes for an earlier one
        ("BÁO CÁO TỔNG KẾT CÔNG TÁC THI ĐUA NĂM 2019 CỦA KHỐI THI ĐUA CÁC TRƯỜNG CAO ĐẲNG\n\n"
         "Trường Cao đẳng Y tế tỉnh A là Khối trưởng năm 2017.\n\n"
         "Tại hội nghị, các đơn vị đã bầu Trường Cao đẳng Y tế tỉnh A làm Khối trưởng, Trường Cao đẳng Sư phạm "
         "tỉnh B làm Khối phó.",
         {("chair", "Trường Cao đẳng Y tế tỉnh A", 2017), ("chair", "Trường Cao đẳng Y tế tỉnh A", 2020),
          ("vice_chair", "Trường Cao đẳng Sư phạm tỉnh B", 2020)}),
        ("Cụm thi đua các Sở Tài chính tổng kết công tác thi đua năm 2019\n\n"
         "Sở Tài chính tỉnh Yên Bái là Cụm phó năm 2018.\n\n"
         "Hội nghị đã bầu Sở Tài chính tỉnh Yên Bái làm Cụm phó.",
         {("vice_chair", "Sở Tài chính tỉnh Yên Bái", 2018), ("vice_chair", "Sở Tài chính tỉnh Yên Bái", 2020)}),
        # the written year is the reviewed one: re-elected for the next
        ("Cụm thi đua các Sở Tài chính tổng kết công tác thi đua năm 2019\n\n"
         "Sở Tài chính tỉnh Yên Bái đã hoàn thành tốt vai trò Cụm phó năm 2019.\n\n"
         "Hội nghị đã bầu Sở Tài chính tỉnh Yên Bái làm Cụm phó, Sở Tài chính tỉnh Sơn La làm Cụm trưởng.",
         {("vice_chair", "Sở Tài chính tỉnh Yên Bái", 2019), ("vice_chair", "Sở Tài chính tỉnh Yên Bái", 2020),
          ("chair", "Sở Tài chính tỉnh Sơn La", 2020)}),
        # a holder that receives the role takes no year written for a term before the reviewed one
        ("Cụm thi đua các Sở Tài chính tổng kết công tác thi đua năm 2019\n\n"
         "Sở Tài chính tỉnh Yên Bái là Cụm phó năm 2018.\n\n"
         "Sở Tài chính tỉnh Yên Bái nhận nhiệm vụ Cụm phó.",
         {("vice_chair", "Sở Tài chính tỉnh Yên Bái", 2018), ("vice_chair", "Sở Tài chính tỉnh Yên Bái", 2020)}),
    ],
)
def test_reelected_holder_keeps_its_next_term(text, expected):
    assert found(text, Chair, "role", "holder", "year") == expected


# --- a member of a body of one kind holds a role of the other -----------------------------------------


_KIM_SON = ("Cụm thi đua số 1 gồm Công an huyện Kim Sơn, Công an huyện Yên Khánh. Khối thi đua các đơn vị nghiệp vụ "
            "gồm Phòng Cảnh sát hình sự, Phòng Cảnh sát giao thông.\n\nNăm 2020, Khối thi đua các đơn vị nghiệp vụ "
            "tổng kết. ")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a person with the unit they head, a cluster's member, elected the bloc's chair
        (_KIM_SON + "Đồng chí Nguyễn Văn An, Trưởng Công an huyện Kim Sơn, được bầu làm Khối trưởng năm 2021.",
         {("Khối thi đua các đơn vị nghiệp vụ", "chair", "Nguyễn Văn An", "Công an huyện Kim Sơn", 2021)}),
        (_KIM_SON + "Công an huyện Kim Sơn được bầu làm Khối trưởng năm 2021.",
         {("Khối thi đua các đơn vị nghiệp vụ", "chair", "Công an huyện Kim Sơn", None, 2021)}),
        ("Cụm thi đua khu vực Đông Bắc gồm Trường THPT Hòn Gai, Trường THPT Cẩm Phả. Khối thi đua các trường chuyên "
         "gồm Trường THPT chuyên Hạ Long, Trường THPT chuyên Bắc Giang.\n\nNăm học 2020-2021, Khối thi đua các "
         "trường chuyên tổng kết tại Bắc Giang. Thầy Nguyễn Văn Bình, Hiệu trưởng Trường THPT Hòn Gai, được giao "
         "làm Khối trưởng năm 2021.",
         {("Khối thi đua các trường chuyên", "chair", "Nguyễn Văn Bình", "Trường THPT Hòn Gai", 2021)}),
        # a member of a body of the role's kind: that body's
        ("Khối thi đua số 1 gồm Công an huyện A, Công an huyện B. Khối thi đua số 2 gồm Công an huyện C, Công an "
         "huyện D. Đồng chí Nguyễn Văn Hùng, Trưởng Công an huyện C, được bầu làm Khối trưởng năm 2021.",
         {("Khối thi đua số 2", "chair", "Nguyễn Văn Hùng", "Công an huyện C", 2021)}),
    ],
)
def test_member_of_a_body_of_another_kind(text, expected):
    assert found(text, Chair, "body", "role", "holder", "holder_org", "year") == expected
