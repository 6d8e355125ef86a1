"""Body names, second part of round eleven (heldout15, heldout16): the name an entity leads with leaves
out an abbreviation it defines in brackets; series of kinds of unit joined by "và" or a comma ("các lữ
đoàn và nhà trường", "các huyện ủy, quận ủy"), and of capitalised trades ("các đơn vị Chế biến và Kinh
doanh …"); a shared end written once ("các tỉnh, thành ủy"); a document after "và" and a person after a
comma end a name; a letterhead in capitals with an abbreviation the document defines; a dashed
description ending in a named region leaves "thuộc X" to the parent. Invented sentences with other
units, sectors, places and years than the documents; negatives that must not match."""

from __future__ import annotations

import pytest

from extractors.resolution import lead_key, same_body, unelided
from pipeline.process import process_text
from pipeline.resolve import resolve_document
from schemas.facts import Body
from tests.conftest import bodies_of


def entities_of(text: str) -> dict[str, list[str]]:
    """The body entities ``text`` yields: each name with its aliases."""
    _, facts = process_text(text)
    entities, _ = resolve_document(facts)
    return {e.name: e.aliases for e in entities}


def parents_of(text: str) -> dict[str, str | None]:
    _, facts = process_text(text)
    return {f.name: f.parent for f in facts if isinstance(f, Body)}


# --- the name that leads: an abbreviation defined in brackets is no part of it ---------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "BÁO CÁO\nKhối thi đua các Cục Hải quan tỉnh khu vực Tây Bắc\n"
            "Năm 2017, Khối thi đua các Cục Hải quan (CHQ) tỉnh khu vực Tây Bắc đã tổng kết phong trào thi đua.",
            "Khối thi đua các Cục Hải quan tỉnh khu vực Tây Bắc",
        ),
        (
            "Cụm thi đua các Sở Tài nguyên và Môi trường (TNMT) vùng Duyên hải Nam Bộ tổ chức hội nghị thi đua. "
            "Cụm thi đua các Sở Tài nguyên và Môi trường vùng Duyên hải Nam Bộ gồm 5 đơn vị.",
            "Cụm thi đua các Sở Tài nguyên và Môi trường vùng Duyên hải Nam Bộ",
        ),
    ],
)
def test_bracket_free_name_leads(text, name):
    assert name in entities_of(text)


def test_lead_key_ranks_without_brackets():
    names = ["Khối thi đua các Trung tâm Y tế (TTYT) huyện miền núi", "Khối thi đua các Trung tâm Y tế huyện miền núi"]
    assert sorted(names, key=lead_key)[0] == names[1]
    # a longer name still leads, bracket or not: the abbreviated form is only an alias
    longer = ["Khối thi đua các Trung tâm Y tế (TTYT) huyện miền núi", "Khối thi đua các TTYT huyện miền núi"]
    assert sorted(longer, key=lead_key)[0] == longer[0]


# --- series of kinds joined by "và" or commas ------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Năm 2012, Khối thi đua các sư đoàn và học viện gồm Sư đoàn 5, Sư đoàn 7 và Học viện Hậu cần.",
            "Khối thi đua các sư đoàn và học viện",
        ),
        (
            "Khối thi đua các trung đoàn và nhà trường đã ký giao ước thi đua năm 2015.",
            "Khối thi đua các trung đoàn và nhà trường",
        ),
        (
            "Ngày 12/3/2019, Cụm thi đua Ủy ban Kiểm tra các huyện ủy, quận ủy khu vực phía Tây tổ chức hội nghị "
            "thi đua.",
            "Cụm thi đua Ủy ban Kiểm tra các huyện ủy, quận ủy khu vực phía Tây",
        ),
        (
            "Năm 2016, Khối thi đua các đảng ủy và đoàn thể khối doanh nghiệp tổng kết công tác thi đua.",
            "Khối thi đua các đảng ủy và đoàn thể khối doanh nghiệp",
        ),
        (
            "Năm 2020, Khối thi đua các trường cao đẳng và trung cấp khu vực Tây Bắc đã tổng kết.",
            "Khối thi đua các trường cao đẳng và trung cấp khu vực Tây Bắc",
        ),
        (
            "Khối thi đua các công ty và xí nghiệp ngành than đã tổng kết thi đua năm 2020.",
            "Khối thi đua các công ty và xí nghiệp ngành than",
        ),
        (  # places of a named district
            "Cụm thi đua các xã và thị trấn huyện Yên Lập đã tổng kết thi đua.",
            "Cụm thi đua các xã và thị trấn huyện Yên Lập",
        ),
        (  # a capitalised bare kind after a comma
            "Năm 2019, Khối thi đua các trường Đại học, Cao đẳng khu vực miền Trung đã tổng kết.",
            "Khối thi đua các trường Đại học, Cao đẳng khu vực miền Trung",
        ),
        (  # levels after a unit's name
            "Cụm thi đua các Hội Cựu chiến binh huyện và thành phố tổ chức hội nghị thi đua năm 2017.",
            "Cụm thi đua các Hội Cựu chiến binh huyện và thành phố",
        ),
        (
            "Năm 2018, Cụm thi đua Phòng Tư pháp các quận, huyện và thị xã đã tổng kết thi đua.",
            "Cụm thi đua Phòng Tư pháp các quận, huyện và thị xã",
        ),
        (  # bare kinds in capitals
            "Năm 2018, Khối thi đua các Tổng công ty và Công ty trực thuộc Tập đoàn Hóa chất đã tổng kết.",
            "Khối thi đua các Tổng công ty và Công ty trực thuộc Tập đoàn Hóa chất",
        ),
        (
            "Năm 2018, Khối thi đua các đơn vị sự nghiệp và doanh nghiệp thuộc Bộ Công Thương đã tổng kết.",
            "Khối thi đua các đơn vị sự nghiệp và doanh nghiệp thuộc Bộ Công Thương",
        ),
        (  # two places of one description after a number
            "Năm 2018, Cụm thi đua số 5 – Ban Dân tộc các tỉnh Tây Nguyên và Nam Trung Bộ đã tổng kết.",
            "Cụm thi đua số 5 – Ban Dân tộc các tỉnh Tây Nguyên và Nam Trung Bộ",
        ),
        (  # youth committees in capitals, then a region
            "Năm 2017, Cụm thi đua các Thành đoàn, Tỉnh đoàn khu vực Đông Bắc đã tổng kết thi đua.",
            "Cụm thi đua các Thành đoàn, Tỉnh đoàn khu vực Đông Bắc",
        ),
        (  # kinds alone name no one body: the qualifier is named with them
            "Năm 2017, Cụm thi đua các huyện đoàn, thành đoàn trực thuộc Tỉnh đoàn Nghệ An đã tổng kết thi đua.",
            "Cụm thi đua các huyện đoàn, thành đoàn trực thuộc Tỉnh đoàn Nghệ An",
        ),
        (
            "Năm 2017, Khối thi đua các lữ đoàn, trung đoàn thuộc Quân khu 9 đã tổng kết thi đua.",
            "Khối thi đua các lữ đoàn, trung đoàn thuộc Quân khu 9",
        ),
    ],
)
def test_series_of_kinds(text, expected):
    assert expected in bodies_of(text)


@pytest.mark.parametrize(
    "text",
    [
        # the places of a generic plural name no body, "và" or not
        "Khối thi đua các tỉnh và thành phố đã triển khai phong trào thi đua năm 2018.",
        "Cụm thi đua các huyện và thị xã đã tổng kết thi đua năm 2018.",
    ],
)
def test_series_of_places_is_no_body(text):
    assert not any(" và " in n for n in bodies_of(text))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Năm 2018, Cụm thi đua số 5 – Ban Dân tộc các tỉnh Tây Nguyên và Bộ Công an đã ký kết giao ước thi đua.",
         "Cụm thi đua số 5 – Ban Dân tộc các tỉnh Tây Nguyên"),
        ("Cụm thi đua số 3 - Công an các tỉnh Đông Bắc và Công an tỉnh Lạng Sơn ký kết giao ước thi đua.",
         "Cụm thi đua số 3 - Công an các tỉnh Đông Bắc"),
    ],
)
def test_unit_after_and_ends_description(text, expected):
    assert expected in bodies_of(text)


def test_unit_after_comma_ends_series():
    text = "Khối thi đua các trường đại học, Trường Cao đẳng Y tế Hà Nam đã tổng kết năm 2019."
    assert "Khối thi đua các trường đại học" in bodies_of(text)


@pytest.mark.parametrize(
    ("short", "full"),
    [
        ("Cụm thi đua Ủy ban Kiểm tra các huyện, quận ủy phía Tây",
         "Cụm thi đua Ủy ban Kiểm tra các huyện ủy, quận ủy khu vực phía Tây"),
        ("Khối thi đua các tỉnh, thành đoàn Duyên hải Bắc Bộ",
         "Khối thi đua các tỉnh đoàn, thành đoàn Duyên hải Bắc Bộ"),
        ("Cụm thi đua Chữ thập đỏ các tỉnh, thành hội miền Trung",
         "Cụm thi đua Chữ thập đỏ các tỉnh hội, thành hội miền Trung"),
    ],
)
def test_shared_end_written_once(short, full):
    assert same_body(short, full)


@pytest.mark.parametrize(
    "name",
    [
        "Khối thi đua các tỉnh, thành phố Đông Bắc",  # no shared end: "thành phố" is a word of its own
        "Cụm thi đua các sở, ban ngành tỉnh A",
        "Cụm thi đua các tỉnh hội, thành hội miền Trung",  # written out already
    ],
)
def test_shared_end_not_other_word(name):
    assert unelided(name) == name


def test_elided_title_and_full_name_one_entity():
    text = ("Cụm thi đua Ủy ban Kiểm tra các huyện, quận ủy phía Tây tổng kết năm 2019\n"
            "Ngày 12/12/2019, Cụm thi đua Ủy ban Kiểm tra các huyện ủy, quận ủy khu vực phía Tây tổ chức hội nghị "
            "tổng kết thi đua năm 2019.")
    ents = entities_of(text)
    assert list(ents) == ["Cụm thi đua Ủy ban Kiểm tra các huyện ủy, quận ủy khu vực phía Tây"]


# --- capitalised trades --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Năm 2011, Khối thi đua các đơn vị Sản xuất và Phân phối điện do Công ty Điện lực A làm Khối trưởng.",
            "Khối thi đua các đơn vị Sản xuất và Phân phối điện",
        ),
        (
            "Khối thi đua các công ty Khai thác và Chế biến khoáng sản ký giao ước thi đua năm 2014.",
            "Khối thi đua các công ty Khai thác và Chế biến khoáng sản",
        ),
        (
            "Năm 2013, Khối thi đua các đơn vị Thăm dò địa chất và Dịch vụ kỹ thuật tổng kết thi đua.",
            "Khối thi đua các đơn vị Thăm dò địa chất và Dịch vụ kỹ thuật",
        ),
        (
            "Năm 2011, Khối thi đua các công ty Xây lắp và Tư vấn thiết kế đã ký giao ước thi đua.",
            "Khối thi đua các công ty Xây lắp và Tư vấn thiết kế",
        ),
        (  # in lower case too
            "Năm 2011, Khối thi đua các doanh nghiệp sản xuất và kinh doanh xăng dầu đã ký giao ước thi đua.",
            "Khối thi đua các doanh nghiệp sản xuất và kinh doanh xăng dầu",
        ),
        (  # a kind of three syllables before the trades
            "Năm 2017, Khối thi đua các Hợp tác xã vận tải và dịch vụ đã tổng kết thi đua.",
            "Khối thi đua các Hợp tác xã vận tải và dịch vụ",
        ),
    ],
)
def test_capitalised_trades(text, expected):
    assert expected in bodies_of(text)


# --- what ends a name: a document after "và", a person after a comma ------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Căn cứ Quy chế của Cụm thi đua các Sở Văn hóa khu vực Tây Nguyên và Kế hoạch của Bộ Văn hóa, Cụm đã "
            "tổ chức chấm điểm thi đua.",
            "Cụm thi đua các Sở Văn hóa khu vực Tây Nguyên",
        ),
        (
            "Thực hiện Điều lệ của Khối thi đua các Hội Nông dân Đông Bắc và Hướng dẫn số 5 của Trung ương Hội, "
            "Khối đã bình xét thi đua.",
            "Khối thi đua các Hội Nông dân Đông Bắc",
        ),
        (
            "Thay mặt Khối thi đua các công ty Vận tải biển, ông Trần Văn Bình, Giám đốc Công ty A, phát biểu.",
            "Khối thi đua các công ty Vận tải biển",
        ),
        (
            "Phát biểu tại hội nghị thi đua, thay mặt Khối Khai thác mỏ, bà Lê Thị Hoa cảm ơn các đơn vị.",
            "Khối Khai thác mỏ",
        ),
        (  # a named region ends the name: the unit after "và" is a second subject
            "Năm 2019, Cụm thi đua các Sở Tư pháp khu vực Đông Nam Bộ và Bộ Tư pháp đã ký kết giao ước thi đua.",
            "Cụm thi đua các Sở Tư pháp khu vực Đông Nam Bộ",
        ),
    ],
)
def test_name_ends(text, expected):
    names = bodies_of(text)
    assert expected in names
    assert not any(n.startswith(expected) and n != expected for n in names)


# --- a letterhead in capitals with an abbreviation the document defines ---------------------------------


def test_capitals_letterhead_with_defined_abbreviation():
    text = ("BỘ NỘI VỤ\nKHỐI THI ĐUA CÁC SỞ NV TỈNH\nKHU VỰC TÂY BẮC\n\nBÁO CÁO\n"
            "Năm 2015, Khối thi đua các Sở Nội vụ (NV) tỉnh khu vực Tây Bắc đã tổng kết thi đua, gồm 6 đơn vị.")
    ents = entities_of(text)
    assert len(ents) == 1 and "KHỐI THI ĐUA CÁC SỞ NV TỈNH" not in ents
    text = text.replace("BÁO CÁO\n", "BÁO CÁO\nKhối thi đua các Sở Nội vụ tỉnh khu vực Tây Bắc\n")
    assert list(entities_of(text)) == ["Khối thi đua các Sở Nội vụ tỉnh khu vực Tây Bắc"]


def test_capitals_letterhead_with_common_abbreviation():
    # "TAND" is a common abbreviation of a unit head: the document need not define it
    text = ("KHỐI THI ĐUA CÁC TAND HUYỆN\nVÙNG TÂY NAM BỘ\n\nBÁO CÁO\nKhối thi đua các Tòa án nhân dân huyện vùng "
            "Tây Nam Bộ tổng kết năm 2018.\nNăm 2018, Khối thi đua các Tòa án nhân dân huyện vùng Tây Nam Bộ gồm 9 "
            "đơn vị.")
    assert list(entities_of(text)) == ["Khối thi đua các Tòa án nhân dân huyện vùng Tây Nam Bộ"]


def test_capitals_letterhead_without_definition_stays():
    text = ("KHỐI THI ĐUA CÁC SỞ NV TỈNH\nKHU VỰC TÂY BẮC\n\nBÁO CÁO\n"
            "Năm 2015, Khối thi đua các Sở Nội vụ tỉnh khu vực Tây Bắc đã tổng kết thi đua, gồm 6 đơn vị.")
    assert "Khối thi đua các Sở Nội vụ tỉnh khu vực Tây Bắc" in entities_of(text)


# --- a dashed description ending in a named region: "thuộc X" is the parent ----------------------------


def test_dashed_description_region_then_parent():
    text = ("Năm 2021, Cụm thi đua số 4 - các bệnh viện đa khoa khu vực Tây Nguyên thuộc Sở Y tế tỉnh Gia Lai "
            "đã tổng kết phong trào thi đua.")
    assert parents_of(text) == {"Cụm thi đua số 4 - các bệnh viện đa khoa khu vực Tây Nguyên": "Sở Y tế tỉnh Gia Lai"}


def test_dashed_description_generic_keeps_qualifier():
    text = "Năm 2021, Cụm thi đua số 4 - các bệnh viện trực thuộc Sở Y tế tỉnh Gia Lai đã tổng kết thi đua."
    assert "Cụm thi đua số 4 - các bệnh viện trực thuộc Sở Y tế tỉnh Gia Lai" in bodies_of(text)
