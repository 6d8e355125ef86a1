"""Chairs, thirteenth round (heldout24 to heldout27): the results of a year's ranking name the year they
review; a year after role words in a lead is the new terms'; "Nhận nhiệm vụ Cụm trưởng, ông A" at a review;
a table's role column headed "Đơn vị Cụm trưởng"; a body named by "cụm"/"khối" and lower-case words of its
name; a bracket that gives a holder a short name in any words; an acronym in brackets that splits a name
before its place; a role in apposition between dashes; a plural role with its holders in turn; a role before
a colon whose holders have roles of their own after it; a term range in a quoted theme; "trường mình" on a
page's post; a holder spelt out in lower case; "(Cụm trưởng)" under a letterhead's unit.
Invented sentences with other units, places and years than the documents; negatives that must yield
nothing."""

from __future__ import annotations

import pytest

from extractors.full_forms import capital_form
from extractors.terms import review_in
from schemas.facts import Chair
from tests.conftest import found

# --- the results of a year's ranking name the year they review ---------------------------------------


@pytest.mark.parametrize(
    "title",
    ["Kết quả chấm điểm, xếp loại thi đua năm 2019", "Kết quả bình xét thi đua năm 2019 của các Cụm thi đua"],
)
def test_ranking_results_review_their_year(title):
    text = ("CÔNG ĐOÀN NGÀNH Y TẾ TỈNH X\n"
            "Số: 05/TB-CĐN\n"
            "THÔNG BÁO\n"
            f"{title}\n\n"
            "1. Cụm thi đua số 3 (Cụm trưởng: Công đoàn Bệnh viện Đa khoa Yên Lạc; Cụm phó: Công đoàn Bệnh viện "
            "Tam Dương)\n\n"
            "III. PHÂN CÔNG CỤM TRƯỞNG, CỤM PHÓ NĂM 2020\n"
            "- Cụm thi đua số 3: Công đoàn Bệnh viện Tam Dương làm Cụm trưởng.\n"
            "Đơn vị Cụm trưởng năm 2020 tổ chức ký kết giao ước trong tháng 3/2020.")
    assert found(text, Chair, "role", "holder", "year") == {
        ("chair", "Công đoàn Bệnh viện Đa khoa Yên Lạc", 2019),
        ("vice_chair", "Công đoàn Bệnh viện Tam Dương", 2019),
        ("chair", "Công đoàn Bệnh viện Tam Dương", 2020)}


# --- a year after role words in a lead is the new terms', not the reviewed one ----------------------


@pytest.mark.parametrize(
    ("lead", "year"),
    [
        ("Đầu năm 2021, các cụm đã tổng kết, bình xét thi đua và bầu cụm trưởng, cụm phó năm 2021.", None),
        ("Khối thi đua các sở tổng kết và bầu Khối trưởng năm 2018.", None),
        ("Khối thi đua các sở tổng kết công tác thi đua năm 2017.", 2017),
    ],
)
def test_review_year_not_after_role_words(lead, year):
    m = review_in(lead)
    assert (m and int(m.group(2) or m.group(3))) == (year or None) or (m is None and year is None)


def test_receiving_the_role_before_its_holder_at_a_year_end_review():
    text = ("Các cụm thi đua khối huyện tổng kết\n"
            "Ngày 12/01/2020, Cụm thi đua số 2 gồm 5 huyện ủy tổ chức hội nghị tổng kết công tác thi đua. "
            "Đồng chí Lò Văn Tâm, Bí thư Huyện ủy Mường Chà, Cụm trưởng năm 2019, báo cáo kết quả. "
            "Nhận nhiệm vụ cụm trưởng, đồng chí Vì Văn Sơn, Bí thư Huyện ủy Tủa Chùa, hứa sẽ phát huy kết quả.")
    assert ("chair", "Vì Văn Sơn", 2020) in found(text, Chair, "role", "holder", "year")


# --- a table's role column headed "Đơn vị Cụm trưởng" --------------------------------------------


def test_role_columns_after_don_vi():
    text = ("Báo cáo tổng kết Cụm thi đua các Chi cục Kiểm lâm vùng Tây Bắc giai đoạn 2019 - 2021\n"
            "Cụm thi đua các Chi cục Kiểm lâm vùng Tây Bắc gồm 4 đơn vị. Kết quả phân công qua các năm:\n\n"
            "Năm | Đơn vị Cụm trưởng | Đơn vị Cụm phó | Nơi tổ chức\n"
            "2019 | Chi cục Kiểm lâm tỉnh Sơn La | Chi cục Kiểm lâm tỉnh Điện Biên | Mộc Châu\n"
            "2020 | Chi cục Kiểm lâm tỉnh Điện Biên | Chi cục Kiểm lâm tỉnh Lai Châu | Mường Lay\n")
    assert found(text, Chair, "role", "holder", "year") == {
        ("chair", "Chi cục Kiểm lâm tỉnh Sơn La", 2019), ("vice_chair", "Chi cục Kiểm lâm tỉnh Điện Biên", 2019),
        ("chair", "Chi cục Kiểm lâm tỉnh Điện Biên", 2020), ("vice_chair", "Chi cục Kiểm lâm tỉnh Lai Châu", 2020)}


def test_folded_role_columns_after_don_vi():
    text = ("Báo cáo tổng kết Cụm thi đua các Chi cục Kiểm lâm vùng Tây Bắc giai đoạn 2019 - 2021\n"
            "Cụm thi đua các Chi cục Kiểm lâm vùng Tây Bắc gồm 4 đơn vị.\n"
            "Năm Đơn vị Cụm trưởng Đơn vị Cụm phó\n"
            "2019 Chi cục Kiểm lâm tỉnh Sơn La Chi cục Kiểm lâm tỉnh Điện Biên\n"
            "Các đơn vị hoàn thành tốt nhiệm vụ.")
    assert found(text, Chair, "role", "holder", "year") == {
        ("chair", "Chi cục Kiểm lâm tỉnh Sơn La", 2019), ("vice_chair", "Chi cục Kiểm lâm tỉnh Điện Biên", 2019)}


# --- a body named by "cụm"/"khối" and lower-case words of its name -------------------------------


def test_role_word_then_words_of_one_body():
    text = ("Sở Y tế tổ chức tổng kết Khối thi đua các bệnh viện tuyến tỉnh và Khối thi đua các trung tâm y tế "
            "huyện. Năm 2019, ông Lê Văn Hòa, Giám đốc Bệnh viện Đa khoa tỉnh, làm Trưởng khối bệnh viện; "
            "Trưởng khối trung tâm y tế là Trung tâm Y tế huyện Tân Phú. Hội nghị bầu Bệnh viện Y học cổ truyền "
            "làm Trưởng khối bệnh viện năm 2020, Trung tâm Y tế huyện An Phú làm Trưởng khối trung tâm y tế.")
    assert found(text, Chair, "body", "holder", "year") == {
        ("Khối thi đua các bệnh viện tuyến tỉnh", "Lê Văn Hòa", 2019),
        ("Khối thi đua các trung tâm y tế huyện", "Trung tâm Y tế huyện Tân Phú", 2019),
        ("Khối thi đua các bệnh viện tuyến tỉnh", "Bệnh viện Y học cổ truyền", 2020),
        ("Khối thi đua các trung tâm y tế huyện", "Trung tâm Y tế huyện An Phú", 2020)}


def test_cluster_named_short_before_the_role():
    text = ("Cụm thi đua các thư viện tỉnh và Cụm thi đua các bảo tàng tỉnh tổng kết năm 2019. Cụm bảo tàng có "
            "4 đơn vị. Tại hội nghị, cụm thư viện thống nhất giao Thư viện tỉnh Hòa Bình làm Cụm trưởng năm 2020. "
            "Ở cụm bảo tàng, Bảo tàng tỉnh Sơn La nhận nhiệm vụ Cụm trưởng năm 2020.")
    bodies = {b for b, _ in found(text, Chair, "body", "year")}
    assert bodies == {"Cụm thi đua các thư viện tỉnh", "Cụm thi đua các bảo tàng tỉnh"}


def test_no_short_reference_with_one_body_or_a_shared_word():
    text = ("Cụm thi đua các thư viện tỉnh tổng kết năm 2019. Tại hội nghị, cụm thư viện thống nhất giao Thư "
            "viện tỉnh Hòa Bình làm Cụm trưởng năm 2020.")
    assert found(text, Chair, "body") == {"Cụm thi đua các thư viện tỉnh"}
    text = ("Cụm thi đua các thư viện tỉnh và Cụm thi đua các bảo tàng tỉnh tổng kết năm 2019. Cụm các tỉnh "
            "thống nhất giao Bảo tàng tỉnh Sơn La làm Cụm trưởng năm 2020.")
    assert found(text, Chair, "body") == {"Cụm thi đua các bảo tàng tỉnh"}  # the last named, as before


# --- a bracket that gives the holder a short name, in any words ------------------------------------


@pytest.mark.parametrize("bracket", ["(dưới đây gọi tắt là Liên hiệp)", "(từ đây gọi là Liên hiệp)"])
def test_bracketed_short_name_between_holder_and_verb(bracket):
    text = ("Khu vực thi đua số II gồm 5 đơn vị. Năm 1988 Liên hiệp Hợp tác xã mây tre tỉnh Hà Nam "
            f"{bracket} được các đơn vị nhất trí cử làm Trưởng khu vực thi đua số II.")
    assert found(text, Chair, "holder", "year") == {("Liên hiệp Hợp tác xã mây tre tỉnh Hà Nam", 1988)}


# --- an acronym in brackets that splits a name before its place --------------------------------------


def test_split_acronym_spells_out_the_holder():
    text = ("Sáng 2/3, Quỹ Bảo vệ môi trường (EPF) tỉnh Long An - đơn vị Cụm trưởng năm 2022 - tổ chức hội nghị "
            "tổng kết năm 2021 của Cụm thi đua các Quỹ Bảo vệ môi trường khu vực Tây Nam Bộ. Theo phân công, năm "
            "2022 EPF Long An giữ vai trò Cụm trưởng; EPF Bến Tre làm Cụm phó. Ông Lê Minh, Giám đốc Quỹ Bảo vệ "
            "môi trường tỉnh Bến Tre phát biểu.")
    assert ("vice_chair", "Quỹ Bảo vệ môi trường tỉnh Bến Tre", 2022) in found(text, Chair, "role", "holder", "year")


# --- a role in apposition between dashes keeps its year ------------------------------------------------


def test_dashed_apposition_keeps_its_year():
    text = ("Cụm thi đua các Chi cục Thủy lợi khu vực miền Trung gồm 6 đơn vị. Theo phân công luân phiên, năm "
            "2021 Chi cục Thủy lợi tỉnh Quảng Nam - Cụm phó năm 2020 - giữ vai trò Cụm trưởng; Chi cục Thủy lợi "
            "tỉnh Quảng Ngãi làm Cụm phó.")
    assert found(text, Chair, "role", "holder", "year") == {
        ("chair", "Chi cục Thủy lợi tỉnh Quảng Nam", 2021), ("vice_chair", "Chi cục Thủy lợi tỉnh Quảng Nam", 2020),
        ("vice_chair", "Chi cục Thủy lợi tỉnh Quảng Ngãi", 2021)}


# --- a plural role with its holders in turn; a role before a colon -----------------------------------------


def test_plural_role_in_turn():
    text = ("Năm 2018, 9 xã của huyện được chia thành 3 cụm thi đua. Cụm thi đua số 1 gồm các xã Tân An, Tân Lập "
            "và Tân Hòa; Cụm thi đua số 2 gồm các xã Phú Lộc, Phú Thịnh và Phú Mỹ; Cụm thi đua số 3 gồm các xã Bình "
            "Minh, Bình Yên và Bình Lợi. Các cụm trưởng năm 2018 lần lượt là UBND xã Tân Lập, UBND xã Phú Mỹ và "
            "UBND xã Bình Yên.")
    assert found(text, Chair, "body", "holder", "year") == {
        ("Cụm thi đua số 1", "UBND xã Tân Lập", 2018), ("Cụm thi đua số 2", "UBND xã Phú Mỹ", 2018),
        ("Cụm thi đua số 3", "UBND xã Bình Yên", 2018)}


def test_role_before_a_colon_takes_no_holder_with_a_role_of_its_own():
    text = ("Cụm thi đua số 1 gồm 4 phường; Cụm thi đua số 2 gồm 5 phường. Tại hội nghị, các phường đã bầu cụm "
            "trưởng, cụm phó năm 2019: Cụm thi đua số 1 do UBND phường Đông Ba làm cụm trưởng, UBND phường Tây Lộc "
            "làm cụm phó; Cụm thi đua số 2 do UBND phường An Cựu làm cụm trưởng, UBND phường Vĩnh Ninh làm cụm phó.")
    assert found(text, Chair, "role", "holder") == {
        ("chair", "UBND phường Đông Ba"), ("vice_chair", "UBND phường Tây Lộc"),
        ("chair", "UBND phường An Cựu"), ("vice_chair", "UBND phường Vĩnh Ninh")}


# --- a term range in a quoted theme -----------------------------------------------------------------


def test_quoted_congress_term_is_no_chair_term():
    text = ("Khối thi đua các cơ quan tham mưu tỉnh gồm 7 cơ quan. Hội nghị thống nhất Sở Nội vụ làm Khối "
            "trưởng năm 2025. Ông Trần Văn An, Giám đốc Sở Nội vụ, thay mặt đơn vị Khối trưởng năm 2025 thông qua "
            "giao ước với chủ đề “Đoàn kết, đổi mới, chào mừng Đại hội Đảng bộ tỉnh nhiệm kỳ 2025 - 2030”.")
    assert {y for y in found(text, Chair, "year")} == {2025}


def test_term_range_outside_quotes_still_spreads():
    text = ("Khối thi đua các cơ quan tham mưu tỉnh gồm 7 cơ quan. Sở Nội vụ làm Khối trưởng nhiệm kỳ "
            "2023 - 2024.")
    assert found(text, Chair, "year") == {2023, 2024}


# --- "trường mình" on a page's post; "(Cụm trưởng)" under a letterhead's unit ---------------------------


def test_first_person_mình_is_the_page_unit():
    text = ("Trường Mầm non Hoa Mai\n"
            "15 tháng 5, 2022 ·\n\n"
            "Chiều nay, Cụm thi đua số 4 - khối Mầm non huyện Gia Lâm tổ chức tổng kết năm học 2021 - 2022. Các "
            "trường đã thống nhất bầu trường mình làm Cụm trưởng và trường MN Hoa Sen làm Cụm phó năm học "
            "2022 - 2023.")
    assert ("chair", "Trường Mầm non Hoa Mai", 2023) in found(text, Chair, "role", "holder", "year")


def test_no_page_unit_from_a_headline():
    text = ("Tin vui cuối năm học\n\n"
            "Cụm thi đua số 4 gồm 6 trường. Các trường đã thống nhất bầu trường mình làm Cụm trưởng năm học "
            "2022 - 2023.")
    assert found(text, Chair, "holder") == set()


def test_role_in_brackets_under_a_letterhead_unit():
    text = ("CỤM THI ĐUA CÁC BỆNH VIỆN Y HỌC CỔ TRUYỀN           CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "KHU VỰC TÂY NGUYÊN                                 Độc lập - Tự do - Hạnh phúc\n"
            "BỆNH VIỆN Y HỌC CỔ TRUYỀN TỈNH KON TUM           Kon Tum, ngày 15 tháng 12 năm 2021\n"
            "(Cụm trưởng)\n\n"
            "THÔNG BÁO\n"
            "Kết luận hội nghị tổng kết công tác thi đua năm 2021\n\n"
            "Ngày 12/12/2021, tại Bệnh viện Y học cổ truyền tỉnh Kon Tum, Cụm thi đua các bệnh viện y học cổ truyền "
            "khu vực Tây Nguyên tổ chức hội nghị tổng kết công tác thi đua năm 2021.")
    assert found(text, Chair, "role", "holder", "year") == {("chair", "Bệnh viện Y học cổ truyền tỉnh Kon Tum", 2021)}


# --- a holder spelt out in lower case takes the capitalised name ----------------------------------------


@pytest.mark.parametrize(
    ("name", "text", "expected"),
    [
        ("văn phòng đại diện khu vực phía Bắc",
         "Khối gồm các văn phòng đại diện (VPĐD): Văn phòng đại diện VNA khu vực phía Bắc và Văn phòng đại diện "
         "VNA khu vực phía Nam.", "Văn phòng đại diện VNA khu vực phía Bắc"),
        ("văn phòng đại diện khu vực phía Bắc", "Văn phòng đại diện khu vực phía Bắc (Hà Nội).",
         "Văn phòng đại diện khu vực phía Bắc"),
        ("văn phòng đại diện khu vực phía Bắc", "Khối có hai văn phòng.", None),
        ("huyện Tân Phú Đông", "UBND huyện Tân Phú Đông", None),  # a place standing for its unit
    ],
)
def test_capital_form(name, text, expected):
    assert capital_form(name, text) == expected


# --- parallel sentences: the year after the body that opens the one before ------------------------------


@pytest.mark.parametrize("link", ["do Lâm trường Sông Hiếu làm", ": Lâm trường Sông Hiếu làm"])
def test_parallel_sentence_carries_the_year_after_its_body(link):
    text = ("Báo cáo tổng kết thi đua năm 1985 của các lâm trường\n"
            "Cụm thi đua Quỳ Châu gồm 4 lâm trường; Cụm thi đua Con Cuông gồm 3 lâm trường. "
            f"Về tổ chức cụm: Cụm thi đua Quỳ Châu năm 1986 {link} Cụm trưởng, Lâm trường Quỳ Hợp làm Cụm phó. "
            "Cụm thi đua Con Cuông do Lâm trường Anh Sơn làm Cụm trưởng, Lâm trường Tương Dương làm Cụm phó.")
    assert {y for y in found(text, Chair, "year")} == {1986}


def test_no_parallel_year_when_the_sentence_opens_otherwise():
    text = ("Báo cáo tổng kết thi đua năm học 1985 - 1986 của các trường\n"
            "Cụm thi đua Quỳ Châu gồm 4 trường; Cụm thi đua Con Cuông gồm 3 trường. "
            "Về tổ chức cụm: Cụm thi đua Quỳ Châu năm 1987 do Trường THCS Quỳ Hợp làm Cụm trưởng. "
            "Ở Cụm thi đua Con Cuông, Trường THCS Anh Sơn làm Cụm trưởng.")
    assert found(text, Chair, "holder", "year") == {("Trường THCS Quỳ Hợp", 1987), ("Trường THCS Anh Sơn", 1986)}


# --- a short name of capitals in brackets after a unit's full name -----------------------------------------


def test_acronym_short_name_in_brackets_is_spelt_out():
    text = ("Khối thi đua các công ty thành viên gồm Công ty Cổ phần Cấp thoát nước Hòa Bình (HBW SD), Công ty "
            "Cổ phần Môi trường đô thị Hòa Bình (HBW E) và Trung tâm Kiểm định. Năm 2021, HBW SD làm Khối trưởng, "
            "HBW E làm Khối phó.")
    assert found(text, Chair, "role", "holder") == {
        ("chair", "Công ty Cổ phần Cấp thoát nước Hòa Bình"),
        ("vice_chair", "Công ty Cổ phần Môi trường đô thị Hòa Bình")}


# --- a role's kind from the words of its id, not a substring ----------------------------------------------


@pytest.mark.parametrize(
    ("role", "kind"),
    [("khoi_truong", "bloc"), ("chairs/table_cum_truong", "cluster"), ("chairs/truong_khu_vuc", None),
     ("chairs/cumulated", None)],
)
def test_of_kind_reads_words(role, kind):
    from extractors.chairs import of_kind
    from schemas.facts import Body

    bodies = [Body("Khối thi đua số 1", "bloc", None), Body("Cụm thi đua số 2", "cluster", None)]  # type: ignore[arg-type]
    assert [b.kind for b in of_kind(bodies, role)] == ([kind] if kind else ["bloc", "cluster"])


# --- a short name ending in a number -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        ("Khối thi đua các công ty giấy phía Nam gồm Công ty Giấy Tân Mai 1 và Công ty Giấy Tân Mai 2, năm 2005 do "
         "Tân Mai 1 làm Khối trưởng.", "Tân Mai 1"),
        ("Khối thi đua các công ty đường gồm Công ty Đường Lam Sơn 3 và Công ty Đường Biên Hòa. Năm 2005, Lam Sơn 3 "
         "làm Khối trưởng.", "Lam Sơn 3"),
    ],
)
def test_short_name_ending_in_a_number(text, holder):
    assert found(text, Chair, "holder") == {holder}


def test_no_short_name_with_a_number_the_text_never_writes_longer():
    text = "Khối thi đua các công ty giấy gồm 3 đơn vị. Năm 2005, Tân Mai 1 làm Khối trưởng."
    assert found(text, Chair, "holder") == set()


# --- a plural role in turn: one holder a body, in order only when they are as many ----------------------

_THREE_CLUSTERS = ("Năm 2020, huyện có 3 cụm thi đua: Cụm thi đua số 1, Cụm thi đua số 2 và Cụm thi đua số 3. ")
_TWO_CLUSTERS = "Năm 2020, huyện có 2 cụm thi đua: Cụm thi đua số 1 và Cụm thi đua số 2. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (_THREE_CLUSTERS + "Các cụm trưởng năm 2020 lần lượt là UBND xã A Lưới, UBND xã Hồng Vân và UBND xã Phú "
         "Vinh.", {("Cụm thi đua số 1", "UBND xã A Lưới"), ("Cụm thi đua số 2", "UBND xã Hồng Vân"),
                   ("Cụm thi đua số 3", "UBND xã Phú Vinh")}),
        (_TWO_CLUSTERS + "Các cụm trưởng năm 2020 lần lượt là UBND xã A Lưới và UBND xã Hồng Vân.",
         {("Cụm thi đua số 1", "UBND xã A Lưới"), ("Cụm thi đua số 2", "UBND xã Hồng Vân")}),
        # fewer holders than bodies, or more: which holder is whose is not written
        (_THREE_CLUSTERS + "Các cụm trưởng năm 2020 lần lượt là UBND xã A Lưới và UBND xã Hồng Vân.", set()),
        (_TWO_CLUSTERS + "Các cụm trưởng năm 2020 lần lượt là UBND xã A Lưới, UBND xã Hồng Vân và UBND xã Phú "
         "Vinh.", set()),
    ],
)
def test_plural_role_holders_in_order_only_as_many_as_bodies(text, expected):
    assert found(text, Chair, "body", "holder") == expected


# --- "(Cụm trưởng)" under a letterhead's unit takes the place of the unit on the line above --------------

_GIA_LAM_HEAD = ("UBND HUYỆN GIA LÂM                     CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
                 "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO             Độc lập - Tự do - Hạnh phúc\n"
                 "(Cụm trưởng)\n\n"
                 "BÁO CÁO\n"
                 "Tổng kết công tác thi đua năm học 2021 - 2022\n\n"
                 "Ngày 20/5/2022, Cụm thi đua số 4 khối giáo dục huyện tổ chức hội nghị tổng kết công tác thi đua "
                 "năm học 2021 - 2022")


@pytest.mark.parametrize(
    ("text", "holder", "issuer"),
    [
        (_GIA_LAM_HEAD + ".", "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN GIA LÂM", "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN GIA LÂM"),
        (_GIA_LAM_HEAD + " tại Phòng Giáo dục và Đào tạo huyện Gia Lâm.", "Phòng Giáo dục và Đào tạo huyện Gia Lâm",
         "Phòng Giáo dục và Đào tạo huyện Gia Lâm"),
        # the line above names a body, not the unit's parent: no place of it
        ("CỤM THI ĐUA SỐ 4 HUYỆN GIA LÂM            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
         "TRƯỜNG TIỂU HỌC HOA SEN             Độc lập - Tự do - Hạnh phúc\n"
         "(Cụm trưởng)\n\n"
         "BÁO CÁO\n"
         "Ngày 20/5/2022, Cụm thi đua số 4 tổ chức hội nghị tổng kết công tác thi đua năm học 2021 - 2022.",
         "TRƯỜNG TIỂU HỌC HOA SEN", None),
        # "XÃ HỘI" ends a ministry's name, not a commune's
        ("BỘ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
         "TRƯỜNG CAO ĐẲNG KỸ THUẬT MIỀN TÂY             Độc lập - Tự do - Hạnh phúc\n"
         "(Cụm trưởng)\n\n"
         "BÁO CÁO\n"
         "Ngày 20/5/2022, Cụm thi đua số 7 tổ chức hội nghị tổng kết công tác thi đua năm 2021.",
         "TRƯỜNG CAO ĐẲNG KỸ THUẬT MIỀN TÂY", "TRƯỜNG CAO ĐẲNG KỸ THUẬT MIỀN TÂY"),
    ],
)
def test_letterhead_role_takes_the_place_of_the_line_above(text, holder, issuer):
    from extractors.chairs import issuer_unit

    assert found(text, Chair, "holder") == {holder}
    assert issuer_unit(text) == issuer


# --- a split acronym spelt out keeps the level word its brackets split off --------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Khối thi đua các đơn vị sự nghiệp gồm Quỹ Bảo vệ môi trường (EPF) tỉnh Hà Nam và Quỹ Đầu tư phát triển "
         "tỉnh Hà Nam. EPF Hà Nam làm Khối trưởng năm 2022.",
         {("chair", "Quỹ Bảo vệ môi trường tỉnh Hà Nam")}),
        ("Khối thi đua các đơn vị y tế gồm Trung tâm Kiểm soát bệnh tật (CDC) tỉnh Hà Nam và Bệnh viện Đa khoa "
         "tỉnh Hà Nam. CDC Hà Nam làm Khối trưởng năm 2022.",
         {("chair", "Trung tâm Kiểm soát bệnh tật tỉnh Hà Nam")}),
        # holders the text never writes in full; one written with its level word gets no second one
        ("Khối thi đua các đơn vị y tế khu vực đồng bằng sông Hồng gồm Trung tâm Kiểm soát bệnh tật (CDC) tỉnh Hà "
         "Nam và các đơn vị khác. CDC Ninh Bình làm Khối trưởng năm 2022, CDC tỉnh Nam Định làm Khối phó.",
         {("chair", "Trung tâm Kiểm soát bệnh tật tỉnh Ninh Bình"),
          ("vice_chair", "Trung tâm Kiểm soát bệnh tật tỉnh Nam Định")}),
        ("Khối thi đua các đơn vị y tế gồm Trung tâm Y tế (TTYT) huyện Lý Nhân và Bệnh viện Đa khoa tỉnh Hà Nam. "
         "TTYT Kim Bảng làm Khối trưởng năm 2022.", {("chair", "Trung tâm Y tế huyện Kim Bảng")}),
        # an acronym in brackets after the whole name splits nothing: no level word put in
        ("Khối thi đua các đơn vị y tế gồm Trung tâm Kiểm soát bệnh tật tỉnh Hà Nam (CDC) và Bệnh viện Đa khoa "
         "tỉnh Hà Nam. CDC Ninh Bình làm Khối trưởng năm 2022.", {("chair", "CDC Ninh Bình")}),
    ],
)
def test_split_acronym_keeps_its_level_word(text, expected):
    assert found(text, Chair, "role", "holder") == expected


# --- a parallel year only from a sentence before that holds a role of the same kind of body -----------------

_REPORT_2023 = "Báo cáo tổng kết công tác thi đua năm 2023\n\n"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (_REPORT_2023 + "Cụm thi đua số 1 năm 2021 do Sở Y tế làm Cụm trưởng. Cụm thi đua số 2 do Sở Nội vụ làm Cụm "
         "trưởng.", {("Cụm thi đua số 1", "Sở Y tế", 2021), ("Cụm thi đua số 2", "Sở Nội vụ", 2021)}),
        # the sentence before holds no role: the term is not its year (only the report's)
        (_REPORT_2023 + "Cụm thi đua số 1 năm 2021, Sở Y tế báo cáo kết quả. Cụm thi đua số 2 do Sở Nội vụ làm Cụm "
         "trưởng.", {("Cụm thi đua số 2", "Sở Nội vụ", 2023)}),
        # … or one of a bloc, not of a cluster
        (_REPORT_2023 + "Cụm thi đua số 1 năm 2021, Sở Y tế làm Khối trưởng Khối thi đua số 3. Cụm thi đua số 2 do "
         "Sở Nội vụ làm Cụm trưởng.",
         {("Khối thi đua số 3", "Sở Y tế", 2021), ("Cụm thi đua số 2", "Sở Nội vụ", 2023)}),
    ],
)
def test_parallel_year_needs_a_role_of_the_same_kind_before(text, expected):
    assert found(text, Chair, "body", "holder", "year") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # "khối mầm non" after a comma, with no word that sets the scene: a sector, not the other bloc
            "Năm 2021, Sở Giáo dục tổng kết Khối thi đua các trường mầm non và Khối thi đua các trường tiểu học. "
            "Trường Tiểu học Lê Lợi làm Khối trưởng Khối thi đua các trường tiểu học. Năm 2022, khối mầm non tăng 3 "
            "trường đạt chuẩn, Trường Tiểu học Kim Đồng được bầu làm Khối trưởng.",
            {("Khối thi đua các trường tiểu học", "Trường Tiểu học Lê Lợi", 2021),
             ("Khối thi đua các trường tiểu học", "Trường Tiểu học Kim Đồng", 2022)},
        ),
        (  # a word that sets the scene lets the reference stand before a comma
            "Năm 2021, Sở Văn hóa tổng kết Cụm thi đua các bảo tàng và Cụm thi đua các thư viện. Ở cụm thư viện, "
            "Trung tâm Văn hóa tỉnh Lâm Đồng làm Cụm trưởng.",
            {("Cụm thi đua các thư viện", "Trung tâm Văn hóa tỉnh Lâm Đồng", 2021)},
        ),
        (  # the reference in the clause of the role
            "Năm 2021, Sở Văn hóa tổng kết Cụm thi đua các bảo tàng và Cụm thi đua các thư viện. Cụm bảo tàng thống "
            "nhất giao Trung tâm Văn hóa tỉnh Đắk Lắk làm Cụm trưởng.",
            {("Cụm thi đua các bảo tàng", "Trung tâm Văn hóa tỉnh Đắk Lắk", 2021)},
        ),
    ],
)
def test_short_reference_needs_a_cue(text, expected):
    assert found(text, Chair, "body", "holder", "year") == expected
