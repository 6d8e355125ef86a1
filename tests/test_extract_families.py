"""More phrasing families of bodies, chairs and members, found in documents written by other
people: each with invented sentences of the family and negatives. Bodies: a name that goes on past an abbreviation
in brackets, a description in brackets after a numbered body, lines of other articles. Chairs:
"trở thành Cụm trưởng", "Phó khu vực", "vai trò này", "A sẽ thay B", a heading of role words
that ends with a colon, a role word alone in a table cell, the year a paragraph opens with, a
January review of part of a year. Members: "Cụm còn có", "ngoài X, …", "cùng với", "được thành
lập năm …, gồm", abbreviations spelt out where the text writes the long form."""

from __future__ import annotations

import pytest

from pipeline.process import process_text
from schemas.facts import Body, Chair, Member


def chairs_of(text: str, published: str | None = None) -> set[tuple]:
    doc, facts = process_text(text, published=published)
    found = [f for f in facts if isinstance(f, Chair)]
    for f in found:
        assert doc.text[f.evidence.start : f.evidence.end] == f.evidence.surface
    return {(f.role, f.holder, f.year) for f in found}


def members_of(text: str) -> set[tuple[str, str]]:
    doc, facts = process_text(text)
    found = [f for f in facts if isinstance(f, Member)]
    for f in found:
        assert doc.text[f.evidence.start : f.evidence.end] == f.evidence.surface
    return {(f.body, f.member) for f in found}


def bodies_of(text: str) -> set[str]:
    doc, facts = process_text(text)
    found = [f for f in facts if isinstance(f, Body)]
    for f in found:
        assert doc.text[f.evidence.start : f.evidence.end] == f.evidence.surface
    return {f.name for f in found}


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (  # "nhận cờ luân lưu, trở thành Khối trưởng"
            "Khối thi đua số 3 tổng kết năm 2019. Kết thúc hội nghị, Sở Tài chính tỉnh Bến Tre nhận cờ luân lưu,"
            " trở thành Khối trưởng năm 2020.", None,
            {("chair", "Sở Tài chính tỉnh Bến Tre", 2020)},
        ),
        (  # "Trưởng khu vực" and "Phó khu vực"
            "Khu vực thi đua Đông Bắc họp năm 2012. Năm 2012, Kho bạc Nhà nước Lạng Sơn là đơn vị Trưởng khu vực;"
            " Kho bạc Nhà nước Cao Bằng là đơn vị Phó khu vực.", None,
            {("chair", "Kho bạc Nhà nước Lạng Sơn", 2012), ("vice_chair", "Kho bạc Nhà nước Cao Bằng", 2012)},
        ),
        (  # "Khu vực trưởng", "Khu vực phó"
            "Khu vực thi đua số 2 họp năm 2013. Hợp tác xã Ea Tu làm Khu vực trưởng, Hợp tác xã Cư Pơng làm"
            " Khu vực phó.", None,
            {("chair", "Hợp tác xã Ea Tu", 2013), ("vice_chair", "Hợp tác xã Cư Pơng", 2013)},
        ),
        (  # "vai trò này" stands for the role named before it in the sentence
            "Cụm thi đua số 4 tổng kết năm 2015. Năm 2015, Cục Hải quan tỉnh Lào Cai là Cụm trưởng, còn Cục Hải"
            " quan tỉnh Hà Giang sẽ đảm nhận vai trò này trong năm 2016.", None,
            {("chair", "Cục Hải quan tỉnh Lào Cai", 2015), ("chair", "Cục Hải quan tỉnh Hà Giang", 2016)},
        ),
        (  # "A sẽ thay B làm Khối trưởng": A the year written, B the year before
            "Khối thi đua số 6 họp năm 2021. Sang năm 2022, Trường Cao đẳng Y tế Hà Nam sẽ thay Trường Cao đẳng"
            " Y tế Ninh Bình làm Khối trưởng.", None,
            {("chair", "Trường Cao đẳng Y tế Hà Nam", 2022), ("chair", "Trường Cao đẳng Y tế Ninh Bình", 2021)},
        ),
        (  # a long line of role words that ends with a colon gives its year to the dash lines under it
            "Khối thi đua các trường đại học tổng kết năm 2018.\nPhân công Trưởng khối, Phó Trưởng khối của các"
            " Khối thi đua năm 2019 như sau:\n- Khối thi đua các trường đại học: Trường Đại học Vinh làm Trưởng"
            " khối; Trường Đại học Hồng Đức làm Phó Trưởng khối.", None,
            {("chair", "Trường Đại học Vinh", 2019), ("vice_chair", "Trường Đại học Hồng Đức", 2019)},
        ),
        (  # a role word alone in a cell, the holder in the next; the year of the whole caption line
            "Cụm thi đua số 2 tổng kết năm 2020.\n3. Bầu Cụm trưởng, Cụm phó năm 2021: theo luân phiên, hội nghị"
            " biểu quyết:\nChức danh | Đơn vị | Số phiếu\nCụm trưởng | Sở Tư pháp tỉnh Hà Nam | 6/6\nCụm phó |"
            " Sở Tư pháp tỉnh Nam Định | 6/6", None,
            {("chair", "Sở Tư pháp tỉnh Hà Nam", 2021), ("vice_chair", "Sở Tư pháp tỉnh Nam Định", 2021)},
        ),
        (  # the year the paragraph opens with goes on into the next sentence of roles
            "Khối thi đua số 1 và Khối thi đua số 2 tổng kết năm 2015. Năm 2016, Bộ Tư lệnh giao Sư đoàn 7 làm"
            " Khối trưởng Khối thi đua số 1. Khối thi đua số 2 do Lữ đoàn 75 làm Khối trưởng.", None,
            {("chair", "Sư đoàn 7", 2016), ("chair", "Lữ đoàn 75", 2016)},
        ),
        (  # English verbs of a telegraphic report
            "Khối thi đua số 4 năm 2008. Năm 2008, Vietcombank Huế lead Khối, Vietcombank Đà Nẵng support ở vị"
            " trí Khối phó.", None,
            {("vice_chair", "Vietcombank Đà Nẵng", 2008)},
        ),
        (  # a January review of a school term is no review of the year before
            "Cụm thi đua số 3 sơ kết học kỳ I\nNgày 10/01/2016, Cụm thi đua số 3 tổng kết học kỳ I năm học"
            " 2015–2016. Trường THCS Lê Lợi làm Cụm trưởng.", "2016-01-10",
            {("chair", "Trường THCS Lê Lợi", 2016)},
        ),
    ],
)
def test_chairs_third_round(text, published, expected):
    assert chairs_of(text, published) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # "vai trò này" with no role word before it names no role
        ("Cụm thi đua số 4 họp năm 2015. Cục Hải quan tỉnh Hà Giang phát huy tốt vai trò này.", None, set()),
        # a deputy head of a unit of a region is no vice-chair
        ("Khu vực thi đua số 1 họp năm 2012. Ông Trần Văn Hải, Phó trưởng Công an khu vực phía Bắc, dự họp.",
         None, set()),
        # a role word in a cell with no unit after it
        ("Cụm thi đua số 2 tổng kết năm 2020.\nChức danh | Số phiếu\nCụm trưởng | 6/6", None, set()),
        # a long colon line with no role word gives no year to the lines under it
        ("Khối thi đua số 8 tổng kết năm 2018.\nCác trường đã thống nhất nhiều nội dung quan trọng về công tác thi"
         " đua khen thưởng trong năm 2019 như sau:\n- Trường Đại học Vinh làm Trưởng khối.", None,
         {("chair", "Trường Đại học Vinh", 2018)}),
        # a new paragraph does not take the year the paragraph before opened with
        ("Khối thi đua số 1 và Khối thi đua số 2 tổng kết năm 2015. Năm 2016, Bộ Tư lệnh giao Sư đoàn 7 làm Khối"
         " trưởng Khối thi đua số 1.\nKhối thi đua số 2 do Lữ đoàn 75 làm Khối trưởng.", None,
         {("chair", "Sư đoàn 7", 2016), ("chair", "Lữ đoàn 75", 2015)}),
        # a January year-end review with no part of a year still reviews the year before
        ("Cụm thi đua số 3 tổng kết\nNgày 10/01/2016, Cụm thi đua số 3 tổng kết công tác thi đua. Trường THCS Lê"
         " Lợi làm Cụm trưởng.", "2016-01-10", {("chair", "Trường THCS Lê Lợi", 2015)}),
    ],
)
def test_chairs_third_round_negatives(text, published, expected):
    assert chairs_of(text, published) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # "ngoài đơn vị Khối trưởng, Khối còn có …": the chair unit is a member too
            "Khối thi đua số 2 họp năm 2020. Khối trưởng năm nay là Sở Y tế tỉnh Hòa Bình; ngoài đơn vị Khối"
            " trưởng, Khối còn có Sở Y tế các tỉnh Sơn La, Điện Biên và Lai Châu.",
            {"Sở Y tế tỉnh Hòa Bình", "Sở Y tế tỉnh Sơn La", "Sở Y tế tỉnh Điện Biên", "Sở Y tế tỉnh Lai Châu"},
        ),
        (  # "Ngoài <unit>, Cụm … còn có …"
            "Cụm thi đua số 6 họp năm 2020. Ngoài Công an tỉnh Gia Lai, Cụm thi đua số 6 còn có Công an tỉnh Kon"
            " Tum và Công an tỉnh Đắk Lắk.",
            {"Công an tỉnh Gia Lai", "Công an tỉnh Kon Tum", "Công an tỉnh Đắk Lắk"},
        ),
        (  # "Ngoài ra": no member before the list
            "Cụm thi đua số 6 họp năm 2020. Ngoài ra, Cụm thi đua số 6 còn có Công an tỉnh Kon Tum và Công an"
            " tỉnh Đắk Lắk.",
            {"Công an tỉnh Kon Tum", "Công an tỉnh Đắk Lắk"},
        ),
        (  # "A là thành viên Khối X cùng với B, C và D"
            "Sở Tư pháp là thành viên Khối thi đua các cơ quan nội chính tỉnh Long An cùng với Công an tỉnh,"
            " Thanh tra tỉnh và Tòa án nhân dân tỉnh.",
            {"Sở Tư pháp", "Công an tỉnh", "Thanh tra tỉnh", "Tòa án nhân dân tỉnh"},
        ),
        (  # "được thành lập năm …, gồm …"
            "Cụm thi đua số 3 được thành lập năm 2019, gồm 4 quỹ tín dụng: Quỹ tín dụng nhân dân Yên Thành, Quỹ tín"
            " dụng nhân dân Diễn Châu, Quỹ tín dụng nhân dân Quỳnh Lưu và Quỹ tín dụng nhân dân Nghi Lộc.",
            {"Quỹ tín dụng nhân dân Yên Thành", "Quỹ tín dụng nhân dân Diễn Châu", "Quỹ tín dụng nhân dân Quỳnh Lưu",
             "Quỹ tín dụng nhân dân Nghi Lộc"},
        ),
        (  # a common abbreviation spelt out where the text writes the long form, kept where it does not
            "Cụm thi đua số 4 gồm VKSND các tỉnh Hà Giang, Tuyên Quang. Viện kiểm sát nhân dân tỉnh Hà Giang là"
            " Cụm trưởng năm 2014.",
            {"Viện kiểm sát nhân dân tỉnh Hà Giang", "VKSND tỉnh Tuyên Quang"},
        ),
        # negatives: "còn có" before no list, "cùng với" before no unit
        ("Cụm thi đua số 6 họp năm 2020. Cụm thi đua số 6 còn có nhiều cách làm hay.", set()),
        ("Khối thi đua số 2 họp năm 2020. Dự họp, Khối còn có đồng chí Lê Văn Minh và đồng chí Hoàng Thị Lan.", set()),
        ("Sở Tư pháp là thành viên Khối thi đua các cơ quan nội chính tỉnh Long An cùng với nhiều đơn vị khác.",
         {"Sở Tư pháp"}),
    ],
)
def test_members_third_round(text, expected):
    assert {m for _, m in members_of(text)} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a name that goes on past an abbreviation in brackets
            "Khối thi đua các Liên đoàn Lao động (LĐLĐ) huyện, thị xã tổng kết năm 2010.",
            {"Khối thi đua các Liên đoàn Lao động (LĐLĐ) huyện, thị xã"},
        ),
        (  # an abbreviation in brackets that ends the name stays out of it
            "Năm 2010, Khối thi đua các Liên đoàn Lao động (LĐLĐ) tổng kết thi đua.",
            {"Khối thi đua các Liên đoàn Lao động"},
        ),
        (  # a description in brackets after a numbered body is that body
            "Cụm thi đua số IV (Cụm các trường trung học phổ thông miền núi) ký kết giao ước thi đua năm 2015.",
            {"Cụm thi đua số IV"},
        ),
        (  # a line of other articles' headlines names no body of the document
            "Khối thi đua số 3 tổng kết thi đua năm 2019.\nRelated: Khối thi đua số 8 ký giao ước | Cụm thi đua số 2"
            " họp",
            {"Khối thi đua số 3"},
        ),
    ],
)
def test_bodies_third_round(text, expected):
    assert bodies_of(text) == expected
