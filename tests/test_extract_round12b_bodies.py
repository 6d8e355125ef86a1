"""Bodies, twelfth round, second part (heldout20-23): where a body name ends and which parent it has - a
series of trades closing a name ("các công ty thương mại, xuất nhập khẩu"), two one-syllable trades joined
by a dash right after the kind ("các doanh nghiệp dệt - may"), trades of a task ("làm kinh tế quốc phòng"),
"và" between two trades leaving "của" to the parent, a plural kind closed by "thành viên"/"trực thuộc", and a
parent written with abbreviations being the parent spelt out. Invented sentences with other units, places
and years than the documents; negatives that must not run on."""

from __future__ import annotations

import pytest

from extractors.resolution import same_parent
from tests.conftest import bodies_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a series of trades after a kind in lower case, the last one closing the name
        (
            "Năm 2019, Khối thi đua các công ty thương mại, xuất nhập khẩu đã tổng kết.",
            "Khối thi đua các công ty thương mại, xuất nhập khẩu",
        ),
        (
            "Biên bản của Khối thi đua các doanh nghiệp sản xuất, xuất nhập khẩu (Khối trưởng: Công ty Nông sản B).",
            "Khối thi đua các doanh nghiệp sản xuất, xuất nhập khẩu",
        ),
        (
            "Công ty Thủy sản C, đơn vị dẫn đầu Khối thi đua các hợp tác xã nuôi trồng, chế biến.",
            "Khối thi đua các hợp tác xã nuôi trồng, chế biến",
        ),
        # "các", a plain kind in lower case and one trade closing the name
        (
            "Năm 2016, Khối thi đua các công ty xây lắp gồm 3 doanh nghiệp: Công ty Xây lắp Số 1, Công ty B.",
            "Khối thi đua các công ty xây lắp",
        ),
        ("Năm 2016, Cụm thi đua các xí nghiệp chế biến (5 đơn vị) đã tổng kết.", "Cụm thi đua các xí nghiệp chế biến"),
        # two one-syllable trades joined by a dash right after the kind
        ("Năm 2015, Khối thi đua các doanh nghiệp dệt - may đã tổng kết.", "Khối thi đua các doanh nghiệp dệt - may"),
        ("Năm 2017, Cụm thi đua các cơ sở in - sao đã ký giao ước.", "Cụm thi đua các cơ sở in - sao"),
        # trades of a task
        (
            "Đầu năm 2016, Binh đoàn 15 được bầu làm Khối phó Khối thi đua các binh đoàn, tổng công ty làm kinh tế "
            "quốc phòng.",
            "Khối thi đua các binh đoàn, tổng công ty làm kinh tế quốc phòng",
        ),
        (
            "Năm 2016, Cụm thi đua các đơn vị làm nhiệm vụ quốc tế đã tổng kết.",
            "Cụm thi đua các đơn vị làm nhiệm vụ quốc tế",
        ),
        # "và" between two trades: the "của" after them names the parent, not the body
        (
            "Năm 2012, Công ty giữ vai trò Khối trưởng Khối thi đua các doanh nghiệp khai thác và chế biến khoáng sản "
            "của Tổng công ty Khoáng sản Miền Núi năm 2012.",
            "Khối thi đua các doanh nghiệp khai thác và chế biến khoáng sản",
        ),
        (  # with no object the trades stay generic and their qualifier is named with them
            "Năm 2012, Khối thi đua các đơn vị sản xuất và kinh doanh trực thuộc Bộ Nông nghiệp đã tổng kết.",
            "Khối thi đua các đơn vị sản xuất và kinh doanh trực thuộc Bộ Nông nghiệp",
        ),
        # a series of bare kinds owned by the party committee after the last
        ("Năm 2019, Khối thi đua các Ban Đảng, Văn phòng Thành ủy đã tổng kết.",
         "Khối thi đua các Ban Đảng, Văn phòng Thành ủy"),
        ("Năm 2019, Cụm thi đua các Ban, Văn phòng Huyện ủy tổ chức hội nghị.",
         "Cụm thi đua các Ban, Văn phòng Huyện ủy"),
        # a plural kind closed by a word of membership, the parent after it
        (
            "Năm 2019, Khối thi đua các đơn vị thành viên của Tập đoàn Cao su B tổ chức hội nghị.",
            "Khối thi đua các đơn vị thành viên",
        ),
        (
            "Năm 2021, Khối thi đua các công ty thành viên (4 doanh nghiệp) đã tổng kết.",
            "Khối thi đua các công ty thành viên",
        ),
        ("Năm 2020, Cụm thi đua các đơn vị trực thuộc đã tổng kết.", "Cụm thi đua các đơn vị trực thuộc"),
        (  # a unit after the word: a qualifier named with the body, as before
            "Năm 2020, Khối thi đua các trường thành viên Đại học Vùng B đã tổng kết.",
            "Khối thi đua các trường thành viên Đại học Vùng B",
        ),
        (
            "Năm 2020, Khối thi đua các đơn vị trực thuộc Sở Y tế đã tổng kết.",
            "Khối thi đua các đơn vị trực thuộc Sở Y tế",
        ),
    ],
)
def test_name_ends(text: str, expected: str) -> None:
    assert expected in bodies_of(text)


@pytest.mark.parametrize(
    ("text", "not_expected"),
    [
        # a verb after the kind ends the name, a dash or not
        ("Năm 2016, Khối thi đua các công ty làm theo chỉ đạo đã tổng kết.", "Khối thi đua các công ty làm"),
        ("Năm 2018, Khối thi đua các doanh nghiệp đã - đang tổng kết.", "Khối thi đua các doanh nghiệp đã - đang"),
        ("Năm 2018, Khối thi đua các doanh nghiệp tổ chức hội nghị.", "Khối thi đua các doanh nghiệp tổ chức"),
        # a word of manner after the trades: they are verbs
        ("Năm 2018, Khối thi đua các hợp tác xã thủy sản nuôi trồng, chế biến hiệu quả.",
         "Khối thi đua các hợp tác xã thủy sản nuôi trồng, chế biến"),
        ("Năm 2018, Khối thi đua các công ty xây lắp tốt nhất tỉnh.", "Khối thi đua các công ty xây lắp"),
        # a verb of what the body does ends the name
        ("Năm 2019, Cụm thi đua các bệnh viện hỗ trợ khu vực Miền Tây về chuyên môn.",
         "Cụm thi đua các bệnh viện hỗ trợ khu vực Miền Tây"),
        ("Năm 2019, Khối thi đua các trường học tiếp tục đẩy mạnh phong trào.", "Khối thi đua các trường học tiếp tục"),
        # a ministry after the comma is a unit, not the owner of the series
        ("Năm 2019, Khối thi đua các Vụ, Văn phòng Bộ Xây dựng tổ chức hội nghị.",
         "Khối thi đua các Vụ, Văn phòng Bộ Xây dựng"),
        # a generic plural alone is no body, with or without the word of membership outside a head
        ("Năm 2018, Khối thi đua các đơn vị đã tổng kết.", "Khối thi đua các đơn vị"),
    ],
)
def test_names_do_not_run_on(text: str, not_expected: str) -> None:
    assert not_expected not in bodies_of(text)


def test_no_body_without_a_head() -> None:
    assert bodies_of("Năm 2018, các đơn vị thành viên đã tổng kết.") == set()
    assert bodies_of("Năm 2018, các doanh nghiệp dệt - may đạt doanh thu lớn.") == set()


def test_membership_word_opening_a_list_stays_outside_the_name() -> None:
    # "thành viên gồm …" opens the members' list: the name is not closed by it
    assert "Khối thi đua các trường thành viên" not in bodies_of(
        "Năm 2022, Khối thi đua các trường thành viên gồm 3 trường: Trường A, Trường B và Trường C.")


def test_verb_after_kind_ends_the_name() -> None:
    assert "Cụm thi đua các bệnh viện" in bodies_of("Năm 2019, Cụm thi đua các bệnh viện hỗ trợ khu vực Miền Tây.")
    # capitalised, the word is part of a unit's name
    assert "Cụm thi đua các Trung tâm Hỗ trợ nông dân tỉnh" in bodies_of(
        "Năm 2019, Cụm thi đua các Trung tâm Hỗ trợ nông dân tỉnh đã tổng kết.")


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("Cục Cảnh sát PCCC và CNCH", "Cục Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ", True),
        ("Cục Cảnh sát PCCC và CNCH", "Cục Cảnh sát phòng cháy", True),  # the long form cut at its comma
        ("Sở VH-TT&DL", "Sở Văn hóa, Thể thao và Du lịch", True),
        ("Sở LĐ-TB&XH", "Sở Lao động - Thương binh và Xã hội", True),
        ("Cục Thuế HN", "Cục Thuế Hà Nội", True),
        ("Cục Thuế HN", "Cục Thuế Hải Phòng", False),
        ("Bộ đội Biên phòng", "Bộ Công an", False),
        ("Bộ CA", "Bộ Chỉ huy", False),
    ],
)
def test_parent_written_with_abbreviations(a: str, b: str, same: bool) -> None:
    assert same_parent(a, b) is same


def test_one_cluster_under_a_parent_spelt_two_ways() -> None:
    text = ("Cụm thi đua số 4 – Cục Cảnh sát PCCC và CNCH tổng kết năm 2020.\n"
            "Ngày 12/01/2021, Cụm thi đua số 4 – Cục Cảnh sát phòng cháy, chữa cháy và cứu nạn, cứu hộ tổ chức "
            "hội nghị tổng kết năm 2020.")
    assert bodies_of(text) == {"Cụm thi đua số 4"}
