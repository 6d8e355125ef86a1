"""Bodies, twelfth round (heldout14, heldout17, heldout18, heldout19): where a body name ends - a series of
bare kinds opening with a level word ("các Tổng cục, Cục …"), a kind of a level and more bare levels before
its qualifier ("các Bộ Chỉ huy Quân sự tỉnh, thành phố thuộc …"), a kind written short with a word that
qualifies it and a region ("các trường THPT chuyên khu vực …"), a place written with its second syllable in
lower case before "và" ("Duyên hải và …"), two one-syllable trades joined by a dash ("sợi - dệt"), a unit
named in sentence case before "các" and its members ("Hội Cựu giáo chức các tỉnh …"). Invented sentences with
other units, places and years than the documents; negatives that must not run on."""

from __future__ import annotations

import pytest

from tests.conftest import bodies_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a series of bare kinds, the first opening with a level word
        (
            "Năm 2021, Khối thi đua các Tổng cục, Cục quản lý chuyên ngành thuộc Bộ Công Thương đã tổng kết.",
            "Khối thi đua các Tổng cục, Cục quản lý chuyên ngành",
        ),
        (
            "Khối thi đua các Học viện, Viện nghiên cứu chuyên ngành đã ký giao ước năm 2020.",
            "Khối thi đua các Học viện, Viện nghiên cứu chuyên ngành",
        ),
        (
            "Năm 2018, Khối thi đua các Báo, Tạp chí, Nhà xuất bản của tỉnh tổng kết.",
            "Khối thi đua các Báo, Tạp chí, Nhà xuất bản",
        ),
        (  # kinds of station and team, bare in capitals
            "Năm 2022, Khối thi đua các Chi cục, Trạm chuyên ngành đã tổng kết.",
            "Khối thi đua các Chi cục, Trạm chuyên ngành",
        ),
        (
            "Năm 2021, Cụm thi đua các Trung tâm, Đội, Trạm thuộc Sở Tài nguyên đã tổng kết.",
            "Cụm thi đua các Trung tâm, Đội, Trạm",
        ),
        (  # a bare kind of two words in capitals after another: a plain series, named with its qualifier
            "Năm 2020, Khối thi đua các Học viện, Trường Đại học thuộc Bộ Quốc phòng đã tổng kết.",
            "Khối thi đua các Học viện, Trường Đại học thuộc Bộ Quốc phòng",
        ),
        (  # kinds of association
            "Năm 2019, Cụm thi đua các Hội, Liên hiệp hội chuyên ngành đã tổng kết.",
            "Cụm thi đua các Hội, Liên hiệp hội chuyên ngành",
        ),
        # a kind of a level, more bare levels, then its qualifier
        (
            "Năm 2016, Khối thi đua các Bộ Chỉ huy Quân sự tỉnh, thành phố thuộc Quân khu 5 đã tổng kết.",
            "Khối thi đua các Bộ Chỉ huy Quân sự tỉnh, thành phố thuộc Quân khu 5",
        ),
        (
            "Khối thi đua các Ban Chỉ huy Quân sự huyện, thị xã thuộc Bộ CHQS tỉnh Quảng Nam tổng kết năm 2021.",
            "Khối thi đua các Ban Chỉ huy Quân sự huyện, thị xã thuộc Bộ CHQS tỉnh Quảng Nam",
        ),
        (  # a capitalised kind of unit and bare levels: one unit in each place, named with its qualifier
            "Năm 2020, Khối thi đua các Cục Hải quan tỉnh, thành phố thuộc Tổng cục Hải quan đã tổng kết.",
            "Khối thi đua các Cục Hải quan tỉnh, thành phố thuộc Tổng cục Hải quan",
        ),
        (
            "Năm 2021, Cụm thi đua các Trung tâm Y tế huyện, thị xã thuộc Sở Y tế đã tổng kết.",
            "Cụm thi đua các Trung tâm Y tế huyện, thị xã thuộc Sở Y tế",
        ),
        # a kind written short, a word that qualifies it, a region
        (
            "Ngày 5/8, Cụm thi đua các trường THCS bán trú khu vực Tây Bắc đã tổ chức hội nghị.",
            "Cụm thi đua các trường THCS bán trú khu vực Tây Bắc",
        ),
        (
            "Năm 2017, Cụm thi đua các bệnh viện tư nhân vùng Đông Nam Bộ đã tổng kết.",
            "Cụm thi đua các bệnh viện tư nhân vùng Đông Nam Bộ",
        ),
        (
            "Năm 2022, Cụm thi đua các trường mầm non tư thục khu vực thành phố Thanh Hóa đã tổng kết.",
            "Cụm thi đua các trường mầm non tư thục khu vực thành phố Thanh Hóa",
        ),
        # a place whose second syllable is in lower case, before "và" and a second place
        (
            "Năm 2012, Cụm thi đua các trường cao đẳng khu vực Duyên hải và Tây Nguyên đã tổng kết.",
            "Cụm thi đua các trường cao đẳng khu vực Duyên hải và Tây Nguyên",
        ),
        # two one-syllable trades joined by a dash
        (
            "Năm 2019, Khối thi đua các đơn vị gốm - sứ thuộc Tổng công ty Thương mại Sài Gòn gồm 6 đơn vị.",
            "Khối thi đua các đơn vị gốm - sứ",
        ),
        (
            "Khối thi đua các công ty muối - đường năm 2016 đã ký giao ước.",
            "Khối thi đua các công ty muối - đường",
        ),
        # a unit named in sentence case before "các" and its members
        (
            "Năm 2018, Cụm thi đua Hội Cựu giáo viên các tỉnh Nam Trung Bộ đã tổ chức Hội nghị.",
            "Cụm thi đua Hội Cựu giáo viên các tỉnh Nam Trung Bộ",
        ),
        (
            "Năm 2020, Khối thi đua Hội Khuyến học các huyện miền núi tỉnh Yên Bái tổng kết.",
            "Khối thi đua Hội Khuyến học các huyện miền núi tỉnh Yên Bái",
        ),
        (  # ... or before a named region
            "Năm 2021, Cụm thi đua Hội Cựu giáo viên khu vực Nam Trung Bộ đã tổng kết.",
            "Cụm thi đua Hội Cựu giáo viên khu vực Nam Trung Bộ",
        ),
        (
            "Năm 2011, Cụm thi đua Hội Cựu thanh niên xung phong (CTNXP) các tỉnh Tây Nguyên đã họp.",
            "Cụm thi đua Hội Cựu thanh niên xung phong (CTNXP) các tỉnh Tây Nguyên",
        ),
    ],
)
def test_name_runs_on(text, expected):
    assert expected in bodies_of(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a named unit after the comma: a list, not a series of kinds
            "Khối thi đua các Tổng cục, Cục Hàng không Việt Nam tổng kết năm 2019.",
            "Khối thi đua các Tổng cục",
        ),
        (  # a named federation after the comma: a list
            "Năm 2019, Cụm thi đua các Hội, Liên đoàn Cầu lông Việt Nam đã tổng kết.",
            "Cụm thi đua các Hội",
        ),
        (  # a region ending in "Bộ" before a comma is no generic "bộ": the unit after it is the subject
            "Năm 2020, Cụm thi đua các Sở Tài chính khu vực Tây Nam Bộ, Sở Tài chính tỉnh Hậu Giang làm Cụm trưởng.",
            "Cụm thi đua các Sở Tài chính khu vực Tây Nam Bộ",
        ),
        (
            "Cụm thi đua các trường cao đẳng khu vực Nam Trung Bộ, Trường Cao đẳng Phú Yên làm Cụm trưởng năm 2021.",
            "Cụm thi đua các trường cao đẳng khu vực Nam Trung Bộ",
        ),
        (  # one level alone: the unit after "thuộc" stays out
            "Năm 2021, Cụm thi đua các Trung tâm Y tế huyện thuộc Sở Y tế đã tổng kết.",
            "Cụm thi đua các Trung tâm Y tế huyện",
        ),
        (  # a named school after the comma: a list
            "Năm 2022, Khối thi đua các Học viện, Trường Đại học Y Thái Bình đã tổng kết.",
            "Khối thi đua các Học viện",
        ),
        (
            "Khối thi đua các Chi cục, Đội Quản lý thị trường số 3 tổng kết năm 2019.",
            "Khối thi đua các Chi cục",
        ),
        (  # a verb of two syllables after a kind written short, then a region
            "Năm 2018, Cụm thi đua các trường THCS tham gia khu vực Tây Nguyên.",
            "Cụm thi đua các trường THCS",
        ),
        (  # a verb and a region after the kind: the name ends before the verb
            "Năm 2018, Cụm thi đua các trường THCS tổ chức khu vực Tây Nguyên.",
            "Cụm thi đua các trường THCS",
        ),
        (  # a dash before a verb, or before a stop word
            "Cụm thi đua các xã - họp.",
            "Cụm thi đua các xã",
        ),
        (
            "Khối thi đua các doanh nghiệp - đã ký giao ước năm 2020.",
            "Khối thi đua các doanh nghiệp",
        ),
        (  # words after a unit that lead to no "các" and members: a verb phrase
            "Cụm thi đua Hội Nông dân tổ chức các hoạt động chào mừng.",
            "Cụm thi đua Hội Nông dân",
        ),
        (  # a verb and "các" with members that go on with no place: the unit is the subject
            "Năm 2020, Khối thi đua Công an tỉnh phối hợp các huyện tổ chức lễ ra quân.",
            "Khối thi đua Công an tỉnh",
        ),
        (
            "Năm 2021, Cụm thi đua Hội Nông dân tích cực giúp các xã nghèo.",
            "Cụm thi đua Hội Nông dân",
        ),
        (
            "Cụm thi đua Hội Phụ nữ đã họp khu vực Tây Nguyên.",
            "Cụm thi đua Hội Phụ nữ",
        ),
        (
            "Cụm thi đua Hội Phụ nữ đã họp các tỉnh bạn.",
            "Cụm thi đua Hội Phụ nữ",
        ),
    ],
)
def test_name_ends(text, expected):
    assert bodies_of(text) == {expected}


# --- a letterhead cut at a word it cannot read ---------------------------------------------------------

_LETTERHEAD = (
    "CỤM THI ĐUA CÁC SỞ GD&ĐT              CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
    "   KHU VỰC NAM TRUNG BỘ                    Độc lập - Tự do - Hạnh phúc\n\n"
    "BIÊN BẢN HỘI NGHỊ\n\n"
    "Ngày 10/12/2021, {body} tổ chức Hội nghị tổng kết công tác thi đua năm 2021.\n"
)


def test_letterhead_is_the_name_in_full():
    text = _LETTERHEAD.format(body="Cụm thi đua các Sở Giáo dục và Đào tạo khu vực Nam Trung Bộ")
    assert bodies_of(text) == {"Cụm thi đua các Sở Giáo dục và Đào tạo khu vực Nam Trung Bộ"}


def test_letterhead_two_names_that_go_on_from_it():
    body = "Cụm thi đua các Sở Y tế khu vực Nam Trung Bộ và Cụm thi đua các Sở Giáo dục và Đào tạo khu vực Nam Trung Bộ"
    names = bodies_of(_LETTERHEAD.format(body=body))
    assert "CỤM THI ĐUA CÁC SỞ" in names  # which one it heads is not told: left as it is


def test_letterhead_of_a_unit_named_in_sentence_case():
    text = (
        "CỤM THI ĐUA HỘI CỰU GIÁO VIÊN              CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "CÁC TỈNH NAM TRUNG BỘ                    Độc lập - Tự do - Hạnh phúc\n\n"
        "THÔNG BÁO\n\n"
        "Ngày 10/12/2021, Cụm thi đua Hội Cựu giáo viên các tỉnh Nam Trung Bộ tổ chức Hội nghị tổng kết công tác "
        "thi đua năm 2021.\n"
    )
    assert bodies_of(text) == {"Cụm thi đua Hội Cựu giáo viên các tỉnh Nam Trung Bộ"}
