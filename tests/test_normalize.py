"""Normalisation and segmentation: the stored text and the offsets that point into it."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.normalize import find_body_end, find_dateline, normalize_text
from pipeline.segment import split_sentences


@pytest.mark.parametrize(("raw", "stored"), [
    ("Khối  thi\u00a0đua", "Khối thi đua"),                               # spaces folded
    (unicodedata.normalize("NFD", "Cụm thi đua"), "Cụm thi đua"),          # NFC
    ("Bộ Tư pháp\r\nlàm Khối trưởng.", "Bộ Tư pháp làm Khối trưởng."),     # wrapped line joined
    ("Hội nghị kết thúc.\nNăm 2023", "Hội nghị kết thúc.\nNăm 2023"),      # a new sentence stays a line
    ("1 | Công an tỉnh A | Cụm trưởng\nlàm tốt", "1 | Công an tỉnh A | Cụm trưởng\nlàm tốt"),  # table rows
    ("a\n\n\n\nb", "a\n\nb"),
    ("Khối\u200b thi đua\ufeff", "Khối thi đua"),
])
def test_normalize_text_stored_form(raw, stored):
    assert normalize_text(raw) == stored


@pytest.mark.parametrize("marker", ["Đọc thêm", "TIN LIÊN QUAN", "Cùng chuyên mục", "Tin liên quan:"])
def test_find_body_end_at_lists_of_other_articles(marker):
    text = f"Bài viết chính.\n{marker}\nMột bài khác."
    assert text[find_body_end(text):].startswith(marker)


def test_find_body_end_ignores_the_words_inside_a_sentence():
    assert find_body_end("Mời bạn đọc thêm các bài viết của chúng tôi.") == -1


@pytest.mark.parametrize(("text", "iso"), [
    ("Tiêu đề\n\n01/12/2022\nNội dung", "2022-12-01"),
    ("Thứ năm, 1/12/2022 14:30\nNội dung", "2022-12-01"),
    ("Năm 2022 có nhiều kết quả.\n30/11", None),
])
def test_find_dateline(text, iso):
    assert find_dateline(text) == iso


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
