"""Bodies and members, tenth round (heldout10, heldout11): a numbered body's describing words stop at
the next body the text names; a place qualifier after a qualifier's unit; a qualifier after a name
ending in a region word that names no region; lower-case words for a kind of area; members whose
names end in two places joined by a dash; list descriptions with a rank or "theo thứ tự sau"; a list
opened by ", đó là" after a count. Invented sentences with other units, places and years than the
documents; negatives that must yield nothing."""

from __future__ import annotations

import pytest

from schemas.facts import Member
from tests.conftest import bodies_of, found

# --- where a body name ends --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a second name after a numbered one does not lend it the words after it
            "Khối thi đua số 3, còn gọi là Khối các Công ty Cấp nước khu vực Nam Trung Bộ, có 5 đơn vị thành viên "
            "là Công ty Cấp nước A và Công ty Cấp nước B.",
            {"Khối thi đua số 3", "Khối các Công ty Cấp nước khu vực Nam Trung Bộ"},
        ),
        (
            "Năm 2018, Cụm thi đua số 2, hay Cụm các Sở Xây dựng vùng Tây Bắc, có 6 thành viên.",
            {"Cụm thi đua số 2", "Cụm các Sở Xây dựng vùng Tây Bắc"},
        ),
        (  # a place qualifier after a qualifier's unit
            "Kế hoạch của Cụm thi đua số 3 - Các trường trực thuộc Bộ Công Thương trên địa bàn Thái Nguyên năm 2015.",
            {"Cụm thi đua số 3 - Các trường trực thuộc Bộ Công Thương trên địa bàn Thái Nguyên"},
        ),
        (  # a name ending in a region word that names no region: the qualifier says whose
            "Năm 2016, Cụm thi đua các Chi cục Hải quan khu vực thuộc Cục Hải quan tỉnh Lào Cai đã tổng kết.",
            {"Cụm thi đua các Chi cục Hải quan khu vực thuộc Cục Hải quan tỉnh Lào Cai"},
        ),
        (
            "Năm 2013, Cụm thi đua các Tòa án quân sự khu vực thuộc Quân khu 7 gồm 3 đơn vị.",
            {"Cụm thi đua các Tòa án quân sự khu vực thuộc Quân khu 7"},
        ),
        (  # lower-case words for a kind of area
            "Được thành lập từ năm 2010, Cụm thi đua các xã biên giới gồm Xã A Pa, Xã Mù Cả và Xã Tá Bạ.",
            {"Cụm thi đua các xã biên giới"},
        ),
        (
            "Năm 2008, Cụm thi đua các quận đoàn nội thành tổng kết công tác.",
            {"Cụm thi đua các quận đoàn nội thành"},
        ),
        (
            "Năm 2021, Khối thi đua các trường vùng cao đã ký giao ước thi đua.",
            {"Khối thi đua các trường vùng cao"},
        ),
    ],
)
def test_body_name_ends(text, expected):
    assert bodies_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a named region keeps its own end: the qualifier is the parent's, as before
            "Năm 2019, Cụm thi đua các Chi cục Thuế khu vực Bắc Trung Bộ thuộc Tổng cục Thuế tổng kết.",
            "Cụm thi đua các Chi cục Thuế khu vực Bắc Trung Bộ",
        ),
    ],
)
def test_body_name_not_longer(text, expected):
    names = bodies_of(text)
    assert not any("thuộc Tổng cục" in n for n in names)
    if expected:
        assert expected in names


# --- members -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # two places joined by a dash end a member's name
            "Năm 2022, Cụm thi đua số 4 gồm 3 đơn vị: Chi cục Thuế khu vực Tân Uyên - Phú Giáo, Chi cục Thuế khu "
            "vực Dĩ An - Thuận An và Chi cục Thuế khu vực Bến Cát - Bàu Bàng.",
            {"Chi cục Thuế khu vực Tân Uyên - Phú Giáo", "Chi cục Thuế khu vực Dĩ An - Thuận An",
             "Chi cục Thuế khu vực Bến Cát - Bàu Bàng"},
        ),
        (
            "Năm 2015, Khối thi đua số 2 gồm Công ty Điện lực Bà Rịa - Vũng Tàu, Công ty Điện lực Long An và "
            "Công ty Điện lực Tiền Giang.",
            {"Công ty Điện lực Bà Rịa - Vũng Tàu", "Công ty Điện lực Long An", "Công ty Điện lực Tiền Giang"},
        ),
        (  # a list opened by ", đó là" after a count
            "Năm 2017, Khối thi đua số 5 hiện có 3 đơn vị, đó là Công ty Thủy lợi Bắc Sông Chu, Công ty Thủy lợi "
            "Sông Lô và Công ty Thủy lợi Nam Hà.",
            {"Công ty Thủy lợi Bắc Sông Chu", "Công ty Thủy lợi Sông Lô", "Công ty Thủy lợi Nam Hà"},
        ),
        (
            "Năm 2019, Cụm thi đua số 6 gồm bốn thành viên, đó là: Trường Cao đẳng A, Trường Cao đẳng B, Trường "
            "Cao đẳng C và Trường Cao đẳng D.",
            {"Trường Cao đẳng A", "Trường Cao đẳng B", "Trường Cao đẳng C", "Trường Cao đẳng D"},
        ),
        (
            "Năm 2012, Cụm thi đua số 1 gồm 3 trường, cụ thể là Trường THPT Lê Lợi, Trường THPT Hàm Rồng và Trường "
            "THPT Đào Duy Từ.",
            {"Trường THPT Lê Lợi", "Trường THPT Hàm Rồng", "Trường THPT Đào Duy Từ"},
        ),
        (  # a description with a rank and "theo thứ tự sau" before the colon of a list in lines
            "Năm 2014, Cụm thi đua số 3 gồm 03 bệnh viện hạng đặc biệt và hạng I trực thuộc Sở Y tế, theo thứ tự "
            "sau:\n1. Bệnh viện Đa khoa tỉnh;\n2. Bệnh viện Sản Nhi;\n3. Bệnh viện Y học cổ truyền.\n",
            {"Bệnh viện Đa khoa tỉnh", "Bệnh viện Sản Nhi", "Bệnh viện Y học cổ truyền"},
        ),
        (
            "Năm 2020, Khối thi đua số 2 gồm 3 công ty như sau:\n- Công ty Lâm nghiệp A;\n- Công ty Lâm nghiệp B;\n"
            "- Công ty Lâm nghiệp C.\n",
            {"Công ty Lâm nghiệp A", "Công ty Lâm nghiệp B", "Công ty Lâm nghiệp C"},
        ),
    ],
)
def test_members(text, expected):
    assert found(text, Member, "member") == expected


@pytest.mark.parametrize(
    "text",
    [
        # a role after a dash is no place of the member's name
        "Năm 2022, Cụm thi đua số 4 gồm Công ty Điện lực A - Cụm trưởng, Công ty Điện lực B và Công ty Điện lực C.",
        # a count with ", đó là" that speaks of no members
        "Năm 2017, Khối thi đua số 5 đạt 3 chỉ tiêu, đó là thu ngân sách, giảm nợ và cải cách thủ tục.",
        # "theo thứ tự sau" after words that do more than describe members
        "Năm 2014, Cụm thi đua số 3 đề nghị khen thưởng các đơn vị, theo thứ tự sau:\n1. Bệnh viện A;\n"
        "2. Bệnh viện B.\n",
    ],
)
def test_members_negative(text):
    got = found(text, Member, "member")
    assert not any(" - Cụm trưởng" in m for m in got)
    assert "thu ngân sách" not in " ".join(got)
    assert "Bệnh viện A" not in got or "đề nghị" not in text


# --- a bare head with a passive clause before ", gồm"; a unit's branch after a dash ----------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the document's one body, a passive clause, then ", gồm"
            "Năm 2019, Cụm thi đua các sở tư pháp vùng Tây Bắc tổng kết công tác. Cụm thi đua được Bộ Tư pháp "
            "thành lập, gồm Sở Tư pháp tỉnh Lai Châu, Sở Tư pháp tỉnh Sơn La và Sở Tư pháp tỉnh Yên Bái.",
            {"Sở Tư pháp tỉnh Lai Châu", "Sở Tư pháp tỉnh Sơn La", "Sở Tư pháp tỉnh Yên Bái"},
        ),
        (
            "Khối thi đua các bệnh viện tuyến tỉnh họp năm 2021. Khối do Sở Y tế đề xuất thành lập năm 2015, gồm "
            "Bệnh viện Phổi, Bệnh viện Tâm thần và Bệnh viện Mắt.",
            {"Bệnh viện Phổi", "Bệnh viện Tâm thần", "Bệnh viện Mắt"},
        ),
        (
            "Năm 2016, Cụm thi đua số 7 (được kiện toàn năm 2014), gồm Công ty Xổ số kiến thiết An Giang và Công "
            "ty Xổ số kiến thiết Kiên Giang.",
            {"Công ty Xổ số kiến thiết An Giang", "Công ty Xổ số kiến thiết Kiên Giang"},
        ),
        (  # a year that leads the sentence before its body
            "Cụm thi đua các sở tư pháp vùng Tây Bắc họp. Năm 2019, Cụm thi đua được Bộ Tư pháp kiện toàn, gồm Sở "
            "Tư pháp tỉnh Lai Châu và Sở Tư pháp tỉnh Yên Bái.",
            {"Sở Tư pháp tỉnh Lai Châu", "Sở Tư pháp tỉnh Yên Bái"},
        ),
        (  # a unit's name, a dash and its branch at a place: one member
            "Năm 2020, Cụm thi đua các ngân hàng tỉnh Hà Tĩnh tổng kết. Cụm thi đua gồm 3 đơn vị: Ngân hàng Chính "
            "sách xã hội - Chi nhánh tỉnh Hà Tĩnh, Ngân hàng Phát triển Việt Nam - Chi nhánh Bắc Trung Bộ (VDB Bắc "
            "Trung Bộ) và Ngân hàng TMCP Công Thương Việt Nam - Chi nhánh Hà Tĩnh.",
            {"Ngân hàng Chính sách xã hội - Chi nhánh tỉnh Hà Tĩnh",
             "Ngân hàng Phát triển Việt Nam - Chi nhánh Bắc Trung Bộ",
             "Ngân hàng TMCP Công Thương Việt Nam - Chi nhánh Hà Tĩnh"},
        ),
        (
            "Khối thi đua số 2 năm 2018 gồm: Bảo Việt Nhân thọ - Chi nhánh Quảng Trị, Bảo Minh - Chi nhánh Quảng "
            "Bình và Bảo hiểm xã hội tỉnh Quảng Trị.",
            {"Bảo Việt Nhân thọ - Chi nhánh Quảng Trị", "Bảo Minh - Chi nhánh Quảng Bình",
             "Bảo hiểm xã hội tỉnh Quảng Trị"},
        ),
    ],
)
def test_members_passive_and_branch(text, expected):
    assert found(text, Member, "member") == expected


@pytest.mark.parametrize(
    "text",
    [
        # a clause that is no passive one: an attendance list, not members
        "Năm 2019, Cụm thi đua số 3 tổ chức hội nghị với nhiều đại biểu, gồm Sở Nội vụ và Ban Thi đua - Khen thưởng.",
        # a passive clause about something else before "gồm": an award's recipients
        "Năm 2019, Cụm thi đua số 3 được tặng Cờ thi đua; các đơn vị được khen, gồm Sở Nội vụ và Sở Tài chính.",
        # a dash and a branch with a clause after it: not a member's name
        "Năm 2020, Cụm thi đua số 1 được Ngân hàng Nhà nước - Chi nhánh tỉnh Nghệ An chúc mừng.",
    ],
)
def test_members_passive_negative(text):
    assert found(text, Member, "member") == set()


# --- a unit's name with "các" and a kind inside it ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Năm 2005, Khối thi đua số 4 gồm sáu thành viên, đó là: Ban Quản lý các khu công nghiệp Long An, Ban "
            "Quản lý các dự án đầu tư xây dựng tỉnh Bến Tre, Ban Quản lý các khu chế xuất và công nghiệp Cần Thơ và "
            "Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Tiền Giang.",
            {"Ban Quản lý các khu công nghiệp Long An", "Ban Quản lý các dự án đầu tư xây dựng tỉnh Bến Tre",
             "Ban Quản lý các khu chế xuất và công nghiệp Cần Thơ",
             "Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Tiền Giang"},
        ),
        (
            "Cụm thi đua số 2 năm 2011 gồm Công đoàn các khu công nghiệp tỉnh Hải Dương và Công đoàn các khu công "
            "nghiệp tỉnh Hưng Yên.",
            {"Công đoàn các khu công nghiệp tỉnh Hải Dương", "Công đoàn các khu công nghiệp tỉnh Hưng Yên"},
        ),
        (  # a place word after "các": a head shared out over places, as before
            "Năm 2013, Cụm thi đua số 9 gồm Ban Quản lý các tỉnh Lào Cai, Yên Bái và Hà Giang.",
            {"Ban Quản lý tỉnh Lào Cai", "Ban Quản lý tỉnh Yên Bái", "Ban Quản lý tỉnh Hà Giang"},
        ),
        (
            "Năm 2014, Cụm thi đua số 1 gồm Công an các tỉnh Cao Bằng, Lạng Sơn và Bắc Kạn.",
            {"Công an tỉnh Cao Bằng", "Công an tỉnh Lạng Sơn", "Công an tỉnh Bắc Kạn"},
        ),
    ],
)
def test_members_plural_inside(text, expected):
    assert found(text, Member, "member") == expected


@pytest.mark.parametrize(
    "text",
    [
        "Năm 2015, Khối thi đua số 3 làm việc với Ban Quản lý các dự án về tiến độ giải ngân.",
        "Năm 2016, Cụm thi đua số 2 đề nghị Ban Chỉ đạo các cấp quan tâm và các khu công nghiệp hỗ trợ.",
    ],
)
def test_members_plural_inside_negative(text):
    assert found(text, Member, "member") == set()


# --- a sector word that a tagger reads as a verb inside a parent's name; a shared head after "là" --


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Năm 2021, Cụm thi đua số 2 thuộc Cục Cảnh sát giao thông gồm 4 đơn vị là Phòng CSGT Công an các tỉnh "
            "Hà Nam, Nam Định, Ninh Bình và Thái Bình.",
            {"Phòng CSGT Công an tỉnh Hà Nam", "Phòng CSGT Công an tỉnh Nam Định", "Phòng CSGT Công an tỉnh Ninh Bình",
             "Phòng CSGT Công an tỉnh Thái Bình"},
        ),
        (
            "Năm 2018, Khối thi đua số 6 thuộc Sở Giao thông vận tải gồm Ban Quản lý dự án giao thông tỉnh và Trung "
            "tâm Đăng kiểm xe cơ giới.",
            {"Ban Quản lý dự án giao thông tỉnh", "Trung tâm Đăng kiểm xe cơ giới"},
        ),
        (
            "Năm 2020, Cụm thi đua số 5 có 3 đơn vị là Đội Cảnh sát giao thông Công an các huyện Mê Linh, Sóc Sơn "
            "và Đông Anh.",
            {"Đội Cảnh sát giao thông Công an huyện Mê Linh", "Đội Cảnh sát giao thông Công an huyện Sóc Sơn",
             "Đội Cảnh sát giao thông Công an huyện Đông Anh"},
        ),
    ],
)
def test_members_traffic_parent(text, expected):
    assert found(text, Member, "member") == expected


@pytest.mark.parametrize(
    "text",
    [
        "Năm 2020, Cụm thi đua số 5 có đội ngũ cán bộ trẻ, gồm nhiều đồng chí được đào tạo bài bản.",
        "Đội ngũ giáo viên của Khối thi đua số 2 năm 2019 gồm 300 người, trong đó có nhiều thạc sĩ.",
        "Năm 2021, Cụm thi đua số 2 được Đội trưởng Nguyễn Văn An báo cáo kết quả giao thông.",
    ],
)
def test_members_team_negative(text):
    assert found(text, Member, "member") == set()


# --- a short name in brackets between a body and "gồm"; a unit named by a number in a list ----------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Khối thi đua các công ty chè khu vực Phú Thọ - Yên Bái (gọi tắt là Khối Phú Thọ - Yên Bái) gồm các Công "
            "ty Chè 12, Công ty Chè 304 và Công ty Chè Sông Lô năm 2010.",
            {"Công ty Chè 12", "Công ty Chè 304", "Công ty Chè Sông Lô"},
        ),
        (
            "Năm 2015, Cụm thi đua các trường cao đẳng y tế miền núi phía Bắc (sau đây gọi tắt là Cụm thi đua miền "
            "núi) gồm Trường Cao đẳng Y tế Lạng Sơn và Trường Cao đẳng Y tế Sơn La.",
            {"Trường Cao đẳng Y tế Lạng Sơn", "Trường Cao đẳng Y tế Sơn La"},
        ),
        (  # a unit named by a number after units named bare
            "Năm 2009, Khối thi đua số 3 có 5 công ty là Thắng Lợi, Phước An, Buôn Hồ, Đắk Mil và 720.",
            {"Thắng Lợi", "Phước An", "Buôn Hồ", "Đắk Mil", "720"},
        ),
        (
            "Năm 2012, Cụm thi đua số 8 gồm bốn nông trường, đó là Sông Hậu, Cờ Đỏ, 418 và Phú Thành.",
            {"Sông Hậu", "Cờ Đỏ", "418", "Phú Thành"},
        ),
    ],
)
def test_members_bracket_and_number(text, expected):
    assert found(text, Member, "member") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a count before a noun is no unit
            "Năm 2009, Khối thi đua số 3 gồm Công ty Thắng Lợi, Công ty Phước An và 2 đơn vị khác.",
            {"Công ty Thắng Lợi", "Công ty Phước An"},
        ),
        (  # a year after a list is no unit
            "Khối thi đua số 3 gồm Công ty Thắng Lợi, Công ty Phước An từ năm 2009 và 2010.",
            {"Công ty Thắng Lợi", "Công ty Phước An"},
        ),
    ],
)
def test_members_number_negative(text, expected):
    assert found(text, Member, "member") == expected


# --- "và các tỉnh A, B" after a first member named at another kind of place --------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Năm 2010, Cụm thi đua số 4 gồm Sở Y tế thành phố Cần Thơ và các tỉnh Hậu Giang, Sóc Trăng, Bạc Liêu.",
            {"Sở Y tế thành phố Cần Thơ", "Sở Y tế tỉnh Hậu Giang", "Sở Y tế tỉnh Sóc Trăng", "Sở Y tế tỉnh Bạc Liêu"},
        ),
        (
            "Năm 2012, Khối thi đua số 1 gồm Liên đoàn Lao động tỉnh Hậu Giang và các thành phố Cần Thơ, Vị Thanh.",
            {"Liên đoàn Lao động tỉnh Hậu Giang", "Liên đoàn Lao động thành phố Cần Thơ",
             "Liên đoàn Lao động thành phố Vị Thanh"},
        ),
        (  # the same kind of place: as before
            "Năm 2015, Cụm thi đua số 6 gồm Công an tỉnh Lạng Sơn và các tỉnh Cao Bằng, Bắc Kạn.",
            {"Công an tỉnh Lạng Sơn", "Công an tỉnh Cao Bằng", "Công an tỉnh Bắc Kạn"},
        ),
    ],
)
def test_members_other_place_kind(text, expected):
    assert found(text, Member, "member") == expected


# --- a unit's name ends at the verb after its place ---------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Năm 2019, Cụm thi đua số 2 gồm Cục Hải quan tỉnh Lào Cai và Cục Hải quan tỉnh Hà Giang tổng kết phong "
            "trào thi đua.",
            {"Cục Hải quan tỉnh Lào Cai", "Cục Hải quan tỉnh Hà Giang"},
        ),
        (
            "Năm 2020, Khối thi đua số 3 gồm Sở Công Thương thành phố Hải Phòng và Sở Công Thương tỉnh Quảng Ninh "
            "đăng cai hội nghị.",
            {"Sở Công Thương thành phố Hải Phòng", "Sở Công Thương tỉnh Quảng Ninh"},
        ),
        (  # name words after the place still belong to the name
            "Năm 2021, Cụm thi đua số 5 gồm Bệnh viện Đa khoa tỉnh Phú Thọ cơ sở 2 và Bệnh viện Sản Nhi tỉnh Yên Bái.",
            {"Bệnh viện Đa khoa tỉnh Phú Thọ cơ sở 2", "Bệnh viện Sản Nhi tỉnh Yên Bái"},
        ),
    ],
)
def test_members_end_before_verb(text, expected):
    assert found(text, Member, "member") == expected


# --- where a member is, between it and the next member --------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Năm 2015, Cụm thi đua số 3 gồm 2 đơn vị: Tòa án quân sự khu vực 1 Quân khu 5 (TAQS khu vực 1) đóng quân "
            "tại thành phố Đà Nẵng và Tòa án quân sự khu vực 2 Quân khu 5 đóng quân tại thành phố Quy Nhơn.",
            {"Tòa án quân sự khu vực 1 Quân khu 5", "Tòa án quân sự khu vực 2 Quân khu 5"},
        ),
        (
            "Năm 2017, Khối thi đua số 4 gồm Trường Cao đẳng Nghề Lạng Sơn có trụ sở tại thành phố Lạng Sơn, Trường "
            "Cao đẳng Nghề Cao Bằng có trụ sở tại thành phố Cao Bằng và Trường Trung cấp Nghề Bắc Kạn.",
            {"Trường Cao đẳng Nghề Lạng Sơn", "Trường Cao đẳng Nghề Cao Bằng", "Trường Trung cấp Nghề Bắc Kạn"},
        ),
        (
            "Năm 2018, Cụm thi đua số 2 gồm Đồn Biên phòng Sa Vĩ đóng tại xã Trà Cổ; Đồn Biên phòng Bắc Sơn.",
            {"Đồn Biên phòng Sa Vĩ", "Đồn Biên phòng Bắc Sơn"},
        ),
    ],
)
def test_members_located_at(text, expected):
    assert found(text, Member, "member") == expected


def test_members_located_at_negative():
    # a place with a clause after it ends the list there: no member read from the clause
    text = ("Năm 2015, Cụm thi đua số 3 gồm Tòa án quân sự khu vực 1 và Tòa án quân sự khu vực 2 đóng quân tại "
            "thành phố Vinh từ nhiều năm nay, phối hợp tốt với các đơn vị.")
    assert found(text, Member, "member") == {"Tòa án quân sự khu vực 1", "Tòa án quân sự khu vực 2"}
