"""The part-of-speech tags the rules read are underthesea's own: ``nlp._pos_tag`` feeds its CRF
the features underthesea builds, in one pass instead of a quadratic one."""

from __future__ import annotations

import pytest

from extractors import nlp

SENTENCES = [
    "Thứ trưởng Nguyễn Khánh Ngọc đề nghị các đơn vị tiếp tục đẩy mạnh phong trào thi đua.",
    "Đồng chí Ngô Văn Tuấn, Tổng Kiểm toán Nhà nước, trao Cờ thi đua của Chính phủ cho Kiểm toán nhà nước khu vực IV.",
    "CỤM THI ĐUA SỐ 5 TỔNG KẾT CÔNG TÁC NĂM 2021",
    "Năm 2022, Bộ Tư pháp được giao làm Khối trưởng, Ban Quản lý Lăng Chủ tịch Hồ Chí Minh làm Khối phó.",
    "1 | Công an tỉnh Quảng Ninh | 98,5 | Cờ thi đua của Chính phủ",
    "Thượng tướng Trần Quốc Tỏ, Uỷ viên BCHTW Đảng, Thứ trưởng Bộ Công an dự và phát biểu.",
    "“Ngành Tư pháp chung sức góp phần xây dựng nông thôn mới” – H'Ngân, Y Nuê Byă.",
    "Ảnh: Minh Anh",
    "",
    "a  b",
    "TP.HCM, 30/11 - Ông A (Phó Giám đốc) - 05-CT/TW & số III …",
]


@pytest.mark.parametrize("text", SENTENCES)
def test_pos_tags_equal_underthesea(text):
    from underthesea import pos_tag

    assert nlp._pos_tagger() is not None  # the pinned underthesea is laid out as expected
    assert list(nlp._pos_tag.__wrapped__(text)) == [tuple(w) for w in pos_tag(text)]


def test_features_of_a_short_sentence():
    _, template = nlp._pos_tagger()
    feats = nlp._pos_features(["Bộ", "Tư pháp"], template)
    expected = {"T[0].istitle=False", "T[-1].istitle=True", "T[1]=EOS", "T[-2]=BOS", "T[-1,0]=Bộ Tư pháp",
                "T[-2,-1][1]=BOS"}
    assert expected <= set(feats[1])


MATCHED = [
    "Sở Tư pháp được đề nghị xét tặng Cờ thi đua ngành Tư pháp; Thủ tướng trao tặng Bằng khen cho 3 tập thể.",
    "Kỷ niệm chương “Vì sự nghiệp giáo dục” và Huy hiệu 40 năm tuổi Đảng, danh hiệu Chiến sĩ thi đua toàn quốc.",
    "phát động phong trào thi đua “Dân vận khéo”, chủ đề năm 2023 và cuộc vận động “Người Việt Nam ưu tiên …”.",
    "Khối suy tôn X, đề nghị Chính phủ tặng; Cờ thi đua năm 2021 thuộc về Sở Y tế, chúc mừng Công an tỉnh.",
]


@pytest.mark.parametrize("pattern_file", ["awards.jsonl", "campaigns.jsonl"])
@pytest.mark.parametrize("text", MATCHED)
def test_fast_matcher_equals_the_span_ruler(pattern_file, text):
    from extractors.lines import find_patterns

    spacy = nlp.match_patterns(pattern_file, text, nlp.syllables(text))
    assert set(find_patterns(pattern_file, text)) == set(spacy)
