"""Sentence splitting: a numbered item's number stays with its line, a list broken over lines
after a comma stays one sentence, and offsets always point into the text."""

from __future__ import annotations

import pytest

from pipeline.segment import split_sentences


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the number of a numbered item stays with the text it numbers
        ("1. Trạm Y tế xã Hải Hà;\n2. Trạm Y tế xã Hải Đông.",
         ["1. Trạm Y tế xã Hải Hà;", "2. Trạm Y tế xã Hải Đông."]),
        ("1.2. Kết quả thi đua", ["1.2. Kết quả thi đua"]),
        ("Năm 2022, Bộ A làm Khối trưởng. 1. Bộ B làm Khối phó.",
         ["Năm 2022, Bộ A làm Khối trưởng.", "1. Bộ B làm Khối phó."]),
        # a list that goes on in the next line after a comma
        ("Cụm gồm Công an các tỉnh: Lai Châu, Điện Biên,\nLào Cai và Yên Bái. Năm nay họp.",
         ["Cụm gồm Công an các tỉnh: Lai Châu, Điện Biên,\nLào Cai và Yên Bái.", "Năm nay họp."]),
        # not into the next item of a list, a table row, or across an empty line
        ("- Công an tỉnh A,\n- Công an tỉnh B.", ["- Công an tỉnh A,", "- Công an tỉnh B."]),
        ("1. Công an tỉnh A,\n2. Công an tỉnh B.", ["1. Công an tỉnh A,", "2. Công an tỉnh B."]),
        ("Danh sách như sau,\nSTT | Đơn vị", ["Danh sách như sau,", "STT | Đơn vị"]),
        ("Hà Nội,\n\nNgày 5", ["Hà Nội,", "Ngày 5"]),
    ],
)
def test_split_sentences_keeps_items_and_broken_lists_whole(text, expected):
    sents = split_sentences(text)
    assert [s.text for s in sents] == expected
    assert all(text[s.start : s.end] == s.text for s in sents)
