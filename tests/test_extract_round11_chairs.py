"""Chairs, eleventh round (heldout12, heldout13 and older leftovers): a role as an adjunct of what
its holder does ("A chủ trì hội nghị với vai trò Cụm trưởng") and adverbs before the role ("vừa
nhận", "đã làm rất tốt vai trò", "trên cương vị"); "nửa năm đầu" is no unplaced first year; tables
with a column a year; one who acts for the unit ("thay mặt / đại diện đơn vị"); a role that is one
more office in a list of offices; abbreviations coined after the last of several units; quarters;
a short name in brackets before the role; a kind word for the interviewee's unit; one-word brands
in brackets; a holder's name run on over lower-case words to its clause's end.
Invented sentences with other units, places and years than the documents; negatives that must
yield nothing."""

from __future__ import annotations

import pytest

from schemas.facts import Chair
from tests.conftest import found

# --- a role as the adjunct of its holder's verb; adverbs before the role -------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Cụm thi đua số 5 gồm các huyện miền núi. Năm 2020, Hội Nông dân huyện Đức Thọ chủ trì hội nghị "
            "với vai trò Cụm trưởng.",
            {("chair", "Hội Nông dân huyện Đức Thọ", 2020)},
        ),
        (
            "Khối thi đua các bệnh viện tuyến tỉnh có 8 đơn vị. Năm 2017, Bệnh viện Đa khoa tỉnh Yên Bái tổ "
            "chức đoàn kiểm tra chéo với tư cách là Khối phó.",
            {("vice_chair", "Bệnh viện Đa khoa tỉnh Yên Bái", 2017)},
        ),
        (
            "Cụm thi đua số 1 các hợp tác xã thủy sản có 6 thành viên. Năm 2023, Hợp tác xã Thủy sản Hòa Hiệp đăng "
            "cai hội nghị với vai trò là đơn vị Cụm trưởng.",
            {("chair", "Hợp tác xã Thủy sản Hòa Hiệp", 2023)},
        ),
        (
            "Khối thi đua các Cục Thuế gồm 6 đơn vị. Cục Thuế tỉnh Phú Thọ vừa nhận vai trò Khối trưởng Khối "
            "thi đua các Cục Thuế năm 2021.",
            {("chair", "Cục Thuế tỉnh Phú Thọ", 2021)},
        ),
        (
            "Khối thi đua các nhà máy xi măng có 7 đơn vị. Năm 2019, Công ty Xi măng Bỉm Sơn, đơn vị đã làm "
            "rất tốt vai trò Khối trưởng, cùng Công ty Xi măng Hoàng Thạch trên cương vị Khối phó đã tổ chức "
            "nhiều đợt thi đua.",
            {("chair", "Công ty Xi măng Bỉm Sơn", 2019), ("vice_chair", "Công ty Xi măng Hoàng Thạch", 2019)},
        ),
        (
            "Cụm thi đua số 2 gồm các Sở Tư pháp. Năm 2021, Sở Tư pháp tỉnh Lai Châu đã hoàn thành nhiệm vụ của "
            "Cụm trưởng; Sở Tư pháp tỉnh Điện Biên tiếp quản vai trò Cụm trưởng năm 2022.",
            {("chair", "Sở Tư pháp tỉnh Lai Châu", 2021), ("chair", "Sở Tư pháp tỉnh Điện Biên", 2022)},
        ),
    ],
)
def test_role_adjunct_and_adverbs(text, expected):
    assert found(text, Chair, "role", "holder", "year") == expected


@pytest.mark.parametrize(
    "text",
    [
        # no unit before the verb: nobody holds the role
        "Cụm thi đua số 5 gồm các huyện. Tại hội nghị, nhiều ý kiến đóng góp thẳng thắn với vai trò Cụm trưởng.",
        # a number between the unit and the adjunct is no verb's object
        "Cụm thi đua số 5 gồm các huyện. Năm 2020, Sở Tài chính tiếp 30 đoàn với vai trò Cụm trưởng.",
    ],
)
def test_role_adjunct_negatives(text):
    assert found(text, Chair, "role", "holder") == set()


# --- a part of the year is no "năm đầu" that places a term in no year ----------------------------


def test_half_year_is_the_reviewed_year():
    text = (
        "Cụm thi đua số 3 các Ban Quản lý rừng phòng hộ tổng kết năm 2024.\n"
        "Trong nửa năm đầu hoạt động theo mô hình mới, Ban Quản lý rừng phòng hộ Sông Tranh giữ vai trò "
        "Cụm trưởng, Ban Quản lý rừng phòng hộ Phú Ninh là Cụm phó."
    )
    assert found(text, Chair, "role", "holder", "year") == {
        ("chair", "Ban Quản lý rừng phòng hộ Sông Tranh", 2024),
        ("vice_chair", "Ban Quản lý rừng phòng hộ Phú Ninh", 2024),
    }


def test_first_year_still_unplaced():
    text = (
        "Cụm thi đua số 3 các Ban Quản lý rừng phòng hộ tổng kết năm 2024.\n"
        "Trong năm đầu hoạt động, Ban Quản lý rừng phòng hộ Sông Tranh giữ vai trò Cụm trưởng."
    )
    assert found(text, Chair, "role", "holder") == set()


# --- a table with one column a year: the role each unit holds each year ---------------------------


def test_year_columns():
    text = (
        "BIÊN BẢN hội nghị tổng kết Cụm thi đua các Trung tâm Y tế huyện năm 2016\n"
        "Hội nghị thống nhất phân công nhiệm vụ như sau:\n"
        "STT | Đơn vị | Năm 2016 | Năm 2017\n"
        "1 | Trung tâm Y tế huyện Đông Hưng | Cụm trưởng | Thành viên\n"
        "2 | Trung tâm Y tế huyện Quỳnh Phụ | Cụm phó | Cụm trưởng\n"
        "3 | Trung tâm Y tế huyện Tiền Hải | Thành viên | Cụm phó\n"
    )
    assert found(text, Chair, "role", "holder", "year") == {
        ("chair", "Trung tâm Y tế huyện Đông Hưng", 2016),
        ("vice_chair", "Trung tâm Y tế huyện Quỳnh Phụ", 2016),
        ("chair", "Trung tâm Y tế huyện Quỳnh Phụ", 2017),
        ("vice_chair", "Trung tâm Y tế huyện Tiền Hải", 2017),
    }


def test_year_columns_without_roles():
    text = (
        "Cụm thi đua các Trung tâm Y tế huyện tổng kết năm 2016.\n"
        "STT | Đơn vị | Năm 2016 | Năm 2017\n"
        "1 | Trung tâm Y tế huyện Đông Hưng | 95 điểm | 97 điểm\n"
        "2 | Trung tâm Y tế huyện Quỳnh Phụ | Xuất sắc | Tốt\n"
    )
    assert found(text, Chair, "role", "holder") == set()


# --- one who acts for the unit ("thay mặt"): its head with it, a deputy's unit ------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Cụm thi đua các Sở Xây dựng có 5 đơn vị. Ông Lê Văn Tám, Giám đốc Sở Xây dựng tỉnh Bình Định, "
            "thay mặt đơn vị nhận nhiệm vụ Cụm trưởng năm 2021.",
            {("chair", "Lê Văn Tám", "Sở Xây dựng tỉnh Bình Định", 2021)},
        ),
        (
            "Khối thi đua các Cục Hải quan có 6 đơn vị. Tôi đề nghị đồng chí Vũ Đình Nam, Cục trưởng Cục Hải "
            "quan tỉnh Lạng Sơn, thay mặt Cục Hải quan tỉnh Lạng Sơn tiếp nhận nhiệm vụ và cờ Khối trưởng năm "
            "2019.",
            {("chair", "Vũ Đình Nam", "Cục Hải quan tỉnh Lạng Sơn", 2019)},
        ),
        (  # a deputy speaks for the unit: the unit holds
            "Cụm thi đua các Sở Xây dựng có 5 đơn vị. Bà Trần Thị Hoa, Phó Giám đốc Sở Xây dựng tỉnh Phú Yên, "
            "thay mặt đơn vị nhận nhiệm vụ Cụm trưởng năm 2021.",
            {("chair", "Sở Xây dựng tỉnh Phú Yên", None, 2021)},
        ),
        (
            "Khối thi đua các Tòa án nhân dân cấp huyện có 8 đơn vị. Bà Hà Thị Mai, Chánh án Tòa án nhân dân huyện "
            "Mường Khương, đại diện đơn vị nhận cờ Khối trưởng năm 2018.",
            {("chair", "Hà Thị Mai", "Tòa án nhân dân huyện Mường Khương", 2018)},
        ),
        (  # "Vùng N" heads a unit
            "Khối thi đua các vùng Cảnh sát biển có 4 đơn vị. Năm 2016, Vùng 2 Cảnh sát biển làm Khối trưởng, "
            "Vùng 4 Cảnh sát biển làm Khối phó.",
            {("chair", "Vùng 2 Cảnh sát biển", None, 2016), ("vice_chair", "Vùng 4 Cảnh sát biển", None, 2016)},
        ),
    ],
)
def test_on_behalf(text, expected):
    assert found(text, Chair, "role", "holder", "holder_org", "year") == expected


# --- a role word that is one more office in a list of offices has no holder ----------------------


def test_office_list_has_no_holder():
    text = (
        "QUYẾT ĐỊNH về việc khen thưởng năm 2020. Cụm thi đua số 3 gồm các Sở Nội vụ.\n"
        "Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh, Trưởng ban Ban Thi đua - Khen thưởng tỉnh, Cụm trưởng "
        "Cụm thi đua số 3 và các đơn vị có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này."
    )
    assert found(text, Chair, "role", "holder") == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # an office with its unit, alone before the role: the unit
            "Cụm thi đua số 3 gồm các Sở Nội vụ. Giám đốc Sở Nội vụ tỉnh Hà Giang, Cụm trưởng Cụm thi đua số 3, "
            "phát biểu khai mạc hội nghị tổng kết năm 2020.",
            {("chair", "Sở Nội vụ tỉnh Hà Giang", None)},
        ),
        (  # a person with the office of the unit's head: the person
            "Cụm thi đua số 3 gồm các Sở Nội vụ. Ông Lò Văn Pín, Giám đốc Sở Nội vụ tỉnh Hà Giang, Cụm trưởng "
            "Cụm thi đua số 3, phát biểu khai mạc hội nghị tổng kết năm 2020.",
            {("chair", "Lò Văn Pín", "Sở Nội vụ tỉnh Hà Giang")},
        ),
    ],
)
def test_office_before_role_still_holds(text, expected):
    assert found(text, Chair, "role", "holder", "holder_org") == expected


# --- an abbreviation coined after the last of several units spells only its letters before a place ---


def test_coined_abbreviation_before_a_place():
    text = (
        "Khối thi đua các Cục Quản lý thị trường phía Bắc gồm Cục Quản lý thị trường tỉnh Nam Định, Cục Quản lý "
        "thị trường tỉnh Ninh Bình và Cục Quản lý thị trường tỉnh Hà Nam (sau đây gọi tắt là Cục QLTT). Năm "
        "2019, Cục QLTT tỉnh Ninh Bình làm Khối trưởng, Cục QLTT tỉnh Nam Định làm Khối phó."
    )
    assert found(text, Chair, "role", "holder", "year") == {
        ("chair", "Cục Quản lý thị trường tỉnh Ninh Bình", 2019),
        ("vice_chair", "Cục Quản lý thị trường tỉnh Nam Định", 2019),
    }


def test_coined_abbreviation_alone_is_the_unit():
    text = (
        "Khối thi đua các Cục Quản lý thị trường phía Bắc gồm 3 đơn vị. Cục Quản lý thị trường tỉnh Hà Nam "
        "(sau đây gọi tắt là Cục QLTT) làm Khối trưởng năm 2019. Năm 2020, Cục QLTT làm Khối phó."
    )
    assert found(text, Chair, "role", "holder", "year") == {
        ("chair", "Cục Quản lý thị trường tỉnh Hà Nam", 2019),
        ("vice_chair", "Cục Quản lý thị trường tỉnh Hà Nam", 2020),
    }


# --- a quarter gives its year ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Cụm thi đua số 2 có 5 trường THPT. Trong quý I/2022, Trường THPT Lê Lợi làm Cụm trưởng.",
            {("chair", "Trường THPT Lê Lợi", 2022)},
        ),
        (
            "Khối thi đua các chi nhánh có 6 đơn vị. Chi nhánh Ngân hàng Chính sách xã hội tỉnh Sơn La giữ vai "
            "trò Khối phó từ quý 3/2021.",
            {("vice_chair", "Chi nhánh Ngân hàng Chính sách xã hội tỉnh Sơn La", 2021)},
        ),
        (
            "Cụm thi đua các hợp tác xã nông nghiệp có 7 thành viên. Hợp tác xã Nông nghiệp Tân Phú làm Cụm phó từ "
            "quý IV-2019.",
            {("vice_chair", "Hợp tác xã Nông nghiệp Tân Phú", 2019)},
        ),
        (  # a date is no term's year: the document's
            "Cụm thi đua số 2 có 5 trường THPT tổng kết năm 2023. Trường THPT Lê Lợi làm Cụm trưởng, hội nghị "
            "họp ngày 3/2021.",
            {("chair", "Trường THPT Lê Lợi", 2023)},
        ),
    ],
)
def test_quarter_years(text, expected):
    assert found(text, Chair, "role", "holder", "year") == expected


# --- a holder with its short name in brackets right before the role --------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Cụm thi đua số 3 gồm các Sở Y tế. Năm 2021, Sở Y tế tỉnh Lào Cai (Sở Y tế Lào Cai) giữ vai trò "
            "Cụm trưởng.",
            {("chair", "Sở Y tế tỉnh Lào Cai", 2021)},
        ),
        (
            "Khối thi đua các trường cao đẳng có 7 trường. Trường Cao đẳng Sư phạm Trung ương Nha Trang (Trường "
            "CĐSP Nha Trang) làm Khối phó năm 2018.",
            {("vice_chair", "Trường Cao đẳng Sư phạm Trung ương Nha Trang", 2018)},
        ),
    ],
)
def test_short_name_in_brackets_before_role(text, expected):
    assert found(text, Chair, "role", "holder", "year") == expected


# --- a kind word for the interviewee's unit in an answer ("nhà trường", "bệnh viện") -------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Trường THPT Hòn Gai: dạy tốt, học tốt\n\n"
            "Phóng viên trao đổi với ông Nguyễn Văn Bình, Hiệu trưởng Trường THPT Hòn Gai.\n\n"
            "- Thưa ông, Cụm thi đua số 4 gồm những trường nào?\n"
            "- Cụm thi đua số 4 có 6 trường. Năm 2022, nhà trường được các trường tín nhiệm bầu làm Cụm trưởng.",
            {("chair", "Trường THPT Hòn Gai", 2022)},
        ),
        (
            "Bệnh viện tuyến tỉnh đổi mới\n\n"
            "Phóng viên trao đổi với bà Lê Thị Hồng, Giám đốc Bệnh viện Đa khoa tỉnh Cà Mau.\n\n"
            "- Thưa bà, Khối thi đua các bệnh viện tuyến tỉnh có bao nhiêu thành viên?\n"
            "- Khối thi đua các bệnh viện tuyến tỉnh có 9 thành viên. Năm 2023, bệnh viện được giao làm Khối phó.",
            {("vice_chair", "Bệnh viện Đa khoa tỉnh Cà Mau", 2023)},
        ),
    ],
)
def test_kind_word_for_interviewee(text, expected):
    assert found(text, Chair, "role", "holder", "year") == expected


@pytest.mark.parametrize(
    "text",
    [
        # no interview: a kind word with no unit before it holds nothing
        "Bệnh viện tuyến tỉnh đổi mới\n\nKhối thi đua các bệnh viện tuyến tỉnh có 9 thành viên. Năm 2023, bệnh "
        "viện được giao làm Khối phó.",
        # the question, not the answer
        "Bệnh viện tuyến tỉnh đổi mới\n\nPhóng viên trao đổi với bà Lê Thị Hồng, Giám đốc Bệnh viện Đa khoa tỉnh "
        "Cà Mau.\n\n- Thưa bà, Khối thi đua các bệnh viện tuyến tỉnh có 9 thành viên, năm 2023 bệnh viện được giao "
        "làm Khối phó phải không?",
    ],
)
def test_kind_word_negatives(text):
    assert found(text, Chair, "role", "holder") == set()


# --- a brand of one word given in brackets after a unit's full name -----------------------------------


def test_one_word_brand_names_its_unit():
    text = (
        "Khối thi đua các doanh nghiệp vận tải biển gồm Tổng công ty Hàng hải Việt Nam (Vinalines), Công ty Cổ "
        "phần Vận tải biển Việt Nam (Vosco) và Công ty Vận tải biển Bình Minh. Năm 2012, Vosco làm Khối trưởng, "
        "Vinalines làm Khối phó."
    )
    assert found(text, Chair, "role", "holder", "year") == {
        ("chair", "Công ty Cổ phần Vận tải biển Việt Nam", 2012),
        ("vice_chair", "Tổng công ty Hàng hải Việt Nam", 2012),
    }


def test_place_in_brackets_is_no_brand():
    text = (
        "Khối thi đua các trường gồm Trường THPT Quốc Học (Huế) và Trường THPT Hai Bà Trưng (Hue). Năm 2012, "
        "Huế làm Khối trưởng."
    )
    assert found(text, Chair, "role", "holder") == set()


# --- a holder's name runs on over lower-case words to the end of its clause ---------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the document writes the whole name elsewhere
            "Khối thi đua các đơn vị sự nghiệp của Sở Giao thông vận tải Hà Nội gồm Trung tâm Kiểm định chất "
            "lượng, Ban Quản lý bảo trì đường bộ và Trung tâm Điều hành giao thông thông minh. Năm 2021, Khối "
            "trưởng là Ban Quản lý bảo trì đường bộ; Khối phó là Trung tâm Điều hành giao thông thông minh.",
            {("chair", "Ban Quản lý bảo trì đường bộ", 2021),
             ("vice_chair", "Trung tâm Điều hành giao thông thông minh", 2021)},
        ),
        (  # the name ends in capitalised words
            "Khối thi đua các công ty con có 5 đơn vị. Năm 2021: Khối trưởng - Công ty cổ phần Chế biến thực "
            "phẩm Hải Phòng; Khối phó - Công ty cổ phần Nước sạch nông thôn Hà Nam.",
            {("chair", "Công ty cổ phần Chế biến thực phẩm Hải Phòng", 2021),
             ("vice_chair", "Công ty cổ phần Nước sạch nông thôn Hà Nam", 2021)},
        ),
        (  # a verb phrase after the holder is no part of its name
            "Cụm thi đua số 2 gồm các Sở Tư pháp. Năm 2020, Cụm trưởng là Sở Tư pháp tỉnh Hà Nam đã chủ trì hội "
            "nghị.",
            {("chair", "Sở Tư pháp tỉnh Hà Nam", 2020)},
        ),
    ],
)
def test_holder_name_runs_on(text, expected):
    assert found(text, Chair, "role", "holder", "year") == expected


# --- terms elided after a holder named before its role ("A làm Cụm trưởng; năm Y, B") -------------------


def test_elided_after_left_holder():
    text = (
        "Cụm thi đua số 1 gồm các huyện. Năm 2016, Hội Nông dân huyện Lục Ngạn làm Cụm trưởng; năm 2017, Hội "
        "Nông dân huyện Lạng Giang; năm 2018, Hội Nông dân huyện Yên Dũng."
    )
    assert found(text, Chair, "role", "holder", "year") == {
        ("chair", "Hội Nông dân huyện Lục Ngạn", 2016),
        ("chair", "Hội Nông dân huyện Lạng Giang", 2017),
        ("chair", "Hội Nông dân huyện Yên Dũng", 2018),
    }


def test_elided_needs_the_clause_to_end():
    text = (
        "Cụm thi đua số 1 gồm các huyện. Năm 2016, Hội Nông dân huyện Lục Ngạn làm Cụm trưởng; năm 2017, Hội "
        "Nông dân huyện Lạng Giang tổ chức hội thi."
    )
    assert found(text, Chair, "role", "holder", "year") == {("chair", "Hội Nông dân huyện Lục Ngạn", 2016)}


# --- a unit with the clause that names its head; "trúng cử" ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Cụm thi đua các Hội Cựu chiến binh có 5 tỉnh. Năm 2019, Hội Cựu chiến binh tỉnh Cao Bằng do đồng chí "
            "Hoàng Văn Lộc làm Chủ tịch được bầu làm Cụm trưởng.",
            {("chair", "Hoàng Văn Lộc", "Hội Cựu chiến binh tỉnh Cao Bằng", 2019)},
        ),
        (
            "Cụm thi đua các Hội Cựu chiến binh có 5 tỉnh. Hội Cựu chiến binh tỉnh Bắc Kạn trúng cử Cụm phó năm "
            "2019 với 5/5 phiếu.",
            {("vice_chair", "Hội Cựu chiến binh tỉnh Bắc Kạn", None, 2019)},
        ),
    ],
)
def test_headed_clause_and_elected(text, expected):
    assert found(text, Chair, "role", "holder", "holder_org", "year") == expected
