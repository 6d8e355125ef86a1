"""Awards, campaigns and persons, eleventh round, second part (heldout15 and heldout16): a grantor's head the
tagger splits ("Ủy ban Thường vụ Quốc hội"); an office serving two bodies named with "và" ("Văn phòng HĐND và
UBND huyện X"); "hàng không", "trang bị" inside a unit's name; "cho <head>" in an interview for the
interviewee's unit; a second predicate or a time before the verb of receiving ("…, đồng thời là …, vinh dự
được …"); a unit's head in lower case standing for the unit named before ("sư đoàn vừa …"); a bare "Cờ thi
đua" after an office and its organisation; an award that opens its clause and is "tặng" a dated list; a record
cited as a proposal's grounds; a head shared out over "các tỉnh A, B và C"; "cho đơn vị." ending its clause;
"Trường được …" in a unit's own yearbook; a counted group congratulated in the next sentence; an office after
one name is not the title of the words after it; a theme taken after "và lấy". Invented sentences with other
units, places and years than the documents; negatives that must yield nothing."""

from __future__ import annotations

import pytest

from schemas.facts import Award, Campaign, Person
from tests.conftest import found

LEAD = "Tổng kết phong trào thi đua năm 2023. "  # a document about emulation work

# --- a grantor's head read whole whatever the tagger makes of its syllables -----------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Sở Tài chính tỉnh Gia Lai được tặng Cờ thi đua của Ủy ban Thường vụ Quốc hội.",
         {("Cờ thi đua của Ủy ban Thường vụ Quốc hội", "Sở Tài chính tỉnh Gia Lai")}),
        ("Hội nghị đề nghị Ủy ban Thường vụ Quốc hội tặng Bằng khen của Ủy ban Thường vụ Quốc hội cho Văn phòng "
         "Đoàn ĐBQH tỉnh Kon Tum.", {("Bằng khen của Ủy ban Thường vụ Quốc hội", "Văn phòng Đoàn ĐBQH tỉnh Kon Tum")}),
        ("Công ty Cấp nước Sóc Trăng được tặng Cờ thi đua của Ủy ban nhân dân tỉnh Sóc Trăng.",
         {("Cờ thi đua của Ủy ban nhân dân tỉnh Sóc Trăng", "Công ty Cấp nước Sóc Trăng")}),
    ],
)
def test_grantor_head_whole(text, expected):
    assert found(LEAD + text, Award, "award", "recipient") == expected


# --- an office that serves two bodies: "Văn phòng A và B <place>" is one recipient -------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Văn phòng HĐND và UBND huyện Đức Trọng được tặng Bằng khen của Chủ tịch UBND tỉnh.",
         {"Văn phòng HĐND và UBND huyện Đức Trọng"}),
        ("Khối suy tôn Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh Lạng Sơn là đơn vị dẫn đầu, "
         "đề nghị tặng Cờ thi đua của Chính phủ.",
         {"Văn phòng Đoàn đại biểu Quốc hội và Hội đồng nhân dân tỉnh Lạng Sơn"}),
        ("Văn phòng Đoàn ĐBQH và HĐND tỉnh Bắc Kạn và Văn phòng Đoàn ĐBQH và HĐND tỉnh Cao Bằng được tặng "
         "Bằng khen.", {"Văn phòng Đoàn ĐBQH và HĐND tỉnh Bắc Kạn", "Văn phòng Đoàn ĐBQH và HĐND tỉnh Cao Bằng"}),
    ],
)
def test_joint_office(text, expected):
    assert found(LEAD + text, Award, "recipient") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # two units, the first with its own place, or no office opening the item
        ("Văn phòng UBND tỉnh và Công an tỉnh Yên Bái được tặng Bằng khen.",
         {"Văn phòng UBND tỉnh", "Công an tỉnh Yên Bái"}),
        ("Sở Nội vụ và Công an tỉnh Hòa Bình được tặng Bằng khen.", {"Sở Nội vụ", "Công an tỉnh Hòa Bình"}),
        ("Văn phòng Sở Y tế và Bệnh viện Đa khoa Phú Yên được tặng Giấy khen.",
         {"Văn phòng Sở Y tế", "Bệnh viện Đa khoa Phú Yên"}),
    ],
)
def test_joint_office_negatives(text, expected):
    assert found(LEAD + text, Award, "recipient") == expected


# --- "hàng không" inside a unit's name is no negation ------------------------------------------------------


def test_airport_in_list():
    text = ("Điều 1. Tặng Cờ thi đua của Tổng công ty cho 02 tập thể đã hoàn thành xuất sắc nhiệm vụ năm 2022:\n"
            "1. Cảng hàng không quốc tế Liên Khương, đơn vị dẫn đầu Cụm thi đua số 2;\n"
            "2. Cảng hàng không Điện Biên, đơn vị dẫn đầu Cụm thi đua số 1.\n")
    assert found(LEAD + "\n" + text, Award, "recipient") == {
        "Cảng hàng không quốc tế Liên Khương", "Cảng hàng không Điện Biên"}


def test_negation_still_no_name():
    text = "Trường THCS Kim Sơn không được tặng Giấy khen vì chưa hoàn thành chỉ tiêu."
    assert found(LEAD + text, Award, "recipient") <= {"Trường THCS Kim Sơn"}
    assert not any("không" in r for r in found(LEAD + text, Award, "recipient"))


# --- "cho <head>" in an interview: the interviewee's unit ---------------------------------------------------

INTERVIEW = (
    "Lữ đoàn Công binh 575: vượt khó hoàn thành nhiệm vụ\n"
    "Năm 2022, Lữ đoàn Công binh 575 được giao làm Khối trưởng Khối thi đua số 2. Nhân dịp này, phóng viên "
    "có cuộc trao đổi với Thượng tá Đinh Văn Toàn, Lữ đoàn trưởng.\n"
    "- Khối có 4 đơn vị: Lữ đoàn Công binh 575, Lữ đoàn Công binh 249, Lữ đoàn Pháo binh 164 và Trung đoàn "
    "Thông tin 29.\n"
    "- Bộ Tư lệnh đã đề nghị Chủ tịch nước tặng thưởng Huân chương Bảo vệ Tổ quốc hạng Ba cho Lữ đoàn.\n"
)


def test_interviewee_unit_for_bare_head():
    assert found(INTERVIEW, Award, "award", "recipient") == {
        ("Huân chương Bảo vệ Tổ quốc hạng Ba", "Lữ đoàn Công binh 575")}


def test_bare_head_outside_interview_is_last_named():
    text = ("Lữ đoàn Pháo binh 164 hoàn thành tốt nhiệm vụ huấn luyện năm 2022. Bộ Tư lệnh đã đề nghị tặng "
            "Bằng khen của Bộ Quốc phòng cho Lữ đoàn.")
    assert found(LEAD + text, Award, "recipient") == {"Lữ đoàn Pháo binh 164"}


# --- a second predicate of the subject before the verb of receiving ----------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Năm 2022, Bệnh viện Đa khoa tỉnh Ninh Thuận được giao làm Cụm trưởng Cụm thi đua số 3 thuộc Sở Y tế, "
         "đồng thời là đơn vị dẫn đầu Cụm, vinh dự được Bộ trưởng Bộ Y tế tặng Cờ thi đua của Bộ Y tế.",
         {("Cờ thi đua của Bộ Y tế", "Bệnh viện Đa khoa tỉnh Ninh Thuận")}),
        ("Công ty Điện lực Hà Giang làm Khối trưởng, vừa là đơn vị dẫn đầu Khối được tặng Cờ thi đua của Tổng "
         "công ty.", {("Cờ thi đua của Tổng công ty", "Công ty Điện lực Hà Giang")}),
    ],
)
def test_second_predicate(text, expected):
    assert found(LEAD + text, Award, "award", "recipient") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tôi biểu dương Trung đoàn 209. Dưới sự chỉ huy của Thượng tá Lê Văn Minh, Trung đoàn trưởng, trung "
         "đoàn vừa hoàn thành tốt nhiệm vụ huấn luyện, vừa là đơn vị dẫn đầu Khối, được Tư lệnh Quân khu tặng "
         "Cờ thi đua của Quân khu.", {("Cờ thi đua của Quân khu", "Trung đoàn 209")}),
    ],
)
def test_lowercase_head_stands_for_unit(text, expected):
    assert found(LEAD + text, Award, "award", "recipient") == expected


def test_lowercase_head_with_no_unit_before():
    text = ("Công ty Than Mạo Khê hoàn thành kế hoạch. Dưới sự chỉ đạo của Tổng công ty, trung đoàn vừa hoàn "
            "thành nhiệm vụ, vừa là đơn vị dẫn đầu Khối, được tặng Cờ thi đua của Quân khu.")
    assert found(LEAD + text, Award, "recipient") == set()


# --- a bare flag or certificate with its grantor before the verb --------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Năm 2021, Cục Hải quan tỉnh Lạng Sơn dẫn đầu Khối, vinh dự được Bộ trưởng Bộ Tài chính tặng Cờ thi đua. "
         "Cờ thi đua của Bộ Tài chính là phần thưởng cao quý.",
         {("Cờ thi đua của Bộ Tài chính", "Cục Hải quan tỉnh Lạng Sơn")}),
        ("Khối suy tôn Sở Nội vụ Ninh Bình dẫn đầu, đề nghị Chủ tịch UBND tỉnh Ninh Bình tặng Cờ thi đua. Cờ thi "
         "đua của UBND tỉnh Ninh Bình được trao tại hội nghị.",
         {("Cờ thi đua của UBND tỉnh Ninh Bình", "Sở Nội vụ Ninh Bình")}),
    ],
)
def test_bare_flag_grantor_before_verb(text, expected):
    assert found(LEAD + text, Award, "award", "recipient") == expected


@pytest.mark.parametrize(
    ("text", "recipient"),
    [
        # the full name is nowhere in the document
        ("Năm 2021, Cục Hải quan tỉnh Lạng Sơn vinh dự được Bộ trưởng Bộ Tài chính tặng Cờ thi đua.",
         "Cục Hải quan tỉnh Lạng Sơn"),
        # no office before the organisation: the giver is the organisation itself
        ("Xã Tân Lập được đề nghị UBND huyện tặng Cờ thi đua. Trước đó, thị trấn Tân Hòa được tặng Cờ thi đua của "
         "UBND huyện.", "Xã Tân Lập"),
    ],
)
def test_bare_flag_stays_bare(text, recipient):
    assert ("Cờ thi đua", recipient) in found(LEAD + text, Award, "award", "recipient")


def test_bare_flag_not_cut_from_a_longer_name():
    text = ("Hội nghị đề nghị Bộ trưởng Bộ tặng Cờ thi đua cho Trường Đại học Mỏ. Năm 2021, Trường Đại học Thủy lợi "
            "nhận Cờ thi đua của Bộ Giáo dục và Đào tạo.")
    assert "Cờ thi đua của Bộ" not in found(LEAD + text, Award, "award")


def test_bare_certificate_stays_bare():
    text = ("Khối suy tôn Sở Xây dựng Ninh Bình dẫn đầu, đề nghị Chủ tịch UBND tỉnh tặng Bằng khen. Năm trước, Bằng "
            "khen của Chủ tịch UBND tỉnh đã trao cho nhiều đơn vị.")
    assert ("Bằng khen", "Sở Xây dựng Ninh Bình") in found(LEAD + text, Award, "award", "recipient")


# --- an award that opens its clause and is "tặng" to a dated list -----------------------------------------


def test_award_given_to_dated_list():
    text = ("Cờ thi đua của Bộ Công Thương tặng đơn vị dẫn đầu Khối hằng năm: năm 2019 - Sở Công Thương Bắc Giang; "
            "năm 2020 - Sở Công Thương Lạng Sơn; năm 2021 - Sở Công Thương Cao Bằng.")
    assert found(LEAD + text, Award, "award", "recipient", "year") == {
        ("Cờ thi đua của Bộ Công Thương", "Sở Công Thương Bắc Giang", 2019),
        ("Cờ thi đua của Bộ Công Thương", "Sở Công Thương Lạng Sơn", 2020),
        ("Cờ thi đua của Bộ Công Thương", "Sở Công Thương Cao Bằng", 2021),
    }


def test_award_given_as_subject_needs_a_clause_start():
    text = "Ông Lê Văn Sáu nhận Bằng khen của Bộ trưởng tặng cho cá nhân tiêu biểu."
    assert ("Bằng khen của Bộ trưởng", "cá nhân tiêu biểu") not in found(LEAD + text, Award, "award", "recipient")


# --- a record a proposal cites as its grounds is no award ---------------------------------------------------


def test_record_cited_for_a_proposal():
    text = ("Hội nghị đề nghị tặng danh hiệu Chiến sĩ thi đua toàn quốc cho đồng chí Trần Văn Bình, Giám đốc Sở Tư "
            "pháp tỉnh Kon Tum, đã 05 năm liên tục đạt danh hiệu Chiến sĩ thi đua cơ sở và 02 lần đạt Chiến sĩ thi "
            "đua cấp tỉnh.")
    assert found(LEAD + text, Award, "award", "recipient") == {("Chiến sĩ thi đua toàn quốc", "Trần Văn Bình")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Cục Thuế tỉnh Bến Tre ba năm liền được tặng Cờ thi đua của Bộ Tài chính.",
         {("Cờ thi đua của Bộ Tài chính", "Cục Thuế tỉnh Bến Tre")}),
        ("Khối đề nghị tặng Bằng khen cho Công ty Cấp nước Bạc Liêu; Công ty Điện lực Cà Mau hai năm liền được tặng "
         "Cờ thi đua của Tổng công ty.",
         {("Bằng khen", "Công ty Cấp nước Bạc Liêu"), ("Cờ thi đua của Tổng công ty", "Công ty Điện lực Cà Mau")}),
    ],
)
def test_records_without_a_proposal_for_them_stay(text, expected):
    assert found(LEAD + text, Award, "award", "recipient") == expected


# --- a unit's head shared out over "các tỉnh A, B và C", read whole: one recipient a place ------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hội nghị đề nghị tặng Bằng khen của Trung ương Hội cho Hội Nông dân các tỉnh Gia Lai, Kon Tum và Đắk Lắk.",
         {"Hội Nông dân tỉnh Gia Lai", "Hội Nông dân tỉnh Kon Tum", "Hội Nông dân tỉnh Đắk Lắk"}),
        ("Bộ tặng Bằng khen cho Công an các huyện Mường Tè và Sìn Hồ.",
         {"Công an huyện Mường Tè", "Công an huyện Sìn Hồ"}),
    ],
)
def test_head_shared_over_places(text, expected):
    assert found(LEAD + text, Award, "recipient") == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bộ tặng Bằng khen cho Công an tỉnh Lai Châu và Công an tỉnh Điện Biên.",
         {"Công an tỉnh Lai Châu", "Công an tỉnh Điện Biên"}),
        ("Bộ tặng Bằng khen cho Sở Tư pháp tỉnh Lâm Đồng.", {"Sở Tư pháp tỉnh Lâm Đồng"}),
    ],
)
def test_head_not_shared(text, expected):
    assert found(LEAD + text, Award, "recipient") == expected


# --- "cho đơn vị" ending its clause: the unit the sentence or the one before opens with ---------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Trong đó, Công ty Môi trường Đô thị Sầm Sơn đã hoàn thành vượt kế hoạch; Tổng công ty đã đề nghị Bộ "
         "Nông nghiệp tặng Bằng khen của Bộ trưởng cho đơn vị.",
         {("Bằng khen của Bộ trưởng", "Công ty Môi trường Đô thị Sầm Sơn")}),
        ("Công ty Điện lực Bắc Ninh hoàn thành kế hoạch năm. Hội đồng thi đua đã đề nghị Bộ tặng Cờ thi đua của "
         "Bộ Nông nghiệp cho đơn vị.", {("Cờ thi đua của Bộ Nông nghiệp", "Công ty Điện lực Bắc Ninh")}),
    ],
)
def test_cho_stand_in(text, expected):
    assert found(LEAD + text, Award, "award", "recipient") == expected


def test_cho_stand_in_before_a_description_is_a_group():
    text = ("Công ty Điện lực Bắc Ninh hoàn thành kế hoạch năm. Hội đồng đề nghị tặng Bằng khen cho đơn vị có "
            "thành tích xuất sắc.")
    assert "Công ty Điện lực Bắc Ninh" not in found(LEAD + text, Award, "recipient")


# --- a head opening a list line in a unit's own yearbook: the unit its title names -------------------------

YEARBOOK = (
    "KỶ YẾU TRƯỜNG TIỂU HỌC LÊ LỢI - HUYỆN ĐỨC PHỔ\n"
    "NĂM HỌC 2015 - 2016\n"
    "Tháng 9/2015\n"
    "- Các trường trong cụm cử Trường Tiểu học Lê Lợi làm Cụm trưởng, Trường Tiểu học Phổ Vinh làm Cụm phó.\n"
    "Tháng 5/2016\n"
    "- Trường Tiểu học Phổ Vinh được đề nghị tặng Giấy khen của Chủ tịch UBND huyện.\n"
    "- Trường được UBND tỉnh tặng Bằng khen năm học 2015 - 2016; được công nhận danh hiệu Tập thể lao động "
    "xuất sắc.\n"
)


def test_yearbook_own_unit():
    assert found(YEARBOOK, Award, "award", "recipient") >= {
        ("Bằng khen", "Trường Tiểu học Lê Lợi"), ("Tập thể lao động xuất sắc", "Trường Tiểu học Lê Lợi")}
    assert ("Bằng khen", "Trường Tiểu học Phổ Vinh") not in found(YEARBOOK, Award, "award", "recipient")


def test_title_without_that_head_gives_no_unit():
    text = YEARBOOK.replace("KỶ YẾU TRƯỜNG TIỂU HỌC LÊ LỢI - HUYỆN ĐỨC PHỔ", "BIÊN NIÊN CỤM THI ĐUA SỐ 3")
    assert ("Bằng khen", "Trường Tiểu học Lê Lợi") not in found(text, Award, "award", "recipient")


# --- persons: an office after one name is not the title before the words that follow it ------------------


def test_office_after_name_not_before_branch():
    text = ('"Chúng tôi sẽ bổ sung tiêu chí", ông Đỗ Minh Khôi, Giám đốc Agribank Tây Đô chia sẻ.')
    assert found(LEAD + text, Person, "name") == {"Đỗ Minh Khôi"}


def test_title_before_a_second_person_stays():
    text = "Ông Trần Văn Bình, Giám đốc Sở Tài chính, và Phó Giám đốc Sở Lê Văn Cường dự họp."
    assert found(LEAD + text, Person, "name") == {"Trần Văn Bình", "Lê Văn Cường"}


# --- campaigns: a theme taken in a clause of its own after an event ----------------------------------------


def test_theme_after_event_clause():
    text = ('Năm 2024 cụm sẽ tổ chức hội thảo chuyên đề về chuyển đổi số và chọn chủ đề thi đua năm 2024 là '
            '"Kỷ cương, sáng tạo, phục vụ nhân dân".')
    assert found(LEAD + text, Campaign, "name", "kind") == {("Kỷ cương, sáng tạo, phục vụ nhân dân", "theme")}


def test_theme_of_an_event_stays_out():
    text = 'Trường tổ chức hội thảo khoa học với chủ đề "Đổi mới phương pháp dạy học".'
    assert found(LEAD + text, Campaign, "name") == set()


def test_occupations_in_a_list_of_persons_stay():
    text = ("Các cá nhân gồm: phóng viên Nguyễn Thị Hoa, biên tập viên Trần Minh Đức, quay phim Lê Văn Toàn được "
            "tặng Giấy khen.")
    assert found(LEAD + text, Person, "name") >= {"Nguyễn Thị Hoa", "Trần Minh Đức", "Lê Văn Toàn"}


def test_office_after_a_titled_name_starts_the_next():
    text = "Trước đó, Bí thư Huyện ủy Trần Văn Hải, Chủ tịch UBND huyện Lê Minh Tâm đã dâng hương."
    assert found(LEAD + text, Person, "name") == {"Trần Văn Hải", "Lê Minh Tâm"}


# --- a counted group whose members the next sentence congratulates ---------------------------------------


def test_group_congratulated_after():
    text = ("Tổng Giám đốc đã ký Quyết định tặng Cờ thi đua của Tổng công ty cho hai đơn vị dẫn đầu hai Khối thi đua. "
            "Thay mặt Ban Giám đốc, tôi nhiệt liệt chúc mừng Công ty Điện lực Hải Dương và Công ty Điện lực Nam Định.")
    assert found(LEAD + text, Award, "award", "recipient") == {
        ("Cờ thi đua của Tổng công ty", "Công ty Điện lực Hải Dương"),
        ("Cờ thi đua của Tổng công ty", "Công ty Điện lực Nam Định")}


def test_group_congratulated_list_of_another_size():
    text = ("Tổng Giám đốc đã ký Quyết định tặng Cờ thi đua của Tổng công ty cho ba đơn vị dẫn đầu ba Khối thi đua. "
            "Tôi chúc mừng Công ty Điện lực Hải Dương và Công ty Điện lực Nam Định.")
    assert ("Cờ thi đua của Tổng công ty", "Công ty Điện lực Hải Dương") not in found(
        LEAD + text, Award, "award", "recipient")
