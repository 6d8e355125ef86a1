"""Bodies, fifteenth round (heldout32 to heldout35): where a body name ends and which body a fact is filed under - a
side ("phía Nam", "phía nam" in old spelling) after a kind or a region, and after "và" as a second region; "quốc
doanh" qualifying a kind before a region; the last of a series of kinds with a sector word the tagger reads as a verb
inside it ("… và dịch vụ hậu cần nghề cá"); a letterhead cut at its line's end that two longer names go on from; a
bare head joined by "và" to a full name, two sectors and a dash after it ("… và Khối Công nghiệp - Xây lắp"); a body
competed or paired with ("giao ước thi đua với Khối …"), which leads no later sentence. Invented sentences with other
units, places and years than the documents; negatives that must not run on."""

from __future__ import annotations

import pytest

from schemas.facts import Chair
from tests.conftest import bodies_of, found

LEAD = "Tổng kết phong trào thi đua năm 2015. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a side as a second region after "và"
        (
            "Khối thi đua các trường trung cấp y tế khu vực miền Bắc và phía Nam đã họp năm 2014.",
            "Khối thi đua các trường trung cấp y tế khu vực miền Bắc và phía Nam",
        ),
        (
            "Cụm thi đua các huyện phía bắc và phía nam tỉnh đã ký giao ước năm 1981.",
            "Cụm thi đua các huyện phía bắc và phía nam tỉnh",
        ),
        (
            "Khối thi đua các công ty xổ số khu vực Tây Nguyên và phía Nam tổng kết năm 2016.",
            "Khối thi đua các công ty xổ số khu vực Tây Nguyên và phía Nam",
        ),
        # "quốc doanh" qualifying the kind before a side or a region, in any case
        (
            "Khối thi đua các lâm trường quốc doanh phía tây tỉnh đã họp năm 1982.",
            "Khối thi đua các lâm trường quốc doanh phía tây tỉnh",
        ),
        (
            "Khối thi đua các xí nghiệp quốc doanh phía Bắc đã họp năm 1985.",
            "Khối thi đua các xí nghiệp quốc doanh phía Bắc",
        ),
        (
            "Khối thi đua các nông trường quốc doanh vùng Tây Bắc đã họp năm 1984.",
            "Khối thi đua các nông trường quốc doanh vùng Tây Bắc",
        ),
        ("Khối thi đua các lâm trường quốc doanh đã họp năm 1980.", "Khối thi đua các lâm trường quốc doanh"),
        (
            "Khối thi đua các xí nghiệp quốc doanh Trung ương đã họp năm 1986.",
            "Khối thi đua các xí nghiệp quốc doanh Trung ương",
        ),
        # the last of a series of kinds, a sector word the tagger reads as a verb inside it
        (
            "Khối thi đua các cảng sông, bến thủy nội địa và dịch vụ hậu cần vận tải đã tổng kết năm 2009.",
            "Khối thi đua các cảng sông, bến thủy nội địa và dịch vụ hậu cần vận tải",
        ),
        (
            "Khối thi đua các cảng biển, kho bãi và dịch vụ hậu cần hàng hải (Khối trưởng: Cảng Quy Nhơn).",
            "Khối thi đua các cảng biển, kho bãi và dịch vụ hậu cần hàng hải",
        ),
        # the last of a series of kinds read whole, and where the members are after it
        (
            "Khối thi đua các nhà xuất bản, báo và tạp chí khu vực Tây Nguyên đã họp năm 2012.",
            "Khối thi đua các nhà xuất bản, báo và tạp chí khu vực Tây Nguyên",
        ),
        (
            "Khối thi đua các báo, tạp chí và nhà xuất bản Trung ương đã họp năm 2012.",
            "Khối thi đua các báo, tạp chí và nhà xuất bản Trung ương",
        ),
        (
            "Cụm thi đua các trường mầm non, tiểu học và trung học cơ sở huyện Thanh Oai đã họp năm 2020.",
            "Cụm thi đua các trường mầm non, tiểu học và trung học cơ sở huyện Thanh Oai",
        ),
        (
            "Khối thi đua các bệnh viện, trung tâm y tế và trạm y tế tuyến huyện đã họp năm 2011.",
            "Khối thi đua các bệnh viện, trung tâm y tế và trạm y tế tuyến huyện",
        ),
        # a trade and its object, then a sector after "và"
        (
            "Khối thi đua các đơn vị sản xuất phân bón và hóa chất tổng kết năm 2020.",
            "Khối thi đua các đơn vị sản xuất phân bón và hóa chất",
        ),
        (
            "Khối thi đua các công ty chế biến thực phẩm và thủy sản đã họp năm 2008.",
            "Khối thi đua các công ty chế biến thực phẩm và thủy sản",
        ),
        # an area after "và" and a region word, a level of schooling that closes the name
        (
            "Cụm thi đua các xã vùng cao và vùng bãi ngang huyện Tĩnh Gia đã họp năm 2013.",
            "Cụm thi đua các xã vùng cao và vùng bãi ngang huyện Tĩnh Gia",
        ),
        (
            "Khối thi đua các trường cao đẳng, trung cấp chuyên nghiệp đã họp năm 2009.",
            "Khối thi đua các trường cao đẳng, trung cấp chuyên nghiệp",
        ),
    ],
)
def test_name_ends(text, expected):
    assert bodies_of(LEAD + text) == {expected}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a side that names no place: the name ends before it
        ("Khối thi đua các công ty khu vực Tây Nguyên và phía trước là nhiều khó khăn.",
         "Khối thi đua các công ty khu vực Tây Nguyên"),
        # a series closed by a word that goes on into the sentence
        ("Khối thi đua các kho hàng, bến cảng và dịch vụ hậu cần tổng kết năm 2009 tại Vinh.",
         "Khối thi đua các kho hàng, bến cảng và dịch vụ hậu cần"),
        # a trade and a sector joined to something that is no sector
        ("Khối thi đua các đơn vị sản xuất phân bón và du lịch Hạ Long đã họp năm 2020.",
         "Khối thi đua các đơn vị sản xuất phân bón"),
        ("Khối thi đua các nhà xuất bản, báo và tạp chí nhận Bằng khen năm 2012.",
         "Khối thi đua các nhà xuất bản, báo và tạp chí"),
    ],
)
def test_name_stops(text, expected):
    assert bodies_of(LEAD + text) == {expected}


# a side or a level after a word of the kind closes the name: no trade or verb goes on from it; a place qualifier
# after a level stays in the name, as in "Khối thi đua các cơ quan Trung ương đóng trên địa bàn tỉnh"
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Khối thi đua các cửa hàng quốc doanh toàn quốc bình chọn đơn vị dẫn đầu.",
         "Khối thi đua các cửa hàng quốc doanh toàn quốc"),
        ("Khối thi đua các xí nghiệp quốc doanh toàn quốc bình chọn đơn vị dẫn đầu.",
         "Khối thi đua các xí nghiệp quốc doanh toàn quốc"),
        ("Khối thi đua các cửa hàng quốc doanh toàn quốc tổ chức đại hội.",
         "Khối thi đua các cửa hàng quốc doanh toàn quốc"),
        ("Khối thi đua các nông trường quốc doanh phía bắc sản xuất 500 tấn lúa năm 1985.",
         "Khối thi đua các nông trường quốc doanh phía bắc"),
        ("Khối thi đua các nông trường phía bắc sản xuất 500 tấn lúa năm 1985.",
         "Khối thi đua các nông trường phía bắc"),
        ("Khối thi đua các nông trường khu vực phía Bắc sản xuất 500 tấn lúa năm 1985.",
         "Khối thi đua các nông trường khu vực phía Bắc"),
        ("Cụm thi đua các phường phía đông dịch vụ phát triển mạnh năm 2019.",
         "Cụm thi đua các phường phía đông"),
        ("Khối thi đua các nông trường quốc doanh phía nam được thành lập năm 1980.",
         "Khối thi đua các nông trường quốc doanh phía nam"),
        ("Cụm thi đua các xã phía tây huyện tổ chức hội nghị năm 2019.", "Cụm thi đua các xã phía tây huyện"),
        ("Khối thi đua các xí nghiệp quốc doanh Trung ương năm 1985 đạt nhiều thành tích.",
         "Khối thi đua các xí nghiệp quốc doanh Trung ương"),
        ("Khối thi đua các nhà hát chuyên nghiệp Trung ương tổ chức liên hoan năm 2016.",
         "Khối thi đua các nhà hát chuyên nghiệp Trung ương"),
        ("Khối thi đua các xí nghiệp quốc doanh Trung ương đóng trên địa bàn tỉnh đã họp năm 1985.",
         "Khối thi đua các xí nghiệp quốc doanh Trung ương đóng trên địa bàn tỉnh"),
        ("Khối thi đua các xí nghiệp quốc doanh trung ương đóng trên địa bàn tỉnh đã họp năm 1985.",
         "Khối thi đua các xí nghiệp quốc doanh trung ương đóng trên địa bàn tỉnh"),
    ],
)
def test_side_or_level_closes_the_name(text, expected):
    assert bodies_of("Tổng kết năm 1985. " + text) == {expected}


# "và" and a side join a second region only after a region (a region word and a capitalised place, or a side), and
# not when a bare capitalised province follows the side
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lũ lớn gây thiệt hại cho các xã thuộc Cụm thi đua các huyện miền núi Quảng Nam và phía tây Quảng Ngãi.",
         "Cụm thi đua các huyện miền núi Quảng Nam"),
        ("Đoàn công tác đã thăm Cụm thi đua các huyện miền núi Nghệ An và phía tây Thanh Hóa bị lũ.",
         "Cụm thi đua các huyện miền núi Nghệ An"),
        ("Cụm thi đua các trường đại học và phía Nam có nhiều thành tích.", "Cụm thi đua các trường đại học"),
        ("Cụm thi đua các trường đại học khu vực Hà Nội và phía bắc tỉnh Hà Nam đã họp.",
         "Cụm thi đua các trường đại học khu vực Hà Nội và phía bắc tỉnh Hà Nam"),
        ("Cụm thi đua các trường đại học khu vực miền Trung và phía Nam đã họp.",
         "Cụm thi đua các trường đại học khu vực miền Trung và phía Nam"),
        ("Khối thi đua các lâm trường quốc doanh phía nam tỉnh và phía bắc tỉnh đã họp năm 1985.",
         "Khối thi đua các lâm trường quốc doanh phía nam tỉnh và phía bắc tỉnh"),
    ],
)
def test_side_after_va_needs_a_region(text, expected):
    assert bodies_of("Tổng kết năm 2019. " + text) == {expected}


def test_letterhead_cut_goes_on_into_its_next_line():
    text = """SỞ LÂM NGHIỆP GIA LAI                 CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
KHỐI THI ĐUA CÁC LÂM TRƯỜNG                    Độc lập - Tự do - Hạnh phúc
QUỐC DOANH VÙNG ĐÔNG TRƯỜNG SƠN

BÁO CÁO tổng kết phong trào thi đua năm 1985 của Khối thi đua các lâm trường quốc doanh vùng Đông Trường Sơn.

Năm 1985, Khối ta tổ chức giao ước thi đua với Khối thi đua các lâm trường quốc doanh vùng Tây Trường Sơn (gồm \
các lâm trường A và B).
"""
    names = bodies_of(text)
    assert names == {
        "Khối thi đua các lâm trường quốc doanh vùng Đông Trường Sơn",
        "Khối thi đua các lâm trường quốc doanh vùng Tây Trường Sơn",
    }


def test_body_competed_with_leads_no_later_sentence():
    text = (
        "Năm 1986, Khối thi đua các hợp tác xã dệt vùng Hà Đông tổng kết phong trào thi đua. "
        "Khối ta tổ chức giao ước thi đua với Khối thi đua các hợp tác xã dệt vùng Sơn Tây. "
        "Hợp tác xã Vạn Phúc làm Khối trưởng năm 1986."
    )
    assert found(text, Chair, "body", "holder") == {
        ("Khối thi đua các hợp tác xã dệt vùng Hà Đông", "Hợp tác xã Vạn Phúc"),
    }


@pytest.mark.parametrize("before", ["giao lưu, học tập kinh nghiệm với", "kết nghĩa với", "thường xuyên trao đổi với",
                                    "có điểm cao hơn so với"])
def test_paired_bodies_are_passing(before):
    text = (
        "Cụm thi đua số 3 các trạm khuyến nông tổng kết năm 2019. "
        f"Năm qua, Cụm {before} Cụm thi đua số 5 các trạm khuyến nông. "
        "Trạm Khuyến nông huyện Ba Vì làm Cụm trưởng năm 2019."
    )
    assert found(text, Chair, "body") == {"Cụm thi đua số 3"}


def test_topic_after_doi_voi_still_leads():
    text = (
        "Tổng kết phong trào thi đua năm 2019. Đối với Khối thi đua các trường dạy nghề, năm qua đã có nhiều cố gắng. "
        "Trường Trung cấp nghề Phú Thọ làm Khối trưởng năm 2019."
    )
    assert found(text, Chair, "body") == {"Khối thi đua các trường dạy nghề"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ngoài ra còn Khối thi đua các công ty Thoát nước miền Tây và Khối Công nghiệp - Cơ khí, hai khối này "
            "đã tổng kết.",
            {"Khối thi đua các công ty Thoát nước miền Tây", "Khối Công nghiệp - Cơ khí"},
        ),
        (
            "Khối thi đua số 4 và Khối Kinh doanh - Dịch vụ đã ký giao ước năm 2015.",
            {"Khối thi đua số 4", "Khối Kinh doanh - Dịch vụ"},
        ),
    ],
)
def test_bare_sibling_joined_by_va(text, expected):
    assert bodies_of(LEAD + text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an industrial cluster with its place
        ("Cụm thi đua số 2 và Cụm Công nghiệp Phú Thị đã họp năm 2015.", {"Cụm thi đua số 2"}),
        # a company's division
        ("Khối thi đua số 1 và Khối Kinh doanh của công ty đã họp năm 2015.", {"Khối thi đua số 1"}),
        # joined to no body
        ("Công ty mở rộng Khối Công nghiệp - Xây lắp năm 2015.", set()),
        # a division a unit owns after its dashed tail
        ("Cụm thi đua số 3 và Khối Sản xuất - Kinh doanh của Tổng công ty được khen năm 2015.", {"Cụm thi đua số 3"}),
        ("Cụm thi đua số 3 và Khối Sản xuất - Kinh doanh thuộc Tổng công ty được khen năm 2015.", {"Cụm thi đua số 3"}),
        ("Khối thi đua số 4 và Khối Kinh doanh - Dịch vụ trực thuộc Tập đoàn đã ký giao ước năm 2015.",
         {"Khối thi đua số 4"}),
    ],
)
def test_bare_sibling_negatives(text, expected):
    assert bodies_of(LEAD + text) == expected


def test_headline_nickname_is_the_one_body_of_its_kind():
    text = """Bệnh viện Quân y 121: Vững vàng lá cờ đầu Khối thi đua phía Nam

Năm 2016, Bệnh viện Quân y 121 được giao làm Khối trưởng Khối thi đua số 4 gồm các bệnh viện quân y từ Cần Thơ \
đến Cà Mau. Năm 2017, Bệnh viện Quân y 120 làm Khối trưởng Khối thi đua số 4.
"""
    from pipeline.export import gold_record
    from pipeline.process import process_text

    record = gold_record(*process_text(text))
    assert [b["name"] for b in record["bodies"]] == ["Khối thi đua số 4"]
    assert {c["body"] for c in record["chairs"]} == {"Khối thi đua số 4"}


def test_headline_nickname_beside_two_bodies_stays_apart():
    text = """Vững vàng lá cờ đầu Khối thi đua phía Nam

Năm 2016, Bệnh viện Quân y 121 làm Khối trưởng Khối thi đua số 4; Bệnh viện Quân y 7 làm Khối trưởng Khối thi \
đua số 5.
"""
    assert bodies_of(text) == {"Khối thi đua phía Nam", "Khối thi đua số 4", "Khối thi đua số 5"}
    assert found(text, Chair, "body", "holder") == {
        ("Khối thi đua số 4", "Bệnh viện Quân y 121"), ("Khối thi đua số 5", "Bệnh viện Quân y 7")}


# a headline's name is a body of its own, with the chair after it: no slogan before it, a prose first sentence, or a
# body the text names in passing ("giao lưu với", "từng thuộc")
@pytest.mark.parametrize(
    ("text", "bodies", "chairs"),
    [
        ("Khối thi đua phía Nam tổng kết năm 2016\n\nBệnh viện Quân y 121 làm Khối trưởng năm 2016. Bệnh viện đã "
         "giao lưu với Khối thi đua số 5.",
         {"Khối thi đua phía Nam", "Khối thi đua số 5"}, {("Khối thi đua phía Nam", "Bệnh viện Quân y 121", 2016)}),
        ("Khối thi đua phía Nam tổng kết năm 2016\n\nBệnh viện Quân y 121 làm Khối trưởng năm 2016. Bệnh viện đã "
         "trao đổi kinh nghiệm với Khối thi đua số 5.",
         {"Khối thi đua phía Nam", "Khối thi đua số 5"}, {("Khối thi đua phía Nam", "Bệnh viện Quân y 121", 2016)}),
        ("Vững vàng lá cờ đầu Khối thi đua phía Nam\n\nBệnh viện Quân y 121 làm Khối trưởng năm 2016. Bệnh viện đã "
         "giao lưu với Khối thi đua số 5.",
         {"Khối thi đua phía Nam", "Khối thi đua số 5"}, {("Khối thi đua phía Nam", "Bệnh viện Quân y 121", 2016)}),
        ("Khối thi đua phía Bắc của ngân hàng tổng kết năm 2018, Ngân hàng Nông nghiệp chi nhánh Hà Giang làm Khối "
         "trưởng năm 2018. Trước đó, chi nhánh này từng thuộc Khối thi đua số 2 giai đoạn 2010-2015.",
         {"Khối thi đua phía Bắc", "Khối thi đua số 2"},
         {("Khối thi đua phía Bắc", "Ngân hàng Nông nghiệp chi nhánh Hà Giang", 2018)}),
        ("Cụm thi đua phía Nam tổng kết công tác năm 2019\n\nNăm 2019, Công an tỉnh Cà Mau làm Cụm trưởng. Cụm đã "
         "trao đổi kinh nghiệm cùng Cụm thi đua số 5 do Công an tỉnh Kiên Giang làm Cụm trưởng năm 2019.",
         {"Cụm thi đua phía Nam", "Cụm thi đua số 5"},
         {("Cụm thi đua phía Nam", "Công an tỉnh Cà Mau", 2019),
          ("Cụm thi đua số 5", "Công an tỉnh Kiên Giang", 2019)}),
    ],
)
def test_headline_name_is_a_body_of_its_own(text, bodies, chairs):
    assert bodies_of(text) == bodies
    assert found(text, Chair, "body", "holder", "year") == chairs
