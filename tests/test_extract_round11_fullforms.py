"""Unit names in the document's full form, eleventh round (heldout12, heldout13): chair holders, the
units of named heads and award recipients written short take the one full form the document writes:
an abbreviation in the middle or at the end of a name spelt out by its initials or by its definition,
a level word the writer left out before the place, a head written alone for a unit whose kind the
document names in full. Invented names with other units, places and sectors than the documents;
negatives that must stay as written."""

from __future__ import annotations

import pytest

from extractors.full_forms import full_form, resolve_facts
from schemas.facts import Award, Chair, Evidence, Member
from tests.conftest import found

# --- the resolver: the one full form the document writes ------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # an abbreviation inside or at the end of a name, by the initials of its syllables
        ("Sở Nông nghiệp và Phát triển nông thôn tỉnh Hà Giang báo cáo.", "Sở NN&PTNT Hà Giang",
         "Sở Nông nghiệp và Phát triển nông thôn tỉnh Hà Giang"),
        ("Đại diện Sở Giáo dục và Đào tạo tỉnh Cao Bằng phát biểu.", "Sở GD&ĐT Cao Bằng",
         "Sở Giáo dục và Đào tạo tỉnh Cao Bằng"),
        ("Ban Quản lý Khu kinh tế Vân Phong tổ chức hội nghị.", "Ban QLKKT Vân Phong",
         "Ban Quản lý Khu kinh tế Vân Phong"),
        ("Chi cục Quản lý thị trường tỉnh Sóc Trăng nhận nhiệm vụ.", "Chi cục QLTT Sóc Trăng",
         "Chi cục Quản lý thị trường tỉnh Sóc Trăng"),
        ("Cục Hải quan khu vực Cái Mép đạt kết quả tốt.", "Cục HQKV Cái Mép", "Cục Hải quan khu vực Cái Mép"),
        ("Ban Quản lý dự án 7 hoàn thành kế hoạch.", "Ban QLDA 7", "Ban Quản lý dự án 7"),
        ("Sở Văn hóa, Thể thao và Du lịch tỉnh Điện Biên đăng cai.", "Sở VHTTDL Điện Biên",
         "Sở Văn hóa, Thể thao và Du lịch tỉnh Điện Biên"),
        # an abbreviation the document defines, at the head of the name
        ("Sở Tài nguyên và Môi trường (STNMT) tỉnh Bạc Liêu được giao.", "STNMT Bạc Liêu",
         "Sở Tài nguyên và Môi trường tỉnh Bạc Liêu"),
        # a level word left out before the place
        ("Sở Tư pháp tỉnh Lai Châu làm tốt vai trò.", "Sở Tư pháp Lai Châu", "Sở Tư pháp tỉnh Lai Châu"),
        ("Công an thành phố Hải Phòng đón nhận.", "Công an Hải Phòng", "Công an thành phố Hải Phòng"),
        ("Phòng Giáo dục huyện Mê Linh tổng kết.", "Phòng Giáo dục Mê Linh", "Phòng Giáo dục huyện Mê Linh"),
        ("Kho bạc Nhà nước thị xã Sơn Tây báo cáo.", "Kho bạc Nhà nước Sơn Tây", "Kho bạc Nhà nước thị xã Sơn Tây"),
        # the unit written both ways: the form with the abbreviation spelt out
        ("Cục Thuế tỉnh Sơn La (CT tỉnh Sơn La) và Cục Thuế tỉnh Sơn La cùng ký.", "CT Sơn La", "Cục Thuế tỉnh Sơn La"),
        ("Trung tâm YTDP tỉnh Yên Bái, Trung tâm Y tế dự phòng tỉnh Yên Bái.", "Trung tâm YTDP Yên Bái",
         "Trung tâm Y tế dự phòng tỉnh Yên Bái"),
        # a level word spelt short where the document spells it out, or the other way round
        ("Sở Xây dựng thành phố Đà Nẵng chủ trì.", "Sở Xây dựng TP Đà Nẵng", "Sở Xây dựng thành phố Đà Nẵng"),
        ("Ủy ban nhân dân thị xã Hương Thủy báo cáo.", "UBND TX. Hương Thủy", "Ủy ban nhân dân thị xã Hương Thủy"),
        # an abbreviation with a dash and "&" between its parts
        ("Sở Lao động - Thương binh và Xã hội tỉnh Ninh Bình báo cáo.", "Sở LĐ-TB&XH Ninh Bình",
         "Sở Lao động - Thương binh và Xã hội tỉnh Ninh Bình"),
        # an abbreviation with a comma or a full stop between its parts
        ("Sở Văn hóa, Thể thao và Du lịch tỉnh Hà Nam tổ chức.", "Sở VH,TT&DL Hà Nam",
         "Sở Văn hóa, Thể thao và Du lịch tỉnh Hà Nam"),
        ("Bảo hiểm xã hội Thành phố Hồ Chí Minh báo cáo.", "Bảo hiểm xã hội TP.HCM",
         "Bảo hiểm xã hội Thành phố Hồ Chí Minh"),
        # a head written alone for a unit whose kind the document names in full
        ("Đài Phát thanh và Truyền hình Hậu Giang đưa tin.", "Đài Hậu Giang",
         "Đài Phát thanh và Truyền hình Hậu Giang"),
        ("Hội Nhà báo tỉnh Lâm Đồng tổ chức giải.", "Hội Lâm Đồng", "Hội Nhà báo tỉnh Lâm Đồng"),
        ("Bệnh viện Đa khoa Ninh Thuận nhận cờ.", "Bệnh viện Ninh Thuận", "Bệnh viện Đa khoa Ninh Thuận"),
        ("Báo Nhân dân và Báo Lạng Sơn đưa tin; Đài Phát thanh và Truyền hình tỉnh Lạng Sơn.", "Đài tỉnh Lạng Sơn",
         "Đài Phát thanh và Truyền hình tỉnh Lạng Sơn"),
        # a short kind with a dash between its letters
        ("Đài Phát thanh - Truyền hình Kon Tum đưa tin.", "Đài PT-TH Kon Tum", "Đài Phát thanh - Truyền hình Kon Tum"),
    ],
)
def test_full_form(text, name, expected):
    assert full_form(name, text) == expected


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # two full forms: which one is meant is unknown
        ("Sở Tư pháp tỉnh Lai Châu và Sở Nội vụ tỉnh Lai Châu cùng ký.", "Sở Lai Châu"),
        ("UBND xã Hòa Bình và UBND huyện Hòa Bình phối hợp.", "UBND Hòa Bình"),
        ("Đài Phát thanh Hậu Giang và Đài Truyền hình Hậu Giang đưa tin.", "Đài Hậu Giang"),
        # the full form is never written
        ("Sở LĐTBXH Cà Mau làm Cụm trưởng.", "Sở LĐTBXH Cà Mau"),
        ("Sở Xây dựng TP Đà Nẵng chủ trì.", "Sở Xây dựng TP Đà Nẵng"),
        # initials that spell another abbreviation
        ("Sở Tài chính tỉnh Bạc Liêu báo cáo.", "Sở TNMT Bạc Liêu"),
        # company forms stay as written
        ("Công ty trách nhiệm hữu hạn một thành viên Xổ số Long An.", "Công ty TNHH MTV Xổ số Long An"),
        # already in full
        ("Sở Tư pháp tỉnh Lai Châu làm tốt vai trò.", "Sở Tư pháp tỉnh Lai Châu"),
        # no level word inserted into a name that has one; no kind read into a name that has one
        ("Công an tỉnh Hà Nam và Công an huyện Kim Bảng.", "Công an tỉnh Kim Bảng"),
        ("Đài Phát thanh và Truyền hình Hậu Giang đưa tin.", "Đài Phát thanh Hậu Giang"),
        # a kind opens with a capital; words of a sentence are no kind
        ("Đài của tỉnh Hậu Giang đưa tin.", "Đài Hậu Giang"),
        ("Hội nghị do Hội chủ trì tại Lâm Đồng.", "Hội Lâm Đồng"),
        ("Hội Nông dân tỉnh Gia Lai và Hội Phụ nữ tỉnh Gia Lai.", "Hội tỉnh Gia Lai"),
        # one word, nothing to spell out
        ("Bộ Tư pháp tỉnh Lai Châu.", "Bộ Tư pháp"),
    ],
)
def test_full_form_negatives(text, name):
    assert full_form(name, text) is None


# --- applied to chairs and awards, not to members -------------------------------------------------

LEAD = "Hội nghị tổng kết công tác thi đua năm 2021 của Cụm thi đua số 4. "


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (LEAD + "Sở Nông nghiệp và Phát triển nông thôn tỉnh Hà Giang báo cáo kết quả. "
         "Năm 2021, Sở NN&PTNT Hà Giang làm Cụm trưởng Cụm thi đua số 4.",
         {("chair", "Sở Nông nghiệp và Phát triển nông thôn tỉnh Hà Giang", 2021)}),
        (LEAD + "Phòng Giáo dục huyện Mê Linh đăng cai hội nghị. "
         "Năm 2021, Phòng Giáo dục Mê Linh làm Cụm trưởng Cụm thi đua số 4.",
         {("chair", "Phòng Giáo dục huyện Mê Linh", 2021)}),
    ],
)
def test_chair_holders_in_full(text, expected):
    assert found(text, Chair, "role", "holder", "year") == expected


def test_award_recipients_in_full():
    text = (LEAD + "Đồng chí Giám đốc Sở Giáo dục và Đào tạo tỉnh Cao Bằng phát biểu. "
            "Sở GD&ĐT Cao Bằng được tặng Cờ thi đua của Chính phủ năm 2021.")
    assert found(text, Award, "recipient") == {"Sở Giáo dục và Đào tạo tỉnh Cao Bằng"}


def test_members_keep_the_text_form():
    text = ("Cụm thi đua số 4 gồm: Sở GD&ĐT Cao Bằng, Sở GD&ĐT Bắc Kạn và Sở GD&ĐT Lạng Sơn. "
            "Sở Giáo dục và Đào tạo tỉnh Cao Bằng đăng cai hội nghị.")
    assert "Sở GD&ĐT Cao Bằng" in found(text, Member, "member")


def _ev(start: int) -> Evidence:
    return Evidence("doc", start, start + 1, "x", 0, 10, "chairs/test")


def test_merged_duplicates_kept_once():
    from schemas.document import Document

    text = "Sở Tư pháp tỉnh Lai Châu làm Cụm trưởng. Sở Tư pháp Lai Châu làm Cụm trưởng."
    doc = Document(doc_id="doc", path="doc", format="txt", text=text, sha256="")
    long = Chair("Cụm thi đua số 4", "chair", "Sở Tư pháp tỉnh Lai Châu", "org", 2021, _ev(0))
    short = Chair("Cụm thi đua số 4", "chair", "Sở Tư pháp Lai Châu", "org", 2021, _ev(5))
    award = Award("Bằng khen", "Sở Tư pháp Lai Châu", 2021, "granted", _ev(7))
    out = resolve_facts(doc, [long, short, award, award])
    assert [f.holder for f in out if isinstance(f, Chair)] == ["Sở Tư pháp tỉnh Lai Châu"]
    assert [f.recipient for f in out if isinstance(f, Award)] == ["Sở Tư pháp tỉnh Lai Châu"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a company form is no kind: the short name is the company's own
        ("Công ty TNHH MTV Xi măng Bỉm Sơn báo cáo.", "Công ty Xi măng Bỉm Sơn"),
        ("Công ty CP Cấp nước Phú Thọ tổ chức hội nghị.", "Công ty Cấp nước Phú Thọ"),
    ],
)
def test_company_forms_are_no_kind(text, name):
    assert full_form(name, text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a common short name of a unit (units.abbreviations.txt) stays as written
        (LEAD + "Tòa án nhân dân tỉnh Phú Thọ chủ trì hội nghị. TAND Phú Thọ được tặng Cờ thi đua của Chính phủ.",
         {"TAND Phú Thọ"}),
        # a recipient that keeps its level word is the unit's usual short name
        (LEAD + "Hội Nông dân tỉnh Sơn La báo cáo. Hội ND tỉnh Sơn La được tặng Cờ thi đua của Chính phủ.",
         {"Hội ND tỉnh Sơn La"}),
        # the full form written only after the award
        (LEAD + "Sở GD&ĐT Cao Bằng được tặng Cờ thi đua của Chính phủ. Sở Giáo dục và Đào tạo tỉnh Cao Bằng phát biểu.",
         {"Sở GD&ĐT Cao Bằng"}),
    ],
)
def test_award_recipients_kept_as_written(text, expected):
    assert found(text, Award, "recipient") == expected


@pytest.mark.parametrize("role", [" Năm 2023, Sở Tài nguyên và Môi trường tỉnh Sơn La làm Khối trưởng.", ""])
def test_member_written_short_beside_its_full_form_is_kept_once(role):
    """Also in a document that names no chair or award."""
    from pipeline.process import process_text

    text = (
        "Khối thi đua các Sở Tài nguyên và Môi trường khu vực Tây Bắc gồm Sở Tài nguyên và Môi trường tỉnh Lai "
        f"Châu, Sở Tài nguyên và Môi trường tỉnh Sơn La.{role}"
        "\n\nSTT | Đơn vị | Điểm\n1 | Sở TN&MT tỉnh Lai Châu | 95\n2 | Sở TN&MT tỉnh Sơn La | 97\n"
    )
    members = {f.member for f in process_text(text)[1] if type(f).__name__ == "Member"}
    assert "Sở TN&MT tỉnh Lai Châu" not in members and "Sở TN&MT tỉnh Sơn La" not in members
    assert {"Sở Tài nguyên và Môi trường tỉnh Lai Châu", "Sở Tài nguyên và Môi trường tỉnh Sơn La"} <= members
