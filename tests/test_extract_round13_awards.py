"""Awards, campaigns and persons: an appended list sorted under award sub-headings with labels between its rows
("Khối thi đua số 1:", "I. Khối …") that a closing block ("Nơi nhận:", "Kính gửi:") ends; bare place names after a
group of places; a head shared over places that a unit of its own closes; counted stand-ins ("Hai xã này", "Cả
hai"), for units of their kind or for persons; a badge's quoted name; parallel clauses of choosing, each with its
own predicate; a table cell's award spelt out by the document's key; a fronted topic that is a unit given the
award; a first predicate joined by "và"; themes fronted before a pact or after "với nội dung" of a pact or a
launch; Mông, Dao and Central Highlands names; a name in capitals over its office in a closing block. Invented
sentences with other units, places and years than the documents; negatives that must yield nothing."""

from __future__ import annotations

import pytest

from schemas.facts import Award, Campaign, Person
from tests.conftest import found

LEAD = "Tổng kết phong trào thi đua năm 2022. "  # a document about emulation work


# --- an appended list sorted under award sub-headings, label lines between its rows ------------------------

SORTED = """QUYẾT ĐỊNH:
Điều 1. Tặng danh hiệu thi đua năm 2019 cho các tập thể có thành tích xuất sắc, cụ thể:
1. Cờ thi đua của Công ty: 02 tập thể;
2. Danh hiệu Tập thể Lao động xuất sắc: 03 tập thể.

PHỤ LỤC
DANH SÁCH TẬP THỂ ĐƯỢC KHEN THƯỞNG NĂM 2019
(Kèm theo Quyết định số 21/QĐ-CTN ngày 08/01/2020 của Giám đốc Công ty Cấp nước Bình Định)

I. CỜ THI ĐUA CỦA CÔNG TY CẤP NƯỚC BÌNH ĐỊNH (02 tập thể)
TT | Tên tập thể | Ghi chú
1 | Chi nhánh cấp nước Tây Sơn | Dẫn đầu Khối 1
2 | Phòng Kỹ thuật - Vật tư | Dẫn đầu Khối 2

II. DANH HIỆU TẬP THỂ LAO ĐỘNG XUẤT SẮC (03 tập thể)
Khối thi đua số 1:
1. Chi nhánh cấp nước Tây Sơn
2. Chi nhánh cấp nước Hoài Nhơn
Khối thi đua số 2:
3. Phòng Kỹ thuật - Vật tư
"""


def test_list_sorted_under_award_subheadings():
    assert found(SORTED, Award, "award", "recipient") == {
        ("Cờ thi đua của Công ty Cấp nước Bình Định", "Chi nhánh cấp nước Tây Sơn"),
        ("Cờ thi đua của Công ty Cấp nước Bình Định", "Phòng Kỹ thuật - Vật tư"),
        ("Tập thể Lao động xuất sắc", "Chi nhánh cấp nước Tây Sơn"),
        ("Tập thể Lao động xuất sắc", "Chi nhánh cấp nước Hoài Nhơn"),
        ("Tập thể Lao động xuất sắc", "Phòng Kỹ thuật - Vật tư"),
    }


def test_list_of_delegates_is_no_award_list():
    text = """DANH SÁCH ĐẠI BIỂU DỰ HỘI NGHỊ NĂM 2019
(Kèm theo Thông báo số 05/TB-KTĐ)
Khối thi đua số 1:
1. Chi nhánh cấp nước Tây Sơn
2. Chi nhánh cấp nước Hoài Nhơn
"""
    assert found(LEAD + "\n" + text, Award, "recipient") == set()


SORTED_AWARDS = {
    ("Cờ thi đua của Công ty Cấp nước Bình Định", "Chi nhánh cấp nước Tây Sơn"),
    ("Cờ thi đua của Công ty Cấp nước Bình Định", "Phòng Kỹ thuật - Vật tư"),
    ("Tập thể Lao động xuất sắc", "Chi nhánh cấp nước Tây Sơn"),
    ("Tập thể Lao động xuất sắc", "Chi nhánh cấp nước Hoài Nhơn"),
    ("Tập thể Lao động xuất sắc", "Phòng Kỹ thuật - Vật tư"),
}


@pytest.mark.parametrize(
    "closing",
    [
        "Nơi nhận:\n- Như Điều 3;\n- Lưu: VT.\n",
        "\n\nNơi gửi:\n- Sở Nội vụ tỉnh Bình Định;\n- Lưu: VT, TCHC.",
        "\n\nKính gửi:\n- Sở Nội vụ tỉnh Bình Định;\n- Lưu: VT, TCHC.",
        "\n\nNgười lập biểu:\n- Trần Thị Lan",
    ],
)
def test_closing_line_ends_an_appended_list(closing):
    assert found(SORTED + closing, Award, "award", "recipient") == SORTED_AWARDS


# --- bare place names after a group of places; a head shared over places -----------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chủ tịch UBND huyện tặng Giấy khen cho 4 xã có thành tích xuất sắc, gồm Tân Lập, Lê Lợi, Phú Hòa và "
         "Đông Sơn.", {"Tân Lập", "Lê Lợi", "Phú Hòa", "Đông Sơn"}),
        ("UBND thị xã tặng Giấy khen cho 3 phường gồm: Trần Phú, Quang Trung và Bắc Lý.",
         {"Trần Phú", "Quang Trung", "Bắc Lý"}),
        ("UBND tỉnh tặng Cờ thi đua cho Phòng Nội vụ các huyện Kim Sơn, Yên Mô và Phòng Nội vụ thành phố Tam Điệp.",
         {"Phòng Nội vụ huyện Kim Sơn", "Phòng Nội vụ huyện Yên Mô", "Phòng Nội vụ thành phố Tam Điệp"}),
    ],
)
def test_places_listed(text, expected):
    assert found(LEAD + text, Award, "recipient") == expected


def test_persons_after_a_group_of_persons_stay_persons():
    text = "Giám đốc Sở tặng Giấy khen cho 2 cá nhân gồm ông Lê Văn Hùng và bà Trần Thị Na."
    assert found(LEAD + text, Award, "recipient") == {"Lê Văn Hùng", "Trần Thị Na"}


# --- counted stand-ins ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Qua bình xét, Cụm 1 suy tôn xã Tân Hòa dẫn đầu; Cụm 2 suy tôn xã Phước Lộc dẫn đầu. Hai xã này được đề "
         "nghị tặng Cờ thi đua của UBND tỉnh.", {"xã Tân Hòa", "xã Phước Lộc"}),
        ("Hội nghị suy tôn trường THCS Lê Lợi, trường THCS Kim Đồng và trường THCS Nam Cao dẫn đầu. Ba trường nói "
         "trên được Sở đề nghị tặng Bằng khen.", {"trường THCS Lê Lợi", "trường THCS Kim Đồng", "trường THCS Nam Cao"}),
        ("Trong đợt lũ, công nhân Hà Văn Tùng đã cứu hai em nhỏ và công nhân Đinh Thị Lan đã sơ tán 20 hộ dân. Cả "
         "hai được Chủ tịch UBND tỉnh tặng Bằng khen.", {"Hà Văn Tùng", "Đinh Thị Lan"}),
        ("Trong đợt lũ, công nhân Hà Văn Tùng đã cứu hai em nhỏ và công nhân Đinh Thị Lan đã sơ tán 20 hộ dân. Hai "
         "công nhân này đều được tặng Bằng khen.", {"Hà Văn Tùng", "Đinh Thị Lan"}),
    ],
)
def test_counted_stand_in(text, expected):
    assert found(LEAD + text, Award, "recipient") == expected


@pytest.mark.parametrize(
    "text",
    [
        # the count does not match the units named before
        "Cụm suy tôn xã Tân Hòa dẫn đầu. Ba xã này được đề nghị tặng Cờ thi đua của UBND tỉnh.",
        # a new paragraph: the stand-in looks back no further
        "Cụm suy tôn xã Tân Hòa và xã Phước Lộc dẫn đầu.\n\nHai xã này được đề nghị tặng Cờ thi đua của UBND tỉnh.",
    ],
)
def test_counted_stand_in_negatives(text):
    assert not found(LEAD + text, Award, "recipient") & {"xã Tân Hòa", "xã Phước Lộc"}


def test_years_in_a_row_are_no_stand_in():
    text = "Hai năm liền, Công an huyện Đức Cơ được tặng Cờ thi đua của Bộ Công an."
    assert found(LEAD + text, Award, "recipient") == {"Công an huyện Đức Cơ"}


# --- a badge's or medal's quoted name ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('Năm 2021, anh Lò Văn Páo được đề nghị tặng Huy hiệu "Tuổi trẻ sáng tạo" vì có sáng kiến.',
         'Huy hiệu "Tuổi trẻ sáng tạo"'),
        ("Chị Vi Thị Mến được tặng Huy hiệu “Thanh niên tiêu biểu vì cộng đồng”.",
         "Huy hiệu “Thanh niên tiêu biểu vì cộng đồng”"),
        ("Anh Đàm Văn Khải được tặng Huy hiệu “Tuổi trẻ xung kích bảo vệ Tổ quốc”.",
         "Huy hiệu “Tuổi trẻ xung kích bảo vệ Tổ quốc”"),
    ],
)
def test_quoted_badge(text, expected):
    assert found(LEAD + text, Award, "award") == {expected}


def test_quote_after_a_badge_that_opens_no_name():
    text = "Anh Lò Văn Páo được tặng Huy hiệu TPHCM. “Đó là niềm vinh dự lớn”, anh nói."
    assert found(LEAD + text, Award, "award") == {"Huy hiệu TPHCM"}


# --- parallel clauses of choosing ----------------------------------------------------------------------


def test_parallel_choices():
    text = ("Qua chấm điểm, Cụm thi đua số 1 suy tôn Phòng Tư pháp huyện Đức Trọng, Cụm thi đua số 2 suy tôn Phòng "
            "Tư pháp huyện Di Linh là đơn vị dẫn đầu, đề nghị UBND tỉnh tặng Cờ thi đua năm 2022.")
    assert found(LEAD + text, Award, "recipient") == {"Phòng Tư pháp huyện Đức Trọng", "Phòng Tư pháp huyện Di Linh"}


def test_one_subject_choosing_twice_is_no_parallel():
    text = ("Qua chấm điểm, Khối suy tôn Phòng Tư pháp huyện Đức Trọng dẫn đầu, bình chọn Phòng Tư pháp huyện Di "
            "Linh xếp thứ hai, đề nghị UBND tỉnh tặng Cờ thi đua năm 2022.")
    assert found(LEAD + text, Award, "recipient") == set()  # one subject, two choices: not told which one


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the earlier clause calls its unit something else ("là đơn vị tiên tiến"): the flag is the leader's
        ("Cụm 1 suy tôn Trường THPT Lê Lợi là đơn vị tiên tiến, Cụm 2 suy tôn Trường THPT Trần Phú là đơn vị dẫn "
         "đầu, đề nghị UBND tỉnh tặng Cờ thi đua.", {"Trường THPT Trần Phú"}),
        # both clauses call their unit the same
        ("Cụm 1 suy tôn Trường THPT Lê Lợi là đơn vị dẫn đầu, Cụm 2 suy tôn Trường THPT Trần Phú là đơn vị dẫn "
         "đầu, đề nghị UBND tỉnh tặng Cờ thi đua.", {"Trường THPT Lê Lợi", "Trường THPT Trần Phú"}),
    ],
)
def test_parallel_choices_with_their_own_predicates(text, expected):
    assert {r for a, r in found(LEAD + text, Award, "award", "recipient") if a == "Cờ thi đua"} == expected


# --- persons: Mông, Dao and Central Highlands names; a name in capitals over its office ------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dự hội nghị có ông Thèn Văn Chỉn - Trưởng phòng Nội vụ huyện Mường Khương.", "Thèn Văn Chỉn"),
        ("Tham dự có ông A Blếch, Phó Giám đốc Sở Văn hóa tỉnh Gia Lai.", "A Blếch"),
        ("Theo ông A Hưng, Trưởng phòng Dân tộc huyện Sa Thầy, các xã đã làm tốt.", "A Hưng"),
    ],
)
def test_minority_names(text, expected):
    assert expected in found(LEAD + text, Person, "name")


@pytest.mark.parametrize(
    "text",
    [
        "Khối A gồm 5 đơn vị; huyện A Lưới đạt giải Nhì.",
        "Ông A, Giám đốc Công ty B, phát biểu tại hội nghị.",
    ],
)
def test_a_alone_is_no_name(text):
    assert not {n for n in found(LEAD + text, Person, "name") if n.startswith("A ")}


def test_name_in_capitals_over_office():
    text = LEAD + "\n\nXin trân trọng cảm ơn!\n\nVI THỊ HẠNH\nGiám đốc Sở Tài chính tỉnh Lạng Sơn\n"
    assert found(text, Person, "name", "title") == {("VI THỊ HẠNH", "Giám đốc Sở Tài chính tỉnh Lạng Sơn")}


@pytest.mark.parametrize(
    "text",
    [
        LEAD + "\n\nKẾT QUẢ NĂM\nGiám đốc Sở Tài chính tỉnh Lạng Sơn phát biểu.\n",
        # a name in capitals with no closing formula over it: a heading
        LEAD + "\nTÔN ĐỨC THẮNG\nHiệu trưởng Trường Đại học",
    ],
)
def test_heading_in_capitals_over_a_line_is_no_name(text):
    assert found(text, Person, "name") == set()


# --- abbreviated awards in a table cell, spelt out by the key under the table --------------------------------

LEGEND = """Kết quả bình xét năm 2021 như sau:
TT | Đơn vị | Điểm | Đề nghị khen thưởng
1 | Trạm Kiểm lâm Hòn Bà | 97,5 | Cờ TĐ UBND
2 | Trạm Kiểm lâm Tà Cú | 96,0 | BK BNN
3 | Trạm Kiểm lâm Núi Chúa | 94,0 | -
Ghi chú: Cờ TĐ UBND: Cờ thi đua của UBND tỉnh Khánh Hòa; BK BNN: Bằng khen của Bộ trưởng Bộ Nội vụ.
"""


def test_award_key_under_a_table():
    assert found(LEAD + "\n" + LEGEND, Award, "award", "recipient") == {
        ("Cờ thi đua của UBND tỉnh Khánh Hòa", "Trạm Kiểm lâm Hòn Bà"),
        ("Bằng khen của Bộ trưởng Bộ Nội vụ", "Trạm Kiểm lâm Tà Cú"),
    }


def test_no_key_no_spelt_out_award():
    text = LEGEND.split("Ghi chú")[0]
    assert not {a for a, _ in found(LEAD + "\n" + text, Award, "award", "recipient")} & {
        "Cờ thi đua của UBND tỉnh Khánh Hòa", "Bằng khen của Bộ trưởng Bộ Nội vụ"}


# --- campaigns: a fronted theme, a pact's content, a body after "phong trào thi đua" -------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('Với chủ đề "Kỷ cương, sáng tạo, về đích sớm năm 2020", lãnh đạo 9 Sở Xây dựng đã ký giao ước thi đua.',
         {("Kỷ cương, sáng tạo, về đích sớm năm 2020", "theme")}),
        ("Các bệnh viện ký kết giao ước thi đua năm 2020 với nội dung “Tận tâm, an toàn, hài lòng người bệnh”.",
         {("Tận tâm, an toàn, hài lòng người bệnh", "theme")}),
    ],
)
def test_theme_cues(text, expected):
    assert found(LEAD + text, Campaign, "name", "kind") == expected


@pytest.mark.parametrize(
    "text",
    [
        "Với chủ đề “Sắc xuân miền biển”, hội chợ thu hút đông đảo du khách.",
        "Hội thảo với nội dung “Đổi mới quản trị đại học” diễn ra tại Huế.",
        "Tổng kết phong trào thi đua Khối thi đua các Sở Xây dựng miền Trung năm 2020.",
        "Tổng kết phong trào thi đua Cụm các phường nội thành năm 2020.",
        # "với nội dung" after a meeting, a letter or a contract, not after a pact or a launch
        "Hội đồng Thi đua - Khen thưởng tỉnh họp với nội dung “Xét khen thưởng năm 2022” vào ngày 10/12.",
        "Ban Thi đua gửi công văn với nội dung “Đề nghị báo cáo tổng kết” đến các Sở.",
        "Công ty ký hợp đồng thi công với nội dung “Sửa chữa đường giao thông nông thôn”, đồng thời phát động thi "
        "đua.",
        # a fronted theme whose pact stands in a later clause
        "Với chủ đề “Tuổi trẻ xung kích”, Đoàn thanh niên tổ chức hội thao; sau đó các đơn vị ký giao ước thi đua.",
        "Với chủ đề “Tuổi trẻ xung kích”, Đoàn thanh niên tổ chức ra quân; sau đó các đơn vị ký giao ước thi đua.",
    ],
)
def test_no_campaign(text):
    assert found(LEAD + text, Campaign, "name") == set()


# --- a stand-in with a demonstrative after "cho"; a dated lead before the unit named before ----------------------


def test_stand_in_with_demonstrative():
    text = ("Trên bảng xếp hạng năm 2018, Bảo tàng tỉnh Ninh Thuận dẫn đầu cụm. Cụm thống nhất đề nghị Bộ trưởng "
            "tặng Cờ thi đua của Bộ Văn hóa, Thể thao và Du lịch cho đơn vị này.")
    assert found(LEAD + text, Award, "recipient") == {"Bảo tàng tỉnh Ninh Thuận"}


def test_stand_in_opening_a_group_is_no_stand_in():
    text = "Năm 2018, Bảo tàng tỉnh Ninh Thuận dẫn đầu cụm. Bộ trưởng tặng Bằng khen cho đơn vị có thành tích xuất sắc."
    assert "Bảo tàng tỉnh Ninh Thuận" not in found(LEAD + text, Award, "recipient")


# --- a roman-numbered label over numbered rows in an appended list --------------------------------------------

LABELLED = """DANH SÁCH TẬP THỂ ĐƯỢC TẶNG BẰNG KHEN CỦA CHỦ TỊCH UBND TỈNH NĂM 2020
(Kèm theo Quyết định số 77/QĐ-UBND ngày 05/01/2021 của Chủ tịch UBND tỉnh)

I. Cụm thi đua các huyện miền núi
1. Phòng Nội vụ huyện Kỳ Sơn;
2. Phòng Nội vụ huyện Tương Dương.

II. Cụm thi đua các huyện đồng bằng
3. Phòng Nội vụ huyện Yên Thành.
"""


def test_roman_label_over_numbered_rows():
    assert found(LEAD + "\n" + LABELLED, Award, "recipient") == {
        "Phòng Nội vụ huyện Kỳ Sơn", "Phòng Nội vụ huyện Tương Dương", "Phòng Nội vụ huyện Yên Thành"}


def test_socialist_labour_titles():
    text = "Đề nghị: c) Công nhận danh hiệu Tổ lao động xã hội chủ nghĩa cho Tổ dệt số 3 Nhà máy Dệt Hà Đông;"
    assert found(LEAD + text, Award, "award", "recipient") == {
        ("Tổ lao động xã hội chủ nghĩa", "Tổ dệt số 3 Nhà máy Dệt Hà Đông")}


def test_chosen_unit_with_a_dotted_place():
    text = ("- Suy tôn Sở Du lịch TP. Cần Thơ là đơn vị dẫn đầu Khối, đề nghị Bộ trưởng Bộ Văn hóa, Thể thao và Du "
            "lịch tặng Cờ thi đua năm 2022;")
    assert found(LEAD + "\n" + text, Award, "recipient") == {"Sở Du lịch TP. Cần Thơ"}


# --- a fronted topic before a clause that proposes to nobody named ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("- Riêng thành tích của Tổng công ty Giấy Việt Nam, Bộ đã có văn bản đề nghị Thủ tướng Chính phủ tặng Cờ "
         "thi đua của Chính phủ năm 2020.", {"Tổng công ty Giấy Việt Nam"}),
        ("Đối với Trường THPT Chu Văn An, Sở đề nghị UBND tỉnh tặng Bằng khen.", {"Trường THPT Chu Văn An"}),
        # a bare place as the topic where the award goes to a stand-in of its kind
        ("Riêng Đắk Đoa, Khối đã thống nhất đề nghị Bộ tặng Bằng khen cho công ty vì thành tích năm 2021.",
         {"Đắk Đoa"}),
    ],
)
def test_fronted_topic(text, expected):
    assert found(LEAD + "\n" + text, Award, "recipient") == expected


@pytest.mark.parametrize(
    "text",
    [
        "Riêng năm 2020, Bộ đã đề nghị Thủ tướng tặng Cờ thi đua của Chính phủ.",
        "Đối với các đơn vị còn lại, Bộ đề nghị tặng Giấy khen.",
        "Riêng Phòng Tổ chức, Giám đốc không tặng Giấy khen năm nay.",
        "Riêng Phòng Tổ chức, Giám đốc chưa xem xét tặng Giấy khen năm nay.",
        "Đối với Luật Thi đua, khen thưởng, Quốc hội đã sửa đổi quy định về tặng Bằng khen.",
    ],
)
def test_fronted_topic_negatives(text):
    assert found(LEAD + text, Award, "recipient") == set()


# --- a first predicate joined by "và" to the verb of receiving ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Kết quả: Sở Tư pháp tỉnh Yên Bái được suy tôn là đơn vị dẫn đầu Khối và được Bộ Tư pháp tặng Cờ thi đua "
         "của Bộ Tư pháp.", {"Sở Tư pháp tỉnh Yên Bái"}),
        ("Bệnh viện Đa khoa tỉnh Sóc Trăng được bình chọn dẫn đầu Cụm và được Bộ trưởng Bộ Y tế tặng Bằng khen.",
         {"Bệnh viện Đa khoa tỉnh Sóc Trăng"}),
    ],
)
def test_first_predicate_joined_by_and(text, expected):
    assert found(LEAD + text, Award, "recipient") == expected


def test_capitalised_place_in_a_ranking():
    text = ("Kết quả: trường THCS Tô Hiệu xếp thứ Nhất cụm, được đề nghị tặng Giấy khen của Chủ tịch UBND huyện; "
            "trường THCS Ngô Quyền xếp thứ Nhì, được đề nghị công nhận danh hiệu Tập thể lao động tiên tiến.")
    assert found(LEAD + text, Award, "recipient") == {"trường THCS Tô Hiệu", "trường THCS Ngô Quyền"}


def test_cho_before_an_achievement_is_no_recipient():
    text = "Công ty Xi măng Tam Điệp được đề nghị Huân chương Lao động hạng Ba cho thành tích 5 năm 2016 - 2020."
    assert found(LEAD + text, Award, "recipient") == {"Công ty Xi măng Tam Điệp"}


# --- a unit's head in lower case after "và" opens a recipient of its own -----------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Đề nghị UBND tỉnh tặng Bằng khen cho Sở Tư pháp tỉnh và chi nhánh Ngân hàng Chính sách xã hội huyện Ân Thi.",
         {"Sở Tư pháp tỉnh", "chi nhánh Ngân hàng Chính sách xã hội huyện Ân Thi"}),
        ("Bộ trưởng tặng Bằng khen cho Trường Cao đẳng Y tế Hà Đông và trung tâm Y tế huyện Ba Vì.",
         {"Trường Cao đẳng Y tế Hà Đông", "trung tâm Y tế huyện Ba Vì"}),
        # a lowercase word that is no head goes on with the name
        ("Bộ trưởng tặng Bằng khen cho Bệnh viện Lao và bệnh phổi tỉnh Ninh Bình.",
         {"Bệnh viện Lao và bệnh phổi tỉnh Ninh Bình"}),
    ],
)
def test_lowercase_head_after_and(text, expected):
    assert found(LEAD + text, Award, "recipient") == expected


def test_dash_inside_the_last_subject_of_a_list():
    text = ("Chúc mừng Trường Trung cấp nghề số 12 và Trường Cao đẳng nghề Việt Nam - Hàn Quốc được tặng Bằng khen "
            "của Bộ trưởng.")
    assert found(LEAD + text, Award, "recipient") == {
        "Trường Trung cấp nghề số 12", "Trường Cao đẳng nghề Việt Nam - Hàn Quốc"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Riêng Công ty Cao su Ea H'leo, Khối đã thống nhất đề nghị Tập đoàn trình Chủ tịch nước tặng Huân chương Lao "
         "động hạng Ba cho công ty vì thành tích giai đoạn 2016 - 2020.", {"Công ty Cao su Ea H'leo"}),
        ("Năm 2019, Công ty Thủy điện Buôn Kuốp dẫn đầu Khối. Tổng công ty tặng Cờ thi đua cho đơn vị vì thành tích "
         "xuất sắc.", {"Công ty Thủy điện Buôn Kuốp"}),
    ],
)
def test_stand_in_before_a_reason(text, expected):
    assert found(LEAD + text, Award, "recipient") == expected


def test_another_place_after_and():
    text = "Đề nghị Chủ tịch UBND tỉnh tặng Bằng khen cho Phòng Văn hóa thị xã Gia Nghĩa và huyện Đắk Mil."
    assert found(LEAD + text, Award, "recipient") == {"Phòng Văn hóa thị xã Gia Nghĩa", "huyện Đắk Mil"}


def test_and_inside_a_name_before_its_place():
    text = "Bộ trưởng tặng Bằng khen cho Sở Giáo dục và Đào tạo tỉnh Đắk Nông."
    assert found(LEAD + text, Award, "recipient") == {"Sở Giáo dục và Đào tạo tỉnh Đắk Nông"}


def test_year_range_inside_the_first_predicate():
    text = ("Trường Tiểu học Tân Phong được Cụm suy tôn là đơn vị dẫn đầu Cụm thi đua số 4 năm học 2021 - 2022 và được "
            "Cụm đề nghị UBND tỉnh tặng Cờ thi đua của UBND tỉnh Long An.")
    assert found(LEAD + text, Award, "recipient") == {"Trường Tiểu học Tân Phong"}


# --- a counted stand-in of a unit's kind stands for units only ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ông Nguyễn Văn Hùng, Giám đốc Công ty Cổ phần Sông Đà, và bà Trần Thị Lan, Giám đốc Công ty Cổ phần "
         "Licogi, đã ký giao ước. Cả hai công ty được tặng Cờ thi đua của Bộ Xây dựng.",
         {"Công ty Cổ phần Sông Đà", "Công ty Cổ phần Licogi"}),
        ("Phòng Kế toán và Phòng Kỹ thuật đã hoàn thành xuất sắc nhiệm vụ. Hai phòng này được Giám đốc tặng Giấy "
         "khen.", {"Phòng Kế toán", "Phòng Kỹ thuật"}),
    ],
)
def test_counted_stand_in_of_a_unit_kind(text, expected):
    assert found(LEAD + text, Award, "recipient") == expected


@pytest.mark.parametrize(
    "text",
    [
        "Ông Nguyễn Văn Hùng và bà Trần Thị Lan đã về thăm hai trường. Hai trường này được Sở tặng Giấy khen.",
        "Đoàn công tác gồm ông Nguyễn Văn Hùng và bà Trần Thị Lan đã về kiểm tra. Hai xã này được đề nghị tặng "
        "Bằng khen.",
    ],
)
def test_counted_stand_in_of_a_unit_kind_is_no_person(text):
    assert not found(LEAD + text, Award, "recipient") & {"Nguyễn Văn Hùng", "Trần Thị Lan"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hội đồng Thi đua - Khen thưởng tỉnh phát động thi đua với nội dung “Chung sức xây dựng nông thôn mới”.",
         {"Chung sức xây dựng nông thôn mới"}),
        ("Với chủ đề “Đoàn kết, sáng tạo, về đích”, lãnh đạo 8 sở đã ký giao ước thi đua năm 2023.",
         {"Đoàn kết, sáng tạo, về đích"}),
    ],
)
def test_theme_after_a_launch_or_fronted_before_a_pact(text, expected):
    assert found(LEAD + text, Campaign, "name") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dự hội nghị có ông Vừ A Sở, Chủ tịch UBND xã Lao Xa.", {"Vừ A Sở"}),
        ("Ông Thèn Seo Páo, Phó Chủ tịch UBND huyện dự.", {"Thèn Seo Páo"}),
        ("Ông Cháng Văn Sử, Trưởng phòng Nội vụ huyện dự.", {"Cháng Văn Sử"}),
        # a Mông or Dao family name with no middle name, or after a lowercase place word, opens a place
        ("Trạm Vừ Lũng, Phó Giám đốc Sở dự; xã Tẩn Xà Phìn, Chủ tịch UBND xã báo cáo.", set()),
        ("Các xã Vừ Lũng Sung và Tẩn Xà Phìn được UBND tỉnh tặng Bằng khen.", set()),
    ],
)
def test_mong_and_dao_family_names_need_a_middle_name(text, expected):
    assert found(LEAD + text, Person, "name") == expected
