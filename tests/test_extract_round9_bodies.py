"""Bodies and members, ninth round (heldout8, heldout9, devset8): where a generic body name ends (a
trade word's object, a series of kinds, "thành viên X", a place after "trên địa bàn"/"thuộc", kinds
written with a word that alone ends a name); members shared out by a kind in lower case after
"các", in brackets after a body's name, after "Ngoài X, còn có", and under a head whose "và" joins
no name. Invented sentences with other units, places and years than the documents; negatives that
must yield nothing."""

from __future__ import annotations

import pytest

from pipeline.process import process_text
from schemas.facts import Member
from tests.conftest import bodies_of, found

# --- where a generic body name ends ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a trade word's object, then a comma
            "Chúng tôi phối hợp với Khối thi đua các doanh nghiệp vận tải biển, năm nay do Công ty A làm Khối trưởng.",
            {"Khối thi đua các doanh nghiệp vận tải biển"},
        ),
        (  # ... then a verb
            "Năm 2019, Khối thi đua các công ty vận tải thủy đã ký giao ước thi đua.",
            {"Khối thi đua các công ty vận tải thủy"},
        ),
        (
            "Khối thi đua các đơn vị kinh doanh xăng dầu tổng kết công tác năm 2020.",
            {"Khối thi đua các đơn vị kinh doanh xăng dầu"},
        ),
        (  # a series of kinds of unit, named with what they belong to
            "Trường phối hợp với Khối thi đua các viện, trung tâm trực thuộc Đại học Huế, năm nay do Viện A làm "
            "Khối trưởng.",
            {"Khối thi đua các viện, trung tâm trực thuộc Đại học Huế"},
        ),
        (
            "Năm 2021, Cụm thi đua các bệnh viện, trung tâm thuộc Sở Y tế tỉnh Nghệ An tổng kết.",
            {"Cụm thi đua các bệnh viện, trung tâm thuộc Sở Y tế tỉnh Nghệ An"},
        ),
        (  # "thành viên" and its parent
            "Trường Đại học Y nhận nhiệm vụ Khối trưởng Khối thi đua các trường đại học thành viên Đại học Thái "
            "Nguyên năm 2024.",
            {"Khối thi đua các trường đại học thành viên Đại học Thái Nguyên"},
        ),
        (
            "Năm 2018, Khối thi đua các doanh nghiệp thành viên Tập đoàn Dầu khí Việt Nam đã ký giao ước thi đua.",
            {"Khối thi đua các doanh nghiệp thành viên Tập đoàn Dầu khí Việt Nam"},
        ),
        (  # a kind the tagger reads as a verb, and its place
            "Chiều nay, Khối thi đua các tổ chức tín dụng trên địa bàn tỉnh Hà Nam đã tổng kết công tác thi đua "
            "năm 2015.",
            {"Khối thi đua các tổ chức tín dụng trên địa bàn tỉnh Hà Nam"},
        ),
        (
            "Khối thi đua các tổ chức tín dụng trên địa bàn tỉnh hiện có 7 đơn vị.",
            {"Khối thi đua các tổ chức tín dụng trên địa bàn tỉnh"},
        ),
        (  # a place after "trên địa bàn" / "thuộc" after a kind of member
            "Năm 2017, Khối thi đua các doanh nghiệp ngoài quốc doanh trên địa bàn tỉnh Bến Tre tổng kết công "
            "tác thi đua.",
            {"Khối thi đua các doanh nghiệp ngoài quốc doanh trên địa bàn tỉnh Bến Tre"},
        ),
        (
            "Khối thi đua các doanh nghiệp dệt may thuộc thành phố Nam Định tổng kết năm 2016.",
            {"Khối thi đua các doanh nghiệp dệt may thuộc thành phố Nam Định"},
        ),
        (  # a trade word opened by a function syllable ("dự án"), a series of enterprise kinds, their parent
            "Khối thi đua các ban quản lý dự án trực thuộc UBND tỉnh Quảng Trị tổng kết năm 2019.",
            {"Khối thi đua các ban quản lý dự án trực thuộc UBND tỉnh Quảng Trị"},
        ),
        (
            "Khối thi đua các tổng công ty, công ty trực thuộc Bộ Xây dựng tổng kết năm 2020.",
            {"Khối thi đua các tổng công ty, công ty trực thuộc Bộ Xây dựng"},
        ),
        (  # two trades before the unit they serve
            "Khối thi đua các cơ quan tham mưu, giúp việc Huyện ủy đã ký giao ước thi đua năm 2021.",
            {"Khối thi đua các cơ quan tham mưu, giúp việc Huyện ủy"},
        ),
        (  # trades of producing and trading, and their objects
            "Khối thi đua các doanh nghiệp xuất khẩu thủy sản đồng bằng sông Cửu Long tổng kết năm 2015.",
            {"Khối thi đua các doanh nghiệp xuất khẩu thủy sản đồng bằng sông Cửu Long"},
        ),
        (
            "Năm 2018, Khối thi đua các công ty xây lắp điện đã ký giao ước thi đua.",
            {"Khối thi đua các công ty xây lắp điện"},
        ),
        (  # an attribute before a level and a place word
            "Khối thi đua các hội đặc thù cấp tỉnh năm 2022 do Hội Chữ thập đỏ tỉnh làm Khối trưởng.",
            {"Khối thi đua các hội đặc thù cấp tỉnh"},
        ),
        (
            "Cụm thi đua các trạm y tế xã miền núi tuyến huyện tổng kết năm 2017.",
            {"Cụm thi đua các trạm y tế xã miền núi tuyến huyện"},
        ),
    ],
)
def test_generic_name_ends(text, expected):
    assert bodies_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a trade word with no object: the name ends at it
            "Khối thi đua các doanh nghiệp vận tải, năm nay Công ty B làm Khối trưởng.",
            {"Khối thi đua các doanh nghiệp vận tải"},
        ),
        (  # a word after the trade word that is no object of it ends the name
            "Khối thi đua các đơn vị sản xuất kinh doanh năm 2018 đạt nhiều kết quả.",
            {"Khối thi đua các đơn vị sản xuất kinh doanh"},
        ),
        (  # "của" stays out of a descriptive name
            "Khối thi đua các doanh nghiệp xây dựng của tỉnh ký kết giao ước.",
            {"Khối thi đua các doanh nghiệp xây dựng"},
        ),
    ],
)
def test_generic_name_stops(text, expected):
    assert bodies_of(text) == expected


# --- members shared out by a kind, in brackets, after "Ngoài X" --------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a kind in lower case after "các", with its sector words
            "Năm 2017, Khối thi đua các công ty chè khu vực Tây Bắc tổng kết. Khối hiện có 4 đơn vị là các công ty chè "
            "Mộc Châu, Than Uyên, Tam Đường và Phú Thọ, với 3.000 công nhân.",
            {"Công ty chè Mộc Châu", "Công ty chè Than Uyên", "Công ty chè Tam Đường", "Công ty chè Phú Thọ"},
        ),
        (
            "Năm 2019, Khối thi đua các ngân hàng thương mại tỉnh Nam Định gồm các ngân hàng Sài Gòn Thương Tín, "
            "Á Châu và Quân Đội.",
            {"Ngân hàng Sài Gòn Thương Tín", "Ngân hàng Á Châu", "Ngân hàng Quân Đội"},
        ),
        (  # sector words the lexicons do not hold, read as nouns
            "Năm 2022, Khối thi đua các công ty xăng dầu khu vực Tây Nguyên gồm các công ty xăng dầu Gia Lai, Kon Tum "
            "và Lâm Đồng.",
            {"Công ty xăng dầu Gia Lai", "Công ty xăng dầu Kon Tum", "Công ty xăng dầu Lâm Đồng"},
        ),
        (  # a count described by "các tỉnh, thành phố", then "là" and bare places
            "Cụm thi đua số 3 gồm 4 Cục Thuế các tỉnh, thành phố Nam Trung Bộ là Khánh Hòa, Ninh Thuận, Bình Thuận "
            "và Phú Yên. Năm 2023, Cục Thuế Khánh Hòa làm Cụm trưởng.",
            {"Khánh Hòa", "Ninh Thuận", "Bình Thuận", "Phú Yên"},
        ),
        (  # "Trung ương các hội:" after a list, "và" ending the unit before it
            "Năm 2020, Khối thi đua các đoàn thể Trung ương gồm 4 cơ quan: Tổng Liên đoàn Lao động Việt Nam, "
            "Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh và Trung ương các hội: Nông dân Việt Nam, "
            "Cựu chiến binh Việt Nam.",
            {"Tổng Liên đoàn Lao động Việt Nam", "Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh",
             "Trung ương Hội Nông dân Việt Nam", "Trung ương Hội Cựu chiến binh Việt Nam"},
        ),
    ],
)
def test_members_under_plural_kind(text, expected):
    assert found(text, Member, "member") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # members in brackets after a numbered body on its own line
            "Năm 2008, các cụm thi đua tổng kết.\n1. Cụm thi đua số 2 (Công an các tỉnh Sơn La, Điện Biên, Lai Châu)\n"
            "Công an tỉnh Sơn La làm Cụm trưởng.",
            {"Công an tỉnh Sơn La", "Công an tỉnh Điện Biên", "Công an tỉnh Lai Châu"},
        ),
        (
            "Năm 2020, Khối thi đua số 3 (Sở Tư pháp, Sở Nội vụ và Thanh tra tỉnh) đã tổng kết công tác thi đua.",
            {"Sở Tư pháp", "Sở Nội vụ", "Thanh tra tỉnh"},
        ),
        (  # bare names in brackets after a generic "Cụm"
            "Năm 2019, Cụm thi đua số 5 tổng kết. Các trường trong Cụm (Lê Lợi, Nguyễn Du, Trần Phú) đều hoàn thành "
            "tốt nhiệm vụ.",
            {"Lê Lợi", "Nguyễn Du", "Trần Phú"},
        ),
        (  # "Ngoài X, còn có" after a count of the members
            "Năm 2021, Cụm thi đua số 4 tổng kết. Cụm có năm trường. Ngoài Nông Lâm, còn có các trường đại học: "
            "Sư phạm Huế, Y Dược Huế, Kinh tế Huế và Nghệ thuật Huế.",
            {"Nông Lâm", "Sư phạm Huế", "Y Dược Huế", "Kinh tế Huế", "Nghệ thuật Huế"},
        ),
    ],
)
def test_members_bracketed_and_besides(text, expected):
    assert found(text, Member, "member") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a unit that moves into another body from a year on
            "Năm 2010, Khối thi đua các trường học tổng kết. Từ năm 2011, Trường Cao đẳng Y tế Hà Tĩnh chuyển sang "
            "Khối thi đua các đơn vị sự nghiệp giáo dục.",
            {("Khối thi đua các đơn vị sự nghiệp giáo dục", "Trường Cao đẳng Y tế Hà Tĩnh", 2011)},
        ),
        (  # an aside in brackets before the verb
            "Năm 2015, Cụm thi đua số 4 tổng kết. Năm 2016, Trung tâm Y tế huyện Đức Thọ (thành lập tháng 5/2015) "
            "được bổ sung vào Cụm thi đua số 4.",
            {("Cụm thi đua số 4", "Trung tâm Y tế huyện Đức Thọ", 2016)},
        ),
        (
            "Năm 2019, Công ty Cổ phần Cấp nước Quảng Bình gia nhập Khối thi đua các doanh nghiệp nhà nước tỉnh "
            "Quảng Bình.",
            {("Khối thi đua các doanh nghiệp nhà nước tỉnh Quảng Bình", "Công ty Cổ phần Cấp nước Quảng Bình", 2019)},
        ),
        (  # a body that takes a unit in
            "Năm 2008, Khối thi đua các trường học tổng kết. Từ năm 2009, Khối kết nạp thêm Trường Trung cấp Nghề "
            "Kỳ Anh, nâng tổng số thành viên lên 7 đơn vị.",
            {("Khối thi đua các trường học", "Trường Trung cấp Nghề Kỳ Anh", 2009)},
        ),
        (
            "Năm 2013, Cụm thi đua số 3 bổ sung thêm Công an huyện Kỳ Anh và Công an thị xã Hồng Lĩnh.",
            {("Cụm thi đua số 3", "Công an huyện Kỳ Anh", 2013),
             ("Cụm thi đua số 3", "Công an thị xã Hồng Lĩnh", 2013)},
        ),
    ],
)
def test_members_that_move(text, expected):
    assert found(text, Member, "body", "member", "year") == expected


@pytest.mark.parametrize(
    "text",
    [
        # a person who moves to another post is no member; "bổ sung thêm" with no body before it
        "Năm 2019, Khối thi đua các sở tổng kết. Sở Tài chính bổ sung thêm Phòng Quản lý giá và Phòng Tin học.",
        "Năm 2019, Khối thi đua các sở tổng kết. Ông Nguyễn Văn Bình chuyển sang công tác tại Sở Nội vụ.",
        # years or persons in brackets after a generic head are no members
        "Năm 2008, Khối thi đua Liên minh HTX vùng Tây Nguyên tổng kết 4 năm kể từ khi thành lập Khối (2005 - 2008).",
        "Năm 2019, Cụm thi đua số 5 tổng kết. Đại diện Cụm (ông Nguyễn Văn An, bà Lê Thị Bình) phát biểu.",
        # a description in brackets names no members
        "Năm 2020, Cụm thi đua số 3 (các xã vùng cao) đã tổng kết công tác thi đua.",
        "Năm 2020, Khối thi đua số 2 (Khối Nội chính) của tỉnh Kiên Giang tổng kết công tác thi đua.",
        # a kind after "các" with no list of names after it
        "Năm 2019, Khối thi đua các ngân hàng thương mại tỉnh Nam Định tổng kết, các ngân hàng Nam Định đều "
        "tăng trưởng.",
        # "Ngoài X, còn có" with no count of members before it
        "Năm 2021, Cụm thi đua số 4 tổng kết. Ngoài Nông Lâm, còn có các trường đại học: Sư phạm Huế, Kinh tế Huế.",
    ],
)
def test_no_members(text):
    assert found(text, Member, "member") == set()


def test_list_ends_at_another_kind_of_bullet():
    """A list of dashed lines under a numbered line ends at the next numbered line: "3. Chủ trì: …"
    is no member."""
    text = (
        "BIÊN BẢN HỌP CỤM THI ĐUA SỐ 2 NĂM 2017\n"
        "1. Đại biểu dự: ông Trần Văn Hải, Vụ trưởng Vụ Tổ chức cán bộ.\n"
        "2. Đại diện lãnh đạo 03 đơn vị thành viên Cụm (sau đây gọi tắt là các Cục Thuế):\n"
        "- Cục Thuế tỉnh Hà Nam: ông Nguyễn Văn An, Cục trưởng;\n"
        "- Cục Thuế tỉnh Ninh Bình: ông Lê Văn Bình, Cục trưởng;\n"
        "- Cục Thuế tỉnh Nam Định: bà Phạm Thị Cúc, Cục trưởng.\n"
        "3. Chủ trì: ông Nguyễn Văn An, Cục trưởng Cục Thuế tỉnh Hà Nam - Cụm trưởng Cụm thi đua số 2 năm 2017.\n"
        "4. Thư ký: bà Đỗ Thu Hà, chuyên viên Văn phòng Cục Thuế tỉnh Hà Nam.\n"
    )
    assert found(text, Member, "member") == {
        "Cục Thuế tỉnh Hà Nam", "Cục Thuế tỉnh Ninh Bình", "Cục Thuế tỉnh Nam Định",
    }


# --- a short form of common words resolved to the one full name that ends with them -----------------


def _entities(text: str) -> set[tuple[str, tuple[str, ...]]]:
    from pipeline.export import gold_record

    return {(b["name"], tuple(b["aliases"])) for b in gold_record(*process_text(text))["bodies"]}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ngày 10/3, Khối thi đua các công ty thủy điện khu vực phía Nam đã ký kết giao ước thi đua năm 2015. "
            "Khối thi đua phía Nam hiện có 5 đơn vị.",
            {("Khối thi đua các công ty thủy điện khu vực phía Nam", ("Khối thi đua phía Nam",))},
        ),
        (
            "Cụm thi đua các chi nhánh ngân hàng khu vực miền Trung tổng kết năm 2016. Năm nay, Cụm thi đua miền Trung "
            "do Chi nhánh Đà Nẵng làm Cụm trưởng.",
            {("Cụm thi đua các chi nhánh ngân hàng khu vực miền Trung", ("Cụm thi đua miền Trung",))},
        ),
    ],
)
def test_weak_short_form_joins_full_name(text, expected):
    assert _entities(text) == expected


def test_weak_short_form_with_two_hosts_stays():
    """Two full names that end with the same common words: the short form names neither."""
    text = ("Năm 2015, Khối thi đua các công ty thủy điện khu vực phía Nam và Khối thi đua các công ty nhiệt điện khu "
            "vực phía Nam ký giao ước. Khối thi đua phía Nam hiện có 5 đơn vị.")
    assert len(_entities(text)) == 3


# --- a short name of a kind and acronyms a document coins in brackets --------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Bệnh viện Y học cổ truyền và Phục hồi chức năng (sau đây viết tắt là Bệnh viện YHCT và PHCN) tổng kết.",
            {"Bệnh viện YHCT và PHCN": "Bệnh viện Y học cổ truyền và Phục hồi chức năng"},
        ),
        (
            "Sở Văn hóa, Thể thao và Du lịch (sau đây gọi tắt là Sở VHTT và DL) chủ trì.",
            {"Sở VHTT và DL": "Sở Văn hóa, Thể thao và Du lịch"},
        ),
        (  # a plain acronym stays as it was read
            "Tòa án nhân dân (sau đây gọi tắt là TAND) tỉnh Bình Định.",
            {"TAND": "Tòa án nhân dân"},
        ),
    ],
)
def test_coined_short_name_with_acronyms(text, expected):
    from extractors.units import defined_abbreviations

    assert defined_abbreviations([text]) == expected


# --- a body the sentence names in passing after the fact owns none of it -------------------------------


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "Năm 2006, Khối thi đua các trường trung học phổ thông tổng kết. Hội nghị thống nhất giới thiệu "
            "Trường THPT "
            "Phan Bội Châu làm Khối trưởng năm 2007; đề nghị Sở phối hợp với Khối thi đua các trường trung cấp tổ "
            "chức giao lưu.",
            "Khối thi đua các trường trung học phổ thông",
        ),
        (
            "Năm 2015, Cụm thi đua số 3 tổng kết. Hội nghị suy tôn Công an huyện Can Lộc làm Cụm trưởng năm 2016, "
            "phối hợp với Cụm thi đua số 5 trong các phong trào chung.",
            "Cụm thi đua số 3",
        ),
    ],
)
def test_body_named_in_passing_after_the_fact(text, body):
    from schemas.facts import Chair

    assert {c[0] for c in found(text, Chair, "body", "role")} == {body}
