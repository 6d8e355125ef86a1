"""Chairs, fifteenth round (heldout32 to heldout35): a vote table's losing candidates and the year of the heading
above it; a role given "cho" its holder after "giao nhiệm vụ"; the year of a hand-over's incoming role for the role
after it; a kind word in lower case before a holder; a new holder ("Khối trưởng mới", "tân Cụm trưởng"); the year a
paragraph opens with; a holder that is a kind alone; a holder before a bracket naming its parents; a role's lead-in
whose clauses each name a body; a fronted passive clause's subject past a companion; a company named by a trade
word and its place. Invented sentences with other units, places and years than the documents; negatives that must
yield nothing."""

from __future__ import annotations

import pytest

from extractors.full_forms import brand_form
from schemas.facts import Chair
from tests.conftest import found

# --- a vote table: candidates not elected, the year of the heading above it -------------------------


def test_vote_table_keeps_the_elected_and_takes_the_headings_year():
    text = ("Cụm thi đua số 4 tổng kết công tác năm 2021.\n"
            "3. Bầu Cụm trưởng, Cụm phó năm 2022:\n"
            "Các đơn vị bỏ phiếu kín. Kết quả như sau:\n"
            "STT | Chức danh | Đơn vị được giới thiệu | Số phiếu | Tỷ lệ (%)\n"
            "1 | Cụm trưởng | Sở Tài chính tỉnh Kon Tum | 05/06 | 83,3\n"
            "2 | Cụm trưởng | Sở Tài chính tỉnh Gia Lai | 01/06 | 16,7\n"
            "3 | Cụm phó | Sở Tài chính tỉnh Đắk Nông | 04/06 | 66,7\n"
            "4 | Cụm phó | Sở Tài chính tỉnh Đắk Lắk | 02/06 | 33,3\n")
    assert found(text, Chair, "role", "holder", "year") == {
        ("chair", "Sở Tài chính tỉnh Kon Tum", 2022), ("vice_chair", "Sở Tài chính tỉnh Đắk Nông", 2022)}


# --- "giao nhiệm vụ Cụm trưởng năm X cho A" ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Cụm thi đua số 2 tổng kết năm 2020. Hội nghị thống nhất giao nhiệm vụ Cụm trưởng năm 2021 cho Chi cục "
         "Kiểm lâm tỉnh Quảng Trị.", {("chair", "Chi cục Kiểm lâm tỉnh Quảng Trị", 2021)}),
        ("Cụm thi đua số 2 tổng kết năm 2020. Bộ giao vai trò Cụm phó cho Chi cục Kiểm lâm tỉnh Quảng Bình.",
         {("vice_chair", "Chi cục Kiểm lâm tỉnh Quảng Bình", 2020)}),
        # "cho" after the role with no verb of giving before it: no holder
        ("Cụm thi đua số 2 tổng kết năm 2020. Cụm trưởng báo cáo cho Chi cục Kiểm lâm tỉnh Quảng Bình.", set()),
    ],
)
def test_role_given_to_a_holder_after_cho(text, expected):
    assert found(text, Chair, "role", "holder", "year") == expected


def test_role_after_a_handovers_incoming_role_takes_its_year():
    text = ("Khối thi đua số 5 tổng kết năm 2022. Hội nghị đã bàn giao nhiệm vụ Khối trưởng năm 2023 cho Bảo hiểm "
            "xã hội tỉnh Cà Mau, Khối phó là Bảo hiểm xã hội tỉnh Bạc Liêu.")
    assert found(text, Chair, "role", "holder", "year") == {
        ("chair", "Bảo hiểm xã hội tỉnh Cà Mau", 2023), ("vice_chair", "Bảo hiểm xã hội tỉnh Bạc Liêu", 2023)}


# --- a kind word in lower case before the holder ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Cụm thi đua số 6 tổng kết năm học 2023 - 2024. Cụm phó năm học 2024 - 2025 là trường THCS Lê Lợi.",
         {("vice_chair", "THCS Lê Lợi", 2025)}),
        ("Khối thi đua số 1 họp năm 2019. Khối trưởng năm 2019 là đơn vị Sở Giao thông vận tải tỉnh Hòa Bình.",
         {("chair", "Sở Giao thông vận tải tỉnh Hòa Bình", 2019)}),
    ],
)
def test_kind_word_before_the_holder(text, expected):
    assert found(text, Chair, "role", "holder", "year") == expected


# --- a new holder: "Khối trưởng mới", "tân Cụm trưởng" ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Khối thi đua các Cục Hải quan tổng kết năm 2018. Ông Đặng Văn Long, Cục trưởng Cục Hải quan tỉnh An "
         "Giang, thay mặt đơn vị Khối trưởng mới phát biểu nhận nhiệm vụ.", 2019),
        ("Khối thi đua các Cục Hải quan tổng kết năm 2018. Tân Khối trưởng, ông Đặng Văn Long, Cục trưởng Cục Hải "
         "quan tỉnh An Giang, phát biểu.", 2019),
        # "mới" of something else: the reviewed year
        ("Khối thi đua các Cục Hải quan tổng kết năm 2018. Cục Hải quan tỉnh An Giang là Khối trưởng, có nhiều "
         "cách làm mới.", 2018),
    ],
)
def test_new_holder_holds_the_next_year(text, expected):
    assert found(text, Chair, "year") == {expected}


# --- the year a paragraph opens with ----------------------------------------------------------------------


def test_paragraph_opening_year_for_the_role_sentence_after_it():
    text = ("Báo cáo tổng kết năm 1985 của Khối thi đua số 1 và Khối thi đua số 2.\n"
            "Năm 1986, toàn ngành phấn đấu tăng sản lượng muối 10%. Luân phiên khối trưởng: Khối thi đua số 1 do "
            "Xí nghiệp Muối Văn Lý làm khối trưởng; Khối thi đua số 2 do Xí nghiệp Muối Bạch Long làm khối trưởng.")
    assert found(text, Chair, "body", "holder", "year") == {
        ("Khối thi đua số 1", "Xí nghiệp Muối Văn Lý", 1986), ("Khối thi đua số 2", "Xí nghiệp Muối Bạch Long", 1986)}


def test_no_opening_year_when_the_sentence_before_is_not_a_paragraphs_first():
    text = ("Báo cáo tổng kết năm 1985 của Khối thi đua số 1. Đến nay, năm 1986, toàn ngành phấn đấu tăng sản "
            "lượng. Khối thi đua số 1 do Xí nghiệp Muối Văn Lý làm khối trưởng.")
    assert found(text, Chair, "year") == {1985}


# --- a holder that is a kind alone ----------------------------------------------------------------------


def test_abbreviation_of_a_kind_is_no_holder():
    text = ("Năm 1990, các hợp tác xã (HTX) mây tre trong huyện chia thành hai cụm thi đua. "
            "Cụm thi đua số 1 gồm HTX mây tre Phú Nghĩa, HTX cói Kim Sơn.\n"
            "- Cụm thi đua số 1: cụm trưởng HTX, cụm phó HTX mây tre Phú Nghĩa.")
    assert all(h[0] not in ("HTX", "hợp tác xã") for h in found(text, Chair, "holder"))


# --- a holder before a bracket naming its parents ---------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Năm 2021, Đồn Biên phòng Sa Huỳnh (Bộ Chỉ huy Bộ đội Biên phòng tỉnh Quảng Ngãi, Bộ Quốc phòng) được giao "
        "làm Cụm trưởng Cụm thi đua số 2.",
        "Năm 2021, Đồn Biên phòng Sa Huỳnh (trực thuộc Bộ Chỉ huy Bộ đội Biên phòng tỉnh Quảng Ngãi) được giao làm "
        "Cụm trưởng Cụm thi đua số 2.",
    ],
)
def test_holder_before_its_parents_in_brackets(text):
    assert found(text, Chair, "holder", "year") == {("Đồn Biên phòng Sa Huỳnh", 2021)}


# --- a role's lead-in whose clauses each name a body --------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Khối thi đua số 1 và Khối thi đua số 2 tổng kết năm 2015. Khối trưởng năm 2016: Khối thi đua số 1 do "
        "Công ty Cấp nước Sóc Trăng phụ trách; Khối thi đua số 2 do Công ty Cấp nước Hậu Giang phụ trách.",
        "Khối thi đua số 1 và Khối thi đua số 2 tổng kết năm 2015. Khối trưởng năm 2016: Khối thi đua số 1 giao "
        "Công ty Cấp nước Sóc Trăng (ông Lâm Văn Tư, giám đốc); Khối thi đua số 2 giao Công ty Cấp nước Hậu Giang.",
    ],
)
def test_lead_in_clauses_each_with_a_body(text):
    assert found(text, Chair, "body", "holder", "year") == {
        ("Khối thi đua số 1", "Công ty Cấp nước Sóc Trăng", 2016),
        ("Khối thi đua số 2", "Công ty Cấp nước Hậu Giang", 2016)}


def test_lead_in_clause_without_a_holder():
    text = ("Khối thi đua số 1 và Khối thi đua số 2 tổng kết năm 2015. Khối trưởng năm 2016: Khối thi đua số 1 do "
            "Công ty Cấp nước Sóc Trăng phụ trách; Khối thi đua số 2 đạt nhiều thành tích.")
    assert found(text, Chair, "body", "holder") == {("Khối thi đua số 1", "Công ty Cấp nước Sóc Trăng")}


# --- a fronted passive clause's subject past a companion ---------------------------------------------------


def test_fronted_passive_subject_past_a_companion():
    text = ("Khối thi đua các trường trung cấp y tế tổng kết năm 2020. Được Hội nghị tín nhiệm giao nhiệm vụ Trưởng "
            "khối năm 2021, cùng với Trường Trung cấp Y tế Bình Phước làm Phó khối, Trường Trung cấp Y tế Tây Ninh "
            "đã lập kế hoạch hoạt động.")
    assert found(text, Chair, "role", "holder", "year") == {
        ("chair", "Trường Trung cấp Y tế Tây Ninh", 2021), ("vice_chair", "Trường Trung cấp Y tế Bình Phước", 2021)}


def test_fronted_passive_subject_not_past_another_clause():
    text = ("Khối thi đua các trường trung cấp y tế tổng kết năm 2020. Được Hội nghị tín nhiệm giao nhiệm vụ Trưởng "
            "khối năm 2021, chúng tôi xây dựng kế hoạch, Trường Trung cấp Y tế Tây Ninh sẽ cố gắng.")
    assert found(text, Chair, "holder") == set()


# --- a company named by a trade word and its place ------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "text", "expected"),
    [
        ("Gạch Đồng Nai", "Khối gồm Công ty CP Vật liệu xây dựng và Gạch ngói Đồng Nai, Công ty Sứ Minh Long.",
         "Công ty CP Vật liệu xây dựng và Gạch ngói Đồng Nai"),
        ("Giấy Bãi Bằng", "Tổng công ty Giấy Bãi Bằng đăng cai hội nghị.", "Tổng công ty Giấy Bãi Bằng"),
        # the name is a place the text writes after a level word
        ("Thừa Thiên Huế", "Sở Xây dựng tỉnh Thừa Thiên Huế và Công ty Gạch Thừa Thiên Huế.", None),
        # two companies with that word before that place: no one full form
        ("Gạch Đồng Nai", "Công ty Gạch ngói Đồng Nai và Công ty CP Gạch men Đồng Nai.", None),
        # no company head: not spelt out
        ("Gạch Đồng Nai", "Hiệp hội Gạch ngói Đồng Nai họp.", None),
    ],
)
def test_brand_form(name, text, expected):
    assert brand_form(name, text) == expected


# --- a holder named by its head alone is less sure than one named in full ----------------------------------


def test_head_alone_gives_way_to_a_holder_named_in_full():
    text = ("Khối thi đua các Ban Quản lý khu kinh tế tổng kết năm 2020.\n"
            "Ban Quản lý khu kinh tế tỉnh Kiên Giang - Khối trưởng năm 2020 - đánh giá, các thành viên đã hoàn thành "
            "tốt nhiệm vụ.\n"
            "Năm 2021, Ban Quản lý khu kinh tế tỉnh Cà Mau được tín nhiệm làm Khối trưởng, Ban Quản lý khu kinh tế "
            "tỉnh Bạc Liêu làm Khối phó. Năm 2020, với vai trò Khối trưởng, Ban đã chủ trì nhiều hoạt động.")
    got = found(text, Chair, "role", "holder", "year")
    assert ("chair", "Ban Quản lý khu kinh tế tỉnh Kiên Giang", 2020) in got
    assert ("chair", "Ban Quản lý khu kinh tế tỉnh Bạc Liêu", 2020) not in got


# --- one who speaks for the chairing unit, named without it ----------------------------------------------


def test_speaker_for_the_chair_unit_gives_way_to_the_unit():
    text = ("Cụm thi đua các Sở Ngoại vụ tổng kết năm 2019.\n"
            "1. Chủ trì: ông Hà Văn Toàn, Giám đốc Sở Ngoại vụ tỉnh Cao Bằng, Cụm trưởng năm 2019.\n"
            "2. Bà Vi Thị Nga thay mặt đơn vị Cụm trưởng trình bày báo cáo tổng kết năm 2019.")
    got = found(text, Chair, "holder", "year")
    assert ("Hà Văn Toàn", 2019) in got
    assert ("Vi Thị Nga", 2019) not in got
