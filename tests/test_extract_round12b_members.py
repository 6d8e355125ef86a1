"""Members, round twelve, second part (heldout20–23): an area word between a counted or plural kind and the
names ("gồm 5 xã vùng cao A, B, …"), and the numbered attendance lines of a body's own minutes ("THÀNH PHẦN
THAM DỰ" / "1. Unit: ông A – Giám đốc (Cụm phó)"). Invented sentences with other units, places and years than
the documents; negatives that must yield nothing."""

from __future__ import annotations

import pytest

from schemas.facts import Member
from tests.conftest import found

# --- an area word after the kind: "gồm 5 xã vùng cao A, B", "các phường nội thành A, B" ----------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Cụm thi đua số 3 gồm 5 xã vùng cao Nậm Khánh, Bản Liền, Cốc Ly, Nậm Đét và Tà Chải cũng tổ chức hội "
            "nghị.",
            {"Nậm Khánh", "Bản Liền", "Cốc Ly", "Nậm Đét", "Tà Chải"},
        ),
        (
            "Cụm thi đua số 1 gồm 4 xã biên giới Thanh Lòa, Thụy Hùng, Tân Thanh và Bảo Lâm.",
            {"Thanh Lòa", "Thụy Hùng", "Tân Thanh", "Bảo Lâm"},
        ),
        (
            "Khối thi đua số 2 gồm các phường nội thành Ngọc Khánh, Liễu Giai và Kim Mã.",
            {"Ngọc Khánh", "Liễu Giai", "Kim Mã"},
        ),
        (
            "Cụm thi đua số 4 gồm 3 huyện miền núi Quế Phong, Kỳ Sơn và Tương Dương.",
            {"Quế Phong", "Kỳ Sơn", "Tương Dương"},
        ),
    ],
)
def test_members_area_after_kind(text, expected):
    assert found(text, Member, "member") == expected


@pytest.mark.parametrize(
    "text",
    [
        "Cụm thi đua số 3 tổ chức hội nghị tại xã vùng cao Nậm Khánh, huyện Bắc Hà.",
        "Các xã vùng cao Nậm Khánh, Bản Liền và Tà Chải đã hoàn thành kế hoạch trồng rừng.",
    ],
)
def test_members_area_after_kind_negatives(text):
    assert found(text, Member, "member") == set()


# --- the attendance lines of a body's own minutes: "THÀNH PHẦN THAM DỰ" / "1. Unit: ông A – title" ---------------

_MINUTES = (
    "CỤM THI ĐUA CÁC SỞ XÂY DỰNG KHU VỰC DUYÊN HẢI\n\n"
    "BIÊN BẢN\nHội nghị tổng kết công tác thi đua năm 2019\n\n"
    "{heading}\n"
    "1. Sở Xây dựng tỉnh Phú Yên: ông Lê Văn An – Giám đốc{role}.\n"
    "2. Sở Xây dựng tỉnh Bình Định: bà Trần Thị Bình – Phó Giám đốc.\n"
    "3. Sở Xây dựng tỉnh Khánh Hòa: ông Ngô Văn Cường – Giám đốc.\n\n"
    "Khách mời: ông Phạm Văn Dũng – Phó Trưởng ban Thi đua – Khen thưởng tỉnh Phú Yên.\n"
    "Chủ trì: ông Lê Văn An.\n\n"
    "Hội nghị đã đánh giá kết quả thực hiện giao ước thi đua năm 2019.\n"
)
_UNITS = {"Sở Xây dựng tỉnh Phú Yên", "Sở Xây dựng tỉnh Bình Định", "Sở Xây dựng tỉnh Khánh Hòa"}


@pytest.mark.parametrize(
    "heading", ["II. THÀNH PHẦN THAM DỰ", "Thành phần tham dự hội nghị:", "2. Thành phần:", "ĐẠI BIỂU THAM DỰ"]
)
def test_members_attendance_lines(heading):
    text = _MINUTES.format(heading=heading, role=" (Cụm trưởng năm 2019)")
    assert found(text, Member, "member") == _UNITS


def test_members_attendance_lines_need_a_role():
    """No line gives a unit a role of the body: they may be guests."""
    text = _MINUTES.format(heading="II. THÀNH PHẦN THAM DỰ", role="")
    assert found(text, Member, "member") == set()


def test_members_attendance_lines_need_the_heading():
    text = _MINUTES.format(heading="II. KẾT QUẢ THỰC HIỆN NHIỆM VỤ", role=" (Cụm trưởng năm 2019)")
    assert found(text, Member, "member") == set()


# --- the scored lines of a body's own review: "KẾT QUẢ CHẤM ĐIỂM, XẾP HẠNG" / "1. Unit: 96,5 điểm – xếp thứ Nhất"

_RANKED = (
    "KHỐI THI ĐUA CÁC TRƯỜNG CAO ĐẲNG NGHỀ\n\n"
    "THÔNG BÁO\nKết quả bình xét thi đua năm 2020\n\n"
    "Khối trưởng năm 2020 (Trường Cao đẳng Nghề Cơ giới) thông báo kết quả như sau:\n\n"
    "{heading}\n\n"
    "1. Trường Cao đẳng Nghề Cơ giới: 96,5 điểm - xếp thứ Nhất\n"
    "2. Trường Cao đẳng Nghề Kỹ thuật Mỹ nghệ: {score}\n"
    "3. Trường Cao đẳng Nghề Du lịch Huế: 91,0 điểm - xếp thứ Ba\n"
)
_SCHOOLS = {"Trường Cao đẳng Nghề Cơ giới", "Trường Cao đẳng Nghề Kỹ thuật Mỹ nghệ", "Trường Cao đẳng Nghề Du lịch Huế"}


@pytest.mark.parametrize(
    "heading", ["II. KẾT QUẢ CHẤM ĐIỂM, XẾP HẠNG", "Bảng xếp hạng:", "3. Kết quả xếp loại thi đua"]
)
def test_members_ranked_lines(heading):
    text = _RANKED.format(heading=heading, score="93,25 điểm - xếp thứ Nhì")
    assert found(text, Member, "member") == _SCHOOLS


def test_members_ranked_lines_need_a_score_on_every_line():
    text = _RANKED.format(heading="II. KẾT QUẢ CHẤM ĐIỂM, XẾP HẠNG", score="đề nghị tặng Bằng khen")
    assert found(text, Member, "member") == set()


# --- a shared head with a count, its place word and an area word: "Sở Y tế 4 tỉnh miền núi: A, B" ------------
# --- and the standing committee of a council as a unit: "Thường trực HĐND huyện A" ----------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Cụm thi đua số 6 gồm Sở Nông nghiệp 3 tỉnh miền núi: Lai Châu, Điện Biên và Hà Giang.",
            {"Sở Nông nghiệp tỉnh Lai Châu", "Sở Nông nghiệp tỉnh Điện Biên", "Sở Nông nghiệp tỉnh Hà Giang"},
        ),
        (
            "Cụm thi đua số 2 gồm Thường trực Hội đồng nhân dân (HĐND) 3 huyện vùng cao: Mèo Vạc, Đồng Văn và Yên "
            "Minh.",
            {"Thường trực Hội đồng nhân dân huyện Mèo Vạc", "Thường trực Hội đồng nhân dân huyện Đồng Văn",
             "Thường trực Hội đồng nhân dân huyện Yên Minh"},
        ),
        (
            "Khối thi đua số 1 gồm Thường trực HĐND các huyện Thạch Hà, Can Lộc và Hương Khê.",
            {"Thường trực HĐND huyện Thạch Hà", "Thường trực HĐND huyện Can Lộc", "Thường trực HĐND huyện Hương Khê"},
        ),
        (  # two place words: none shared
            "Cụm thi đua số 5 gồm Sở Tài chính các tỉnh, thành phố Cần Thơ, Hậu Giang và Sóc Trăng.",
            {"Sở Tài chính Cần Thơ", "Sở Tài chính Hậu Giang", "Sở Tài chính Sóc Trăng"},
        ),
    ],
)
def test_members_shared_head_area_and_standing_committee(text, expected):
    assert found(text, Member, "member") == expected


# --- "có" and a count written as a word before a kind and a colon: "Khối … có sáu công ty: A, B" -------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Khối thi đua số 2 có sáu công ty: Phong Phú, Việt Tiến, Nhà Bè, Thành Công, Hòa Thọ và May 10.",
            {"Phong Phú", "Việt Tiến", "Nhà Bè", "Thành Công", "Hòa Thọ", "May 10"},
        ),
        (
            "Cụm thi đua số 4 có ba hợp tác xã: Tân Phú, Hòa Bình và Quyết Thắng.",
            {"Tân Phú", "Hòa Bình", "Quyết Thắng"},
        ),
    ],
)
def test_members_count_word_before_kind(text, expected):
    assert found(text, Member, "member") == expected


def test_members_count_word_year_is_no_count():
    """ "năm" before a year is no count."""
    assert found("Cụm thi đua số 4 có năm 2020 đầy khó khăn: hạn hán, dịch bệnh.", Member, "member") == set()


# --- a body's parent named by its bare head between the body and "gồm": "Cụm … của Quân đoàn - gồm A, B" --------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Trong Cụm thi đua số 3 của Quân đoàn - gồm Công ty 851, Công ty 852 và Công ty 853 - các đơn vị đều "
            "hoàn thành kế hoạch.",
            {"Công ty 851", "Công ty 852", "Công ty 853"},
        ),
        (
            "Khối thi đua số 2 thuộc Tổng công ty gồm Công ty Xây lắp 1, Công ty Xây lắp 2 và Công ty Xây lắp 3.",
            {"Công ty Xây lắp 1", "Công ty Xây lắp 2", "Công ty Xây lắp 3"},
        ),
    ],
)
def test_members_bare_parent_before_list(text, expected):
    assert found(text, Member, "member") == expected


def test_members_bare_head_alone_is_no_body():
    assert found("Quân đoàn gồm Công ty 851, Công ty 852 và Công ty 853.", Member, "member") == set()


# --- a place word and its name after a unit ending with the same place word: "… miền Bắc, miền Trung" ----------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Khối thi đua số 2 gồm Chi nhánh khu vực miền Bắc, miền Trung và miền Nam.",
            {"Chi nhánh khu vực miền Bắc", "Chi nhánh khu vực miền Trung", "Chi nhánh khu vực miền Nam"},
        ),
        (
            "Cụm thi đua số 4 gồm Chi cục Kiểm ngư vùng 1, vùng 2 và vùng 3.",
            {"Chi cục Kiểm ngư vùng 1", "Chi cục Kiểm ngư vùng 2", "Chi cục Kiểm ngư vùng 3"},
        ),
    ],
)
def test_members_same_place_word(text, expected):
    assert found(text, Member, "member") == expected


# --- a counted group before "trong Cụm": "Sở Y tế 4 tỉnh A, B, C và D trong Cụm đã …" ---------------------------


def test_members_counted_group_in_body():
    text = ("Cụm thi đua các Sở Y tế khu vực Tây Bắc tổng kết năm 2015. Với tinh thần đoàn kết, Sở Y tế 4 tỉnh Lai "
            "Châu, Điện Biên, Sơn La và Hòa Bình trong Cụm đã hoàn thành các chỉ tiêu.")
    assert found(text, Member, "member") == {
        "Sở Y tế tỉnh Lai Châu", "Sở Y tế tỉnh Điện Biên", "Sở Y tế tỉnh Sơn La", "Sở Y tế tỉnh Hòa Bình"}


@pytest.mark.parametrize(
    "text",
    [  # no body after the group; a count that does not match
        "Cụm thi đua số 3 tổng kết năm 2015. Sở Y tế 4 tỉnh Lai Châu, Điện Biên, Sơn La và Hòa Bình đã hoàn thành.",
        "Cụm thi đua số 3 tổng kết năm 2015. Sở Y tế 3 tỉnh Lai Châu, Điện Biên, Sơn La và Hòa Bình trong Cụm đã "
        "hoàn thành.",
    ],
)
def test_members_counted_group_in_body_negatives(text):
    assert found(text, Member, "member") == set()


# --- "các <kind> thành viên:" before a list: "… cảm ơn các trường thành viên: A, B và C" ------------------------


def test_members_plural_kind_members_colon():
    text = ("Khối thi đua các trường cao đẳng y tế tổng kết năm học 2018-2019. Tôi xin cảm ơn các trường thành viên: "
            "Trường Cao đẳng Y tế Huế, Trường Cao đẳng Y tế Quảng Nam và Trường Cao đẳng Y tế Khánh Hòa.")
    assert found(text, Member, "member") == {
        "Trường Cao đẳng Y tế Huế", "Trường Cao đẳng Y tế Quảng Nam", "Trường Cao đẳng Y tế Khánh Hòa"}


def test_members_plural_kind_members_colon_negative():
    """ "hội viên" (members of an association: people) is no list of units."""
    text = "Khối thi đua số 3 tổng kết năm 2019. Ban Chấp hành đã gặp các hội viên: ông Lê Văn A, bà Trần Thị B."
    assert found(text, Member, "member") == set()


# --- a unit named by a number at the end of a plural kind's list: "các công ty chè A, B, C và 62" ---------------


def test_members_number_after_plural_kind():
    text = "Khối thi đua số 3 gồm các công ty chè Mộc Châu, Tân Uyên, Long Phú và 62."
    assert found(text, Member, "member") == {
        "Công ty chè Mộc Châu", "Công ty chè Tân Uyên", "Công ty chè Long Phú", "Công ty chè 62"}


def test_members_number_after_plural_kind_count_is_no_member():
    text = "Cụm thi đua số 2 gồm các công ty chè Mộc Châu, Tân Uyên và 2 đơn vị khác."
    assert found(text, Member, "member") == {"Công ty chè Mộc Châu", "Công ty chè Tân Uyên"}


# --- a body's heading line with no colon over numbered or bulleted lines of its units ---------------------------


def test_members_heading_without_colon():
    text = ("Năm 2021, các đơn vị được chia thành hai khối.\n\nKhối thi đua số 2 năm 2021\n"
            "1. Công ty Cổ phần Cơ khí Hà Giang\n2. Công ty Cổ phần Xây dựng Tuyên Quang\n"
            "3. Công ty TNHH Vận tải Lào Cai\n\nCác đơn vị đã ký kết giao ước.")
    assert found(text, Member, "member") == {
        "Công ty Cổ phần Cơ khí Hà Giang", "Công ty Cổ phần Xây dựng Tuyên Quang", "Công ty TNHH Vận tải Lào Cai"}


def test_members_headings_without_colon_two_bodies():
    text = ("Cụm thi đua số 4 – khu vực miền núi\n- Sở Y tế tỉnh Lai Châu\n- Sở Y tế tỉnh Sơn La\n\n"
            "Cụm thi đua số 5\n- Sở Y tế tỉnh Hà Giang – Cụm trưởng\n- Sở Y tế tỉnh Cao Bằng")
    got = found(text, Member, "body", "member")
    assert {m for _, m in got} == {"Sở Y tế tỉnh Lai Châu", "Sở Y tế tỉnh Sơn La", "Sở Y tế tỉnh Hà Giang",
                                   "Sở Y tế tỉnh Cao Bằng"}
    assert {b for b, m in got if m.endswith(("Hà Giang", "Cao Bằng"))} == {"Cụm thi đua số 5"}


@pytest.mark.parametrize(
    "text",
    [  # lines that are sentences, not units alone; a heading that says more than the body
        "Khối thi đua số 2 năm 2021\n1. Năm 2021 các đơn vị hoàn thành kế hoạch.\n2. Các đơn vị ký giao ước.",
        "Khối thi đua số 2 đề nghị khen thưởng các đơn vị sau\n1. Công ty Cổ phần Cơ khí Hà Giang\n"
        "2. Công ty TNHH Vận tải Lào Cai",
    ],
)
def test_members_heading_without_colon_negatives(text):
    assert found(text, Member, "member") == set()


# --- three units or more right after a body and a dash: "Khối thi đua số 3 – Sở A, Sở B, Sở C và Sở D …" ----------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Khối thi đua số 3 – Sở Nội vụ, Sở Tư pháp, Sở Tài chính và Sở Xây dựng tổng kết năm 2021.",
            {"Sở Nội vụ", "Sở Tư pháp", "Sở Tài chính", "Sở Xây dựng"},
        ),
        (
            "Cụm thi đua số 5 - Công an tỉnh Lào Cai, Công an tỉnh Yên Bái và Công an tỉnh Hà Giang ký kết giao ước "
            "thi đua năm 2022.",
            {"Công an tỉnh Lào Cai", "Công an tỉnh Yên Bái", "Công an tỉnh Hà Giang"},
        ),
    ],
)
def test_members_dashed_list(text, expected):
    assert found(text, Member, "member") == expected


@pytest.mark.parametrize(
    "text",
    [  # one unit (the host or the parent); two units only
        "Cụm thi đua số 5 – Công an tỉnh Lào Cai tổ chức hội nghị.",
        "Cụm thi đua số 5 – Công an tỉnh Lào Cai, Công an tỉnh Yên Bái đã nỗ lực.",
    ],
)
def test_members_dashed_list_negatives(text):
    assert found(text, Member, "member") == set()


def test_members_heading_without_colon_not_a_role_in_brackets():
    """A line of a distribution list with a role in brackets and a signer's name is no heading."""
    text = ("Nơi nhận:\n- Công ty CP Cao su Phú Riềng\n  (Khối phó Khối thi đua số 2);          Lê Văn Hùng\n"
            "- Website Tổng công ty;\n- Lưu: VT.")
    assert found(text, Member, "member") == set()
