"""Awards, campaigns and persons, twelfth round, second part (heldout20, heldout21, heldout22 and heldout23):
sentences no longer cut after an abbreviated level word of a place ("TX.", "TT.", "KP."); abbreviations of
recipients spelt out from the long form the document writes. Invented sentences with other units, places and
years than the documents; negatives that must yield nothing."""

from __future__ import annotations

import pytest

from pipeline.segment import split_line
from schemas.facts import Award, Person
from tests.conftest import found

LEAD = "Tổng kết phong trào thi đua năm 2023. "  # a document about emulation work


# --- an abbreviated level word of a place does not end the sentence -----------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Trung tâm Y tế TX. Phú Thọ nhận Bằng khen của Bộ trưởng Bộ Y tế.",
        "Chi cục Thuế Tx. Ninh Hòa và Trạm Thú y TT. Mường Khến cùng dự hội nghị.",
        "Công an phường số 7, KP. 4, Q. 3 đứng đầu khối.",
        "Ủy ban nhân dân TT. Nông Cống và Hội Nông dân TP. Sầm Sơn ký giao ước thi đua.",
    ],
)
def test_place_abbreviation_keeps_the_sentence(line):
    assert [line[a:b] for a, b in split_line(line)] == [line]


@pytest.mark.parametrize(
    ("line", "count"),
    [
        ("Hội nghị tổ chức tại hội trường văn hóa. Ngày mai các đoàn về.", 2),
        ("Đội bóng đạt giải ABTX. Năm sau đội thi tiếp.", 2),
    ],
)
def test_full_stop_still_ends_a_sentence(line, count):
    assert len(split_line(line)) == count


def test_recipient_after_place_abbreviation():
    text = "Bộ trưởng Bộ Nội vụ tặng Bằng khen cho Phòng Nội vụ TX. Bình Minh."
    assert found(LEAD + text, Award, "recipient") == {"Phòng Nội vụ TX. Bình Minh"}


# --- a sub-unit joined by a dash to its company: each part is as long as itself --------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tặng Bằng khen của Giám đốc Sở Công Thương cho 02 tập thể:\n1. Phân xưởng Lò hơi - Công ty cổ phần "
         "Nhiệt điện Miền Trung số 2 - Themico;\n2. Phòng Vật tư - Công ty cổ phần Cấp nước Ninh Thuận.\n",
         {"Phân xưởng Lò hơi - Công ty cổ phần Nhiệt điện Miền Trung số 2 - Themico",
          "Phòng Vật tư - Công ty cổ phần Cấp nước Ninh Thuận"}),
        ("Chủ tịch Hội đồng quản trị tặng Giấy khen cho Đội Sửa chữa đường dây trung thế – Công ty Điện lực "
         "Thừa Thiên – Huế.", {"Đội Sửa chữa đường dây trung thế – Công ty Điện lực Thừa Thiên – Huế"}),
    ],
)
def test_sub_unit_with_its_company(text, expected):
    assert found(LEAD + text, Award, "recipient") == expected


def test_long_run_without_a_unit_head_is_no_recipient():
    text = ("Tặng Bằng khen cho những tấm gương tiêu biểu trong học tập và làm theo tư tưởng đạo đức phong cách "
            "của Bác - nhiều năm liền ở cơ sở.")
    assert found(LEAD + text, Award, "recipient") == set()


# --- persons: an organisation opening with a family name's syllable; a company called by its trade ------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Phát biểu tại hội nghị, anh Trần Quốc Bảo, Bí thư Đoàn Khối Các cơ quan tỉnh, đánh giá cao Cụm.",
         {("Trần Quốc Bảo", "Bí thư Đoàn Khối Các cơ quan tỉnh")}),
        ("Bí thư Đoàn Khối Doanh nghiệp tỉnh khen ngợi các chi đoàn.", set()),
        ("Giám đốc Xi măng Hoàng Long nói thi đua phải đo bằng sản lượng.", set()),
        ("Tổng giám đốc Dệt may Lê Minh phát biểu.", set()),
        # a name of three syllables after the trade still counts; the surname Đoàn still opens names
        ("Giám đốc Xi măng Lê Văn Minh phát biểu.", {("Lê Văn Minh", "Giám đốc Xi măng")}),
        ("Ông Đoàn Văn Khối, Trưởng phòng Tổ chức, phát biểu.", {("Đoàn Văn Khối", "Trưởng phòng Tổ chức")}),
    ],
)
def test_organisations_and_companies_are_no_persons(text, expected):
    assert found(LEAD + text, Person, "name", "title") == expected


# --- an adverbial of who led the unit between the unit and its verb ------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Trung tâm Y tế huyện Tam Nông – đơn vị Cụm trưởng – dưới sự điều hành của đồng chí Lê Văn Hùng, "
         "Giám đốc, đã dẫn đầu Cụm và vinh dự được tặng Cờ thi đua của Bộ Y tế.", {"Trung tâm Y tế huyện Tam Nông"}),
        ("Chi cục Thủy lợi tỉnh Hà Giang, dưới sự chỉ đạo của kỹ sư Vàng Văn Sơn, đã được tặng Bằng khen của Bộ "
         "trưởng Bộ Nông nghiệp và Phát triển nông thôn.", {"Chi cục Thủy lợi tỉnh Hà Giang"}),
        ("Hợp tác xã Đồng Tiến với sự giúp đỡ của Hội Nông dân huyện đã được tặng Giấy khen của Chủ tịch UBND "
         "huyện.", {"Hợp tác xã Đồng Tiến"}),
        # the adverbial opening the sentence: the unit after it is the subject
        ("Năm 2021, dưới sự lãnh đạo của Đảng ủy Khối, Công an huyện Mèo Vạc đã được tặng Cờ thi đua của Bộ "
         "Công an.", {"Công an huyện Mèo Vạc"}),
        ("Dưới sự chỉ đạo của Sở Giáo dục, Trường THPT Bắc Mê được tặng Bằng khen của Chủ tịch UBND tỉnh.",
         {"Trường THPT Bắc Mê"}),
    ],
)
def test_unit_before_an_adverbial_of_leadership(text, expected):
    assert found(LEAD + text, Award, "recipient") == expected
