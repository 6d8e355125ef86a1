"""Normalisation and segmentation: the stored text and the offsets that point into it."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.normalize import drop_repeated_lines, find_body_end, is_nav_line, normalize, normalize_text
from pipeline.process import process
from pipeline.read import read_file
from pipeline.segment import split_sentences

GOOD = Path(__file__).parent / "data" / "read"
CAPTION = "Đồng chí Ngô Văn Tuấn phát biểu khai mạc Hội nghị. Ảnh Anh Thư"


@pytest.mark.parametrize(("raw", "stored"), [
    ("Khối  thi\u00a0đua", "Khối thi đua"),                               # spaces folded
    (unicodedata.normalize("NFD", "Cụm thi đua"), "Cụm thi đua"),          # NFC
    ("Bộ Tư pháp\r\nlàm Khối trưởng.", "Bộ Tư pháp làm Khối trưởng."),     # wrapped line joined
    ("Hội nghị kết thúc.\nNăm 2023", "Hội nghị kết thúc.\nNăm 2023"),      # a new sentence stays a line
    ("1 | Công an tỉnh A | Cụm trưởng\nlàm tốt", "1 | Công an tỉnh A | Cụm trưởng\nlàm tốt"),  # table rows
    ("a\n\n\n\nb", "a\n\nb"),
    ("Khối\u200b thi đua\ufeff", "Khối thi đua"),
    ("Cần t«n träng Ðảng ủy", "Cần tôn trọng Đảng ủy"),  # legacy leftovers repaired
    ("Ph\u00ad¬ng ¸n", "Phương án"),  # the soft hyphen is TCVN3 "ư" here: repaired before it goes
    (f"{CAPTION}\n{CAPTION}\nSáng 4/8, hội nghị", f"{CAPTION}\nSáng 4/8, hội nghị"),  # a caption saved twice
    (f"{CAPTION}\n\n{CAPTION}\n\nSáng 4/8", f"{CAPTION}\n\nSáng 4/8"),
    ("|\n • :\nTrang chủ | Tin tức\n\nKhối thi đua tổng kết", "Khối thi đua tổng kết"),  # a menu on top
])
def test_normalize_text_stored_form(raw, stored):
    assert normalize_text(raw) == stored


@pytest.mark.parametrize("lines", [
    ["1 | Sở Y tế | Thành viên", "1 | Sở Y tế | Thành viên"],  # table rows
    ["Thành viên", "Thành viên"],  # a list's short items
    [CAPTION, "Sáng 4/8, hội nghị", CAPTION],  # not consecutive
    ["", ""],
])
def test_drop_repeated_lines_keeps_everything_else(lines):
    assert drop_repeated_lines(lines) == lines


@pytest.mark.parametrize(("line", "nav"), [
    ("|", True), ("  • :", True), ("Trang chủ | Tin tức | Liên hệ", True), ("Trang chủ » Thi đua khen thưởng", True),
    ("Website đang trong giai đoạn thử nghiệm", True), ("Thời sự • Kinh tế • Thể thao", True),
    ("Thời sự: Khối thi đua tổng kết năm 2022", False), ("Khối thi đua - Bộ Tư pháp", False),
    ("1 | Sở Y tế | Thành viên", False),
])
def test_is_nav_line(line, nav):
    assert is_nav_line(line) is nav


@pytest.mark.parametrize("marker", ["Đọc thêm", "TIN LIÊN QUAN", "Cùng chuyên mục", "Tin liên quan:"])
def test_find_body_end_at_lists_of_other_articles(marker):
    text = f"Bài viết chính.\n{marker}\nMột bài khác."
    assert text[find_body_end(text):].startswith(marker)


def test_find_body_end_ignores_the_words_inside_a_sentence():
    assert find_body_end("Mời bạn đọc thêm các bài viết của chúng tôi.") == -1


@pytest.mark.parametrize(("tail", "marker"), [
    ("\nNguồn:VPCTN Copy link", "Nguồn:VPCTN"),
    ("\n\nChia sẻ\nFacebook\nZalo", "Chia sẻ"),
    ("\nTags: thi đua, khen thưởng\nCopy link", "Tags"),
    ("\nNguồn: Báo Quảng Ngãi\nTIN LIÊN QUAN\nCụm thi đua số 9", "Nguồn"),
    ("\nTrang chủ | Giới thiệu | Liên hệ", "Trang chủ"),
])
def test_find_body_end_at_share_and_source_lines(tail, marker):
    text = "Bài viết chính về Khối thi đua.\nĐoạn cuối của bài." + tail
    assert text[find_body_end(text):].startswith(marker)


@pytest.mark.parametrize("text", [
    "Nguồn: Báo cáo của Sở Nội vụ cho biết Khối thi đua có 12 đơn vị.\nĐoạn tiếp theo của bài.",
    "Bài viết.\nNguồn số liệu: Sở Nội vụ tỉnh đã tổng hợp ý kiến của 12 đơn vị trong Khối thi đua năm 2023",
    "Bài viết.\n1 | Sở Y tế | Thành viên",
])
def test_find_body_end_keeps_sources_inside_the_article(text):
    assert find_body_end(text) == -1


def test_saved_page_boilerplate_never_becomes_a_fact():
    raw = read_file(GOOD / "saved_page.txt")
    doc = normalize(raw, "saved", "saved_page.txt")
    assert doc.title == "Khối thi đua các sở, ngành tỉnh tổng kết năm 2023"
    assert doc.published == "2024-01-11"  # "Sáng 11/01" in the year of "Thứ Sáu, 12/01/2024"
    assert doc.text.count("Ảnh: Minh Hà") == 1
    assert doc.text[doc.body_end:].startswith("Nguồn: Báo Quảng Ngãi Copy link")
    assert "Trang chủ" not in doc.text and "|" not in doc.text
    _, facts = process(raw, "saved", "saved_page.txt")
    assert facts and all(fact.evidence.end <= doc.body_end for fact in facts)
    assert not any("Sở Nội vụ" in fact.evidence.surface or "Cụm thi đua số 9" in fact.evidence.surface
                   for fact in facts)


def test_split_sentences_offsets_point_into_text():
    text = "Chiều 30/11, Cụm thi đua số III tổ chức hội nghị. TS. Nguyễn Văn A phát biểu.\nDòng hai"
    sents = split_sentences(text)
    assert [s.text for s in sents][-1] == "Dòng hai"
    assert all(text[s.start:s.end] == s.text for s in sents)
    assert len(sents) >= 3


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=300))
def test_normalize_and_split_never_lose_offsets(raw):
    text = normalize_text(raw)
    for s in split_sentences(text):
        assert 0 <= s.start < s.end <= len(text)
        assert text[s.start:s.end] == s.text


def test_normalize_text_joins_lines_wrapped_by_a_pdf_page():
    raw = ("Khối thi đua các doanh nghiệp Trung ương trên địa bàn tỉnh gồm 07 đơn vị: Công ty A, Công ty B,\n"
           "Viễn thông Quảng Ngãi, Bưu điện tỉnh Quảng Ngãi, Viettel Quảng Ngãi, Chi nhánh Ngân hàng C\n"
           "và Công ty Thủy điện D; mỗi đơn vị cử lãnh đạo tham dự đầy đủ, đạt 100% thành phần.\n"
           "Hội nghị đã bầu Viễn thông Quảng Ngãi làm Khối phó năm 2020 thay cho Bưu điện tỉnh Quảng\n"
           "Ngãi, đơn vị đã hoàn thành tốt nhiệm vụ Khối phó trong năm 2019 vừa qua với nhiều đổi mới.\n"
           "2. Các đơn vị đã ký kết giao ước thi đua năm 2020 với nhiều chỉ tiêu cụ thể và thiết thực.\n"
           "1 | Công an tỉnh Thanh Hóa | Cụm trưởng năm 2021 và đơn vị dẫn đầu phong trào thi đua năm\n"
           "Ghi chú")
    lines = normalize_text(raw, layout=True).split("\n")
    assert lines[0].endswith("đạt 100% thành phần.")           # a list wrapped over three lines, one line
    assert lines[1].startswith("Hội nghị") and "Bưu điện tỉnh Quảng Ngãi, đơn vị" in lines[1]
    assert lines[2].startswith("2. Các đơn vị")                 # a new item stays a line
    assert lines[3].startswith("1 | ") and lines[4] == "Ghi chú"  # table rows are never joined
    assert normalize_text(raw).count("\n") == 6                 # plain text: only the lowercase "và" line joins
