"""Members, round fifteen (heldout32 to heldout35): a list in an interview's answer after the speaker's label,
lower-case kinds of other sectors after "các", names of old spellings and unit numbers in such lists, a list in
brackets after a body (or after its region), a role in an earlier clause before "là", "thành viên như", a counted
head with its short name in brackets, a counted description before "là", a body named short by its kind of
member, the last member of a list named like those before it, "Đảng ủy Khối các cơ quan tỉnh X" as one unit and
acronyms written with dots. Invented sentences with other units, places and years than the documents; negatives
that must yield nothing."""

from __future__ import annotations

import pytest

from extractors.phrases import read_tokens
from extractors.units import find_spans, read_heads
from schemas.facts import Member
from tests.conftest import found


def units_of(text: str) -> list[str]:
    toks = read_tokens(text)
    return [text[toks[s.start].start : toks[s.end - 1].end] for s in find_spans(toks, (), read_heads(toks))
            if s.kind == "unit"]


# --- a list in an interview's answer, after the speaker's label ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Bà Trần Thị Mai: Cụm thi đua số 7, thường được gọi là Cụm miền biển, gồm 4 đơn vị: Sở Du lịch các "
            "tỉnh Phú Yên, Khánh Hòa, Ninh Thuận và Bình Thuận.",
            {"Sở Du lịch tỉnh Phú Yên", "Sở Du lịch tỉnh Khánh Hòa", "Sở Du lịch tỉnh Ninh Thuận",
             "Sở Du lịch tỉnh Bình Thuận"},
        ),
        (
            "Thượng tá Lê Minh Đức: Khối thi đua số 3, được thành lập sau khi sắp xếp lại các đơn vị, gồm 3 đơn "
            "vị: Công an các tỉnh Nam Định, Hà Nam và Ninh Bình.",
            {"Công an tỉnh Nam Định", "Công an tỉnh Hà Nam", "Công an tỉnh Ninh Bình"},
        ),
    ],
)
def test_members_after_speaker_label(text, expected):
    assert found(text, Member, "member") == expected


def test_speaker_label_needs_a_person():
    # a colon after no person's name opens no answer: no body is the subject here
    text = "Kết quả: anh em trong ngành gọi là Cụm miền biển, gồm 4 đơn vị: Sở Du lịch các tỉnh Phú Yên, Khánh Hòa."
    assert found(text, Member, "member") == set()


# --- lower-case kinds of other sectors after "các"; old spellings and unit numbers ---------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Cụm thi đua số 2 có bốn đơn vị là các trại giam Hòa Sơn, Bình Điền, K12 và Nam Hà.",
            {"Trại giam Hòa Sơn", "Trại giam Bình Điền", "Trại giam K12", "Trại giam Nam Hà"},
        ),
        (
            "Cụm thi đua số 9 có ba đơn vị là các kho bạc Đông Hà, Cam Lộ và Gio Linh.",
            {"Kho bạc Đông Hà", "Kho bạc Cam Lộ", "Kho bạc Gio Linh"},
        ),
        (
            "Khối thi đua số 5 gồm các hạt kiểm lâm Mường Tè, Sìn Hồ và Phong Thổ.",
            {"Hạt kiểm lâm Mường Tè", "Hạt kiểm lâm Sìn Hồ", "Hạt kiểm lâm Phong Thổ"},
        ),
        (
            "Khối thi đua số 6 gồm các cảng vụ hàng hải Quy Nhơn, Nha Trang và Đà Nẵng.",
            {"Cảng vụ hàng hải Quy Nhơn", "Cảng vụ hàng hải Nha Trang", "Cảng vụ hàng hải Đà Nẵng"},
        ),
        (
            "Khối thi đua số 4 gồm 5 lâm trường: Bắc sơn, Tân kỳ, 19/5, Đồng văn và Quỳ hợp, đã ký giao ước.",
            {"Bắc sơn", "Tân kỳ", "19/5", "Đồng văn", "Quỳ hợp"},
        ),
        # a number or a date in a counted list takes the kind counted
        (
            "Cụm thi đua số 2 gồm 3 trường: Trường A, 7B và 19/5.",
            {"Trường A", "Trường 7B", "Trường 19/5"},
        ),
        (
            "Năm nay Cụm thi đua số 3 (gồm các xí nghiệp Hồng hà, Sông lam, 2/9 và Bến thủy) đã ký giao ước.",
            {"Xí nghiệp Hồng hà", "Xí nghiệp Sông lam", "Xí nghiệp 2/9", "Xí nghiệp Bến thủy"},
        ),
        # each name of an old spelling takes the kind, a bare number too
        (
            "Năm 1984, Khối thi đua các nông trường gồm các nông trường Đông hiếu, 3, 19/5 và Cờ đỏ.",
            {"Nông trường Đông hiếu", "Nông trường 3", "Nông trường 19/5", "Nông trường Cờ đỏ"},
        ),
        # a place after the kind: the kind stays with each member
        (
            "Cụm thi đua số 2 gồm các chi cục thuế Quận 1, Quận 3 và Quận 5.",
            {"Chi cục thuế Quận 1", "Chi cục thuế Quận 3", "Chi cục thuế Quận 5"},
        ),
        (
            "Khối thi đua Công an gồm các đội thi hành án Quận 1, Quận 3 và huyện Nhà Bè.",
            {"Đội thi hành án Quận 1", "Đội thi hành án Quận 3", "Đội thi hành án huyện Nhà Bè"},
        ),
        # names joined by "và" that read as one unit after a kind: two members of the kind
        (
            "Cụm thi đua các trường học gồm các học viện An ninh, Cảnh sát và Chính trị.",
            {"Học viện An ninh", "Học viện Cảnh sát", "Học viện Chính trị"},
        ),
        (
            "Khối thi đua Công an các huyện gồm các trạm Kiểm soát, Cảnh sát giao thông và Trật tự.",
            {"Trạm Kiểm soát", "Trạm Cảnh sát giao thông", "Trạm Trật tự"},
        ),
        # a head and a bare number after the kind: the kind stays too
        (
            "Khối thi đua số 2 gồm các bưu điện Trung tâm 1, Trung tâm 2 và Hà Đông.",
            {"Bưu điện Trung tâm 1", "Bưu điện Trung tâm 2", "Bưu điện Hà Đông"},
        ),
    ],
)
def test_members_plural_kinds_and_old_spellings(text, expected):
    assert found(text, Member, "member") == expected


@pytest.mark.parametrize(
    "text",
    [
        # numbers only after the kind: no names
        "Khối thi đua số 4 gồm các lâm trường 1, 2 và 3 của tỉnh.",
        # "các" and a kind in a clause that announces no list
        "Đoàn đã đến thăm các trại giam Hòa Sơn, Bình Điền và Nam Hà trong tháng 5.",
        # names of an old spelling after a kind, but no word of a list of members
        "Năm 1985, đoàn cán bộ Khối thi đua số 4 đã đến thăm các lâm trường Bắc sơn, Tân kỳ, 19/5 và Quỳ hợp.",
        # bare numbers and a modern name after a kind: no name of an old spelling
        "Năm 1986, Khối thi đua các xí nghiệp gồm các trạm 4, 7 và Gia Lâm.",
        "Năm 1985, Khối thi đua các xí nghiệp gồm các công trường 3, 5 và Nam Hà.",
        # a common kind whose names are common nouns
        "Cụm thi đua số 3 gồm các ban quản lý Chợ, Bến xe và Công viên.",
        # a region after the kind describes the members
        "Công ty A - đơn vị dẫn đầu Khối thi đua số 4 (các công ty thành viên khu vực Thành phố Hồ Chí Minh và Đông "
        "Nam Bộ).",
    ],
)
def test_members_plural_kinds_negatives(text):
    assert found(text, Member, "member") == set()


# --- a list in brackets after a body and its region after a dash ---------------------------------------------


def test_members_bracket_after_region():
    text = ("Năm 2020, bốn chi nhánh thuộc Cụm thi đua số 6 - khu vực Tây Nguyên (Agribank Kon Tum, Agribank Gia Lai, "
            "Agribank Đắk Lắk và Agribank Lâm Đồng) đều vượt kế hoạch.")
    assert found(text, Member, "member") == {
        "Agribank Kon Tum", "Agribank Gia Lai", "Agribank Đắk Lắk", "Agribank Lâm Đồng"}


def test_members_bracket_after_region_negative():
    # a short name in brackets after the region is no list of members
    text = "Cụm thi đua số 6 - khu vực Tây Nguyên (CTĐ6) tổ chức hội nghị tổng kết năm 2020."
    assert found(text, Member, "member") == set()


# --- a role in an earlier clause before "là" -------------------------------------------------------------------


def test_members_la_after_role_in_earlier_clause():
    text = ("Khối thi đua các trường cao đẳng y tế tổng kết năm học.\n"
            "Năm học 2020 - 2021, với Trường Cao đẳng Y tế Nam Định - đơn vị Khối trưởng - và Trường CĐYT Thái Bình"
            " - đơn vị Khối phó, 4 trường trong Khối là CĐYT Nam Định, Thái Bình, Hà Nam và Ninh Bình đã thi đua sôi "
            "nổi.")
    assert found(text, Member, "member") == {"CĐYT Nam Định", "Thái Bình", "Hà Nam", "Ninh Bình"}


def test_members_la_after_role_kind_before_body():
    # the clause of "là" names a kind of unit and the body it leads, the role stands in an earlier clause
    text = ("Năm 2019, Sở Tài chính làm Cụm trưởng, những đơn vị dẫn đầu Cụm thi đua số 5 là Sở Xây dựng và Sở Công "
            "Thương.")
    assert found(text, Member, "member") == {"Sở Xây dựng", "Sở Công Thương"}


@pytest.mark.parametrize(
    "text",
    [
        # guests, units that left the body or that it criticised: no members, a role before or not
        "Sở Tư pháp được bầu làm Cụm trưởng, khách mời của Cụm thi đua số 5 là Báo Nhân Dân và Đài Truyền hình Việt "
        "Nam.",
        "Ngân hàng A làm Cụm trưởng, đơn vị rút khỏi Cụm thi đua số 2 là Ngân hàng B và Ngân hàng C.",
        "Công an tỉnh A làm Khối trưởng, đơn vị bị phê bình trong Khối thi đua số 3 là Công an tỉnh B và Công an tỉnh "
        "C.",
        "Khách mời của Cụm thi đua số 5 là Báo Nhân Dân và Đài Truyền hình Việt Nam.",
        "Đơn vị bị phê bình trong Khối thi đua số 3 là Công an tỉnh B và Công an tỉnh C.",
        # a role in an earlier clause and no kind of unit of the body in the clause of "là"
        "Sở Tư pháp được bầu làm Cụm trưởng, đơn vị được đề nghị tặng Cờ thi đua của Cụm thi đua số 5 là Sở Y tế và "
        "Sở Xây dựng.",
    ],
)
def test_members_la_not_members_negatives(text):
    assert found(text, Member, "member") == set()


def test_members_la_role_in_same_clause_negative():
    # "Khối trưởng là A": the role in the clause of "là" names a chair, not members
    text = "Năm 2021, đơn vị Khối trưởng của Khối thi đua số 2 là Sở Tài chính tỉnh Hà Nam, Sở Nội vụ tỉnh Hà Nam."
    assert found(text, Member, "member") == set()


# --- "thành viên như" ------------------------------------------------------------------------------------------


def test_members_thanh_vien_nhu():
    text = ("Khối thi đua các đơn vị dệt may (Khối Dệt) có các thành viên như Công ty CP Dệt Hòa Bình, Công ty CP "
            "May Tây Đô và Công ty CP Sợi Phú Bài.")
    assert found(text, Member, "member") == {
        "Công ty CP Dệt Hòa Bình", "Công ty CP May Tây Đô", "Công ty CP Sợi Phú Bài"}


def test_members_nhu_negative():
    text = "Khối thi đua số 2 có các thành viên như nhau về quy mô và nhiệm vụ."
    assert found(text, Member, "member") == set()


# --- a counted head with its short name in brackets before "thành viên:" ------------------------------------


def test_members_counted_head_bracket():
    text = ("Cụm thi đua số 5 tổng kết năm 2019. Dự hội nghị có lãnh đạo 4 Chi cục Kiểm lâm (CCKL) thành viên: "
            "Sơn La, Lai Châu, Điện Biên, Hòa Bình.")
    assert found(text, Member, "member") == {"Sơn La", "Lai Châu", "Điện Biên", "Hòa Bình"}


# --- a counted description after "gồm" before "là" and the list ----------------------------------------------


def test_members_counted_description_then_la():
    text = ("Cụm thi đua số 8 gồm đội Cảnh sát giao thông Công an bốn huyện là Lục Ngạn, Sơn Động, Yên Dũng và "
            "Lạng Giang.")
    assert found(text, Member, "member") == {"Lục Ngạn", "Sơn Động", "Yên Dũng", "Lạng Giang"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Khối thi đua số 2 gồm phòng Tham mưu Công an ba tỉnh là An Giang, Kiên Giang và Cà Mau.",
            {"An Giang", "Kiên Giang", "Cà Mau"},
        ),
        (
            "Cụm thi đua số 8 gồm đội Cảnh sát giao thông Công an bốn huyện là Lục Ngạn, Sơn Động, Yên Dũng và "
            "Lạng Giang.",
            {"Lục Ngạn", "Sơn Động", "Yên Dũng", "Lạng Giang"},
        ),
    ],
)
def test_members_counted_description_positives(text, expected):
    assert found(text, Member, "member") == expected


@pytest.mark.parametrize(
    "text",
    [
        # a clause ends before the count: the count describes something else
        "Cụm thi đua số 8 gồm nhiều đơn vị, trong đó bốn huyện là Lục Ngạn, Sơn Động, Yên Dũng và Lạng Giang.",
        # a verb before the count: a clause about the members, what it counts is no member
        "Cụm thi đua số 1 gồm các tỉnh miền núi có 2 cửa khẩu quốc tế là Móng Cái và Lào Cai.",
        "Cụm thi đua số 4 gồm những đơn vị có 2 năm liền dẫn đầu là Trường THPT Lê Lợi và Trường THPT Trần Phú.",
        "Khối thi đua các bệnh viện gồm các đơn vị có 3 bác sĩ được phong Thầy thuốc Nhân dân là Bệnh viện A, "
        "Bệnh viện B và Bệnh viện C.",
        # the count's word is no kind of unit nor a place word
        "Cụm thi đua số 4 gồm những đơn vị dẫn đầu 2 năm liền là Trường THPT Lê Lợi và Trường THPT Trần Phú.",
    ],
)
def test_members_counted_description_negative(text):
    assert found(text, Member, "member") == set()


# --- a body named short by its kind of member -----------------------------------------------------------------


def test_members_body_short_by_kind():
    text = ("Năm 2019, Khối thi đua các Vùng Hải quân tổng kết phong trào. Đại tá Phạm Văn Hùng cho biết Khối "
            "thi đua các Vùng gồm ba đơn vị: Bộ Tư lệnh Vùng 1 Hải quân, Bộ Tư lệnh Vùng 3 Hải quân và Bộ Tư lệnh "
            "Vùng 5 Hải quân.")
    rows = found(text, Member, "body", "member")
    assert rows == {("Khối thi đua các Vùng Hải quân", f"Bộ Tư lệnh Vùng {n} Hải quân") for n in (1, 3, 5)}


def test_members_body_short_by_kind_negative():
    # no body of the document opens with those words: no body
    text = ("Năm 2019, Cụm thi đua số 2 tổng kết phong trào. Đại tá Phạm Văn Hùng cho biết Khối thi đua các Vùng "
            "gồm ba đơn vị: Bộ Tư lệnh Vùng 1 Hải quân, Bộ Tư lệnh Vùng 3 Hải quân và Bộ Tư lệnh Vùng 5 Hải quân.")
    assert found(text, Member, "member") == set()


# --- the last member named like those before it --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Cụm thi đua số 2 gồm: HTX gốm Bát Tràng, HTX mây tre Phú Vinh, HTX thêu ren Văn Lâm.",
            {"HTX gốm Bát Tràng", "HTX mây tre Phú Vinh", "HTX thêu ren Văn Lâm"},
        ),
        # a clause about the last unit, a time after it: not its name, and its head alone is no member
        (
            "Khối thi đua các xí nghiệp gồm: Xí nghiệp May 1, Xí nghiệp Dệt 2, Xí nghiệp mới thành lập Quý II.",
            {"Xí nghiệp May 1", "Xí nghiệp Dệt 2"},
        ),
        (
            "Cụm thi đua số 2 gồm: HTX Tân Lập, HTX Minh Khai, HTX đạt danh hiệu Tiên tiến.",
            {"HTX Tân Lập", "HTX Minh Khai"},
        ),
    ],
)
def test_members_last_with_lower_words(text, expected):
    assert found(text, Member, "member") == expected


# --- "Đảng ủy Khối các cơ quan tỉnh X" is one unit -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Đảng ủy Khối các cơ quan tỉnh Bình Định tổ chức hội nghị.", ["Đảng ủy Khối các cơ quan tỉnh Bình Định"]),
        ("Công đoàn Khối các cơ quan Trung ương dự hội nghị.", ["Công đoàn Khối các cơ quan Trung ương"]),
        # "Công an các tỉnh": a place word after "các", a head shared out (the place read alone)
        ("Công an các tỉnh Phú Yên và Khánh Hòa tham dự.", ["tỉnh Phú Yên"]),
    ],
)
def test_units_khoi_cac(text, expected):
    assert units_of(text) == expected


def test_members_attendees_of_party_committees():
    text = ("Cụm thi đua các Đảng ủy Khối các cơ quan tỉnh khu vực Tây Nguyên tổng kết năm 2015.\n"
            "Đại biểu các đơn vị trong Cụm:\n"
            "- Đảng ủy Khối các cơ quan tỉnh Kon Tum: đ/c Nguyễn Văn Sơn, Bí thư;\n"
            "- Đảng ủy Khối các cơ quan tỉnh Gia Lai: đ/c Trần Văn Hải, Bí thư.")
    assert found(text, Member, "member") == {
        "Đảng ủy Khối các cơ quan tỉnh Kon Tum", "Đảng ủy Khối các cơ quan tỉnh Gia Lai"}


# --- acronyms written with dots --------------------------------------------------------------------------------


def test_dotted_acronym_norm():
    toks = read_tokens("H.T.X Yên Phong và U.B.N.D. huyện")
    assert toks[0].norm == "htx"
    assert toks[4].norm == "ubnd"
    assert read_tokens("TP. Vinh")[0].norm == "tp"  # not an acronym with dots: as before


def test_members_last_with_lower_words_negative():
    # the lower-case words after the last member end with no place: a verb, not its name
    text = "Cụm thi đua số 2 gồm: HTX gốm Bát Tràng, HTX mây tre Phú Vinh, HTX Hòa Bình đạt năng suất cao."
    assert found(text, Member, "member") == {"HTX gốm Bát Tràng", "HTX mây tre Phú Vinh", "HTX Hòa Bình"}
