"""Bodies, chairs and members, eighth round (heldout3, heldout6): where a numbered body's name ends
(a unit of several places after the number, with or without a dash; a verb the tagger glued to a
sector); the years of handovers and of later clauses; holders named with their head; member lists
with one head over bare places. Invented sentences with other units, places and years than the
documents; negatives that must yield nothing."""

from __future__ import annotations

import pytest

from pipeline.process import process_text
from schemas.facts import Body, Chair, Member
from tests.conftest import bodies_of, found

# --- where a numbered body's name ends -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a unit of several places right after the number, no dash
            "Hội nghị tổng kết thi đua của Cụm thi đua số 5 Hội Nông dân các tỉnh Bắc Trung Bộ diễn ra tại Vinh.",
            {"Cụm thi đua số 5 Hội Nông dân các tỉnh Bắc Trung Bộ"},
        ),
        (
            "Năm 2021, Khối thi đua số 2 Công an các huyện miền núi đã hoàn thành tốt nhiệm vụ thi đua.",
            {"Khối thi đua số 2 Công an các huyện miền núi"},
        ),
        (  # a unit with lower-case unit words before "các", after a dash
            "Hội nghị Khối thi đua số 6 - Kho bạc Nhà nước chi nhánh các tỉnh Tây Bắc bàn về công tác thi đua.",
            {"Khối thi đua số 6 - Kho bạc Nhà nước chi nhánh các tỉnh Tây Bắc"},
        ),
        (
            "Ngày 9/1, Cụm thi đua số 1 – BHXH chi nhánh các huyện ven biển đã ký giao ước thi đua năm 2023.",
            {"Cụm thi đua số 1 – BHXH chi nhánh các huyện ven biển"},
        ),
        (  # a verb the tagger glues to the sector ends the name
            "Khối thi đua số 2 ngành Bảo hiểm tổng kết năm 2020, ký giao ước thi đua năm 2021",
            {("Khối thi đua số 2", "ngành Bảo hiểm")},
        ),
        (
            "Cụm thi đua số 7 ngành Thuế sơ kết công tác thi đua 6 tháng đầu năm 2019",
            {("Cụm thi đua số 7", "ngành Thuế")},
        ),
    ],
)
def test_numbered_name_ends(text, expected):
    if isinstance(next(iter(expected)), tuple):  # a sector: the name and its parent
        assert found(text, Body, "name", "parent") == expected
    else:
        assert bodies_of(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Thi đua sản xuất tại cụm công nghiệp số 3 Tân Phú các tỉnh lân cận.",
        "Khối lượng công việc thi đua năm nay của các tỉnh Tây Nguyên rất lớn.",
        "Related: Khối thi đua số 2 Hội Nông dân các tỉnh Bắc Bộ tổng kết | Cụm thi đua số 4 ký giao ước",
    ],
)
def test_numbered_name_negatives(text):
    assert bodies_of(text) == set()


# --- years of chair statements ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a later clause of a hand-over inherits the incoming holder's written year; the subject of
            # the verb, read after a colon, held the term before
            "Cụm thi đua các huyện miền núi tổ chức bàn giao cờ Cụm trưởng: Ủy ban nhân dân huyện Mường Tè "
            "trao lại nhiệm vụ cho Ủy ban nhân dân huyện Sìn Hồ làm Cụm trưởng năm 2022; Ủy ban nhân dân "
            "huyện Phong Thổ giữ vai trò Cụm phó.",
            {("chair", "Ủy ban nhân dân huyện Sìn Hồ", 2022), ("vice_chair", "Ủy ban nhân dân huyện Phong Thổ", 2022),
             ("chair", "Ủy ban nhân dân huyện Mường Tè", 2021)},
        ),
        (
            "Tại hội nghị, Khối thi đua các cơ quan nội chính tỉnh Hòa Bình bàn giao: Sở Tư pháp chuyển giao "
            "nhiệm vụ cho Thanh tra tỉnh làm Khối trưởng năm 2017; Công an tỉnh làm Khối phó.",
            {("chair", "Thanh tra tỉnh", 2017), ("vice_chair", "Công an tỉnh", 2017), ("chair", "Sở Tư pháp", 2016)},
        ),
        (  # the year written right before the verb, with no subject between, is the incoming term's
            "Trong Khối thi đua số 2, Trường Chính trị tỉnh làm Khối trưởng năm 2020 và đã hoàn thành nhiệm vụ, "
            "vì vậy năm 2021 chuyển giao nhiệm vụ Khối trưởng cho Báo Thái Bình theo nguyên tắc luân phiên.",
            {("chair", "Trường Chính trị tỉnh", 2020), ("chair", "Báo Thái Bình", 2021)},
        ),
        (  # a count of years with the years in brackets; "sau đó B đảm nhận năm Y", the role left out
            "Ở Cụm thi đua số 5, Công ty Cổ phần Cấp nước Hòa Bình được giao làm Cụm trưởng hai năm liền "
            "(2016, 2017), sau đó Công ty Cổ phần Môi trường Hòa Bình đảm nhận năm 2018.",
            {("chair", "Công ty Cổ phần Cấp nước Hòa Bình", 2016), ("chair", "Công ty Cổ phần Cấp nước Hòa Bình", 2017),
             ("chair", "Công ty Cổ phần Môi trường Hòa Bình", 2018)},
        ),
        (
            "Trong Khối thi đua các trường cao đẳng, Trường Cao đẳng Y tế Phú Thọ làm Khối trưởng ba năm liên tiếp "
            "2013, 2014 và 2015, tiếp đó Trường Cao đẳng Nghề Phú Thọ tiếp nhận năm 2016.",
            {("chair", "Trường Cao đẳng Y tế Phú Thọ", 2013), ("chair", "Trường Cao đẳng Y tế Phú Thọ", 2014),
             ("chair", "Trường Cao đẳng Y tế Phú Thọ", 2015), ("chair", "Trường Cao đẳng Nghề Phú Thọ", 2016)},
        ),
    ],
)
def test_chair_years(text, expected):
    assert found(text, Chair, "role", "holder", "year") == expected


@pytest.mark.parametrize(
    "text",
    [  # "sau đó" leading to something else than a holder taking the role
        "Năm 2019, Khối thi đua số 1 tổ chức hội nghị tổng kết, sau đó các đơn vị ký giao ước thi đua năm 2020.",
        "Cụm thi đua số 3 sẽ họp vào tháng 12, sau đó Sở Nội vụ tổng hợp kết quả năm 2021.",
    ],
)
def test_chair_year_negatives(text):
    assert found(text, Chair, "role", "holder", "year") == set()


# --- member lists ------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # one head over bare places, no "các" before it
            "Thi đua. Cụm thi đua số 3 gồm 5 đơn vị: Hội Nông dân tỉnh Sơn La, Lai Châu, Điện Biên, Hòa Bình"
            " và Lào Cai.",
            {"Hội Nông dân tỉnh Sơn La", "Hội Nông dân tỉnh Lai Châu", "Hội Nông dân tỉnh Điện Biên",
             "Hội Nông dân tỉnh Hòa Bình", "Hội Nông dân tỉnh Lào Cai"},
        ),
        (
            "Thi đua. Cụm thi đua số 1 gồm 4 đơn vị: Thành Đoàn Hải Phòng, Quảng Ninh, Hải Dương và Hưng Yên.",
            {"Thành Đoàn Hải Phòng", "Thành Đoàn Quảng Ninh", "Thành Đoàn Hải Dương", "Thành Đoàn Hưng Yên"},
        ),
        (  # the speaker's body in an interview
            "Tổng kết Cụm thi đua số 2 Hội Nông dân các tỉnh Tây Bắc năm 2023.\n"
            "- Cụm chúng tôi gồm 4 đơn vị: Hội Nông dân Sơn La, Lai Châu, Điện Biên và Hòa Bình.",
            {"Hội Nông dân Sơn La", "Hội Nông dân Lai Châu", "Hội Nông dân Điện Biên", "Hội Nông dân Hòa Bình"},
        ),
        (  # a unit's name that goes on in lower case up to the next comma
            "Khối thi đua các trường đại học y dược trực thuộc Bộ Y tế năm 2014 có 4 thành viên, gồm: Trường Đại "
            "học Y Huế, Trường Đại học Y tế công cộng, Trường Đại học Y Dược Cần Thơ, Học viện Quân y.",
            {"Trường Đại học Y Huế", "Trường Đại học Y tế công cộng", "Trường Đại học Y Dược Cần Thơ",
             "Học viện Quân y"},
        ),
    ],
)
def test_member_lists(text, expected):
    assert found(text, Member, "member") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [  # a list of places keeps its places; units with their own heads keep theirs
        ("Thi đua. Cụm thi đua các tỉnh miền Trung gồm 4 tỉnh, thành phố: TP Đà Nẵng, Quảng Nam, Quảng Ngãi"
         " và Bình Định.",
         {"TP Đà Nẵng", "Quảng Nam", "Quảng Ngãi", "Bình Định"}),
        ("Thi đua. Khối thi đua số 1 gồm: Sở Tư pháp, Sở Nội vụ, Thanh tra tỉnh.",
         {"Sở Tư pháp", "Sở Nội vụ", "Thanh tra tỉnh"}),
        ("Khối lượng công việc của chúng tôi gồm: thi đua, khen thưởng, Hội nghị Sơn La, Lai Châu.", set()),
    ],
)
def test_member_list_negatives(text, expected):
    assert found(text, Member, "member") == expected


# --- round 8b: a role over a list of (year, holder) pairs; bare kinds of unit in a body name -------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # "năm Y là X" after the role, then "X (Y)" after "lần lượt là"
            "Cụm thi đua số 6 gồm 7 huyện. Từ năm 2010, Cụm luân phiên Cụm trưởng hằng năm: năm 2010 là huyện"
            " Yên Thành, năm 2011 là huyện Quỳnh Lưu và năm 2012 là thị xã Cửa Lò. Cụm phó các năm tiếp theo"
            " lần lượt là Nghi Lộc (2010), Diễn Châu (2011) và Thanh Chương (2012).",
            {("chair", "huyện Yên Thành", 2010), ("chair", "huyện Quỳnh Lưu", 2011), ("chair", "thị xã Cửa Lò", 2012),
             ("vice_chair", "Nghi Lộc", 2010), ("vice_chair", "Diễn Châu", 2011), ("vice_chair", "Thanh Chương", 2012)},
        ),
        (  # "Y: X" and "Y – X"
            "Khối thi đua số 3 ngành Thuế: Khối trưởng qua các năm: 2019: Cục Thuế tỉnh Bắc Ninh; 2020: Cục Thuế"
            " tỉnh Hà Nam; 2021 – Cục Thuế tỉnh Nam Định.",
            {("chair", "Cục Thuế tỉnh Bắc Ninh", 2019), ("chair", "Cục Thuế tỉnh Hà Nam", 2020),
             ("chair", "Cục Thuế tỉnh Nam Định", 2021)},
        ),
        (  # two parallel lists: years before the role, holders after "lần lượt do"
            "Cụm thi đua số 2 gồm 5 Sở Y tế. Trước đó, năm 2014 và năm 2015, vai trò Cụm trưởng lần lượt do"
            " Sở Y tế Hà Giang và Sở Y tế Lai Châu đảm nhiệm.",
            {("chair", "Sở Y tế Hà Giang", 2014), ("chair", "Sở Y tế Lai Châu", 2015)},
        ),
        (  # holders before "lần lượt", years after the role and its body
            "Cục Thuế tỉnh Hà Nam và Cục Thuế tỉnh Nam Định lần lượt làm Khối trưởng Khối thi đua số 3 năm 2020"
            " và 2021.",
            {("chair", "Cục Thuế tỉnh Hà Nam", 2020), ("chair", "Cục Thuế tỉnh Nam Định", 2021)},
        ),
    ],
)
def test_rotation_lists(text, expected):
    assert found(text, Chair, "role", "holder", "year") == expected


@pytest.mark.parametrize(
    "text",
    [  # "lần lượt" and years with no role; pairs of years and units in a list of hosts
        "Năm 2020 và năm 2021, các đơn vị lần lượt tổ chức hội nghị tại Cục Thuế tỉnh Hà Nam và Cục Thuế tỉnh"
        " Nam Định.",
        "Hội nghị luân phiên tổ chức: năm 2019 là huyện Yên Thành, năm 2020 là huyện Quỳnh Lưu.",
    ],
)
def test_rotation_negatives(text):
    assert found(text, Chair, "holder") == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # bare kinds of unit after "các", joined by commas, then the short name in brackets
            "Năm 2024, Khối thi đua các Vụ, Văn phòng, Thanh tra (Khối 1) thuộc Bộ Công Thương tổ chức hội nghị.",
            {"Khối thi đua các Vụ, Văn phòng, Thanh tra"},
        ),
        (
            "Cụm thi đua các Phòng, Ban, Trung tâm thuộc Sở Tài chính ký giao ước thi đua năm 2022.",
            {"Cụm thi đua các Phòng, Ban, Trung tâm"},
        ),
    ],
)
def test_bare_kinds_in_names(text, expected):
    assert bodies_of(text) == expected


def test_bare_kinds_members_by_short_name():
    text = ("Năm 2024, Khối thi đua các Vụ, Văn phòng, Thanh tra (Khối 1) và Khối thi đua các Cục chuyên ngành"
            " (Khối 2) thuộc Bộ Công Thương tổ chức hội nghị. Khối 1 gồm 3 đơn vị: Văn phòng Bộ, Vụ Pháp chế,"
            " Vụ Thị trường. Khối 2 gồm 2 đơn vị: Cục Hóa chất và Cục Công nghiệp.")
    got = found(text, Member, "body", "member")
    assert ("Khối thi đua các Vụ, Văn phòng, Thanh tra", "Vụ Pháp chế") in got
    assert ("Khối thi đua các Cục chuyên ngành", "Cục Hóa chất") in got
    assert ("Khối thi đua các Cục chuyên ngành", "Vụ Pháp chế") not in got


def test_bare_kinds_not_a_named_unit():
    # a named unit after the comma: a list of units, not kinds in the name
    assert bodies_of("Khối thi đua các Vụ, Văn phòng Bộ Công Thương tổ chức hội nghị năm 2024.") != {
        "Khối thi đua các Vụ, Văn phòng Bộ Công Thương"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # "UNIT do [rank] PERSON, title, làm ROLE": the person holds the role for the unit
            "Năm 2019, Công an huyện Mỹ Hào do Thượng tá Nguyễn Văn Bình, Trưởng Công an huyện, làm Cụm trưởng"
            " Cụm thi đua số 4.",
            {("chair", "Nguyễn Văn Bình", "Công an huyện Mỹ Hào", 2019)},
        ),
        (
            "Năm 2016 Cảnh sát PCCC thành phố Hải Phòng do Đại tá Trần Văn Cường, Giám đốc, làm Cụm trưởng Cụm"
            " thi đua số 1.",
            {("chair", "Trần Văn Cường", "Cảnh sát PCCC thành phố Hải Phòng", 2016)},
        ),
        (  # two blocs: the second introduced by "Với …", its year from the opening of the sentence before
            "Theo kết quả hiệp thương, năm 2023 Sở Tư pháp giữ vai trò Khối trưởng, Thanh tra tỉnh làm Khối phó"
            " Khối thi đua các cơ quan nội chính. Với Khối thi đua các cơ quan tổng hợp, Sở Tài chính do ông Lê"
            " Văn Hùng, Giám đốc, làm Khối trưởng; Cục Thống kê làm Khối phó.",
            {("chair", "Sở Tư pháp", None, 2023), ("vice_chair", "Thanh tra tỉnh", None, 2023),
             ("chair", "Lê Văn Hùng", "Sở Tài chính", 2023), ("vice_chair", "Cục Thống kê", None, 2023)},
        ),
    ],
)
def test_head_between_unit_and_role(text, expected):
    assert found(text, Chair, "role", "holder", "holder_org", "year") == expected


def test_head_between_negative():
    # "do" a person with a title, but no role word: nothing
    text = "Năm 2020, Sở Tài chính do ông Lê Văn Hùng, Giám đốc, chủ trì hội nghị của Khối thi đua số 2."
    assert found(text, Chair, "holder") == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # vote counts between "được" and the election verb; the year from the heading above
            "Biên bản họp Khối thi đua số 5 năm 2014.\n4. Bầu Khối trưởng, Khối phó năm 2015:\nHội nghị tiến hành"
            " bỏ phiếu kín. Kết quả: Sở Nội vụ tỉnh Hòa Bình được 8/9 phiếu bầu làm Khối trưởng; Sở Nội vụ tỉnh"
            " Sơn La được 7/9 phiếu bầu làm Khối phó Khối thi đua số 5.",
            {("chair", "Sở Nội vụ tỉnh Hòa Bình", 2015), ("vice_chair", "Sở Nội vụ tỉnh Sơn La", 2015)},
        ),
        (
            "Cụm thi đua số 7 tổ chức hội nghị. Trường Cao đẳng Y tế Hà Tĩnh được 100% số phiếu tán thành làm"
            " Cụm trưởng năm 2022.",
            {("chair", "Trường Cao đẳng Y tế Hà Tĩnh", 2022)},
        ),
    ],
)
def test_elections_with_votes(text, expected):
    assert found(text, Chair, "role", "holder", "year") == expected


def test_votes_in_an_unrelated_election():
    text = "Tại đại hội, ông Nguyễn Văn Tám được 95% số phiếu bầu làm Chủ tịch Hội Nông dân xã Quỳnh Lập."
    assert found(text, Chair, "holder") == set()


@pytest.mark.parametrize(
    ("text", "members", "not_members"),
    [
        (  # a fixed phrase with a comma inside a unit's name
            "Cụm thi đua số 3 gồm 4 đơn vị: Hải đội 101, Hải đội 102, Trung tâm phòng, chống thiên tai số 1 và Ban"
            " Chỉ đạo phòng, chống tội phạm ma túy tỉnh Hà Tĩnh.",
            {"Trung tâm phòng, chống thiên tai số 1", "Ban Chỉ đạo phòng, chống tội phạm ma túy tỉnh Hà Tĩnh"},
            {"Trung tâm phòng"},
        ),
        (  # lines of who attends are not members; the list after the colon is
            "BIÊN BẢN HỌP CỤM THI ĐUA SỐ 4 NĂM 2012\n\nThành phần:\n- Đại diện Ban Thi đua - Khen thưởng, Sở Nội vụ:"
            " bà Trần Thị Hoa, Phó Trưởng ban.\n- Lãnh đạo 5 Chi cục Thuế huyện: Yên Lạc, Tam Dương, Lập Thạch,"
            " Sông Lô, Vĩnh Tường.\n",
            set(),
            {"Đại diện Ban Thi đua - Khen thưởng", "Lãnh đạo 5", "Ban Thi đua - Khen thưởng"},
        ),
    ],
)
def test_member_names_and_attendance(text, members, not_members):
    got = found(text, Member, "member")
    assert members <= got
    assert not (not_members & got)


def test_delegates_heading_lines():
    # a heading that announces the members' delegates; each bullet line opens with a member
    text = ("BIÊN BẢN\nHội nghị sơ kết công tác thi đua năm 2019\nCụm thi đua số 4 - Bảo hiểm xã hội các tỉnh Bắc"
            " Trung Bộ\n\nI. THÀNH PHẦN THAM DỰ\n1. Đại diện Bảo hiểm xã hội Việt Nam (BHXH): ông Lê Văn Nam, Phó"
            " Vụ trưởng.\n2. Đại diện các đơn vị thành viên trong Cụm (03 đơn vị):\n- BHXH Nghệ An: ông Hồ Văn Quý,"
            " Giám đốc;\n- BHXH Hà Tĩnh: ông Phan Văn Tùng, Giám đốc;\n- BHXH Quảng Bình: bà Lê Thị Thu, Phó Giám"
            " đốc.\n")
    got = found(text, Member, "member")
    assert {"BHXH Nghệ An", "BHXH Hà Tĩnh", "BHXH Quảng Bình"} <= got
    assert not any("Việt Nam" in m for m in got)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a count and a description, then "là" and the list
            "Năm 2022, Cụm thi đua số 3 gồm 5 chi cục Hải quan cửa khẩu khu vực Tây Bắc là Lào Cai, Lai Châu,"
            " Điện Biên, Sơn La và Hòa Bình đã tổ chức hội nghị.",
            {"Lào Cai", "Lai Châu", "Điện Biên", "Sơn La", "Hòa Bình"},
        ),
        (
            "Khối thi đua số 2 gồm 4 phòng giao dịch Ngân hàng Nông nghiệp (Agribank) khu vực phía Nam là Cần Thơ,"
            " Sóc Trăng, Bạc Liêu, Cà Mau.",
            {"Cần Thơ", "Sóc Trăng", "Bạc Liêu", "Cà Mau"},
        ),
        (  # "là" and no list after it: nothing
            "Cụm thi đua số 2 gồm 5 đơn vị là lực lượng nòng cốt của ngành, đã tổ chức hội nghị tại Công an tỉnh"
            " Hà Nam.",
            set(),
        ),
    ],
)
def test_counted_description_then_list(text, expected):
    assert found(text, Member, "member") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # "các" + a unit and then places of one or two words: the first's place is the common length
            "Cụm thi đua số 2 gồm bốn đơn vị: các Xí nghiệp Cơ khí Hà Nội, Vinh, Đà Nẵng và Cần Thơ.",
            {"Xí nghiệp Cơ khí Hà Nội", "Xí nghiệp Cơ khí Vinh", "Xí nghiệp Cơ khí Đà Nẵng",
             "Xí nghiệp Cơ khí Cần Thơ"},
        ),
        (  # the head's lower-case word is not part of the place
            "Cụm thi đua số 3 gồm bốn đơn vị: các Công ty Điện lực Huế, Đà Nẵng, Quảng Nam và Quảng Ngãi.",
            {"Công ty Điện lực Huế", "Công ty Điện lực Đà Nẵng", "Công ty Điện lực Quảng Nam",
             "Công ty Điện lực Quảng Ngãi"},
        ),
    ],
)
def test_shared_head_place_lengths(text, expected):
    assert found(text, Member, "member") == expected


def test_enterprise_heads_hold_roles():
    text = ("Năm 2007, Xí nghiệp Toa xe Sài Gòn được giao nhiệm vụ Cụm trưởng; Hợp tác xã Vận tải Thống Nhất là"
            " Cụm phó Cụm thi đua số 6.")
    assert found(text, Chair, "role", "holder") == {("chair", "Xí nghiệp Toa xe Sài Gòn"),
                                                    ("vice_chair", "Hợp tác xã Vận tải Thống Nhất")}


def test_list_after_a_count_of_members():
    text = ("Cụm thi đua số 5 khởi đầu với 4 hợp tác xã, đến nay có 8 thành viên. Trong đó có HTX Chè Tân Cương,"
            " HTX Dịch vụ chăn nuôi bò sữa Hòa An, HTX Rau sạch Đồng Hỷ và HTX Nông nghiệp Phú Lương; các thành"
            " viên còn lại là những HTX mới.")
    assert found(text, Member, "member") == {"HTX Chè Tân Cương", "HTX Dịch vụ chăn nuôi bò sữa Hòa An",
                                             "HTX Rau sạch Đồng Hỷ", "HTX Nông nghiệp Phú Lương"}


def test_list_after_no_count_negative():
    # "Trong đó có …" after a sentence that counts no members: not a member list
    text = ("Cụm thi đua số 5 tổ chức hội nghị năm 2020. Trong đó có HTX Chè Tân Cương, HTX Rau sạch Đồng Hỷ"
            " được khen thưởng.")
    assert found(text, Member, "member") == set()


def test_handover_at_a_signing_is_this_year():
    # a hand-over at the signing of this year's pact (no review): the incoming holder's term is this year
    text = ("Khối thi đua các Công ty Cà phê tỉnh Đắk Lắk ký kết giao ước thi đua năm 2011\nSáng 10/3, Khối thi"
            " đua các Công ty Cà phê tỉnh Đắk Lắk tổ chức hội nghị ký kết giao ước thi đua năm 2011. Tại hội nghị,"
            " Công ty Cà phê Thắng Lợi đã bàn giao nhiệm vụ Khối trưởng cho Công ty Cà phê Phước An.")
    got = found(text, Chair, "holder", "year")
    assert ("Công ty Cà phê Phước An", 2011) in got


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the year of one apposition ("- đơn vị Cụm trưởng năm 2021") is not the next one's
            "Năm 2022, Lữ đoàn 125 đã tiếp nhận nhiệm vụ từ Lữ đoàn 162 - đơn vị Cụm trưởng năm 2021, cùng với"
            " Lữ đoàn 172 (đơn vị Cụm phó) duy trì nền nếp hoạt động của Cụm thi đua số 3.",
            {("chair", "Lữ đoàn 162", 2021), ("vice_chair", "Lữ đoàn 172", 2022)},
        ),
        (  # appositions with no year of the clause: the earlier one's written year, not a date's
            "Xét đề nghị của Sở Tư pháp tỉnh Bến Tre - Cụm trưởng Cụm thi đua số IV năm 2018 tại Tờ trình số"
            " 05/TTr-STP ngày 09 tháng 01 năm 2019, ý kiến của Sở Tư pháp tỉnh Trà Vinh - Cụm phó và đề nghị của"
            " Vụ trưởng Vụ Thi đua - Khen thưởng,",
            {("chair", "Sở Tư pháp tỉnh Bến Tre", 2018), ("vice_chair", "Sở Tư pháp tỉnh Trà Vinh", 2018)},
        ),
        (  # not an apposition: the year of the role before goes on to the next
            "Cụm thi đua số 3 họp năm 2020. Lữ đoàn 162 làm Cụm trưởng năm 2021, Lữ đoàn 172 làm Cụm phó.",
            {("chair", "Lữ đoàn 162", 2021), ("vice_chair", "Lữ đoàn 172", 2021)},
        ),
    ],
)
def test_appositive_role_years(text, expected):
    assert found(text, Chair, "role", "holder", "year") == expected


# --- round 8c: abbreviations a document coins, spelt out in every holder ---------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # coined outside brackets ("… được viết tắt là …"), then opening a holder's name
            "Cụm thi đua số 2 Chi cục Thuế khu vực năm 2019. Trong báo cáo này, Chi cục Thuế được viết tắt là"
            " CCT. Năm 2019, Chi cục Thuế thành phố Vĩnh Yên làm Cụm trưởng và CCT Tam Dương làm Cụm phó.",
            {("chair", "Chi cục Thuế thành phố Vĩnh Yên"), ("vice_chair", "Chi cục Thuế Tam Dương")},
        ),
        (  # a short name of several words coined in brackets ("(sau đây gọi tắt là …)")
            "Khối thi đua các hội quần chúng năm 2021: Trung ương Hội Người mù Việt Nam làm Khối trưởng;"
            " Trung ương Hội Làm vườn Việt Nam (sau đây gọi tắt là TW Hội LV) làm Khối phó. Hội nghị thống"
            " nhất giới thiệu TW Hội LV làm Khối trưởng năm 2022.",
            {("chair", "Trung ương Hội Người mù Việt Nam"), ("vice_chair", "Trung ương Hội Làm vườn Việt Nam"),
             ("chair", "Trung ương Hội Làm vườn Việt Nam")},
        ),
    ],
)
def test_coined_abbreviations_spelt_out(text, expected):
    assert found(text, Chair, "role", "holder") == expected


@pytest.mark.parametrize(
    ("text", "holder"),
    [
        # a common abbreviation not defined in the text stays as written
        ("Năm 2018, HTX Nông nghiệp Đông Hòa làm Cụm trưởng Cụm thi đua số 4.", "HTX Nông nghiệp Đông Hòa"),
        # a defined abbreviation inside a name (not its head) stays as written
        ("Cụm thi đua số 1 các trường trung học phổ thông (THPT) năm 2017: Trường THPT Lê Lợi làm Cụm trưởng.",
         "Trường THPT Lê Lợi"),
    ],
)
def test_abbreviations_not_coined_stay(text, holder):
    assert holder in found(text, Chair, "holder")


# --- round 8c: a second group of members after a qualified name -----------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Khối thi đua các cơ quan Trung ương của Hội Nông dân và các đoàn thể (gọi tắt là Khối) có 5 đơn vị.",
         {"Khối thi đua các cơ quan Trung ương của Hội Nông dân và các đoàn thể"}),
        ("Năm 2019, Khối thi đua các cơ quan chuyên môn thuộc UBND huyện và các hội năm 2019 họp.",
         {"Khối thi đua các cơ quan chuyên môn thuộc UBND huyện và các hội"}),
        # negatives: a generic plural, and a kind that goes on, are not named with it
        ("Khối thi đua các cơ quan chuyên môn thuộc UBND huyện và các đơn vị đã họp.",
         {"Khối thi đua các cơ quan chuyên môn thuộc UBND huyện"}),
        ("Khối thi đua các cơ quan Trung ương của Bộ Tài chính và các đoàn thể chính trị xã hội họp.",
         {"Khối thi đua các cơ quan Trung ương của Bộ Tài chính"}),
    ],
)
def test_second_group_after_qualifier(text, expected):
    assert bodies_of(text) == expected


# --- round 8c: words of a trade inside a body name -------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hội nghị sơ kết của Khối thi đua các doanh nghiệp chế biến thủy sản xuất khẩu.",
         {"Khối thi đua các doanh nghiệp chế biến thủy sản xuất khẩu"}),
        ("Năm 2020, Cụm thi đua các công ty quản lý, sửa chữa đường bộ miền núi tổ chức giao ban.",
         {"Cụm thi đua các công ty quản lý, sửa chữa đường bộ miền núi"}),
        # negatives: a trade word with no object (a time, a verdict) does not go on with the name
        ("Khối thi đua các doanh nghiệp nhà nước chế biến năm 2020 đã họp.",
         {"Khối thi đua các doanh nghiệp nhà nước"}),
        ("Khối thi đua các hợp tác xã nông nghiệp sản xuất, kinh doanh hiệu quả.",
         {"Khối thi đua các hợp tác xã nông nghiệp sản xuất"}),
    ],
)
def test_trade_words_in_names(text, expected):
    assert bodies_of(text) == expected


# --- round 8c: a body mentioned in a clause about the past is a passing one ------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Cụm thi đua số 3 các bệnh viện tuyến huyện có sáu đơn vị. Bệnh viện huyện Yên Lạc mới về Cụm,"
         " trước đó bệnh viện sinh hoạt trong Cụm thi đua số 5. Năm 2020, Bệnh viện huyện Tam Đảo làm Cụm trưởng.",
         {("Cụm thi đua số 3", "Bệnh viện huyện Tam Đảo")}),
        # negative: a clause that is not about the past leaves the later mention the body spoken of
        ("Cụm thi đua số 3 các bệnh viện tuyến huyện có sáu đơn vị. Bệnh viện huyện Yên Lạc mới về Cụm,"
         " nay bệnh viện sinh hoạt trong Cụm thi đua số 5. Năm 2020, Bệnh viện huyện Tam Đảo làm Cụm trưởng.",
         {("Cụm thi đua số 5", "Bệnh viện huyện Tam Đảo")}),
    ],
)
def test_history_clause_mentions_pass(text, expected):
    assert found(text, Chair, "body", "holder") == expected


# --- round 8c: a defined abbreviation after a role and a dash opens the holder's name --------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # (the bank's whole name is spelt out only where the text writes the branch so: round 11b)
        ("Ngân hàng Phát triển Việt Nam (VDB) phân công năm 2024: Cụm thi đua số 2: Cụm trưởng - VDB Chi nhánh"
         " Hà Nam; Cụm phó - VDB Chi nhánh Ninh Bình.",
         {("chair", "VDB Chi nhánh Hà Nam"), ("vice_chair", "VDB Chi nhánh Ninh Bình")}),
        ("Ngân hàng Phát triển Việt Nam (VDB) phân công năm 2024: Cụm thi đua số 2: Cụm trưởng - VDB Chi nhánh"
         " Hà Nam. Ngân hàng Phát triển Việt Nam Chi nhánh Hà Nam có 40 cán bộ.",
         {("chair", "Ngân hàng Phát triển Việt Nam Chi nhánh Hà Nam")}),
        # negative: after a name and a dash, the abbreviation is the name's tag, not a unit of its own
        ("Tổng công ty Xi măng Việt Nam (VICEM) năm 2024: Công ty Xi măng Bút Sơn - VICEM làm Cụm trưởng Cụm"
         " thi đua số 1.",
         {("chair", "Công ty Xi măng Bút Sơn - VICEM")}),
    ],
)
def test_abbreviation_after_role_dash(text, expected):
    assert found(text, Chair, "role", "holder") == expected


# --- round 8c: a member column headed by a kind of unit and "thành viên" ---------------------------
def test_member_column_of_a_kind():
    text = ("Danh sách các cụm thi đua năm 2023 như sau:\nCụm thi đua | Trường thành viên\nCụm thi đua số 1 |"
            " Trường Tiểu học Kim Đồng; Trường Tiểu học Lê Lợi\nCụm thi đua số 2 | Trường Tiểu học Hòa Bình;"
            " Trường Tiểu học Tân Tiến")
    got = found(text, Member, "body", "member")
    assert ("Cụm thi đua số 1", "Trường Tiểu học Lê Lợi") in got
    assert ("Cụm thi đua số 2", "Trường Tiểu học Tân Tiến") in got


def test_count_column_is_no_member_column():
    text = ("Danh sách các cụm thi đua năm 2023 như sau:\nCụm thi đua | Số thành viên | Ghi chú\nCụm thi đua số 1 |"
            " 5 | Trường Tiểu học Kim Đồng\nCụm thi đua số 2 | 6 | Trường Tiểu học Hòa Bình")
    assert not found(text, Member, "member")


# --- round 8c: trades and merged media joined by a comma inside a unit's name ----------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Năm 2019, Công ty TNHH sản xuất, thương mại, dịch vụ Hưng Thịnh làm Cụm trưởng Cụm thi đua số 2.",
         {"Công ty TNHH sản xuất, thương mại, dịch vụ Hưng Thịnh"}),
        ("Năm 2019, Trung tâm Phát thanh, Truyền hình huyện Đông Anh làm Cụm phó Cụm thi đua số 2.",
         {"Trung tâm Phát thanh, Truyền hình huyện Đông Anh"}),
        # negative: two units in a series stay two
        ("Năm 2019, Trung tâm Phát thanh huyện Đông Anh, Công ty Truyền hình cáp Đông Anh lần lượt làm Cụm"
         " trưởng, Cụm phó Cụm thi đua số 2.", set()),
    ],
)
def test_comma_phrases_in_unit_names(text, expected):
    assert {h for h in found(text, Chair, "holder") if "," in h} == expected


# --- round 8c: a line that opens a list keeps the heading's year ----------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Cụm thi đua số 4 các trường mầm non tổng kết năm 2015.\nIII. BẦU CỤM TRƯỞNG, CỤM PHÓ NĂM 2016\n"
         "Hội nghị nhất trí bầu:\n- Cụm trưởng: Trường Mầm non Hoa Sen;\n- Cụm phó: Trường Mầm non Sao Mai.",
         {("chair", "Trường Mầm non Hoa Sen", 2016), ("vice_chair", "Trường Mầm non Sao Mai", 2016)}),
        # negative: a line that ends with a stop closes the heading's list
        ("Cụm thi đua số 4 các trường mầm non tổng kết năm 2015.\nIII. BẦU CỤM TRƯỞNG, CỤM PHÓ NĂM 2016\n"
         "Hội nghị đã thảo luận sôi nổi.\n- Cụm trưởng năm 2015: Trường Mầm non Hoa Sen.",
         {("chair", "Trường Mầm non Hoa Sen", 2015)}),
    ],
)
def test_list_opening_line_keeps_heading_year(text, expected):
    assert found(text, Chair, "role", "holder", "year") == expected


# --- round 8c: the plural of members after a number is no owner of the body -------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # one body: the owner's mention keeps the short name, not "… thuộc Tổng cục Thuế"
            "Cụm thi đua số IV Cục Thuế các tỉnh miền núi tổng kết năm 2019\nNgày 20/12, Cụm thi đua số 4 thuộc"
            " Tổng cục Thuế tổ chức hội nghị. Hội nghị bầu Cục Thuế tỉnh Lào Cai làm Cụm trưởng năm 2020.",
            {"Cụm thi đua số IV Cục Thuế các tỉnh miền núi", "Cụm thi đua số 4"},
        ),
        (  # negative: a plural of another kind and an owner of another sector are two bodies
            "Cụm thi đua số 2 – Cục Thuế các tỉnh Đông Bắc tổng kết năm 2019\nĐại diện Cụm thi đua số 2 thuộc"
            " Bộ Tư lệnh Bộ đội Biên phòng đến dự hội nghị.",
            {"Cụm thi đua số 2 – Cục Thuế các tỉnh Đông Bắc", "Cụm thi đua số 2 thuộc Bộ Tư lệnh Bộ đội Biên phòng"},
        ),
    ],
)
def test_members_plural_is_no_owner(text, expected):
    assert bodies_of(text) == expected


# --- round 8c: a bullet line about an attendee names no member -------------------------------------
def test_attendee_lines_are_no_members():
    text = ("Cụm thi đua số 5 các hội nghề nghiệp họp tổng kết năm 2018.\nThành phần gồm:\n- Ông Trần Văn Nam, Phó"
            " Chủ tịch Liên hiệp các Hội khoa học và kỹ thuật tỉnh;\n- Chủ tịch, Phó Chủ tịch 05 hội thành viên;\n"
            "- Thư ký: bà Lê Thị Mai, Văn phòng Hội Luật gia tỉnh.")
    assert not found(text, Member, "member")


def test_member_lines_not_attendees():
    text = ("Cụm thi đua số 5 năm 2018 gồm các đơn vị sau:\n- Sở Tư pháp tỉnh Nam Định;\n- Sở Xây dựng tỉnh Nam"
            " Định;\n- Sở Y tế tỉnh Nam Định.")
    assert found(text, Member, "member") == {"Sở Tư pháp tỉnh Nam Định", "Sở Xây dựng tỉnh Nam Định",
                                             "Sở Y tế tỉnh Nam Định"}


# --- round 8c: members listed under place labels after a count ------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Cụm thi đua số 2 năm 2016 gồm 05 trường. Huyện Lục Nam: Trường THCS Bảo Đài, Trường THCS Cẩm Lý."
         " Huyện Lục Ngạn: Trường THCS Kiên Thành, Trường THCS Tân Hoa, Trường THCS Quý Sơn.",
         {"Trường THCS Bảo Đài", "Trường THCS Cẩm Lý", "Trường THCS Kiên Thành", "Trường THCS Tân Hoa",
          "Trường THCS Quý Sơn"}),
        # negative: place labels with no count of members before them list no members
        ("Cụm thi đua số 2 năm 2016 họp tổng kết. Huyện Lục Nam: Trường THCS Bảo Đài, Trường THCS Cẩm Lý đạt"
         " giải nhất.", set()),
    ],
)
def test_place_labelled_members(text, expected):
    assert found(text, Member, "member") == expected


# --- round 8c: a numbered item that elects roles for a year heads the lines under it --------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Cụm thi đua số 1 các Chi cục Kiểm lâm tổng kết năm 2021.\n3. Bầu Cụm trưởng, Cụm phó năm 2022. Hội nghị"
         " nhất trí:\n- Cụm trưởng: Chi cục Kiểm lâm tỉnh Lạng Sơn;\n- Cụm phó: Chi cục Kiểm lâm tỉnh Cao Bằng.",
         {("chair", "Chi cục Kiểm lâm tỉnh Lạng Sơn", 2022), ("vice_chair", "Chi cục Kiểm lâm tỉnh Cao Bằng", 2022)}),
        # negative: an item that names a holder is a statement, not a heading
        ("Cụm thi đua số 1 các Chi cục Kiểm lâm tổng kết năm 2021.\n3. Chi cục Kiểm lâm tỉnh Hà Giang làm Cụm"
         " trưởng năm 2021.\n- Cụm phó: Chi cục Kiểm lâm tỉnh Cao Bằng.",
         {("chair", "Chi cục Kiểm lâm tỉnh Hà Giang", 2021), ("vice_chair", "Chi cục Kiểm lâm tỉnh Cao Bằng", 2021)}),
    ],
)
def test_elected_roles_item_year(text, expected):
    assert found(text, Chair, "role", "holder", "year") == expected


# --- round 8c: a row whose first cell is a role and its year --------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Cụm thi đua số 6 các Cục Thống kê họp năm 2020.\nNội dung | Đơn vị | Số phiếu\nCụm trưởng năm 2021 | Cục"
         " Thống kê tỉnh Phú Yên | 7/7\nCụm phó năm 2021 | Cục Thống kê tỉnh Bình Định | 6/7",
         {("chair", "Cục Thống kê tỉnh Phú Yên", 2021), ("vice_chair", "Cục Thống kê tỉnh Bình Định", 2021)}),
        # negative: a role with other words in its cell is no role cell
        ("Cụm thi đua số 6 các Cục Thống kê họp năm 2020.\nNội dung | Đơn vị | Số phiếu\nÝ kiến của Cụm trưởng năm"
         " 2021 | Cục Thống kê tỉnh Phú Yên | 7/7",
         set()),
    ],
)
def test_role_and_year_cell_rows(text, expected):
    assert found(text, Chair, "role", "holder", "year") == expected


# --- round 8c: one role over a list of years, its holders in turn ---------------------------------
def test_role_years_in_turn():
    text = ("Cụm thi đua số 3 các Cục Thống kê họp năm 2023. Vai trò Cụm trưởng các năm 2021, 2022 lần lượt do Cục"
            " Thống kê tỉnh Gia Lai và Cục Thống kê tỉnh Kon Tum đảm nhiệm.")
    assert found(text, Chair, "role", "holder", "year") == {
        ("chair", "Cục Thống kê tỉnh Gia Lai", 2021), ("chair", "Cục Thống kê tỉnh Kon Tum", 2022)}


def test_role_years_in_turn_not_as_many():
    # negative: three holders for two years are not paired year by year
    text = ("Cụm thi đua số 3 các Cục Thống kê họp năm 2023. Vai trò Cụm trưởng các năm 2021, 2022 lần lượt do Cục"
            " Thống kê tỉnh Gia Lai, Cục Thống kê tỉnh Kon Tum và Cục Thống kê tỉnh Đắk Nông đảm nhiệm.")
    got = found(text, Chair, "role", "holder", "year")
    assert ("chair", "Cục Thống kê tỉnh Gia Lai", 2021) not in got
    assert ("chair", "Cục Thống kê tỉnh Kon Tum", 2022) not in got


# --- round 8d: a unit inside a lower-case agent after "được" is no holder ---------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Năm 2023, Bệnh viện Đa khoa Hòa Bình được các bệnh viện trong Cụm thi đua số 4 - các bệnh viện trực"
         " thuộc Sở Y tế tín nhiệm giao vai trò Cụm trưởng.", {("chair", "Bệnh viện Đa khoa Hòa Bình", 2023)}),
        ("Năm 2021, Công ty Điện lực An Giang được các công ty trong Khối thi đua các công ty điện lực miền Nam"
         " thuộc Tổng công ty Điện lực miền Nam tín nhiệm bầu làm Khối phó.",
         {("vice_chair", "Công ty Điện lực An Giang", 2021)}),
        # negative: no agent after "được" (a verb follows it): the unit before the role holds it
        ("Năm 2021, tại Khối thi đua số 3, Sở Xây dựng được giao phối hợp với Sở Tài chính làm Khối phó.",
         {("vice_chair", "Sở Tài chính", 2021)}),
    ],
)
def test_unit_inside_agent_is_no_holder(text, expected):
    assert found(text, Chair, "role", "holder", "year") == expected


# --- round 8d: a short name inside the full one; a name cut at a comma another mention goes on past --
def _entities(text: str) -> set[tuple[str, tuple[str, ...]]]:
    from pipeline.export import gold_record

    return {(b["name"], tuple(b["aliases"])) for b in gold_record(*process_text(text))["bodies"]}


def test_short_name_inside_full_name():
    text = ("Khối thi đua Văn hóa xã hội: đoàn kết cùng về đích\n\nSáng 12/12, Khối thi đua các sở, ngành văn hóa"
            " xã hội tỉnh Bình Định tổ chức hội nghị tổng kết năm 2023.")
    assert _entities(text) == {("Khối thi đua các sở, ngành văn hóa xã hội tỉnh Bình Định",
                                ("Khối thi đua Văn hóa xã hội",))}


def test_two_bodies_of_one_place_stay_two():
    text = ("Sáng 3/12, Cụm thi đua các trường tiểu học thị xã Sơn Tây tổ chức hội nghị. Cụm thi đua các trường"
            " mầm non thị xã Sơn Tây cũng ký giao ước.")
    assert len(_entities(text)) == 2


def test_name_cut_at_comma_goes_on():
    text = ("Khối thi đua Nông nghiệp, Môi trường tổng kết năm 2024\n\nSáng 12/12, Khối thi đua số 4 – Nông"
            " nghiệp, Môi trường tỉnh Gia Lai tổ chức hội nghị tổng kết.")
    assert "Khối thi đua Nông nghiệp, Môi trường" in bodies_of(text)


def test_name_cut_at_comma_without_a_longer_mention_stays():
    text = "Khối thi đua Nội chính, Sở Tư pháp và Công an tỉnh tổ chức hội nghị tổng kết năm 2024."
    assert bodies_of(text) == {"Khối thi đua Nội chính"}


# --- round 8d: a head word the document coins as an abbreviation of a unit stands for that unit -----
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Khối thi đua số 3 gồm Kho bạc Nhà nước (KBNN), Cục Thống kê (CTK) và Tổng cục Thuế (TCT). Năm 2019,"
         " CTK là Khối trưởng, TCT là Khối phó. Hội nghị đã bầu KBNN làm Khối trưởng năm 2020.",
         {("chair", "Cục Thống kê", 2019), ("vice_chair", "Tổng cục Thuế", 2019), ("chair", "Kho bạc Nhà nước", 2020)}),
        ("Cụm thi đua số 2 gồm Kho bạc Nhà nước (KBNN), Cục Thống kê (CTK) và Tổng cục Thuế (TCT). Hội nghị đã"
         " bầu KBNN làm Cụm trưởng năm 2020.", {("chair", "Kho bạc Nhà nước", 2020)}),
        # negative: a name after the head keeps it a head ("KBNN Lâm Đồng")
        ("Cụm thi đua số 2 gồm các đơn vị Kho bạc Nhà nước (KBNN) các tỉnh. Hội nghị đã bầu KBNN Lâm Đồng làm"
         " Cụm trưởng năm 2020.", {("chair", "KBNN Lâm Đồng", 2020)}),
    ],
)
def test_coined_head_abbreviation_is_the_unit(text, expected):
    assert found(text, Chair, "role", "holder", "year") == expected


# --- round 8e: a description of the members after a dash after a number; attributes of a kind -------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Năm 2023, Cụm thi đua số 4 - các bệnh viện trực thuộc Sở Y tế đã tổ chức hội nghị tổng kết.",
         "Cụm thi đua số 4 - các bệnh viện trực thuộc Sở Y tế"),
        ("Năm 2020, Khối thi đua số 2 – các doanh nghiệp nhà nước tỉnh Bình Định năm 2020 đạt nhiều kết quả.",
         "Khối thi đua số 2 – các doanh nghiệp nhà nước tỉnh Bình Định"),
        ("1. Khối thi đua số 7 - Các trung tâm chuyên khoa tuyến huyện",
         "Khối thi đua số 7 - Các trung tâm chuyên khoa tuyến huyện"),
        ("Cụm thi đua số 1 – các chi cục thuế khu vực phía Bắc họp ngày 12/3/2021 về thi đua.",
         "Cụm thi đua số 1 – các chi cục thuế khu vực phía Bắc"),
        ("Cụm thi đua các công ty dịch vụ công ích quận, huyện đã tổ chức hội nghị thi đua.",
         "Cụm thi đua các công ty dịch vụ công ích quận, huyện"),
        # negatives: a sentence or a role after the dash; a generic plural
        ("Cụm thi đua số 4 - đơn vị Khối trưởng đã tổ chức hội nghị thi đua.", "Cụm thi đua số 4"),
        ("Cụm thi đua số 4 - các đơn vị đã ký giao ước thi đua năm 2021.", "Cụm thi đua số 4"),
        ("Cụm thi đua số 5 - Cụm trưởng là Sở Tư pháp trong phong trào thi đua.", "Cụm thi đua số 5"),
        ("Cụm thi đua số 2 - các trường tín nhiệm giao vai trò Cụm trưởng cho Trường A trong thi đua.",
         "Cụm thi đua số 2"),
    ],
)
def test_dashed_description_named_with_number(text, expected):
    assert expected in bodies_of(text)


def test_dashed_description_short_form_is_the_same_body():
    text = ("Cụm thi đua số 4 - các bệnh viện trực thuộc Sở Y tế ký giao ước thi đua năm 2022. Năm 2022, Cụm thi"
            " đua số 4 bầu Bệnh viện Đa khoa A làm Cụm trưởng.")
    assert bodies_of(text) == {"Cụm thi đua số 4 - các bệnh viện trực thuộc Sở Y tế"}
    assert found(text, Chair, "body", "holder") == {("Cụm thi đua số 4 - các bệnh viện trực thuộc Sở Y tế",
                                                    "Bệnh viện Đa khoa A")}
