"""Emulation bodies (blocs, clusters) through the whole pipeline: the many ways a body is
named across sectors, where a name ends, parents, and the words that look like bodies but are
not; and a property test: any text goes through without a crash, evidence in bounds."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extractors.nlp import match_patterns as spacy_match_patterns
from extractors.phrases import match_patterns, read_tokens
from pipeline.process import process_text
from schemas.errors import IngestError
from schemas.facts import Body, Chair, Member


def bodies_of(text: str) -> set[tuple[str, str, str | None]]:
    doc, facts = process_text(text)
    found = [f for f in facts if isinstance(f, Body)]
    for f in found:
        assert doc.text[f.evidence.start : f.evidence.end] == f.evidence.surface
        assert f.evidence.surface.startswith(f.name) or f.evidence.rule == "bodies/bare_number"  # "(Khối 2)"
    return {(f.name, f.kind, f.parent) for f in found}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # police, numbered cluster, parent after a dash
            "Sáng 15/1, Cụm thi đua số 8 – Bộ Công an tổ chức hội nghị tổng kết công tác năm 2023.",
            {("Cụm thi đua số 8", "cluster", "Bộ Công an")},
        ),
        (  # parent in brackets
            "Cụm thi đua số 5 (Bộ Công an) đã ký kết giao ước thi đua năm 2024.",
            {("Cụm thi đua số 5", "cluster", "Bộ Công an")},
        ),
        (  # cooperatives, parent after "của"; the year ends nothing but the sentence
            "Hội nghị của Cụm thi đua số 2 của Liên minh HTX Việt Nam diễn ra tại Hưng Yên.",
            {("Cụm thi đua số 2", "cluster", "Liên minh HTX Việt Nam")},
        ),
        (  # procuracies, numbered bloc, then a year
            "Hội nghị tổng kết Khối thi đua số 10 năm 2022 của ngành Kiểm sát diễn ra tại Nha Trang.",
            {("Khối thi đua số 10", "bloc", None)},
        ),
        (  # Roman numerals, with and without "thi đua"
            "Phong trào thi đua được đẩy mạnh. Khối VII đã ký giao ước; Cụm thi đua III cũng vậy.",
            {("Khối VII", "bloc", None), ("Cụm thi đua III", "cluster", None)},
        ),
        (  # a provincial bloc ending in a Roman numeral
            "Khối các cơ quan tham mưu I đã tổ chức ký kết giao ước thi đua năm 2023.",
            {("Khối các cơ quan tham mưu I", "bloc", None)},
        ),
        (  # a regional cluster of provinces
            "Cụm thi đua các tỉnh miền Đông Nam Bộ tổ chức hội nghị sơ kết công tác thi đua.",
            {("Cụm thi đua các tỉnh miền Đông Nam Bộ", "cluster", None)},
        ),
        (  # the comma of "bộ, ngành" stays in the name; "năm 2022" ends it
            "Khối thi đua các bộ, ngành Nội chính Trung ương năm 2022 do Bộ Tư pháp làm Khối trưởng.",
            {("Khối thi đua các bộ, ngành Nội chính Trung ương", "bloc", None)},
        ),
        (  # a short form in a text about emulation
            "Công tác thi đua ở từng bộ, ngành trong Khối Nội chính Trung ương đã có nhiều đổi mới.",
            {("Khối Nội chính Trung ương", "bloc", None)},
        ),
        (  # justice, a bloc named without "thi đua"
            "Tại hội nghị thi đua, Khối cơ quan Tư pháp các tỉnh Đồng bằng Bắc Bộ cam kết bám sát nhiệm vụ.",
            {("Khối cơ quan Tư pháp các tỉnh Đồng bằng Bắc Bộ", "bloc", None)},
        ),
        (  # a region ("Khu vực thi đua") is a bloc
            "Khu vực thi đua Tây Nguyên tổ chức hội nghị triển khai nhiệm vụ năm 2024.",
            {("Khu vực thi đua Tây Nguyên", "bloc", None)},
        ),
        (  # army, units of a military region, a number inside the name
            "Khối thi đua các đơn vị Quân khu 7 tổ chức hội nghị tổng kết phong trào Thi đua Quyết thắng.",
            {("Khối thi đua các đơn vị Quân khu 7", "bloc", None)},
        ),
        (  # army, "và" joins a unit into the name
            "Khối thi đua các quân khu và Bộ Tư lệnh Thủ đô Hà Nội gồm 8 đơn vị.",
            {("Khối thi đua các quân khu và Bộ Tư lệnh Thủ đô Hà Nội", "bloc", None)},
        ),
        (  # universities, a comma between lower-case nouns
            "Cụm thi đua các trường đại học, cao đẳng khu vực miền Trung ký kết giao ước thi đua.",
            {("Cụm thi đua các trường đại học, cao đẳng khu vực miền Trung", "cluster", None)},
        ),
        (  # companies, a tagged-as-verb word inside the name
            "Khối thi đua các doanh nghiệp xây dựng của tỉnh ký kết giao ước.",
            {("Khối thi đua các doanh nghiệp xây dựng", "bloc", None)},
        ),
        (  # a dash inside the name
            "Khối thi đua Văn hóa - Xã hội tỉnh Nghệ An gồm 15 đơn vị.",
            {("Khối thi đua Văn hóa - Xã hội tỉnh Nghệ An", "bloc", None)},
        ),
        (  # courts, "cấp cao" belongs to the name
            "Khối thi đua các Tòa án nhân dân cấp cao tổng kết năm 2022.",
            {("Khối thi đua các Tòa án nhân dân cấp cao", "bloc", None)},
        ),
        (  # "nói riêng" ends the name
            "Năm 2023 còn nhiều thách thức đối với Khối Thi đua các bộ, ngành tổng hợp nói riêng.",
            {("Khối Thi đua các bộ, ngành tổng hợp", "bloc", None)},
        ),
        (  # a headline in capitals
            "KHỐI THI ĐUA CÁC BỘ, NGÀNH NỘI CHÍNH TRUNG ƯƠNG TỔNG KẾT CÔNG TÁC THI ĐUA NĂM 2022",
            {("KHỐI THI ĐUA CÁC BỘ, NGÀNH NỘI CHÍNH TRUNG ƯƠNG", "bloc", None)},
        ),
    ],
)
def test_bodies_found_with_name_kind_and_parent(text, expected):
    assert bodies_of(text) == expected


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # sector words the tagger reads as verbs stay in a descriptive name
        ("Khối thi đua các công ty than lộ thiên tổ chức hội nghị sơ kết.", "Khối thi đua các công ty than lộ thiên"),
        ("Khối thi đua các lữ đoàn hải quân ký giao ước năm 2021.", "Khối thi đua các lữ đoàn hải quân"),
        ("Cụm thi đua các trường cao đẳng y tế miền Bắc họp tại Nam Định.",
         "Cụm thi đua các trường cao đẳng y tế miền Bắc"),
        ("Khối thi đua các đơn vị phòng không lục quân tổng kết năm 2019.",
         "Khối thi đua các đơn vị phòng không lục quân"),
        # "và" inside a sector name, "và các" joining a second group of members
        ("Cụm thi đua các Sở Tài nguyên và Môi trường khu vực Tây Bắc họp tại Sơn La.",
         "Cụm thi đua các Sở Tài nguyên và Môi trường khu vực Tây Bắc"),
        ("Khối thi đua các cơ quan Đảng và các đoàn thể tỉnh Lào Cai phát động thi đua.",
         "Khối thi đua các cơ quan Đảng và các đoàn thể tỉnh Lào Cai"),
        ("Cụm thi đua các tỉnh Tây Bắc và Việt Bắc ký kết giao ước.", "Cụm thi đua các tỉnh Tây Bắc và Việt Bắc"),
        # a generic name is named with what follows "thuộc"
        ("Khối thi đua các cơ quan chuyên môn thuộc UBND thị xã tổ chức hội nghị.",
         "Khối thi đua các cơ quan chuyên môn thuộc UBND thị xã"),
        ("Khối thi đua các tỉnh, thành phố trực thuộc Trung ương ký kết giao ước năm 2023.",
         "Khối thi đua các tỉnh, thành phố trực thuộc Trung ương"),
        # a series of capitalised names that "và" closes
        ("Khối thi đua các cơ quan Đảng, Mặt trận và đoàn thể tỉnh Bình Định tổng kết năm 2024.",
         "Khối thi đua các cơ quan Đảng, Mặt trận và đoàn thể tỉnh Bình Định"),
        # a river in a region's name
        ("Cụm thi đua các tỉnh, thành phố Đồng bằng sông Hồng ký kết giao ước thi đua năm 2014.",
         "Cụm thi đua các tỉnh, thành phố Đồng bằng sông Hồng"),
    ],
)
def test_bodies_descriptive_names_read_to_their_end(text, name):
    assert {n for n, _, _ in bodies_of(text)} == {name}


def test_bodies_a_distinctive_name_keeps_its_parent_apart():
    text = "Khối thi đua các doanh nghiệp dệt may thuộc Tập đoàn Dệt May Việt Nam ký giao ước."
    assert bodies_of(text) == {("Khối thi đua các doanh nghiệp dệt may", "bloc", "Tập đoàn Dệt May Việt Nam")}


@pytest.mark.parametrize(
    "text",
    [
        "Ban Thi đua hướng dẫn các Khối thi đua thuộc tỉnh đăng ký danh hiệu thi đua.",
        "Hội nghị có sự tham gia của hai khối thi đua sư đoàn và các đơn vị trực thuộc.",
        "Những Cụm thi đua có nhiều đơn vị mới cần sớm xây dựng quy chế thi đua.",
        "Năm nay 3 Cụm thi đua đã hoàn thành chấm điểm thi đua.",
    ],
)
def test_bodies_none_for_several_bodies_at_once(text):
    assert bodies_of(text) == set()


def test_bodies_one_number_under_two_parents_named_with_parents():
    text = ("Bộ Chỉ huy Bộ đội Biên phòng tỉnh An Giang là Cụm trưởng Cụm thi đua số 3 - Bộ đội Biên phòng."
            " Cụm thi đua số 3 ký giao ước thi đua. Công an tỉnh An Giang làm Cụm phó Cụm thi đua số 3"
            " (Bộ Công an).")
    _, facts = process_text(text)
    names = [f.name for f in facts if isinstance(f, Body)]
    assert names == ["Cụm thi đua số 3 - Bộ đội Biên phòng"] * 2 + ["Cụm thi đua số 3 (Bộ Công an)"]
    chairs = {(f.body, f.holder) for f in facts if isinstance(f, Chair)}
    assert chairs == {("Cụm thi đua số 3 - Bộ đội Biên phòng", "Bộ Chỉ huy Bộ đội Biên phòng tỉnh An Giang"),
                      ("Cụm thi đua số 3 (Bộ Công an)", "Công an tỉnh An Giang")}


MATCH_SENTENCES = [
    "Cụm thi đua số 5 (Bộ Công an) gồm Công an các tỉnh Lạng Sơn, Cao Bằng và Hà Giang.",
    "Năm 2022, Bộ Tư pháp được giao làm Khối trưởng, Ban Quản lý Lăng làm Phó Khối trưởng.",
    "Khối thi đua các bộ, ngành Nội chính Trung ương có 9 thành viên: Bộ Công an, Bộ Quốc phòng.",
    "Công an tỉnh A và Công an tỉnh B là các đơn vị thành viên của Cụm thi đua số 8; Đây là Cụm trưởng.",
    "Cục trưởng Cục Hộ tịch, quốc tịch, chứng thực Nguyễn Thanh Hải, Đại tá Trần Văn B, Trưởng khu vực.",
]


@pytest.mark.parametrize("pattern_file", ["bodies.heads.jsonl", "chairs.roles.jsonl", "members.triggers.jsonl",
                                          "units.jsonl"])
def test_bodies_pattern_files_match_as_the_span_ruler_does(pattern_file):
    """The syllable matcher of ``extractors.phrases`` finds what spaCy's span ruler finds."""
    for text in MATCH_SENTENCES:
        toks = read_tokens(text)
        assert match_patterns(pattern_file, toks) == spacy_match_patterns(pattern_file, text, list(toks))


NEGATIVES = [
    # no distinguishing tail, or a generic one
    "Về phương hướng năm 2023, Khối thi đua cần tập trung thực hiện một số nhiệm vụ trọng tâm.",
    "Ngay từ đầu năm, các đơn vị trong Cụm đã phát động phong trào thi đua.",
    "Thứ trưởng đề nghị Trưởng, Phó trưởng Cụm Thi đua tiếp tục nâng cao nhận thức về thi đua.",
    "Các cụm, khối thi đua đã chủ động phát động phong trào thi đua yêu nước.",
    "Khối cơ quan Tư pháp các Khu vực sôi nổi ký kết giao ước thi đua năm 2018.",
    # other senses of "khối" and "cụm", in texts about emulation
    "Phong trào thi đua được phát động. Bệnh viện đã mổ thành công khối u nặng 3 kg.",
    "Thi đua hoàn thành khối lượng công việc lớn trong năm.",
    "Khối ngoại bán ròng trong phiên, các nhà đầu tư thi đua chốt lời.",
    "Các nước khối ASEAN thi đua phát triển kinh tế số.",
    "Phong trào thi đua yêu nước góp phần củng cố khối đại đoàn kết toàn dân tộc.",
    "Thi đua học tốt, học sinh khối 12 và thí sinh thi khối A, khối D1 đạt điểm cao.",
    "Đảng ủy Khối các cơ quan Trung ương phát động phong trào thi đua năm 2023.",
    "Đảng bộ Khối Doanh nghiệp tỉnh phát động thi đua lao động sản xuất.",
    "Phong trào thi đua tại cụm công nghiệp Quế Võ và cụm dân cư số 3 được chú trọng.",
    "Trong cụm từ 'thi đua', chữ thi đua mang nghĩa cố gắng.",
    # crime news without any emulation context
    "Ông Nguyễn Văn Tâm, cụm trưởng cụm dân cư số 5, bị bắt vì tổ chức đánh bạc.",
    "Công an xác định nghi phạm là cụm trưởng Cụm 3 dân phòng ở phường Tân Định.",
    # no "thi đua" at all: nothing, even for a well-formed name
    "Khối các cơ quan Trung ương tổ chức hội nghị cán bộ chủ chốt.",
]


@pytest.mark.parametrize("text", NEGATIVES)
def test_bodies_none_in_lookalikes(text):
    _, facts = process_text(text)
    assert not [f for f in facts if isinstance(f, (Body, Chair, Member))]


FRAGMENTS = [
    "Khối thi đua", "Cụm thi đua số III", "Khối VII", "Khu vực thi đua", "các bộ, ngành", "Cụm trưởng",
    "Khối phó", "gồm:", " | ", "Bộ Tư pháp", "Công an tỉnh Lạng Sơn", "năm 2023", "(", ")", " – ", ",",
    "\n", "là", "làm", "trao cờ luân lưu", "cho", "thuộc", "Nguyễn Văn A", "Cục trưởng", "KHỐI THI ĐUA",
]


@settings(max_examples=50, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(FRAGMENTS) | st.text(max_size=12), max_size=25))
def test_bodies_any_text_no_crash_offsets_in_bounds(parts):
    text = " ".join(parts)
    try:
        doc, facts = process_text(text)
    except IngestError as exc:
        assert exc.code == "E_EMPTY"
        return
    for f in facts:
        ev = f.evidence
        assert 0 <= ev.sent_start <= ev.start <= ev.end <= ev.sent_end <= len(doc.text)
        assert doc.text[ev.start : ev.end] == ev.surface


@pytest.mark.parametrize(
    "text",
    [
        # places of a list after a name are no series of the name
        "Khối thi đua các tỉnh Hà Nam, Nam Định và Ninh Bình ký giao ước.",
        # a comma before a person
        "Khối thi đua các cơ quan Đảng, Nguyễn Văn An và các đồng chí khác dự hội nghị.",
    ],
)
def test_bodies_a_series_needs_names_and_a_closing_group(text):
    assert all("," not in n for n, _, _ in bodies_of(text))


def test_bodies_one_number_in_two_sectors_named_with_the_sector():
    text = ("Cụm thi đua số 7 ngành Tòa án nhân dân tổ chức hội nghị. Năm 2018, TAND tỉnh Bạc Liêu làm Cụm trưởng."
            " Cùng tuần, VKSND tỉnh Cà Mau đăng cai hội nghị Cụm thi đua số 7 ngành Kiểm sát nhân dân. Cụm thi đua số"
            " 7 của ngành Kiểm sát gồm 3 đơn vị: VKSND các tỉnh Cà Mau, Bạc Liêu và Kiên Giang.")
    _, facts = process_text(text)
    assert [f.name for f in facts if isinstance(f, Body)] == [
        "Cụm thi đua số 7 ngành Tòa án nhân dân", "Cụm thi đua số 7 ngành Kiểm sát nhân dân",
        "Cụm thi đua số 7 của ngành Kiểm sát"]
    assert {f.body for f in facts if isinstance(f, Chair)} == {"Cụm thi đua số 7 ngành Tòa án nhân dân"}
    assert {f.body for f in facts if isinstance(f, Member)} == {"Cụm thi đua số 7 của ngành Kiểm sát"}


def test_bodies_a_sector_and_a_unit_of_it_are_one_parent():
    text = ("Cụm thi đua số IX ngành Thuế tổng kết năm 2019. Cục Thuế tỉnh Quảng Trị chủ trì hội nghị của Cụm thi"
            " đua số 9 của Tổng cục Thuế.")
    _, facts = process_text(text)
    assert {(f.name, f.parent) for f in facts if isinstance(f, Body)} == {
        ("Cụm thi đua số IX", "ngành Thuế"), ("Cụm thi đua số 9", "Tổng cục Thuế")}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # "Cụm 9" after the document named "Cụm thi đua số 9": the same body, its parent kept
            "Cụm thi đua số 9 (Tổng cục Thuế) tổng kết năm 2019. Năm 2020, Cụm 9 sẽ tổ chức hội thao.",
            {("Cụm thi đua số 9", "cluster", "Tổng cục Thuế"), ("Cụm 9", "cluster", "Tổng cục Thuế")},
        ),
        (  # "Khối 5" after "Khối thi đua số 5"
            "Khối thi đua số 5 ký giao ước. Khối 5 có 8 bệnh viện.",
            {("Khối thi đua số 5", "bloc", None), ("Khối 5", "bloc", None)},
        ),
        # no full name before: a bare number is nothing
        ("Cụm 9 tổ chức hội thao thi đua. Cụm thi đua số 9 ký giao ước.", {("Cụm thi đua số 9", "cluster", None)}),
        # another number, a count, lower case
        ("Cụm thi đua số 3 ký giao ước thi đua. Cụm 4 chưa họp.", {("Cụm thi đua số 3", "cluster", None)}),
        ("Cụm thi đua số 3 ký giao ước thi đua. Cụm 3 xã vùng cao được hỗ trợ.",
         {("Cụm thi đua số 3", "cluster", None)}),
        ("Khối thi đua số 10 ký giao ước thi đua. Học sinh khối 10 nghỉ học.", {("Khối thi đua số 10", "bloc", None)}),
    ],
)
def test_bodies_a_bare_number_after_the_full_name(text, expected):
    assert bodies_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a group named by a capitalised word, then one in lower case
            "Khối thi đua các cơ quan Đảng, đoàn thể tỉnh ký giao ước.",
            {("Khối thi đua các cơ quan Đảng, đoàn thể tỉnh", "bloc", None)},
        ),
        (  # "hiện" ends a name
            "Khối thi đua các công ty cà phê Tây Nguyên họp. Khối thi đua hiện bao gồm 7 công ty.",
            {("Khối thi đua các công ty cà phê Tây Nguyên", "bloc", None)},
        ),
        (  # a verb after the parent ends it; an unclosed bracket is no parent
            "Cụm thi đua số 6 thuộc Viện kiểm sát nhân dân tối cao tổ chức hội nghị. Cụm phối hợp với Khối thi đua số 1"
            " (Công ty Điện lực Hải Dương giữ vai trò Khối trưởng).",
            {("Cụm thi đua số 6", "cluster", "Viện kiểm sát nhân dân tối cao"), ("Khối thi đua số 1", "bloc", None)},
        ),
        (  # a bare number in brackets after a name is its short name, later too
            "Khối thi đua các đơn vị chủ lực (Khối 2) tổng kết năm 2008. Khối 2: Khối trưởng – Sư đoàn 4.",
            {("Khối thi đua các đơn vị chủ lực", "bloc", None)},
        ),
    ],
)
def test_bodies_names_that_end_and_short_names(text, expected):
    assert bodies_of(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "năm 2023 Cụm thi đua số III ²\x1b0",  # found by the property test above
        "Khối thi đua số ² gồm ³ đơn vị: Sở A, Sở B, Sở C.",
        "Năm ²⁰²³, Sở Tư pháp tỉnh A làm Cụm trưởng Cụm thi đua số ①.",
    ],
)
def test_digits_that_are_no_decimal_digits_fail_nothing(text):
    """Superscripts and circled numbers are digits to str.isdigit but not to int(): the rules read
    numbers with str.isdecimal, so such text extracts what it can and never fails the document."""
    process_text(text)
