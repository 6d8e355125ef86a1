"""Members, round thirteen (heldout24 to heldout27): a kind in lower case before bare names or places ("các
phân xã A, B", "thư viện năm tỉnh A, B"), a brand that opens the first name only ("các chi nhánh BIDV A, B"),
and "và" that ends no name. Invented sentences with other units, places and years than the documents;
negatives that must yield nothing."""

from __future__ import annotations

import pytest

from schemas.facts import Member
from tests.conftest import found

# --- a kind in lower case shared by bare names, or passed over before a brand -------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Cụm thi đua số 3 gồm các phân xã Sơn La, Điện Biên, Lai Châu và Hòa Bình.",
            {"Phân xã Sơn La", "Phân xã Điện Biên", "Phân xã Lai Châu", "Phân xã Hòa Bình"},
        ),
        (
            "Cụm thi đua số 2 gồm các nông trường Sông Lô, Tam Đảo và Phú Sơn.",
            {"Nông trường Sông Lô", "Nông trường Tam Đảo", "Nông trường Phú Sơn"},
        ),
        (  # a brand opens the first name only; the names after it are bare
            "Cụm thi đua số 4 gồm các chi nhánh BIDV Tây Ninh, Bình Phước và Bình Dương.",
            {"BIDV Tây Ninh", "Bình Phước", "Bình Dương"},
        ),
        (
            "Cụm thi đua số 1 gồm các chi nhánh Agribank Cao Bằng, Bắc Kạn, Lạng Sơn và Hà Giang.",
            {"Agribank Cao Bằng", "Bắc Kạn", "Lạng Sơn", "Hà Giang"},
        ),
        (  # "và" before a place word of its own ends the name before it
            "Cụm thi đua số 2 gồm các chi nhánh NHCS Tân Kỳ, Anh Sơn, Con Cuông và thị xã Thái Hòa.",
            {"NHCS Tân Kỳ", "Anh Sơn", "Con Cuông", "thị xã Thái Hòa"},
        ),
    ],
)
def test_members_plural_kind_and_brand(text, expected):
    assert found(text, Member, "member") == expected


# --- a kind in lower case before "các" or a count and a place word ------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Cụm thi đua thư viện miền Đông gồm thư viện bốn tỉnh Bình Phước, Tây Ninh, Bình Dương và Đồng Nai.",
            {"Thư viện tỉnh Bình Phước", "Thư viện tỉnh Tây Ninh", "Thư viện tỉnh Bình Dương",
             "Thư viện tỉnh Đồng Nai"},
        ),
        (
            "Cụm thi đua số 5 gồm bảo tàng các tỉnh Quảng Trị, Quảng Bình và Hà Tĩnh.",
            {"Bảo tàng tỉnh Quảng Trị", "Bảo tàng tỉnh Quảng Bình", "Bảo tàng tỉnh Hà Tĩnh"},
        ),
        (  # sector words after the kind
            "Cụm thi đua số 2 gồm trung tâm y tế 3 huyện Mường Lát, Quan Sơn và Quan Hóa.",
            {"Trung tâm y tế huyện Mường Lát", "Trung tâm y tế huyện Quan Sơn", "Trung tâm y tế huyện Quan Hóa"},
        ),
    ],
)
def test_members_lower_kind_over_places(text, expected):
    assert found(text, Member, "member") == expected


@pytest.mark.parametrize(
    "text",
    [
        "Cụm thi đua số 2 tham quan thư viện các tỉnh bạn trong năm 2019.",
        "Các phân xã Sơn La, Điện Biên đã đưa tin về hội nghị của ngành.",
        "Cụm thi đua số 3 đến thăm các chi nhánh BIDV Tây Ninh, Bình Phước trong tháng 5.",
    ],
)
def test_members_lower_kind_negatives(text):
    assert found(text, Member, "member") == set()


# --- a body, a dash and a description, then ", gồm" ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Cụm thi đua số 4 - khối Hội Nông dân các tỉnh miền núi, gồm Hội Nông dân 3 tỉnh Hà Giang, Cao Bằng và "
            "Bắc Kạn.",
            {"Hội Nông dân tỉnh Hà Giang", "Hội Nông dân tỉnh Cao Bằng", "Hội Nông dân tỉnh Bắc Kạn"},
        ),
        (
            "Năm 2021, Sở Xây dựng Ninh Bình làm Cụm trưởng Cụm thi đua số 6 – khu vực đồng bằng, gồm Sở Xây dựng "
            "Ninh Bình, Sở Xây dựng Nam Định và Sở Xây dựng Thái Bình.",
            {"Sở Xây dựng Ninh Bình", "Sở Xây dựng Nam Định", "Sở Xây dựng Thái Bình"},
        ),
    ],
)
def test_members_dashed_body_then_gom(text, expected):
    assert found(text, Member, "member") == expected


# --- "có N <kind> tham gia (thi đua):" and "có N <kind> (A, B, …)" ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Khối thi đua số 3 có 5 doanh nghiệp tham gia thi đua: Sông Đà, Vinaconex, Licogi, Hancorp và Coma.",
            {"Sông Đà", "Vinaconex", "Licogi", "Hancorp", "Coma"},
        ),
        (
            "Cụm thi đua số 7 có bốn hợp tác xã tham gia: HTX Tân Phú, HTX Hòa Bình, HTX Thống Nhất và HTX Đại "
            "Thắng.",
            {"HTX Tân Phú", "HTX Hòa Bình", "HTX Thống Nhất", "HTX Đại Thắng"},
        ),
        (
            "Cụm thi đua số 2 có 4 chi nhánh (BIDV Tây Ninh, Bình Phước, Bình Dương và Long An).",
            {"BIDV Tây Ninh", "Bình Phước", "Bình Dương", "Long An"},
        ),
        (
            "Khối thi đua số 1 có 3 thành viên (Sở Công Thương Bến Tre, Sở Công Thương Trà Vinh và Sở Công Thương "
            "Vĩnh Long).",
            {"Sở Công Thương Bến Tre", "Sở Công Thương Trà Vinh", "Sở Công Thương Vĩnh Long"},
        ),
    ],
)
def test_members_counted_then_list(text, expected):
    assert found(text, Member, "member") == expected


@pytest.mark.parametrize(
    "text",
    [
        # the bracket names fewer than counted: an aside, no list
        "Cụm thi đua số 2 có 6 chi nhánh (BIDV Tây Ninh và Bình Phước là hai đơn vị mới).",
        "Cụm thi đua số 2 có 5 chi nhánh (trong đó 2 chi nhánh mới thành lập).",
        # "tham gia" of an event, no count of members
        "Cụm thi đua số 3 tham gia hội thao: Sông Đà, Vinaconex và Licogi đạt giải.",
        # a dash and a description, then no comma before "gồm"
        "Cụm thi đua số 4 - nơi có nhiều đơn vị gồm cả trường học và bệnh viện.",
    ],
)
def test_members_counted_negatives(text):
    assert found(text, Member, "member") == set()


# --- lines under a body's heading: a Roman label before the body, a name that goes on in lower case ------------


def test_members_roman_heading_and_line_tail():
    text = (
        "PHỤ LỤC\nDANH SÁCH TẬP THỂ ĐƯỢC TẶNG BẰNG KHEN NĂM 2020\n\n"
        "I. Khối thi đua các Công ty Cấp nước\n"
        "1. Công ty Cấp nước Sông Cầu;\n"
        "2. Xí nghiệp Nước sạch nông thôn Phổ Yên;\n\n"
        "II. Khối thi đua các Công ty Môi trường\n"
        "3. Xí nghiệp Thu gom xử lý chất thải rắn;\n"
        "4. Công ty Môi trường Đô thị Sông Công.\n"
    )
    assert found(text, Member, "body", "member") == {
        ("Khối thi đua các Công ty Cấp nước", "Công ty Cấp nước Sông Cầu"),
        ("Khối thi đua các Công ty Cấp nước", "Xí nghiệp Nước sạch nông thôn Phổ Yên"),
        ("Khối thi đua các Công ty Môi trường", "Xí nghiệp Thu gom xử lý chất thải rắn"),
        ("Khối thi đua các Công ty Môi trường", "Công ty Môi trường Đô thị Sông Công"),
    }


@pytest.mark.parametrize(
    "text",
    [
        # a line that goes on with a verb or a number is no name alone on its line
        "Khối thi đua số 2:\n1. Công ty Cấp nước Sông Cầu xếp thứ nhất\n2. Công ty Môi trường Sông Công đạt 95 điểm\n",
        "I. Khối thi đua số 2 tổng kết năm 2020\n1. Công ty Cấp nước Sông Cầu phát biểu khai mạc\n",
    ],
)
def test_members_line_tail_negatives(text):
    assert found(text, Member, "member") == set()


# --- units named by a date or a lettered number; lower-case words of a name; the seat after "tại" ---------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Cụm thi đua số 3 gồm 5 lâm trường: Sông Hiếu, Con Cuông, 20/10, 1/5 và Tương Dương.",
            {"Sông Hiếu", "Con Cuông", "20/10", "1/5", "Tương Dương"},
        ),
        (
            "Cụm thi đua số 4 gồm: Bệnh viện 211, Bệnh viện 9A, 9B và Bệnh viện 315.",
            {"Bệnh viện 211", "Bệnh viện 9A", "Bệnh viện 9B", "Bệnh viện 315"},
        ),
        (  # a capitalised kind that is also an area word ("trung tâm") opens the first name
            "Cụm thi đua số 1 gồm Trung tâm Y tế huyện Bảo Lạc, Trung tâm Y tế huyện Bảo Lâm và Trung tâm Y tế huyện "
            "Hà Quảng.",
            {"Trung tâm Y tế huyện Bảo Lạc", "Trung tâm Y tế huyện Bảo Lâm", "Trung tâm Y tế huyện Hà Quảng"},
        ),
        (
            "Khối thi đua số 2 gồm ba đơn vị: Cơ quan thường trú Đài Tiếng nói Việt Nam khu vực miền Trung, Cơ quan "
            "thường trú Đài Tiếng nói Việt Nam khu vực Tây Nguyên và Cơ quan thường trú Đài Tiếng nói Việt Nam khu vực "
            "Tây Nam Bộ.",
            {"Cơ quan thường trú Đài Tiếng nói Việt Nam khu vực miền Trung",
             "Cơ quan thường trú Đài Tiếng nói Việt Nam khu vực Tây Nguyên",
             "Cơ quan thường trú Đài Tiếng nói Việt Nam khu vực Tây Nam Bộ"},
        ),
        (
            "Khối thi đua số 4 gồm Văn phòng Bộ Tài chính tại Đà Nẵng, Văn phòng Bộ Tài chính tại TP. Hồ Chí Minh và "
            "Văn phòng Bộ Tài chính tại thành phố Cần Thơ.",
            {"Văn phòng Bộ Tài chính tại Đà Nẵng", "Văn phòng Bộ Tài chính tại TP. Hồ Chí Minh",
             "Văn phòng Bộ Tài chính tại thành phố Cần Thơ"},
        ),
    ],
)
def test_members_codes_lower_words_and_seats(text, expected):
    assert found(text, Member, "member") == expected


@pytest.mark.parametrize(
    "text",
    [
        "Cụm thi đua số 3 họp ngày 1/5, 19/5 và 2/9 để chấm điểm.",
        "Sở Y tế tại Hội nghị đã báo cáo kết quả năm 2021.",
    ],
)
def test_members_codes_negatives(text):
    assert found(text, Member, "member") == set()


# --- "thành viên gồm" that ends a body's own name -------------------------------------------------------------


def test_members_body_named_before_thanh_vien_gom():
    text = (
        "Tổng công ty Đường sắt có hai khối thi đua: Khối thi đua các Ban Quản lý dự án và Khối thi đua các đơn vị "
        "thành viên.\n\n"
        "Khối thi đua các Ban Quản lý dự án gồm Ban Quản lý dự án đường sắt khu vực 1 và Ban Quản lý dự án đường sắt "
        "khu vực 2.\n\n"
        "Khối thi đua các đơn vị thành viên gồm 3 doanh nghiệp: Công ty CP Vận tải Đường sắt Hà Nội, Công ty CP Vận "
        "tải Đường sắt Sài Gòn và Công ty CP Xe lửa Gia Lâm.\n"
    )
    got = found(text, Member, "body", "member")
    assert {m for b, m in got if b == "Khối thi đua các đơn vị thành viên"} == {
        "Công ty CP Vận tải Đường sắt Hà Nội", "Công ty CP Vận tải Đường sắt Sài Gòn", "Công ty CP Xe lửa Gia Lâm"}
    assert not any(b == "Khối thi đua các Ban Quản lý dự án" and "Xe lửa" in m for b, m in got)


# --- guests who are the body's units, the host named by the head's initials -------------------------------------


def test_members_guests_host_by_initials():
    text = (
        "Sáng 12/12/2019, Cụm thi đua Hội Cựu chiến binh các tỉnh Đông Bắc tổng kết công tác thi đua năm 2019. "
        "Tham dự có lãnh đạo Hội Cựu chiến binh (Hội CCB) các tỉnh Quảng Ninh, Lạng Sơn, Cao Bằng và Bắc Kạn.\n\n"
        "Hội nghị thống nhất năm 2020 Hội CCB tỉnh Cao Bằng làm Cụm trưởng.\n"
    )
    assert found(text, Member, "member") == {
        "Hội Cựu chiến binh tỉnh Quảng Ninh", "Hội Cựu chiến binh tỉnh Lạng Sơn", "Hội Cựu chiến binh tỉnh Cao Bằng",
        "Hội Cựu chiến binh tỉnh Bắc Kạn"}


# --- a counted group under the kind of unit the body is named after ---------------------------------------------


_KIND_DOC = (
    "Khối thi đua các Sở Nội vụ khu vực Tây Nguyên tổng kết năm 2015\n\n"
    "Năm 2015, dưới sự chỉ đạo của Bộ Nội vụ, {group} đã hoàn thành tốt nhiệm vụ được giao.\n\n"
    "Sở Nội vụ Gia Lai làm Khối trưởng năm 2015.\n"
)


@pytest.mark.parametrize(
    ("group", "expected"),
    [
        ("Sở Nội vụ bốn tỉnh Kon Tum, Gia Lai, Đắk Lắk và Lâm Đồng",
         {"Sở Nội vụ tỉnh Kon Tum", "Sở Nội vụ tỉnh Gia Lai", "Sở Nội vụ tỉnh Đắk Lắk", "Sở Nội vụ tỉnh Lâm Đồng"}),
        # another kind than the body's, or a count that does not match: no members
        ("Sở Y tế bốn tỉnh Kon Tum, Gia Lai, Đắk Lắk và Lâm Đồng", set()),
        ("Sở Nội vụ năm tỉnh Kon Tum, Gia Lai, Đắk Lắk và Lâm Đồng", set()),
    ],
)
def test_members_counted_group_of_body_kind(group, expected):
    assert found(_KIND_DOC.format(group=group), Member, "member") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Khối thi đua số 2 có 5 đơn vị, gồm Công ty Cấp nước Phú Yên, Công ty Cấp nước Bình Định, Công ty Cấp "
            "nước Khánh Hòa và hai chi nhánh là Chi nhánh Cấp nước Tuy Hòa, Chi nhánh Cấp nước Sông Cầu.",
            {"Công ty Cấp nước Phú Yên", "Công ty Cấp nước Bình Định", "Công ty Cấp nước Khánh Hòa",
             "Chi nhánh Cấp nước Tuy Hòa", "Chi nhánh Cấp nước Sông Cầu"},
        ),
        (  # a count with no names after it ends the list
            "Cụm thi đua số 4 gồm Sở Xây dựng Hà Nam, Sở Xây dựng Nam Định và 2 đơn vị khác.",
            {"Sở Xây dựng Hà Nam", "Sở Xây dựng Nam Định"},
        ),
    ],
)
def test_members_counted_part_of_list(text, expected):
    assert found(text, Member, "member") == expected


# --- fire and rescue police names with commas and "và" ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Cụm thi đua số 6 gồm Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ Công an các tỉnh Sóc "
            "Trăng, Bạc Liêu và Cà Mau.",
            {"Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ Công an tỉnh Sóc Trăng",
             "Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ Công an tỉnh Bạc Liêu",
             "Phòng Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ Công an tỉnh Cà Mau"},
        ),
        (
            "Khối thi đua số 2 gồm Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ Công an tỉnh Kiên Giang và Cảnh "
            "sát phòng cháy, chữa cháy và cứu nạn, cứu hộ Công an tỉnh An Giang.",
            {"Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ Công an tỉnh Kiên Giang",
             "Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ Công an tỉnh An Giang"},
        ),
    ],
)
def test_members_fire_police_names(text, expected):
    assert found(text, Member, "member") == expected


def test_members_name_words_of_those_served():
    text = ("Khối thi đua số 5 gồm Trung tâm Điều dưỡng thương binh Thuận Thành, Trường Bồi dưỡng cán bộ Quân khu 2 và "
            "Bệnh viện 354.")
    assert found(text, Member, "member") == {
        "Trung tâm Điều dưỡng thương binh Thuận Thành", "Trường Bồi dưỡng cán bộ Quân khu 2", "Bệnh viện 354"}


def test_members_bracket_of_acronyms_after_a_parent_is_no_list():
    text = ("Cụm thi đua số 2 – Cục Cảnh sát phòng, chống tội phạm về môi trường và kinh tế, tham nhũng (PCTP và KTTN) "
            "tổ chức hội nghị tổng kết năm 2022.")
    assert found(text, Member, "member") == set()


# --- a body, a description that counts its units, then a colon and as many units --------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Cụm thi đua các trạm kiểm lâm vùng biên được Chi cục Kiểm lâm thành lập để bốn trạm ở các xã biên giới "
            "thi đua với nhau: Trạm Kiểm lâm Pa Tần, Trạm Kiểm lâm Mù Cả, Trạm Kiểm lâm Ka Lăng và Trạm Kiểm lâm Thu "
            "Lũm.",
            {"Trạm Kiểm lâm Pa Tần", "Trạm Kiểm lâm Mù Cả", "Trạm Kiểm lâm Ka Lăng", "Trạm Kiểm lâm Thu Lũm"},
        ),
        (
            "Cụm thi đua số 4 được thành lập năm 2015 với 3 trường: Trường THPT Nà Tấu, Trường THPT Mường Nhé và "
            "Trường THPT Chà Cang.",
            {"Trường THPT Nà Tấu", "Trường THPT Mường Nhé", "Trường THPT Chà Cang"},
        ),
        # fewer than counted, or recipients of an award: no members
        ("Cụm thi đua số 4 năm nay có 5 trường đăng ký thi đua: Trường THPT Nà Tấu, Trường THPT Mường Nhé và Trường "
         "THPT Chà Cang.", set()),
        ("Cụm thi đua số 4 đề nghị tặng Bằng khen cho 3 trường: Trường THPT Nà Tấu, Trường THPT Mường Nhé và Trường "
         "THPT Chà Cang.", set()),
    ],
)
def test_members_counted_description_then_colon(text, expected):
    assert found(text, Member, "member") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Cụm thi đua số 3 gồm Trung tâm Y tế dự phòng tỉnh Yên Bái, Trung tâm Pháp y tỉnh Yên Bái và Trung tâm "
            "Giám định y khoa tỉnh Yên Bái.",
            {"Trung tâm Y tế dự phòng tỉnh Yên Bái", "Trung tâm Pháp y tỉnh Yên Bái",
             "Trung tâm Giám định y khoa tỉnh Yên Bái"},
        ),
    ],
)
def test_members_preventive_medicine_in_unit_names(text, expected):
    assert found(text, Member, "member") == expected


# --- "với các thành viên/đơn vị" after a body; a count before the first of the units that are members -------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Cụm thi đua số 7 với các thành viên Hội Nông dân Tuyên Quang, Hội Nông dân Hà Giang và Hội Nông dân Yên "
            "Bái đã ký giao ước.",
            {"Hội Nông dân Tuyên Quang", "Hội Nông dân Hà Giang", "Hội Nông dân Yên Bái"},
        ),
        (
            "Khối thi đua số 4 được thành lập từ năm 2012, với các đơn vị: Cục Thống kê Thái Bình, Cục Thống kê Nam "
            "Định và Cục Thống kê Hưng Yên.",
            {"Cục Thống kê Thái Bình", "Cục Thống kê Nam Định", "Cục Thống kê Hưng Yên"},
        ),
        (
            "Bốn đơn vị Cục Thống kê Thái Bình, Cục Thống kê Nam Định, Cục Thống kê Hưng Yên và Cục Thống kê Hà Nam "
            "là thành viên Khối thi đua số 4.",
            {"Cục Thống kê Thái Bình", "Cục Thống kê Nam Định", "Cục Thống kê Hưng Yên", "Cục Thống kê Hà Nam"},
        ),
        # working "with" units is no list of members
        ("Cụm thi đua số 7 phối hợp với các đơn vị Hội Nông dân Tuyên Quang, Hội Nông dân Hà Giang tổ chức hội thi.",
         set()),
        ("Năm 2021, Cụm thi đua số 7 đã làm việc với các thành viên Hội Nông dân Tuyên Quang, Hội Nông dân Hà Giang về "
         "kế hoạch.", set()),
    ],
)
def test_members_voi_and_counted_before(text, expected):
    assert found(text, Member, "member") == expected


# --- review: a counted list after a body is members only after a word of membership ----------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Khối thi đua số 5 gồm 2 đơn vị: Cục Thuế tỉnh Ninh Bình và Cục Thuế tỉnh Nam Định.",
            {"Cục Thuế tỉnh Ninh Bình", "Cục Thuế tỉnh Nam Định"},
        ),
        ("Cụm thi đua số 4 đã đi thăm, học tập kinh nghiệm tại 2 trường của tỉnh bạn: Trường THCS Lam Sơn và Trường "
         "THCS Hàm Rồng.", set()),
        ("Khối thi đua số 2 năm 2022 đã bình xét, chọn 2 đơn vị đề nghị: Ngân hàng Nhà nước chi nhánh Hà Nam và Kho "
         "bạc Nhà nước Hà Nam.", set()),
    ],
)
def test_members_counted_colon_needs_membership(text, expected):
    assert found(text, Member, "member") == expected


# --- review: a counted group under the body's kind opens its sentence or clause, and is not blamed --------------

_TAX_BODY = "Khối thi đua các Sở Tài chính khu vực Tây Nguyên năm 2021.\n\n"
_TAX_THREE = {"Sở Tài chính tỉnh Kon Tum", "Sở Tài chính tỉnh Gia Lai", "Sở Tài chính tỉnh Đắk Lắk"}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Sở Tài chính ba tỉnh Kon Tum, Gia Lai và Đắk Lắk đã hoàn thành tốt nhiệm vụ.", _TAX_THREE),
        ("Cả Sở Tài chính ba tỉnh Kon Tum, Gia Lai và Đắk Lắk đều hoàn thành tốt nhiệm vụ.", _TAX_THREE),
        ("Ông A đã đi công tác tại Sở Tài chính ba tỉnh Kon Tum, Gia Lai và Đắk Lắk để học tập kinh nghiệm.", set()),
        ("Trong năm, Sở Tài chính hai tỉnh Gia Lai và Kon Tum bị phê bình vì chậm báo cáo.", set()),
        ("Đoàn kiểm tra cho biết Sở Tài chính hai tỉnh Gia Lai và Kon Tum bị phê bình vì chậm báo cáo.", set()),
    ],
)
def test_members_body_kind_group_opens_clause(sentence, expected):
    assert found(_TAX_BODY + sentence + "\n", Member, "member") == expected


# --- review: a description after a body and a dash only names, with no verb, award or time ---------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Cụm thi đua số 4 - khối Hội Nông dân các tỉnh miền núi, gồm Hội Nông dân tỉnh Lào Cai, Hội Nông dân tỉnh "
            "Yên Bái.",
            {"Hội Nông dân tỉnh Lào Cai", "Hội Nông dân tỉnh Yên Bái"},
        ),
        (  # a name's words in lower case ("Thanh niên") are no verb
            "Năm 2020, Đoàn Thanh niên Công an tỉnh Gia Lai làm Cụm trưởng Cụm thi đua số 2 - khối Đoàn Thanh niên "
            "Công an các tỉnh Tây Nguyên, gồm Đoàn Thanh niên Công an 3 tỉnh Kon Tum, Gia Lai và Đắk Lắk.",
            {"Đoàn Thanh niên Công an tỉnh Kon Tum", "Đoàn Thanh niên Công an tỉnh Gia Lai",
             "Đoàn Thanh niên Công an tỉnh Đắk Lắk"},
        ),
        ("Khối thi đua số 3 - năm qua đã khen thưởng nhiều đơn vị, gồm Công ty Điện lực Hà Nam, Công ty Cấp nước Hà "
         "Nam.", set()),
        ("Khối thi đua số 3 - năm qua, gồm Công ty Điện lực Hà Nam, Công ty Cấp nước Hà Nam.", set()),
        ("Khối thi đua số 3 - khen thưởng, gồm Công ty Điện lực Hà Nam, Công ty Cấp nước Hà Nam.", set()),
    ],
)
def test_members_dashed_description_names_only(text, expected):
    assert found(text, Member, "member") == expected


# --- review: "với các đơn vị:" and a list that goes on past its last unit lists recipients ----------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Cụm thi đua số 1 với các đơn vị: Công an huyện Mê Linh, Công an huyện Sóc Sơn.",
            {"Công an huyện Mê Linh", "Công an huyện Sóc Sơn"},
        ),
        ("Cụm thi đua số 1 với các đơn vị: Công an huyện Mê Linh, Công an huyện Sóc Sơn được tặng Bằng khen.", set()),
        ("Khối thi đua số 4 được thành lập từ năm 2012, với các đơn vị: Cục Thống kê Thái Bình, Cục Thống kê Nam Định "
         "được tặng Cờ thi đua.", set()),
    ],
)
def test_members_voi_colon_list_ends_clause(text, expected):
    assert found(text, Member, "member") == expected


# --- review: a counted part of a list is units of a kind, as many as counted -------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Cụm thi đua số 6 gồm Trường THPT A Lưới, Trường THPT Nam Đông và 2 trạm là Trạm Y tế xã Hương Phong, Trạm "
            "Y tế xã Hương Vinh.",
            {"Trường THPT A Lưới", "Trường THPT Nam Đông", "Trạm Y tế xã Hương Phong", "Trạm Y tế xã Hương Vinh"},
        ),
        (
            "Cụm thi đua số 6 gồm Trường THPT A Lưới, Trường THPT Nam Đông và 5 học sinh là Nguyễn Văn An, Trần Văn "
            "Bình.",
            {"Trường THPT A Lưới", "Trường THPT Nam Đông"},
        ),
        (
            "Cụm thi đua số 6 gồm Trường THPT A Lưới, Trường THPT Nam Đông và 4 đội thuế là Đội Thuế số 1, Đội Thuế số "
            "2.",
            {"Trường THPT A Lưới", "Trường THPT Nam Đông"},
        ),
        (
            "Cụm thi đua số 6 gồm Trường THPT A Lưới, Trường THPT Nam Đông và 3 trạm là Trạm Y tế xã Hương Phong, Trạm "
            "Y tế xã Hương Vinh.",
            {"Trường THPT A Lưới", "Trường THPT Nam Đông"},
        ),
    ],
)
def test_members_counted_part_kind_and_count(text, expected):
    assert found(text, Member, "member") == expected


# --- review: a one-word last name after "và" only among bare names, or a brand --------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Khối thi đua số 5 có 4 doanh nghiệp: Sông Hồng, Sasco, Licogi và Coma.",
            {"Sông Hồng", "Sasco", "Licogi", "Coma"},
        ),
        (
            "Cụm thi đua số 6 gồm các ngân hàng: Vietcombank Hà Nam, BIDV Nam Định và Agribank.",
            {"Ngân hàng Vietcombank Hà Nam", "Ngân hàng BIDV Nam Định", "Ngân hàng Agribank"},
        ),
        (
            "Cụm thi đua số 4 gồm Công an huyện Tân Phú, Công an huyện Định Quán và Long.",
            {"Công an huyện Tân Phú", "Công an huyện Định Quán"},
        ),
        (
            "Cụm thi đua số 6 gồm các ngân hàng: Vietcombank Hà Nam, BIDV Nam Định và Tuấn.",
            {"Ngân hàng Vietcombank Hà Nam", "Ngân hàng BIDV Nam Định"},
        ),
    ],
)
def test_members_one_word_last_name(text, expected):
    assert found(text, Member, "member") == expected
