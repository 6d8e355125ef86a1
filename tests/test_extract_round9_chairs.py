"""Chairs, ninth round (heldout8, heldout9): the head of the chairing unit named by an office that
the unit rules read as a unit's head ("Kiểm toán trưởng", "Kế toán trưởng", "Chỉ huy trưởng");
a unit written with an abbreviation the document neither defines nor lists, spelt out from the
words it writes in full; a term of part of a year ("6 tháng cuối năm 2025"); a year in brackets
that dates another holder's term; body mentions in a sentence about the past. Invented sentences
with other units, places and years than the documents; negatives that must yield nothing."""

from __future__ import annotations

import pytest

from schemas.facts import Chair
from tests.conftest import found

# --- the head of the chairing unit, named by an office ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Chủ trì: ông Trần Quốc Bảo, Kiểm toán trưởng Kiểm toán Nhà nước khu vực IV - Cụm trưởng "
            "Cụm thi đua số 2 năm 2019.",
            {("chair", "Trần Quốc Bảo", "Kiểm toán Nhà nước khu vực IV", 2019)},
        ),
        (
            "Chủ trì hội nghị: ông Lê Minh, Kế toán trưởng Công ty Xăng dầu Bắc Giang - Khối trưởng "
            "Khối thi đua các doanh nghiệp thương mại năm 2021.",
            {("chair", "Lê Minh", "Công ty Xăng dầu Bắc Giang", 2021)},
        ),
        (
            "Đại tá Nguyễn Văn Hòa, Chỉ huy trưởng Bộ CHQS tỉnh Hà Tĩnh - Cụm trưởng Cụm thi đua số 3 "
            "năm 2018 phát biểu khai mạc.",
            {("chair", "Nguyễn Văn Hòa", "Bộ CHQS tỉnh Hà Tĩnh", 2018)},
        ),
        (  # an office the unit rules already read is unchanged
            "Chủ trì: bà Phạm Thu Hà, Giám đốc Sở Tư pháp - Khối trưởng Khối thi đua các cơ quan nội chính năm 2020.",
            {("chair", "Phạm Thu Hà", "Sở Tư pháp", 2020)},
        ),
    ],
)
def test_office_then_unit(text, expected):
    assert found(text, Chair, "role", "holder", "holder_org", "year") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # an abbreviation the document coins: its words are written in full elsewhere
            "Thành phần: Kiểm toán Nhà nước khu vực III, Kiểm toán Nhà nước khu vực V.\n"
            "Năm 2018, KTNN khu vực V làm Cụm trưởng Cụm thi đua số 4.",
            {("chair", "Kiểm toán Nhà nước khu vực V", 2018)},
        ),
        (  # the office, then the unit in short: the person, with the unit spelt out
            "- Kiểm toán Nhà nước khu vực IV: ông Trần Quốc Bảo, Kiểm toán trưởng;\n"
            "Chủ trì: ông Trần Quốc Bảo, Kiểm toán trưởng KTNN khu vực IV - Cụm trưởng Cụm thi đua số 2 năm 2019.",
            {("chair", "Trần Quốc Bảo", 2019)},
        ),
        (  # no long form in the text: the abbreviation stays
            "Năm 2017, KTNN khu vực IX làm Cụm trưởng Cụm thi đua số 3.",
            {("chair", "KTNN khu vực IX", 2017)},
        ),
    ],
)
def test_coined_abbreviation_spelt_out(text, expected):
    assert found(text, Chair, "role", "holder", "year") == expected


def test_coined_abbreviation_of_the_head():
    text = ("- Kiểm toán Nhà nước khu vực IV: ông Trần Quốc Bảo, Kiểm toán trưởng;\n"
            "Chủ trì: ông Trần Quốc Bảo, Kiểm toán trưởng KTNN khu vực IV - Cụm trưởng Cụm thi đua số 2 năm 2019.")
    assert found(text, Chair, "holder", "holder_org") == {("Trần Quốc Bảo", "Kiểm toán Nhà nước khu vực IV")}


# --- part of a year; a bracketed year of another holder ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Hội nghị năm 2026 của Cụm thi đua số 5. Ông Lê Văn Nam, Chủ tịch UBND phường An Hòa - đơn vị "
            "Cụm trưởng 6 tháng cuối năm 2025, báo cáo kết quả.",
            {("chair", "Lê Văn Nam", 2025)},
        ),
        (
            "Năm 2024, Cụm thi đua số 2 do UBND xã Tân Phú làm Cụm trưởng 6 tháng đầu năm 2023.",
            {("chair", "UBND xã Tân Phú", 2023)},
        ),
        (
            "Trường THPT Lê Lợi là Cụm phó học kỳ II năm 2024 của Cụm thi đua số 3.",
            {("vice_chair", "Trường THPT Lê Lợi", 2024)},
        ),
    ],
)
def test_part_of_year(text, expected):
    assert found(text, Chair, "role", "holder", "year") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Khối thi đua các doanh nghiệp dệt may năm 2015: theo nguyên tắc luân phiên, năm nay Công ty "
            "Dệt Nam Định làm Khối trưởng thay cho Công ty May Hưng Yên (Khối trưởng năm 2014), Công ty "
            "May Thái Bình làm Khối phó.",
            {("chair", "Công ty Dệt Nam Định", 2015), ("chair", "Công ty May Hưng Yên", 2014),
             ("vice_chair", "Công ty May Thái Bình", 2015)},
        ),
        (
            "Năm 2020, Cụm thi đua số 6 chọn Công an huyện Thanh Chương làm Cụm trưởng thay Công an huyện "
            "Nam Đàn (Cụm trưởng năm 2019), Công an huyện Anh Sơn làm Cụm phó.",
            {("chair", "Công an huyện Thanh Chương", 2020), ("chair", "Công an huyện Nam Đàn", 2019),
             ("vice_chair", "Công an huyện Anh Sơn", 2020)},
        ),
    ],
)
def test_bracketed_year_of_another_holder(text, expected):
    assert found(text, Chair, "role", "holder", "year") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a role in brackets after two units joined by "và" is the last one's
            "Lãnh đạo Tổng công ty ghi nhận vai trò của Công ty Điện lực Hà Nam và Công ty Điện lực Ninh Bình "
            "(Cụm phó năm 2019) trong Cụm thi đua số 3.",
            {("vice_chair", "Công ty Điện lực Ninh Bình", 2019)},
        ),
        (
            "Năm 2022, Khối thi đua các trường cao đẳng ghi nhận Trường Cao đẳng Y tế Phú Thọ và Trường Cao "
            "đẳng Công nghiệp Việt Trì (đơn vị Khối phó) đã phối hợp tốt.",
            {("vice_chair", "Trường Cao đẳng Công nghiệp Việt Trì", 2022)},
        ),
        (  # without brackets both hold it
            "Năm 2021, Sở Xây dựng và Sở Giao thông vận tải làm Khối phó Khối thi đua các sở kinh tế.",
            {("vice_chair", "Sở Xây dựng", 2021), ("vice_chair", "Sở Giao thông vận tải", 2021)},
        ),
    ],
)
def test_bracketed_role_of_the_last_conjunct(text, expected):
    assert found(text, Chair, "role", "holder", "year") == expected


@pytest.mark.parametrize(
    "text",
    [  # the body's parent, or its short name in brackets, after the role's body is no holder
        "Phóng viên trao đổi với ông Lê Văn Hải, đơn vị Khối trưởng Khối thi đua các công ty lâm nghiệp "
        "thuộc Tổng công ty Lâm nghiệp Việt Nam (VINAFOR).",
        "Năm 2020, Cụm trưởng Cụm thi đua các chi nhánh khu vực Bắc Trung Bộ trực thuộc Ngân hàng Chính sách "
        "xã hội (NHCSXH) đã tổ chức hội nghị.",
    ],
)
def test_parent_after_body_no_holder(text):
    holders = found(text, Chair, "holder")
    assert not any(h.startswith(("Tổng công ty", "Ngân hàng", "VINAFOR", "NHCSXH")) for h in holders)


# --- body mentions in a sentence about the past ------------------------------------------------------


def test_past_body_not_taken():
    text = ("Cụm thi đua các xã ven biển huyện Giao Thủy gồm 8 xã.\n"
            "Trước đó, các xã này thuộc Cụm thi đua số 2 của huyện Giao Thủy.\n"
            "Ông Vũ Văn Tâm, Chủ tịch UBND xã Giao Hải - đơn vị Cụm trưởng năm 2024, báo cáo kết quả.")
    assert found(text, Chair, "body", "holder") == {("Cụm thi đua các xã ven biển huyện Giao Thủy", "Vũ Văn Tâm")}


# --- negatives -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Ông Trần Văn Bình, Kiểm toán trưởng Kiểm toán Nhà nước khu vực II, phát biểu tại hội nghị.",
        "Bà Lê Thị Hoa, Kế toán trưởng Công ty Điện lực Nam Định, được tặng Bằng khen năm 2019.",
        "Sáu tháng cuối năm 2025, các phường đã giải quyết 12.000 hồ sơ đúng hạn.",
        "KTNN khu vực VI đã hoàn thành 20 cuộc kiểm toán trong năm 2016.",
    ],
)
def test_negatives(text):
    assert found(text, Chair, "holder") == set()


# --- the unit of the one who answers in an interview set out in dashed turns -----------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the office names the unit itself
            "Phóng viên có cuộc trò chuyện với ông Đặng Văn Lực, Giám đốc Sở Tài chính tỉnh Yên Bái.\n"
            "- Thưa ông, năm qua Khối thi đua các cơ quan tổng hợp hoạt động ra sao?\n"
            "- Năm 2019, Sở Kế hoạch và Đầu tư làm Khối trưởng, chúng tôi làm Khối phó.",
            {("chair", "Sở Kế hoạch và Đầu tư", 2019), ("vice_chair", "Sở Tài chính tỉnh Yên Bái", 2019)},
        ),
        (  # "Giám đốc bệnh viện": the unit the lead is about
            "Năm 2023, Bệnh viện Đa khoa tỉnh Sơn La được giao làm Cụm trưởng Cụm thi đua số 1. Báo Sức khỏe "
            "đã phỏng vấn bác sĩ Lò Văn Minh, Giám đốc bệnh viện, về kế hoạch của Cụm.\n"
            "- Ông có thể cho biết thêm về Cụm?\n"
            "- Năm 2021, bệnh viện chúng tôi làm Cụm phó của Cụm thi đua số 1.",
            {("chair", "Bệnh viện Đa khoa tỉnh Sơn La", 2023), ("vice_chair", "Bệnh viện Đa khoa tỉnh Sơn La", 2021)},
        ),
        (  # "Hiệu trưởng nhà trường", with the unit named the sentence before
            "Trường Cao đẳng Nghề Nam Định được giao làm Khối trưởng Khối thi đua các trường nghề năm 2020. "
            "Chúng tôi trao đổi với ThS Vũ Thị Lan, Hiệu trưởng nhà trường.\n"
            "- Trước đó, trường chúng tôi làm Khối phó năm 2019.",
            {("chair", "Trường Cao đẳng Nghề Nam Định", 2020), ("vice_chair", "Trường Cao đẳng Nghề Nam Định", 2019)},
        ),
    ],
)
def test_interview_answer_unit(text, expected):
    assert found(text, Chair, "role", "holder", "year") == expected


@pytest.mark.parametrize(
    "text",
    [  # a question's "chúng tôi" is the paper's; no interview in the lead; no dashed turn
        "Phóng viên trao đổi với ông Đặng Văn Lực, Giám đốc Sở Tài chính tỉnh Yên Bái.\n"
        "- Năm 2019, chúng tôi được biết Sở làm Khối phó, phải không thưa ông?",
        "Sở Tài chính tỉnh Yên Bái tổ chức hội nghị.\n- Năm 2019, chúng tôi làm Khối phó.",
        "Phóng viên trao đổi với ông Đặng Văn Lực, Giám đốc Sở Tài chính tỉnh Yên Bái.\n"
        "Năm 2019, chúng tôi làm Khối phó.",
    ],
)
def test_interview_negatives(text):
    assert found(text, Chair, "role", "holder") <= set()


# --- a rule stated in the text: this year's vice-chair chairs the next year -------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Năm 2019, Sở Tư pháp làm Khối trưởng, Sở Nội vụ làm Khối phó Khối thi đua các cơ quan nội chính. "
            "Theo quy chế, đơn vị Khối phó năm nay sẽ làm Khối trưởng năm sau.",
            {("chair", "Sở Tư pháp", 2019), ("vice_chair", "Sở Nội vụ", 2019), ("chair", "Sở Nội vụ", 2020)},
        ),
        (  # the next year written out, the current one relative
            "Năm 2021, Công an huyện Tân Phú làm Cụm trưởng, Công an huyện Định Quán làm Cụm phó Cụm thi đua số 4. "
            "Theo quy định của Cụm, Cụm phó năm nay sẽ đảm nhận vai trò Cụm trưởng năm 2022.",
            {("chair", "Công an huyện Tân Phú", 2021), ("vice_chair", "Công an huyện Định Quán", 2021),
             ("chair", "Công an huyện Định Quán", 2022)},
        ),
        (  # both years written
            "Năm 2017, Chi cục Thuế huyện Hòa Vang giữ vai trò Cụm phó Cụm thi đua số 2. Quy chế quy định "
            "Cụm phó năm 2017 sẽ trở thành Cụm trưởng năm 2018.",
            {("vice_chair", "Chi cục Thuế huyện Hòa Vang", 2017), ("chair", "Chi cục Thuế huyện Hòa Vang", 2018)},
        ),
        (  # a chair the text names for the next year stands
            "Năm 2019, Sở Nội vụ làm Khối phó Khối thi đua các cơ quan nội chính. Năm 2020, Sở Tư pháp làm Khối "
            "trưởng Khối thi đua các cơ quan nội chính. Theo quy chế, Khối phó năm nay sẽ làm Khối trưởng năm sau.",
            {("vice_chair", "Sở Nội vụ", 2019), ("chair", "Sở Tư pháp", 2020)},
        ),
    ],
)
def test_promotion_rule(text, expected):
    assert found(text, Chair, "role", "holder", "year") == expected


@pytest.mark.parametrize(
    "text",
    [  # no rule stated; a rule with no year of its own; years not one apart
        "Năm 2019, Sở Nội vụ làm Khối phó Khối thi đua các cơ quan nội chính. Năm sau, Khối sẽ tổ chức hội thi.",
        "Năm 2019, Sở Nội vụ làm Khối phó Khối thi đua các cơ quan nội chính. Thông thường, Khối phó năm trước "
        "sẽ làm Khối trưởng năm sau.",
        "Năm 2019, Sở Nội vụ làm Khối phó Khối thi đua các cơ quan nội chính. Khối phó năm 2019 sẽ làm Khối "
        "trưởng năm 2021.",
    ],
)
def test_promotion_negatives(text):
    assert found(text, Chair, "role", "holder", "year") == {("vice_chair", "Sở Nội vụ", 2019)}


# --- links: "giữ trọng trách Khối trưởng", "vai trò Cụm trưởng chuyển sang X"; bracketed years --------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Khối thi đua các cơ quan văn hóa - xã hội tỉnh Bắc Kạn tổng kết năm 2016. Tiếp nhận nhiệm vụ từ "
            "Sở Y tế, đơn vị giữ trọng trách Khối trưởng năm 2015, Sở Văn hóa, Thể thao và Du lịch đã chủ động "
            "xây dựng kế hoạch.",
            {("chair", "Sở Y tế", 2015)},
        ),
        (
            "Cụm thi đua số 2 Công an tỉnh Long An tổng kết năm 2020. Theo thứ tự luân phiên, năm 2021 vai trò "
            "Cụm trưởng sẽ chuyển sang Công an huyện Đức Hòa.",
            {("chair", "Công an huyện Đức Hòa", 2021)},
        ),
        (
            "Khối thi đua các doanh nghiệp xây dựng tổng kết năm 2018. Năm 2019, vai trò Khối trưởng được "
            "chuyển cho Công ty Cổ phần Xây dựng số 5.",
            {("chair", "Công ty Cổ phần Xây dựng số 5", 2019)},
        ),
        (  # a year in another role's brackets does not date this one's
            "Cụm thi đua số 4 gồm Tòa án nhân dân các tỉnh Bắc Trung Bộ. Năm 2021, sau khi nhận cờ luân lưu "
            "từ Tòa án nhân dân tỉnh Hà Tĩnh (đơn vị Cụm trưởng năm 2020), Tòa án nhân dân tỉnh Nghệ An đã phối "
            "hợp với Tòa án nhân dân tỉnh Quảng Bình (Cụm phó) tổ chức giao ban.",
            {("chair", "Tòa án nhân dân tỉnh Hà Tĩnh", 2020), ("vice_chair", "Tòa án nhân dân tỉnh Quảng Bình", 2021)},
        ),
    ],
)
def test_links_and_bracketed_years(text, expected):
    assert expected <= found(text, Chair, "role", "holder", "year")


@pytest.mark.parametrize(
    "text",
    [  # "chuyển sang" without a role before it; a transfer to a year, not a unit
        "Năm 2021, Công an huyện Đức Hòa chuyển sang mô hình mới.",
        "Hội nghị tổng kết của Cụm thi đua số 2 được chuyển sang năm 2021.",
    ],
)
def test_links_negatives(text):
    assert found(text, Chair, "holder") == set()


# --- one chair and more vice-chairs: more holders than the two coordinated roles ---------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Khối thi đua các sở, ngành nội chính tổng kết năm 2019. Hội nghị bầu Sở Tư pháp, Sở Nội vụ và "
            "Thanh tra tỉnh làm Khối trưởng, Khối phó năm 2020.",
            {("chair", "Sở Tư pháp", 2020), ("vice_chair", "Sở Nội vụ", 2020), ("vice_chair", "Thanh tra tỉnh", 2020)},
        ),
        (
            "Cụm thi đua số 6 tổng kết năm 2022. Cụm trưởng, Cụm phó năm 2023 là Công an huyện Lộc Ninh, Công an "
            "huyện Bù Đốp và Công an huyện Hớn Quản.",
            {("chair", "Công an huyện Lộc Ninh", 2023), ("vice_chair", "Công an huyện Bù Đốp", 2023),
             ("vice_chair", "Công an huyện Hớn Quản", 2023)},
        ),
        (  # two holders, two roles: unchanged
            "Cụm thi đua số 6 tổng kết năm 2022. Cụm trưởng, Cụm phó năm 2023 là Công an huyện Lộc Ninh và Công "
            "an huyện Bù Đốp, Công an huyện Hớn Quản là thành viên mới.",
            {("chair", "Công an huyện Lộc Ninh", 2023), ("vice_chair", "Công an huyện Bù Đốp", 2023)},
        ),
    ],
)
def test_one_chair_more_vice(text, expected):
    assert found(text, Chair, "role", "holder", "year") == expected


@pytest.mark.parametrize(
    "text",
    [  # "lần lượt" pairs as many holders as roles; "các năm trước": the terms of several years
        "Cụm thi đua số 6 tổng kết năm 2022. Công an huyện Lộc Ninh, Công an huyện Bù Đốp và Công an huyện Hớn "
        "Quản lần lượt giữ vai trò Cụm trưởng, Cụm phó.",
        "Cụm thi đua số 6 tổng kết năm 2022. Công an huyện Lộc Ninh, Công an huyện Bù Đốp và Công an huyện Hớn "
        "Quản là đơn vị Cụm trưởng, Cụm phó các năm trước.",
    ],
)
def test_one_chair_more_vice_negatives(text):
    assert ("vice_chair", "Công an huyện Hớn Quản") not in found(text, Chair, "role", "holder")


def test_more_holders_than_roles_negative():
    # four holders, but no "và" closing the list: a list of members, not the holders of the two roles
    text = ("Khối thi đua các sở, ngành nội chính tổng kết năm 2019. Sở Tư pháp, Sở Nội vụ, Thanh tra tỉnh, "
            "Sở Y tế, Khối trưởng, Khối phó năm 2020 đã ký giao ước.")
    holders = found(text, Chair, "holder")
    assert "Sở Nội vụ" not in holders and "Thanh tra tỉnh" not in holders


# --- a body named in a later clause; a short form the document coins ---------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Khối thi đua các trường THPT tổng kết năm 2015.\nHội nghị thống nhất giới thiệu Trường THPT Lê Quý Đôn "
            "làm Khối trưởng, Trường THPT Nguyễn Du làm Khối phó năm 2016; đề nghị phối hợp với Khối thi đua các "
            "trường THCS tổ chức hội thảo.",
            {("Khối thi đua các trường THPT", "chair", "Trường THPT Lê Quý Đôn"),
             ("Khối thi đua các trường THPT", "vice_chair", "Trường THPT Nguyễn Du")},
        ),
        (
            "Cụm thi đua các doanh nghiệp nông nghiệp gồm Công ty Cà phê Thắng Lợi, Công ty Trách nhiệm hữu hạn "
            "Một thành viên Cao su Chư Păh (sau đây gọi tắt là Công ty Cao su Chư Păh).\nNăm 2019, Công ty Cao su "
            "Chư Păh làm Cụm trưởng Cụm thi đua các doanh nghiệp nông nghiệp.",
            {("Cụm thi đua các doanh nghiệp nông nghiệp", "chair",
              "Công ty Trách nhiệm hữu hạn Một thành viên Cao su Chư Păh")},
        ),
    ],
)
def test_later_clause_body_and_short_form(text, expected):
    assert found(text, Chair, "body", "role", "holder") == expected


def test_short_form_negative():
    # "gọi chung là" names a group, not one unit; a short form of another unit leaves the holder as written
    text = ("Cụm thi đua số 3 gồm các công ty cao su (gọi chung là Công ty Cao su Chư Păh) và Công ty Cà phê "
            "Ia Sao (gọi tắt là Công ty Ia Sao).\nNăm 2020, Công ty Cao su Chư Păh làm Cụm trưởng Cụm thi đua số 3.")
    assert found(text, Chair, "holder") == {"Công ty Cao su Chư Păh"}


# --- a companion after "với" on the left, the holder after "là" on the right -------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Khối thi đua các trường cao đẳng tổng kết năm 2022. Cùng đồng hành với Trường Cao đẳng Y tế Huế "
            "trong vai trò Khối phó năm 2023 là Trường Cao đẳng Công nghiệp Huế.",
            {("vice_chair", "Trường Cao đẳng Công nghiệp Huế", 2023)},
        ),
        (
            "Cụm thi đua số 1 tổng kết năm 2018. Phối hợp với Công an huyện Krông Pắc ở vị trí Cụm phó năm 2019 "
            "là Công an huyện Ea Kar.",
            {("vice_chair", "Công an huyện Ea Kar", 2019)},
        ),
    ],
)
def test_companion_left_holder_right(text, expected):
    assert found(text, Chair, "role", "holder", "year") == expected


def test_companion_without_right_holder():
    # with no holder on the right, the unit on the left keeps the role
    text = ("Cụm thi đua số 1 tổng kết năm 2018. Năm 2019, Công an huyện Ea Kar phối hợp với Công an huyện "
            "Krông Pắc (Cụm phó).")
    assert ("vice_chair", "Công an huyện Krông Pắc") in found(text, Chair, "role", "holder")
