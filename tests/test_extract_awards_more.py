"""More phrasing families of awards, persons and campaigns, found in documents written by other
people: invented sentences of each with negatives, through the whole pipeline."""

from __future__ import annotations

import pytest

from pipeline.process import process_text
from schemas.facts import Award, Campaign, Person

# a line that lets a document past the cascade's trigger words and names nothing itself
CONTEXT = "\nHội nghị tổng kết công tác thi đua, khen thưởng."


def facts_of(text: str, kind: type) -> list:
    doc, facts = process_text(text + CONTEXT)
    return [f for f in facts if isinstance(f, kind)]


def awards_of(text: str) -> set[tuple[str, str, str]]:
    return {(a.award, a.recipient, a.status) for a in facts_of(text, Award)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a clause after ";" that opens with the award goes on with the verb of giving before it
            "Hội nghị thống nhất đề nghị tặng Cờ thi đua của Chính phủ cho Sở Tư pháp tỉnh Hà Nam; Cờ thi đua "
            "của Bộ Tư pháp cho Sở Tư pháp tỉnh Nam Định và Sở Tư pháp tỉnh Ninh Bình.",
            {("Cờ thi đua của Chính phủ", "Sở Tư pháp tỉnh Hà Nam", "proposed"),
             ("Cờ thi đua của Bộ Tư pháp", "Sở Tư pháp tỉnh Nam Định", "proposed"),
             ("Cờ thi đua của Bộ Tư pháp", "Sở Tư pháp tỉnh Ninh Bình", "proposed")},
        ),
        (  # … with "danh hiệu" before the award
            "Giám đốc Sở công nhận danh hiệu Tập thể lao động xuất sắc cho Khoa Nội; danh hiệu Chiến sĩ thi đua "
            "cấp cơ sở cho BSCKI Lê Thị Hồng Vân.",
            {("Tập thể lao động xuất sắc", "Khoa Nội", "granted"),
             ("Chiến sĩ thi đua cấp cơ sở", "Lê Thị Hồng Vân", "granted")},
        ),
        (  # ", và được …": the subject the sentence opens with, lists and dashes between
            "Với kết quả này, Viện kiểm sát nhân dân tỉnh Bình Phước là đơn vị dẫn đầu Cụm thi đua số 4, cụm gồm "
            "VKSND các tỉnh Bình Phước, Tây Ninh và Bà Rịa – Vũng Tàu, và được Cụm đề nghị tặng Cờ thi đua của "
            "Chính phủ.",
            {("Cờ thi đua của Chính phủ", "Viện kiểm sát nhân dân tỉnh Bình Phước", "proposed")},
        ),
        (  # the subject before an apposition between dashes
            "Sau hai mươi năm gắn bó với nông trường, anh Ksor Hyun – người thợ cạo mủ giỏi nhất đội – vừa được "
            "Thủ tướng Chính phủ tặng Bằng khen.",
            {("Bằng khen", "Ksor Hyun", "granted")},
        ),
        (  # a verb of saying ends the speaker's pieces; "anh Đạt" is the person named in full before;
            # "và năm 2018 được …" goes on with the same subject
            "Anh Trần Quốc Đạt là công nhân Phân xưởng Sàng tuyển. Ông Nguyễn Văn Lực, Quản đốc Phân xưởng, cho "
            "biết, anh Đạt đã hai lần được tặng Bằng khen của Bộ trưởng Bộ Công Thương và năm 2018 được Chủ tịch "
            "nước tặng thưởng Huân chương Lao động hạng Ba.",
            {("Bằng khen của Bộ trưởng Bộ Công Thương", "Trần Quốc Đạt", "granted"),
             ("Huân chương Lao động hạng Ba", "Trần Quốc Đạt", "granted")},
        ),
        (  # a team and the farm it belongs to are one recipient
            "Điều 2. Tặng Bằng khen của Tổng công ty cho 02 tập thể, gồm:\n"
            "- Nông trường Ea Hồ (Công ty Cà phê Phước An);\n"
            "- Đội sản xuất số 5, Nông trường Ea Kmát (Công ty Cà phê Phước An).",
            {("Bằng khen của Tổng công ty", "Nông trường Ea Hồ", "granted"),
             ("Bằng khen của Tổng công ty", "Đội sản xuất số 5, Nông trường Ea Kmát", "granted")},
        ),
        (  # a list after a colon ends at ";" when a verb of giving follows in the next clause
            "Năm 2019, Thủ tướng Chính phủ tặng Bằng khen cho 2 tập thể: Phòng Tổ chức cán bộ (Cục Hải quan tỉnh "
            "Nghệ An) và Chi cục Hải quan Cửa Lò; Bộ trưởng Bộ Tài chính tặng Bằng khen cho 9 tập thể.",
            {("Bằng khen", "Phòng Tổ chức cán bộ", "granted"), ("Bằng khen", "Chi cục Hải quan Cửa Lò", "granted"),
             ("Bằng khen", "9 tập thể", "granted")},
        ),
        (  # a bank's brand opens a new recipient after "và"
            "Khối đề nghị UBND tỉnh tặng Cờ thi đua cho Kho bạc Nhà nước tỉnh Kon Tum và Agribank Chi nhánh Kon "
            "Tum là hai đơn vị dẫn đầu.",
            {("Cờ thi đua", "Kho bạc Nhà nước tỉnh Kon Tum", "proposed"),
             ("Cờ thi đua", "Agribank Chi nhánh Kon Tum", "proposed")},
        ),
        (  # a place after "và" that shares the head of the name before it
            "Khu vực đề nghị Tổng Giám đốc tặng Bằng khen cho Agribank chi nhánh Bến Tre và Trà Vinh.",
            {("Bằng khen", "Agribank chi nhánh Bến Tre", "proposed"), ("Bằng khen", "Trà Vinh", "proposed")},
        ),
        (  # "xếp X dẫn đầu": the unit ranked first is the one proposed
            "Hội nghị đã bình xét, xếp xã Thạch Long dẫn đầu Cụm, đề nghị UBND huyện trình UBND tỉnh tặng Cờ thi "
            "đua của UBND tỉnh.",
            {("Cờ thi đua của UBND tỉnh", "xã Thạch Long", "proposed")},
        ),
        (  # a lowercase unit head of two syllables, the name cut at "với"
            "Trước đó, thị trấn Nghèn với 12 khối phố đã được tặng Giấy khen của UBND huyện.",
            {("Giấy khen của UBND huyện", "thị trấn Nghèn", "granted")},
        ),
        (  # the headline's abbreviation is the unit the text spells out
            "TAND tỉnh Long An đón nhận Huân chương Lao động hạng Ba\n\nPhó Chánh án Tòa án nhân dân tối cao đã "
            "trao Huân chương Lao động hạng Ba cho tập thể Tòa án nhân dân tỉnh Long An.",
            {("Huân chương Lao động hạng Ba", "Tòa án nhân dân tỉnh Long An", "granted")},
        ),
        (  # a verb in a headline in title case is still a verb (a capitalised one after a word is a name)
            "Công An Tỉnh Bắc Ninh Nhận Cờ Thi Đua Của Chính Phủ\n\nCông an tỉnh Bắc Ninh tổ chức lễ kỷ niệm.",
            {("Cờ Thi Đua Của Chính Phủ", "Công An Tỉnh Bắc Ninh", "granted")},
        ),
        # negatives
        (  # names joined by "và" that are one unit stay one
            "Bộ trưởng tặng Bằng khen cho Sở Giáo dục và Đào tạo và Trường Đại học Khoa học Xã hội và Nhân văn.",
            {("Bằng khen", "Sở Giáo dục và Đào tạo", "granted"),
             ("Bằng khen", "Trường Đại học Khoa học Xã hội và Nhân văn", "granted")},
        ),
        (  # a factory and a company after a comma are two recipients
            "Tổng Giám đốc tặng Bằng khen cho Nhà máy Xi măng Hoàng Thạch, Công ty Vật tư Vận tải.",
            {("Bằng khen", "Nhà máy Xi măng Hoàng Thạch", "granted"),
             ("Bằng khen", "Công ty Vật tư Vận tải", "granted")},
        ),
        (  # "tặng" after another award's "được": not the "cho" of the first award
            "Ông Phạm Văn Tài được nhận Bằng khen của Bộ trưởng và năm 2015 được Chủ tịch nước tặng Huân chương "
            "Lao động hạng Ba.",
            {("Bằng khen của Bộ trưởng", "Phạm Văn Tài", "granted"),
             ("Huân chương Lao động hạng Ba", "Phạm Văn Tài", "granted")},
        ),
        (  # the speaker of "cho biết" receives nothing
            "Ông Lê Văn Hùng, Giám đốc Công ty, cho biết, công ty đã được tặng Cờ thi đua của Chính phủ.",
            set(),
        ),
    ],
)
def test_award_families_round3(text, expected):
    assert awards_of(text) == expected


PERSONS = [  # (text, [(name, title)])
    ("Dự hội nghị có bà Lô Thị Mai, Phó Chủ tịch UBND tỉnh Sơn La.",
     [("Lô Thị Mai", "Phó Chủ tịch UBND tỉnh Sơn La")]),
    ("Ông Nay Blúp, Chủ tịch UBND xã Ia Ke, phát biểu.", [("Nay Blúp", "Chủ tịch UBND xã Ia Ke")]),
    ("Khen thưởng BSCKI Đào Thị Thu Hà và BS.CKII Phan Văn Lợi.",
     [("Đào Thị Thu Hà", "BSCKI"), ("Phan Văn Lợi", "BS.CKII")]),
    (  # the segmenter glued the name to the lowercase word after it
        "Phó Trưởng ban Lê Văn An và Chánh Văn phòng Đoàn Thành Lâm trông rất mệt mỏi.",
        [("Lê Văn An", "Phó Trưởng ban"), ("Đoàn Thành Lâm", "Chánh Văn phòng")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), PERSONS)
def test_person_families_round3(text, expected):
    assert sorted((p.name, p.title) for p in facts_of(text, Person)) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a verb of promoting before "phong trào", in a document about emulation work
            "Các đơn vị tiếp tục đẩy mạnh phong trào Toàn dân bảo vệ an ninh Tổ quốc, xây dựng nhiều mô hình hay.",
            ["Toàn dân bảo vệ an ninh Tổ quốc"],
        ),
        ("Các hội viên hưởng ứng phong trào Nông dân sản xuất kinh doanh giỏi trong năm.",
         ["Nông dân sản xuất kinh doanh giỏi"]),
        # negatives: no verb of promoting, a proper name only
        ("Lực lượng này ủng hộ phong trào Hồi giáo cực đoan ở miền nam.", []),
        ("Các đơn vị đẩy mạnh phong trào Fatah.", []),
    ],
)
def test_campaigns_promoted_unquoted(text, expected):
    assert [c.name for c in facts_of(text, Campaign)] == expected
