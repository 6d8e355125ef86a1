"""Persons named with a title or a form of address, through the whole pipeline; and a property
test: any text goes through without a crash, every fact's evidence in bounds."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.process import process_text
from schemas.errors import IngestError
from schemas.facts import Award, Campaign, Person

# a line that lets a document past the cascade's trigger words and names nothing itself
CONTEXT = "\nHội nghị tổng kết công tác thi đua, khen thưởng."


def persons_of(text: str) -> list[Person]:
    doc, facts = process_text(text + CONTEXT)
    found = [f for f in facts if isinstance(f, Person)]
    for f in found:
        assert f.name in doc.text[f.evidence.start : f.evidence.end]
    return found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # justice, a title right before the name
            "Phát biểu chỉ đạo hội nghị, Thứ trưởng Nguyễn Khánh Ngọc đề nghị các đơn vị đổi mới công tác.",
            ("Nguyễn Khánh Ngọc", "Thứ trưởng"),
        ),
        (  # police, an office, its organisation, then the name
            "Cục trưởng Cục Quản lý xuất nhập cảnh Phạm Đăng Khoa phát biểu tại hội nghị.",
            ("Phạm Đăng Khoa", "Cục trưởng Cục Quản lý xuất nhập cảnh"),
        ),
        (  # army rank before, offices after: the state office wins over party posts
            "Dự hội nghị có Trung tướng Lê Quốc Hùng, Ủy viên Trung ương Đảng, Thứ trưởng Bộ Công an.",
            ("Lê Quốc Hùng", "Thứ trưởng Bộ Công an"),
        ),
        (  # women's union, "bà" and a family name that is also a place's first syllable
            "Tham dự có bà Hà Thị Nga, Chủ tịch Hội Liên hiệp Phụ nữ Việt Nam.",
            ("Hà Thị Nga", "Chủ tịch Hội Liên hiệp Phụ nữ Việt Nam"),
        ),
        (  # a province's name between the office and the person
            "Giám đốc Công an tỉnh Hà Tĩnh Nguyễn Hồng Phong trao Bằng khen cho các tập thể.",
            ("Nguyễn Hồng Phong", "Giám đốc Công an tỉnh Hà Tĩnh"),
        ),
        (  # universities, a learned title, the office after the comma
            "PGS.TS Trần Văn Hải, Hiệu trưởng Trường Đại học Kinh tế quốc dân, trình bày tham luận.",
            ("Trần Văn Hải", "Hiệu trưởng Trường Đại học Kinh tế quốc dân"),
        ),
        (  # police rank, office after the comma
            "Thượng tá Đinh Văn Nơi, Trưởng Công an huyện Đông Triều, báo cáo kết quả năm 2015.",
            ("Đinh Văn Nơi", "Trưởng Công an huyện Đông Triều"),
        ),
        (  # the office's organisation written around a comma
            "Phó Trưởng ban, Ban Thi đua - Khen thưởng Trung ương Phạm Huy Giang phát biểu.",
            ("Phạm Huy Giang", "Phó Trưởng ban, Ban Thi đua - Khen thưởng Trung ương"),
        ),
        (  # a cooperative's chair, the office directly after the name
            "Đồng chí Vũ Văn Tám Chủ tịch Liên minh Hợp tác xã tỉnh Nam Định dự lễ.",
            ("Vũ Văn Tám", "Chủ tịch Liên minh Hợp tác xã tỉnh Nam Định"),
        ),
    ],
)
def test_persons_named_with_title(text, expected):
    assert [(p.name, p.title) for p in persons_of(text)] == [expected]


def test_persons_each_once_with_best_title():
    text = ("Ông Nguyễn Tuấn Anh phát biểu khai mạc. Ông Nguyễn Tuấn Anh, Phó Tổng Kiểm toán Nhà nước, "
            "trình bày báo cáo.")
    assert [(p.name, p.title) for p in persons_of(text)] == [("Nguyễn Tuấn Anh", "Phó Tổng Kiểm toán Nhà nước")]


def test_persons_in_a_list_of_offices_keep_their_own_titles():
    text = "Dự lễ có Bộ trưởng Tài chính Hồ Đức Phớc, Bộ trưởng Nội vụ Phạm Thị Thanh Trà."
    assert [(p.name, p.title) for p in persons_of(text)] == [("Hồ Đức Phớc", "Bộ trưởng Tài chính"),
                                                             ("Phạm Thị Thanh Trà", "Bộ trưởng Nội vụ")]


def test_persons_list_after_one_form_of_address():
    text = "Dự hội nghị có các ông Nguyễn Văn An, Trần Văn Bình và Lê Thị Cúc."
    assert [p.name for p in persons_of(text)] == ["Nguyễn Văn An", "Trần Văn Bình", "Lê Thị Cúc"]


@pytest.mark.parametrize(
    "text",
    [
        "Đoàn Thanh niên Cộng sản Hồ Chí Minh phát động phong trào tình nguyện.",
        "Cán bộ tích cực học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh.",
        "Đoàn công tác viếng Lăng Chủ tịch Hồ Chí Minh.",
        "Chủ tịch UBND tỉnh Hà Tĩnh chủ trì hội nghị.",
        "Ông Toàn đề nghị các đơn vị thuộc khối tiếp tục đẩy mạnh phong trào thi đua.",
        "Thứ trưởng Quốc Tỏ đề nghị hoàn thiện hệ thống văn bản.",
        "Bí thư Đoàn Thanh niên Bộ Tư pháp phát biểu.",
        "Hiệu trưởng Trường THPT Lê Quý Đôn phát biểu.",
        "Đại sứ Thái Lan tại Việt Nam dự lễ.",
        "Lê Văn Hưng",  # a byline: no title
        "Ảnh: Nguyễn Hoàng",
    ],
)
def test_persons_none_in_names_of_places_and_bylines(text):
    assert persons_of(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # banks, an office not in every list
            "Phát biểu tại hội nghị, Phó Thống đốc Đào Minh Tú đề nghị các ngân hàng đổi mới quản trị.",
            ("Đào Minh Tú", "Phó Thống đốc"),
        ),
        (  # Ê Đê, a man's name opening with "Y"
            "Thay mặt công ty, ông Y Bhin Niê, Giám đốc Công ty Cà phê Ea Tiêu cho biết kết quả.",
            ("Y Bhin Niê", "Giám đốc Công ty Cà phê Ea Tiêu"),
        ),
        (  # Gia Rai, a woman's name with "H'"
            "Thư ký hội nghị: bà Rơ Mah H'Lan, chuyên viên Phòng Tổ chức Công ty Cao su Mang Yang.",
            ("Rơ Mah H'Lan", "chuyên viên Phòng Tổ chức Công ty Cao su Mang Yang"),
        ),
        (  # Thái, a family name of the north-west, a rank before it
            "Thư ký: Thiếu tá Lường Văn Khiêm, cán bộ Phòng Tham mưu Công an tỉnh Sơn La.",
            ("Lường Văn Khiêm", "cán bộ Phòng Tham mưu Công an tỉnh Sơn La"),
        ),
        (  # Stiêng, a worker
            "Chị Điểu Thị Hiền, công nhân Nông trường Tân Lập, được tặng Bằng khen.",
            ("Điểu Thị Hiền", "công nhân Nông trường Tân Lập"),
        ),
        (  # Mông, "A" as a middle name
            "Đồng chí Giàng A Sình, Bí thư Huyện ủy Mù Cang Chải, phát biểu.",
            ("Giàng A Sình", "Bí thư Huyện ủy Mù Cang Chải"),
        ),
        (  # the provincial party committee is no place word
            "Bí thư Tỉnh ủy Trịnh Văn Chiến trao Cờ thi đua cho các đơn vị.",
            ("Trịnh Văn Chiến", "Bí thư Tỉnh ủy"),
        ),
        (  # the segmenter glues the last syllable of the name to the verb
            "Bộ trưởng, Chủ nhiệm Ủy ban Dân tộc Hầu A Lềnh dự và phát biểu.",
            ("Hầu A Lềnh", "Chủ nhiệm Ủy ban Dân tộc"),
        ),
        (  # "cựu" (former) before an office, capitalised after the name
            "Dự lễ có ông Ngô Văn Quỳnh Cựu trưởng đoàn bóng đá Thể Công.",
            ("Ngô Văn Quỳnh", "Cựu trưởng đoàn bóng đá Thể Công"),
        ),
        (  # a name wrapped by a PDF's line break inside the office after it
            "Chủ trì hội nghị có ông Huỳnh Văn Tâm, Giám đốc Công ty Xăng dầu Quảng Ngãi và các đơn vị thành "
            "viên của Khối\nQuảng Ngãi cùng dự.",
            ("Huỳnh Văn Tâm", "Giám đốc Công ty Xăng dầu Quảng Ngãi"),
        ),
    ],
)
def test_persons_names_and_titles_of_all_regions(text, expected):
    assert [(p.name, p.title) for p in persons_of(text)] == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("TRƯỞNG BAN\nPhạm Thị Thu Hằng", [("Phạm Thị Thu Hằng", "TRƯỞNG BAN")]),  # a notice
        ("KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n(Đã ký)\nĐặng Văn Minh", [("Đặng Văn Minh", "PHÓ CHỦ TỊCH")]),  # a decision
        ("THƯ KÝ | CHỦ TRÌ\nLê Thị Hoa | Trần Văn Bảy", [("Lê Thị Hoa", "THƯ KÝ"), ("Trần Văn Bảy", "CHỦ TRÌ")]),
        (  # a second office in lower case under the role in capitals
            "KT. VIỆN TRƯỞNG\nPHÓ VIỆN TRƯỞNG\nPhó Chủ tịch Hội đồng Thi đua – Khen thưởng\n\nLê Thị Lan",
            [("Lê Thị Lan", "PHÓ VIỆN TRƯỞNG")],
        ),
        (  # a table of names with their offices
            "STT | Họ và tên | Chức vụ\n1 | Nguyễn Văn Long | Giám đốc\n2 | Ksor Nhơ | Phó Giám đốc",
            [("Nguyễn Văn Long", "Giám đốc"), ("Ksor Nhơ", "Phó Giám đốc")],
        ),
    ],
)
def test_persons_signed_and_tabled(text, expected):
    assert [(p.name, p.title) for p in persons_of(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Hiệu trưởng Trường Đại học Y Dược Thái Bình phát biểu.",  # "Y Dược" is no Ê Đê name
        "Trường Đại học Y Hà Nội tổ chức lễ khai giảng.",
        "TRƯỞNG BAN\nBan Thi đua – Khen thưởng",  # a unit under the role, not a name
        "Anh Tú là nhân viên hãng taxi Mai Linh chi nhánh Huế.",  # an occupation, words, a company
    ],
)
def test_persons_none_from_medicine_and_units(text):
    assert persons_of(text) == []


def test_persons_name_does_not_run_into_a_conjunction():
    # a missing full stop: "Tuy nhiên" (however) glued to the name's last syllable is no verb
    text = "Phát biểu tại hội nghị có Phó Chủ tịch UBND huyện Trần Văn Hùng Tuy nhiên, ông cũng lưu ý nhiều việc."
    assert [p.name for p in persons_of(text)] == ["Trần Văn Hùng"]


def test_persons_name_does_not_run_into_a_council():
    # a missing full stop: the segmenter tags "Hội đồng Kỷ luật" as a verb glued to the name
    text = "Nguyên Tổng Thư ký Phạm Ngọc Viễn Hội đồng Kỷ luật sẽ bỏ phiếu kín."
    assert [p.name for p in persons_of(text)] == ["Phạm Ngọc Viễn"]


WORDS = ["Thứ trưởng", "Nguyễn", "Văn", "An", "ông", "Hồ Chí Minh", "phong trào thi đua", "“", "”", '"', "«", "»",
         "Cờ thi đua", "của", "Chính phủ", "cho", "được", "tặng", "Bằng khen", "chủ đề", "năm 2022", ",", ";", ":",
         ".", "(", ")", "\n", " ", "đề nghị", "Huân chương Lao động hạng", "Nhì", "là", "và", "các tập thể", "Bộ"]


@settings(max_examples=50, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(WORDS), st.text(max_size=6)), max_size=40))
def test_extractors_any_text_keeps_evidence_in_bounds(parts):
    try:
        doc, facts = process_text(" ".join(parts))
    except IngestError as exc:
        assert exc.code == "E_EMPTY"
        return
    for f in facts:
        if isinstance(f, (Campaign, Award, Person)):
            ev = f.evidence
            assert 0 <= ev.sent_start <= ev.start <= ev.end <= ev.sent_end <= len(doc.text)
            assert doc.text[ev.start : ev.end] == ev.surface


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # sports, a player's position before the name
            "Thủ môn Trần Văn Khánh bị treo giò hai trận.",
            [("Trần Văn Khánh", "Thủ môn")],
        ),
        (  # sports, the position and the club in a parenthesis after the name
            "Lê Hoàng Nam (tiền vệ của Sông Lam Nghệ An) được giảm án kỷ luật.",
            [("Lê Hoàng Nam", "tiền vệ")],
        ),
        (  # a learned title with its field of study
            "Giáo sư sử học Phan Văn Lâm cho rằng cần bảo tồn di tích.",
            [("Phan Văn Lâm", "Giáo sư sử học")],
        ),
        (  # a former head coach
            "Cựu HLV trưởng Đỗ Văn Hòa vắng mặt tại buổi đối chất.",
            [("Đỗ Văn Hòa", "Cựu HLV trưởng")],
        ),
        (  # a list of deputies, each name followed by its constituency
            "Trả lời các ĐB Lê Quang Bình (Kon Tum), Nguyễn Thị Hằng (Cà Mau), Bộ trưởng nói rõ.",
            [("Lê Quang Bình", "ĐB"), ("Nguyễn Thị Hằng", None)],
        ),
        (  # "của" between capitalised words of the office's organisation
            "Trưởng Phòng Kỹ thuật của PMU 18 Lê Văn Toàn đã bị cách chức.",
            [("Lê Văn Toàn", "Trưởng Phòng Kỹ thuật của PMU 18")],
        ),
        (  # family names Tào and Bành
            "Đại biểu Tào Văn Phúc và ông Bành Văn Long dự họp.",
            [("Tào Văn Phúc", "Đại biểu"), ("Bành Văn Long", None)],
        ),
    ],
)
def test_persons_round4_families(text, expected):
    assert [(p.name, p.title) for p in persons_of(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Khoa Sử học Trường Đại học Khoa học Xã hội và Nhân văn tuyển sinh.",  # a field of study, no rank
        "Các cầu thủ của đội bóng Hà Nội tập luyện.",  # an occupation, no name
        "Trọng tài chính của trận đấu là người Hàn Quốc.",
    ],
)
def test_persons_round4_negatives(text):
    assert persons_of(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the segmenter glues the family name to a learned title in capitals
            "Dự có BS.CKII Vương Đình Lộc, Giám đốc Bệnh viện quận 3.",
            [("Vương Đình Lộc", "Giám đốc Bệnh viện quận 3")],
        ),
        (  # the family name Kha
            "TS. Kha Văn Minh, Hiệu trưởng nhà trường, phát biểu.",
            [("Kha Văn Minh", "Hiệu trưởng nhà trường")],
        ),
    ],
)
def test_persons_glued_to_a_title_in_capitals(text, expected):
    assert [(p.name, p.title) for p in persons_of(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # "các" inside a committee's name, right after its capitalised head
            "Chủ nhiệm Ủy ban các vấn đề xã hội Nguyễn Thị Hoài Thu đưa ra thực tế.",
            [("Nguyễn Thị Hoài Thu", "Chủ nhiệm Ủy ban các vấn đề xã hội")],
        ),
        (  # "cô gái", "chàng trai": forms of address, no title
            "Tham dự đại hội, cô gái Đinh Việt Anh đã thực sự gây ấn tượng.",
            [("Đinh Việt Anh", None)],
        ),
        (  # full names listed together, no title
            "Hồ Thanh Thưởng, Dương Hồng Sơn cũng cho rằng mình không có lỗi.",
            [("Hồ Thanh Thưởng", None), ("Dương Hồng Sơn", None)],
        ),
        (  # the title ends before a dash and a lowercase word, and before "lúc", "hồi"
            "Ông Nguyễn Hoàng Năng - Giám đốc Sở TDTT TP HCM - sau chuyến công tác đã phát biểu.",
            [("Nguyễn Hoàng Năng", "Giám đốc Sở TDTT TP HCM")],
        ),
        (
            "Đồng chí Nguyễn Trung Tín, Bí thư Tỉnh ủy lúc bấy giờ, đã dự.",
            [("Nguyễn Trung Tín", "Bí thư Tỉnh ủy")],
        ),
        (  # a dash before a capital stays inside the organisation
            "Ông Lê Văn An, Giám đốc Sở Nông nghiệp - Phát triển nông thôn, phát biểu.",
            [("Lê Văn An", "Giám đốc Sở Nông nghiệp - Phát triển nông thôn")],
        ),
        (  # a photo's credit after the name is no part of it
            "Khám xét nhà ông Nguyễn Mậu Thôn Ảnh: H.N",
            [("Nguyễn Mậu Thôn", None)],
        ),
        (  # the office before "và" is the previous person's; the name takes the one after it
            "Ông Nguyễn Hoàng Thụ - nguyên Giám đốc Sở TDTT Nghệ An và Nguyễn Hồng Thanh, nguyên Giám đốc điều "
            "hành CLB Sông Lam Nghệ An, đã có mặt.",
            [("Nguyễn Hoàng Thụ", "nguyên Giám đốc Sở TDTT Nghệ An"),
             ("Nguyễn Hồng Thanh", "nguyên Giám đốc điều hành CLB Sông Lam Nghệ An")],
        ),
        (  # a person of three syllables after a company still counts
            "Tổng Giám đốc Công ty Cổ phần Hoa Việt Nguyễn Mậu Thôn bị bắt.",
            [("Nguyễn Mậu Thôn", "Tổng Giám đốc Công ty Cổ phần Hoa Việt")],
        ),
    ],
)
def test_persons_round5_families(text, expected):
    assert [(p.name, p.title) for p in persons_of(text)] == expected


@pytest.mark.parametrize(
    "text",
    [
        # an office followed by a comma ends there: the unit after it is another's, its place no person
        "Năm nay, HTX DVNN Nguyên Xá giữ vai trò Khối trưởng, HTX DVNN Vũ Thắng là Khối phó.",
        # "các" right after the office still ends it: no organisation of the name
        "Giám đốc các sở Nguyễn Văn An đã có mặt.",
        # a girl from a place
        "Cô gái Hà Nội giành giải nhất.",
        # a name glued to the next word where a line break was lost: no name can be told
        "Ông Lê Thế ThọThế hệ 2 phát biểu.",
        # names of schools listed with another school's name
        "Tại cổng các trường Lê Quý Đôn, Nguyễn Thị Minh Khai, Marie Curie (quận 3) có nhiều học sinh.",
        # streets after "đường": the first is blocked, and a single name of a list is no list
        "Xe chạy qua các đường Nguyễn Thị Minh Khai, Nguyễn Đình Chiểu trong giờ cao điểm.",
        # names of two syllables listed (places, streets)
        "Các tỉnh Hà Tĩnh, Quảng Bình và Quảng Trị bị lũ.",
        # a company's own name of two syllables after its type
        "Tổng giám đốc Công ty TNHH Hoàng Long cho biết.",
        "Giám đốc Công ty TNHH TM - SX Hoàng Quan phát biểu.",
        # a street, a place, a deity
        "Giám đốc một salon trên đường Nguyễn Chí Thanh cho biết.",
        "Giám đốc Công ty đầu tư và phát triển Kỳ Hà - Chu Lai phát biểu.",
        "Bà Quan Âm được thờ ở chùa.",
    ],
)
def test_persons_round5_negatives(text):
    assert persons_of(text) == []


# ---------------------------------------------------------------------------------------------------
# Round 8 (awards branch): an organisation's capitalised word that is also a family name, ranks
# stacked before a signed name, links to other articles.

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # "Tỉnh Đoàn", "Thành Đoàn" after an office: the organisation, its place no person
            "Anh Lò Văn Sơn, Bí thư Tỉnh Đoàn Kon Tum, phát biểu.", [("Lò Văn Sơn", None)]),
        ("Bí thư Thành Đoàn Cần Thơ cho biết kết quả.", []),
        (  # a person may follow the organisation
            "Phó Bí thư Quận Đoàn Nguyễn Thị Mai phát biểu.", [("Nguyễn Thị Mai", "Phó Bí thư Quận Đoàn")]),
        (  # negative: the family name elsewhere still opens a name
            "Ông Đoàn Minh Tiến, Giám đốc Sở Xây dựng, phát biểu.", [("Đoàn Minh Tiến", "Giám đốc Sở Xây dựng")]),
    ],
)
def test_persons_org_word_that_is_a_family_name(text, expected):
    got = sorted((p.name, p.title) for p in persons_of(text))
    assert [name for name, _ in got] == [name for name, _ in sorted(expected)]
    assert all(want is None or title == want for (_, title), (_, want) in zip(got, sorted(expected), strict=True))


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # ranks stacked with dots before a signed name
            "TM. HỘI ĐỒNG TRƯỜNG\nCHỦ TỊCH\n\nPGS.TS. Lê Hoài Nam", ["Lê Hoài Nam"]),
        ("KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nThS. Đỗ Thị Kim Oanh", ["Đỗ Thị Kim Oanh"]),
        ("TRƯỞNG KHỐI\n\nĐại tá Phan Văn Lực", ["Phan Văn Lực"]),
    ],
)
def test_persons_signed_after_ranks(text, expected):
    assert [p.name for p in persons_of(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a run of linked lines whose first opens with a label of other articles
            "Ông Phạm Văn Hòa, Chủ tịch Hội Nông dân tỉnh, dự hội nghị.\n\n>> Đọc thêm: Mưa lớn ở miền Trung\n"
            ">> Ông Trịnh Quốc Bảo thăm ngư dân", ["Phạm Văn Hòa"]),
        (  # negative: linked lines with no such label are left as they are
            "Ông Phạm Văn Hòa, Chủ tịch Hội Nông dân tỉnh, dự hội nghị.\n>> Ông Trịnh Quốc Bảo, Giám đốc Sở Y tế, "
            "phát biểu.", ["Phạm Văn Hòa", "Trịnh Quốc Bảo"]),
    ],
)
def test_persons_not_in_linked_headlines(text, expected):
    assert sorted(p.name for p in persons_of(text)) == expected


# Round 8b (awards branch): a company's name that ends in what looks like a two-syllable name.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the company's role after a dash is no person's title
            "Xét đề nghị của Công ty cổ phần Vận tải Hà Lâm – Khối trưởng và Công ty TNHH Xây dựng Lê Gia – Khối "
            "phó Khối thi đua số 3.", []),
        (  # negative: a person's name after a lowercase address, or of three syllables, keeps its title
            "Công ty Than Hà Lầm có đồng chí Trần Văn Nam – Phó Giám đốc dự họp.", [("Trần Văn Nam", "Phó Giám đốc")]),
        ("Công ty cổ phần Sông Đà Nguyễn Văn Tám – Giám đốc.", [("Nguyễn Văn Tám", "Giám đốc")]),
    ],
)
def test_persons_round8b_company_names(text, expected):
    assert sorted((p.name, p.title) for p in persons_of(text)) == expected


# Round 8b (awards branch): a degree written short with its full stop; a department after the name.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # "CN." before a name the segmenter glues over the full stop; the department after the comma its post
            "Thư ký: CN. Hồ Thị Mỹ Lan, phòng Tổ chức cán bộ.", [("Hồ Thị Mỹ Lan", "phòng Tổ chức cán bộ")]),
        ("Thư ký: KS. Hồ Văn Bình, Phòng Kỹ thuật.", [("Hồ Văn Bình", "Phòng Kỹ thuật")]),
        ("Thư ký: ThS. Hồ Thị Hạnh.", [("Hồ Thị Hạnh", "ThS")]),
        (  # negative: an office after the comma tells more than the department
            "Mời dự: ông Đặng Văn Hòa, Trưởng phòng Tổ chức cán bộ Sở Y tế.",
            [("Đặng Văn Hòa", "Trưởng phòng Tổ chức cán bộ Sở Y tế")]),
        (  # negative: a place after "TP." is no person; a room is no department
            "Đoàn công tác đến TP. Hồ Chí Minh làm việc với Sở Y tế.", []),
        ("Ông Trần Văn Hải, phòng họp số 2.", [("Trần Văn Hải", None)]),
    ],
)
def test_persons_round8b_degrees_and_departments(text, expected):
    assert sorted((p.name, p.title) for p in persons_of(text)) == expected


# Round 9: the ranks of medicine below a doctor's, written right before a name.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tặng Bằng khen cho bác sĩ Trần Minh Quang và y sĩ Lò Văn Thắng của Trạm Y tế xã.",
         ["Lò Văn Thắng", "Trần Minh Quang"]),
        ("Nữ hộ sinh Hoàng Thị Lan và y tá Vi Thị Hằng được khen vì cứu sản phụ giữa lũ.",
         ["Hoàng Thị Lan", "Vi Thị Hằng"]),
        ("Lương y Đỗ Văn Thành nhận danh hiệu Thầy thuốc ưu tú.", ["Đỗ Văn Thành"]),
    ],
)
def test_persons_ranks_of_medicine(text, expected):
    assert sorted(p.name for p in persons_of(text)) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Tiễn biệt nhạc sĩ - NSND Phạm Tuân\nVới những cống hiến to lớn, ông được Nhà nước phong tặng danh hiệu"
        " Nghệ sĩ nhân dân.",
        "Tổng giám đốc Công ty TNHH Lê Minh\nNăm 2020, công ty được tặng Bằng khen của Bộ trưởng Bộ Công Thương.",
    ],
)
def test_a_name_of_two_syllables_ending_the_text_fails_nothing(text):
    """A unit's place read as a name right at the end of a sentence, with no words after it to be a
    person's full name, extracts what it can and never fails the document (was an IndexError)."""
    process_text(text)
