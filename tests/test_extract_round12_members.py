"""Members, round twelve (heldout14, heldout17, heldout18, heldout19): unit names with "trẻ" and gifted schools,
a place word of its own at the end of a shared-head list, Roman numbers after a numbered unit, "Khu vực thi đua
gồm", a count in words before "gồm", "cùng nằm trong", a body's line with a colon, and the year of a table that
compares years or of a school year. Invented sentences with other units, places and years than the documents;
negatives that must yield nothing."""

from __future__ import annotations

import pytest

from schemas.facts import Member
from tests.conftest import found

# --- unit names: "trẻ" of an association, "chuyên" after a school's level --------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Cụm thi đua số 4 gồm Hội Thầy thuốc trẻ các tỉnh Sơn La, Điện Biên và Lai Châu.",
            {"Hội Thầy thuốc trẻ tỉnh Sơn La", "Hội Thầy thuốc trẻ tỉnh Điện Biên", "Hội Thầy thuốc trẻ tỉnh Lai Châu"},
        ),
        (
            "Khối thi đua số 2 gồm Hội Trí thức trẻ tỉnh Bến Tre và Hội Trí thức trẻ tỉnh Trà Vinh.",
            {"Hội Trí thức trẻ tỉnh Bến Tre", "Hội Trí thức trẻ tỉnh Trà Vinh"},
        ),
        (
            "Cụm thi đua số 6 gồm: THPT chuyên Lê Khiết, THPT chuyên Nguyễn Bỉnh Khiêm và Trường Trung học phổ thông "
            "chuyên Lương Thế Vinh.",
            {"THPT chuyên Lê Khiết", "THPT chuyên Nguyễn Bỉnh Khiêm",
             "Trường Trung học phổ thông chuyên Lương Thế Vinh"},
        ),
        (  # the level and "chuyên" shared by the names after the first
            "Cụm thi đua các trường chuyên miền núi phía Bắc tổng kết năm 2019. Cụm hiện có 4 trường: THPT chuyên "
            "Chu Văn An (Lạng Sơn), Hùng Vương (Phú Thọ), Lào Cai và Cao Bằng.",
            {"THPT chuyên Chu Văn An", "THPT chuyên Hùng Vương", "THPT chuyên Lào Cai", "THPT chuyên Cao Bằng"},
        ),
    ],
)
def test_members_young_and_gifted(text, expected):
    assert found(text, Member, "member") == expected


# --- a place word of its own after a shared head ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Cụm thi đua số 5 gồm Sở Y tế các tỉnh Kon Tum, Gia Lai và thành phố Đà Nẵng.",
            {"Sở Y tế tỉnh Kon Tum", "Sở Y tế tỉnh Gia Lai", "Sở Y tế thành phố Đà Nẵng"},
        ),
        (  # one capitalised word after its place word, the list closed by a bracket
            "Cụm thi đua số 1 (gồm Liên minh Hợp tác xã các tỉnh Phú Yên, Khánh Hòa và thành phố Huế) tổ chức hội "
            "nghị.",
            {"Liên minh Hợp tác xã tỉnh Phú Yên", "Liên minh Hợp tác xã tỉnh Khánh Hòa",
             "Liên minh Hợp tác xã thành phố Huế"},
        ),
        (
            "Khối thi đua số 3 gồm Phòng Tư pháp các huyện Mỹ Đức, Ứng Hòa và thị xã Sơn Tây.",
            {"Phòng Tư pháp huyện Mỹ Đức", "Phòng Tư pháp huyện Ứng Hòa", "Phòng Tư pháp thị xã Sơn Tây"},
        ),
    ],
)
def test_members_own_place_word(text, expected):
    assert found(text, Member, "member") == expected


def test_members_shared_place_word_unchanged():
    text = "Cụm thi đua số 5 gồm Sở Y tế các tỉnh Kon Tum, Gia Lai và Đắk Lắk."
    assert found(text, Member, "member") == {"Sở Y tế tỉnh Kon Tum", "Sở Y tế tỉnh Gia Lai", "Sở Y tế tỉnh Đắk Lắk"}


# --- Roman numbers after a numbered unit -----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Khối thi đua các Cảng vụ hàng hải gồm Cảng vụ Hàng hải khu vực I, III và VI.",
            {"Cảng vụ Hàng hải khu vực I", "Cảng vụ Hàng hải khu vực III", "Cảng vụ Hàng hải khu vực VI"},
        ),
        (
            "Cụm thi đua số 2 gồm Đoàn Địa chất II, IV, V và VIII.",
            {"Đoàn Địa chất II", "Đoàn Địa chất IV", "Đoàn Địa chất V", "Đoàn Địa chất VIII"},
        ),
    ],
)
def test_members_roman_numbers(text, expected):
    assert found(text, Member, "member") == expected


# --- triggers: "Khu vực thi đua gồm", a count in words before "gồm", "của năm tỉnh", "cùng nằm trong" -------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Khu vực thi đua các Viện kiểm sát nhân dân tỉnh Đông Nam Bộ tổng kết năm 2003. Khu vực thi đua gồm 4 "
            "Viện kiểm sát nhân dân tỉnh: Bình Phước, Tây Ninh, Bình Dương và Đồng Nai.",
            {"Viện kiểm sát nhân dân tỉnh Bình Phước", "Viện kiểm sát nhân dân tỉnh Tây Ninh",
             "Viện kiểm sát nhân dân tỉnh Bình Dương", "Viện kiểm sát nhân dân tỉnh Đồng Nai"},
        ),
        (
            "Cụm thi đua các công ty cấp nước khu vực Nam Trung Bộ tổng kết năm 2012. Cụm thi đua năm nay có sáu đơn "
            "vị, gồm các công ty Phú Yên, Khánh Hòa, Ninh Thuận, Bình Thuận, Lâm Đồng và Đắk Lắk.",
            {"Công ty Phú Yên", "Công ty Khánh Hòa", "Công ty Ninh Thuận", "Công ty Bình Thuận", "Công ty Lâm Đồng",
             "Công ty Đắk Lắk"},
        ),
        (
            "Cụm thi đua các Hội Luật gia khu vực Tây Bắc gồm Hội Luật gia của bốn tỉnh Lai Châu, Điện Biên, Sơn "
            "La và Hòa Bình.",
            {"Hội Luật gia tỉnh Lai Châu", "Hội Luật gia tỉnh Điện Biên", "Hội Luật gia tỉnh Sơn La",
             "Hội Luật gia tỉnh Hòa Bình"},
        ),
        (
            "Trong ngành, Cục Thú y và Cục Bảo vệ thực vật cùng nằm trong Khối thi đua các Cục chuyên ngành, cùng với "
            "Cục Chăn nuôi và Cục Trồng trọt.",
            {"Cục Thú y", "Cục Bảo vệ thực vật", "Cục Chăn nuôi", "Cục Trồng trọt"},
        ),
    ],
)
def test_members_new_triggers(text, expected):
    assert found(text, Member, "member") == expected


# --- a line that opens with a body, then a colon and its members --------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Các trạm được chia thành 2 cụm thi đua:\n"
            "🔸 Cụm thi đua số 1 (các phường phía Bắc): Trạm Y tế các phường An Lạc, An Bình và Tân Tạo.\n"
            "🔸 Cụm thi đua số 2 (các phường phía Nam): Trạm Y tế thị trấn Tân Túc và Trạm Y tế các xã Bình Chánh, "
            "Tân Nhựt.",
            {("Cụm thi đua số 1", "Trạm Y tế phường An Lạc"), ("Cụm thi đua số 1", "Trạm Y tế phường An Bình"),
             ("Cụm thi đua số 1", "Trạm Y tế phường Tân Tạo"), ("Cụm thi đua số 2", "Trạm Y tế thị trấn Tân Túc"),
             ("Cụm thi đua số 2", "Trạm Y tế xã Bình Chánh"), ("Cụm thi đua số 2", "Trạm Y tế xã Tân Nhựt")},
        ),
        (
            "- Khối thi đua số 4: Sở Công Thương, Sở Xây dựng và Sở Giao thông vận tải.",
            {("Khối thi đua số 4", "Sở Công Thương"), ("Khối thi đua số 4", "Sở Xây dựng"),
             ("Khối thi đua số 4", "Sở Giao thông vận tải")},
        ),
    ],
)
def test_members_body_colon(text, expected):
    assert found(text, Member, "body", "member") == expected


@pytest.mark.parametrize(
    "text",
    [
        # a role, not a list of members
        "- Cụm thi đua số 3: Trạm Y tế xã Hòa Khánh (Cụm trưởng), Trạm Y tế xã Hòa Sơn (Cụm phó).",
        # a result after the first unit
        "Cụm thi đua số 3: Sở Tư pháp tỉnh Hòa Bình xếp thứ nhất, Sở Tư pháp tỉnh Sơn La xếp thứ hai.",
        # a score, no units
        "Cụm thi đua số 3: 97,5 điểm.",
        # the body does not open the line
        "Kết quả chấm điểm Cụm thi đua số 3: Sở Tư pháp, Sở Nội vụ và Sở Tài chính đạt điểm cao.",
    ],
)
def test_members_body_colon_negative(text):
    assert found(text, Member, "member") == set()


# --- years: a school year, a table header that compares two years ------------------------------------------------


def test_members_school_year_nearest():
    text = ("Năm học 2016 - 2017, Cụm thi đua số 2 gồm Trường THCS Lê Lợi, Trường THCS Kim Đồng và Trường THCS "
            "Hoàng Hoa Thám.")
    assert found(text, Member, "member", "year") == {
        ("Trường THCS Lê Lợi", 2017), ("Trường THCS Kim Đồng", 2017), ("Trường THCS Hoàng Hoa Thám", 2017)}


def test_members_table_compared_years():
    text = ("Khối thi đua các công ty may tổng kết năm 2019.\n"
            "TT | Đơn vị | Điểm 2018 | Điểm 2019\n"
            "1 | Công ty May Sông Hồng | 95 | 97\n"
            "2 | Công ty May Đức Giang | 94 | 96\n")
    assert found(text, Member, "member", "year") == {("Công ty May Sông Hồng", 2019), ("Công ty May Đức Giang", 2019)}


def test_members_table_initials_beside_spelt_out():
    text = ("Khối thi đua các đơn vị cơ khí năm 2019 gồm Tổng Công ty Cổ phần Cơ khí Hà Bắc và Công ty Cổ phần Máy "
            "Thái Nguyên.\n"
            "TT | Đơn vị | Điểm\n"
            "1 | TCT CP Cơ khí Hà Bắc | 97\n"
            "2 | Công ty CP Máy Thái Nguyên | 96\n")
    assert found(text, Member, "member") == {"Tổng Công ty Cổ phần Cơ khí Hà Bắc", "Công ty Cổ phần Máy Thái Nguyên"}


# --- a count and a kind before a head that the list shares; stations; a place word the last member keeps ----------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Cụm thi đua số 2 gồm 3 trường THCS chuyên: Lê Quý Đôn, Trần Đại Nghĩa và Nguyễn Huệ.",
            {"THCS chuyên Lê Quý Đôn", "THCS chuyên Trần Đại Nghĩa", "THCS chuyên Nguyễn Huệ"},
        ),
        (
            "Cụm thi đua số 3 gồm các Trạm Khuyến nông huyện Đông Anh, Sóc Sơn và Mê Linh.",
            {"Trạm Khuyến nông huyện Đông Anh", "Trạm Khuyến nông huyện Sóc Sơn", "Trạm Khuyến nông huyện Mê Linh"},
        ),
        (
            "Khối thi đua số 5 gồm Hội Doanh nghiệp nhỏ và vừa các tỉnh Hưng Yên, Hải Dương và Bắc Ninh.",
            {"Hội Doanh nghiệp nhỏ và vừa tỉnh Hưng Yên", "Hội Doanh nghiệp nhỏ và vừa tỉnh Hải Dương",
             "Hội Doanh nghiệp nhỏ và vừa tỉnh Bắc Ninh"},
        ),
        (  # no head shared: the last member keeps its own place word
            "Cụm thi đua số 3 gồm 4 Sở Xây dựng: Sơn La, Lai Châu, Điện Biên và thành phố Hải Phòng.",
            {"Sở Xây dựng Sơn La", "Sở Xây dựng Lai Châu", "Sở Xây dựng Điện Biên", "Sở Xây dựng thành phố Hải Phòng"},
        ),
        (
            "Cụm thi đua số 3 gồm: Sơn La, Lai Châu, Điện Biên và thành phố Hải Phòng.",
            {"Sơn La", "Lai Châu", "Điện Biên", "thành phố Hải Phòng"},
        ),
    ],
)
def test_members_counted_head_and_stations(text, expected):
    assert found(text, Member, "member") == expected


def test_members_counted_places_no_head():
    # a count before a place word and a region: the places are the members, the region no head
    text = "Cụm 4 gồm Sở Tư pháp 4 tỉnh Tây Bắc: Sơn La, Lai Châu, Điện Biên và Hòa Bình."
    assert not any(m.startswith("Tây Bắc") for m in found(text, Member, "member"))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Cụm thi đua số 8 gồm Đài Phát thanh và Truyền hình các tỉnh Hà Giang, Tuyên Quang và Yên Bái.",
            {"Đài Phát thanh và Truyền hình tỉnh Hà Giang", "Đài Phát thanh và Truyền hình tỉnh Tuyên Quang",
             "Đài Phát thanh và Truyền hình tỉnh Yên Bái"},
        ),
        (
            "Cụm thi đua số 2 gồm Hội Cựu thanh niên xung phong các tỉnh Bình Định, Phú Yên và Khánh Hòa.",
            {"Hội Cựu thanh niên xung phong tỉnh Bình Định", "Hội Cựu thanh niên xung phong tỉnh Phú Yên",
             "Hội Cựu thanh niên xung phong tỉnh Khánh Hòa"},
        ),
        (  # two heads shared over places stay two
            "Cụm thi đua số 8 gồm Sở Tư pháp và Cục Thi hành án dân sự các tỉnh Hà Giang, Tuyên Quang.",
            {"Sở Tư pháp tỉnh Hà Giang", "Sở Tư pháp tỉnh Tuyên Quang", "Cục Thi hành án dân sự tỉnh Hà Giang",
             "Cục Thi hành án dân sự tỉnh Tuyên Quang"},
        ),
    ],
)
def test_members_sector_names_whole(text, expected):
    assert found(text, Member, "member") == expected


def test_members_trade_association_names():
    text = ("Cụm thi đua Hội Cựu giáo chức các tỉnh Tây Nguyên gồm Hội Cựu giáo chức các tỉnh Kon Tum, Gia Lai và "
            "Đắk Lắk.")
    assert found(text, Member, "body", "member") == {
        ("Cụm thi đua Hội Cựu giáo chức các tỉnh Tây Nguyên", m)
        for m in ("Hội Cựu giáo chức tỉnh Kon Tum", "Hội Cựu giáo chức tỉnh Gia Lai", "Hội Cựu giáo chức tỉnh Đắk Lắk")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # two bodies in one sentence, a semicolon between
            "Các phường chia thành hai cụm. Cụm thi đua số 1: UBND các phường Hòa Minh, Hòa Khánh; Cụm thi đua số 2: "
            "UBND các phường Hòa Hiệp, Hòa Thuận và Hòa Xuân.",
            {("Cụm thi đua số 1", "UBND phường Hòa Minh"), ("Cụm thi đua số 1", "UBND phường Hòa Khánh"),
             ("Cụm thi đua số 2", "UBND phường Hòa Hiệp"), ("Cụm thi đua số 2", "UBND phường Hòa Thuận"),
             ("Cụm thi đua số 2", "UBND phường Hòa Xuân")},
        ),
        (  # "gồm" after the colon
            "Khối thi đua số 5: gồm Sở Tài chính, Cục Thuế tỉnh và Kho bạc Nhà nước tỉnh.",
            {("Khối thi đua số 5", "Sở Tài chính"), ("Khối thi đua số 5", "Cục Thuế tỉnh"),
             ("Khối thi đua số 5", "Kho bạc Nhà nước tỉnh")},
        ),
    ],
)
def test_members_body_colon_clauses(text, expected):
    assert found(text, Member, "body", "member") == expected


@pytest.mark.parametrize(
    "text",
    [
        "Cụm thi đua số 2: Nguyễn Văn Hùng, Trần Thị Lan và Lê Văn Tâm.",
        "Cụm thi đua số 2: đồng chí Nguyễn Văn Hùng, đồng chí Trần Thị Lan.",
        "Cụm thi đua số 2: Cờ thi đua của Bộ Xây dựng, Bằng khen của Bộ trưởng Bộ Xây dựng.",
    ],
)
def test_members_body_colon_not_persons(text):
    assert found(text, Member, "member") == set()


def test_members_management_zone_head():
    text = ("Khối thi đua các Khu Quản lý đường thủy gồm Khu Quản lý đường thủy nội địa I, Khu Quản lý đường thủy nội "
            "địa II. Năm 2020, Khu Quản lý đường thủy nội địa II làm Khối trưởng.")
    assert found(text, Member, "member") == {"Khu Quản lý đường thủy nội địa I", "Khu Quản lý đường thủy nội địa II"}
    from schemas.facts import Chair

    assert found(text, Chair, "holder") == {"Khu Quản lý đường thủy nội địa II"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Cụm thi đua số 6 quy tụ Trường Cao đẳng Nghề Đà Lạt, Trường Cao đẳng Nghề Gia Lai và Trường Cao đẳng Nghề "
            "Kon Tum.",
            {"Trường Cao đẳng Nghề Đà Lạt", "Trường Cao đẳng Nghề Gia Lai", "Trường Cao đẳng Nghề Kon Tum"},
        ),
        (
            "Công ty Cấp nước Huế, Công ty Cấp nước Quảng Trị và Công ty Cấp nước Quảng Bình là ba thành viên của Khối "
            "thi đua số 4.",
            {"Công ty Cấp nước Huế", "Công ty Cấp nước Quảng Trị", "Công ty Cấp nước Quảng Bình"},
        ),
    ],
)
def test_members_other_verbs(text, expected):
    assert found(text, Member, "member") == expected


@pytest.mark.parametrize(
    "text",
    [
        "Hội nghị Cụm thi đua số 6 quy tụ hơn 80 đại biểu của Sở Lao động, Sở Nội vụ và các trường.",
        "Hội nghị tổng kết Cụm thi đua số 6 có sự tham gia của đại diện Vụ Thi đua - Khen thưởng và Văn phòng Bộ.",
    ],
)
def test_members_other_verbs_negative(text):
    assert found(text, Member, "member") == set()
