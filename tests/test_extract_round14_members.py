"""Members, round fourteen (heldout28 to heldout31): a company's legal form after a dash, a lower-case kind
(with a brand) shared over places, hyphenated places of old spellings, a counted kind and a colon before short
names, a delegates heading that ends with the body, the reviewed year of a year-end review and an abbreviation
after a member's head spelt out. Invented sentences with other units, places and years than the documents;
negatives that must yield nothing."""

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


# --- a company's legal form after a dash ends its name ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tổng công ty Thép Miền Trung - CTCP làm Khối trưởng.", ["Tổng công ty Thép Miền Trung - CTCP"]),
        ("Công ty Cấp nước Hòa Bình – TNHH MTV tổ chức hội nghị.", ["Công ty Cấp nước Hòa Bình – TNHH MTV"]),
        ("gồm Công ty Than Vàng Danh - TKV và Tổng công ty Xi măng Bắc - Công ty cổ phần.",
         ["Công ty Than Vàng Danh - TKV", "Tổng công ty Xi măng Bắc - Công ty cổ phần"]),
        # before a name the company after the dash is the parent, a unit of its own
        ("Chi nhánh Đà Lạt - Công ty cổ phần Dược Lâm Viên được tặng Bằng khen.",
         ["Chi nhánh Đà Lạt", "Công ty cổ phần Dược Lâm Viên"]),
    ],
)
def test_units_legal_form_after_dash(text, expected):
    assert units_of(text) == expected


def test_members_legal_form_after_dash():
    text = ("Khối thi đua số 4 gồm 3 đơn vị thành viên: Tổng công ty Gốm sứ Phương Nam - CTCP, Tổng công ty "
            "Kính Bắc Hà - CTCP và Công ty Gạch men Đồng Xoài - TNHH MTV.")
    assert found(text, Member, "member") == {
        "Tổng công ty Gốm sứ Phương Nam - CTCP", "Tổng công ty Kính Bắc Hà - CTCP",
        "Công ty Gạch men Đồng Xoài - TNHH MTV"}


# --- a lower-case kind (maybe with a brand) shared over places ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Cụm thi đua miền núi gồm trạm y tế các xã Tân Lập, Phú Mỹ và Đồng Tâm.",
            {"Trạm y tế xã Tân Lập", "Trạm y tế xã Phú Mỹ", "Trạm y tế xã Đồng Tâm"},
        ),
        (
            "Cụm thi đua số 3 gồm chi nhánh BIDV các tỉnh Kon Tum, Gia Lai và Đắk Lắk.",
            {"Chi nhánh BIDV tỉnh Kon Tum", "Chi nhánh BIDV tỉnh Gia Lai", "Chi nhánh BIDV tỉnh Đắk Lắk"},
        ),
        (
            "Cụm thi đua số 2 gồm chi nhánh NHCSXH&PT các huyện Mường Tè, Sìn Hồ và Phong Thổ.",
            {"Chi nhánh NHCSXH&PT huyện Mường Tè", "Chi nhánh NHCSXH&PT huyện Sìn Hồ",
             "Chi nhánh NHCSXH&PT huyện Phong Thổ"},
        ),
        (
            "Cụm thi đua biên giới gồm đồn biên phòng các xã Na Mèo, Tam Chung và Pù Nhi.",
            {"Đồn biên phòng xã Na Mèo", "Đồn biên phòng xã Tam Chung", "Đồn biên phòng xã Pù Nhi"},
        ),
    ],
)
def test_members_lower_kind_over_places(text, expected):
    assert found(text, Member, "member") == expected


@pytest.mark.parametrize(
    "text",
    [
        # no place word after "các": no shared head
        "Cụm thi đua số 3 họp với trạm y tế các đơn vị bạn để rút kinh nghiệm.",
        # a place word alone ("xã") is no kind
        "Khối thi đua số 1 thăm xã các huyện miền núi.",
    ],
)
def test_members_lower_kind_negatives(text):
    assert found(text, Member, "member") == set()


# --- hyphenated places of an old spelling --------------------------------------------------------------------


def test_members_hyphenated_old_spelling():
    text = "Khối thi đua số 2 gồm các hợp tác xã cá Quỳnh-lưu, Diễn-châu, Nghi-lộc và Cửa-lò."
    assert found(text, Member, "member") == {
        "Hợp tác xã cá Quỳnh-lưu", "Hợp tác xã cá Diễn-châu", "Hợp tác xã cá Nghi-lộc", "Hợp tác xã cá Cửa-lò"}


# --- a counted kind and a colon before as many short names -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Khối thi đua các đoàn nghệ thuật gồm 4 đoàn: Xiếc, Rối nước, Ca kịch bài chòi và Dân ca Nghệ Tĩnh.",
            {"Xiếc", "Rối nước", "Ca kịch bài chòi", "Dân ca Nghệ Tĩnh"},
        ),
        (
            "Cụm thi đua số 6 gồm 3 bảo tàng: Mỹ thuật, Dân tộc học và Phụ nữ Nam Bộ.",
            {"Mỹ thuật", "Dân tộc học", "Phụ nữ Nam Bộ"},
        ),
    ],
)
def test_members_counted_short_names(text, expected):
    assert found(text, Member, "member") == expected


@pytest.mark.parametrize(
    "text",
    [
        # as many names as counted, or none
        "Khối thi đua các đoàn nghệ thuật gồm 5 đoàn: Xiếc, Rối nước và Ca kịch bài chòi.",
        # words in lower case are no names
        "Cụm thi đua số 6 gồm 3 bảo tàng: mỹ thuật, dân tộc học và phụ nữ.",
    ],
)
def test_members_counted_short_names_negatives(text):
    assert found(text, Member, "member") == set()


# --- a delegates heading that ends with the body --------------------------------------------------------------


def test_members_delegates_heading_with_body():
    text = ("BIÊN BẢN HỘI NGHỊ\n"
            "1. Đại biểu khách mời:\n"
            "- Ông Trần Văn Bảy, Phó Giám đốc Sở Văn hóa tỉnh Gia Lai.\n"
            "2. Đại diện 3 đơn vị thành viên Cụm thi đua Đài Phát thanh các tỉnh Tây Nguyên:\n"
            "- Đài Phát thanh Gia Lai: ông Lê Văn Mười, Giám đốc;\n"
            "- Đài Phát thanh Kon Tum: bà Đỗ Thị Tám, Phó Giám đốc;\n"
            "- Đài Phát thanh Đắk Nông: ông Phạm Văn Chín, Giám đốc.\n"
            "Chủ trì: ông Lê Văn Mười, Giám đốc Đài Phát thanh Gia Lai, Cụm trưởng năm 2019.\n")
    assert found(text, Member, "member") == {
        "Đài Phát thanh Gia Lai", "Đài Phát thanh Kon Tum", "Đài Phát thanh Đắk Nông"}


# --- the reviewed year of a year-end review; an abbreviation after a member's head ----------------------------


def test_members_take_the_reviewed_year():
    text = ("SỞ NỘI VỤ TỈNH A CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "Hội nghị tổng kết công tác thi đua, khen thưởng năm 2019 của Cụm thi đua số 4\n"
            "Cụm thi đua số 4 gồm Sở Nội vụ tỉnh Sóc Trăng, Sở Nội vụ tỉnh Bạc Liêu và Sở Nội vụ tỉnh Cà Mau.\n"
            "Năm 2020, Sở Nội vụ tỉnh Bạc Liêu làm Cụm trưởng. Chỉ tiêu năm 2020 đã thống nhất. Kế hoạch năm "
            "2020 được thông qua. Hội nghị năm 2020 tổ chức tại Cà Mau.\n")
    assert found(text, Member, "member", "year") == {
        ("Sở Nội vụ tỉnh Sóc Trăng", 2019), ("Sở Nội vụ tỉnh Bạc Liêu", 2019), ("Sở Nội vụ tỉnh Cà Mau", 2019)}


def test_members_abbreviation_after_head_spelt_out():
    text = ("Dự hội nghị có lãnh đạo các Chi cục quản lý thị trường (QLTT) trong Cụm. Chi cục Quản lý thị trường "
            "tỉnh Lào Cai là Cụm trưởng. Cụm thi đua số 2 gồm Chi cục QLTT tỉnh Lào Cai, Chi cục QLTT tỉnh Yên Bái "
            "và Chi cục QLTT tỉnh Hà Giang.")
    assert found(text, Member, "member") == {
        "Chi cục Quản lý thị trường tỉnh Lào Cai", "Chi cục QLTT tỉnh Yên Bái", "Chi cục QLTT tỉnh Hà Giang"}


def test_members_counted_names_end_before_lower_case():
    text = ("Khối thi đua số 2 năm 2018 có 4 doanh nghiệp tham gia thi đua: Phương Trang, Hanotaxi, Sotaco và Tiên "
            "Sa, với 900 xe.")
    assert found(text, Member, "member") == {"Phương Trang", "Hanotaxi", "Sotaco", "Tiên Sa"}


# --- brands named alone after a company: no places of its head; "và" before a brand ends a name ---------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Khối thi đua số 5 gồm Công ty CP Hồng Lĩnh, Vicem, Hancorp và Cotec.",
            {"Công ty CP Hồng Lĩnh", "Vicem", "Hancorp", "Cotec"},
        ),
        (
            "Khối thi đua số 5 gồm Công ty Điện lực Hải Dương, Công ty Cấp nước Hải Dương và Vinaconex.",
            {"Công ty Điện lực Hải Dương", "Công ty Cấp nước Hải Dương", "Vinaconex"},
        ),
        (  # places named alone still share the head
            "Cụm thi đua số 2 gồm Công ty Điện lực Huế, Đà Nẵng, Quảng Nam và Quảng Ngãi.",
            {"Công ty Điện lực Huế", "Công ty Điện lực Đà Nẵng", "Công ty Điện lực Quảng Nam",
             "Công ty Điện lực Quảng Ngãi"},
        ),
        (  # sector names joined by "và" stay whole
            "Khối thi đua số 1 gồm Sở Khoa học và Công nghệ, Sở Kế hoạch và Đầu tư và Sở Nội vụ.",
            {"Sở Khoa học và Công nghệ", "Sở Kế hoạch và Đầu tư", "Sở Nội vụ"},
        ),
    ],
)
def test_members_brands_alone(text, expected):
    assert found(text, Member, "member") == expected


# --- two numbered places of one word joined by a dash ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Cụm thi đua số 2 gồm Chi cục Thuế khu vực Quận 4 - Quận 7, Chi cục Thuế Quận 6 và Chi cục Thuế Quận 9.",
            {"Chi cục Thuế khu vực Quận 4 - Quận 7", "Chi cục Thuế Quận 6", "Chi cục Thuế Quận 9"},
        ),
        (
            "Cụm thi đua số 1 gồm Trạm Y tế Phường 3 - Phường 8, Trạm Y tế Phường 5 và Trạm Y tế Phường 11.",
            {"Trạm Y tế Phường 3 - Phường 8", "Trạm Y tế Phường 5", "Trạm Y tế Phường 11"},
        ),
    ],
)
def test_members_numbered_places_dashed(text, expected):
    assert found(text, Member, "member") == expected


@pytest.mark.parametrize(
    "text",
    [
        # another place word after the dash: no one name of the two places (the list is given up, not misread)
        "Cụm thi đua số 2 gồm Công an Phường 1 - Quận 3, Công an Phường 2 và Công an Phường 4.",
        "Cụm thi đua số 2 gồm Trạm Y tế Phường 3 - Quận 8, Trạm Y tế Phường 5 và Trạm Y tế Phường 11.",
    ],
)
def test_members_numbered_places_dashed_other_word(text):
    assert found(text, Member, "member") == set()


# --- a kind of unit over a region after "các" is no member ----------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Quy chế áp dụng cho các Bưu điện tỉnh khu vực Bắc Trung Bộ là thành viên Cụm thi đua số 3.",
        "Các Kho bạc Nhà nước huyện miền núi là thành viên của Cụm thi đua số 2.",
    ],
)
def test_members_plural_kind_over_region_negatives(text):
    assert found(text, Member, "member") == set()


def test_members_before_trigger_still_named():
    text = "Công an huyện Ba Vì và Công an huyện Mỹ Đức là thành viên của Cụm thi đua số 5."
    assert found(text, Member, "member") == {"Công an huyện Ba Vì", "Công an huyện Mỹ Đức"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Cụm thi đua số 4 gồm đội quản lý thị trường các huyện Bắc Hà, Si Ma Cai và Mường Khương.",
            {"Đội quản lý thị trường huyện Bắc Hà", "Đội quản lý thị trường huyện Si Ma Cai",
             "Đội quản lý thị trường huyện Mường Khương"},
        ),
        (
            "Cụm thi đua số 1 gồm bưu điện các huyện Đồng Văn, Mèo Vạc và Yên Minh.",
            {"Bưu điện huyện Đồng Văn", "Bưu điện huyện Mèo Vạc", "Bưu điện huyện Yên Minh"},
        ),
    ],
)
def test_members_lower_kinds_lexicon(text, expected):
    assert found(text, Member, "member") == expected


def test_members_lower_kind_not_attendees():
    # "lãnh đạo" is no kind of unit: the districts are the members, their places bare
    text = "Cụm thi đua số 1 gồm lãnh đạo các huyện Đồng Văn, Mèo Vạc và Yên Minh."
    assert found(text, Member, "member") == {"Đồng Văn", "Mèo Vạc", "Yên Minh"}


# --- a table's header over group rows that hide its columns ----------------------------------------------------


GROUPED_TABLE = ("DANH SÁCH CÁC ĐƠN VỊ THÀNH VIÊN KHỐI THI ĐUA NĂM 2021\n\n"
                 "{header}\n"
                 "I     KHỐI THI ĐUA CÁC CÔNG TY XÂY LẮP KHU VỰC MIỀN TRUNG\n"
                 "1     Công ty Cổ phần Xây lắp Hồng Lam             Khối trưởng\n"
                 "2     Công ty Cổ phần Xây lắp Bến Thủy             Khối phó\n"
                 "3     Công ty Cổ phần Xây lắp Trà Khúc             Thành viên\n"
                 "II    KHỐI THI ĐUA CÁC CÔNG TY XÂY LẮP KHU VỰC MIỀN NAM\n"
                 "4     Công ty Cổ phần Xây lắp Cửu Long             Khối trưởng\n"
                 "5     Công ty Cổ phần Xây lắp Đồng Nai             Thành viên\n")


def test_members_table_header_over_group_rows():
    text = GROUPED_TABLE.format(header="TT    Tên đơn vị                                  Nhiệm vụ")
    central, south = ("KHỐI THI ĐUA CÁC CÔNG TY XÂY LẮP KHU VỰC MIỀN TRUNG",
                      "KHỐI THI ĐUA CÁC CÔNG TY XÂY LẮP KHU VỰC MIỀN NAM")
    assert found(text, Member, "body", "member") == {
        (central, "Công ty Cổ phần Xây lắp Hồng Lam"), (central, "Công ty Cổ phần Xây lắp Bến Thủy"),
        (central, "Công ty Cổ phần Xây lắp Trà Khúc"), (south, "Công ty Cổ phần Xây lắp Cửu Long"),
        (south, "Công ty Cổ phần Xây lắp Đồng Nai")}


def test_members_sentence_over_group_rows_is_no_header():
    text = GROUPED_TABLE.format(header="Các đơn vị đã ký giao ước thi đua năm 2021 như sau.")
    assert found(text, Member, "member") == set()


# --- review of round fourteen: over-reach of the rules above ------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # a two-word place word closes the text after the dash: the document still extracts
        "Cụm thi đua số 2 gồm Trạm Y tế Khu vực 3 - Khu vực",
        "Cụm thi đua số 2 gồm Đội Thuế liên xã thành phố 3 - thành phố",
        "Khối thi đua số 4 năm 2019 gồm: Đội Kiểm lâm cơ động thị xã 1 - thị xã\n2. Hạt Kiểm lâm huyện Ba Vì.",
    ],
)
def test_members_numbered_place_word_at_the_end(text):
    from pipeline.process import process_text
    from schemas.facts import Body

    _, facts = process_text(text)
    assert {f.name for f in facts if isinstance(f, Body)} == {text.split(" gồm")[0].removesuffix(" năm 2019")}
    assert {f.member for f in facts if isinstance(f, Member)} == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "xã" of "xã hội" is no place word: the first unit after "Các" is a member, not a group
        (
            "Các Bảo hiểm xã hội huyện Ba Vì, Bảo hiểm xã hội huyện Mỹ Đức là thành viên của Cụm thi đua số 2.",
            {"Bảo hiểm xã hội huyện Ba Vì", "Bảo hiểm xã hội huyện Mỹ Đức"},
        ),
        (
            "Các Trung tâm Bảo trợ xã hội tỉnh Nghệ An, Trung tâm Bảo trợ xã hội tỉnh Hà Tĩnh là thành viên Cụm thi "
            "đua số 3.",
            {"Trung tâm Bảo trợ xã hội tỉnh Nghệ An", "Trung tâm Bảo trợ xã hội tỉnh Hà Tĩnh"},
        ),
        (
            "Các Phòng Lao động - Thương binh và xã hội huyện Ba Vì, Phòng Lao động - Thương binh và xã hội huyện Mỹ "
            "Đức là thành viên của Cụm thi đua số 2.",
            {"Phòng Lao động - Thương binh và xã hội huyện Ba Vì",
             "Phòng Lao động - Thương binh và xã hội huyện Mỹ Đức"},
        ),
        # a place word before a region word still names a group of units
        ("Các Bưu điện tỉnh vùng Tây Bắc là thành viên Cụm thi đua số 3.", set()),
    ],
)
def test_members_plural_first_item_with_common_word(text, expected):
    assert found(text, Member, "member") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the long form only in a letterhead in capitals: the member as the list writes it
        (
            "CỤC THI HÀNH ÁN DÂN SỰ TỈNH HÀ NAM CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nBÁO CÁO\nKết quả thi đua của "
            "Cụm thi đua số 3\nCụm thi đua số 3 gồm Cục THADS tỉnh Hà Nam, Cục THADS tỉnh Nam Định và Cục THADS "
            "tỉnh Ninh Bình.\n",
            {"Cục THADS tỉnh Hà Nam", "Cục THADS tỉnh Nam Định", "Cục THADS tỉnh Ninh Bình"},
        ),
        # the long form only inside another word's name ("chi cục …"): not taken
        (
            "Hội nghị có đại diện các chi cục thi hành án dân sự tỉnh Hà Nam. Cụm thi đua số 3 gồm Cục THADS tỉnh Hà "
            "Nam, Cục THADS tỉnh Nam Định và Cục THADS tỉnh Ninh Bình.",
            {"Cục THADS tỉnh Hà Nam", "Cục THADS tỉnh Nam Định", "Cục THADS tỉnh Ninh Bình"},
        ),
        # the long form only in lower case: not taken
        (
            "KHO BẠC NHÀ NƯỚC TỈNH THÁI BÌNH\nCụm thi đua số 2 gồm Văn phòng KBNN tỉnh Thái Bình, Văn phòng KBNN tỉnh "
            "Nam Định và Văn phòng KBNN tỉnh Hà Nam.\nTrong năm, văn phòng kho bạc nhà nước tỉnh Thái Bình đạt kết "
            "quả tốt.",
            {"Văn phòng KBNN tỉnh Thái Bình", "Văn phòng KBNN tỉnh Nam Định", "Văn phòng KBNN tỉnh Hà Nam"},
        ),
        # written with the head's capital: spelt out as the text writes it
        (
            "Cụm thi đua số 3 gồm Cục THADS tỉnh Hà Nam, Cục THADS tỉnh Nam Định và Cục THADS tỉnh Ninh Bình. Cục "
            "Thi hành án dân sự tỉnh Hà Nam làm Cụm trưởng.",
            {"Cục Thi hành án dân sự tỉnh Hà Nam", "Cục THADS tỉnh Nam Định", "Cục THADS tỉnh Ninh Bình"},
        ),
    ],
)
def test_members_abbreviation_spelt_only_as_written(text, expected):
    assert found(text, Member, "member") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a place or region word after a brand goes on with the name
        (
            "Cụm thi đua số 2 gồm Trung tâm Công nghệ thông tin và Internet tỉnh Gia Lai, Sở Thông tin và Truyền "
            "thông tỉnh Gia Lai và Bưu điện tỉnh Gia Lai.",
            {"Trung tâm Công nghệ thông tin và Internet tỉnh Gia Lai", "Sở Thông tin và Truyền thông tỉnh Gia Lai",
             "Bưu điện tỉnh Gia Lai"},
        ),
        (
            "Khối thi đua số 4 gồm Công ty Cổ phần Nhựa và Polyme miền Nam, Công ty Cổ phần Hóa chất Biên Hòa và "
            "Công ty Pin Con Ó.",
            {"Công ty Cổ phần Nhựa và Polyme miền Nam", "Công ty Cổ phần Hóa chất Biên Hòa", "Công ty Pin Con Ó"},
        ),
        # a brand before the end is a unit of its own
        (
            "Cụm thi đua số 2 gồm Trường Đại học Sư phạm và Trường Đại học Bách khoa và Interlink.",
            {"Trường Đại học Sư phạm", "Trường Đại học Bách khoa", "Interlink"},
        ),
        (
            "Khối thi đua số 5 gồm Công ty Cấp nước Thái Bình và Vinaconex.",
            {"Công ty Cấp nước Thái Bình", "Vinaconex"},
        ),
    ],
)
def test_members_brand_and_place_word(text, expected):
    assert found(text, Member, "member") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # one-word places of an older spelling after a head that is no company share its head
        (
            "Cụm thi đua số 1 gồm Công an thành phố Pleiku, Kontum và Buôn Ma Thuột.",
            {"Công an thành phố Pleiku", "Công an thành phố Kontum", "Công an thành phố Buôn Ma Thuột"},
        ),
        (
            "Khối thi đua số 2 gồm Sở Điện lực Hanoi, Saigon, Haiphong và Danang.",
            {"Sở Điện lực Hanoi", "Sở Điện lực Saigon", "Sở Điện lực Haiphong", "Sở Điện lực Danang"},
        ),
        # after a company the same words are brands named alone
        (
            "Khối thi đua số 5 gồm Tổng công ty Xây dựng Hà Nội, Licogi, Sasco và Vinaconex.",
            {"Tổng công ty Xây dựng Hà Nội", "Licogi", "Sasco", "Vinaconex"},
        ),
    ],
)
def test_members_old_spelling_places_share_the_head(text, expected):
    assert found(text, Member, "member") == expected


@pytest.mark.parametrize(
    "text",
    [
        # a count of what is no unit before a colon: no members
        "Khối thi đua các trường năm học 2019 gồm 4 môn thi: Toán, Văn, Anh và Tin học.",
        "Cụm thi đua các trường THPT năm 2020 gồm 4 nội dung thi đua: Dạy tốt, Học tốt, Lao động tốt và Đoàn kết tốt.",
        "Cụm thi đua số 3 năm 2021 gồm 3 phong trào: Xanh sạch đẹp, Dân vận khéo và Chung sức xây dựng nông thôn mới.",
        "Khối thi đua số 1 gồm 3 tiêu chí: Chính trị, Chuyên môn và Đoàn thể.",
        "Cụm thi đua số 4 năm 2020 gồm 3 giải pháp: Đổi mới, Sáng tạo và Hiệu quả.",
        "Khối thi đua số 3 năm 2017 gồm 3 đợt thi đua: Mùa xuân, Mùa hè và Mùa thu.",
        "Cụm thi đua Công an các huyện năm 2020 gồm 3 chuyên đề: Phòng chống ma túy, An toàn giao thông và Phòng cháy.",
        "Ban Thường trực Khối thi đua số 2 năm 2020 gồm 3 đồng chí: Nguyễn Văn An, Lê Thị Bình và Trần Văn Cường.",
        "Khối thi đua số 2 năm 2020 gồm 3 cá nhân được đề nghị khen: Nguyễn Văn An, Lê Thị Bình và Trần Văn Cường.",
    ],
)
def test_members_counted_words_that_are_no_units(text):
    assert found(text, Member, "member") == set()


def test_members_counted_theatres_still_named():
    text = "Khối thi đua các đơn vị nghệ thuật gồm 3 nhà hát: Tuồng, Chèo và Cải lương."
    assert found(text, Member, "member") == {"Tuồng", "Chèo", "Cải lương"}


REVIEW_2019 = ("SỞ NỘI VỤ TỈNH A CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
               "Hội nghị tổng kết công tác thi đua, khen thưởng năm 2019 của Cụm thi đua số 4\n"
               "{list}\n"
               "Năm 2020, Sở Tư pháp làm Cụm trưởng. Chỉ tiêu năm 2020 đã thống nhất. Kế hoạch năm 2020 được "
               "thông qua.\n")


@pytest.mark.parametrize(
    ("listing", "expected"),
    [
        # a list that looks past the reviewed year is the members of the year the text names most
        (
            "Hội nghị thống nhất: bổ sung Sở Ngoại vụ vào Cụm; kể từ năm sau Cụm thi đua số 4 gồm Sở Nội vụ, Sở Tư "
            "pháp, Sở Ngoại vụ và Thanh tra tỉnh.",
            {("Sở Nội vụ", 2020), ("Sở Tư pháp", 2020), ("Sở Ngoại vụ", 2020), ("Thanh tra tỉnh", 2020)},
        ),
        (
            "Thực hiện Quyết định số 15/QĐ-UBND ngày 10/01/2020 của UBND tỉnh về kiện toàn các cụm thi đua, từ nay "
            "Cụm thi đua số 4 gồm Sở Nội vụ, Sở Tư pháp và Thanh tra tỉnh.",
            {("Sở Nội vụ", 2020), ("Sở Tư pháp", 2020), ("Thanh tra tỉnh", 2020)},
        ),
        # a plain list of the review: the reviewed year
        (
            "Cụm thi đua số 4 gồm Sở Nội vụ, Sở Tư pháp và Thanh tra tỉnh.",
            {("Sở Nội vụ", 2019), ("Sở Tư pháp", 2019), ("Thanh tra tỉnh", 2019)},
        ),
    ],
)
def test_members_reviewed_year_not_for_a_list_looking_ahead(listing, expected):
    assert found(REVIEW_2019.format(list=listing), Member, "member", "year") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # people, teams and whole sectors before "các" and places are no kind of unit
        ("Khối thi đua số 1 gồm đội ngũ cán bộ các phường Tân Định, Đa Kao và Bến Nghé.", set()),
        ("Cụm thi đua số 1 gồm đội tuyển bóng đá các xã Tân Lập, Phú Mỹ và Đồng Tâm.", set()),
        ("Cụm thi đua số 5 năm 2021 gồm đội viên các xã Tân Lập, Phú Mỹ và Đồng Tâm.", set()),
        ("Cụm thi đua số 2 năm 2020 gồm hội viên các xã Tân Lập, Phú Mỹ và Đồng Tâm.", set()),
        ("Khối thi đua số 4 gồm phòng các quận Ba Đình, Hoàn Kiếm và Tây Hồ.", set()),
        ("Khối thi đua số 3 gồm hội các xã Tân Lập, Phú Mỹ và Đồng Tâm.", set()),
        ("Khối thi đua số 3 gồm ban ngành các huyện Ba Vì, Mỹ Đức và Ứng Hòa.", {"Ba Vì", "Mỹ Đức", "Ứng Hòa"}),
        # a kind with its sector words, or a named team of the police, is shared over the places
        (
            "Cụm thi đua số 2 gồm phòng tư pháp các huyện Ba Vì, Mỹ Đức và Ứng Hòa.",
            {"Phòng tư pháp huyện Ba Vì", "Phòng tư pháp huyện Mỹ Đức", "Phòng tư pháp huyện Ứng Hòa"},
        ),
        (
            "Cụm thi đua số 2 gồm hội nông dân các xã Tân Lập, Phú Mỹ và Đồng Tâm.",
            {"Hội nông dân xã Tân Lập", "Hội nông dân xã Phú Mỹ", "Hội nông dân xã Đồng Tâm"},
        ),
        (
            "Cụm thi đua số 5 gồm đội CSGT các huyện Ba Vì, Mỹ Đức và Ứng Hòa.",
            {"Đội CSGT huyện Ba Vì", "Đội CSGT huyện Mỹ Đức", "Đội CSGT huyện Ứng Hòa"},
        ),
    ],
)
def test_members_lower_kind_people_and_bare_kinds(text, expected):
    assert found(text, Member, "member") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # names of persons joined by a hyphen (capital after it, or after a person's title) are no places
        ("Khối thi đua số 2 năm 2018 gồm 5 đơn vị. Tổ công tác giúp việc Khối gồm các đồng chí Y-Ngông, Y-Moan và "
         "H-Hen.", set()),
        ("Khối thi đua số 2 gồm các đồng chí Y-Ngông, Y-Moan và Ama-Thuột.", set()),
        ("Khối thi đua số 2 gồm các đồng chí Y-ngông, Y-moan và Ama-thuột.", set()),
        # places of an old spelling write the syllables after the hyphen in lower case
        (
            "Khối thi đua số 2 gồm các hợp tác xã cá Quỳnh-lưu, Diễn-châu, Nghi-lộc và Cửa-lò.",
            {"Hợp tác xã cá Quỳnh-lưu", "Hợp tác xã cá Diễn-châu", "Hợp tác xã cá Nghi-lộc", "Hợp tác xã cá Cửa-lò"},
        ),
    ],
)
def test_members_hyphened_names_of_persons(text, expected):
    assert found(text, Member, "member") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a legal form after a dash ends the name right after its own words
        (
            "Khối thi đua số 7 gồm Công ty Xi măng Hà Tiên - Công ty cổ phần hạch toán độc lập và Công ty Than Núi "
            "Béo.",
            ["Công ty Xi măng Hà Tiên - Công ty cổ phần", "Công ty Than Núi Béo"],
        ),
        (
            "Công ty Cấp nước Nam Định - Công ty TNHH một thành viên do Nhà nước nắm giữ 100% vốn điều lệ.",
            ["Công ty Cấp nước Nam Định - Công ty TNHH một thành viên"],
        ),
        (
            "Nhà máy Đạm Hà Bắc - Công ty cổ phần và Nhà máy Phân lân Văn Điển tham gia Khối.",
            ["Nhà máy Đạm Hà Bắc - Công ty cổ phần", "Nhà máy Phân lân Văn Điển"],
        ),
    ],
)
def test_units_legal_form_ends_the_name(text, expected):
    assert units_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the words after the legal form are no part of a member's name (the list is broken by them)
        ("Khối thi đua số 7 gồm Công ty Xi măng Hà Tiên - Công ty cổ phần hạch toán độc lập và Công ty Than Núi "
         "Béo.", set()),
        (
            "Khối thi đua các doanh nghiệp năm 2016 gồm Tổng công ty Lương thực - CP và Công ty Muối - CTCP phối hợp.",
            {"Tổng công ty Lương thực - CP", "Công ty Muối - CTCP"},
        ),
    ],
)
def test_members_legal_form_ends_the_name(text, expected):
    assert found(text, Member, "member") == expected
