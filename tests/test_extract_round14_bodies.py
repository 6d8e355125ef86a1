"""Bodies, fourteenth round (heldout28 to heldout31): where a body name ends and which body a name the text
gives belongs to - a sector the tagger reads as a verb (or splits in two) before a region or a place, or of
one syllable ("các doanh nghiệp may"), or a series of them; the last of a series of lower-case words that
"và" closes ("… chèo, tuồng và cải lương"); kinds of organisation in lower case after "thuộc" ("… thuộc bộ,
ngành Trung ương"); a name the text gives a body in its paragraph ("còn gọi là …", "quen gọi là "…""), which
is an alias of that body and leads none. Invented sentences with other units, places and years than the
documents; negatives that must not run on."""

from __future__ import annotations

import pytest

from extractors.resolution import group_bodies
from pipeline.process import process_text
from pipeline.resolve import resolve_document
from schemas.facts import Body, Chair
from tests.conftest import bodies_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a sector the tagger reads as a verb (or splits in two), then a region or a place
        (
            "Khối thi đua các công ty đóng tàu khu vực phía Nam đã tổng kết năm 2015.",
            "Khối thi đua các công ty đóng tàu khu vực phía Nam",
        ),
        (
            "Năm 2016, Khối thi đua các công ty may khu vực miền Trung tổng kết phong trào.",
            "Khối thi đua các công ty may khu vực miền Trung",
        ),
        (
            "Khối thi đua các doanh nghiệp dệt vùng Đông Nam Bộ họp tại Bình Dương.",
            "Khối thi đua các doanh nghiệp dệt vùng Đông Nam Bộ",
        ),
        (
            "Cụm thi đua các công ty du lịch tỉnh Khánh Hòa đã ký giao ước năm 2019.",
            "Cụm thi đua các công ty du lịch tỉnh Khánh Hòa",
        ),
        # a sector of one syllable, alone or in a series
        ("Khối thi đua các doanh nghiệp may ký giao ước năm 2018.", "Khối thi đua các doanh nghiệp may"),
        ("Khối thi đua các xí nghiệp in tổng kết năm 2009.", "Khối thi đua các xí nghiệp in"),
        ("Khối thi đua các công ty sợi, dệt tổng kết năm 2012.", "Khối thi đua các công ty sợi, dệt"),
        # a series of sectors, with or without a comma, and the object of the last
        (
            "Khối thi đua các doanh nghiệp dệt, may, da giày đã tổng kết năm 2013.",
            "Khối thi đua các doanh nghiệp dệt, may, da giày",
        ),
        (
            "Khối thi đua các công ty may xuất khẩu phía Bắc đã tổng kết năm 2013.",
            "Khối thi đua các công ty may xuất khẩu phía Bắc",
        ),
        (
            "Khối thi đua các xí nghiệp in và phát hành báo đã họp năm 2007.",
            "Khối thi đua các xí nghiệp in và phát hành báo",
        ),
        (
            "Khối thi đua các xí nghiệp nhiệt điện than đã tổng kết năm 2012.",
            "Khối thi đua các xí nghiệp nhiệt điện than",
        ),
        (
            "Khối thi đua các viện, trung tâm đào tạo, nghiên cứu khoa học đã họp năm 2016.",
            "Khối thi đua các viện, trung tâm đào tạo, nghiên cứu khoa học",
        ),
        (  # a heading in capitals
            "KHỐI THI ĐUA CÁC CÔNG TY MAY VÙNG ĐÔNG NAM BỘ",
            "KHỐI THI ĐUA CÁC CÔNG TY MAY VÙNG ĐÔNG NAM BỘ",
        ),
        (  # a sector of three syllables
            "Khối thi đua các công ty cấp thoát nước khu vực Tây Nguyên đã họp năm 2015.",
            "Khối thi đua các công ty cấp thoát nước khu vực Tây Nguyên",
        ),
        # the last of a series of lower-case words that "và" closes
        (
            "Khối thi đua các nhà hát chèo, tuồng và cải lương đã tổng kết năm 2008.",
            "Khối thi đua các nhà hát chèo, tuồng và cải lương",
        ),
        (
            "Cụm thi đua các trường mầm non, tiểu học và trung học cơ sở đã họp năm 2020.",
            "Cụm thi đua các trường mầm non, tiểu học và trung học cơ sở",
        ),
        (
            "Khối còn lại - Khối thi đua các nhà hát kịch, cải lương và xiếc - gồm bốn đơn vị.",
            "Khối thi đua các nhà hát kịch, cải lương và xiếc",
        ),
        # a series of capitalised groups closed by a comma and a lower-case group
        (
            "Năm 2022, Khối thi đua các cơ quan Đảng, Mặt trận, đoàn thể thị xã đã tổng kết.",
            "Khối thi đua các cơ quan Đảng, Mặt trận, đoàn thể thị xã",
        ),
        # two qualifiers of the kind joined by "và", the second opening with a word that ends names elsewhere
        (
            "Năm 2020, Cụm thi đua các trường mầm non công lập và ngoài công lập đã tổng kết.",
            "Cụm thi đua các trường mầm non công lập và ngoài công lập",
        ),
        # a phrase with a verb inside that tells a kind of member apart
        (
            "Năm 2021, Khối thi đua các hội được Đảng, Nhà nước giao nhiệm vụ tỉnh Hà Giang đã họp.",
            "Khối thi đua các hội được Đảng, Nhà nước giao nhiệm vụ tỉnh Hà Giang",
        ),
        # kinds of organisation in lower case after "thuộc"
        (
            "Khối thi đua các nhà xuất bản thuộc bộ, ngành Trung ương đã họp năm 2014.",
            "Khối thi đua các nhà xuất bản thuộc bộ, ngành Trung ương",
        ),
        (
            "Khối thi đua các tạp chí thuộc tổ chức chính trị - xã hội, tổ chức xã hội - nghề nghiệp tổng kết.",
            "Khối thi đua các tạp chí thuộc tổ chức chính trị - xã hội, tổ chức xã hội - nghề nghiệp",
        ),
        (
            "Khối thi đua các bệnh viện thuộc lực lượng vũ trang đã tổng kết năm 2011.",
            "Khối thi đua các bệnh viện thuộc lực lượng vũ trang",
        ),
        (  # "các" before them, a place after them
            "Khối thi đua các thư viện thuộc các cơ quan nhà nước đóng trên địa bàn tỉnh đã họp năm 2018.",
            "Khối thi đua các thư viện thuộc các cơ quan nhà nước đóng trên địa bàn tỉnh",
        ),
        (  # a level after the kind of organisation
            "Khối thi đua các đơn vị sản xuất kinh doanh thuộc tổ chức chính trị - xã hội tỉnh đã họp năm 2016.",
            "Khối thi đua các đơn vị sản xuất kinh doanh thuộc tổ chức chính trị - xã hội tỉnh",
        ),
        (  # a series of plain kinds of the press is as generic as one
            "Khối thi đua các tạp chí, nhà xuất bản thuộc Liên hiệp các Hội Văn học nghệ thuật đã họp năm 2016.",
            "Khối thi đua các tạp chí, nhà xuất bản thuộc Liên hiệp các Hội Văn học nghệ thuật",
        ),
        (  # a kind of public service unit is as generic as a plural: its qualifier is named with it
            "Khối thi đua các đơn vị sự nghiệp công lập thuộc Sở Nông nghiệp đã họp năm 2021.",
            "Khối thi đua các đơn vị sự nghiệp công lập thuộc Sở Nông nghiệp",
        ),
    ],
)
def test_name_ends(text: str, expected: str) -> None:
    assert bodies_of(text) == {expected}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an ordinary verb or an adjective after the kind opens the predicate
        ("Khối thi đua các doanh nghiệp may mắn được khen năm 2010.", {"Khối thi đua các doanh nghiệp"}),
        ("Khối thi đua các công ty đóng góp tại hội nghị năm 2010.", {"Khối thi đua các công ty"}),
        ("Khối thi đua các doanh nghiệp may phía trước hội trường năm 2010.", {"Khối thi đua các doanh nghiệp"}),
        # "và" and the commended, a verb, or a second group after a series
        ("Khối thi đua các trường mầm non, tiểu học và cá nhân được khen.",
         {"Khối thi đua các trường mầm non, tiểu học"}),
        ("Khối thi đua các trường mầm non, tiểu học và tổng kết năm 2010.",
         {"Khối thi đua các trường mầm non, tiểu học"}),
        (
            "Khối thi đua các trường tiểu học, trung học và các đơn vị đã họp.",
            {"Khối thi đua các trường tiểu học, trung học"},
        ),
        # a named unit after a named region and a comma ends the name
        ("Cụm thi đua các tỉnh Tây Bắc, Sở Nội vụ tỉnh A, đơn vị Cụm trưởng, họp.", {"Cụm thi đua các tỉnh Tây Bắc"}),
        # a word after "thuộc" that names no kind of organisation
        ("Khối thi đua các nhà xuất bản thuộc diện được khen đã họp.", {"Khối thi đua các nhà xuất bản"}),
    ],
)
def test_name_stops(text: str, expected: set[str]) -> None:
    assert bodies_of(text) == expected


def _entities(text: str):
    _, facts = process_text(text)
    return group_bodies(f for f in facts if isinstance(f, Body))


@pytest.mark.parametrize(
    ("text", "name", "alias"),
    [
        (  # the name given after the body, in its sentence
            "Khối thi đua số 4, còn gọi là Khối các công ty cấp nước khu vực Tây Bắc, có 5 đơn vị năm 2017.",
            "Khối thi đua số 4",
            "Khối các công ty cấp nước khu vực Tây Bắc",
        ),
        (  # in brackets, with other words that give a name
            "Năm 2017, Cụm thi đua số 5 (quen gọi là Cụm thi đua các trường vùng cao) đã tổng kết.",
            "Cụm thi đua số 5",
            "Cụm thi đua các trường vùng cao",
        ),
        (
            "Khối thi đua số 2 của Sở Y tế, hay còn gọi là Khối thi đua các bệnh viện tuyến huyện, đã họp năm 2018.",
            "Khối thi đua số 2",
            "Khối thi đua các bệnh viện tuyến huyện",
        ),
        (  # in the next sentence, quoted; the same name in a headline before is that body too
            "Khối thi đua các xí nghiệp in họp tổng kết\n\n"
            "Ngày 5/1, Khối thi đua số 2 – Tổng công ty Giấy đã tổng kết năm 2016. Đây là khối tập hợp các xí nghiệp "
            'in của Tổng công ty nên anh em vẫn quen gọi là "Khối thi đua các xí nghiệp in".',
            "Khối thi đua số 2",
            "Khối thi đua các xí nghiệp in",
        ),
    ],
)
def test_given_name_is_alias(text: str, name: str, alias: str) -> None:
    ents = _entities(text)
    assert [(e.name, e.aliases) for e in ents] == [(name, [alias])]


def test_given_name_files_roles_under_the_body() -> None:
    text = (
        "Ngày 5/1, Khối thi đua số 2 – Tổng công ty Giấy đã tổng kết năm 2016. Đây là khối tập hợp các xí nghiệp in"
        ' nên anh em vẫn quen gọi là "Khối thi đua các xí nghiệp in".\n\n'
        "Năm 2017, Xí nghiệp In Hà Đông làm Khối trưởng."
    )
    _, facts = process_text(text)
    _, facts = resolve_document(facts)
    assert {(c.body, c.role) for c in facts if isinstance(c, Chair)} == {("Khối thi đua số 2", "chair")}


@pytest.mark.parametrize(
    "text",
    [
        # "gọi là" far before, or in another paragraph: two bodies
        "Khối thi đua số 4 tổng kết năm 2017.\n\nNhiều người gọi là Khối thi đua các công ty cấp nước khu vực Tây Bắc.",
        # no words that give a name: two bodies
        "Khối thi đua số 4 tổng kết năm 2017, cùng Khối thi đua các công ty cấp nước khu vực Tây Bắc.",
    ],
)
def test_not_a_given_name(text: str) -> None:
    assert len(_entities(text)) == 2


def test_cluster_named_with_its_bloc_is_the_bare_number() -> None:
    text = (
        "CỤM THI ĐUA SỐ 3\n\n"
        "Thông báo kết quả hội nghị của Cụm thi đua số 3 - Khối Hợp tác xã tỉnh Hưng Yên năm 2020.\n\n"
        "Cụm thi đua số 3 đã họp ngày 12/1/2021. Năm 2021, Hợp tác xã Dịch vụ Tân Dân làm Cụm trưởng.\n\n"
        "Nơi nhận: Trưởng Khối Hợp tác xã;"
    )
    assert [(e.name, e.aliases) for e in _entities(text)] == [
        ("Cụm thi đua số 3 - Khối Hợp tác xã tỉnh Hưng Yên", ["Cụm thi đua số 3"]),
        ("Khối Hợp tác xã tỉnh Hưng Yên", ["Khối Hợp tác xã"]),
    ]


def test_clusters_of_one_number_under_two_blocs_stay_two() -> None:
    text = (
        "Năm 2015, Cụm thi đua số 1 - Khối Công đoàn cơ sở các huyện và Cụm thi đua số 1 - Khối Công đoàn ngành "
        "đã tổng kết phong trào thi đua."
    )
    assert len(_entities(text)) == 2


# --- over-reach of the round, found in review: made-up inputs and the whole output expected ----------------------


def _chairs(text: str) -> set[tuple[str, str, int | None]]:
    _, facts = process_text(text)
    _, facts = resolve_document(facts)
    return {(c.body, c.holder, c.year) for c in facts if isinstance(c, Chair)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a second numbered body after "được gọi là" / "thường gọi là" in running text is a body of its own
        (
            "Năm 2015, Khối thi đua số 4 được tách làm hai, trong đó khối mới được gọi là Khối thi đua số 5 do Sở "
            "Tài chính làm Khối trưởng.",
            [("Khối thi đua số 4", []), ("Khối thi đua số 5", [])],
        ),
        (
            "Ngoài Khối thi đua số 1 gồm các sở, tỉnh còn có một khối được gọi là Khối thi đua số 2 gồm các huyện.",
            [("Khối thi đua số 1", []), ("Khối thi đua số 2", [])],
        ),
        (
            "Cụm thi đua số 3 do Công an huyện A làm Cụm trưởng; các đơn vị phía Bắc thường gọi là Cụm thi đua số 4 "
            "do Công an huyện B làm Cụm trưởng.",
            [("Cụm thi đua số 3", []), ("Cụm thi đua số 4", [])],
        ),
        # nor a name given to another group, or with the bare "được gọi là" outside brackets
        (
            "Năm 2015, Khối thi đua số 4 được tách làm hai, trong đó khối mới được gọi là Khối thi đua các sở kinh tế "
            "do Sở Tài chính làm Khối trưởng.",
            [("Khối thi đua số 4", []), ("Khối thi đua các sở kinh tế", [])],
        ),
        (
            "Khối thi đua số 4 gồm 9 sở, các sở còn lại thường gọi là Khối thi đua các sở kinh tế.",
            [("Khối thi đua số 4", []), ("Khối thi đua các sở kinh tế", [])],
        ),
        (
            "Khối thi đua số 4, được gọi là Khối thi đua các sở kinh tế, đã họp năm 2016.",
            [("Khối thi đua số 4", []), ("Khối thi đua các sở kinh tế", [])],
        ),
        # in apposition, with other words that give a name: an alias
        (
            "Khối thi đua số 4, thường gọi là Khối thi đua các sở kinh tế, đã họp năm 2016.",
            [("Khối thi đua số 4", ["Khối thi đua các sở kinh tế"])],
        ),
    ],
)
def test_given_name_in_running_text(text: str, expected: list[tuple[str, list[str]]]) -> None:
    assert [(e.name, e.aliases) for e in _entities(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a second numbered body named after "được gọi là", "vẫn được gọi là", "thường gọi là" keeps its chairs
        (
            "Năm 2018, Sở Nội vụ làm Khối trưởng Khối thi đua số 1; khối các huyện miền núi được gọi là Khối thi đua "
            "số 2, do huyện Mường Tè làm Khối trưởng.",
            {("Khối thi đua số 1", "Sở Nội vụ", 2018), ("Khối thi đua số 2", "huyện Mường Tè", 2018)},
        ),
        (
            "Năm 2014, Sở Xây dựng làm Khối trưởng Khối thi đua số 5.\n\nNăm 2015, Khối thi đua số 4 gồm 9 sở; các sở "
            "còn lại vẫn được gọi là Khối thi đua số 5, năm 2015 do Sở Tài chính làm Khối trưởng.",
            {("Khối thi đua số 5", "Sở Xây dựng", 2014), ("Khối thi đua số 5", "Sở Tài chính", 2015)},
        ),
        (
            "Cụm thi đua số 3 do Công an huyện A làm Cụm trưởng năm 2019; các đơn vị phía Bắc thường gọi là Cụm thi "
            "đua số 4 do Công an huyện B làm Cụm trưởng năm 2019.",
            {("Cụm thi đua số 3", "Công an huyện A", 2019), ("Cụm thi đua số 4", "Công an huyện B", 2019)},
        ),
        (
            "Năm 2016, Trường THPT Chu Văn An làm Cụm trưởng Cụm thi đua số 2.\n\nCụm thi đua số 1 gồm các trường "
            "nội thành, các trường ngoại thành thường gọi là Cụm thi đua số 2.",
            {("Cụm thi đua số 2", "Trường THPT Chu Văn An", 2016)},
        ),
        # a bare kind after "của" names no owner: the name ends before it, the chair stays with its body
        (
            "Năm 2017, Bệnh viện Đa khoa A làm Khối trưởng Khối thi đua các bệnh viện.\n\nHội nghị Khối thi đua các "
            "bệnh viện của ngành năm 2018 bầu Bệnh viện B làm Khối trưởng.",
            {("Khối thi đua các bệnh viện", "Bệnh viện Đa khoa A", 2017),
             ("Khối thi đua các bệnh viện", "Bệnh viện B", 2018)},
        ),
        (
            "Năm 2017, Công an huyện A làm Cụm trưởng Cụm thi đua các đơn vị.\n\nNăm 2018, Cụm thi đua các đơn vị của "
            "hội do Hội Chữ thập đỏ làm Cụm trưởng.",
            set(),
        ),
        # a fuller parent that adds a distinctive noun is another bloc
        (
            "Năm 2015, Cụm thi đua số 1 - Khối Công đoàn ngành Giáo dục tổng kết phong trào.\n\nKhối Công đoàn ngành "
            "gồm 12 công đoàn ngành, năm 2015 do Công đoàn ngành Y tế làm Khối trưởng.",
            {("Khối Công đoàn ngành", "Công đoàn ngành Y tế", 2015)},
        ),
        # a series of places closed by a comma and "đơn vị Cụm trưởng"
        (
            "Năm 2017, Cụm thi đua các xã Tân Lập, Tân Tiến, đơn vị Cụm trưởng là xã Tân Lập đã tổng kết.",
            {("Cụm thi đua các xã Tân Lập", "xã Tân Lập", 2017)},
        ),
    ],
)
def test_chairs_stay_with_their_body(text: str, expected: set[tuple[str, str, int | None]]) -> None:
    assert _chairs(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "và" after a series of kinds of organisation: a group of people is not the last item
        ("Khối thi đua các ngân hàng thương mại, quỹ tín dụng và khách hàng đã ký giao ước năm 2016.",
         {"Khối thi đua các ngân hàng thương mại, quỹ tín dụng"}),
        ("Khối thi đua các ngân hàng thương mại, quỹ tín dụng và khách hàng của tỉnh đã ký giao ước năm 2016.",
         {"Khối thi đua các ngân hàng thương mại, quỹ tín dụng"}),
        ("Khối thi đua các ngân hàng, quỹ tín dụng và khách hàng đã ký giao ước năm 2016.",
         {"Khối thi đua các ngân hàng, quỹ tín dụng"}),
        ("Khối thi đua các chợ, trung tâm thương mại và tiểu thương tổng kết năm 2015.",
         {"Khối thi đua các chợ, trung tâm thương mại"}),
        ("Khối thi đua các doanh nghiệp, hiệp hội và doanh nhân tổng kết năm 2015.",
         {"Khối thi đua các doanh nghiệp, hiệp hội"}),
        ("Khối thi đua các trạm y tế, phòng khám và bệnh nhân đã tổng kết năm 2015.",
         {"Khối thi đua các trạm y tế, phòng khám"}),
        ("Khối thi đua các hợp tác xã, tổ hợp tác và xã viên tổng kết năm 1986.",
         {"Khối thi đua các hợp tác xã, tổ hợp tác"}),
        ("Khối thi đua các công đoàn cơ sở, tổ công đoàn và đoàn viên tham gia năm 2016.",
         {"Khối thi đua các công đoàn cơ sở, tổ công đoàn"}),
        ("Khối thi đua các hội nông dân, chi hội và hội viên đã tổng kết năm 2014.",
         {"Khối thi đua các hội nông dân, chi hội"}),
        ("Khối thi đua các trường, trung tâm và giáo viên tổng kết năm 2015.", {"Khối thi đua các trường, trung tâm"}),
        ("Khối thi đua các trường mầm non, tiểu học và phụ huynh học sinh tham gia ngày hội năm 2016.",
         {"Khối thi đua các trường mầm non, tiểu học"}),
        ("Khối thi đua các bệnh viện, phòng khám và người bệnh đánh giá cao năm 2017.",
         {"Khối thi đua các bệnh viện, phòng khám"}),
        ("Khối thi đua các ngân hàng, quỹ tín dụng và hộ vay vốn gặp mặt năm 2018.",
         {"Khối thi đua các ngân hàng, quỹ tín dụng"}),
        ("Cụm thi đua các tòa án, viện kiểm sát và luật sư tham dự năm 2018.",
         {"Cụm thi đua các tòa án, viện kiểm sát"}),
        ("Khối thi đua các công ty, xí nghiệp và công nhân lao động tổng kết năm 1987.",
         {"Khối thi đua các công ty, xí nghiệp"}),
        ("Khối thi đua các nhà hát chèo, tuồng và khán giả gặp mặt năm 2010.",
         {"Khối thi đua các nhà hát chèo, tuồng"}),
        ("Khối thi đua các bệnh viện, trung tâm y tế và bác sĩ trẻ tham gia hiến máu năm 2017.",
         {"Khối thi đua các bệnh viện, trung tâm y tế"}),
        # a series of subtypes still closes with "và"
        ("Khối thi đua các nhà máy đường, bia và nước giải khát tổng kết năm 1988.",
         {"Khối thi đua các nhà máy đường, bia và nước giải khát"}),
        # a bare kind after "của" or "trên địa bàn" ends no name; kinds of organisation after "thuộc" do
        ("Hội nghị Khối thi đua các bệnh viện của ngành đã diễn ra năm 2017.", {"Khối thi đua các bệnh viện"}),
        ("Khối thi đua các đơn vị của hội đã trao 20 suất quà năm 2019.", set()),
        ("Khối thi đua các đơn vị thuộc lực lượng vũ trang đã tổng kết năm 2019.",
         {"Khối thi đua các đơn vị thuộc lực lượng vũ trang"}),
        # a one-syllable trade used as a verb takes no object
        ("Khối thi đua các trường in giấy khen cho học sinh năm 2016.", {"Khối thi đua các trường"}),
        ("Khối thi đua các doanh nghiệp may đồng phục cho công nhân năm 2018.", {"Khối thi đua các doanh nghiệp"}),
        ("Khối thi đua các xí nghiệp may áo cho bộ đội năm 1985.", {"Khối thi đua các xí nghiệp"}),
        ("Khối thi đua các trường in tài liệu ôn thi cho học sinh năm 2016.", {"Khối thi đua các trường"}),
        ("Khối thi đua các công ty in tài liệu tuyên truyền năm 2017.", {"Khối thi đua các công ty"}),
        ("Năm 1984, Khối thi đua các hợp tác xã dệt chiếu cói vượt kế hoạch.", {"Khối thi đua các hợp tác xã"}),
        ("Khối thi đua các doanh nghiệp may, in áo đồng phục cho học sinh năm 2016.",
         {"Khối thi đua các doanh nghiệp"}),
        ("Khối thi đua các xí nghiệp may vá quần áo cho bộ đội năm 1979.", {"Khối thi đua các xí nghiệp"}),
        # ... but closes the name where it ends, or before a place
        ("Cụm thi đua các hợp tác xã may tỉnh Thái Bình năm 2013 do HTX A làm Cụm trưởng.",
         {"Cụm thi đua các hợp tác xã may tỉnh Thái Bình"}),
        # a comma after capitalised places or banks and a lower-case group: another group
        ("Cụm thi đua các phường Bến Nghé, Đa Kao, trường học trên địa bàn tham gia năm 2017.",
         {"Cụm thi đua các phường Bến Nghé"}),
        ("Khối thi đua các ngân hàng Agribank, Vietcombank, chi nhánh huyện được thành lập năm 2012.",
         {"Khối thi đua các ngân hàng Agribank"}),
        # ... after a kind of organisation whose sectors the capitals name: one name
        ("Khối thi đua các cơ quan Đảng, Mặt trận, đoàn thể huyện Tân Yên tổng kết năm 2018.",
         {"Khối thi đua các cơ quan Đảng, Mặt trận, đoàn thể huyện Tân Yên"}),
    ],
)
def test_name_does_not_run_on(text: str, expected: set[str]) -> None:
    assert bodies_of(text) == expected
