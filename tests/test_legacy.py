"""Legacy Vietnamese font encodings (TCVN3, VNI) and other leftovers in text, turned into Unicode.

The expected conversions below were typed independently of ``pipeline.legacy``'s tables, from
what the .VnTime and VNI-Times fonts draw for each code.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.legacy import (
    convert_legacy,
    decode_entities,
    decode_vietnamese,
    detect_legacy,
    find_repairs,
    is_syllable,
    repair_legacy,
)

GOOD = Path(__file__).parent / "data" / "read"


@pytest.mark.parametrize(("legacy", "unicode"), [
    ("t«n träng", "tôn trọng"),
    ("Ban chÊp hµnh §¶ng bé", "Ban chấp hành Đảng bộ"),
    ("Ph\u00ad¬ng ¸n thi ®ua", "Phương án thi đua"),
    ("Khèi thi ®ua c¸c tr\u00adêng ®¹i häc", "Khối thi đua các trường đại học"),
    ("Cê thi ®ua cña ChÝnh phñ", "Cờ thi đua của Chính phủ"),
    ("B»ng khen, Hu©n ch\u00ad¬ng Lao ®éng h¹ng Ba", "Bằng khen, Huân chương Lao động hạng Ba"),
    ("B¸O C¸O TæNG KÕT", "BÁO CÁO TỔNG KẾT"),  # .VnTimeH: capitals drawn from the lowercase codes
])
def test_convert_legacy_tcvn3(legacy, unicode):
    assert convert_legacy(legacy, "tcvn3") == unicode


@pytest.mark.parametrize(("legacy", "unicode"), [
    ("Vieät Nam", "Việt Nam"),
    ("Xin chaøo caùc baïn", "Xin chào các bạn"),
    ("Khoái thi ñua caùc tröôøng ñaïi hoïc", "Khối thi đua các trường đại học"),
    ("Côø thi ñua cuûa Chính phuû", "Cờ thi đua của Chính phủ"),
    ("Uûy ban nhaân daân tænh", "Ủy ban nhân dân tỉnh"),
    ("ÑAÏI HOÄI THI ÑUA YEÂU NÖÔÙC", "ĐẠI HỘI THI ĐUA YÊU NƯỚC"),
    ("Khuyeát taät, quyeát ñònh, ngoaëc keùp", "Khuyết tật, quyết định, ngoặc kép"),
])
def test_convert_legacy_vni(legacy, unicode):
    assert convert_legacy(legacy, "vni") == unicode


@pytest.mark.parametrize(("word", "valid"), [
    ("trọng", True), ("Nghiêng", True), ("khuỷu", True), ("người", True), ("quyết", True),
    ("giữ", True), ("gì", True), ("hoà", True), ("hòa", True), ("thuở", True), ("ĐẢNG", True),
    ("tóc", True), ("toc", False), ("tòc", False),  # a final c takes only the sắc or nặng tone
    ("aỏ", False), ("mía", True), ("míạ", False),  # the tone sits on the right vowel, once
    ("t«n", False), ("Vieät", False), ("coù", False), ("ka", False), ("vầ", False), ("Seán", False),
])
def test_is_syllable(word, valid):
    assert is_syllable(word) is valid


def test_is_syllable_not_strict_accepts_text_typed_without_tones():
    assert not is_syllable("môt") and is_syllable("môt", strict=False)
    assert not is_syllable("Kú") and is_syllable("Kú", strict=False)  # "Tà Kú", a place name


@pytest.mark.parametrize(("text", "scheme"), [
    ("Ban chÊp hµnh §¶ng bé tØnh", "tcvn3"),
    ("Ban chaáp haønh Ñaûng boä tænh", "vni"),
    ("Ban chấp hành Đảng bộ tỉnh", None),
    ("Zuberbühler, François và José", None),
    ("", None),
])
def test_detect_legacy(text, scheme):
    assert detect_legacy(text) == scheme


@pytest.mark.parametrize(("text", "repaired"), [
    # TCVN3 words left in Unicode text
    ("Cần t«n träng ý kiến của các đơn vị.", "Cần tôn trọng ý kiến của các đơn vị."),
    ("Đồng chí Nguyễn Văn Ph\u00ad¬ng phát biểu", "Đồng chí Nguyễn Văn Phương phát biểu"),
    # VNI words, and the capital vowel + code converters leave behind
    ("Đoàn công tác của Vieät Nam.", "Đoàn công tác của Việt Nam."),
    ("Oâng Vũ Ngọc Hải và bà Aùnh", "Ông Vũ Ngọc Hải và bà Ánh"),
    ("Toâi laø ngöôøi Vieät", "Tôi là người Việt"),  # "Toâi" alone could be a name: in a run it is VNI
    # a stray code left beside a converted letter
    ("Sự nhiệt tâm ấy đã đượåc đền bù.", "Sự nhiệt tâm ấy đã được đền bù."),
    ("Nhà văn Phư¬ơng", "Nhà văn Phương"),
    ("hơn nữäa với Thái Lan", "hơn nữa với Thái Lan"),
    # Ð (eth) written for Đ
    ("Ðảng ủy khối và Ðoàn thanh niên, ÐH Huế", "Đảng ủy khối và Đoàn thanh niên, ĐH Huế"),
])
def test_repair_legacy_fixes_leftovers(text, repaired):
    assert repair_legacy(text) == repaired


@pytest.mark.parametrize("text", [
    "Khối thi đua các bộ, ngành Nội chính Trung ương tổ chức hội nghị tổng kết năm 2022.",
    "ma phai đánh giá no vơi môt tinh cam chân tinh va môt trai tim",  # typed without tones
    "Zuberbühler, Jean-François, José Mourinho, Müller, São Paulo, España",
    "Thi TOEFL® iBT, bộ cảm biến 2080H×1560V, diện tích 9.199 m², ½ chặng đường, ±1 năm",
    "thư gửi « thế hệ mai sau » và «Đổi mới»",  # guillemets are not TCVN3 "ô"
    "Cáp treo Tà Kú, Mạy Kó",  # highland place names with k before a back vowel
    "-- Seán Captain",  # a name VNI would read as "Sến": an accident, not a run of legacy text
    "hạn chế về điåa điểm",  # which letter the stray code stood for is unknown: left alone
    "Nước cốt của ½ quả chanh. · Những thay đổi. °Giấy chứng nhận",
])
def test_repair_legacy_leaves_unicode_vietnamese_alone(text):
    assert repair_legacy(text) == text
    assert find_repairs(text) == []


def test_repair_legacy_whole_text_in_a_legacy_font():
    text = "Trong n¨m, c¸c ®¬n vÞ thÓ hiÖn sù ®oµn kÕt. Khèi tr\u00adëng lµ Së Y tÕ."
    assert repair_legacy(text) == "Trong năm, các đơn vị thể hiện sự đoàn kết. Khối trưởng là Sở Y tế."


def test_find_repairs_reports_where_and_why():
    text = "Hội nghị t«n träng ý kiến của Ðảng ủy"
    fixes = [(f.old, f.new, f.reason) for f in find_repairs(text)]
    assert fixes == [("t«n", "tôn", "tcvn3"), ("träng", "trọng", "tcvn3"), ("Ðảng", "Đảng", "eth")]
    assert all(text[f.start:f.end] == f.old for f in find_repairs(text))


@pytest.mark.parametrize(("text", "decoded"), [
    ("Dow Jones &amp; Co", "Dow Jones & Co"),
    ("giải &quot;Doanh nghiệp tiêu biểu&quot;", 'giải "Doanh nghiệp tiêu biểu"'),
    ("Hi&#7879;p h&#x1ED9;i", "Hiệp hội"),
    ("R&D, AT&T, &notice, &#;", "R&D, AT&T, &notice, &#;"),  # only complete references
])
def test_decode_entities(text, decoded):
    assert decode_entities(text) == decoded


@pytest.mark.parametrize(("name", "encoding"), [("tcvn3.txt", "tcvn3"), ("vni.txt", "vni")])
def test_decode_vietnamese_legacy_files(name, encoding):
    text, found = decode_vietnamese((GOOD / name).read_bytes())
    assert found == encoding
    assert text == (GOOD / "legacy_utf8.txt").read_text(encoding="utf-8")


def test_decode_vietnamese_cp1258_and_not_vietnamese():
    text, found = decode_vietnamese((GOOD / "cp1258.txt").read_bytes())
    assert found == "cp1258" and "Khối thi đua" in text.replace("ô\u0301", "ố")
    assert decode_vietnamese("Déjà vu, naïve café, Zürich".encode("cp1252")) is None


_SYLLABLES = ["thi", "đua", "khen", "thưởng", "Khối", "trưởng", "các", "bộ", "ngành", "năm", "được",
              "tôi", "là", "à", "ồ", "ở", "ý", "Ánh", "Ông", "chào", "quyết", "nghiêng"]


@settings(max_examples=80, deadline=None)
@given(st.lists(st.sampled_from(_SYLLABLES), max_size=30), st.sampled_from([" ", ", ", "\n", ". "]))
def test_repair_legacy_never_touches_vietnamese_syllables(words, separator):
    text = separator.join(words)
    assert repair_legacy(text) == text


@settings(max_examples=80, deadline=None)
@given(st.text(alphabet=st.characters(max_codepoint=0x1EFF, exclude_categories=("Cs",)), max_size=200))
def test_repair_legacy_any_text_no_crash_and_stable(text):
    once = repair_legacy(text)
    assert repair_legacy(once) == once
