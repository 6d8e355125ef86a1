"""Awards, campaigns and persons, eleventh round (heldout12, heldout13 and the unrelated news): an office of
the form "X trưởng" after a person's name; an unquoted "Thi đua …" name with a compound in lower case; a theme
after a relative clause and "là"; a name alone on its line with its office above or below it; "các" inside a
grantor's name; the year a review sums up for awards that give none; a number counting a noun makes no name;
one award once a sentence. Invented sentences with other units, places and years than the documents;
negatives that must yield nothing."""

from __future__ import annotations

import pytest

from extractors.awards_words import suffixed_office
from extractors.nlp import syllables
from schemas.facts import Award, Campaign, Person
from tests.conftest import found

LEAD = "Tổng kết phong trào thi đua năm 2023. "  # a document about emulation work

# --- an office "X trưởng" / "X phó" after a person's name: the person receives, not the post --------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Trung tá Lê Văn Hải, Hạm trưởng tàu 18, Hải đoàn 129, được tặng Huân chương Chiến công hạng Ba.",
         {("Huân chương Chiến công hạng Ba", "Lê Văn Hải")}),
        ("Cá nhân đồng chí Thượng úy Phan Đức Long, Khẩu đội trưởng khẩu đội 2, Đại đội 5, được đề nghị tặng "
         "danh hiệu Chiến sĩ thi đua cơ sở.", {("Chiến sĩ thi đua cơ sở", "Phan Đức Long")}),
        ("Chị Đào Thị Lý, Nhóm trưởng nhóm kỹ thuật, Điện lực Yên Lạc, được tặng Giấy khen.",
         {("Giấy khen", "Đào Thị Lý")}),
        ("Anh Trịnh Văn Kiên, Kíp trưởng kíp vận hành số 3, Nhà máy Thủy điện Sơn La, được tặng Bằng khen của "
         "Bộ trưởng Bộ Công Thương.", {("Bằng khen của Bộ trưởng Bộ Công Thương", "Trịnh Văn Kiên")}),
    ],
)
def test_post_after_person(text, expected):
    assert found(LEAD + text, Award, "award", "recipient") == expected


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("Thuyền trưởng tàu cá", True),
        ("Khẩu đội trưởng khẩu đội 1", True),
        ("Nhóm phó nhóm 3", True),
        ("Tăng trưởng kinh tế", False),
        ("Sinh trưởng tốt", False),
        ("Thành phố Huế", False),  # "phố", not "phó"
        ("Trường Tiểu học Kim Đồng", False),
        ("Công ty Than Hà Lầm", False),
    ],
)
def test_suffixed_office(words, expected):
    assert suffixed_office(syllables(words), 0) is expected


def test_post_after_person_units_still_listed():
    text = "Công ty Điện lực Phú Thọ, Công ty Điện lực Yên Bái và Công ty Điện lực Lào Cai được tặng Bằng khen."
    assert found(LEAD + text, Award, "recipient") == {
        "Công ty Điện lực Phú Thọ", "Công ty Điện lực Yên Bái", "Công ty Điện lực Lào Cai"}


# --- an unquoted "Thi đua …" name goes on over a compound in lower case to a capitalised word --------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Các đồn đã hưởng ứng phong trào Thi đua Vì chủ quyền Biển Đông và giữ vững an ninh biên giới.",
         {"Thi đua Vì chủ quyền Biển Đông"}),
        ("Bám sát phong trào Thi đua Vì an ninh Tổ quốc, Công an các xã đã triệt phá 12 ổ nhóm.",
         {"Thi đua Vì an ninh Tổ quốc"}),
        ("Phong trào Thi đua Quyết thắng năm 2024 được Trung đoàn 9 triển khai sâu rộng.", {"Thi đua Quyết thắng"}),
        ("Phong trào Thi đua Quyết thắng diễn ra sôi nổi ở Lữ đoàn 131.", {"Thi đua Quyết thắng"}),
        ("Phong trào Thi đua Quyết thắng và phong trào thi đua \"Dân vận khéo\" được phát động.",
         {"Thi đua Quyết thắng", "Dân vận khéo"}),
    ],
)
def test_unquoted_name_with_compound(text, expected):
    assert found(LEAD + text, Campaign, "name") == expected


# --- a theme after a relative clause, with "là" right before the quote --------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chủ đề thi đua năm 2025 mà Ban Thường vụ Cụm đề xuất và được các trường thành viên nhất trí là "
         "\"Đoàn kết, đổi mới, nâng cao chất lượng dạy và học\".",
         {("Đoàn kết, đổi mới, nâng cao chất lượng dạy và học", "theme")}),
        ("Năm nay, chủ đề thi đua mà các chi nhánh trong Khối cùng thống nhất lựa chọn để thực hiện là "
         "“Kỷ cương, minh bạch, phục vụ khách hàng”.", {("Kỷ cương, minh bạch, phục vụ khách hàng", "theme")}),
    ],
)
def test_theme_after_relative_clause(text, expected):
    assert found(LEAD + text, Campaign, "name", "kind") == expected


@pytest.mark.parametrize(
    "text",
    [
        # no "là" before the quote: the words between are too many
        "Chủ đề thi đua năm 2025 được Ban Thường vụ Cụm bàn bạc kỹ trong nhiều buổi họp với các trường "
        "thành viên \"Đoàn kết, đổi mới, nâng cao chất lượng\".",
        # the cue is not the clause's subject
        "Hội nghị đã trao đổi rất nhiều ý kiến quanh chủ đề thi đua mà các đơn vị đăng ký trong năm tới và "
        "kết luận là \"Đoàn kết, đổi mới, nâng cao chất lượng\".",
    ],
)
def test_theme_after_relative_clause_negatives(text):
    assert found(LEAD + text, Campaign, "name") == set()


# --- a name alone on its line, its office on the line under it or over it -----------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Xin trân trọng cảm ơn!\n\nNguyễn Thị Hằng\nGiám đốc Sở Tư pháp tỉnh Quảng Nam",
         {("Nguyễn Thị Hằng", "Giám đốc Sở Tư pháp tỉnh Quảng Nam")}),
        ("Chúc hội nghị thành công!\n\nThượng tá Đỗ Văn Khang\nChính ủy Lữ đoàn 147",
         {("Đỗ Văn Khang", "Chính ủy Lữ đoàn 147")}),
        ("Nơi gửi: các trường thành viên.\n\nHiệu trưởng\nLê Thị Thu Hà", {("Lê Thị Thu Hà", "Hiệu trưởng")}),
        # a list of names, each over its office, the last with the list's full stop
        ("Danh sách được tuyên dương:\nHồ Văn Tám\nGiám đốc Công ty TNHH Cơ khí Tân Phú\nLý Thị Nga\n"
         "Giám đốc Hợp tác xã Dệt may Phú Hòa.\nĐây là lần thứ hai hội tổ chức bình chọn.",
         {("Hồ Văn Tám", "Giám đốc Công ty TNHH Cơ khí Tân Phú"),
          ("Lý Thị Nga", "Giám đốc Hợp tác xã Dệt may Phú Hòa")}),
    ],
)
def test_name_with_office_line(text, expected):
    assert found(LEAD + text, Person, "name", "title") == expected


@pytest.mark.parametrize(
    "text",
    [
        "Nguyễn Văn An\nGiám đốc Sở cho biết năm nay ngành sẽ tăng tốc giải ngân.",  # a sentence, no office line
        "Trường Tiểu học Kim Đồng\nHiệu trưởng nhà trường phát biểu.",
        "Ban Tuyên giáo Tỉnh ủy\nGiám đốc Sở Văn hóa",  # no person's name
    ],
)
def test_name_with_office_line_negatives(text):
    assert found(LEAD + text, Person, "name") == set()


# --- "các" inside a grantor's name -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Khối đề nghị tặng Cờ thi đua của Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam cho Liên hiệp các "
         "Hội Khoa học và Kỹ thuật tỉnh Ninh Bình.",
         {("Cờ thi đua của Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam",
           "Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Ninh Bình")}),
        ("Cụm thống nhất đề nghị tặng Bằng khen của Liên hiệp các tổ chức hữu nghị Việt Nam cho Hội Hữu nghị "
         "Việt Nam - Lào tỉnh Hà Tĩnh.",
         {("Bằng khen của Liên hiệp các tổ chức hữu nghị Việt Nam", "Hội Hữu nghị Việt Nam - Lào tỉnh Hà Tĩnh")}),
    ],
)
def test_plural_inside_grantor(text, expected):
    assert found(LEAD + text, Award, "award", "recipient") == expected


def test_plural_after_grantor_is_no_part_of_it():
    text = "Chủ tịch UBND tỉnh tặng Bằng khen của UBND tỉnh cho các trường: Tiểu học Hòa Bình và Tiểu học An Lạc."
    assert found(LEAD + text, Award, "award") == {"Bằng khen của UBND tỉnh"}


# --- the year a review sums up is the year of awards that give none ------------------------------------

REVIEW = ("Sở Xây dựng tỉnh Gia Lai nhận nhiệm vụ Cụm trưởng năm 2025\n"
          "Ngày 20/12/2024, Cụm thi đua các Sở Xây dựng khu vực Tây Nguyên tổ chức hội nghị tổng kết công tác "
          "thi đua, khen thưởng năm 2024 và triển khai nhiệm vụ năm 2025.\n")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (REVIEW + "Sở Xây dựng tỉnh Kon Tum được đề nghị tặng Bằng khen của Bộ trưởng Bộ Xây dựng.",
         {("Sở Xây dựng tỉnh Kon Tum", 2024)}),
        (REVIEW + "Sở Xây dựng tỉnh Đắk Nông được tặng Cờ thi đua của Bộ Xây dựng năm 2023.",
         {("Sở Xây dựng tỉnh Đắk Nông", 2023)}),  # a year the sentence gives wins
        ("Sở Xây dựng tỉnh Gia Lai nhận nhiệm vụ Cụm trưởng năm 2025\nSở Xây dựng tỉnh Kon Tum được đề nghị tặng "
         "Bằng khen của Bộ trưởng Bộ Xây dựng.", {("Sở Xây dựng tỉnh Kon Tum", 2025)}),  # no review: the title's
    ],
)
def test_year_of_the_review(text, expected):
    assert found(text, Award, "recipient", "year") == expected


def test_year_of_a_reviewed_school_year():
    text = ("Khối thi đua các trường cao đẳng y tế tổng kết năm học 2021 - 2022\n"
            "Khối đề nghị Bộ trưởng tặng Bằng khen cho Trường Cao đẳng Y tế Thanh Hóa.")
    assert found(text, Award, "recipient", "year") == {("Trường Cao đẳng Y tế Thanh Hóa", 2022)}


# --- a number that counts a noun makes no name -----------------------------------------------------------


def test_count_is_no_name():
    text = ("Tin vắn 12/3\nThêm 5 điểm giao dịch ngân hàng ở vùng sâu Trưởng phòng Kế hoạch Agribank được tặng "
            "Bằng khen.")
    assert found(LEAD + text, Award, "recipient") == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hải đoàn 5 Hải quân được tặng Cờ thi đua của Bộ Quốc phòng.", {"Hải đoàn 5 Hải quân"}),
        ("Ban Quản lý dự án 7 được tặng Bằng khen của Bộ trưởng Bộ Giao thông vận tải.", {"Ban Quản lý dự án 7"}),
        ("Năm 2023, Trạm Kiểm lâm số 4 được tặng Giấy khen.", {"Trạm Kiểm lâm số 4"}),
    ],
)
def test_unit_numbers_kept(text, expected):
    assert found(LEAD + text, Award, "recipient") == expected


# --- one award once a sentence ----------------------------------------------------------------------------


def test_once_a_sentence():
    from pipeline.process import process_text

    text = ("Cảng vụ Hàng hải Quảng Ninh đón nhận Huân chương Lao động hạng Nhất (TTXVN)- Sáng 5-3, tại Hạ Long, "
            "Cảng vụ Hàng hải Quảng Ninh đã tổ chức lễ kỷ niệm 30 năm thành lập và đón nhận Huân chương Lao động "
            "hạng Nhất.")
    _, facts = process_text(LEAD + text)
    awards = [(f.award, f.recipient) for f in facts if isinstance(f, Award)]
    assert awards == [("Huân chương Lao động hạng Nhất", "Cảng vụ Hàng hải Quảng Ninh")]


# --- lower-case nouns of a name after an abbreviation, which the tagger calls verbs ----------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Ban QLDA đường thủy được đề nghị tặng Bằng khen của Bộ trưởng.", {"Ban QLDA đường thủy"}),
        ("Bộ trưởng tặng Bằng khen cho Cảng vụ HH đường sắt.", {"Cảng vụ HH đường sắt"}),
    ],
)
def test_name_words_after_abbreviation(text, expected):
    assert found(LEAD + text, Award, "recipient") == expected


def test_verb_after_abbreviation_still_ends_name():
    text = "Ban QLDA Sông Hồng đạt nhiều thành tích và được tặng Bằng khen."
    assert found(LEAD + text, Award, "recipient") == {"Ban QLDA Sông Hồng"}


# --- in the answers of an interview, "nhà trường", "đơn vị" stand for the interviewee's unit -------------

INTERVIEW = ("Bệnh viện làm Khối trưởng: trách nhiệm nhiều hơn vinh dự\n\n"
             "SKĐS - Năm 2024, Bệnh viện Đa khoa tỉnh Phú Yên được các bệnh viện trong Khối tín nhiệm giao vai trò "
             "Khối trưởng. Phóng viên đã trao đổi với BSCKII Lê Văn Sáu, Giám đốc đơn vị, về kết quả thi đua.\n\n"
             "- Thưa ông, Khối có bao nhiêu thành viên?\n\n"
             "- Khối có năm bệnh viện, trong đó có Bệnh viện Đa khoa tỉnh Khánh Hòa là Khối phó.\n\n"
             "- Kết quả thi đua được ghi nhận thế nào?\n\n")


@pytest.mark.parametrize(
    ("answer", "expected"),
    [
        ("- Năm 2023, đơn vị vinh dự nhận Cờ thi đua của Bộ Y tế.",
         {("Cờ thi đua của Bộ Y tế", "Bệnh viện Đa khoa tỉnh Phú Yên")}),
        ("- Năm 2023, bệnh viện được tặng Bằng khen của Bộ trưởng Bộ Y tế.",
         {("Bằng khen của Bộ trưởng Bộ Y tế", "Bệnh viện Đa khoa tỉnh Phú Yên")}),
    ],
)
def test_interviewee_unit(answer, expected):
    assert found(INTERVIEW + answer, Award, "award", "recipient") == expected


def test_interviewee_unit_named_with_office():
    text = ("Phóng viên trao đổi với Thượng tá Hồ Minh Tuấn, Trưởng Công an huyện Tuy An, về phong trào thi đua "
            "năm 2024.\n\n- Thưa ông, kết quả năm qua thế nào?\n\n"
            "- Năm 2024, đơn vị vinh dự được tặng Cờ thi đua của Bộ Công an.")
    assert found(text, Award, "recipient") == {"Công an huyện Tuy An"}


def test_interviewee_unit_not_in_question():
    text = INTERVIEW + "- Đơn vị có được tặng Cờ thi đua của Bộ Y tế không?"
    assert "Bệnh viện Đa khoa tỉnh Phú Yên" not in found(text, Award, "recipient")


# --- "tập thể" before a unit and the larger unit it belongs to after a comma: one recipient -----------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tập thể Phòng Kỹ thuật, Sở Giao thông vận tải tỉnh Bình Thuận được tặng Bằng khen.",
         {"Phòng Kỹ thuật, Sở Giao thông vận tải tỉnh Bình Thuận"}),
        ("Bộ trưởng tặng Bằng khen cho tập thể Phòng Kỹ thuật, Sở Giao thông vận tải tỉnh Bình Thuận.",
         {"Phòng Kỹ thuật, Sở Giao thông vận tải tỉnh Bình Thuận"}),
        ("Giám đốc Sở tặng Giấy khen cho Tập thể Phòng Kỹ thuật, Sở Giao thông vận tải tỉnh Bình Thuận.",
         {"Phòng Kỹ thuật, Sở Giao thông vận tải tỉnh Bình Thuận"}),
    ],
)
def test_collective_before_unit_and_parent(text, expected):
    assert found(LEAD + text, Award, "recipient") == expected


def test_peers_after_collective_stay_apart():
    text = "Tập thể Sở Giao thông vận tải tỉnh Bình Thuận, Sở Giao thông vận tải tỉnh Ninh Thuận được tặng Bằng khen."
    assert found(LEAD + text, Award, "recipient") == {
        "Sở Giao thông vận tải tỉnh Bình Thuận", "Sở Giao thông vận tải tỉnh Ninh Thuận"}


def test_title_of_collective_is_no_leading_word():
    text = "Phòng Kỹ thuật được công nhận Tập thể lao động xuất sắc."
    assert found(LEAD + text, Award, "award", "recipient") == {("Tập thể lao động xuất sắc", "Phòng Kỹ thuật")}


# --- "cá nhân đồng chí / ông / chị …" before a name: the person receives ---------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Cá nhân đồng chí Đại úy Mai Văn Lực được đề nghị tặng danh hiệu Chiến sĩ thi đua cơ sở.", {"Mai Văn Lực"}),
        ("Cụm đề nghị tặng Bằng khen cho cá nhân ông Tạ Quang Vinh, Giám đốc Công ty Môi trường đô thị Vinh.",
         {"Tạ Quang Vinh"}),
        ("Cá nhân chị Lò Thị Xuân được tặng Giấy khen của Giám đốc Sở.", {"Lò Thị Xuân"}),
    ],
)
def test_individual_before_name(text, expected):
    assert found(LEAD + text, Award, "recipient") == expected


def test_counted_individuals_stay_a_group():
    text = "Cụm đề nghị tặng Bằng khen cho 4 cá nhân."
    assert found(LEAD + text, Award, "recipient") == {"4 cá nhân"}


# --- a broadcast script's tag in square brackets before the subject ---------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bản tin tổng kết thi đua năm 2022.\n[PV] Trung tâm Y tế huyện Phù Yên được đề nghị tặng Bằng khen của Bộ "
         "trưởng Bộ Y tế.", {("Bằng khen của Bộ trưởng Bộ Y tế", "Trung tâm Y tế huyện Phù Yên")}),
        ("Bản tin tổng kết thi đua năm 2022.\n[MC] Hai huyện Mộc Châu và Yên Châu được đề nghị tặng Cờ thi đua.",
         {("Cờ thi đua", "Mộc Châu"), ("Cờ thi đua", "Yên Châu")}),
        ("Bản tin tổng kết thi đua năm 2022.\n[PV] Năm 2022, Bệnh viện Đa khoa huyện Sông Mã khám cho 40.000 lượt "
         "người. Đơn vị vinh dự được UBND tỉnh tặng Cờ thi đua.", {("Cờ thi đua", "Bệnh viện Đa khoa huyện Sông Mã")}),
    ],
)
def test_script_tag_before_subject(text, expected):
    assert found(text, Award, "award", "recipient") == expected


def test_verb_read_inside_a_name_before_its_place():
    text = ("Năm 2022, Công ty Thoát nước Hải Phòng hoàn thành vượt kế hoạch. Đơn vị vinh dự được UBND thành phố "
            "tặng Bằng khen.")
    assert found(LEAD + text, Award, "recipient") == {"Công ty Thoát nước Hải Phòng"}


# --- "chúng tôi" who receive: the unit of the one who speaks ----------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Bà Vi Thị Hạnh, Giám đốc Bảo hiểm xã hội tỉnh Lạng Sơn: \"Năm nay, chúng tôi vinh dự được nhận Cờ thi "
         "đua của Chính phủ.\"", {("Cờ thi đua của Chính phủ", "Bảo hiểm xã hội tỉnh Lạng Sơn")}),
        ("[Phỏng vấn] Ông Lục Văn Bằng, Chi cục trưởng Chi cục Thuế huyện Tràng Định: \"Chúng tôi được Tổng cục "
         "trưởng tặng Bằng khen.\"", {("Bằng khen", "Chi cục Thuế huyện Tràng Định")}),
        (INTERVIEW + "- Năm 2023, chúng tôi vinh dự được tặng Cờ thi đua của Bộ Y tế.",
         {("Cờ thi đua của Bộ Y tế", "Bệnh viện Đa khoa tỉnh Phú Yên")}),
    ],
)
def test_we_are_the_speakers_unit(text, expected):
    assert found(LEAD + text, Award, "award", "recipient") == expected


@pytest.mark.parametrize(
    "text",
    [
        "Thay mặt Ban tổ chức, tôi xin nói rằng năm nay chúng tôi vinh dự được nhận Cờ thi đua của Chính phủ.",
        "Ông Vi Văn Sơn nói: \"Năm nay chúng tôi vinh dự được nhận Cờ thi đua của Chính phủ.\"",  # no office, no unit
    ],
)
def test_we_without_a_speakers_unit(text):
    assert found(LEAD + text, Award, "recipient") == set()
