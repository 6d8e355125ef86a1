"""Bodies, chairs and members, fourth round (devset6): headings in capitals read with the names the
rest of the document writes in mixed case, region names that a heading read in lower case would
cut, bodies named in brackets as an aside (which a later sentence does not speak of), generic names
with "của"/"trên địa bàn", two groups with "(trực) thuộc", a unit of several places after a dash, a
parent after a bracketed description; a deputy speaking for the chairing unit; list lines that name
their own body, "N trường thành viên của Cụm: …", "còn là thành viên …, cùng …". Invented sentences,
negatives."""

from __future__ import annotations

import pytest

from pipeline.process import process_text
from schemas.facts import Body, Chair, Member
from tests.conftest import found


def bodies_of(text: str) -> set[str]:
    doc, facts = process_text(text)
    bodies = [f for f in facts if isinstance(f, Body)]
    for f in bodies:
        assert doc.text[f.evidence.start : f.evidence.end] == f.evidence.surface
        assert f.evidence.surface.startswith(f.name)
    return {f.name for f in bodies}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a heading cut at a word the lower-case reading cannot tell apart, read as the text writes it
            "KHỐI THI ĐUA CÁC CÔNG TY CAO SU MIỀN ĐÔNG NAM BỘ TỔNG KẾT CÔNG TÁC THI ĐUA NĂM 2011\n"
            "Ngày 10/1, Khối thi đua các công ty cao su miền Đông Nam Bộ tổ chức hội nghị.",
            {"KHỐI THI ĐUA CÁC CÔNG TY CAO SU MIỀN ĐÔNG NAM BỘ", "Khối thi đua các công ty cao su miền Đông Nam Bộ"},
        ),
        (  # a heading that gave no body at all
            "CỤM THI ĐUA CÁC TỈNH BẮC TRUNG BỘ: NHIỀU ĐỔI MỚI TRONG PHONG TRÀO THI ĐUA\n"
            "Sáng nay, Cụm thi đua các tỉnh Bắc Trung Bộ tổ chức hội nghị.",
            {"CỤM THI ĐUA CÁC TỈNH BẮC TRUNG BỘ", "Cụm thi đua các tỉnh Bắc Trung Bộ"},
        ),
        (  # regions in a heading with no mixed-case name to read it by
            "KHỐI THI ĐUA CÁC TRƯỜNG ĐẠI HỌC KHU VỰC ĐỒNG BẰNG SÔNG CỬU LONG TỔNG KẾT NĂM HỌC",
            {"KHỐI THI ĐUA CÁC TRƯỜNG ĐẠI HỌC KHU VỰC ĐỒNG BẰNG SÔNG CỬU LONG"},
        ),
        (
            "KHỐI THI ĐUA CÁC CÔNG TY CÀ PHÊ TÂY NGUYÊN KÝ KẾT GIAO ƯỚC THI ĐUA NĂM 2020",
            {"KHỐI THI ĐUA CÁC CÔNG TY CÀ PHÊ TÂY NGUYÊN"},
        ),
        # a known name shorter than what the heading reads changes nothing
        ("KHỐI THI ĐUA SỐ 4 – NGÂN HÀNG NHÀ NƯỚC TỔNG KẾT NĂM 2017\nKhối thi đua số 4 gồm 8 đơn vị.",
         {"KHỐI THI ĐUA SỐ 4", "Khối thi đua số 4"}),
        # a heading with no body in it, whatever the text names
        ("HỘI NGHỊ TỔNG KẾT CÔNG TÁC THI ĐUA NĂM 2023\nKhối thi đua các công ty cà phê Tây Nguyên họp.",
         {"Khối thi đua các công ty cà phê Tây Nguyên"}),
        # a mixed-case name that the heading does not spell on from its head
        ("KHỐI THI ĐUA CÁC TỈNH NĂM 2023 HỌP\nKhối thi đua các tỉnh Tây Nguyên họp.",
         {"Khối thi đua các tỉnh Tây Nguyên"}),
        # a generic name goes on with "của <unit>", "(đóng) trên địa bàn <place>"
        ("Phong trào thi đua. Khối thi đua các cơ quan Trung ương của Bộ Tài chính tổ chức hội nghị.",
         {"Khối thi đua các cơ quan Trung ương của Bộ Tài chính"}),
        ("Phong trào thi đua. Khối thi đua các cơ quan Trung ương đóng trên địa bàn tỉnh Bắc Ninh họp.",
         {"Khối thi đua các cơ quan Trung ương đóng trên địa bàn tỉnh Bắc Ninh"}),
        # a distinctive name does not ("của" is its parent)
        ("Phong trào thi đua. Khối thi đua Nội chính của tỉnh tổ chức hội nghị.", {"Khối thi đua Nội chính"}),
        # generic words in a series after commas
        ("Phong trào thi đua. Khối thi đua các huyện, thành, thị tổ chức hội nghị.",
         {"Khối thi đua các huyện, thành, thị"}),
        # two groups joined by "và" are named with what they belong to
        ("Thi đua. Khối thi đua các Công đoàn ngành Trung ương và Công đoàn Tổng công ty trực thuộc Tổng Liên đoàn"
         " Lao động Việt Nam họp.",
         {"Khối thi đua các Công đoàn ngành Trung ương và Công đoàn Tổng công ty trực thuộc Tổng Liên đoàn Lao động"
          " Việt Nam"}),
        # one group: "trực thuộc" is its parent
        ("Thi đua. Khối thi đua các trường đại học khu vực Tây Bắc trực thuộc Bộ Giáo dục và Đào tạo họp.",
         {"Khối thi đua các trường đại học khu vực Tây Bắc"}),
        # a unit of several places after a dash is named with a numbered body; a bracket is not
        ("Thi đua. Hội nghị của Cụm thi đua số 6 – Ủy ban MTTQ Việt Nam các tỉnh Tây Nguyên đã bế mạc.",
         {"Cụm thi đua số 6 – Ủy ban MTTQ Việt Nam các tỉnh Tây Nguyên"}),
        ("Thi đua. Cụm thi đua số 2 (các xã vùng cao) họp. Cụm thi đua số 8 – Bộ Công an họp.",
         {"Cụm thi đua số 2", "Cụm thi đua số 8"}),
    ],
)
def test_bodies_names_in_headings_with_qualifiers_and_descriptions(text, expected):
    assert bodies_of(text) == expected


def test_bodies_a_mention_in_brackets_is_passing():
    text = ("Khu vực thi đua Đồng bằng sông Cửu Long họp năm 2011. Chi nhánh Bạc Liêu dự với tư cách khách mời"
            " (đơn vị thuộc Khu vực thi đua số X).\nNăm 2011, Agribank chi nhánh thành phố Cần Thơ làm Trưởng"
            " Khu vực.")
    _, facts = process_text(text)
    assert {f.body for f in facts if isinstance(f, Chair)} == {"Khu vực thi đua Đồng bằng sông Cửu Long"}


def test_bodies_one_number_with_a_description_and_a_parent_after_its_bracket():
    text = ("Thi đua. Bộ CHQS tỉnh Kiên Giang là Khối trưởng Khối thi đua số 2 thuộc Quân khu 9 năm 2021. Bộ CHQS"
            " tỉnh Kiên Giang còn là thành viên Khối thi đua số 2 (Khối Nội chính – Lực lượng vũ trang) của tỉnh"
            " Kiên Giang. Năm 2021, Công an tỉnh Kiên Giang là Khối trưởng của khối này.")
    _, facts = process_text(text)
    assert {f.name for f in facts if isinstance(f, Body)} == {
        "Khối thi đua số 2 thuộc Quân khu 9",
        "Khối thi đua số 2 (Khối Nội chính – Lực lượng vũ trang) của tỉnh Kiên Giang"}
    assert {(f.body, f.holder) for f in facts if isinstance(f, Chair)} == {
        ("Khối thi đua số 2 thuộc Quân khu 9", "Bộ CHQS tỉnh Kiên Giang"),
        ("Khối thi đua số 2 (Khối Nội chính – Lực lượng vũ trang) của tỉnh Kiên Giang", "Công an tỉnh Kiên Giang")}


def test_members_a_line_of_a_list_names_its_own_body():
    text = ("Điều 1. Tặng Cờ thi đua cho các tập thể dẫn đầu các khối thi đua của tỉnh, gồm:\n1. UBND huyện Lâm"
            " Thao, đơn vị dẫn đầu Khối thi đua các huyện, thành, thị;\n2. Sở Tài chính, đơn vị dẫn đầu Khối thi đua"
            " các cơ quan tổng hợp.")
    _, facts = process_text(text)
    assert {(f.body, f.member) for f in facts if isinstance(f, Member)} == {
        ("Khối thi đua các huyện, thành, thị", "UBND huyện Lâm Thao"),
        ("Khối thi đua các cơ quan tổng hợp", "Sở Tài chính")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a deputy speaking for the chairing unit: the unit, not him
            "Khối thi đua số 3 tổng kết năm 2023. Thay mặt đơn vị Khối trưởng, ông Trần Văn Quân, Phó Giám đốc Sở"
            " Tài chính tỉnh Hà Nam, cho biết các đơn vị đã hoàn thành nhiệm vụ.",
            {("chair", "Sở Tài chính tỉnh Hà Nam", None)},
        ),
        (  # the head: the person and his unit
            "Khối thi đua số 3 tổng kết năm 2023. Thay mặt đơn vị Khối trưởng, ông Trần Văn Quân, Giám đốc Sở"
            " Tài chính tỉnh Hà Nam, cho biết các đơn vị đã hoàn thành nhiệm vụ.",
            {("chair", "Trần Văn Quân", "Sở Tài chính tỉnh Hà Nam")},
        ),
    ],
)
def test_chairs_a_deputy_speaks_for_the_unit(text, expected):
    assert found(text, Chair, "role", "holder", "holder_org") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Cụm thi đua các trường đại học khu vực Tây Bắc họp. Tới dự có lãnh đạo 3 trường thành viên của Cụm:"
         " Trường Đại học Tây Bắc, Trường Cao đẳng Sơn La và Trường Cao đẳng Sư phạm Hòa Bình.",
         {"Trường Đại học Tây Bắc", "Trường Cao đẳng Sơn La", "Trường Cao đẳng Sư phạm Hòa Bình"}),
        ("Khu vực thi đua số IX họp. Dự có 3 chi nhánh thành viên Khu vực IX: Agribank chi nhánh tỉnh An Giang,"
         " Agribank chi nhánh tỉnh Đồng Tháp, Agribank chi nhánh tỉnh Cà Mau.",
         {"Agribank chi nhánh tỉnh An Giang", "Agribank chi nhánh tỉnh Đồng Tháp", "Agribank chi nhánh tỉnh Cà Mau"}),
        # a second name between dashes before "gồm"
        ("Khối thi đua số III – Khối thi đua Liên minh Hợp tác xã các tỉnh Bắc Trung Bộ – gồm Liên minh HTX các"
         " tỉnh Thanh Hóa, Nghệ An và Hà Tĩnh.",
         {"Liên minh HTX tỉnh Thanh Hóa", "Liên minh HTX tỉnh Nghệ An", "Liên minh HTX tỉnh Hà Tĩnh"}),
        # "còn là thành viên <body>, cùng B, C"
        ("Thi đua. Công an tỉnh Kiên Giang còn là thành viên Khối thi đua số 2, cùng Tòa án nhân dân tỉnh Kiên"
         " Giang, Viện kiểm sát nhân dân tỉnh Kiên Giang.",
         {"Công an tỉnh Kiên Giang", "Tòa án nhân dân tỉnh Kiên Giang", "Viện kiểm sát nhân dân tỉnh Kiên Giang"}),
        # a unit whose sector name holds lower-case words and "và"
        ("Khối thi đua số 4 gồm 3 bệnh viện: Bệnh viện Tâm thần, Bệnh viện Y học cổ truyền và Phục hồi chức năng,"
         " Bệnh viện Mắt.",
         {"Bệnh viện Tâm thần", "Bệnh viện Y học cổ truyền và Phục hồi chức năng", "Bệnh viện Mắt"}),
        # members of no body: nothing
        ("Cụm thi đua số 3 họp. Tới dự có lãnh đạo các trường thành viên Hội Khuyến học: Trường A, Trường B.", set()),
    ],
)
def test_members_listed_after_members_of_a_body_and_a_colon(text, expected):
    assert found(text, Member, "member") == expected
