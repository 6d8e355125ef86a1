"""Bodies and members, eleventh round (heldout12, heldout13): where a body name ends ("và các tập thể, cá
nhân" after it, a second region after "và", a heading in capitals run on into its next line, a trade word
alone after a generic kind); members counted by a lower-case kind before "thành viên:", heads shared
out over "các tỉnh, thành phố:", a plural kind "thuộc Khối:" before the places, a counted head before
"là" and its list, a list set beside "– N thành viên của Cụm", a counted region before "thuộc Cụm" that
names no member. Invented sentences with other units, places and years than the documents; negatives
that must yield nothing."""

from __future__ import annotations

import pytest

from schemas.facts import Member
from tests.conftest import bodies_of, found

# --- where a body name ends ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # those commended after "và các" are no second group of members
            "Khối trưởng Khối thi đua các Sở Xây dựng khu vực Tây Bắc và các tập thể, cá nhân có tên tại Điều 1 "
            "chịu trách nhiệm thi hành Quyết định này.",
            {"Khối thi đua các Sở Xây dựng khu vực Tây Bắc"},
        ),
        (
            "Giám đốc các trường thuộc Cụm thi đua các trường cao đẳng nghề miền núi và các cán bộ, giáo viên "
            "được khen thưởng chịu trách nhiệm thi hành.",
            {"Cụm thi đua các trường cao đẳng nghề miền núi"},
        ),
        (  # a second group of units stays
            "Năm 2019, Khối thi đua các cơ quan Mặt trận Tổ quốc và các đoàn thể chính trị tỉnh tổng kết.",
            {"Khối thi đua các cơ quan Mặt trận Tổ quốc và các đoàn thể chính trị tỉnh"},
        ),
        (  # a second region after "và" and a region word
            "Năm 2007, Khối thi đua các công ty may khu vực TP Đà Nẵng và miền Trung Tây Nguyên đã tổng kết.",
            {"Khối thi đua các công ty may khu vực TP Đà Nẵng và miền Trung Tây Nguyên"},
        ),
        (
            "Năm 2013, Cụm thi đua các trường nghề khu vực Hà Nội và vùng Đồng bằng sông Hồng tổng kết.",
            {"Cụm thi đua các trường nghề khu vực Hà Nội và vùng Đồng bằng sông Hồng"},
        ),
        (  # an area word after "và" (and a region word)
            "Năm 2019, Khối thi đua các trường đại học, cao đẳng khu vực Huế và vùng phụ cận tổng kết.",
            {"Khối thi đua các trường đại học, cao đẳng khu vực Huế và vùng phụ cận"},
        ),
        (
            "Năm 2022, Cụm thi đua các xã vùng cao và vùng sâu huyện Quế Phong ký giao ước.",
            {"Cụm thi đua các xã vùng cao và vùng sâu huyện Quế Phong"},
        ),
        (  # "và" and no area word after the region word: the name ends before it
            "Năm 2019, Khối thi đua các xã biên giới và vùng này tổng kết.",
            {"Khối thi đua các xã biên giới"},
        ),
        (  # ... and no parent after it makes it a name of two groups
            "Được biết, Khối thi đua các công ty dệt khu vực Hải Phòng và vùng Duyên hải Bắc Bộ của VINATEX sẽ "
            "tổng kết vào tháng 1.",
            {"Khối thi đua các công ty dệt khu vực Hải Phòng và vùng Duyên hải Bắc Bộ"},
        ),
        (  # a trade word alone after a generic kind tells the body apart
            "Năm 2019, Khối thi đua các đơn vị vận hành (gồm Nhà máy A, Nhà máy B) đã tổng kết.",
            {"Khối thi đua các đơn vị vận hành"},
        ),
        (
            "Tặng Cờ thi đua cho Công ty Gạch Đồng Nai, đơn vị dẫn đầu Khối thi đua các đơn vị sản xuất; Công ty "
            "Sứ Minh Long được tặng Bằng khen.",
            {"Khối thi đua các đơn vị sản xuất"},
        ),
        (
            "Năm 2020, Khối thi đua các đơn vị kinh doanh gồm Công ty Xăng dầu Hà Giang và Công ty Xăng dầu "
            "Tuyên Quang.",
            {"Khối thi đua các đơn vị kinh doanh"},
        ),
        (  # a generic plural and only trades is named with its qualifier
            "Năm 2019, Khối thi đua các đơn vị làm công tác đào tạo trực thuộc Bộ Nông nghiệp tổng kết.",
            {"Khối thi đua các đơn vị làm công tác đào tạo trực thuộc Bộ Nông nghiệp"},
        ),
        (
            "Năm 2021, Khối thi đua các đơn vị sản xuất, kinh doanh thuộc Tổng công ty Giấy tổng kết.",
            {"Khối thi đua các đơn vị sản xuất, kinh doanh thuộc Tổng công ty Giấy"},
        ),
        (  # a trade with its object is no generic name: its qualifier stays out, as before
            "Năm 2019, Khối thi đua các đơn vị khai thác đá thuộc Tổng công ty Xi măng tổng kết.",
            {"Khối thi đua các đơn vị khai thác đá"},
        ),
        (  # phrases of a kind that open with "có" or "ngoài"
            "Năm 2019, Khối thi đua các doanh nghiệp có vốn đầu tư nước ngoài tỉnh Bình Dương tổng kết.",
            {"Khối thi đua các doanh nghiệp có vốn đầu tư nước ngoài tỉnh Bình Dương"},
        ),
        (
            "Năm 2020, Cụm thi đua các trường mầm non ngoài công lập đã ký giao ước.",
            {"Cụm thi đua các trường mầm non ngoài công lập"},
        ),
        (  # "có" and a count still ends the name
            "Năm 2019, Khối thi đua các doanh nghiệp xây dựng có 5 thành viên.",
            {"Khối thi đua các doanh nghiệp xây dựng"},
        ),
    ],
)
def test_body_name_ends(text, expected):
    assert bodies_of(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Khối thi đua các đơn vị tổ chức hội nghị tổng kết năm 2020.",  # no trade word: a verb after the kind
        "Hội đồng giao các đơn vị kinh doanh triển khai phong trào thi đua.",  # no body at all
    ],
)
def test_no_body(text):
    assert bodies_of(text) == set()


def test_heading_in_capitals_run_on_into_its_next_line():
    text = ("PHÁT BIỂU CỦA ĐỒNG CHÍ GIÁM ĐỐC, KHỐI TRƯỞNG KHỐI THI ĐUA CÁC CẢNG HÀNG KHÔNG MIỀN BẮC NĂM 2014\n"
            "tại Hội nghị tổng kết phong trào thi đua năm 2014\n\n"
            "Khối thi đua các cảng hàng không miền Bắc gồm 4 đơn vị.")
    names = bodies_of(text)
    assert not any(n.upper().endswith(" NĂM") for n in names)
    assert "Khối thi đua các cảng hàng không miền Bắc" in names


# --- members -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a count and a lower-case kind before "thành viên:"
            "Năm 2015, Cụm thi đua các trường cao đẳng khu vực Tây Bắc tổ chức hội nghị. Dự hội nghị có đại diện "
            "lãnh đạo 3 trường thành viên: Trường Cao đẳng Sơn La, Trường Cao đẳng Điện Biên và Trường Cao đẳng Lai "
            "Châu.",
            {"Trường Cao đẳng Sơn La", "Trường Cao đẳng Điện Biên", "Trường Cao đẳng Lai Châu"},
        ),
        (
            "Năm 2008, Cụm thi đua các Hội Làm vườn miền Tây tổng kết. Cụm có ba hội thành viên: Hội Làm vườn Cần "
            "Thơ, Hội Làm vườn Hậu Giang và Hội Làm vườn Sóc Trăng.",
            {"Hội Làm vườn Cần Thơ", "Hội Làm vườn Hậu Giang", "Hội Làm vườn Sóc Trăng"},
        ),
        (
            "Năm 2015, Cụm thi đua các Sở Tư pháp miền núi họp. Dự có lãnh đạo 3 Sở thành viên: Sở Tư pháp Lào Cai, "
            "Sở Tư pháp Yên Bái và Sở Tư pháp Hà Giang.",
            {"Sở Tư pháp Lào Cai", "Sở Tư pháp Yên Bái", "Sở Tư pháp Hà Giang"},
        ),
        (  # a head shared out over "các tỉnh, thành phố:"
            "Năm 2016, Khối thi đua các đài phát thanh gồm Đài Phát thanh và Truyền hình của các tỉnh, thành phố: "
            "Cần Thơ, Hậu Giang và Sóc Trăng.",
            {"Đài Phát thanh và Truyền hình Cần Thơ", "Đài Phát thanh và Truyền hình Hậu Giang",
             "Đài Phát thanh và Truyền hình Sóc Trăng"},
        ),
        (
            "Năm 2016, Cụm thi đua các công ty cấp nước khu vực Tây Nguyên có 3 thành viên là Công ty Cổ phần Cấp "
            "nước (CNTN) của các tỉnh: Kon Tum, Gia Lai và Lâm Đồng.",
            {"Công ty Cổ phần Cấp nước tỉnh Kon Tum", "Công ty Cổ phần Cấp nước tỉnh Gia Lai",
             "Công ty Cổ phần Cấp nước tỉnh Lâm Đồng"},
        ),
        (  # a plural kind "thuộc Khối:" and the places after it
            "Năm 2012, Khối thi đua các Sở Tài nguyên và Môi trường khu vực Việt Bắc tổng kết.\nNơi nhận:\n"
            "- Các Sở Tài nguyên và Môi trường thuộc Khối: Lạng Sơn, Cao Bằng, Bắc Kạn;\n- Lưu: VT.",
            {"Sở Tài nguyên và Môi trường Lạng Sơn", "Sở Tài nguyên và Môi trường Cao Bằng",
             "Sở Tài nguyên và Môi trường Bắc Kạn"},
        ),
        (  # a counted head and its description before "là" and the list
            "Năm 2015, Cụm thi đua số 3 gồm Hội Cựu chiến binh 4 tỉnh khu vực Tây Nguyên là Kon Tum, Gia Lai, Đắk "
            "Lắk và Lâm Đồng.",
            {"Hội Cựu chiến binh Kon Tum", "Hội Cựu chiến binh Gia Lai", "Hội Cựu chiến binh Đắk Lắk",
             "Hội Cựu chiến binh Lâm Đồng"},
        ),
        (  # a head counted with a word
            "Năm 2020, Cụm thi đua số 3 bao gồm Hội Nông dân ba tỉnh Hà Nam, Nam Định và Ninh Bình.",
            {"Hội Nông dân tỉnh Hà Nam", "Hội Nông dân tỉnh Nam Định", "Hội Nông dân tỉnh Ninh Bình"},
        ),
        (  # a list set beside "– N thành viên của Cụm"
            "Năm 2018, Cụm thi đua các Sở Xây dựng khu vực Đông Bắc tổng kết. Tham dự có lãnh đạo Sở Xây dựng "
            "các tỉnh Bắc Giang, Bắc Ninh, Lạng Sơn và Quảng Ninh – bốn thành viên của Cụm.",
            {"Sở Xây dựng tỉnh Bắc Giang", "Sở Xây dựng tỉnh Bắc Ninh", "Sở Xây dựng tỉnh Lạng Sơn",
             "Sở Xây dựng tỉnh Quảng Ninh"},
        ),
        (
            "Năm 2019, Khối thi đua các Chi cục Thủy lợi vùng Tây Bắc họp. Dự họp có lãnh đạo Chi cục Thủy lợi các "
            "tỉnh Sơn La, Lai Châu và Điện Biên (các thành viên của Khối).",
            {"Chi cục Thủy lợi tỉnh Sơn La", "Chi cục Thủy lợi tỉnh Lai Châu", "Chi cục Thủy lợi tỉnh Điện Biên"},
        ),
        (
            "Năm 2018, Cụm thi đua số 6 họp tại Lạng Sơn. Dự họp có Trường Cao đẳng Y tế Lạng Sơn, Trường Cao đẳng "
            "Y tế Bắc Giang và Trường Cao đẳng Y tế Cao Bằng, ba đơn vị thành viên Cụm.",
            {"Trường Cao đẳng Y tế Lạng Sơn", "Trường Cao đẳng Y tế Bắc Giang", "Trường Cao đẳng Y tế Cao Bằng"},
        ),
        (  # units named by a kind and a number; a name in lower case up to the bracket that closes the list
            "Năm 2017, Khối thi đua các đơn vị vận tải (gồm Đội xe 3, Xưởng sửa chữa 2, Trung tâm Điều độ vận tải) "
            "tổng kết.",
            {"Đội xe 3", "Xưởng sửa chữa 2", "Trung tâm Điều độ vận tải"},
        ),
        (
            "Năm 2014, Cụm thi đua các đơn vị không quân gồm Phi đội trực thăng 5, Phi đội vận tải 7 và Trung tâm "
            "Huấn luyện Phi công.",
            {"Phi đội trực thăng 5", "Phi đội vận tải 7", "Trung tâm Huấn luyện Phi công"},
        ),
        (  # an office of each unit among those who attend is no head the units share
            "Năm 2019, Khối thi đua số 2 họp.\n- Thành phần: đại diện Phòng Kỹ thuật các đơn vị Lữ đoàn 171, Lữ đoàn "
            "172, Lữ đoàn 175; đại diện Cục Kỹ thuật.",
            {"Lữ đoàn 171", "Lữ đoàn 172", "Lữ đoàn 175"},
        ),
        (  # a head shared by the places of a list before "là thành viên của"
            "Năm 2019, Cụm thi đua các Sở Công Thương vùng Duyên hải tổng kết. Sở Công Thương các tỉnh Nam Định, "
            "Thái Bình và Ninh Bình là thành viên của Cụm.",
            {"Sở Công Thương tỉnh Nam Định", "Sở Công Thương tỉnh Thái Bình", "Sở Công Thương tỉnh Ninh Bình"},
        ),
        (  # a phrase of place before one member is none
            "Ở cấp huyện, Phòng Nội vụ là thành viên Khối thi đua các cơ quan tổng hợp huyện Đức Phổ cùng với Phòng "
            "Tư pháp, Phòng Tài chính và Thanh tra huyện.",
            {"Phòng Nội vụ", "Phòng Tư pháp", "Phòng Tài chính", "Thanh tra huyện"},
        ),
        (
            "- Lãnh đạo Sở Nội vụ 4 tỉnh Tây Bắc thuộc Cụm thi đua số 2, gồm: Sở Nội vụ tỉnh Sơn La, Sở Nội vụ tỉnh "
            "Lai Châu, Sở Nội vụ tỉnh Điện Biên và Sở Nội vụ tỉnh Hòa Bình.",
            {"Sở Nội vụ tỉnh Sơn La", "Sở Nội vụ tỉnh Lai Châu", "Sở Nội vụ tỉnh Điện Biên", "Sở Nội vụ tỉnh Hòa Bình"},
        ),
        (  # units that belong to a body's activities
            "Năm 2019, Bệnh viện Đa khoa Mộc Châu và Bệnh viện Đa khoa Phù Yên cùng sinh hoạt trong Cụm thi đua số 3.",
            {"Bệnh viện Đa khoa Mộc Châu", "Bệnh viện Đa khoa Phù Yên"},
        ),
        (  # ... not in a body named in a clause about the past
            "Cụm thi đua số 2 các trạm y tế xã có năm đơn vị. Trạm Y tế xã Tân Lập mới về Cụm, trước đó Trạm Y tế xã "
            "Tân Lập sinh hoạt trong Cụm thi đua số 4. Năm 2021, Trạm Y tế xã Tân Hợp làm Cụm trưởng.",
            set(),
        ),
        (  # a count of places before "thuộc Cụm" describes the members
            "- Lãnh đạo Công an 4 tỉnh Tây Bắc thuộc Cụm thi đua số 2, gồm: Công an tỉnh Sơn La, Công an tỉnh Lai "
            "Châu, Công an tỉnh Điện Biên và Công an tỉnh Hòa Bình.",
            {"Công an tỉnh Sơn La", "Công an tỉnh Lai Châu", "Công an tỉnh Điện Biên", "Công an tỉnh Hòa Bình"},
        ),
    ],
)
def test_members(text, expected):
    assert found(text, Member, "member") == expected


@pytest.mark.parametrize(
    "text",
    [
        # a count that does not match the list beside it
        "Năm 2018, Cụm thi đua số 6 họp tại Lạng Sơn với Trường A Lạng Sơn, Trường B Bắc Giang và Trường C Cao "
        "Bằng – hai thành viên của Cụm.",
        # a list beside "thành viên" with no body after it
        "Năm 2018, Cụm thi đua số 6 tổng kết. Hội nghị mời Sở Y tế Lạng Sơn, Sở Y tế Bắc Giang – các thành viên "
        "Hội đồng tư vấn.",
        # a year is no unit's number
        "Năm 2017, Khối thi đua các đơn vị vận tải gồm Năm học 2019 và Đội xe.",
        # a kind "thuộc" a body with no colon and list after it
        "Năm 2012, Khối thi đua các Sở Tư pháp khu vực Việt Bắc tổng kết. Các Sở Tư pháp thuộc Khối đã ký giao "
        "ước thi đua.",
    ],
)
def test_no_members(text):
    assert found(text, Member, "member") == set()


# --- a short name coined in brackets ---------------------------------------------------------------------


def _entities(text: str) -> list[tuple[str, tuple[str, ...]]]:
    from pipeline.export import gold_record
    from pipeline.process import process_text

    doc, facts = process_text(text)
    return [(b["name"], tuple(b.get("aliases") or ())) for b in gold_record(doc, facts)["bodies"]]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Năm 2019, Khối thi đua các công ty cà phê khu vực Tây Nguyên (gọi tắt là Khối Gia Lai - Kon Tum) tổng "
            "kết. Năm 2020, Khối Gia Lai - Kon Tum gồm Công ty Cà phê Ia Grai, Công ty Cà phê Chư Păh và Công ty Cà "
            "phê Đăk Hà.",
            [("Khối thi đua các công ty cà phê khu vực Tây Nguyên", ("Khối Gia Lai - Kon Tum",))],
        ),
        (
            "Năm 2021, Cụm thi đua các bệnh viện đa khoa tuyến huyện phía Nam (sau đây gọi là Cụm Bệnh viện Nam "
            "Sông Hậu) tổ chức hội nghị. Cụm Bệnh viện Nam Sông Hậu có 5 thành viên.",
            [("Cụm thi đua các bệnh viện đa khoa tuyến huyện phía Nam", ("Cụm Bệnh viện Nam Sông Hậu",))],
        ),
        (  # the number the body goes by, in brackets right after its name
            "Năm 2016, Cụm thi đua các Sở Khoa học và Công nghệ vùng Đông Bắc (Cụm thi đua số 3) tổng kết. Năm 2017, "
            "Cụm thi đua số 3 có 6 thành viên.",
            [("Cụm thi đua các Sở Khoa học và Công nghệ vùng Đông Bắc", ("Cụm thi đua số 3",))],
        ),
        (  # negatives: two bodies side by side, and a second name in brackets that coins nothing
            "Năm 2019, Khối thi đua các công ty cà phê khu vực Tây Nguyên và Khối thi đua các công ty chè miền Bắc "
            "tổng kết.",
            [("Khối thi đua các công ty cà phê khu vực Tây Nguyên", ()), ("Khối thi đua các công ty chè miền Bắc", ())],
        ),
    ],
)
def test_short_name_coined_in_brackets(text, expected):
    assert _entities(text) == expected


def test_coined_short_name_members_go_to_the_full_name():
    text = ("Năm 2019, Khối thi đua các công ty cà phê khu vực Tây Nguyên (gọi tắt là Khối Gia Lai - Kon Tum) tổng "
            "kết. Năm 2020, Khối Gia Lai - Kon Tum gồm Công ty Cà phê Ia Grai và Công ty Cà phê Chư Păh.")
    from pipeline.export import gold_record
    from pipeline.process import process_text

    doc, facts = process_text(text)
    assert {m["body"] for m in gold_record(doc, facts)["members"]} == {
        "Khối thi đua các công ty cà phê khu vực Tây Nguyên"}


# --- the speaker's own unit at the end of a list -------------------------------------------------------

_INTERVIEW = ("Năm 2019, Cụm thi đua các Sở Du lịch vùng Đông Bắc tổ chức hội nghị. Phóng viên trao đổi với bà "
              "Hoàng Thị Mai, Giám đốc Sở Du lịch tỉnh Quảng Ninh.\n")
_LIST = ("Cụm có 4 thành viên gồm Sở Du lịch tỉnh Lạng Sơn, Sở Du lịch tỉnh Cao Bằng, Sở Du lịch tỉnh Hà Giang và "
         "sở chúng tôi.")


def test_speaker_unit_ends_a_list():
    assert found(_INTERVIEW + "Bà Hoàng Thị Mai: " + _LIST, Member, "member") == {
        "Sở Du lịch tỉnh Lạng Sơn", "Sở Du lịch tỉnh Cao Bằng", "Sở Du lịch tỉnh Hà Giang",
        "Sở Du lịch tỉnh Quảng Ninh"}


def test_first_person_without_a_speaker_is_no_member():
    assert found("Năm 2019, Cụm thi đua các Sở Du lịch vùng Đông Bắc tổ chức hội nghị. " + _LIST, Member, "member") == {
        "Sở Du lịch tỉnh Lạng Sơn", "Sở Du lịch tỉnh Cao Bằng", "Sở Du lịch tỉnh Hà Giang"}


# --- a table row whose long name pushed its columns out of line ----------------------------------------

_TABLE = ("Năm 2016, Cụm thi đua các trường cao đẳng khu vực miền núi phía Bắc họp.\n\n"
          "STT   Đơn vị                                  Nhiệm vụ      Ghi chú\n"
          "1     Trường Cao đẳng Sơn La                  Cụm trưởng    có mặt\n"
          "2     Trường Cao đẳng Lào Cai                 Cụm phó       có mặt\n"
          "3     Trường Cao đẳng Điện Biên               Thành viên    có mặt\n")


def test_row_out_of_line_after_a_table():
    text = _TABLE + "4     Trường Cao đẳng Kinh tế - Kỹ thuật Lai Châu  Thành viên   vắng\n\nNỘI DUNG\n1. Hội nghị họp."
    assert found(text, Member, "member") == {
        "Trường Cao đẳng Sơn La", "Trường Cao đẳng Lào Cai", "Trường Cao đẳng Điện Biên",
        "Trường Cao đẳng Kinh tế - Kỹ thuật Lai Châu"}


def test_line_after_a_table_that_is_no_row():
    text = _TABLE + "4 Trường Cao đẳng Kinh tế Lai Châu xin vắng mặt vì lý do đột xuất.\n"
    assert "Trường Cao đẳng Kinh tế Lai Châu" not in found(text, Member, "member")


# --- units named only as guests, the host among them ---------------------------------------------------

_HOST = ("Hôm nay, tại Tuyên Quang, Cụm thi đua số 4 - Cục Thuế tổ chức hội nghị tổng kết năm 2015. Thay mặt Cục "
         "Thuế tỉnh Tuyên Quang - đơn vị Cụm trưởng năm 2015, tôi nhiệt liệt chào mừng các đồng chí lãnh đạo ")


def test_guests_with_the_host_among_them():
    text = _HOST + "Cục Thuế các tỉnh Hà Giang, Tuyên Quang, Yên Bái và Lào Cai đã về dự."
    assert found(text, Member, "member") == {
        "Cục Thuế tỉnh Hà Giang", "Cục Thuế tỉnh Tuyên Quang", "Cục Thuế tỉnh Yên Bái", "Cục Thuế tỉnh Lào Cai"}


@pytest.mark.parametrize(
    "tail",
    [
        "UBND các tỉnh Hà Giang, Tuyên Quang, Yên Bái và Lào Cai đã về dự.",  # another kind of unit than the host's
        "Cục Thuế các tỉnh Hà Giang, Yên Bái và Lào Cai đã về dự.",  # the host is not among them
        "Cục Thuế các tỉnh Hà Giang và Tuyên Quang đã về dự.",  # too few
        "Cục Thuế các tỉnh Hà Giang, Tuyên Quang, Yên Bái và Lào Cai đã gửi báo cáo.",  # no verb of attending
    ],
)
def test_guests_that_are_not_members(tail):
    assert found(_HOST + tail, Member, "member") == set()
