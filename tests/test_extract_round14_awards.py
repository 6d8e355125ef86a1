"""Awards, campaigns, persons and sentences (round fourteen): a decision's inline list sorted under sub-headings that
give their count in brackets; a unit chosen to lead a numbered body whose parent follows a dash; a group spelt out by
", gồm A, B và C"; a person followed by a workplace and a description; lowercase unit heads described before their
name ("trạm y tế xã X"); "cùng (với)" joining recipients; "cho các Sở X A, B và C"; a department of a publisher or
newspaper in an appended list; a slash inside a grantor's name; a clause of its own before "và"; an article's label
as no antecedent; a leader or a placed unit before a proposal with no "được"; abbreviated academic titles before a
name; pictured symbols closing a line; an abbreviated kind said again after "và"; a dash inside a lowercase-headed
workplace; campaigns quoted inside a speech or after a pact's relative clause; drivers before names, a unit's
abbreviation before its place, a gifted school's namesake. Invented sentences with other units, places and years than
the documents; negatives that must yield nothing."""

from __future__ import annotations

import pytest

from schemas.facts import Award, Campaign, Person
from tests.conftest import found

LEAD = "Tổng kết phong trào thi đua năm 2022. "  # a document about emulation work

# --- an inline list sorted under sub-headings with their count in brackets -----------------------------------------

COUNTED_HEADINGS = """QUYẾT ĐỊNH:
Điều 1. Tặng Bằng khen của Giám đốc Sở Giao thông vận tải cho 02 tập thể và 02 cá nhân đã có thành tích xuất sắc \
năm 2018, cụ thể:

{first}
1. Hạt Quản lý đường bộ số 3;
2. Phòng Quản lý vận tải, Sở Giao thông vận tải tỉnh Bình Phước.

{second}
1. Ông Lâm Văn Thịnh, Hạt trưởng Hạt Quản lý đường bộ số 3;
2. Bà Đinh Thị Hoa, Chuyên viên Phòng Quản lý vận tải.

Điều 2. Quyết định có hiệu lực kể từ ngày ký.
"""


@pytest.mark.parametrize("first, second", [
    ("I. TẬP THỂ (02 tập thể)", "II. CÁ NHÂN (02 cá nhân)"),
    ("I. Tập thể (02)", "II. Cá nhân (02)"),
    ("A. Tập thể (02 đơn vị):", "B. Cá nhân (02 người):"),
    ("a) Tập thể", "b) Cá nhân"),
])
def test_inline_list_under_counted_subheadings(first, second):
    assert found(COUNTED_HEADINGS.format(first=first, second=second), Award, "recipient") == {
        "Hạt Quản lý đường bộ số 3",
        "Phòng Quản lý vận tải, Sở Giao thông vận tải tỉnh Bình Phước",
        "Lâm Văn Thịnh",
        "Đinh Thị Hoa",
    }


def test_counted_subheadings_of_delegates_are_no_award_list():
    text = """Hội nghị có sự tham dự của 02 tập thể và 02 cá nhân, cụ thể:

I. TẬP THỂ (02 tập thể)
1. Hạt Quản lý đường bộ số 3;
2. Phòng Quản lý vận tải.

II. CÁ NHÂN (02 cá nhân)
1. Ông Lâm Văn Thịnh;
2. Bà Đinh Thị Hoa.
"""
    assert found(text, Award, "recipient") == set()


# --- a unit chosen to lead a numbered body whose parent follows a dash, then the award after a comma ----------------

@pytest.mark.parametrize("sentence, recipient", [
    ("Kết quả, Chi cục Thuế huyện Tân Hiệp đã được suy tôn là đơn vị dẫn đầu Khối thi đua số 3 – Cục Thuế tỉnh Kiên "
     "Giang năm 2019, được đề nghị Tổng cục trưởng tặng Cờ thi đua của Tổng cục Thuế.", "Chi cục Thuế huyện Tân Hiệp"),
    ("Trường Tiểu học Hòa Bình được bình chọn là đơn vị dẫn đầu Cụm số IV - Phòng Giáo dục huyện Đức Phổ, được đề nghị "
     "tặng Cờ thi đua của UBND tỉnh.", "Trường Tiểu học Hòa Bình"),
    ("Năm 2020, Bưu điện huyện Krông Pắc đã được suy tôn dẫn đầu Khối thi đua số 2, được Tổng Giám đốc tặng Cờ thi đua "
     "của Tổng công ty Bưu điện Việt Nam.", "Bưu điện huyện Krông Pắc"),
])
def test_unit_chosen_to_lead_then_award_after_comma(sentence, recipient):
    assert found(LEAD + sentence, Award, "recipient") == {recipient}


def test_parent_after_numbered_body_is_no_recipient():
    text = LEAD + ("Đơn vị dẫn đầu Cụm thi đua số 5 – Công an tỉnh Hòa Bình năm 2020 được đề nghị tặng Cờ thi đua của "
                   "Bộ Công an.")
    assert found(text, Award, "recipient") == set()


# --- a group given an award spelt out after a comma ------------------------------------------------------------------

@pytest.mark.parametrize("tail", [", gồm {a}, {b} và {c}.", ", gồm: {a}, {b} và {c}.", ", là {a}, {b} và {c}."])
def test_group_given_award_spelt_out_after_comma(tail):
    names = {"a": "Trường THCS Phan Bội Châu", "b": "Trường THCS Lý Tự Trọng", "c": "Trường THCS Trần Cao Vân"}
    text = LEAD + "Ba đơn vị dẫn đầu các cụm được đề nghị Chủ tịch UBND tỉnh tặng Cờ thi đua" + tail.format(**names)
    assert found(text, Award, "recipient") == set(names.values())


def test_group_with_lowercase_words_after_comma_stays_a_group():
    text = LEAD + "12 tập thể được đề nghị tặng Bằng khen, gồm nhiều trường học và trạm y tế."
    assert "Trường" not in " ".join(found(text, Award, "recipient"))


# --- a person, the unit where the person works, a lowercase description, then the verb -------------------------------

@pytest.mark.parametrize("sentence, recipient", [
    ("Dược sĩ Hoàng Thị Mơ, Bệnh viện Đa khoa huyện Quế Sơn, người có 15 năm gắn bó với khoa Dược, được đề nghị công "
     "nhận danh hiệu Chiến sĩ thi đua cơ sở.", "Hoàng Thị Mơ"),
    ("Kỹ sư Đào Văn Khánh, Xí nghiệp Cơ khí Sông Đà, tác giả của 4 sáng kiến, được tặng Bằng khen của Bộ trưởng Bộ Xây "
     "dựng.", "Đào Văn Khánh"),
])
def test_person_with_workplace_and_description_receives(sentence, recipient):
    assert found(LEAD + sentence, Award, "recipient") == {recipient}


def test_units_listed_before_the_verb_stay_units():
    text = LEAD + "Trường Mầm non Hoa Sen, Trường Tiểu học Ba Đình, Trường THCS Nguyễn Du được tặng Giấy khen."
    assert found(text, Award, "recipient") == {
        "Trường Mầm non Hoa Sen", "Trường Tiểu học Ba Đình", "Trường THCS Nguyễn Du"}


# --- a lowercase unit head with lowercase words before the proper name ----------------------------------------------

@pytest.mark.parametrize("sentence, recipients", [
    ("Tặng Bằng khen của Ủy ban hành chính tỉnh cho hợp tác xã nông nghiệp Yên-thành và hợp tác xã nông nghiệp "
     "Quỳnh-đôi.", {"hợp tác xã nông nghiệp Yên-thành", "hợp tác xã nông nghiệp Quỳnh-đôi"}),
    ("Chủ tịch UBND huyện tặng Giấy khen cho trạm y tế xã Bình Minh.", {"trạm y tế xã Bình Minh"}),
    ("Sở Giáo dục tặng Giấy khen cho trường tiểu học Võ Thị Sáu.", {"trường tiểu học Võ Thị Sáu"}),
])
def test_lowercase_head_described_before_its_name(sentence, recipients):
    assert found(LEAD + sentence, Award, "recipient") == recipients


@pytest.mark.parametrize("sentence", [
    "Chủ tịch UBND huyện tặng Giấy khen cho trường hợp Lê Văn Tám.",
    "Chủ tịch UBND huyện tặng Giấy khen cho công ty đã giúp Lê Văn Tám.",
])
def test_lowercase_word_before_a_name_is_no_unit(sentence):
    assert found(LEAD + sentence, Award, "recipient") == set()


# --- "cùng (với)" joining two recipients -----------------------------------------------------------------------------

@pytest.mark.parametrize("sentence", [
    "Trạm y tế xã Tam Hiệp, cụm trưởng cụm đồng bằng năm 2021, cùng trạm y tế xã Tam Lộc được đề nghị tặng Giấy khen.",
    "Trạm y tế xã Tam Hiệp cùng với Trạm y tế xã Tam Lộc được đề nghị tặng Giấy khen.",
    "Chủ tịch UBND huyện tặng Giấy khen cho Trạm y tế xã Tam Hiệp cùng Trạm y tế xã Tam Lộc.",
])
def test_together_with_joins_recipients(sentence):
    assert {r.lower() for r in found(LEAD + sentence, Award, "recipient")} == {
        "trạm y tế xã tam hiệp", "trạm y tế xã tam lộc"}


@pytest.mark.parametrize("sentence", [
    "Trường THCS Hòa Khánh, cùng với sự giúp đỡ của Hội Cha mẹ học sinh, được tặng Giấy khen.",
    "Trường THCS Hòa Khánh cùng các trường trong cụm được tặng Giấy khen.",
    "Chủ tịch UBND huyện tặng Giấy khen cho Trường THCS Hòa Khánh cùng 5 cá nhân.",
])
def test_together_with_a_help_or_a_group_adds_no_name(sentence):
    assert found(LEAD + sentence, Award, "recipient") == {"Trường THCS Hòa Khánh"}


# --- "các" and a unit's head written once before bare places ----------------------------------------------------------

@pytest.mark.parametrize("sentence, recipients", [
    ("Bộ trưởng tặng Bằng khen cho các Sở LĐ-TB&XH Sơn La, Điện Biên và Lai Châu.",
     {"Sở LĐ-TB&XH Sơn La", "Sở LĐ-TB&XH Điện Biên", "Sở LĐ-TB&XH Lai Châu"}),
    ("Bộ trưởng tặng Bằng khen cho các Sở Tư pháp Hà Giang, Tuyên Quang và Cao Bằng.",
     {"Sở Tư pháp Hà Giang", "Sở Tư pháp Tuyên Quang", "Sở Tư pháp Cao Bằng"}),
    ("Bộ trưởng tặng Bằng khen cho các Sở Công Thương Hà Giang, Tuyên Quang và Cao Bằng.",
     {"Sở Công Thương Hà Giang", "Sở Công Thương Tuyên Quang", "Sở Công Thương Cao Bằng"}),
    ("Bộ trưởng tặng Bằng khen cho các Sở Nội vụ Thừa Thiên Huế, Quảng Trị và Quảng Bình.",
     {"Sở Nội vụ Thừa Thiên Huế", "Sở Nội vụ Quảng Trị", "Sở Nội vụ Quảng Bình"}),
])
def test_plural_head_shared_over_places(sentence, recipients):
    assert found(LEAD + sentence, Award, "recipient") == recipients


@pytest.mark.parametrize(("sentence", "recipients"), [
    # a description after the head: no places to share it over (and no one unit named)
    ("Bộ trưởng tặng Bằng khen cho các Sở Tư pháp khu vực miền núi phía Bắc.", set()),
    # fields of work after a head are one name, not places
    ("Bộ trưởng tặng Bằng khen cho Sở Văn hóa, Thể thao và Du lịch Hà Giang.",
     {"Sở Văn hóa, Thể thao và Du lịch Hà Giang"}),
])
def test_plural_head_over_a_description_is_no_list_of_places(sentence, recipients):
    assert found(LEAD + sentence, Award, "recipient") == recipients


# --- an appended list's row: a department with the publisher, newspaper or broadcaster it belongs to ----------------

APPENDED_DEPARTMENTS = """QUYẾT ĐỊNH:
Điều 1. Tặng Bằng khen của Chủ tịch UBND tỉnh cho 03 tập thể có thành tích xuất sắc năm 2017 (có danh sách kèm theo).

DANH SÁCH TẬP THỂ ĐƯỢC TẶNG BẰNG KHEN NĂM 2017
(Kèm theo Quyết định số 118/QĐ-UBND ngày 20/01/2018 của Chủ tịch UBND tỉnh Phú Thọ)

1. Ban Thư ký tòa soạn, Báo Phú Thọ;
2. Phòng Thời sự, Đài Phát thanh và Truyền hình Phú Thọ;
3. Phòng Biên tập sách thiếu nhi, Nhà xuất bản Đất Tổ.
"""


def test_department_with_its_publisher_in_an_appended_list():
    assert found(APPENDED_DEPARTMENTS, Award, "recipient") == {
        "Ban Thư ký tòa soạn, Báo Phú Thọ",
        "Phòng Thời sự, Đài Phát thanh và Truyền hình Phú Thọ",
        "Phòng Biên tập sách thiếu nhi, Nhà xuất bản Đất Tổ",
    }


def test_publisher_and_newspaper_in_a_sentence_stay_peers():
    text = LEAD + "Chủ tịch UBND tỉnh tặng Bằng khen cho Ban Tuyên giáo Tỉnh ủy, Báo Phú Thọ và Nhà xuất bản Đất Tổ."
    assert found(text, Award, "recipient") == {"Ban Tuyên giáo Tỉnh ủy", "Báo Phú Thọ", "Nhà xuất bản Đất Tổ"}


# --- words joined by a slash inside a grantor's name; a subject with a predicate of its own before "và" --------------

def test_slash_inside_grantor_name():
    text = LEAD + ("Trung ương Hội tặng Bằng khen của Trung ương Hội Người khuyết tật/nạn nhân bom mìn Việt Nam cho "
                   "Hội Bảo trợ người khuyết tật tỉnh Quảng Trị.")
    assert found(text, Award, "award") == {"Bằng khen của Trung ương Hội Người khuyết tật/nạn nhân bom mìn Việt Nam"}


@pytest.mark.parametrize("sentence, recipient", [
    ("Số hội viên tăng so với năm 2018 (khi Hội Cựu chiến binh huyện Mộ Đức làm Cụm trưởng và Hội Cựu chiến binh huyện "
     "Đức Phổ xếp thứ Nhất, được tặng Cờ thi đua của Trung ương Hội).", "Hội Cựu chiến binh huyện Đức Phổ"),
    ("Trường THCS Lý Thường Kiệt làm Cụm trưởng và Trường THCS Nguyễn Trãi được tặng Cờ thi đua của UBND tỉnh.",
     "Trường THCS Nguyễn Trãi"),
])
def test_subject_with_its_own_predicate_before_and_is_no_recipient(sentence, recipient):
    assert found(LEAD + sentence, Award, "recipient") == {recipient}


# --- an article's label is no unit a stand-in after it means --------------------------------------------------------

@pytest.mark.parametrize("label", ["Điều 3.", "Khoản 2.", "Mục IV."])
def test_article_label_is_no_antecedent(label):
    text = ("QUYẾT ĐỊNH:\nĐiều 1. Tặng Cờ thi đua của Tổng công ty cho Công ty Cảng Quy Nhơn.\n"
            f"{label} Đơn vị được tặng Cờ thi đua được thưởng kèm theo mức tiền thưởng theo quy định.\n")
    assert found(text, Award, "recipient") == {"Công ty Cảng Quy Nhơn"}


def test_unit_before_a_stand_in_still_receives():
    text = LEAD + "Công ty Cảng Quy Nhơn hoàn thành vượt mức kế hoạch năm 2022. Đơn vị vinh dự được tặng Cờ thi đua."
    assert found(text, Award, "recipient") == {"Công ty Cảng Quy Nhơn"}


# --- a unit leading a body or placed in a ranking, then a proposal with no "được" ------------------------------------

@pytest.mark.parametrize("sentence, recipient", [
    ("Xí nghiệp Gạch ngói Tân Mai dẫn đầu Khối, đề nghị Bộ Xây dựng tặng Cờ thi đua.", "Xí nghiệp Gạch ngói Tân Mai"),
    ("Trường Mầm non Hướng Dương đứng đầu Cụm, đề nghị Chủ tịch UBND huyện tặng Giấy khen.",
     "Trường Mầm non Hướng Dương"),
    ("Trường Mầm non Sao Mai xếp thứ Nhì, đề nghị Chủ tịch UBND huyện tặng Giấy khen.", "Trường Mầm non Sao Mai"),
])
def test_leader_or_placed_unit_before_a_proposal(sentence, recipient):
    assert found(LEAD + sentence, Award, "recipient") == {recipient}


def test_leader_before_a_statement_is_no_recipient():
    text = LEAD + "Xí nghiệp Gạch ngói Tân Mai dẫn đầu Khối, Bộ Xây dựng đã tặng Cờ thi đua cho ngành."
    assert "Xí nghiệp Gạch ngói Tân Mai" not in found(text, Award, "recipient")


# --- the unit an apposition after a comma describes, at the end of a longer piece ------------------------------------

def test_unit_ending_a_piece_before_a_stand_in_apposition():
    text = LEAD + ("Chúng tôi chia sẻ niềm vui của Học viện Nông nghiệp Việt Nam, đơn vị vừa đón nhận Huân chương Lao "
                   "động hạng Nhì.")
    assert found(text, Award, "recipient") == {"Học viện Nông nghiệp Việt Nam"}


# --- abbreviated academic titles before a name end no sentence ------------------------------------------------------

@pytest.mark.parametrize("title", ["PGS.TS.", "GS.TSKH.", "BS.CKII.", "ThS."])
def test_abbreviated_title_before_a_name_ends_no_sentence(title):
    text = LEAD + f"Báo cáo do {title} Hà Minh Trí, Viện trưởng Viện Cơ học, trình bày."
    assert ("Hà Minh Trí", "Viện trưởng Viện Cơ học") in found(text, Person, "name", "title")


@pytest.mark.parametrize("line, sentences", [
    ("Trường có 12 TS. Trong đó có 3 PGS.", 1),
    ("Hội nghị tại TP.HCM. Sau đó là lễ ký kết.", 2),
    ("Ông là BS.CKII. Năm 2010, ông về Bệnh viện tỉnh.", 2),
])
def test_abbreviated_title_at_a_sentence_end(line, sentences):
    from pipeline.segment import split_line

    assert len(split_line(line)) == sentences


# --- campaigns: a title in single quotes inside a quoted speech; a theme after a relative clause of a pact -----------

def test_campaign_quoted_inside_a_speech():
    text = LEAD + ("\"Chúng tôi coi đây là cách hưởng ứng phong trào 'Cả nước chung tay vì người nghèo' bằng việc "
                   "làm cụ thể\", ông Tuấn nói.")
    assert found(text, Campaign, "name") == {"Cả nước chung tay vì người nghèo"}


def test_turn_of_phrase_inside_a_speech_is_no_campaign():
    text = LEAD + "\"Chúng tôi gọi đó là 'Cả nước chung tay' theo cách của mình\", ông Tuấn nói."
    assert found(text, Campaign, "name") == set()


@pytest.mark.parametrize("sentence, found_it", [
    ("Các đơn vị hẹn gặp lại vào cuối năm, với chủ đề thi đua năm 2019 mà các trường vừa cùng ký giao ước: \"Đổi mới, "
     "sáng tạo, nâng cao chất lượng giáo dục toàn diện\".", True),
    ("Các đơn vị hẹn gặp lại vào cuối năm, với chủ đề của buổi giao lưu năm 2019 mà các trường vừa cùng bàn bạc sôi "
     "nổi: \"Đổi mới, sáng tạo, nâng cao chất lượng giáo dục toàn diện\".", False),
])
def test_theme_after_a_relative_clause_of_a_pact(sentence, found_it):
    names = found(LEAD + sentence, Campaign, "name")
    assert (names == {"Đổi mới, sáng tạo, nâng cao chất lượng giáo dục toàn diện"}) is found_it


# --- persons: drivers named after their occupation; a unit's abbreviated head before a place is no person -----------

@pytest.mark.parametrize("sentence, names", [
    ("Trong số này có tài xế Phan Văn Lực (HTX Vận tải Thống Nhất) đã trả lại tài sản cho khách.", {"Phan Văn Lực"}),
    ("Lái xe Đỗ Thanh Bình được Công ty tặng Giấy khen.", {"Đỗ Thanh Bình"}),
    ("Với 15 năm làm phụ xe Hoàng Long, anh Tú được Công ty tặng Giấy khen.", set()),  # a carrier's brand
    ("Các tài xế Mai Linh và Vinasun được Sở Giao thông vận tải tặng Giấy khen.", set()),
])
def test_driver_before_a_name(sentence, names):
    assert found(LEAD + sentence, Person, "name") == names


def test_driver_of_a_brand_is_no_recipient_by_the_brand():
    text = LEAD + "Với 15 năm làm phụ xe Hoàng Long, anh Tú được Công ty tặng Giấy khen."
    assert found(text, Award, "recipient") == {"anh Tú"}


@pytest.mark.parametrize("sentence, names", [
    ("Hội nghị bầu QTDND Vũ Tiến làm Cụm trưởng (thay cho QTDND Lê Lợi - Cụm trưởng năm 2021).", set()),
    ("NSƯT Lê Thanh, Giám đốc Nhà hát Chèo, phát biểu.", {"Lê Thanh"}),
    ("ĐBQH Lê Thanh, Giám đốc Nhà hát Chèo, phát biểu.", {"Lê Thanh"}),
    ("CCB Lê Thanh, Giám đốc Nhà hát Chèo, phát biểu.", {"Lê Thanh"}),
    ("CSGT Lê Thanh, Giám đốc Nhà hát Chèo, phát biểu.", {"Lê Thanh"}),
    ("KTV Lê Thanh, Giám đốc Nhà hát Chèo, phát biểu.", {"Lê Thanh"}),
    ("GVC Lê Thanh, Giám đốc Nhà hát Chèo, phát biểu.", {"Lê Thanh"}),
    ("NSNA Lê Thanh, Giám đốc Nhà hát Chèo, phát biểu.", {"Lê Thanh"}),
    ("Chủ tịch UBND tỉnh tặng Bằng khen cho HTX Lê Lợi.", set()),
])
def test_unit_abbreviation_before_a_place_is_no_title(sentence, names):
    assert found(LEAD + sentence, Person, "name") == names


# --- a line closed by pictured symbols goes on in no next line; an abbreviated kind said again after "và" -------------

POST = """Tổng kết thi đua năm học 2022 - 2023 của Cụm 4 🌟
📌 KẾT QUẢ:
🥇 Trường Mầm non Hoa Mai được Cụm đề nghị UBND huyện tặng Giấy khen của Chủ tịch UBND huyện 🏆🏆
🥈 Trường MN Sơn Ca được đề nghị tặng Giấy khen của Trưởng phòng Giáo dục.
🥉 Trường MN Tuổi Thơ và MN Bình Minh được đề nghị công nhận danh hiệu Tập thể lao động tiên tiến.
"""


def test_line_closed_by_pictured_symbols():
    assert found(POST, Award, "recipient") == {
        "Trường Mầm non Hoa Mai", "Trường MN Sơn Ca", "Trường MN Tuổi Thơ", "MN Bình Minh"}


@pytest.mark.parametrize("text, sentences", [
    ("Cụm gồm 5 trường 💕\nTrường A xếp thứ Nhất.", ["Cụm gồm 5 trường", "Trường A xếp thứ Nhất."]),
    ("Tặng hoa 🌸 cho cô giáo.", ["Tặng hoa 🌸 cho cô giáo."]),
    ("🎉🎉", ["🎉🎉"]),
])
def test_sentence_without_its_closing_symbols(text, sentences):
    from pipeline.segment import split_sentences

    assert [s.text for s in split_sentences(text)] == sentences



# --- a dash inside a lowercase-headed name of a person's workplace ---------------------------------------------------

def test_dash_inside_a_lowercase_headed_workplace():
    text = LEAD + ("Thầy Phạm Văn Hùng, giảng viên khoa Cơ khí - Động lực Trường Cao đẳng nghề Kiên Giang, đạt giải "
                   "Nhì Hội giảng toàn quốc và được đề nghị tặng Bằng khen của Bộ trưởng Bộ Lao động - Thương binh và "
                   "Xã hội.")
    assert found(text, Award, "recipient") == {"Phạm Văn Hùng"}


# --- a gifted school's namesake after "chuyên" is no person ----------------------------------------------------------

def test_namesake_of_a_gifted_school_is_no_person():
    text = LEAD + ("Báo cáo do nhà giáo ưu tú Hà Thị Minh Nguyệt, Hiệu trưởng Trường THPT chuyên Trần Hưng Đạo trình "
                   "bày cho biết, năm học qua có nhiều học sinh giỏi.")
    assert found(text, Person, "name") == {"Hà Thị Minh Nguyệt"}


# --- review: a name that lists fields of work after its head is one name, not a head over places ---------------------

@pytest.mark.parametrize("sentence, recipients", [
    ("Năm 2022, UBND tỉnh tặng Bằng khen cho Trường Cao đẳng Văn Hóa, Nghệ Thuật và Du Lịch.",
     {"Trường Cao đẳng Văn Hóa, Nghệ Thuật và Du Lịch"}),
    ("Năm 2022, Công ty CP Đầu Tư, Xây Dựng và Thương Mại được UBND tỉnh tặng Bằng khen.",
     {"Công ty CP Đầu Tư, Xây Dựng và Thương Mại"}),
    ("Năm 2022, Công ty TNHH Thương Mại, Dịch Vụ và Vận Tải được UBND tỉnh tặng Bằng khen.",
     {"Công ty TNHH Thương Mại, Dịch Vụ và Vận Tải"}),
    ("UBND tỉnh tặng Bằng khen cho Trường Đại học Kinh Tế, Luật và Quản Trị.",
     {"Trường Đại học Kinh Tế, Luật và Quản Trị"}),
    ("Năm 2021, Trung tâm Văn Hóa, Thể Thao và Du Lịch được UBND huyện tặng Giấy khen.",
     {"Trung tâm Văn Hóa, Thể Thao và Du Lịch"}),
    ("Chủ tịch UBND tỉnh tặng Bằng khen cho các Trung tâm Văn Hóa, Thông Tin và Thể Thao.", set()),
    ("Bộ Giáo dục và Đào tạo tặng Bằng khen cho các Sở GD&ĐT Kon Tum, Đắk Lắk và Đắk Nông.",
     {"Sở GD&ĐT Kon Tum", "Sở GD&ĐT Đắk Lắk", "Sở GD&ĐT Đắk Nông"}),
])
def test_fields_after_a_head_are_no_places(sentence, recipients):
    assert found("Tổng kết năm 2022. " + sentence, Award, "recipient") == recipients


# --- review: "cùng (với)" before a partner that does the deed adds no recipient ---------------------------------------

@pytest.mark.parametrize("sentence, recipients", [
    ("Trường THPT Nguyễn Huệ cùng Hội Cha mẹ học sinh tổ chức tốt lễ khai giảng, được Sở GD&ĐT tặng Giấy khen.",
     {"Trường THPT Nguyễn Huệ"}),
    ("Bệnh viện Đa khoa tỉnh cùng với Sở Y tế tổ chức đợt khám miễn phí, được UBND tỉnh tặng Bằng khen.",
     {"Bệnh viện Đa khoa tỉnh"}),
    ("Trạm y tế xã Tam Hiệp cùng với Trạm y tế xã Tam Lộc được đề nghị tặng Giấy khen.",
     {"Trạm y tế xã Tam Hiệp", "Trạm y tế xã Tam Lộc"}),
])
def test_together_with_a_partner_of_the_deed(sentence, recipients):
    assert found("Tổng kết năm 2022. " + sentence, Award, "recipient") == recipients


# --- review: a numbered body that opens the clause has its leader after the dash --------------------------------------

@pytest.mark.parametrize("sentence, recipients", [
    ("Dẫn đầu Khối thi đua số 3 - Công an huyện Châu Thành được Giám đốc Công an tỉnh tặng Cờ thi đua.",
     {"Công an huyện Châu Thành"}),
    ("Khối thi đua số 2 - Chi cục Thuế huyện Phú Tân dẫn đầu, được Cục trưởng tặng Giấy khen.",
     {"Chi cục Thuế huyện Phú Tân"}),
])
def test_leader_after_the_dash_of_a_numbered_body(sentence, recipients):
    assert found("Tổng kết năm 2022. " + sentence, Award, "recipient") == recipients


# --- review: "do X dẫn đầu" (led by X) leads no body, so the group before it is proposed for nothing ------------------

@pytest.mark.parametrize("sentence, recipients", [
    ("Đoàn công tác của Công an tỉnh do Đại tá Trần Văn Long dẫn đầu, đề nghị Bộ Công an xem xét tặng Bằng khen.",
     set()),
    ("Hội đồng Thi đua tỉnh do Chủ tịch UBND tỉnh đứng đầu, đề nghị Thủ tướng tặng Bằng khen.", set()),
    ("Nhà máy Thủy điện Sông Hinh dẫn đầu Khối thi đua số 2, đề nghị Bộ Công Thương tặng Cờ thi đua.",
     {"Nhà máy Thủy điện Sông Hinh"}),
])
def test_led_by_someone_is_no_leader(sentence, recipients):
    assert found("Tổng kết năm 2022. " + sentence, Award, "recipient") == recipients


# --- review: a predicate before "và" drops its unit only when the unit takes a chair role -----------------------------

@pytest.mark.parametrize("sentence, recipients", [
    ("Trường THCS Kim Đồng làm tốt công tác phổ cập và Trường THCS Lý Tự Trọng dẫn đầu phong trào, được UBND huyện "
     "tặng Giấy khen.", {"Trường THCS Kim Đồng", "Trường THCS Lý Tự Trọng"}),
    ("Công ty Cổ phần Sông Đà làm chủ đầu tư và Công ty TNHH Hòa Bình thi công, được UBND tỉnh tặng Bằng khen.",
     {"Công ty Cổ phần Sông Đà", "Công ty TNHH Hòa Bình"}),
    ("Trường THCS Lý Thường Kiệt làm Cụm trưởng và Trường THCS Nguyễn Trãi được tặng Cờ thi đua của UBND tỉnh.",
     {"Trường THCS Nguyễn Trãi"}),
])
def test_only_a_chair_role_before_and_drops_its_unit(sentence, recipients):
    assert found("Tổng kết năm 2022. " + sentence, Award, "recipient") == recipients


# --- review: a unit's apposition after a person and the unit ("…, đơn vị dẫn đầu …") gives the award to the unit ------

@pytest.mark.parametrize("sentence, recipients", [
    ("Chủ tịch Lê Thị Hoa, Hội Phụ nữ xã Tân An, đơn vị dẫn đầu phong trào năm 2022, được UBND huyện tặng Cờ thi đua.",
     {"Hội Phụ nữ xã Tân An"}),
    ("Đại úy Nguyễn Văn Hải, Đồn Biên phòng Sông Tiền, đơn vị vừa được Bộ Quốc phòng khen, được tặng Bằng khen.",
     {"Đồn Biên phòng Sông Tiền"}),
    ("Dược sĩ Trần Thị Mai, Bệnh viện Đa khoa huyện, người nhiều năm gắn bó với nghề, được tặng Bằng khen.",
     {"Trần Thị Mai"}),
])
def test_unit_apposition_after_a_person_and_unit(sentence, recipients):
    assert found("Tổng kết năm 2022. " + sentence, Award, "recipient") == recipients


# --- review: a group's ", gồm …" spells out names only when every item is a unit or a person --------------------------

@pytest.mark.parametrize("sentence, recipients", [
    ("Ba tập thể được tặng Bằng khen của Thống đốc, gồm Chi nhánh Ngân hàng Nhà nước tỉnh Cà Mau, Bạc Liêu và Sóc "
     "Trăng.", {"Ba tập thể"}),
    ("Ba đơn vị được đề nghị tặng Cờ thi đua, gồm Công an huyện Phú Tân, Công an huyện Châu Thành và một đơn vị của "
     "Công an tỉnh.", {"Ba đơn vị"}),
    ("Bốn đơn vị được đề nghị tặng Cờ thi đua, gồm Công an huyện Phú Tân, Công an huyện Châu Thành, Trường THPT Lê Lợi "
     "và ông Nguyễn Văn An.",
     {"Công an huyện Phú Tân", "Công an huyện Châu Thành", "Trường THPT Lê Lợi", "Nguyễn Văn An"}),
])
def test_group_spelt_out_only_by_whole_names(sentence, recipients):
    assert found("Tổng kết năm 2022. " + sentence, Award, "recipient") == recipients


# --- review: a saying in single quotes inside a speech, with no cue right before it, is no campaign -------------------

@pytest.mark.parametrize("sentence, names", [
    ("\"Phong trào thi đua phải tránh kiểu 'Đánh trống bỏ dùi', hô hào rồi để đó\", ông Hùng nói.", set()),
    ("\"Cần làm phong trào theo tinh thần 'Nói ít, làm nhiều' để đạt hiệu quả\", ông Hùng nói.", set()),
    ("\"Chúng tôi coi đây là cách hưởng ứng phong trào 'Cả nước chung tay vì người nghèo' bằng việc làm cụ thể\", ông "
     "Tuấn nói.", {"Cả nước chung tay vì người nghèo"}),
])
def test_saying_inside_a_speech_is_no_campaign(sentence, names):
    assert found(LEAD + sentence, Campaign, "name") == names


# --- review: "DS." and "KS." also abbreviate "danh sách" and "khách sạn": only a family name after them goes on -------

@pytest.mark.parametrize("line, sentences", [
    ("Tặng Giấy khen cho 15 cá nhân theo DS. Trường THCS Lê Lợi được tặng Cờ thi đua.",
     ["Tặng Giấy khen cho 15 cá nhân theo DS.", "Trường THCS Lê Lợi được tặng Cờ thi đua."]),
    ("Kèm theo DS. Trường THCS Lê Lợi đề nghị tặng Giấy khen.",
     ["Kèm theo DS.", "Trường THCS Lê Lợi đề nghị tặng Giấy khen."]),
    ("Phát biểu của PGS.TS. Trịnh Quang Khải tại hội nghị.", ["Phát biểu của PGS.TS. Trịnh Quang Khải tại hội nghị."]),
])
def test_list_abbreviation_before_a_unit_ends_the_sentence(line, sentences):
    from pipeline.segment import split_sentences

    assert [s.text for s in split_sentences(line)] == sentences


def test_award_after_a_list_abbreviation():
    text = "Tổng kết năm 2022. Tặng Giấy khen cho 15 cá nhân theo DS. Trường THCS Lê Lợi được tặng Cờ thi đua."
    assert found(text, Award, "recipient", "award") == {("15 cá nhân theo DS", "Giấy khen"),
                                                        ("Trường THCS Lê Lợi", "Cờ thi đua")}
