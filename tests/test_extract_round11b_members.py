"""Members, second part of round eleven (heldout15, heldout16): a body's line with its members counted in
brackets before a colon ("Cụm thi đua số 1 - khu vực X (05 đơn vị): A, B, …"). Invented sentences with
other units, places and years than the documents; negatives that must yield nothing."""

from __future__ import annotations

import pytest

from schemas.facts import Member
from tests.conftest import found

# --- a count of members in brackets after the body, then a colon (appendices of decisions) ----------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Cụm thi đua số 1 (03 đơn vị): Công ty Điện lực Hà Nam, Công ty Điện lực Nam Định, Công ty Điện lực "
            "Ninh Bình.",
            {"Công ty Điện lực Hà Nam", "Công ty Điện lực Nam Định", "Công ty Điện lực Ninh Bình"},
        ),
        (  # a description after a dash between the body and the count
            "Cụm thi đua số 2 - khu vực phía Nam (3 trường): Trường Cao đẳng Cần Thơ, Trường Cao đẳng Sóc Trăng, "
            "Trường Cao đẳng Bạc Liêu.",
            {"Trường Cao đẳng Cần Thơ", "Trường Cao đẳng Sóc Trăng", "Trường Cao đẳng Bạc Liêu"},
        ),
        (
            "Khối thi đua số 4 – các bệnh viện tuyến tỉnh (2 bệnh viện): Bệnh viện Đa khoa tỉnh Yên Bái và Bệnh viện "
            "Đa khoa tỉnh Lào Cai.",
            {"Bệnh viện Đa khoa tỉnh Yên Bái", "Bệnh viện Đa khoa tỉnh Lào Cai"},
        ),
        (  # a description first inside the bracket
            "- Cụm thi đua số 5 (khu vực Tây Nguyên, 03 đơn vị): Công ty Điện lực Kon Tum, Công ty Điện lực Gia Lai, "
            "Công ty Điện lực Đắk Lắk.",
            {"Công ty Điện lực Kon Tum", "Công ty Điện lực Gia Lai", "Công ty Điện lực Đắk Lắk"},
        ),
        (  # the count after a dash
            "Khối thi đua số 2 - 03 đơn vị: Công ty Điện lực Hà Nam, Công ty Điện lực Nam Định, Công ty Điện lực Ninh "
            "Bình.",
            {"Công ty Điện lực Hà Nam", "Công ty Điện lực Nam Định", "Công ty Điện lực Ninh Bình"},
        ),
        (  # the count's line ends with the colon, one member a line under it
            "Khối thi đua số 3 (04 trường):\n- Trường THPT Lê Lợi;\n- Trường THPT Trần Phú;\n"
            "- Trường THPT Nguyễn Du;\n- Trường THPT Hùng Vương.",
            {"Trường THPT Lê Lợi", "Trường THPT Trần Phú", "Trường THPT Nguyễn Du", "Trường THPT Hùng Vương"},
        ),
    ],
)
def test_members_counted_in_brackets(text, expected):
    assert found(text, Member, "member") == expected


@pytest.mark.parametrize(
    "text",
    [
        "Cụm thi đua số 1 (07 đơn vị): 98,5 điểm.",
        "Cụm thi đua số 1 - 07 đơn vị: đạt 98,5 điểm, xếp thứ nhất.",
        # as many as counted, or it is some other list (a ranking)
        "Năm 2020, Cụm thi đua số 4 (5 đơn vị): Sở Tư pháp tỉnh Hòa Bình xếp thứ nhất, Sở Tư pháp tỉnh Sơn La "
        "xếp thứ hai.",
        # no body before the bracket
        "Các đơn vị được khen (03 đơn vị): Công ty Cấp nước Huế, Công ty Cấp nước Đà Nẵng, Công ty Cấp nước Vinh.",
    ],
)
def test_members_counted_in_brackets_negative(text):
    assert found(text, Member, "member") == set()


# --- a long passive clause before ", gồm" and a plural kind with a colon ----------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Cụm thi đua số 3 được UBND huyện thành lập lại sau khi hợp nhất các đơn vị hành chính cấp xã trên địa "
            "bàn, gồm UBND các xã: Tân Lập, Hòa Bình và Phú Lộc.",
            {"UBND xã Tân Lập", "UBND xã Hòa Bình", "UBND xã Phú Lộc"},
        ),
        (
            "Khối thi đua số 2 do Sở Giáo dục và Đào tạo quyết định thành lập từ đầu năm học mới theo hướng dẫn của "
            "Bộ, gồm các trường: Trường THPT Phan Bội Châu, Trường THPT Chu Văn An.",
            {"Trường THPT Phan Bội Châu", "Trường THPT Chu Văn An"},
        ),
    ],
)
def test_members_long_passive_plural_colon(text, expected):
    assert found(text, Member, "member") == expected


@pytest.mark.parametrize(
    "text",
    [
        "Cụm thi đua số 3 được UBND huyện khen thưởng sau khi hoàn thành tốt nhiều nhiệm vụ trọng tâm của năm, gồm "
        "các tập thể: Trường Tân Lập, Trường Hòa Bình.",
        "Cụm thi đua số 3 được UBND huyện khen thưởng sau khi hoàn thành tốt nhiều nhiệm vụ trọng tâm của năm, gồm "
        "các nội dung: Tân Lập, Hòa Bình và Phú Lộc.",
    ],
)
def test_members_long_passive_negative(text):
    assert found(text, Member, "member") == set()


# --- "các thành viên còn lại là …" after the role holders: the rest of the members, and the holders -------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Khối thi đua số 4 năm nay do Công ty Xi măng Hà Tiên làm Khối trưởng, Công ty Xi măng Bỉm Sơn làm "
            "Khối phó; các thành viên còn lại là Công ty Xi măng Hoàng Thạch, Công ty Xi măng Bút Sơn và Công ty "
            "Xi măng Tam Điệp.",
            {"Công ty Xi măng Hà Tiên", "Công ty Xi măng Bỉm Sơn", "Công ty Xi măng Hoàng Thạch",
             "Công ty Xi măng Bút Sơn", "Công ty Xi măng Tam Điệp"},
        ),
        (  # a short name in brackets after a holder; "các đơn vị còn lại gồm"
            "Năm 2019, Cụm thi đua các bệnh viện tuyến tỉnh do Bệnh viện Đa khoa tỉnh Phú Thọ (BVĐK Phú Thọ) làm "
            "Cụm trưởng; các đơn vị còn lại gồm Bệnh viện Đa khoa tỉnh Tuyên Quang và Bệnh viện Đa khoa tỉnh Hà "
            "Giang.",
            {"Bệnh viện Đa khoa tỉnh Phú Thọ", "Bệnh viện Đa khoa tỉnh Tuyên Quang", "Bệnh viện Đa khoa tỉnh Hà Giang"},
        ),
    ],
)
def test_members_the_rest(text, expected):
    assert found(text, Member, "member") == expected


@pytest.mark.parametrize(
    "text",
    [
        # no role and no body before: the rest of some other group
        "Cờ thi đua được tặng cho Công ty Cấp nước Huế; các đơn vị còn lại là Công ty Cấp nước Vinh và Công ty "
        "Cấp nước Đà Nẵng được tặng Bằng khen.",
        "Khối thi đua số 4 do Công ty Xi măng Hà Tiên làm Khối trưởng; các thành viên còn lại có trách nhiệm phối "
        "hợp thực hiện.",
    ],
)
def test_members_the_rest_negative(text):
    assert found(text, Member, "member") == set()


# --- "Trường ta thuộc Cụm … cùng các trường A, B": the document's own unit and the others ------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a yearbook: the school its title names, as the text writes it
            "KỶ YẾU TRƯỜNG THPT LÊ LỢI - HUYỆN ĐÔNG SƠN\nNăm học 2010 - 2011\n\n- Trường THPT Lê Lợi tổ chức khai "
            "giảng. Trường ta thuộc Cụm thi đua số 3 cùng các trường THCS Chu Văn An, Phan Bội Châu và Trần Phú.",
            {"Trường THPT Lê Lợi", "THCS Chu Văn An", "THCS Phan Bội Châu", "THCS Trần Phú"},
        ),
        (  # "đơn vị chúng tôi": a unit of any head in the title
            "BÁO CÁO CỦA CÔNG TY ĐIỆN LỰC QUẢNG TRỊ\n\nCông ty Điện lực Quảng Trị hoàn thành kế hoạch năm 2015. Đơn "
            "vị chúng tôi thuộc Khối thi đua số 2 cùng với Công ty Điện lực Quảng Bình, Công ty Điện lực Huế và Công "
            "ty Điện lực Đà Nẵng.",
            {"Công ty Điện lực Quảng Trị", "Công ty Điện lực Quảng Bình", "Công ty Điện lực Huế",
             "Công ty Điện lực Đà Nẵng"},
        ),
        (  # no title: the others only
            "Năm 2015, trường hoàn thành kế hoạch và đạt nhiều thành tích đáng ghi nhận trong mọi mặt công tác của năm "
            "học vừa qua.\n\nTrường ta thuộc Cụm thi đua số 3 cùng các trường THCS Chu Văn An, Phan Bội Châu và Trần "
            "Phú.",
            {"THCS Chu Văn An", "THCS Phan Bội Châu", "THCS Trần Phú"},
        ),
    ],
)
def test_members_own_unit_along_with(text, expected):
    assert found(text, Member, "member") == expected


@pytest.mark.parametrize(
    "text",
    [
        # a stand-in with no list after the body
        "KỶ YẾU TRƯỜNG THPT LÊ LỢI\n\nTrường ta thuộc Cụm thi đua số 3 từ năm 2005.",
        # not a first-person stand-in: the kind alone
        "KỶ YẾU TRƯỜNG THPT LÊ LỢI\n\nCác trường thuộc Cụm thi đua số 3 cùng nhau ký giao ước thi đua.",
    ],
)
def test_members_own_unit_negative(text):
    assert found(text, Member, "member") == set()


# --- an inner group with its own kind and colon at a list's end: "… và các trường trung cấp: A, B" --------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Khối thi đua số 2 gồm 04 bệnh viện: Bệnh viện Đa khoa tỉnh Yên Bái, Bệnh viện Đa khoa tỉnh Lào Cai và "
            "các bệnh viện chuyên khoa: Mắt Tuyên Quang, Tâm thần Phú Thọ.",
            {"Bệnh viện Đa khoa tỉnh Yên Bái", "Bệnh viện Đa khoa tỉnh Lào Cai",
             "Bệnh viện chuyên khoa Mắt Tuyên Quang", "Bệnh viện chuyên khoa Tâm thần Phú Thọ"},
        ),
        (  # counted: one more than the count, so the last "và" is inside the last name
            "Khối thi đua số 2 gồm 05 trường: Trường Cao đẳng Y tế Yên Bái, Trường Cao đẳng Y tế Lào Cai và các "
            "trường trung cấp: Kỹ thuật Tuyên Quang, Nông nghiệp Phú Thọ, Văn hóa và Du lịch Hà Giang.",
            {"Trường Cao đẳng Y tế Yên Bái", "Trường Cao đẳng Y tế Lào Cai", "Trường trung cấp Kỹ thuật Tuyên Quang",
             "Trường trung cấp Nông nghiệp Phú Thọ", "Trường trung cấp Văn hóa và Du lịch Hà Giang"},
        ),
        (  # not counted: "và" joins two members
            "Khối thi đua số 2 gồm các trường: Trường Cao đẳng Y tế Yên Bái và các trường trung cấp: Kỹ thuật Tuyên "
            "Quang, Nông nghiệp Phú Thọ và Du lịch Hà Giang.",
            {"Trường Cao đẳng Y tế Yên Bái", "Trường trung cấp Kỹ thuật Tuyên Quang",
             "Trường trung cấp Nông nghiệp Phú Thọ", "Trường trung cấp Du lịch Hà Giang"},
        ),
    ],
)
def test_members_inner_kind_group(text, expected):
    assert found(text, Member, "member") == expected


# --- a table of units with a column of their bodies (an award list ranked by body) -----------------------


def test_members_table_with_body_column():
    text = (
        "DANH SÁCH TẬP THỂ ĐƯỢC TẶNG GIẤY KHEN NĂM 2019\n\n"
        "STT | Tên tập thể | Khối thi đua | Xếp hạng\n"
        "1 | Chi cục Thuế huyện Mộc Châu | Khối thi đua số 1 | 2\n"
        "2 | Chi cục Thuế huyện Mai Sơn | Khối thi đua số 1 | 3\n"
        "3 | Chi cục Thuế huyện Sông Mã | Khối thi đua số 2 | 2\n"
    )
    assert found(text, Member, "body", "member") == {
        ("Khối thi đua số 1", "Chi cục Thuế huyện Mộc Châu"),
        ("Khối thi đua số 1", "Chi cục Thuế huyện Mai Sơn"),
        ("Khối thi đua số 2", "Chi cục Thuế huyện Sông Mã"),
    }


def test_members_table_without_body_column():
    text = (
        "DANH SÁCH TẬP THỂ ĐƯỢC TẶNG GIẤY KHEN NĂM 2019 CỦA KHỐI THI ĐUA SỐ 1\n\n"
        "STT | Tên tập thể | Hình thức khen\n"
        "1 | Chi cục Thuế huyện Mộc Châu | Giấy khen\n"
        "2 | Chi cục Thuế huyện Mai Sơn | Giấy khen\n"
    )
    assert found(text, Member, "member") == set()


# --- the attendees of the body's own meeting: "Dự Hội nghị có … đại diện lãnh đạo Hội X các tỉnh: A, B, C" ----

_OWN_MEETING = (
    "Ngày 15/12/2019, tại TP. Vinh, Hội Liên hiệp Phụ nữ tỉnh Nghệ An - Cụm trưởng năm 2019 - đã tổ chức Hội nghị "
    "tổng kết thi đua của Cụm thi đua số 3. Dự Hội nghị có bà Trần Thị Lan, Phó Chủ tịch Trung ương Hội và đại "
    "diện lãnh đạo Hội LHPN các tỉnh: Thanh Hóa, Nghệ An, Hà Tĩnh, Quảng Bình."
)


def test_members_attendees_of_own_meeting():
    # the host, named in full with a role of the body, is among them: they are the body's units
    got = found(_OWN_MEETING, Member, "member")
    assert got == {"Hội LHPN tỉnh Thanh Hóa", "Hội LHPN tỉnh Nghệ An", "Hội LHPN tỉnh Hà Tĩnh",
                   "Hội LHPN tỉnh Quảng Bình"}


def test_members_attendees_guests_negative():
    # none of them holds a role of the body: guests
    text = _OWN_MEETING.replace("Hội Liên hiệp Phụ nữ tỉnh Nghệ An - Cụm trưởng năm 2019 - đã", "Ban Tổ chức đã")
    assert found(text, Member, "member") == set()


def test_members_the_rest_after_a_count():
    # "N thành viên còn lại là" after a list of the others: the rest, with no role holders
    text = ("Khối thi đua số 6 có 5 thành viên, trong đó có 2 công ty cấp nước là Công ty Cấp nước Huế và Công ty "
            "Cấp nước Vinh. Ba thành viên còn lại là Công ty Môi trường Huế, Công ty Môi trường Vinh và Công ty Công "
            "viên Cây xanh Huế.")
    assert {"Công ty Môi trường Huế", "Công ty Môi trường Vinh", "Công ty Công viên Cây xanh Huế"} <= found(
        text, Member, "member")


# --- a counted or plural group of a brand's branches before "thuộc <body>" names no member ------------------


def test_members_brand_branches_before_thuoc_negative():
    text = ("Cụm thi đua số 3 gồm các chi nhánh của Ngân hàng TMCP Á Châu (ACB) trên địa bàn tỉnh.\n"
            "[Ảnh] Lãnh đạo các chi nhánh ACB thuộc Cụm thi đua số 3 ký kết giao ước.\n"
            "Đại diện 5 chi nhánh ACB thuộc Cụm thi đua số 3 ký giao ước thi đua năm 2019.")
    assert found(text, Member, "member") == set()


def test_members_branch_before_thuoc():
    text = ("Chi nhánh Agribank Sơn Tây thuộc Cụm thi đua số 3 cùng với Chi nhánh Agribank Ba Vì và Chi nhánh "
            "Agribank Thạch Thất.")
    assert found(text, Member, "member") == {
        "Chi nhánh Agribank Sơn Tây", "Chi nhánh Agribank Ba Vì", "Chi nhánh Agribank Thạch Thất"}


# --- a line of staff among the members' delegates names no member --------------------------------------------


def test_members_staff_line_negative():
    text = ("Thành phần tham dự Hội nghị Cụm thi đua số 4 năm 2018 gồm:\n"
            "1. Đại diện các Sở Tư pháp trong Cụm:\n"
            "- Sở Tư pháp tỉnh Lai Châu: ông Lò Văn Pọm, Giám đốc;\n"
            "- Sở Tư pháp tỉnh Điện Biên: ông Cà Văn Sơn, Phó Giám đốc;\n"
            "- Cán bộ Văn phòng, Phòng Hành chính các sở.")
    assert found(text, Member, "member") == {"Sở Tư pháp tỉnh Lai Châu", "Sở Tư pháp tỉnh Điện Biên"}


# --- a count inside a shared head is no member's name: "Sở A và Cục B 3 tỉnh: X, Y, Z" ------------------------


def test_members_count_in_shared_head():
    text = "Cụm thi đua số 4 gồm Sở Tư pháp và Cục THADS 3 tỉnh: Lai Châu, Điện Biên và Sơn La."
    assert found(text, Member, "member") == {
        "Sở Tư pháp tỉnh Lai Châu", "Sở Tư pháp tỉnh Điện Biên", "Sở Tư pháp tỉnh Sơn La",
        "Cục THADS tỉnh Lai Châu", "Cục THADS tỉnh Điện Biên", "Cục THADS tỉnh Sơn La"}


def test_members_attendees_with_the_host_after_su_tham_du():
    text = ("Ngày 15/12/2019, Sở Tư pháp tỉnh Nghệ An - Cụm trưởng năm 2019 - đã tổ chức Hội nghị tổng kết thi đua "
            "của Cụm thi đua số 3 với sự tham dự của lãnh đạo Sở Tư pháp các tỉnh Thanh Hóa, Nghệ An, Hà Tĩnh và "
            "Quảng Bình.")
    assert found(text, Member, "member") == {"Sở Tư pháp tỉnh Thanh Hóa", "Sở Tư pháp tỉnh Nghệ An",
                                             "Sở Tư pháp tỉnh Hà Tĩnh", "Sở Tư pháp tỉnh Quảng Bình"}


def test_members_the_rest_after_holders_of_the_sentence_before():
    text = ("Năm 2021, Khối thi đua các công ty xổ số miền Trung do Công ty Xổ số kiến thiết Quảng Nam làm Khối "
            "trưởng, Công ty Xổ số kiến thiết Quảng Ngãi làm Khối phó. Các thành viên còn lại là Công ty Xổ số kiến "
            "thiết Bình Định, Công ty Xổ số kiến thiết Phú Yên và Công ty Xổ số kiến thiết Khánh Hòa.")
    assert found(text, Member, "member") == {
        "Công ty Xổ số kiến thiết Quảng Nam", "Công ty Xổ số kiến thiết Quảng Ngãi",
        "Công ty Xổ số kiến thiết Bình Định", "Công ty Xổ số kiến thiết Phú Yên",
        "Công ty Xổ số kiến thiết Khánh Hòa"}


def test_members_own_unit_is_member_along_with():
    text = ("KỶ YẾU TRƯỜNG THPT LÊ LỢI\n\nNăm học 2012 - 2013, Trường THPT Lê Lợi có 40 lớp. Trường ta là thành viên "
            "của Cụm thi đua số 3 cùng các trường THCS Chu Văn An, Phan Bội Châu và Trần Phú.")
    assert found(text, Member, "member") == {"Trường THPT Lê Lợi", "THCS Chu Văn An", "THCS Phan Bội Châu",
                                             "THCS Trần Phú"}
