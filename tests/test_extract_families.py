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
from schemas.facts import Chair, Member
from tests.conftest import bodies_of


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


# --- fourth round: families known missing after devset6 -------------------------------------------


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (  # "hai vai trò này do A và B đảm nhận": each holder the role named in that place, in turn
            "Cụm thi đua số 2 tổng kết năm 2017. Năm 2017, Sở Công Thương tỉnh Phú Yên làm Cụm trưởng, Sở Công"
            " Thương tỉnh Khánh Hòa làm Cụm phó (năm 2016 hai vai trò này do Sở Công Thương tỉnh Bình Định và Sở"
            " Công Thương tỉnh Ninh Thuận đảm nhận).", None,
            {("chair", "Sở Công Thương tỉnh Phú Yên", 2017), ("vice_chair", "Sở Công Thương tỉnh Khánh Hòa", 2017),
             ("chair", "Sở Công Thương tỉnh Bình Định", 2016),
             ("vice_chair", "Sở Công Thương tỉnh Ninh Thuận", 2016)},
        ),
        (  # the roles named the sentence before, the holders before "lần lượt đảm nhận các vai trò trên"
            "Khối thi đua số 5 họp năm 2009. Năm 2009, Trường Cao đẳng Sư phạm Lạng Sơn là Khối trưởng, Trường Cao"
            " đẳng Sư phạm Cao Bằng là Khối phó. Năm 2010, Trường Cao đẳng Sư phạm Bắc Kạn và Trường Cao đẳng Sư"
            " phạm Hà Giang lần lượt đảm nhận các vai trò trên.", None,
            {("chair", "Trường Cao đẳng Sư phạm Lạng Sơn", 2009),
             ("vice_chair", "Trường Cao đẳng Sư phạm Cao Bằng", 2009),
             ("chair", "Trường Cao đẳng Sư phạm Bắc Kạn", 2010),
             ("vice_chair", "Trường Cao đẳng Sư phạm Hà Giang", 2010)},
        ),
        (  # "vai trò này" for the role of the sentence before
            "Khối thi đua số 2 họp năm 2019. Bệnh viện Đa khoa tỉnh Hòa Bình là Khối trưởng năm 2019. Năm 2020, vai"
            " trò này thuộc về Bệnh viện Đa khoa tỉnh Sơn La.", None,
            {("chair", "Bệnh viện Đa khoa tỉnh Hòa Bình", 2019), ("chair", "Bệnh viện Đa khoa tỉnh Sơn La", 2020)},
        ),
        (  # "…, nơi đơn vị được bầu làm Khối phó": the subject of the same sentence, the body named before
            "Khối thi đua số 5 họp năm 2016. Trong tháng, Cục Thống kê tỉnh Thái Bình còn dự hội nghị của Khối thi"
            " đua các cơ quan Trung ương trên địa bàn tỉnh Thái Bình, nơi đơn vị được bầu làm Khối phó năm 2016.",
            None, {("vice_chair", "Cục Thống kê tỉnh Thái Bình", 2016)},
        ),
        (  # a current-tense chair ("hiện là", "đang là") in a mid-school-year review published in January
            "Cụm thi đua số 4 sơ kết học kỳ I\nNgày 11/01/2019, Cụm thi đua số 4 các trường tiểu học sơ kết học kỳ I"
            " năm học 2018–2019. Trường Tiểu học Hòa Bình hiện là Cụm trưởng, Cụm phó hiện nay là Trường Tiểu học"
            " Tân Lập.", "2019-01-11",
            {("chair", "Trường Tiểu học Hòa Bình", 2019), ("vice_chair", "Trường Tiểu học Tân Lập", 2019)},
        ),
        (
            "Cụm thi đua số 4 sơ kết học kỳ I\nNgày 11/01/2019, Cụm thi đua số 4 các trường tiểu học sơ kết học kỳ I"
            " năm học 2018–2019. Trường Tiểu học Hòa Bình đang giữ vai trò Cụm trưởng.", "2019-01-11",
            {("chair", "Trường Tiểu học Hòa Bình", 2019)},
        ),
    ],
)
def test_chairs_fourth_round(text, published, expected):
    assert chairs_of(text, published) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a count the roles before do not fill ("hai vai trò" after one role word) gives nothing
        ("Cụm thi đua số 2 họp năm 2017. Sở Công Thương tỉnh Phú Yên làm Cụm trưởng; năm 2016 hai vai trò này do"
         " Sở Công Thương tỉnh Bình Định và Sở Công Thương tỉnh Ninh Thuận đảm nhận.", None,
         {("chair", "Sở Công Thương tỉnh Phú Yên", 2017)}),
        # holders fewer than the roles: none taken in turn
        ("Cụm thi đua số 2 họp năm 2017. Sở Công Thương tỉnh Phú Yên làm Cụm trưởng, Sở Công Thương tỉnh Khánh"
         " Hòa làm Cụm phó; hai vai trò này được các đơn vị đánh giá cao.", None,
         {("chair", "Sở Công Thương tỉnh Phú Yên", 2017), ("vice_chair", "Sở Công Thương tỉnh Khánh Hòa", 2017)}),
        # "vai trò này" with no role word in the sentence before names no role
        ("Khối thi đua số 2 họp năm 2019. Bệnh viện Đa khoa tỉnh Hòa Bình tổ chức hội nghị.\nNăm 2020, vai trò"
         " này thuộc về Bệnh viện Đa khoa tỉnh Sơn La.", None, set()),
        # "nơi" before a place, with no unit's anaphor: nothing; an anaphor after "nơi" with no subject unit
        ("Khối thi đua số 5 họp năm 2016 tại Hội trường tỉnh, nơi các đơn vị bầu Khối phó.", None, set()),
        ("Khối thi đua số 5 họp năm 2016. Hội nghị diễn ra tại Thái Bình, nơi đơn vị được bầu làm Khối phó.",
         None, set()),
    ],
)
def test_chairs_fourth_round_negatives(text, published, expected):
    assert chairs_of(text, published) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a number word before a head shared by as many places as it counts
            "Cụm thi đua số 6 tổng kết năm 2022. Bốn Hội Nông dân các tỉnh Cà Mau, Bạc Liêu, Sóc Trăng và Hậu"
            " Giang đã hoàn thành tốt các chỉ tiêu.",
            {"Hội Nông dân tỉnh Cà Mau", "Hội Nông dân tỉnh Bạc Liêu", "Hội Nông dân tỉnh Sóc Trăng",
             "Hội Nông dân tỉnh Hậu Giang"},
        ),
        (  # "Cả 3 …": a digit count after a lead word
            "Khối thi đua số 2 tổng kết năm 2018. Cả 3 Cục Thi hành án dân sự các tỉnh Lào Cai, Yên Bái và Hà"
            " Giang đều vượt chỉ tiêu.",
            {"Cục Thi hành án dân sự tỉnh Lào Cai", "Cục Thi hành án dân sự tỉnh Yên Bái",
             "Cục Thi hành án dân sự tỉnh Hà Giang"},
        ),
        # negatives: a count that is not the number of places; a year after "Năm"; a count mid-sentence;
        # a group of a body whose members another rule lists
        ("Cụm thi đua số 6 tổng kết năm 2022. Ba Hội Nông dân các tỉnh Cà Mau, Bạc Liêu, Sóc Trăng và Hậu Giang"
         " được tặng Bằng khen.", set()),
        ("Cụm thi đua số 6 tổng kết năm 2022. Năm 2022, Hội Nông dân các tỉnh Cà Mau, Bạc Liêu và Sóc Trăng"
         " hoàn thành tốt các chỉ tiêu.", set()),
        ("Cụm thi đua số 6 tổng kết năm 2022. Hội nghị khen ngợi hai Hội Nông dân các tỉnh Cà Mau và Bạc Liêu.",
         set()),
        ("Cụm thi đua số 6 gồm Hội Nông dân tỉnh Cà Mau, Hội Nông dân tỉnh Kiên Giang và Hội Nông dân tỉnh Bạc"
         " Liêu. Hai Hội Nông dân các tỉnh Sóc Trăng và Hậu Giang dự họp với tư cách khách mời.",
         {"Hội Nông dân tỉnh Cà Mau", "Hội Nông dân tỉnh Kiên Giang", "Hội Nông dân tỉnh Bạc Liêu"}),
    ],
)
def test_members_fourth_round(text, expected):
    assert {m for _, m in members_of(text)} == expected


# --- fifth round: families of devset7 ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (  # an agent that names the body: "được các đơn vị trong Cụm thi đua X thống nhất giới thiệu làm"
            "Năm 2016, Hội Cựu chiến binh tỉnh Long An được các đơn vị trong Cụm thi đua các tỉnh miền Tây Nam Bộ"
            " thống nhất giới thiệu làm Cụm trưởng.", None,
            {("chair", "Hội Cựu chiến binh tỉnh Long An", 2016)},
        ),
        (  # a place abbreviated with a full stop inside a unit's name
            "Cụm thi đua số 2 họp năm 2015. Năm 2016, Hội Luật gia TP. Cần Thơ sẽ nhận nhiệm vụ Cụm trưởng.", None,
            {("chair", "Hội Luật gia TP. Cần Thơ", 2016)},
        ),
        (  # the role passed on to its holder: "Cụm trưởng sẽ được chuyển giao / trao cho X"
            "Cụm thi đua số 7 tổng kết năm 2017. Năm 2018, Cụm trưởng sẽ được chuyển giao cho Hội Nông dân tỉnh Yên"
            " Bái, Cụm phó là Hội Nông dân tỉnh Lào Cai.", None,
            {("chair", "Hội Nông dân tỉnh Yên Bái", 2018), ("vice_chair", "Hội Nông dân tỉnh Lào Cai", 2018)},
        ),
        (  # "A và B là đơn vị Khối trưởng, Khối phó": each its role, in order, without "lần lượt"
            "Khối thi đua số 4 họp năm 2021. Trường Chính trị tỉnh Bến Tre và Trường Chính trị tỉnh Vĩnh Long là"
            " đơn vị Khối trưởng, Khối phó nên không tham gia chấm điểm.", None,
            {("chair", "Trường Chính trị tỉnh Bến Tre", 2021), ("vice_chair", "Trường Chính trị tỉnh Vĩnh Long", 2021)},
        ),
        (  # "Cụm trưởng và Cụm phó là A và B": the holders after the roles, in order
            "Cụm thi đua số 3 tổng kết năm 2020. Năm 2021, Cụm trưởng và Cụm phó là Sở Tư pháp tỉnh Hà Nam và Sở Tư"
            " pháp tỉnh Nam Định.", None,
            {("chair", "Sở Tư pháp tỉnh Hà Nam", 2021), ("vice_chair", "Sở Tư pháp tỉnh Nam Định", 2021)},
        ),
        (  # "nhận bàn giao nhiệm vụ Khối trưởng" receives the role; the vice-chair after it keeps the year
            "Khối thi đua số 4 tổng kết năm 2021. Hội nghị thống nhất Sở Xây dựng tỉnh Trà Vinh nhận bàn giao nhiệm"
            " vụ Khối trưởng năm 2022, Sở Xây dựng tỉnh Sóc Trăng làm Phó Khối trưởng.", None,
            {("chair", "Sở Xây dựng tỉnh Trà Vinh", 2022), ("vice_chair", "Sở Xây dựng tỉnh Sóc Trăng", 2022)},
        ),
        (  # a lead-in that elects before a colon covers every clause after it
            "Cụm thi đua số 2 tổng kết năm 2016. Hội nghị thống nhất: Cục Thống kê tỉnh Kon Tum nhận bàn giao nhiệm"
            " vụ Cụm trưởng từ ngày 01/01/2017; Cục Thống kê tỉnh Gia Lai làm Cụm phó.", None,
            {("chair", "Cục Thống kê tỉnh Kon Tum", 2017), ("vice_chair", "Cục Thống kê tỉnh Gia Lai", 2017)},
        ),
        (  # one election verb over coordinated holders and roles
            "Khối thi đua số 3 tổng kết năm 2022. Tại hội nghị, các đơn vị đã bầu Sở Tư pháp tỉnh Nam Định làm Khối"
            " trưởng, Hội Nông dân tỉnh Nam Định làm Khối phó.", None,
            {("chair", "Sở Tư pháp tỉnh Nam Định", 2023), ("vice_chair", "Hội Nông dân tỉnh Nam Định", 2023)},
        ),
        (  # the year after the body named by its bare head ("làm Khối phó Khối thi đua năm 2023")
            "Khối thi đua số 8 tổng kết năm 2022. Hội Văn học nghệ thuật tỉnh làm Khối phó Khối thi đua năm 2023.",
            None, {("vice_chair", "Hội Văn học nghệ thuật tỉnh", 2023)},
        ),
        (  # a pact signed in the year of publication: the terms are that year's, "năm trước" the year before
            "Cụm thi đua số 6 ký kết giao ước thi đua\nNgày 05/03/2024, Cụm thi đua số 6 tổ chức ký kết giao ước"
            " thi đua. Công an tỉnh Phú Yên - đơn vị Cụm trưởng năm trước - báo cáo kết quả năm 2023; năm 2023 các"
            " đơn vị đều hoàn thành chỉ tiêu năm 2023. Các đơn vị thống nhất bầu Công an tỉnh Khánh Hòa làm Cụm"
            " trưởng.", "2024-03-05",
            {("chair", "Công an tỉnh Phú Yên", 2023), ("chair", "Công an tỉnh Khánh Hòa", 2024)},
        ),
        (  # a table set out with spaces, its spaces folded: a header of "Năm" and role words, rows of units
            "Cụm thi đua số 5 tổng kết năm 2015.\nNăm       Cụm trưởng              Cụm phó\n2014      Kho bạc Nhà nước"
            " Hà Nam      Kho bạc Nhà nước Ninh Bình\n2015      Kho bạc Nhà nước Ninh Bình    Kho bạc Nhà nước Nam"
            " Định",
            None,
            {("chair", "Kho bạc Nhà nước Hà Nam", 2014), ("vice_chair", "Kho bạc Nhà nước Ninh Bình", 2014),
             ("chair", "Kho bạc Nhà nước Ninh Bình", 2015), ("vice_chair", "Kho bạc Nhà nước Nam Định", 2015)},
        ),
        (  # an abbreviation with a hyphen, defined in brackets, spelt out
            "Khối thi đua số 9 gồm Báo Hà Tĩnh và Đài Phát thanh - Truyền hình (PT-TH) tỉnh. Năm 2020, Đài PT-TH"
            " tỉnh làm Khối phó; Đài Phát thanh - Truyền hình tỉnh dẫn đầu Khối.", None,
            {("vice_chair", "Đài Phát thanh - Truyền hình tỉnh", 2020)},
        ),
        (  # "Giữ cương vị Cụm trưởng … của cụm này chính là X"
            "Cụm thi đua số 3 gồm Công an các tỉnh Long An, Tây Ninh. Giữ cương vị Cụm trưởng năm 2020 của cụm này"
            " chính là Công an tỉnh Tây Ninh.", None,
            {("chair", "Công an tỉnh Tây Ninh", 2020)},
        ),
        (  # "vinh dự được giao nhiệm vụ Trưởng Khối …"
            "Khối thi đua số 2 họp năm 2023. Năm 2023, Sở Tài chính tỉnh Thái Bình vinh dự được giao nhiệm vụ Trưởng"
            " Khối thi đua số 2.", None,
            {("chair", "Sở Tài chính tỉnh Thái Bình", 2023)},
        ),
        (  # the unit's own kind in lower case stands for the unit the sentence before opens with
            "Khối thi đua các trường cao đẳng phía Bắc tổng kết năm 2019. Trường Cao đẳng Y tế Phú Thọ đăng cai hội"
            " nghị. Năm 2020, trường tiếp tục được tín nhiệm làm Khối trưởng.", None,
            {("chair", "Trường Cao đẳng Y tế Phú Thọ", 2020)},
        ),
        (  # the unit right after each role word of a line; a verb after a unit ends its name
            "Kết quả bầu các cụm thi đua năm 2022:\n- Cụm thi đua số 1: Cụm trưởng Sở Tư pháp tỉnh Hà Nam, Cụm phó"
            " Sở Tư pháp tỉnh Nam Định.\nĐại diện Cụm trưởng, Sở Tư pháp tỉnh Hà Nam đề nghị các đơn vị phối hợp.",
            None,
            {("chair", "Sở Tư pháp tỉnh Hà Nam", 2022), ("vice_chair", "Sở Tư pháp tỉnh Nam Định", 2022)},
        ),
        (  # a role whose sentence names no body goes to the body its holder is a member of
            "Năm 2019, Sở Y tế tỉnh Hà Nam là thành viên Khối thi đua số 1, gồm Sở Y tế các tỉnh Hà Nam, Nam Định."
            " Trong khi đó, Bệnh viện tỉnh Hà Nam thuộc Khối thi đua số 2, gồm Bệnh viện các tỉnh Hà Nam, Ninh Bình."
            " Sở Y tế tỉnh Hà Nam đã hoàn thành tốt vai trò Khối trưởng.", None,
            {("chair", "Sở Y tế tỉnh Hà Nam", 2019)},
        ),
    ],
)
def test_chairs_fifth_round(text, published, expected):
    assert chairs_of(text, published) == expected


def test_chairs_a_role_whose_sentence_names_no_body_goes_to_the_holders_body():
    doc, facts = process_text(
        "Năm 2019, Sở Y tế tỉnh Hà Nam là thành viên Khối thi đua số 1, gồm Sở Y tế các tỉnh Hà Nam, Nam Định."
        " Trong khi đó, Bệnh viện tỉnh Hà Nam thuộc Khối thi đua số 2, gồm Bệnh viện các tỉnh Hà Nam, Ninh Bình."
        " Sở Y tế tỉnh Hà Nam đã hoàn thành tốt vai trò Khối trưởng.")
    assert {(f.body, f.holder) for f in facts if isinstance(f, Chair)} == {("Khối thi đua số 1", "Sở Y tế tỉnh Hà Nam")}


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # "vai trò này" after a sentence of both roles: which one is not known
        ("Cụm thi đua số 2 họp năm 2014. Anh em tin tưởng giới thiệu Tỉnh Đoàn Bình Phước làm Cụm trưởng, còn Tỉnh"
         " Đoàn Tây Ninh là Phó Cụm trưởng. Đây là lần đầu Tỉnh Đoàn Bình Phước nhận nhiệm vụ này.", None,
         {("chair", "Tỉnh Đoàn Bình Phước", 2014), ("vice_chair", "Tỉnh Đoàn Tây Ninh", 2014)}),
        # three holders for two roles: not paired
        ("Khối thi đua số 4 họp năm 2021. Trường Chính trị tỉnh Bến Tre, Trường Chính trị tỉnh Vĩnh Long và Trường"
         " Chính trị tỉnh Trà Vinh là đơn vị Khối trưởng, Khối phó các năm trước.", None,
         {("chair", "Trường Chính trị tỉnh Vĩnh Long", 2021), ("chair", "Trường Chính trị tỉnh Trà Vinh", 2021)}),
        # a hand-over verb that gives the flag to the best unit: no "cho" link after "trao" without a role word
        ("Cụm thi đua số 7 tổng kết năm 2017. Ban tổ chức trao Cờ thi đua cho Hội Nông dân tỉnh Yên Bái.", None,
         set()),
        # a January pact signing names the terms of its year; a review still names the year before
        ("Cụm thi đua số 6 tổng kết\nNgày 10/01/2024, Cụm thi đua số 6 tổng kết công tác thi đua. Công an tỉnh"
         " Phú Yên làm Cụm trưởng.", "2024-01-10", {("chair", "Công an tỉnh Phú Yên", 2023)}),
        # a unit named in full after the lower-case word is no anaphor's antecedent
        ("Khối thi đua các trường cao đẳng phía Bắc tổng kết năm 2019. Hội nghị diễn ra tại Phú Thọ. Năm 2020,"
         " trường tiếp tục được tín nhiệm làm Khối trưởng.", None, set()),
        # a folded row with more units than the header's roles is no row of the table
        ("Cụm thi đua số 5 tổng kết năm 2015.\nNăm Cụm trưởng Cụm phó\n2014 Kho bạc Nhà nước Hà Nam Kho bạc Nhà"
         " nước Ninh Bình Kho bạc Nhà nước Nam Định", None, set()),
    ],
)
def test_chairs_fifth_round_negatives(text, published, expected):
    assert chairs_of(text, published) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a head and a count before a colon, as many places: the body's members (attendance)
            "Cụm thi đua số 2 tổng kết năm 2006, với sự tham dự của lãnh đạo Hội Cựu chiến binh 4 tỉnh: Sơn La, Lai"
            " Châu, Điện Biên và Hòa Bình; đồng chí Lò Văn Pọm dự hội nghị.",
            {"Hội Cựu chiến binh tỉnh Sơn La", "Hội Cựu chiến binh tỉnh Lai Châu", "Hội Cựu chiến binh tỉnh Điện Biên",
             "Hội Cựu chiến binh tỉnh Hòa Bình"},
        ),
        (  # a capitalised place word opens the next name; a head that opens with the place word keeps one
            "Cụm thi đua số 5 có 4 đơn vị gồm Thành Đoàn Cần Thơ và Tỉnh Đoàn các tỉnh Hậu Giang, Sóc Trăng, Bạc"
            " Liêu.",
            {"Thành Đoàn Cần Thơ", "Tỉnh Đoàn Hậu Giang", "Tỉnh Đoàn Sóc Trăng", "Tỉnh Đoàn Bạc Liêu"},
        ),
        (  # "Thành phần: Lãnh đạo <head> các tỉnh: …": those who attend for the members
            "Cụm thi đua số VI họp năm 2018.\n- Thành phần: Lãnh đạo Viện kiểm sát nhân dân các tỉnh: Quảng Nam,"
            " Quảng Ngãi, Bình Định; đại diện Vụ Thi đua - Khen thưởng.",
            {"Viện kiểm sát nhân dân tỉnh Quảng Nam", "Viện kiểm sát nhân dân tỉnh Quảng Ngãi",
             "Viện kiểm sát nhân dân tỉnh Bình Định"},
        ),
        (  # "(trực) thuộc X năm 2010 gồm …"
            "Khối thi đua các trường cao đẳng y tế trực thuộc Bộ Y tế năm 2010 gồm 3 đơn vị: Trường Cao đẳng Y tế"
            " Huế, Trường Cao đẳng Y tế Thái Nguyên và Trường Cao đẳng Y tế Hải Dương.",
            {"Trường Cao đẳng Y tế Huế", "Trường Cao đẳng Y tế Thái Nguyên", "Trường Cao đẳng Y tế Hải Dương"},
        ),
        (  # "gồm 3 đơn vị:" after a long description of the body, a place word kept with the first member
            "Cụm thi đua số 8 được thành lập sau khi sắp xếp lại các đơn vị hành chính cấp xã trên địa bàn tỉnh,"
            " gồm 3 đơn vị: xã Yên Thủy, xã Lạc Sơn và phường Kỳ Sơn.",
            {"xã Yên Thủy", "xã Lạc Sơn", "phường Kỳ Sơn"},
        ),
        (  # a count and a head before "thành viên:"
            "Cụm thi đua số 4 họp năm 2013.\n- Đại diện lãnh đạo 3 Cục Hải quan thành viên: Cục Hải quan tỉnh Nghệ"
            " An, Cục Hải quan tỉnh Hà Tĩnh, Cục Hải quan tỉnh Quảng Bình.",
            {"Cục Hải quan tỉnh Nghệ An", "Cục Hải quan tỉnh Hà Tĩnh", "Cục Hải quan tỉnh Quảng Bình"},
        ),
        (  # a member named by a bare place word is one of the listed ones
            "Sở Nội vụ tỉnh là thành viên Khối thi đua số 2, gồm Sở Nội vụ các tỉnh Bắc Giang, Bắc Ninh và Lạng"
            " Sơn.",
            {"Sở Nội vụ tỉnh Bắc Giang", "Sở Nội vụ tỉnh Bắc Ninh", "Sở Nội vụ tỉnh Lạng Sơn"},
        ),
        (  # one new member after "thành viên mới là", the body before it
            "Năm 2019, Cụm thi đua số 3 có thêm thành viên mới là Bảo hiểm xã hội tỉnh Điện Biên.",
            {"Bảo hiểm xã hội tỉnh Điện Biên"},
        ),
        (  # a count written as a word before the list: "hiện có sáu đơn vị là …"
            "Cụm thi đua số 2 tổng kết năm 2020. Cụm hiện có ba đơn vị là Hội Nông dân các huyện Mê Linh, Sóc Sơn"
            " và Đông Anh.",
            {"Hội Nông dân huyện Mê Linh", "Hội Nông dân huyện Sóc Sơn", "Hội Nông dân huyện Đông Anh"},
        ),
        (  # a heading line that opens with "Danh sách các đơn vị thuộc" before the body, numbered lines
            "Cụm thi đua số 2 tổng kết năm 2020.\nDanh sách các đơn vị thuộc Cụm thi đua số 2:\n1. Hạt Kiểm lâm huyện"
            " Ba Vì\n2. Hạt Kiểm lâm huyện Phúc Thọ",
            {"Hạt Kiểm lâm huyện Ba Vì", "Hạt Kiểm lâm huyện Phúc Thọ"},
        ),
        (  # items numbered inside one line: "gồm: 1) A; 2) B; 3) C"
            "Cụm thi đua số 3 bao gồm: 1) Sở Y tế tỉnh Bắc Giang; 2) Sở Y tế tỉnh Bắc Ninh; 3) Sở Y tế tỉnh Lạng Sơn.",
            {"Sở Y tế tỉnh Bắc Giang", "Sở Y tế tỉnh Bắc Ninh", "Sở Y tế tỉnh Lạng Sơn"},
        ),
        # a heading that proposes awards opens no member list
        ("Cụm thi đua số 2 tổng kết năm 2020.\nCụm thi đua số 2 đề nghị khen thưởng các đơn vị sau:\n1. Hạt Kiểm"
         " lâm huyện Ba Vì\n2. Hạt Kiểm lâm huyện Phúc Thọ", set()),
        # negatives: one unit after "thành viên là" with no body before it; a count not matched by the places;
        # a list of award recipients after "cho"
        ("Cụm thi đua số 3 họp năm 2019. Tổ thư ký có thành viên là Văn phòng Sở Tư pháp tỉnh Điện Biên.", set()),
        ("Cụm thi đua số 2 tổng kết năm 2006, với sự tham dự của lãnh đạo Hội Cựu chiến binh 5 tỉnh: Sơn La, Lai"
         " Châu và Hòa Bình.", set()),
        ("Cụm thi đua số 2 tổng kết năm 2006. Hội nghị đề nghị tặng Bằng khen cho Hội Cựu chiến binh 2 tỉnh: Sơn La"
         " và Lai Châu.", set()),
        # "Hải Phòng" is one word: "Phòng" opens no unit after "TP Hải"
        ("Cụm thi đua số 3 gồm Cục Hải quan TP Hải Phòng và Cục Hải quan tỉnh Quảng Ninh.",
         {"Cục Hải quan TP Hải Phòng", "Cục Hải quan tỉnh Quảng Ninh"}),
    ],
)
def test_members_fifth_round(text, expected):
    assert {m for _, m in members_of(text)} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a description that goes on across a comma before a region word, up to its parent after "thuộc"
            "Cụm thi đua số 2 - Liên minh Hợp tác xã các tỉnh trung du, miền núi phía Bắc thuộc Liên minh Hợp tác"
            " xã Việt Nam tổng kết năm 2021.",
            {"Cụm thi đua số 2 - Liên minh Hợp tác xã các tỉnh trung du, miền núi phía Bắc"},
        ),
        (  # a name cut by the state's motto beside a heading is the one name that goes on from it
            "ỦY BAN NHÂN DÂN TỈNH\nKHỐI THI ĐUA CÁC TRƯỜNG Độc lập - Tự do - Hạnh phúc\nCAO ĐẲNG NGHỀ\nTỜ TRÌNH\nKết"
            " quả bình xét thi đua năm 2012 tại hội nghị Khối thi đua các trường cao đẳng nghề.",
            {"Khối thi đua các trường cao đẳng nghề"},
        ),
        # negatives: several bodies named by coordinated heads after a plural; a company's division in a text
        # that names no body in full and no role word
        ("Năm 2009, các Cụm, Khối thi đua ngành Kiểm sát đã tổng kết công tác thi đua.", set()),
        ("Năm 2019, Khối Kỹ thuật - Vận hành của Tổng công ty được tặng Bằng khen vì thành tích thi đua.", set()),
    ],
)
def test_bodies_fifth_round(text, expected):
    assert bodies_of(text) == expected


# Sixth round (heldout4 as development data): a kind of unit named with its qualifier and region; a
# numbered cluster named with the bloc after a dash; a sector before a generic plural; a bracketed
# abbreviation inside a name; a bloc named as a cluster's parent is a passing mention.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # "các <kind>" alone names no body: the qualifier and the region after its unit go with it
            "Khối thi đua các trung tâm trực thuộc Bộ Nông nghiệp khu vực miền Bắc - Bắc Trung Bộ tổng kết năm 2021.",
            {"Khối thi đua các trung tâm trực thuộc Bộ Nông nghiệp khu vực miền Bắc - Bắc Trung Bộ"},
        ),
        (  # a numbered cluster and the bloc it belongs to after a dash: one body
            "Cụm thi đua số 3 - Khối Công đoàn các doanh nghiệp gồm 5 đơn vị, tổng kết năm 2015.",
            {"Cụm thi đua số 3 - Khối Công đoàn các doanh nghiệp"},
        ),
        (  # a sector or unit before a generic plural after a full head
            "Cụm thi đua số 4 thuộc Khối thi đua Hải quan các địa phương họp năm 2022.",
            {"Cụm thi đua số 4", "Khối thi đua Hải quan các địa phương"},
        ),
        # negatives: a kind of unit with no qualifier stays as written; a generic plural alone, or after
        # a weak word, names no body; a cluster with a parent unit after a dash is not named with it
        ("Khối thi đua các trung tâm tổng kết năm 2021.", {"Khối thi đua các trung tâm"}),
        ("Khối thi đua các địa phương họp năm 2022.", set()),
        ("Khối thi đua Trung ương các tỉnh họp năm 2022.", set()),
    ],
)
def test_bodies_sixth_round(text, expected):
    assert bodies_of(text) == expected


def test_bodies_a_bracketed_abbreviation_inside_a_name_names_the_same_body():
    from extractors.resolution import same_body

    assert same_body("Khối thi đua Hội Nông dân (HND) vùng Tây Bắc",
                     "Khối thi đua Hội Nông dân các tỉnh, thành phố vùng Tây Bắc")
    assert not same_body("Khối thi đua Hội Nông dân (HND) vùng Tây Bắc", "Khối thi đua Hội Nông dân vùng Đông Bắc")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the cluster is the body later sentences speak of, not the bloc named as its parent
            "Cụm thi đua số 4 thuộc Khối thi đua Hải quan các địa phương họp năm 2022. Cụm có 3 đơn vị là Cục"
            " Hải quan các tỉnh Lào Cai, Hà Giang và Cao Bằng.",
            {("Cụm thi đua số 4", "Cục Hải quan tỉnh Lào Cai"), ("Cụm thi đua số 4", "Cục Hải quan tỉnh Hà Giang"),
             ("Cụm thi đua số 4", "Cục Hải quan tỉnh Cao Bằng")},
        ),
        (  # members and roles in the sentence of a cluster named with its bloc go to the cluster
            "Cụm thi đua số 3 - Khối Công đoàn các doanh nghiệp, gồm 3 đơn vị: Công đoàn Công ty Điện lực,"
            " Công đoàn Công ty Cấp nước và Công đoàn Công ty Môi trường.",
            {("Cụm thi đua số 3 - Khối Công đoàn các doanh nghiệp", "Công đoàn Công ty Điện lực"),
             ("Cụm thi đua số 3 - Khối Công đoàn các doanh nghiệp", "Công đoàn Công ty Cấp nước"),
             ("Cụm thi đua số 3 - Khối Công đoàn các doanh nghiệp", "Công đoàn Công ty Môi trường")},
        ),
    ],
)
def test_members_sixth_round(text, expected):
    assert members_of(text) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (  # a bracket that defines an abbreviation between the holder's office and the role
            "Cụm thi đua số 2 tổng kết năm 2019. Chủ trì: bà Lê Thị Hoa, Chánh án Tòa án nhân dân tỉnh Hà Nam"
            " (sau đây gọi tắt là TAND), Trưởng Cụm thi đua năm 2019.", None,
            {("chair", "Lê Thị Hoa", 2019)},
        ),
        (  # the role after the office title in the cell after the person's
            "Cụm thi đua số 2 tổng kết năm 2019.\nSTT | Đơn vị | Người dự | Chức vụ\n1 | TAND tỉnh Hà Nam | Lê Thị"
            " Hoa | Chánh án, Trưởng Cụm\n2 | TAND tỉnh Nam Định | Trần Văn Minh | Chánh án, Phó Trưởng Cụm\n3 |"
            " TAND tỉnh Ninh Bình | Vũ Văn Bình | Phó Chánh án", None,
            {("chair", "Lê Thị Hoa", 2019), ("vice_chair", "Trần Văn Minh", 2019)},
        ),
        (  # "Phó khối", "Phó cụm": the deputy role in the order of "Trưởng khối"
            "Cụm thi đua số 2 tổng kết năm 2016. Năm 2017, Công ty Điện lực A làm Trưởng cụm, Công ty Điện lực B"
            " làm Phó cụm.", None,
            {("chair", "Công ty Điện lực A", 2017), ("vice_chair", "Công ty Điện lực B", 2017)},
        ),
        (  # a year-end review with no year, published in December: the year published, not the one named most
            "Khối thi đua số 2: đổi mới cách làm\nNhân dịp Hội nghị tổng kết Khối thi đua số 2 tổ chức ngày 20/12,"
            " phóng viên trao đổi với lãnh đạo Sở Tài chính tỉnh Nam Định. Kế hoạch năm 2017 đã sẵn sàng; mục tiêu"
            " năm 2017 là đổi mới.\nSở Tài chính tỉnh Nam Định trao cờ luân lưu Khối trưởng cho Sở Nội vụ tỉnh Nam"
            " Định.", "2016-12-22",
            {("chair", "Sở Tài chính tỉnh Nam Định", 2016), ("chair", "Sở Nội vụ tỉnh Nam Định", 2017)},
        ),
        (  # negative: published in mid-year, the year the text names most stays
            "Khối thi đua số 2: đổi mới cách làm\nNhân dịp Hội nghị tổng kết Khối thi đua số 2 tổ chức ngày 20/6,"
            " phóng viên trao đổi với lãnh đạo Sở Tài chính tỉnh Nam Định. Kế hoạch năm 2017 đã sẵn sàng; mục tiêu"
            " năm 2017 là đổi mới.\nSở Tài chính tỉnh Nam Định trao cờ luân lưu Khối trưởng cho Sở Nội vụ tỉnh Nam"
            " Định.", "2016-06-22",
            {("chair", "Sở Tài chính tỉnh Nam Định", 2017), ("chair", "Sở Nội vụ tỉnh Nam Định", 2018)},
        ),
        # negatives: a deputy of the bloc's Party committee holds no role; a title alone in the cell names none
        ("Khối thi đua số 2 tổng kết năm 2016. Ông Nguyễn Văn An, Phó Bí thư Đảng ủy Khối phát biểu.", None, set()),
        ("Cụm thi đua số 2 tổng kết năm 2019.\nSTT | Đơn vị | Người dự | Chức vụ\n1 | TAND tỉnh Hà Nam | Lê Thị"
         " Hoa | Chánh án\n2 | TAND tỉnh Nam Định | Trần Văn Minh | Phó Chánh án", None, set()),
    ],
)
def test_chairs_sixth_round(text, published, expected):
    assert chairs_of(text, published) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # department names with a comma or a stop word inside, in a list split by semicolons
            "Khối thi đua các Vụ thuộc Bộ Nội vụ họp năm 2023. Khối gồm 4 đơn vị: Vụ Kế hoạch, Tài chính; Vụ"
            " Tổ chức cán bộ; Vụ Thi đua, Khen thưởng và Văn phòng Bộ.",
            {"Vụ Kế hoạch, Tài chính", "Vụ Tổ chức cán bộ", "Vụ Thi đua, Khen thưởng", "Văn phòng Bộ"},
        ),
        # negative: two departments each with its own head stay two
        ("Khối thi đua số 3 họp năm 2023. Khối gồm 3 đơn vị: Vụ Kế hoạch, Vụ Tài chính và Vụ Thi đua.",
         {"Vụ Kế hoạch", "Vụ Tài chính", "Vụ Thi đua"}),
    ],
)
def test_members_sixth_round_names(text, expected):
    assert {m for _, m in members_of(text)} == expected


# --- seventh round (heldout5, scored once held out, now development data) ---------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a number, then "các" and the members' kind and place: one name
            "Ngày 9/1, Cụm thi đua số 3 các hợp tác xã thủy sản huyện Giao Thủy tổng kết năm 2010.",
            {"Cụm thi đua số 3 các hợp tác xã thủy sản huyện Giao Thủy"},
        ),
        (  # a comma series of generic kinds before the place
            "Cụm thi đua số 4 các sở, ban, ngành tỉnh Bắc Giang họp năm 2012.",
            {"Cụm thi đua số 4 các sở, ban, ngành tỉnh Bắc Giang"},
        ),
        (  # a region after the kind; two clusters of one number told apart by their kinds
            "Cụm thi đua số 1 các trường cao đẳng đồng bằng sông Cửu Long họp năm 2015. Cụm thi đua số 1 các"
            " HTX vận tải huyện Hòa Vang cũng họp.",
            {"Cụm thi đua số 1 các trường cao đẳng đồng bằng sông Cửu Long",
             "Cụm thi đua số 1 các HTX vận tải huyện Hòa Vang"},
        ),
        (  # the number alone in a headline is a short form of the name that follows
            "Cụm thi đua số 3 tổng kết\nNgày 9/1, Cụm thi đua số 3 các hợp tác xã thủy sản huyện Giao Thủy tổng"
            " kết năm 2010.",
            {"Cụm thi đua số 3 các hợp tác xã thủy sản huyện Giao Thủy"},
        ),
        (  # a kind of unit with its level, then "thuộc" its parent
            "Khối thi đua các Bộ Chỉ huy Quân sự tỉnh thuộc Quân khu 7 tổng kết năm 2022.",
            {"Khối thi đua các Bộ Chỉ huy Quân sự tỉnh thuộc Quân khu 7"},
        ),
        (  # a kind of unit, then its owner after "có vốn"
            "Khối thi đua các ngân hàng thương mại có vốn Nhà nước tổng kết năm 2019.",
            {"Khối thi đua các ngân hàng thương mại có vốn Nhà nước"},
        ),
        # negatives: a generic plural or a kind with no place after the number is not named with it; an
        # owner in lower case is no qualifier
        ("Cụm thi đua số 3 các đơn vị đã ký giao ước năm 2010.", {"Cụm thi đua số 3"}),
        ("Cụm thi đua số 3 các trường tổ chức hội thao năm 2010.", {"Cụm thi đua số 3"}),
        ("Khối thi đua các ngân hàng thương mại có vốn lớn tổng kết năm 2019.",
         {"Khối thi đua các ngân hàng thương mại"}),
    ],
)
def test_bodies_seventh_round(text, expected):
    assert bodies_of(text) == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (  # a hand-over ahead ("sẽ") in the year written before it; the deputy of the next clause with it
            "Khối thi đua số 5 tổng kết năm 2021. Năm 2022, chúng tôi sẽ bàn giao nhiệm vụ Khối trưởng cho Sở"
            " Xây dựng tỉnh Hòa Bình; Sở Công Thương tỉnh Hòa Bình làm Khối phó.", None,
            {("chair", "Sở Xây dựng tỉnh Hòa Bình", 2022), ("vice_chair", "Sở Công Thương tỉnh Hòa Bình", 2022)},
        ),
        (  # a brand defined in brackets stands for its unit
            "Khối thi đua số 5 tổng kết năm 2019. Khối có 2 thành viên: Tổng công ty Bưu điện Việt Nam"
            " (Vietnampost) và Tổng công ty Viễn thông MobiFone (MobiFone). Năm 2019, Vietnampost giữ vai trò"
            " Trưởng khối; MobiFone là Phó Trưởng khối.", None,
            {("chair", "Tổng công ty Bưu điện Việt Nam", 2019),
             ("vice_chair", "Tổng công ty Viễn thông MobiFone", 2019)},
        ),
        (  # a school year in a report dated after it ends: the year it ends in
            "Cụm thi đua số 4 tổng kết. Năm học 2010 - 2011, Trường THPT Lê Lợi là Cụm trưởng.", "2011-07-15",
            {("chair", "Trường THPT Lê Lợi", 2011)},
        ),
        # a school year in a document dated before it ends is also the year it ends in (the convention
        # since heldout15/16); a hand-over done in the year written before it gives the incoming holder
        # the next year
        ("Cụm thi đua số 4 họp. Năm học 2010 - 2011, Trường THPT Lê Lợi là Cụm trưởng.", "2010-10-15",
         {("chair", "Trường THPT Lê Lợi", 2011)}),
        ("Khối thi đua số 5 tổng kết năm 2021. Năm 2021, Sở Tài chính tỉnh Hòa Bình bàn giao nhiệm vụ Khối"
         " trưởng cho Sở Xây dựng tỉnh Hòa Bình.", None,
         {("chair", "Sở Tài chính tỉnh Hòa Bình", 2021), ("chair", "Sở Xây dựng tỉnh Hòa Bình", 2022)}),
    ],
)
def test_chairs_seventh_round(text, published, expected):
    assert chairs_of(text, published) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # "có N <kind> (ABBR):" then the list
            "Cụm thi đua số 3 tổng kết năm 2010. Cụm có 3 hợp tác xã (HTX): HTX thủy sản Giao Xuân, HTX"
            " thủy sản Giao Hải và HTX thủy sản Giao Lạc.",
            {"HTX thủy sản Giao Xuân", "HTX thủy sản Giao Hải", "HTX thủy sản Giao Lạc"},
        ),
        (  # the unit that set the body up between the body and "gồm"; a head shared before a colon
            "Cụm thi đua số 5 do Bộ Tư pháp thành lập, gồm các Sở Tư pháp: Lạng Sơn, Cao Bằng và Bắc Kạn.",
            {"Sở Tư pháp Lạng Sơn", "Sở Tư pháp Cao Bằng", "Sở Tư pháp Bắc Kạn"},
        ),
        (  # "đồng thời là thành viên", then "cùng" the others past a description in brackets
            "Sở Nội vụ đồng thời là thành viên Cụm thi đua số 1 các sở, ban, ngành tỉnh Hà Nam (khối nội chính)"
            " cùng Sở Tư pháp, Thanh tra tỉnh.",
            {"Sở Nội vụ", "Sở Tư pháp", "Thanh tra tỉnh"},
        ),
        # negatives: a count of a kind with no colon lists nothing
        ("Cụm thi đua số 3 tổng kết năm 2010. Cụm có 3 hợp tác xã đạt danh hiệu xuất sắc.", set()),
    ],
)
def test_members_seventh_round(text, expected):
    assert {m for _, m in members_of(text)} == expected
