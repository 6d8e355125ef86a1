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


@pytest.mark.parametrize("row, first", [
    # two agencies side by side are not joined (a row gives its first unit)
    ("Trung tâm Y tế huyện Hà Trung, Bệnh viện Đa khoa huyện Vĩnh Lộc", "Trung tâm Y tế huyện Hà Trung"),
    # a department named with a place of its own is no part of an agency named without it
    ("Phòng Y tế huyện Triệu Sơn, Trung tâm Kiểm soát bệnh tật", "Phòng Y tế huyện Triệu Sơn"),
    # a unit that names its own place stands alone; a district's office is no department of the court, the
    # inspectorate or social insurance after it
    ("Trạm Y tế xã Đông Hòa, Bảo hiểm xã hội huyện Đông Sơn", "Trạm Y tế xã Đông Hòa"),
    ("Phòng Tư pháp, Tòa án nhân dân huyện Đông Sơn", "Phòng Tư pháp"),
    ("Phòng Nội vụ, Thanh tra huyện", "Phòng Nội vụ"),
])
def test_peer_rows_are_not_joined(row, first):
    assert found(APPENDED.format(row=row), Award, "recipient") == {"Trung tâm Y tế huyện Đông Sơn", first}


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
    assert found(LEAD + sentence, Award, "award") == {award}


@pytest.mark.parametrize("sentence, awards", [
    # a place or a time after the field is no part of it
    ("Công an tỉnh được tặng Cờ thi đua xuất sắc công tác bảo đảm an ninh trật tự trên địa bàn tỉnh trong năm 2022.",
     {("Cờ thi đua xuất sắc công tác bảo đảm an ninh trật tự", "Công an tỉnh")}),
    # "phòng, chống": the comma is in the field; the grantor after it is the flag's
    ("Hội Liên hiệp Phụ nữ tỉnh được tặng Cờ thi đua xuất sắc công tác phòng, chống dịch Covid-19 của Trung ương Hội.",
     {("Cờ thi đua xuất sắc công tác phòng, chống dịch Covid-19 của Trung ương Hội", "Hội Liên hiệp Phụ nữ tỉnh")}),
    # the field runs into "và nhiều …": not known where it ends, the flag alone
    ("Trường THPT Chu Văn An được tặng Bằng khen, Cờ thi đua xuất sắc phong trào thi đua dạy tốt học tốt và nhiều "
     "giấy khen khác.", {("Bằng khen", "Trường THPT Chu Văn An"), ("Cờ thi đua xuất sắc", "Trường THPT Chu Văn An")}),
])
def test_field_ends_at_place_time_or_list(sentence, awards):
    assert found(LEAD + sentence, Award, "award", "recipient") == awards


# --- a theme whose owner and year stand between its cue and "là" --------------------------------------------------

@pytest.mark.parametrize("sentence, name", [
    ("Các hợp tác xã đẩy mạnh sản xuất, gắn với chủ đề thi đua của ngành công nghiệp địa phương năm 1987 là "
     "\"Chất lượng - tiết kiệm - an toàn\".", "Chất lượng - tiết kiệm - an toàn"),
    ("Các trường bám sát chủ đề thi đua của ngành giáo dục huyện năm học 2018 - 2019 là “Kỷ cương, sáng tạo, "
     "chất lượng”.", "Kỷ cương, sáng tạo, chất lượng"),
])
def test_theme_with_owner_and_year_before_copula(sentence, name):
    assert found(LEAD + sentence, Campaign, "name") == {name}


@pytest.mark.parametrize("sentence", [
    "Ông đề nghị các trạm y tế gắn phong trào thi đua với học tập và làm theo lời Bác dạy \"Thầy thuốc như mẹ hiền\"; "
    "quan tâm khen thưởng hộ lý.",
    # a year after a campaign's cue counts in the gap: the quote is a saying, not the campaign's name
    "Các đơn vị thực hiện phong trào thi đua năm 2021 - 2022 gắn với học tập và làm theo Bác “Thầy thuốc như mẹ hiền”.",
])
def test_long_gap_before_a_saying_is_no_campaign(sentence):
    assert found(LEAD + sentence, Campaign, "name") == set()


# --- initials run together with full stops -------------------------------------------------------------------------

@pytest.mark.parametrize("text, pieces", [
    ("Đề nghị tặng Bằng khen cho H.T.X Đông Phong và U.B.N.D xã Tam Hưng năm 1980.",
     ["Đề nghị tặng Bằng khen cho H.T.X Đông Phong và U.B.N.D xã Tam Hưng năm 1980."]),
    ("Khối gồm các H.T.X.N.N Thụy Hà, Thụy Liên. Năm sau tiếp tục.",
     ["Khối gồm các H.T.X.N.N Thụy Hà, Thụy Liên.", "Năm sau tiếp tục."]),
    # a stop after a word or a number with no space after it still ends a sentence
    ("Năng suất đạt 5 tấn.Năm sau phấn đấu 6 tấn.", ["Năng suất đạt 5 tấn.", "Năm sau phấn đấu 6 tấn."]),
])
def test_initials_are_not_cut(text, pieces):
    assert [s.text for s in split_sentences(text)] == pieces


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


@pytest.mark.parametrize("sentence, recipients", [
    # the reason after "vì" ends at "nên": the subject before it is the recipient
    ("Huyện Đông Anh vì Ban Chỉ đạo huyện làm tốt công tác dân vận nên được tặng Cờ thi đua của UBND thành phố.",
     {"Huyện Đông Anh"}),
    ("Sở Tài chính bị nhắc nhở vì Phòng Ngân sách chậm nộp báo cáo nên chỉ được tặng Giấy khen.", set()),
    # a feeling before "vì", the award's clause after the comma
    ("Nhân dân phấn khởi vì Nhà nước miễn thuế nông nghiệp, xã Tân Lập được tặng Bằng khen của UBND tỉnh.",
     {"xã Tân Lập"}),
    ("Các đơn vị vui mừng vì Công an huyện phá nhiều vụ án, nhiều cán bộ được tặng Bằng khen.", set()),
    ("Trường Tiểu học Kim Đồng xin cảm ơn vì Hội Khuyến học huyện đã được tặng Bằng khen và dành tặng học bổng cho học "
     "sinh.", set()),
])
def test_name_after_because_in_a_reason(sentence, recipients):
    assert found(LEAD + sentence, Award, "recipient") == recipients


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


@pytest.mark.parametrize("sentence", [
    # the clause after "nhưng" says no one got the award, and its subject judged others' work
    "UBND tỉnh đánh giá cao nỗ lực của các trường nhưng năm nay chưa có đơn vị nào được tặng Cờ thi đua.",
    "Ban Thi đua - Khen thưởng đã thẩm định hồ sơ nhưng không đủ điều kiện đề nghị tặng Bằng khen của Thủ tướng "
    "Chính phủ.",
    "Tòa án nhân dân tỉnh ghi nhận kết quả của Tòa án huyện Cư Jút nhưng chưa đề nghị tặng Cờ thi đua vì còn án bị "
    "hủy.",
])
def test_no_subject_carried_after_but(sentence):
    assert found(LEAD + sentence, Award, "award", "recipient") == set()


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
    assert found(LEAD + sentence, Award, "recipient") == set()


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


LISTED = """{heading}
(Kèm theo Quyết định số 15/QĐ-UBND ngày 10/01/2022)

1. Công ty Cổ phần Xi măng Bỉm Sơn.
{note_1}
2. Công ty Cổ phần Mía đường Lam Sơn.
{note_2}
"""


@pytest.mark.parametrize("heading, note_1, note_2", [
    # a sub-heading between rows ends the list: the row after it is not given the award above
    ("DANH SÁCH TẬP THỂ ĐƯỢC TẶNG BẰNG KHEN CỦA CHỦ TỊCH UBND TỈNH NĂM 2021",
     "Danh sách tập thể đề nghị Thủ tướng Chính phủ tặng Bằng khen.", ""),
    # individuals' lines between rows are no notes on the rows
    ("DANH SÁCH CÁ NHÂN ĐƯỢC TẶNG BẰNG KHEN CỦA CHỦ TỊCH UBND TỈNH NĂM 2021",
     "Ông Nguyễn Văn An, Giám đốc.", "Bà Lê Thị Bình, Kế toán trưởng."),
])
def test_line_between_rows_that_is_no_note(heading, note_1, note_2):
    text = LISTED.format(heading=heading, note_1=note_1, note_2=note_2)
    assert found(text, Award, "recipient") == {"Công ty Cổ phần Xi măng Bỉm Sơn"}


def test_measure_note_between_rows():
    text = LISTED.format(heading="DANH SÁCH TẬP THỂ ĐƯỢC TẶNG BẰNG KHEN CỦA CHỦ TỊCH UBND TỈNH NĂM 2021",
                         note_1="Giá trị sản lượng đạt 3.260 tỷ đồng, bằng 112% kế hoạch.", note_2="")
    assert found(text, Award, "recipient") == {"Công ty Cổ phần Xi măng Bỉm Sơn", "Công ty Cổ phần Mía đường Lam Sơn"}


# --- "Sở chúng tôi": the speaker's unit, never a recipient named "Sở chúng tôi" -------------------------------------

def test_our_unit_is_the_speakers():
    text = ("Tổng kết thi đua năm 2020.\nBà Nguyễn Thị Hoa, Giám đốc Bệnh viện Đa khoa huyện Kim Sơn: Năm qua, "
            "bệnh viện chúng tôi được Bộ Y tế tặng Bằng khen.\n")
    assert found(text, Award, "recipient") == {"Bệnh viện Đa khoa huyện Kim Sơn"}


@pytest.mark.parametrize("sentence", [
    "Tỉnh bạn được tặng Cờ thi đua; Sở chúng tôi được tặng Bằng khen của Bộ trưởng Bộ Nội vụ.",
    # after a comma the award goes neither to "Sở chúng tôi" nor to the subject of the clause before
    "Tỉnh bạn được tặng Cờ thi đua, Sở chúng tôi được tặng Bằng khen của Bộ trưởng Bộ Nội vụ.",
    "Tỉnh bạn được tặng Cờ thi đua, Ủy ban chúng tôi được tặng Bằng khen của Bộ trưởng Bộ Nội vụ.",
])
def test_our_unit_with_no_speaker_is_no_recipient(sentence):
    assert found(LEAD + sentence, Award, "award", "recipient") == {("Cờ thi đua", "Tỉnh bạn")}


# --- family names of the Cham, Raglai and Churu ----------------------------------------------------------------------

@pytest.mark.parametrize("line, name", [
    ("Tham dự có bà Pi Năng Thị Mai, Phó Chánh Văn phòng UBND tỉnh Khánh Hòa.", "Pi Năng Thị Mai"),
    ("Tham dự có ông Đàng Văn Sơn, Giám đốc Sở Nội vụ tỉnh Bình Thuận.", "Đàng Văn Sơn"),
    ("Tham dự có bà Chamaléa Thị Hồng, Phó Giám đốc Sở Y tế tỉnh Ninh Thuận.", "Chamaléa Thị Hồng"),
])
def test_cham_and_raglai_family_names(line, name):
    assert found("Hội nghị tổng kết thi đua năm 2020.\n" + line + "\n", Person, "name") == {name}


# --- "sỹ" for "sĩ" -------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("sentence, award", [
    ("Đề nghị công nhận danh hiệu Chiến sỹ thi đua cơ sở cho anh Hoàng Văn Tám, đội trưởng đội cơ giới.",
     "Chiến sỹ thi đua cơ sở"),
    ("Bà Lê Thị Mơ được Chủ tịch nước phong tặng danh hiệu Nghệ sỹ ưu tú.", "Nghệ sỹ ưu tú"),
])
def test_si_written_sy(sentence, award):
    assert found(LEAD + sentence, Award, "award") == {award}


# --- the reviewer's checks of this round's rules that hold ----------------------------------------------------------

MEETING = "Hội nghị tổng kết thi đua năm 2020.\n"


@pytest.mark.parametrize("text, awards", [
    (LEAD + "\n- Đồng chí Trần Văn Bình, Phó Giám đốc Sở Tài chính: thống nhất với dự thảo, đề nghị tặng Bằng khen cho "
     "Trường THPT Lê Lợi.\n", {("Bằng khen", "Trường THPT Lê Lợi")}),
    (LEAD + "\n- Ý kiến của Sở Nội vụ: nhất trí, đề nghị UBND tỉnh tặng Cờ thi đua cho Công an tỉnh.\n",
     {("Cờ thi đua", "Công an tỉnh")}),
    (LEAD + "Đề nghị tặng Bằng khen cho Hội Nông dân xã An Bình và huyện Long Hồ.",
     {("Bằng khen", "Hội Nông dân xã An Bình"), ("Bằng khen", "huyện Long Hồ")}),
    (LEAD + "Đề nghị tặng Bằng khen cho nhân dân và cán bộ xã An Bình và huyện Long Hồ.",
     {("Bằng khen", "xã An Bình"), ("Bằng khen", "huyện Long Hồ")}),
    (LEAD + "Đề nghị tặng Bằng khen cho Công an xã An Bình và huyện Long Hồ.",
     {("Bằng khen", "Công an xã An Bình"), ("Bằng khen", "huyện Long Hồ")}),
    (LEAD + "Thủ tướng tặng Bằng khen cho đồng bào các dân tộc tỉnh Đắk Lắk và huyện Krông Pắc.", set()),
    (MEETING + "Công ty Cổ phần Chế Biến Lâm Sản Hòa Bình được tặng Bằng khen của UBND tỉnh.\n",
     {("Bằng khen của UBND tỉnh", "Công ty Cổ phần Chế Biến Lâm Sản Hòa Bình")}),
    (MEETING + "Bảo tàng tổ chức trưng bày chuyên đề về xứ Đàng Trong và Đàng Ngoài thế kỷ XVII.\n", set()),
    (MEETING + "Phân xưởng Chế Tạo Máy được tặng Bằng khen, đồng chí Chế Văn Minh được tặng Giấy khen.\n",
     {("Bằng khen", "Phân xưởng Chế Tạo Máy"), ("Giấy khen", "Chế Văn Minh")}),
    (MEETING + "Tổ sản xuất Pi Lô được tặng Giấy khen.\n", {("Giấy khen", "Tổ sản xuất Pi Lô")}),
    ("Tổng kết thi đua năm 2020. Khối thi đua số V.Năm nay Khối có 7 đơn vị được tặng Cờ thi đua.",
     {("Cờ thi đua", "7 đơn vị")}),
    (LEAD + "Qua kiểm tra, đơn vị chúng tôi được tặng Bằng khen của Bộ trưởng Bộ Nội vụ.", set()),
    (LEAD + "Công an tỉnh Nam Định được tặng Cờ thi đua của Bộ Công an, còn chúng tôi được tặng Bằng khen của Bộ "
     "trưởng.", {("Cờ thi đua của Bộ Công an", "Công an tỉnh Nam Định")}),
    (LEAD + "Trường THPT Hùng Vương được tặng Cờ thi đua; trường chúng tôi được tặng Bằng khen của UBND tỉnh.",
     {("Cờ thi đua", "Trường THPT Hùng Vương")}),
    (LEAD + "\nÔng Lê Văn Hải, Giám đốc Ngân hàng Chính sách xã hội tỉnh Bình Định: Năm 2022, Ngân hàng Nông nghiệp "
     "tỉnh được tặng Cờ thi đua, chi nhánh chúng tôi được tặng Bằng khen của Thống đốc.\n",
     {("Cờ thi đua", "Ngân hàng Nông nghiệp tỉnh"),
      ("Bằng khen của Thống đốc", "Ngân hàng Chính sách xã hội tỉnh Bình Định")}),
    ("Tổng kết thi đua năm 1985. Đại đội trưởng Nguyễn Văn Tư được tặng Huân chương Chiến công hạng Ba.",
     {("Huân chương Chiến công hạng Ba", "Nguyễn Văn Tư")}),
    ("Tổng kết thi đua năm 1985. Đồng chí Lê Văn Sáu, đại đội trưởng đại đội 2, được tặng Bằng khen của Bộ Quốc phòng.",
     {("Bằng khen của Bộ Quốc phòng", "Lê Văn Sáu")}),
    ("Tổng kết thi đua năm 2019. Hải đội trưởng Hải đội 2 Trần Minh Hoàng được tặng Bằng khen của Bộ trưởng Bộ Quốc "
     "phòng.", {("Bằng khen của Bộ trưởng Bộ Quốc phòng", "Trần Minh Hoàng")}),
    ("Tổng kết thi đua năm 2019. Quân đoàn trưởng trao Cờ thi đua cho Sư đoàn 312.", {("Cờ thi đua", "Sư đoàn 312")}),
    ("Tổng kết thi đua năm 2019. Thiếu tướng Nguyễn Văn Nam, Tư lệnh Quân đoàn 1 trao Bằng khen cho Đại đội 9.",
     {("Bằng khen", "Đại đội 9")}),
    (LEAD + "\n- Huyện đoàn Tam Nông: đơn vị dẫn đầu Cụm, đề nghị Tỉnh đoàn tặng Bằng khen cho Đoàn xã Phú Cường;\n",
     {("Bằng khen", "Đoàn xã Phú Cường")}),
    (LEAD + "\n- Phòng Cảnh sát giao thông: đơn vị dẫn đầu Khối, đề nghị tặng Giấy khen cho 5 cán bộ chiến sĩ;\n",
     {("Giấy khen", "5 cán bộ chiến sĩ")}),
    (LEAD + "\n- Trường Mầm non Sơn Ca: đơn vị đạt chuẩn quốc gia, đề nghị UBND huyện tặng Giấy khen;\n",
     {("Giấy khen", "Trường Mầm non Sơn Ca")}),
])
def test_reviewer_checks_that_hold(text, awards):
    assert found(text, Award, "award", "recipient") == awards


@pytest.mark.parametrize("sentence", [
    "Công an huyện hưởng ứng phong trào thi đua năm 2022 vì an ninh Tổ quốc, lấy khẩu hiệu “Vì nhân dân phục vụ”.",
    "Mục tiêu thi đua của ngân hàng năm học 2021 - 2022 nhằm đạt tăng trưởng, phương châm là “An toàn - hiệu quả”.",
])
def test_slogans_that_are_no_campaigns(sentence):
    assert found(LEAD + sentence, Campaign, "name") == set()
