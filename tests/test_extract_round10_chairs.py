"""Chairs, tenth round (heldout10, heldout11): verbs of a vote between the agent and the role; a unit
before a first-person word; a unit in brackets after the body of a role word (decisions' preambles);
a role fronted before its holder; a hand-over's outgoing holder only for the holder it hands to; a
hand-over's incoming holder with the year the text writes for it; the other role of a term dated in
the sentence before; "Trưởng, Phó khối"; a role word naming its body by the end of its name.
Invented sentences with other units, places and years than the documents; negatives that must
yield nothing."""

from __future__ import annotations

import pytest

from schemas.facts import Chair
from tests.conftest import found

# --- a verb of a vote or consensus between the agent and the role ---------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Trường Đại học Luật Hà Nội được các thành viên biểu quyết nhất trí giữ vai trò Khối phó "
            "Khối thi đua các trường đại học năm 2022.",
            {("vice_chair", "Trường Đại học Luật Hà Nội", 2022)},
        ),
        (
            "Năm 2015, Sở Tư pháp tỉnh Hòa Bình được hội nghị bỏ phiếu bầu làm Cụm trưởng Cụm thi đua số 3.",
            {("chair", "Sở Tư pháp tỉnh Hòa Bình", 2015)},
        ),
        (
            "Cục Thuế tỉnh Gia Lai được các đơn vị hiệp thương thống nhất làm Khối trưởng Khối thi đua "
            "Tây Nguyên năm 2019.",
            {("chair", "Cục Thuế tỉnh Gia Lai", 2019)},
        ),
    ],
)
def test_vote_verbs(text, expected):
    assert found(text, Chair, "role", "holder", "year") == expected


# --- a unit before a first-person word -----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Cụm thi đua số 2 có năm thành viên. Năm 2018, Sở Y tế tỉnh Bến Tre làm Cụm trưởng, "
            "Sở Y tế tỉnh Trà Vinh chúng tôi làm Cụm phó.",
            {("chair", "Sở Y tế tỉnh Bến Tre", 2018), ("vice_chair", "Sở Y tế tỉnh Trà Vinh", 2018)},
        ),
        (
            "Khối thi đua số 4 có sáu đơn vị. Năm 2023, Cục Hải quan tỉnh Quảng Ngãi chúng tôi giữ vai "
            "trò Khối trưởng.",
            {("chair", "Cục Hải quan tỉnh Quảng Ngãi", 2023)},
        ),
    ],
)
def test_unit_before_first_person(text, expected):
    assert found(text, Chair, "role", "holder", "year") == expected


# --- a unit in brackets after the body of a role word -------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "QUYẾT ĐỊNH về việc khen thưởng năm 2014\n"
            "Xét đề nghị của Khối trưởng Khối thi đua các Công ty Xây lắp (Công ty Xây lắp điện Hà Giang) "
            "và đề nghị của Hội đồng Thi đua - Khen thưởng Tổng công ty,",
            {("chair", "Công ty Xây lắp điện Hà Giang", "Khối thi đua các Công ty Xây lắp")},
        ),
        (
            "Theo đề nghị của Cụm trưởng Cụm thi đua các bệnh viện tuyến tỉnh (Bệnh viện Đa khoa tỉnh "
            "Phú Thọ) tại Tờ trình số 12/TTr-CTĐ, Giám đốc Sở Y tế quyết định:",
            {("chair", "Bệnh viện Đa khoa tỉnh Phú Thọ", "Cụm thi đua các bệnh viện tuyến tỉnh")},
        ),
    ],
)
def test_unit_in_brackets_after_body(text, expected):
    assert found(text, Chair, "role", "holder", "body") == expected


@pytest.mark.parametrize(
    "text",
    [
        # the body's short name in brackets, no holder
        "Xét đề nghị của Khối trưởng Khối thi đua các doanh nghiệp xây dựng (KTĐ3) về việc khen thưởng.",
        # a count in brackets, no unit
        "Xét đề nghị của Cụm trưởng Cụm thi đua số 4 (gồm 6 đơn vị) về việc khen thưởng năm 2016.",
    ],
)
def test_no_unit_in_brackets(text):
    assert found(text, Chair, "holder") == set()


# --- a role fronted before its holder -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Là đơn vị Cụm trưởng Cụm thi đua số 2 năm 2012, Trung tâm Y tế huyện Tam Đường đã chủ trì "
            "nhiều hoạt động giao lưu.",
            {("chair", "Trung tâm Y tế huyện Tam Đường", 2012)},
        ),
        (
            "Với tư cách Khối trưởng Khối thi đua số 2 năm 2020, Sở Tư pháp tỉnh Nam Định đã tổ chức ký "
            "kết giao ước thi đua.",
            {("chair", "Sở Tư pháp tỉnh Nam Định", 2020)},
        ),
        (
            "Trong vai trò Cụm phó Cụm thi đua số 5 năm 2017, Công an huyện Krông Búk đã phối hợp tổ "
            "chức hội thi.",
            {("vice_chair", "Công an huyện Krông Búk", 2017)},
        ),
    ],
)
def test_fronted_role(text, expected):
    assert found(text, Chair, "role", "holder", "year") == expected


# --- a hand-over: the outgoing holder only for the holder handed to; the incoming holder's year ----


def test_outgoing_only_for_the_holder_handed_to():
    text = ("Năm 2021, Sở Công Thương tỉnh Phú Yên là Cụm trưởng Cụm thi đua số 6. Tại hội nghị tổng kết, "
            "Sở Công Thương tỉnh Phú Yên đã bàn giao nhiệm vụ Cụm trưởng năm 2022 cho Sở Công Thương tỉnh "
            "Khánh Hòa, còn Sở Công Thương tỉnh Ninh Thuận được các đơn vị bầu làm Cụm phó năm 2022.")
    got = found(text, Chair, "role", "holder", "year")
    assert ("vice_chair", "Sở Công Thương tỉnh Phú Yên", 2021) not in got
    assert {("chair", "Sở Công Thương tỉnh Khánh Hòa", 2022),
            ("vice_chair", "Sở Công Thương tỉnh Ninh Thuận", 2022)} <= got


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the year after the document's would be 2017: the text writes 2016 for the incoming holder
            "Khối thi đua số 3 ký kết giao ước thi đua năm 2016\n\nCập nhật lúc 10:20 ngày 20/02/2016\n\n"
            "Ngày 19/2, Công ty Thủy điện Hòa Bình chủ trì hội nghị tổng kết công tác thi đua năm 2015 và ký "
            "kết giao ước thi đua năm 2016 của Khối thi đua số 3.\n\n"
            "Năm 2015, Công ty Thủy điện Sông Đà giữ vai trò Khối trưởng.\n\n"
            "Theo quy chế, vị trí Khối trưởng được luân phiên hằng năm. Tại hội nghị, Công ty Thủy điện Sông "
            "Đà đã trao cờ Khối trưởng cho Công ty Thủy điện Hòa Bình. Năm 2016, Công ty Thủy điện Hòa Bình "
            "làm Khối trưởng.",
            {("chair", "Công ty Thủy điện Sông Đà", 2015), ("chair", "Công ty Thủy điện Hòa Bình", 2016)},
        ),
        (  # no year written for the incoming holder: the year after the document's stays
            "Khối thi đua số 3 ký kết giao ước thi đua năm 2016\n\nCập nhật lúc 10:20 ngày 20/02/2016\n\n"
            "Ngày 19/2, Công ty Thủy điện Hòa Bình chủ trì hội nghị tổng kết công tác thi đua năm 2015 và ký "
            "kết giao ước thi đua năm 2016 của Khối thi đua số 3.\n\n"
            "Tại hội nghị, Công ty Thủy điện Sông Đà đã trao cờ Khối trưởng cho Công ty Thủy điện Hòa Bình.",
            None,
        ),
    ],
)
def test_incoming_takes_the_written_year(text, expected):
    got = found(text, Chair, "role", "holder", "year")
    if expected is None:  # whatever year the rules give, one fact for the incoming holder
        assert len([g for g in got if g[1] == "Công ty Thủy điện Hòa Bình"]) == 1
    else:
        assert got == expected


# --- the other role of a term dated in the sentence before --------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Cụm thi đua Sở Tài chính các tỉnh miền núi phía Bắc tổng kết năm 2023.\n"
            "Sở Tài chính tỉnh Sơn La đã trao cờ cho Sở Tài chính tỉnh Lai Châu, đơn vị được giao làm "
            "Cụm trưởng năm 2024. Sở Tài chính tỉnh Điện Biên đảm nhận vai trò Cụm phó.",
            {("vice_chair", "Sở Tài chính tỉnh Điện Biên", 2024)},
        ),
        (
            "Khối thi đua các hội đặc thù tổng kết năm 2019.\n"
            "Hội Chữ thập đỏ tỉnh Nam Định được thống nhất làm Khối trưởng năm 2020. Hội Nông dân tỉnh Nam "
            "Định là Khối phó.",
            {("vice_chair", "Hội Nông dân tỉnh Nam Định", 2020)},
        ),
    ],
)
def test_other_role_takes_the_year_before(text, expected):
    got = found(text, Chair, "role", "holder", "year")
    assert expected <= {g for g in got if g[0] == "vice_chair"} and len([g for g in got if g[0] == "vice_chair"]) == 1


# --- "Trưởng, Phó khối": one body word for both roles; a role word naming its body ----------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Khối thi đua các công ty chè khu vực Phú Thọ tổng kết năm 2011. Hội nghị đã bầu Trưởng, Phó "
            "khối năm 2012. Theo đó, Công ty Chè Phú Đa làm Trưởng khối, Công ty Chè Thanh Ba làm Phó "
            "khối; Khối phối hợp ký giao ước năm 2012.",
            {("chair", "Công ty Chè Phú Đa", 2012), ("vice_chair", "Công ty Chè Thanh Ba", 2012)},
        ),
    ],
)
def test_elided_head(text, expected):
    assert found(text, Chair, "role", "holder", "year") == expected


def test_role_names_its_body():
    text = ("Ở Khối thi đua các trường cao đẳng khu vực Tây Bắc, Trường Cao đẳng Sơn La làm Trưởng khối năm "
            "2014. Khối thi đua các trường cao đẳng khu vực Việt Bắc (gọi tắt là Khối Việt Bắc) gồm bốn "
            "trường. Năm 2015, Trường Cao đẳng Lào Cai làm Trưởng khối Tây Bắc, Trường Cao đẳng Điện Biên "
            "làm Phó khối.")
    got = found(text, Chair, "role", "holder", "body", "year")
    assert ("chair", "Trường Cao đẳng Lào Cai", "Khối thi đua các trường cao đẳng khu vực Tây Bắc", 2015) in got
    assert ("vice_chair", "Trường Cao đẳng Điện Biên", "Khối thi đua các trường cao đẳng khu vực Tây Bắc",
            2015) in got


# --- a short name the document gives a unit in brackets ------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Cụm thi đua số 3 gồm Ngân hàng TMCP Sài Gòn Thương Tín - Chi nhánh Cà Mau (Sacombank Cà Mau) và "
            "Kho bạc Nhà nước tỉnh Cà Mau. Năm 2021, Sacombank Cà Mau làm Cụm trưởng.",
            {("chair", "Ngân hàng TMCP Sài Gòn Thương Tín - Chi nhánh Cà Mau", 2021)},
        ),
        (
            "Khối thi đua số 2 gồm Tổng công ty Viễn thông Mobifone - Chi nhánh Kiên Giang (Mobifone Kiên "
            "Giang) và Viễn thông Kiên Giang. Năm 2019, Mobifone Kiên Giang giữ vai trò Khối trưởng.",
            {("chair", "Tổng công ty Viễn thông Mobifone - Chi nhánh Kiên Giang", 2019)},
        ),
        (  # a unit in brackets that is no short name of the one before (its parent) stays itself
            "Khối thi đua số 4 gồm Phòng Đào tạo (Trường Đại học Vinh) và Trường Đại học Hồng Đức. Năm 2019, "
            "Trường Đại học Vinh giữ vai trò Khối trưởng.",
            {("chair", "Trường Đại học Vinh", 2019)},
        ),
    ],
)
def test_short_name_in_brackets(text, expected):
    assert found(text, Chair, "role", "holder", "year") == expected


# --- a term placed in no year the text gives ------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Cụm thi đua số 2 thành lập từ năm 2010. Năm đầu tiên, Sở Nội vụ tỉnh Bắc Kạn được chỉ định làm Cụm trưởng.",
        "Khối thi đua số 5 tổng kết năm 2018. Trước đây, Công an tỉnh Cao Bằng từng làm Khối trưởng.",
        "Cụm thi đua các huyện miền núi tổng kết năm 2015. Khi mới thành lập, Ủy ban nhân dân huyện Mường "
        "Lát giữ vai trò Cụm trưởng.",
    ],
)
def test_unplaced_term(text):
    assert found(text, Chair, "holder") == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a year after the time words places it
            "Cụm thi đua số 2 thành lập từ năm 2010. Năm đầu tiên là năm 2010, Sở Nội vụ tỉnh Bắc Kạn được "
            "chỉ định làm Cụm trưởng.",
            {("chair", "Sở Nội vụ tỉnh Bắc Kạn", 2010)},
        ),
        (  # the time words in another clause
            "Khối thi đua số 5 tổng kết năm 2018. Năm 2018, Công an tỉnh Cao Bằng làm Khối trưởng; trước "
            "đây, đơn vị từng làm Khối phó.",
            {("chair", "Công an tỉnh Cao Bằng", 2018)},
        ),
    ],
)
def test_placed_term(text, expected):
    assert found(text, Chair, "role", "holder", "year") == expected


# --- an abbreviation coined in brackets with the rest of the name; prisons as units ---------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # "VKSQS" = "Viện kiểm sát quân sự", read from "(VKSQS khu vực 2)" after the full name
            "Cụm thi đua các Viện kiểm sát quân sự khu vực thuộc Quân khu 7 tổng kết năm 2018. Tham dự có Viện "
            "kiểm sát quân sự khu vực 2 Quân khu 7 (VKSQS khu vực 2) và các đơn vị. VKSQS khu vực 2 giữ vai trò "
            "Cụm trưởng, VKSQS khu vực 3 làm Cụm phó.",
            {("chair", "Viện kiểm sát quân sự khu vực 2", 2018),
             ("vice_chair", "Viện kiểm sát quân sự khu vực 3", 2018)},
        ),
        (  # a prison is a unit that can chair
            "Năm 2020, Trại giam Xuân Phước được bầu làm Khối trưởng Khối thi đua các trại giam phía Nam.",
            {("chair", "Trại giam Xuân Phước", 2020)},
        ),
    ],
)
def test_coined_heads_and_prisons(text, expected):
    assert found(text, Chair, "role", "holder", "year") == expected


@pytest.mark.parametrize(
    "text",
    [
        # letters in brackets that are not the initials of the words before: nothing coined
        "Cụm thi đua số 4 (CTĐ khu vực 4) tổng kết năm 2019; các đơn vị ký giao ước thi đua.",
        # a prison in lower case is no unit, and no role is named
        "Năm 2021, các trại giam trong Khối thi đua các trại giam phía Bắc tổ chức tổng kết.",
    ],
)
def test_coined_heads_and_prisons_negatives(text):
    assert found(text, Chair, "role", "holder", "year") == set()
