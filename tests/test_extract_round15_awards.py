"""Awards, campaigns and sentences (round fifteen): a department and the agency it belongs to in a row of an appended
list; a flag "xuất sắc" named with its field of work; a theme whose owner and year stand between its cue and "là";
initials run together with full stops ("H.T.X") that the sentence tokenizer cut; a subject after "vì"; a list line's
unit described after its colon before the proposal; the sentence's subject of a clause after "nhưng" that names none;
the army's and the coast guard's formations as recipients; a unit praised by a person and described after a comma or
dash. Invented sentences with other units, places and years than the documents; negatives that must yield nothing."""

from __future__ import annotations

import pytest

from pipeline.segment import split_sentences
from schemas.facts import Award, Campaign, Person
from tests.conftest import found

LEAD = "Tổng kết phong trào thi đua năm 2022. "  # a document about emulation work

# --- a department and its agency in a row of an appended list ------------------------------------------------------

APPENDED = """QUYẾT ĐỊNH:
Điều 1. Tặng Bằng khen của Giám đốc Sở Y tế cho các tập thể có tên trong danh sách kèm theo.
Điều 2. Quyết định có hiệu lực kể từ ngày ký.

DANH SÁCH TẬP THỂ ĐƯỢC TẶNG BẰNG KHEN CỦA GIÁM ĐỐC SỞ Y TẾ NĂM 2021
(Kèm theo Quyết định số 15/QĐ-SYT ngày 10/01/2022)

1. Trung tâm Y tế huyện Đông Sơn;
2. {row}.
"""


@pytest.mark.parametrize("row", [
    "Khoa Nhi, Bệnh viện Đa khoa huyện Thiệu Hóa",
    "Phòng Kế hoạch - Tài chính, Bệnh viện Đa khoa huyện Nga Sơn",
    "Phòng Thanh tra, Cảng vụ Hàng hải Nghi Sơn",
    "Khoa Dược, Trường Cao đẳng Y tế Thanh Hóa",
    "Phòng Nghiệp vụ, Kho bạc Nhà nước huyện Hoằng Hóa",
])
def test_department_row_keeps_its_agency(row):
    assert found(APPENDED.format(row=row), Award, "recipient") == {"Trung tâm Y tế huyện Đông Sơn", row}


@pytest.mark.parametrize("row, recipients", [
    # two agencies side by side stay two recipients
    ("Trung tâm Y tế huyện Hà Trung, Bệnh viện Đa khoa huyện Vĩnh Lộc",
     {"Trung tâm Y tế huyện Hà Trung", "Bệnh viện Đa khoa huyện Vĩnh Lộc"}),
    # a department named with a place of its own is no part of an agency named without it
    ("Phòng Y tế huyện Triệu Sơn, Trung tâm Kiểm soát bệnh tật",
     {"Phòng Y tế huyện Triệu Sơn"}),
])
def test_peer_rows_are_not_joined(row, recipients):
    got = found(APPENDED.format(row=row), Award, "recipient")
    assert "Trung tâm Y tế huyện Đông Sơn" in got
    assert got - {"Trung tâm Y tế huyện Đông Sơn"} <= recipients
    assert row not in got


# --- a flag "xuất sắc" named with its field of work ----------------------------------------------------------------

@pytest.mark.parametrize("sentence, award", [
    ("Hội LHPN huyện Krông Năng được đề nghị Trung ương Hội tặng cờ thi đua xuất sắc công tác Hội và phong trào "
     "phụ nữ năm 2021.", "cờ thi đua xuất sắc công tác Hội và phong trào phụ nữ"),
    ("Hội Nông dân tỉnh Lai Châu được tặng Cờ thi đua xuất sắc phong trào nông dân năm 2019.",
     "Cờ thi đua xuất sắc phong trào nông dân"),
    ("Huyện đoàn Mỹ Xuyên được tặng Cờ thi đua xuất sắc công tác Đoàn và phong trào thanh thiếu nhi của Ban Chấp "
     "hành Trung ương Đoàn.",
     "Cờ thi đua xuất sắc công tác Đoàn và phong trào thanh thiếu nhi của Ban Chấp hành Trung ương Đoàn"),
])
def test_flag_named_with_its_field(sentence, award):
    assert found(LEAD + sentence, Award, "award") == {award}


@pytest.mark.parametrize("sentence, award", [
    # a reason after "trong" or "về" is no part of the name
    ("Hội Cựu chiến binh xã Tân Lập được tặng Bằng khen xuất sắc trong công tác Hội năm 2020.", "Bằng khen"),
    ("Công ty Than Hà Lầm được tặng Cờ thi đua của Bộ Công Thương về thành tích xuất sắc trong công tác an toàn.",
     "Cờ thi đua của Bộ Công Thương"),
])
def test_reason_is_no_field(sentence, award):
    assert found(LEAD + sentence, Award, "award") <= {award}


# --- a theme whose owner and year stand between its cue and "là" --------------------------------------------------

@pytest.mark.parametrize("sentence, name", [
    ("Các hợp tác xã đẩy mạnh sản xuất, gắn với chủ đề thi đua của ngành công nghiệp địa phương năm 1987 là "
     "\"Chất lượng - tiết kiệm - an toàn\".", "Chất lượng - tiết kiệm - an toàn"),
    ("Các trường bám sát chủ đề thi đua của ngành giáo dục huyện năm học 2018 - 2019 là “Kỷ cương, sáng tạo, "
     "chất lượng”.", "Kỷ cương, sáng tạo, chất lượng"),
])
def test_theme_with_owner_and_year_before_copula(sentence, name):
    assert found(LEAD + sentence, Campaign, "name") == {name}


def test_long_gap_before_a_saying_is_no_campaign():
    sentence = ("Ông đề nghị các trạm y tế gắn phong trào thi đua với học tập và làm theo lời Bác dạy \"Thầy thuốc "
                "như mẹ hiền\"; quan tâm khen thưởng hộ lý.")
    assert found(LEAD + sentence, Campaign, "name") == set()


# --- initials run together with full stops -------------------------------------------------------------------------

@pytest.mark.parametrize("text, pieces", [
    ("Đề nghị tặng Bằng khen cho H.T.X Đông Phong và U.B.N.D xã Tam Hưng năm 1980.", 1),
    ("Khối gồm các H.T.X.N.N Thụy Hà, Thụy Liên. Năm sau tiếp tục.", 2),
    # a stop after a word or a number with no space after it still ends a sentence
    ("Năng suất đạt 5 tấn.Năm sau phấn đấu 6 tấn.", 2),
])
def test_initials_are_not_cut(text, pieces):
    assert len(split_sentences(text)) == pieces


def test_award_to_unit_with_dotted_initials():
    text = LEAD + "- Đề nghị Ủy ban nhân dân tỉnh tặng Bằng khen cho H.T.X Đông Phong và H.T.X Tam Hưng.\n"
    assert found(text, Award, "recipient") == {"H.T.X Đông Phong", "H.T.X Tam Hưng"}


# --- a subject after "vì" ------------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, recipient", [
    ("Cả Cụm vui mừng vì Trường THPT Lê Quý Đôn vinh dự được tặng Cờ thi đua của UBND tỉnh.",
     "Trường THPT Lê Quý Đôn"),
    ("Chúng tôi phấn khởi bởi Chi cục Thuế huyện Đức Trọng được Bộ trưởng Bộ Tài chính tặng Bằng khen.",
     "Chi cục Thuế huyện Đức Trọng"),
])
def test_subject_after_because(sentence, recipient):
    assert found(LEAD + sentence, Award, "recipient") == {recipient}


# --- a list line's unit described after its colon ------------------------------------------------------------------

@pytest.mark.parametrize("line, recipient", [
    ("- Sở Tư pháp tỉnh Hòa Bình: đơn vị dẫn đầu Cụm, đề nghị Bộ trưởng Bộ Tư pháp tặng Cờ thi đua của Bộ Tư pháp;",
     "Sở Tư pháp tỉnh Hòa Bình"),
    ("- Bảo hiểm xã hội huyện Yên Thế: đơn vị xếp thứ nhì, được đề nghị tặng Bằng khen của Tổng Giám đốc;",
     "Bảo hiểm xã hội huyện Yên Thế"),
])
def test_line_head_described_before_proposal(line, recipient):
    assert found(LEAD + line + "\n", Award, "recipient") == {recipient}


def test_caption_tag_is_no_line_head():
    assert found(LEAD + "[ẢNH: Trao cờ, trao bằng khen cho các đơn vị]\n", Award, "recipient") == set()


# --- the sentence's subject of a clause after "nhưng" that names none -----------------------------------------------

@pytest.mark.parametrize("sentence, recipient", [
    ("Công ty Thủy lợi Bắc Đuống quản lý nhiều trạm bơm cũ nhưng không để xảy ra úng ngập, được khối suy tôn dẫn đầu "
     "và đề nghị tặng Bằng khen của Thủ tướng Chính phủ.", "Công ty Thủy lợi Bắc Đuống"),
])
def test_elided_subject_after_but(sentence, recipient):
    assert found(LEAD + sentence, Award, "recipient") == {recipient}


# --- the army's and the coast guard's formations; a unit praised by a person ---------------------------------------

@pytest.mark.parametrize("sentence, recipient", [
    ("Thượng tá Đỗ Minh Quân dành nhiều lời khen cho Hải đoàn 31 - đơn vị vừa được Bộ Quốc phòng tặng Cờ thi đua năm "
     "2019 - về công tác tìm kiếm cứu nạn.", "Hải đoàn 31"),
    ("Ông Phan Văn Lợi khen ngợi Bệnh viện Đa khoa huyện Cần Giuộc, đơn vị vừa được Bộ Y tế tặng Cờ thi đua năm 2020.",
     "Bệnh viện Đa khoa huyện Cần Giuộc"),
    ("Giám đốc Sở biểu dương Trung tâm Y tế huyện Bến Lức - đơn vị vừa được UBND tỉnh tặng Cờ thi đua năm 2020.",
     "Trung tâm Y tế huyện Bến Lức"),
])
def test_unit_praised_then_described(sentence, recipient):
    assert found(LEAD + sentence, Award, "recipient") == {recipient}


def test_region_word_alone_is_no_unit():
    sentence = "Vùng đồng bằng ven biển năm nay được mùa, nhiều hợp tác xã được tặng Bằng khen."
    assert "Vùng đồng bằng ven biển" not in found(LEAD + sentence, Award, "recipient")


# --- two places, each with its level word, joined by "và" ----------------------------------------------------------

@pytest.mark.parametrize("sentence, recipients", [
    ("Khối đề nghị UBND thành phố tặng Cờ thi đua cho quận Bình Thủy và huyện Cờ Đỏ.",
     {"quận Bình Thủy", "huyện Cờ Đỏ"}),
    ("Đề nghị tặng Bằng khen cho thị xã Sơn Tây và huyện Ba Vì.", {"thị xã Sơn Tây", "huyện Ba Vì"}),
])
def test_two_places_are_two_recipients(sentence, recipients):
    assert found(LEAD + sentence, Award, "recipient") == recipients


def test_place_words_inside_one_name_stay_one():
    sentence = "Đề nghị tặng Bằng khen cho Trung tâm Văn hóa huyện Đức Hòa."
    assert found(LEAD + sentence, Award, "recipient") == {"Trung tâm Văn hóa huyện Đức Hòa"}


# --- an annex sorted under lettered award headings, each row with a note under it ----------------------------------

ANNEX = """QUYẾT ĐỊNH:
Điều 1. Tặng Cờ thi đua của Bộ Công Thương cho 02 đơn vị dẫn đầu Khối (có danh sách tại Phần A Phụ lục kèm theo).
Điều 2. Tặng Bằng khen của Bộ trưởng Bộ Công Thương cho 01 đơn vị (có danh sách tại Phần B Phụ lục kèm theo).

                                 PHỤ LỤC
        DANH SÁCH CÁC ĐƠN VỊ ĐƯỢC KHEN THƯỞNG NĂM 2012 THUỘC KHỐI THI ĐUA
                       CÁC TỔNG CÔNG TY HÓA CHẤT
    (Kèm theo Quyết định số 45/QĐ-BCT ngày 20/01/2013 của Bộ trưởng
                          Bộ Công Thương)

A. CỜ THI ĐUA CỦA BỘ CÔNG THƯƠNG (02 đơn vị)

1. Công ty Cổ phần Phân đạm Hà Bắc – đơn vị Khối trưởng năm 2012.
   Doanh thu đạt 4.100 tỷ đồng, bằng 109% kế hoạch; không để xảy ra tai nạn lao động.

2. Công ty Cổ phần Supe phốt phát Lâm Thao.
   Sản lượng đạt 1,2 triệu tấn, vượt kế hoạch 6%.

B. BẰNG KHEN CỦA BỘ TRƯỞNG BỘ CÔNG THƯƠNG (01 đơn vị)

1. Công ty Cổ phần Pin Ắc quy miền Nam.

C. GHI CHÚ
- Khối gồm 05 đơn vị: Công ty A, Công ty B.
"""


def test_annex_under_lettered_award_headings():
    assert found(ANNEX, Award, "award", "recipient") == {
        ("Cờ thi đua của Bộ Công Thương", "Công ty Cổ phần Phân đạm Hà Bắc"),
        ("Cờ thi đua của Bộ Công Thương", "Công ty Cổ phần Supe phốt phát Lâm Thao"),
        ("Bằng khen của Bộ trưởng Bộ Công Thương", "Công ty Cổ phần Pin Ắc quy miền Nam"),
    }


# --- "Sở chúng tôi": the speaker's unit, never a recipient named "Sở chúng tôi" -------------------------------------

def test_our_unit_is_the_speakers():
    text = ("Tổng kết thi đua năm 2020.\nBà Nguyễn Thị Hoa, Giám đốc Bệnh viện Đa khoa huyện Kim Sơn: Năm qua, "
            "bệnh viện chúng tôi được Bộ Y tế tặng Bằng khen.\n")
    assert found(text, Award, "recipient") == {"Bệnh viện Đa khoa huyện Kim Sơn"}


def test_our_unit_with_no_speaker_is_no_recipient():
    text = LEAD + "Tỉnh bạn được tặng Cờ thi đua; Sở chúng tôi được tặng Bằng khen của Bộ trưởng Bộ Nội vụ."
    assert not any("chúng tôi" in r for r in found(text, Award, "recipient"))


# --- family names of the Cham, Raglai and Churu ----------------------------------------------------------------------

@pytest.mark.parametrize("line, name", [
    ("Tham dự có bà Pi Năng Thị Mai, Phó Chánh Văn phòng UBND tỉnh Khánh Hòa.", "Pi Năng Thị Mai"),
    ("Tham dự có ông Đàng Văn Sơn, Giám đốc Sở Nội vụ tỉnh Bình Thuận.", "Đàng Văn Sơn"),
    ("Tham dự có bà Chamaléa Thị Hồng, Phó Giám đốc Sở Y tế tỉnh Ninh Thuận.", "Chamaléa Thị Hồng"),
])
def test_cham_and_raglai_family_names(line, name):
    assert name in found("Hội nghị tổng kết thi đua năm 2020.\n" + line + "\n", Person, "name")


# --- "sỹ" for "sĩ" -------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, award", [
    ("Đề nghị công nhận danh hiệu Chiến sỹ thi đua cơ sở cho anh Hoàng Văn Tám, đội trưởng đội cơ giới.",
     "Chiến sỹ thi đua cơ sở"),
    ("Bà Lê Thị Mơ được Chủ tịch nước phong tặng danh hiệu Nghệ sỹ ưu tú.", "Nghệ sỹ ưu tú"),
])
def test_si_written_sy(sentence, award):
    assert award in found(LEAD + sentence, Award, "award")
