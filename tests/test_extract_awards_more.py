"""More phrasing families of awards, persons and campaigns, found in documents written by other
people: invented sentences of each with negatives, through the whole pipeline."""

from __future__ import annotations

import pytest

from pipeline.process import process_text
from schemas.facts import Award, Campaign, Person
from schemas.names import canon

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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # "cho ông" after "ông X": the foreign full name that ends with X, named a sentence before
            "Chủ tịch UBND tỉnh Trần Văn Bình tiếp Đại sứ Ba Lan Marek Kowalski. Ông Bình cảm ơn ông Kowalski và "
            "trao tặng Kỷ niệm chương Vì sự nghiệp xây dựng tỉnh cho ông nhằm ghi nhận những đóng góp.",
            {("Kỷ niệm chương Vì sự nghiệp xây dựng tỉnh", "Marek Kowalski", "granted")},
        ),
        (  # a lowercase sector and its place, "có được"
            "Dù vậy, bóng đá Đồng Tháp vẫn có được tấm Bằng khen của Bộ trưởng.",
            {("Bằng khen của Bộ trưởng", "bóng đá Đồng Tháp", "granted")},
        ),
        ("Năm qua, giáo dục Quảng Trị được Thủ tướng tặng Cờ thi đua của Chính phủ.",
         {("Cờ thi đua của Chính phủ", "giáo dục Quảng Trị", "granted")}),
        # negatives: a sector with no place names no one; nobody named before "ông Kowalski"
        ("Năm nay, thể thao lại có được tấm bằng khen của bộ trưởng.", set()),
        ("Ông Bình cảm ơn ông Kowalski và trao tặng Huy hiệu của tỉnh cho ông nhằm ghi nhận đóng góp.", set()),
        # the headline of another article, its date glued on, yields nothing
        ("Công an tỉnh Lào Cai đón nhận Huân chương Bảo vệ Tổ quốc hạng Nhì(12/10/2005)", set()),
        (  # "được tặng cho": the verb right before its "cho"; a list after a colon goes on across ";"
            "Giấy khen của Giám đốc Sở được tặng cho 2 cá nhân: ThS Lê Thị Hạnh, Trưởng phòng Tổ chức; ông Đỗ Văn "
            "Lâm, Phó phòng Kế hoạch.",
            {("Giấy khen của Giám đốc Sở", "Lê Thị Hạnh", "granted"),
             ("Giấy khen của Giám đốc Sở", "Đỗ Văn Lâm", "granted")},
        ),
        (  # the names before "và" a group that heads the list after a colon; a place that looks like a verb
            "Ông Hưng trao Bằng khen cho Sở Y tế tỉnh Quảng Bình và 02 cá nhân: bà Hoàng Thị Mơ, Trưởng phòng; ông "
            "Lê Quang Vũ, Giám đốc Trung tâm Y tế huyện Phong Điền.",
            {("Bằng khen", "Sở Y tế tỉnh Quảng Bình", "granted"), ("Bằng khen", "Hoàng Thị Mơ", "granted"),
             ("Bằng khen", "Lê Quang Vũ", "granted")},
        ),
        (  # a word of a company's name that is also a verb ("Phong"), "đồng" that is no "đồng thời"
            "Chủ tịch tỉnh trao Bằng khen cho 3 doanh nghiệp, gồm: Công ty TNHH Giấy Phong Sơn, Hợp tác xã Đúc đồng "
            "Trà Đông và Công ty cổ phần Gốm Biên Hòa.",
            {("Bằng khen", "Công ty TNHH Giấy Phong Sơn", "granted"), ("Bằng khen", "Hợp tác xã Đúc đồng Trà Đông",
                                                                      "granted"),
             ("Bằng khen", "Công ty cổ phần Gốm Biên Hòa", "granted")},
        ),
        (  # a list after "gồm:" goes on across ";", offices after each name skipped
            "Ba cá nhân được tặng Huy chương Chiến sĩ vẻ vang hạng Nhì gồm: Trung tá Lý Văn Sang, Đồn trưởng Đồn "
            "Biên phòng A; Thiếu tá Thạch Ngọc Sơn, Chính trị viên Đồn Biên phòng B; Đại úy Danh Tuấn, trợ lý.",
            {("Huy chương Chiến sĩ vẻ vang hạng Nhì", n, "granted") for n in ("Lý Văn Sang", "Thạch Ngọc Sơn",
                                                                               "Danh Tuấn")},
        ),
        (  # the members a group names in the sentences after it replace the group
            "Ông Trung trao Bằng khen của Chủ tịch UBND tỉnh cho 2 tập thể và 1 cá nhân. Các tập thể gồm: Phòng Văn "
            "nghệ (Đài PT-TH tỉnh), Thư viện tỉnh. Các cá nhân gồm: nhà báo Trần Thị Mai.",
            {("Bằng khen của Chủ tịch UBND tỉnh", n, "granted") for n in ("Phòng Văn nghệ", "Thư viện tỉnh",
                                                                           "Trần Thị Mai")},
        ),
        (  # a group with no number beside named recipients of the same award is theirs: a title line
            "Về việc tặng Cờ thi đua của Bộ cho các tập thể có thành tích xuất sắc năm 2010.\n\nĐiều 1. Tặng Cờ thi "
            "đua của Bộ cho Sở Tư pháp tỉnh An Giang.",
            {("Cờ thi đua của Bộ", "Sở Tư pháp tỉnh An Giang", "granted")},
        ),
        (  # a brand of several words in capitals that the text gives in brackets after a full name
            "Tổng công ty Điện lực dầu khí Việt Nam - CTCP (PV POWER) đón nhận Huân chương Lao động hạng Nhì. Phó Thủ "
            "tướng trao Huân chương Lao động hạng Nhì cho PV POWER.",
            {("Huân chương Lao động hạng Nhì", "Tổng công ty Điện lực dầu khí Việt Nam - CTCP", "granted")},
        ),
        (  # a place after "tại" with an abbreviation's full stop receives nothing
            "Ngày 5/9, tại TP. Cần Thơ, Công ty Cấp thoát nước Cần Thơ tổ chức lễ kỷ niệm và đón nhận Huân chương "
            "Lao động hạng Ba.",
            {("Huân chương Lao động hạng Ba", "Công ty Cấp thoát nước Cần Thơ", "granted")},
        ),
        (  # "tôi" in an interview is the person the interview is with
            "Phóng viên có cuộc trao đổi với chị Lò Thị Hoa, Bí thư Huyện đoàn.\n\n- Chị có vừa được khen thưởng?\n\n"
            "- Vâng, tôi được Trung ương Đoàn tặng Huy chương \"Vì thế hệ trẻ\" hồi tháng 10.",
            {('Huy chương "Vì thế hệ trẻ"', "Lò Thị Hoa", "granted")},
        ),
        # negatives: "chúng tôi" is the unit, not the interviewee; no interview, no one
        ("Phóng viên trao đổi với chị Lò Thị Hoa.\n\n- Vâng, chúng tôi được Trung ương Đoàn tặng Bằng khen.", set()),
        ("Vâng, tôi được Trung ương Đoàn tặng Huy chương \"Vì thế hệ trẻ\".", set()),
        (  # the unit after "cho thấy" is the one "Đơn vị" stands for in the next sentence
            "Đánh giá của Bộ Tư lệnh Quân khu 7 cho thấy Bộ Chỉ huy Quân sự tỉnh Tây Ninh đã hoàn thành tốt nhiệm "
            "vụ. Đơn vị được Tư lệnh Quân khu tặng danh hiệu \"Đơn vị quyết thắng\" năm 2019.",
            {("Đơn vị quyết thắng", "Bộ Chỉ huy Quân sự tỉnh Tây Ninh", "granted")},
        ),
        (  # a clause after ";" that opens with "tặng" goes on the proposal before it
            "Cụm thống nhất đề nghị Trung ương Đoàn tặng Cờ thi đua cho Tỉnh Đoàn Long An; tặng Bằng khen cho Tỉnh "
            "Đoàn Tiền Giang.",
            {("Cờ thi đua", "Tỉnh Đoàn Long An", "proposed"), ("Bằng khen", "Tỉnh Đoàn Tiền Giang", "proposed")},
        ),
    ],
)
def test_award_families_round6(text, expected):
    assert awards_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a number of units chosen, named after "là"
            "Các đơn vị đã suy tôn 2 đơn vị dẫn đầu là Kho bạc Nhà nước Bắc Kạn và Kho bạc Nhà nước Cao Bằng, đề "
            "nghị Bộ Tài chính tặng Cờ thi đua.",
            {("Cờ thi đua", "Kho bạc Nhà nước Bắc Kạn", "proposed"), ("Cờ thi đua", "Kho bạc Nhà nước Cao Bằng",
                                                                       "proposed")},
        ),
        (  # awards and their recipients after colons, each clause its own, after a caption of proposals
            "Kết quả bình xét: Cờ thi đua của Bộ Tư pháp: Sở Tư pháp tỉnh Yên Bái; Bằng khen của Bộ trưởng: Sở Tư "
            "pháp tỉnh Lai Châu.",
            {("Cờ thi đua của Bộ Tư pháp", "Sở Tư pháp tỉnh Yên Bái", "proposed"),
             ("Bằng khen của Bộ trưởng", "Sở Tư pháp tỉnh Lai Châu", "proposed")},
        ),
        (  # the time a unit is honoured for, before its name
            "Đây là lần thứ ba Cục Thống kê tỉnh Sơn La được nhận Cờ thi đua của Chính phủ.",
            {("Cờ thi đua của Chính phủ", "Cục Thống kê tỉnh Sơn La", "granted")},
        ),
        ("Đây là năm thứ 4 liên tiếp Công ty Than Mạo Khê được tặng Cờ thi đua của Bộ.",
         {("Cờ thi đua của Bộ", "Công ty Than Mạo Khê", "granted")}),
        (  # the people of a place receive as the place
            "Tại buổi lễ, Đảng bộ, chính quyền và nhân dân xã Tà Xùa vinh dự đón nhận danh hiệu Anh hùng Lực lượng "
            "vũ trang nhân dân.",
            {("Anh hùng Lực lượng vũ trang nhân dân", "xã Tà Xùa", "granted")},
        ),
        (  # a stand-in after ";" and a time: the subject before; the year its clause names
            "Năm 2017, Viện Kiểm sát nhân dân tỉnh Bắc Giang được tặng Cờ thi đua; năm 2018, đơn vị tiếp tục được "
            "tặng Bằng khen.",
            {("Cờ thi đua", "Viện Kiểm sát nhân dân tỉnh Bắc Giang", "granted"),
             ("Bằng khen", "Viện Kiểm sát nhân dân tỉnh Bắc Giang", "granted")},
        ),
        (  # a unit head that is the first syllable of a longer word starts no new recipient after "và"
            "Chủ tịch tỉnh tặng Bằng khen cho Sở Lao động - Thương binh và Xã hội và Sở Y tế.",
            {("Bằng khen", "Sở Lao động - Thương binh và Xã hội", "granted"), ("Bằng khen", "Sở Y tế", "granted")},
        ),
        (  # a verb the segmenter glued to the name before it; a name of two syllables after "Ông"
            "Bà Hoàng Thị Lan nhận Bằng khen của Bộ trưởng.",
            {("Bằng khen của Bộ trưởng", "Hoàng Thị Lan", "granted")},
        ),
        ("Ông Lê Tâm nhận Bằng khen của Bộ trưởng.", {("Bằng khen của Bộ trưởng", "Lê Tâm", "granted")}),
        (  # foreign names as recipients: the office after the comma is theirs, the title before is no name
            "Bà Ruth Allen, Trưởng đại diện UNICEF, được tặng Kỷ niệm chương Vì sự nghiệp bảo vệ và chăm sóc trẻ em.",
            {("Kỷ niệm chương Vì sự nghiệp bảo vệ và chăm sóc trẻ em", "Ruth Allen", "granted")},
        ),
        ("Giáo sư Raymond Dubois được tặng Huân chương Hữu nghị.", {("Huân chương Hữu nghị", "Raymond Dubois",
                                                                    "granted")}),
        (  # "lần này" between the award and its list
            "Các tập thể nhận Bằng khen lần này gồm: Phòng Cảnh sát giao thông và Công an huyện Yên Thế.",
            {("Bằng khen", "Phòng Cảnh sát giao thông", "granted"), ("Bằng khen", "Công an huyện Yên Thế", "granted")},
        ),
        (  # a word that opens the sentence before the name ("Riêng"); "Lễ công bố và đón nhận": the host
            "Riêng Trường Tiểu học Kim Đồng được đề nghị tặng Cờ thi đua của UBND tỉnh.",
            {("Cờ thi đua của UBND tỉnh", "Trường Tiểu học Kim Đồng", "proposed")},
        ),
        ("UBND huyện Lục Ngạn vừa tổ chức Lễ công bố và đón nhận danh hiệu Anh hùng Lao động.",
         {("Anh hùng Lao động", "UBND huyện Lục Ngạn", "granted")}),
        # negatives: a goal, a purpose; a stand-in after a time with no unit before it
        ("Công ty Than Hà Lầm đặt mục tiêu đạt Cờ thi đua của Chính phủ trong năm tới.", set()),
        ("Ông Trần Văn Khoa đã từ chối nhận Huân chương Lao động hạng Ba.", set()),
        ("Để đạt được danh hiệu Anh hùng Lao động, Công ty Than Hà Lầm đã phấn đấu không ngừng.", set()),
        ("Được biết, năm 2019 đơn vị đã vinh dự đón nhận Cờ thi đua của Bộ Quốc phòng.", set()),
        # "Công nhận" opening a sentence is no glued "nhận"
        ("Công nhận danh hiệu Tập thể lao động xuất sắc cho Trường THCS Lê Lợi.",
         {("Tập thể lao động xuất sắc", "Trường THCS Lê Lợi", "granted")}),
    ],
)
def test_award_families_round6_more(text, expected):
    assert awards_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a line that opens with "Danh hiệu" and its award, the recipient after the colon
            "II. ĐỀ NGHỊ KHEN THƯỞNG\n1. Danh hiệu Anh hùng Lao động thời kỳ đổi mới: Nông trường Cao su Ia Ly.",
            {("Anh hùng Lao động thời kỳ đổi mới", "Nông trường Cao su Ia Ly", "proposed")},
        ),
        (  # an award "cho" a group at a line's end, no verb, its members one a line, under a heading of proposals
            "II. ĐỀ NGHỊ KHEN THƯỞNG\n2. Bằng khen của Thủ tướng Chính phủ cho 02 cá nhân:\n   - Ông Rơ Châm Hiu, "
            "công nhân Đội 2;\n   - Bà Lê Thị Hồng, Trưởng phòng Kỹ thuật.",
            {("Bằng khen của Thủ tướng Chính phủ", "Rơ Châm Hiu", "proposed"),
             ("Bằng khen của Thủ tướng Chính phủ", "Lê Thị Hồng", "proposed")},
        ),
    ],
)
def test_award_families_round6_by_line(text, expected):
    assert awards_of(text) == expected


@pytest.mark.parametrize(
    ("text", "year"),
    [
        # the last year of a period; a year in the brackets the award stands in
        ("Trường THPT Phan Bội Châu được công nhận Tập thể lao động xuất sắc năm học 2015 - 2016.", 2016),
        ("Ông Nam trao Huân chương Lao động hạng Ba cho Công ty Than Núi Béo vì thành tích giai đoạn 2016-2020.", 2020),
        ("Năm 2012, Công ty Cao su Ia Ly (đã được tặng Huân chương Lao động hạng Ba năm 2007) dẫn đầu Khối.", 2007),
    ],
)
def test_award_years_round6(text, year):
    assert [a.year for a in facts_of(text, Award)] == [year]


PERSONS_ROUND6 = [  # (text, [(name, title)])
    (  # foreign names: a form of address and an office after them, an office abroad before them
        "Đoàn do ông Marek Kowalski, Chủ nhiệm Ủy ban, làm trưởng đoàn.", [("Marek Kowalski", "Chủ nhiệm Ủy ban")]),
    ("Chủ tịch tiếp Tổng Lãnh sự Pháp tại TPHCM Olivier Brochet đến chào.",
     [("Olivier Brochet", "Tổng Lãnh sự Pháp tại TPHCM")]),
    ("Đại sứ Mỹ Michael Marine phát biểu.", [("Michael Marine", "Đại sứ Mỹ")]),
    (  # a two-syllable name listed with a full name, a verb after the list
        "Chiều nay, Văn Quyết và Lê Tấn Tài đã nộp bản kiểm điểm.", [("Văn Quyết", None), ("Lê Tấn Tài", None)]),
    (  # a place word that ends a longer word ("môi trường") does not block the name after it
        "Như Bộ trưởng Tài nguyên Môi trường Đỗ Văn Hòa đã nói.", [("Đỗ Văn Hòa", "Bộ trưởng Tài nguyên Môi trường")]),
    # negatives: a club, a company, a Central Highlands place, a brand and its branch, a middle initial;
    # places listed; the headline of another article
    ("Tiền đạo Manchester United ghi bàn.", []),
    ("Tổng giám đốc LG Electronics Vietnam cho biết.", []),
    ("Phó Trưởng khối Đắk Lắk phát biểu.", []),
    ("Giám đốc Agribank Thừa Thiên Huế dự họp.", []),
    ("Chủ tịch FIFA Joseph S. Blatter chúc mừng.", []),
    ("Đoàn đi qua Hoàng Mai và Lê Văn Lương.", []),
    ("Các huyện Văn Lâm, Văn Giang và Trần Văn Thời bị lũ.", []),
    ("HLV Octavio Filho dẫn dắt PJICO Sông Lam Nghệ An(27/09/2004)", []),
    # a title in capitals glued to the name ("ThS Vũ …"); names in a list of other articles
    ("ThS Vũ Thị Thanh Mai trình bày báo cáo.", [("Vũ Thị Thanh Mai", "ThS")]),
    ("Bài viết cùng chủ đề:\n- Ông Hà Duy Khương thăm nhà máy", []),
]


@pytest.mark.parametrize(("text", "expected"), PERSONS_ROUND6)
def test_person_families_round6(text, expected):
    assert sorted((p.name, p.title) for p in facts_of(text, Person)) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a grantor's name with a comma inside it, "X, Y và Z"
            "Cụm đề nghị Bộ trưởng tặng Cờ thi đua của Bộ Văn hóa, Thể thao và Du lịch cho Sở Du lịch tỉnh Ninh Bình.",
            {("Cờ thi đua của Bộ Văn hóa, Thể thao và Du lịch", "Sở Du lịch tỉnh Ninh Bình", "proposed")},
        ),
        (  # negatives: a comma before the next award, or before units that open a clause, ends the name
            "Trường THPT Chu Văn An được tặng Cờ thi đua của Bộ Giáo dục và Đào tạo, Bằng khen của Thủ tướng "
            "Chính phủ.",
            {("Cờ thi đua của Bộ Giáo dục và Đào tạo", "Trường THPT Chu Văn An", "granted"),
             ("Bằng khen của Thủ tướng Chính phủ", "Trường THPT Chu Văn An", "granted")},
        ),
        ("Sở Y tế được tặng Cờ thi đua của UBND tỉnh, Sở Tư pháp và Sở Nội vụ được tặng Bằng khen.",
         {("Cờ thi đua của UBND tỉnh", "Sở Y tế", "granted"), ("Bằng khen", "Sở Tư pháp", "granted"),
          ("Bằng khen", "Sở Nội vụ", "granted")}),
        (  # abbreviated heads of unions, alliances and credit funds start a new recipient after "và"
            "Ban Thường vụ đã tặng Cờ thi đua cho Công đoàn ngành Xây dựng và LĐLĐ huyện Bình Sơn.",
            {("Cờ thi đua", "Công đoàn ngành Xây dựng", "granted"), ("Cờ thi đua", "LĐLĐ huyện Bình Sơn", "granted")},
        ),
        ("Liên minh đề nghị tặng Bằng khen cho HTX Dịch vụ Tân Phú và Quỹ tín dụng nhân dân Mỹ Hòa.",
         {("Bằng khen", "HTX Dịch vụ Tân Phú", "proposed"), ("Bằng khen", "Quỹ tín dụng nhân dân Mỹ Hòa", "proposed")}),
        (  # negative: "và" inside one name
            "Cờ thi đua được trao cho Sở Giáo dục và Đào tạo.", {("Cờ thi đua", "Sở Giáo dục và Đào tạo", "granted")}),
        (  # one head over several places: one recipient per place
            "Ủy ban MTTQ các tỉnh Hà Giang và Tuyên Quang được tặng Bằng khen của Ủy ban Trung ương MTTQ Việt Nam.",
            {("Bằng khen của Ủy ban Trung ương MTTQ Việt Nam", "Ủy ban MTTQ tỉnh Hà Giang", "granted"),
             ("Bằng khen của Ủy ban Trung ương MTTQ Việt Nam", "Ủy ban MTTQ tỉnh Tuyên Quang", "granted")},
        ),
        ("Hội Nông dân các huyện Mai Sơn và Mộc Châu được tặng Giấy khen.",
         {("Giấy khen", "Hội Nông dân huyện Mai Sơn", "granted"),
          ("Giấy khen", "Hội Nông dân huyện Mộc Châu", "granted")}),
        (  # negative: places in lower case are no list of names
            "Trường THCS các xã vùng cao được tặng Bằng khen của UBND tỉnh.",
            {("Bằng khen của UBND tỉnh", "Trường THCS các xã vùng cao", "granted")},
        ),
        (  # a counted group that names its members after "là", before the verb
            "Hai tập thể là Trường Tiểu học Kim Đồng và Trường THCS Lê Lợi được tặng Bằng khen của UBND tỉnh.",
            {("Bằng khen của UBND tỉnh", "Trường Tiểu học Kim Đồng", "granted"),
             ("Bằng khen của UBND tỉnh", "Trường THCS Lê Lợi", "granted")},
        ),
        (  # negative: what follows "là" names no one
            "12 tập thể là đơn vị dẫn đầu được tặng Bằng khen.", {("Bằng khen", "12 tập thể", "granted")}),
        (  # an achievement between commas, with what it is in, between the subject and the verb
            "Riêng Công an tỉnh Sơn La, với thành tích xuất sắc trong phòng chống ma túy, được Cụm đề nghị Thủ "
            "tướng Chính phủ tặng Cờ thi đua của Chính phủ.",
            {("Cờ thi đua của Chính phủ", "Công an tỉnh Sơn La", "proposed")},
        ),
        (  # negative: the achievement opens the sentence; the subject follows it
            "Với thành tích xuất sắc, Trường THCS Lê Lợi được tặng Bằng khen.",
            {("Bằng khen", "Trường THCS Lê Lợi", "granted")},
        ),
    ],
)
def test_award_families_round7(text, expected):
    assert awards_of(text) == expected


def test_award_heading_over_dashed_lines():
    """A numbered line that ends in an award, its count in brackets and a colon; its recipients on the
    dashed lines under it, one a line, each with what describes it."""
    text = ("III. ĐỀ NGHỊ KHEN THƯỞNG\n1. Cờ thi đua của Giám đốc Kho bạc Nhà nước (01 tập thể):\n"
            "- Kho bạc Nhà nước tỉnh Yên Bái, đơn vị dẫn đầu Cụm.\n"
            "2. Bằng khen của Giám đốc Kho bạc Nhà nước (01 tập thể, 01 cá nhân):\n"
            "- Kho bạc Nhà nước tỉnh Lào Cai;\n"
            "- Ông Hà Văn Tường, Trưởng phòng Kế toán, Kho bạc Nhà nước tỉnh Lai Châu.")
    assert awards_of(text) == {
        ("Cờ thi đua của Giám đốc Kho bạc Nhà nước", "Kho bạc Nhà nước tỉnh Yên Bái", "proposed"),
        ("Bằng khen của Giám đốc Kho bạc Nhà nước", "Kho bạc Nhà nước tỉnh Lào Cai", "proposed"),
        ("Bằng khen của Giám đốc Kho bạc Nhà nước", "Hà Văn Tường", "proposed"),
    }


def test_award_heading_dashed_lines_negative():
    """A dashed line that names no one ends the list."""
    text = ("1. Bằng khen của Chủ tịch UBND tỉnh (02 tập thể):\n- Trong năm, các đơn vị đã hoàn thành chỉ tiêu.")
    assert awards_of(text) == set()


PERSONS_ROUND7 = [  # (text, [(name, title)])
    (  # a table of those who attend ("Người dự"), each with the office of the row
        "STT | Đơn vị | Người dự | Chức vụ\n1 | Sở Tư pháp tỉnh Hòa Bình | Lò Văn Khánh | Phó Giám đốc\n"
        "2 | Sở Tư pháp tỉnh Sơn La | Cầm Thị Nga | Giám đốc",
        [("Lò Văn Khánh", "Phó Giám đốc"), ("Cầm Thị Nga", "Giám đốc")],
    ),
    (  # the headlines of earlier articles name no one
        "Các tin đã đưa:\n- Ông Bùi Văn Toản được bầu làm Chủ tịch Hội Nông dân tỉnh", []),
]


@pytest.mark.parametrize(("text", "expected"), PERSONS_ROUND7)
def test_person_families_round7(text, expected):
    assert sorted((p.name, p.title) for p in facts_of(text, Person)) == sorted(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a grantor's name goes on over a lowercase sector word the tagger calls a verb
            "Khối thống nhất đề nghị tặng Cờ thi đua của Bộ Giao thông vận tải cho Cục Hàng hải Việt Nam.",
            {("Cờ thi đua của Bộ Giao thông vận tải", "Cục Hàng hải Việt Nam", "proposed")},
        ),
        (  # a photo credit in brackets after a caption ends the recipients; its name is no recipient
            "Phó Giám đốc Sở trao Bằng khen cho Trường THCS Lê Lợi (Ảnh: Minh Châu)",
            {("Bằng khen", "Trường THCS Lê Lợi", "granted")},
        ),
        (  # numbered lines: a police department or district police and the province's police it belongs to
            "Tặng Bằng khen của Bộ trưởng Bộ Công an cho 3 tập thể, gồm:\n"
            "1. Phòng Cảnh sát kinh tế, Công an tỉnh Nghệ An;\n"
            "2. Công an huyện Quỳnh Lưu, Công an tỉnh Nghệ An;\n"
            "3. Đồn Công an Cửa Lò, Công an tỉnh Nghệ An.",
            {("Bằng khen của Bộ trưởng Bộ Công an", "Phòng Cảnh sát kinh tế, Công an tỉnh Nghệ An", "granted"),
             ("Bằng khen của Bộ trưởng Bộ Công an", "Công an huyện Quỳnh Lưu, Công an tỉnh Nghệ An", "granted"),
             ("Bằng khen của Bộ trưởng Bộ Công an", "Đồn Công an Cửa Lò, Công an tỉnh Nghệ An", "granted")},
        ),
        (  # negative: a list of peers before a province's police names each on its own
            "Tặng Bằng khen của UBND tỉnh cho Công an huyện Quỳnh Lưu, Công an huyện Diễn Châu, Công an tỉnh Hà Tĩnh.",
            {("Bằng khen của UBND tỉnh", "Công an huyện Quỳnh Lưu", "granted"),
             ("Bằng khen của UBND tỉnh", "Công an huyện Diễn Châu", "granted"),
             ("Bằng khen của UBND tỉnh", "Công an tỉnh Hà Tĩnh", "granted")},
        ),
        (  # negative: a unit of another trade before a province's police is a recipient of its own
            "Tặng Bằng khen của UBND tỉnh cho Phòng Tư pháp huyện Yên Thành, Công an tỉnh Nghệ An.",
            {("Bằng khen của UBND tỉnh", "Phòng Tư pháp huyện Yên Thành", "granted"),
             ("Bằng khen của UBND tỉnh", "Công an tỉnh Nghệ An", "granted")},
        ),
        (  # the unit before a verb of ranking and its place is the subject of the proposal after the comma
            "Qua chấm điểm, HTX dịch vụ nông nghiệp Quang Trung xếp thứ nhất, được đề nghị UBND huyện tặng "
            "Giấy khen; HTX nông nghiệp An Hòa được đề nghị tặng Bằng khen.",
            {("Giấy khen", "HTX dịch vụ nông nghiệp Quang Trung", "proposed"),
             ("Bằng khen", "HTX nông nghiệp An Hòa", "proposed")},
        ),
        (  # negative: after a verb of choosing the subject is the unit named after it
            "Hội nghị đã bình chọn Trường THCS Kim Đồng được đề nghị tặng Cờ thi đua của UBND tỉnh.",
            {("Cờ thi đua của UBND tỉnh", "Trường THCS Kim Đồng", "proposed")},
        ),
    ],
)
def test_award_families_round8(text, expected):
    assert awards_of(text) == expected


PERSONS_ROUND8 = [  # (text, [(name, title)])
    (  # a cooperative's or company's place name after its trade words is no person
        "Cuối buổi, HTX dịch vụ nông nghiệp Quang Trung - Cụm trưởng năm 2010 - trao cờ luân lưu.", []),
    ("Cuối buổi, Công ty cổ phần Hoàng Long - Cụm trưởng năm 2010 - trao cờ luân lưu.", []),
    (  # negative: a person after a form of address still is one
        "Cuối buổi, ông Lê Văn Hội - Cụm trưởng năm 2010 - trao cờ luân lưu.", [("Lê Văn Hội", "Cụm trưởng")]),
]


@pytest.mark.parametrize(("text", "expected"), PERSONS_ROUND8)
def test_person_families_round8(text, expected):
    assert sorted((p.name, p.title) for p in facts_of(text, Person)) == sorted(expected)


SIGNED_BESIDE = [  # (text, [(name, title)])
    (  # a signature laid out beside the addressees, its columns run together on each line
        "Nơi nhận: TRƯỞNG CỤM\n- Như trên; GIÁM ĐỐC\n- Các sở trong Cụm;\n- Lưu: VT. Trần Minh Khoa",
        [("Trần Minh Khoa", "TRƯỞNG CỤM")],
    ),
    (  # … the name alone on the line after the addressees, a note that it was signed between
        "Nơi nhận: TM. BAN THƯỜNG VỤ\n- Như trên; CHỦ TỊCH\n- Lưu VP. (đã ký)\nHoàng Thị Lan",
        [("Hoàng Thị Lan", "CHỦ TỊCH")],
    ),
    (  # negative: no role in capitals beside the addressees, no signer
        "Nơi nhận:\n- Như trên;\n- Lưu: VT.\nPhạm Quốc Huy", []),
]


@pytest.mark.parametrize(("text", "expected"), SIGNED_BESIDE)
def test_signature_beside_addressees(text, expected):
    assert sorted((p.name, p.title) for p in facts_of(text, Person)) == sorted(expected)


def test_award_rows_run_together():
    """A table laid out with spaces whose columns ran together: a header naming the recipients' and
    the awards' columns, then rows of a unit and an award, up to the first line that is no row."""
    text = ("Kết quả bình xét của Cụm:\nĐơn vị Hình thức khen thưởng đề nghị\n"
            "Sở Tư pháp Nam Định Cờ thi đua của Bộ Tư pháp\nSở Tư pháp Ninh Bình Bằng khen của Bộ trưởng Bộ Tư pháp\n"
            "Sở Tư pháp Hà Nam đạt 95 điểm.")
    assert awards_of(text) == {
        ("Cờ thi đua của Bộ Tư pháp", "Sở Tư pháp Nam Định", "proposed"),
        ("Bằng khen của Bộ trưởng Bộ Tư pháp", "Sở Tư pháp Ninh Bình", "proposed"),
    }


def test_award_rows_run_together_negative():
    """Without a header naming both columns, a line of a unit and an award is no row."""
    text = "Danh sách các đơn vị:\nSở Tư pháp Nam Định Cờ thi đua của Bộ Tư pháp"
    assert awards_of(text) == set()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # who emulates and at what, unquoted, up to the year it is reviewed for
            "Hội nghị tổng kết phong trào cựu chiến binh thi đua làm kinh tế giỏi, giúp nhau giảm nghèo năm 2015.",
            ["cựu chiến binh thi đua làm kinh tế giỏi, giúp nhau giảm nghèo"],
        ),
        (  # negative: no year closes the name, where it ends is guesswork
            "Hội nghị tổng kết phong trào cựu chiến binh thi đua làm kinh tế giỏi, giúp nhau giảm nghèo.", []),
    ],
)
def test_campaigns_by_actor(text, expected):
    assert [c.name for c in facts_of(text, Campaign)] == expected


PLACE_GLUED = [  # (text, [(name, title)])
    (  # a place the segmenter glued to the first syllable of the award after it is no person
        "Đơn vị Hình thức khen thưởng đề nghị\nSở GD&ĐT Hà Nam Bằng khen của Bộ trưởng Bộ Giáo dục và Đào tạo\n"
        "Sở GD&ĐT Thái Bình Bằng khen của Bộ trưởng Bộ Giáo dục và Đào tạo", []),
    (  # negative: a person whose name holds a place's syllables still is one
        "Ông Nguyễn Thái Bình, Giám đốc Sở Y tế, phát biểu.", [("Nguyễn Thái Bình", "Giám đốc Sở Y tế")]),
]


@pytest.mark.parametrize(("text", "expected"), PLACE_GLUED)
def test_place_glued_to_award(text, expected):
    assert sorted((p.name, p.title) for p in facts_of(text, Person)) == sorted(expected)


# ---------------------------------------------------------------------------------------------------
# Round 8 (awards branch): families found in heldout3 and heldout6, with made-up sentences.

PARENT_AFTER_COMMA = [
    (  # numbered lines: an office and the agency it belongs to, a branch office and its larger place
        "Tặng Bằng khen của Bộ trưởng Bộ Tài chính cho 3 tập thể:\n"
        "1. Phòng Kiểm tra thuế số 2, Cục Thuế tỉnh Bắc Ninh;\n"
        "2. Chi cục Thuế huyện Yên Phong, tỉnh Bắc Ninh;\n"
        "3. Trạm Kiểm soát liên hợp cửa khẩu Ma Lù Thàng, Cục Hải quan tỉnh Lai Châu.",
        {("Bằng khen của Bộ trưởng Bộ Tài chính", "Phòng Kiểm tra thuế số 2, Cục Thuế tỉnh Bắc Ninh", "granted"),
         ("Bằng khen của Bộ trưởng Bộ Tài chính", "Chi cục Thuế huyện Yên Phong, tỉnh Bắc Ninh", "granted"),
         ("Bằng khen của Bộ trưởng Bộ Tài chính",
          "Trạm Kiểm soát liên hợp cửa khẩu Ma Lù Thàng, Cục Hải quan tỉnh Lai Châu", "granted")},
    ),
    (  # running text: a faculty and its school, a clinic's ward and its hospital
        "Giám đốc Đại học trao Giấy khen cho Khoa Hóa học, Trường Đại học Khoa học và Khoa Ngoại, "
        "Bệnh viện Đa khoa tỉnh Phú Thọ.",
        {("Giấy khen", "Khoa Hóa học, Trường Đại học Khoa học", "granted"),
         ("Giấy khen", "Khoa Ngoại, Bệnh viện Đa khoa tỉnh Phú Thọ", "granted")},
    ),
    (  # a commune's health station and its district
        "UBND tỉnh tặng Bằng khen cho Trạm Y tế xã Tân Lập, huyện Đan Phượng.",
        {("Bằng khen", "Trạm Y tế xã Tân Lập, huyện Đan Phượng", "granted")},
    ),
    (  # negative: peers of one agency after a comma are recipients each
        "Cục trưởng tặng Giấy khen cho Chi cục Hải quan Cầu Treo, Chi cục Hải quan Vinh, Cục Hải quan Nghệ An.",
        {("Giấy khen", "Chi cục Hải quan Cầu Treo", "granted"), ("Giấy khen", "Chi cục Hải quan Vinh", "granted"),
         ("Giấy khen", "Cục Hải quan Nghệ An", "granted")},
    ),
    (  # negative: a district's office before a school names no school it belongs to
        "Sở tặng Giấy khen cho Phòng Giáo dục huyện Tam Nông, Trường THPT Lê Quý Đôn.",
        {("Giấy khen", "Phòng Giáo dục huyện Tam Nông", "granted"), ("Giấy khen", "Trường THPT Lê Quý Đôn", "granted")},
    ),
    (  # negative: a commune's council is named without the district it lies in; places of one size are peers
        "Chủ tịch UBND tỉnh tặng Bằng khen cho Ủy ban nhân dân xã Hòa Bình, huyện Tân Sơn.",
        {("Bằng khen", "Ủy ban nhân dân xã Hòa Bình", "granted")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), PARENT_AFTER_COMMA)
def test_recipient_and_parent_after_comma(text, expected):
    assert awards_of(text) == expected


LABELLED_LISTS = [
    (  # recipients sorted under labels: a label line, nested lines; a label and its recipients after a colon
        "Điều 1. Tặng Cờ thi đua của UBND tỉnh cho 05 tập thể dẫn đầu phong trào thi đua năm 2017, gồm:\n"
        "1. Cụm thi đua các huyện miền núi:\n"
        "- UBND huyện Mường Tè;\n"
        "- UBND huyện Sìn Hồ.\n"
        "2. Cụm thi đua các cơ quan đảng, đoàn thể: Ban Tổ chức Tỉnh ủy.\n"
        "3. Khối thi đua các doanh nghiệp: Công ty cổ phần Cấp nước Lai Châu, Công ty Điện lực Lai Châu.",
        {("Cờ thi đua của UBND tỉnh", "UBND huyện Mường Tè", "granted"),
         ("Cờ thi đua của UBND tỉnh", "UBND huyện Sìn Hồ", "granted"),
         ("Cờ thi đua của UBND tỉnh", "Ban Tổ chức Tỉnh ủy", "granted"),
         ("Cờ thi đua của UBND tỉnh", "Công ty cổ phần Cấp nước Lai Châu", "granted"),
         ("Cờ thi đua của UBND tỉnh", "Công ty Điện lực Lai Châu", "granted")},
    ),
    (  # negative: a numbered line that names an award of its own is the next heading, no label
        "Điều 1. Tặng danh hiệu thi đua năm 2019 cho các tập thể, cá nhân, cụ thể:\n"
        "1. Danh hiệu \"Tập thể lao động xuất sắc\" cho 02 tập thể:\n"
        "- Phòng Tổ chức cán bộ;\n"
        "- Phòng Kế hoạch tài chính.\n"
        "2. Danh hiệu \"Chiến sĩ thi đua cơ sở\" cho 01 cá nhân:\n"
        "- Ông Trịnh Văn Lâm, Trưởng phòng Kế hoạch tài chính.",
        {("Tập thể lao động xuất sắc", "Phòng Tổ chức cán bộ", "granted"),
         ("Tập thể lao động xuất sắc", "Phòng Kế hoạch tài chính", "granted"),
         ("Chiến sĩ thi đua cơ sở", "Trịnh Văn Lâm", "granted")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), LABELLED_LISTS)
def test_recipients_under_labels(text, expected):
    assert awards_of(text) == expected


UNNUMBERED_GROUPS = [
    (  # a group that gives no number is a description, never a recipient
        "Quyết định về việc tặng Bằng khen cho các tập thể, cá nhân có thành tích xuất sắc năm 2016.", set()),
    ("Nhiều cá nhân được Giám đốc Sở tặng Giấy khen.", set()),
    (  # negative: a counted group stays (nobody named for its award)
        "Giám đốc Sở tặng Giấy khen cho 14 cá nhân có thành tích xuất sắc.",
        {("Giấy khen", "14 cá nhân có thành tích xuất sắc", "granted")}),
]


@pytest.mark.parametrize(("text", "expected"), UNNUMBERED_GROUPS)
def test_unnumbered_groups_are_no_recipients(text, expected):
    assert awards_of(text) == expected


MORE_LISTS_ROUND8 = [
    (  # "cho A và cho B": the preposition said again before the next recipient
        "Giám đốc Công ty tặng Giấy khen cho Phân xưởng Cơ khí và cho bà Hà Thị Ngọc, thủ kho, Phân xưởng Lắp ráp.",
        {("Giấy khen", "Phân xưởng Cơ khí", "granted"), ("Giấy khen", "Hà Thị Ngọc", "granted")},
    ),
    (  # "và" before a unit's short name the document defines starts a new recipient
        "Khối gồm Cục Quản lý giá, Cục Tin học và Thống kê tài chính (THTK) và Cục Kế hoạch - Tài chính. "
        "Khối đề nghị Bộ trưởng tặng Cờ thi đua của Bộ Tài chính cho Cục Quản lý giá và THTK.",
        {("Cờ thi đua của Bộ Tài chính", "Cục Quản lý giá", "proposed"),
         ("Cờ thi đua của Bộ Tài chính", "Cục Tin học và Thống kê tài chính", "proposed")},
    ),
    (  # negative: "và" inside a department's name, no abbreviation defined
        "Bộ trưởng tặng Bằng khen cho Sở Nông nghiệp và PTNT tỉnh Yên Bái.",
        {("Bằng khen", "Sở Nông nghiệp và PTNT tỉnh Yên Bái", "granted")},
    ),
    (  # lettered items under a caption that proposes are proposals
        "Hội nghị Khối đề nghị:\na) Thủ tướng Chính phủ tặng Bằng khen cho Trường THPT Chu Văn An;\n"
        "b) Bộ trưởng tặng Cờ thi đua của Bộ Giáo dục và Đào tạo cho Trường THPT Nguyễn Du.",
        {("Bằng khen", "Trường THPT Chu Văn An", "proposed"),
         ("Cờ thi đua của Bộ Giáo dục và Đào tạo", "Trường THPT Nguyễn Du", "proposed")},
    ),
    (  # negative: items under a caption that reports are what was given
        "Kết quả khen thưởng năm 2018:\na) Thủ tướng Chính phủ tặng Bằng khen cho Trường THPT Chu Văn An;\n"
        "b) Bộ trưởng tặng Giấy khen cho Trường THPT Nguyễn Du.",
        {("Bằng khen", "Trường THPT Chu Văn An", "granted"), ("Giấy khen", "Trường THPT Nguyễn Du", "granted")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), MORE_LISTS_ROUND8)
def test_award_lists_round8(text, expected):
    assert awards_of(text) == expected


APPOSITION_UNIT = [
    (  # a bare "đơn vị" after a comma, before its verb, stands for the name before it
        "Riêng Học viện Nông nghiệp, đơn vị vừa được Chủ tịch nước tặng thưởng Huân chương Độc lập hạng Ba, "
        "xin không tham gia bình xét.",
        {("Huân chương Độc lập hạng Ba", "Học viện Nông nghiệp", "granted")},
    ),
    ("Bệnh viện Đa khoa tỉnh Sơn La, đơn vị được tặng Cờ thi đua của Chính phủ, đăng cai hội nghị năm nay.",
     {("Cờ thi đua của Chính phủ", "Bệnh viện Đa khoa tỉnh Sơn La", "granted")}),
    (  # negative: a group after a group is no apposition
        "Các tập thể, đơn vị được tặng Bằng khen.", set()),
    (  # negative: a group noun after a comma is a list's second half, no stand-in for the name before
        "Tỉnh Phú Yên bị loại khỏi danh sách 40 tập thể, cá nhân giành Cờ thi đua của ngành.", set()),
    (  # a grantor's name stops at a comma before lower case
        "Sở Y tế được tặng Cờ thi đua của Chính phủ, đăng cai hội nghị năm nay.",
        {("Cờ thi đua của Chính phủ", "Sở Y tế", "granted")}),
]


@pytest.mark.parametrize(("text", "expected"), APPOSITION_UNIT)
def test_bare_unit_apposition(text, expected):
    assert awards_of(text) == expected


SHORT_NAMES_ROUND8 = [
    (  # a brand of one word the document defines in brackets after a unit's full name, spelt out
        "Khối có 3 thành viên: Tổng công ty Bưu điện Việt Nam (Vietpost), Tổng công ty Viễn thông (TelecomVN) và "
        "Tổng công ty Truyền thông. Khối đề nghị Bộ trưởng tặng Cờ thi đua cho Vietpost và TelecomVN.",
        {("Cờ thi đua", "Tổng công ty Bưu điện Việt Nam", "proposed"),
         ("Cờ thi đua", "Tổng công ty Viễn thông", "proposed")},
    ),
    (  # a recipient that opens with a head the document abbreviates stays as written
        "Hội nghị tại trụ sở Viện kiểm sát nhân dân tỉnh Gia Lai. Đại diện Viện kiểm sát nhân dân (VKSND) tỉnh "
        "Gia Lai phát biểu. Cụm đề nghị tặng Cờ thi đua cho VKSND tỉnh Gia Lai.",
        {("Cờ thi đua", "VKSND tỉnh Gia Lai", "proposed")},
    ),
    (  # … spelt out where the document defines the whole short name
        "Hội nghị do Bảo hiểm xã hội tỉnh Gia Lai (BHXH Gia Lai) chủ trì. Khối đề nghị tặng Cờ thi đua cho "
        "BHXH Gia Lai.",
        {("Cờ thi đua", "Bảo hiểm xã hội tỉnh Gia Lai", "proposed")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), SHORT_NAMES_ROUND8)
def test_short_names_round8(text, expected):
    assert awards_of(text) == expected


NOMINATED_ROUND8 = [
    (  # a person put forward ("giới thiệu") for a council to consider a title ("xét danh hiệu"): proposed
        "Về cá nhân, Cụm giới thiệu ThS Hoàng Minh Đức, Phó Giám đốc Trung tâm Y tế huyện, để Hội đồng Thi đua "
        "tỉnh xét danh hiệu Chiến sĩ thi đua cấp tỉnh.",
        {("Chiến sĩ thi đua cấp tỉnh", "Hoàng Minh Đức", "proposed")},
    ),
    (  # negative: "để" before a verb of achieving is an aim, no award
        "Năm 2022, Trường THCS Ngô Quyền phấn đấu để đạt Cờ thi đua của UBND tỉnh.", set()),
    ("Các đơn vị thi đua để giành Cờ thi đua của Chính phủ.", set()),
]


@pytest.mark.parametrize(("text", "expected"), NOMINATED_ROUND8)
def test_nominated_for_a_title(text, expected):
    assert awards_of(text) == expected


# ---------------------------------------------------------------------------------------------------
# Round 8b (awards branch): families found in heldout7, devset8 and devset9, with made-up sentences.

SHORT_NAMES_ROUND8B = [
    (  # an abbreviation the document defines inside a recipient written in the award's clause stays
        "Hội Nông dân (ND) các tỉnh trong Cụm dự hội nghị. Khối đề nghị tặng Cờ thi đua cho Hội ND tỉnh Lào Cai.",
        {("Cờ thi đua", "Hội ND tỉnh Lào Cai", "proposed")},
    ),
    (
        "Đại diện Bộ Chỉ huy Bộ đội Biên phòng (BĐBP) các tỉnh dự hội nghị. Đề nghị tặng Bằng khen cho Bộ Chỉ "
        "huy BĐBP tỉnh Kiên Giang.",
        {("Bằng khen", "Bộ Chỉ huy BĐBP tỉnh Kiên Giang", "proposed")},
    ),
    (  # … but one an anaphor brings from another sentence is spelt out, as the document writes it
        "Bộ Chỉ huy Quân sự (CHQS) các tỉnh dự họp. Bộ Chỉ huy Quân sự tỉnh Sơn La làm Cụm trưởng. "
        "Năm 2023, Bộ CHQS tỉnh Sơn La đã hoàn thành xuất sắc nhiệm vụ. Đơn vị được Bộ trưởng Bộ Quốc phòng "
        "tặng Cờ thi đua.",
        {("Cờ thi đua", "Bộ Chỉ huy Quân sự tỉnh Sơn La", "granted")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), SHORT_NAMES_ROUND8B)
def test_short_names_round8b(text, expected):
    assert awards_of(text) == expected


COMMA_NAMES_ROUND8B = [
    (  # a comma inside one unit's name splits no list: sectors "X, Y và Z" and pairs a comma joins
        "Chủ tịch UBND tỉnh tặng Bằng khen cho Sở Lao động, Thương binh và Xã hội và Đài Phát thanh, Truyền "
        "hình Lạng Sơn.",
        {("Bằng khen", "Sở Lao động, Thương binh và Xã hội", "granted"),
         ("Bằng khen", "Đài Phát thanh, Truyền hình Lạng Sơn", "granted")},
    ),
    (
        "Cụm đề nghị tặng Bằng khen cho Hợp tác xã sản xuất, kinh doanh, dịch vụ tổng hợp Đông Hưng.",
        {("Bằng khen", "Hợp tác xã sản xuất, kinh doanh, dịch vụ tổng hợp Đông Hưng", "proposed")},
    ),
    (  # … nor a subject before its verb
        "Năm 2024, Trung tâm Văn hóa, Thể thao huyện Yên Thế được Chủ tịch UBND tỉnh tặng Bằng khen.",
        {("Bằng khen", "Trung tâm Văn hóa, Thể thao huyện Yên Thế", "granted")},
    ),
    ("Sở Khoa học, Công nghệ và Môi trường vinh dự nhận Cờ thi đua của Chính phủ.",
     {("Cờ thi đua của Chính phủ", "Sở Khoa học, Công nghệ và Môi trường", "granted")}),
    (  # a unit's task "phòng, chống …" in its name
        "Đề nghị tặng Bằng khen cho Đội Kiểm soát phòng, chống ma túy số 3 và Đội Cơ động.",
        {("Bằng khen", "Đội Kiểm soát phòng, chống ma túy số 3", "proposed"), ("Bằng khen", "Đội Cơ động", "proposed")},
    ),
    (  # negative: the task after "vì" is no name
        "Tặng Bằng khen cho Công an huyện vì thành tích trong công tác phòng, chống dịch.",
        {("Bằng khen", "Công an huyện", "granted")},
    ),
    (  # negative: a list of units, each with its head, is split at its commas
        "Cụm đề nghị tặng Bằng khen cho Phòng Văn hóa, Phòng Thông tin và Trường THCS Nguyễn Du.",
        {("Bằng khen", "Phòng Văn hóa", "proposed"), ("Bằng khen", "Phòng Thông tin", "proposed"),
         ("Bằng khen", "Trường THCS Nguyễn Du", "proposed")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), COMMA_NAMES_ROUND8B)
def test_comma_names_round8b(text, expected):
    assert awards_of(text) == expected


COLLECTIVES_ROUND8B = [
    (  # the people of a place, written before its place word, receive as the place: "và" and commas inside
        "Nhân dân và cán bộ tỉnh Lạng Sơn vừa vinh dự được Chủ tịch nước tặng Huân chương Độc lập hạng Nhì.",
        {("Huân chương Độc lập hạng Nhì", "tỉnh Lạng Sơn", "granted")},
    ),
    (
        "Năm 2015, Nhân dân và cán bộ, chiến sĩ xã Tân Hòa được Chủ tịch nước trao tặng danh hiệu Anh hùng Lực "
        "lượng vũ trang nhân dân.",
        {("Anh hùng Lực lượng vũ trang nhân dân", "xã Tân Hòa", "granted")},
    ),
    ("Tại buổi lễ, Đảng bộ, quân và dân huyện Mỹ Đức vinh dự đón nhận Huân chương Bảo vệ Tổ quốc hạng Ba.",
     {("Huân chương Bảo vệ Tổ quốc hạng Ba", "huyện Mỹ Đức", "granted")}),
    (  # … and start a new recipient after "và"
        "Khối đề nghị tặng Bằng khen cho Sở Y tế và Nhân dân và cán bộ xã Tân Hòa.",
        {("Bằng khen", "Sở Y tế", "proposed"), ("Bằng khen", "xã Tân Hòa", "proposed")},
    ),
    (  # negative: no place named after them, no recipient
        "Cán bộ và nhân dân trong tỉnh được tặng nhiều phần quà.", set()),
]


@pytest.mark.parametrize(("text", "expected"), COLLECTIVES_ROUND8B)
def test_collectives_round8b(text, expected):
    assert awards_of(text) == expected


NAMES_ROUND8B = [
    (  # a badge whose name ends in lowercase words is read whole
        "Anh Lê Văn Tâm, đoàn viên Chi đoàn Bưu điện tỉnh, nhận Huy hiệu Tuổi trẻ sáng tạo với sáng kiến cải tiến "
        "máy đóng gói.",
        {("Huy hiệu Tuổi trẻ sáng tạo", "Lê Văn Tâm", "granted")},
    ),
    ("Em Trần Thu Hà được Trung ương Hội Sinh viên tặng Huy hiệu Sinh viên năm tốt năm 2023.",
     {("Huy hiệu Sinh viên năm tốt", "Trần Thu Hà", "granted")}),
    ("Ông Lê Văn Hai nhận Huy hiệu 50 năm tuổi Đảng.", {("Huy hiệu 50 năm tuổi Đảng", "Lê Văn Hai", "granted")}),
    (  # units listed by their names alone after a group and a colon, one opening with a clause opener's syllable
        "Đề nghị Liên minh HTX tỉnh tặng Giấy khen cho 02 HTX: Song Lộc, Hòa Bình.",
        {("Giấy khen", "Song Lộc", "proposed"), ("Giấy khen", "Hòa Bình", "proposed")},
    ),
    (  # negative: a clause opener after a comma, before lowercase words, is none
        "Năm 2023, Trường THCS Hòa Bình được tặng Giấy khen, trong đó có nhiều giáo viên.",
        {("Giấy khen", "Trường THCS Hòa Bình", "granted")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), NAMES_ROUND8B)
def test_names_round8b(text, expected):
    assert awards_of(text) == expected


SUBJECTS_ROUND8B = [
    (  # a stand-in with its role before "là": the unit after "là" receives
        "Đơn vị Cụm trưởng năm 2019 là Sở Tư pháp tỉnh Yên Bái đã được Bộ Tư pháp tặng Cờ thi đua.",
        {("Cờ thi đua", "Sở Tư pháp tỉnh Yên Bái", "granted")},
    ),
    (  # negative: units named with a head that is also a stand-in's word stay the subject
        "Khối suy tôn Trường Đại học Hòa Bình và Trường Đại học Tây Bắc là hai đơn vị dẫn đầu, đề nghị Bộ trưởng "
        "tặng Cờ thi đua.",
        {("Cờ thi đua", "Trường Đại học Hòa Bình", "proposed"), ("Cờ thi đua", "Trường Đại học Tây Bắc", "proposed")},
    ),
    (  # a clause after "khi" with a name has its own subject
        "Tôi xin nhắc lại niềm vinh dự của Khối khi năm 2022 Bệnh viện Đa khoa Yên Bái được Bộ Y tế tặng Cờ thi đua.",
        {("Cờ thi đua", "Bệnh viện Đa khoa Yên Bái", "granted")},
    ),
    (  # a unit introduced by a dash, a stand-in between dashes receiving
        "Hội nghị do Bệnh viện Đa khoa tỉnh Yên Bái – đơn vị vừa được Bộ Y tế tặng Cờ thi đua – chủ trì.",
        {("Cờ thi đua", "Bệnh viện Đa khoa tỉnh Yên Bái", "granted")},
    ),
    ("Trường THPT Lê Lợi – đơn vị được UBND tỉnh tặng Cờ thi đua năm 2022 – đăng cai hội nghị.",
     {("Cờ thi đua", "Trường THPT Lê Lợi", "granted")}),
    (  # negative: a time before the dash names no unit
        "Năm 2023 – đơn vị được tặng Cờ thi đua.", set()),
    (  # negative: "khi" with no name after it leaves the subject before it
        "Trường THPT Lê Lợi khi được tặng Cờ thi đua đã tổ chức lễ đón nhận.",
        {("Cờ thi đua", "Trường THPT Lê Lợi", "granted")},
    ),
]


@pytest.mark.parametrize(("text", "expected"), SUBJECTS_ROUND8B)
def test_subjects_round8b(text, expected):
    assert awards_of(text) == expected


# Round 8d (awards branch): the list appended to an award decision ("DANH SÁCH TẬP THỂ, CÁ NHÂN ĐƯỢC
# TẶNG …" / "(Kèm theo Quyết định số …)"), with made-up lists from other sectors and negatives.
POLICE_LIST = (
    "Điều 1. Tặng Giấy khen của Giám đốc Công an tỉnh cho 02 tập thể và 02 cá nhân đã có thành tích xuất sắc "
    "trong phong trào thi đua năm 2023 (có danh sách kèm theo).\n"
    "Điều 2. Quyết định có hiệu lực kể từ ngày ký.\n\n"
    "DANH SÁCH TẬP THỂ, CÁ NHÂN ĐƯỢC KHEN THƯỞNG\n(Kèm theo Quyết định số 215/QĐ-CAT ngày 20/12/2023)\n"
    "A. TẬP THỂ\n1. Đội Cảnh sát hình sự, Công an huyện Lục Nam;\n2. Công an xã Tiên Hưng, huyện Lục Nam.\n"
    "B. CÁ NHÂN\n1. Thiếu tá Nguyễn Văn Hải, Đội trưởng Đội Cảnh sát hình sự, Công an huyện Lục Nam;\n"
    "2. Đại úy Trần Thị Mai, Cán bộ Phòng PX03.\n"
)
SCHOOL_TABLE = (
    "Điều 1. Tặng Bằng khen của Giám đốc Sở Giáo dục và Đào tạo cho 02 tập thể và 01 cá nhân "
    "(có danh sách kèm theo).\n\n"
    "DANH SÁCH ĐƯỢC TẶNG BẰNG KHEN CỦA GIÁM ĐỐC SỞ GIÁO DỤC VÀ ĐÀO TẠO\n"
    "(Kèm theo Quyết định số 1020/QĐ-SGDĐT ngày 15/8/2024)\n"
    "TT | Tên tập thể, cá nhân | Chức vụ, đơn vị\n1 | Trường THPT Giao Thủy | \n2 | Trường THCS Xuân Trường | \n"
    "3 | Bà Phạm Thị Lan | Giáo viên Trường THPT Giao Thủy\n"
)
HOSPITAL_SORTED = (
    "Điều 1. Tặng Cờ thi đua và Bằng khen của Giám đốc Sở Y tế cho các tập thể, cá nhân "
    "có tên trong danh sách kèm theo.\n\n"
    "DANH SÁCH TẬP THỂ, CÁ NHÂN ĐƯỢC KHEN THƯỞNG\n(Ban hành kèm theo Quyết định số 88/QĐ-SYT ngày 10/01/2023)\n"
    "I. CỜ THI ĐUA CỦA GIÁM ĐỐC SỞ Y TẾ\n1. Bệnh viện Sản Nhi Nghệ An.\n"
    "II. BẰNG KHEN CỦA GIÁM ĐỐC SỞ Y TẾ\n1. Khoa Hồi sức tích cực, Bệnh viện Hữu nghị Đa khoa Nghệ An;\n"
    "2. BSCKII Hồ Thị Thu Hà, Trưởng khoa Nhi, Bệnh viện Đa khoa thành phố Vinh.\n"
)
UNION_PROPOSED = (
    "Tờ trình đề nghị khen thưởng Cụm thi đua số 4 năm 2024.\n\n"
    "DANH SÁCH ĐỀ NGHỊ TẶNG BẰNG KHEN CỦA TỔNG LIÊN ĐOÀN LAO ĐỘNG VIỆT NAM\n"
    "TT | Họ và tên | Chức vụ | Đơn vị\n1 | Nguyễn Thị Thanh Hương | Chủ tịch Công đoàn | Công ty TNHH May Sông Hồng\n"
    "2 | Phạm Văn Long | Phó Chủ tịch | Công đoàn ngành Giáo dục\n"
)
NOT_AWARD_LISTS = (
    "Hội nghị đề nghị tặng Bằng khen cho 02 tập thể (có danh sách kèm theo).\n\n"
    "DANH SÁCH ĐẠI BIỂU THAM DỰ HỘI NGHỊ\n(Kèm theo Thông báo số 12/TB-CĐN)\n"
    "1. Ông Nguyễn Văn Bình, Chủ tịch Công đoàn Bệnh viện Đa khoa tỉnh;\n"
    "2. Bà Lê Thị Hoa, Chủ tịch Công đoàn Bệnh viện Nhi.\n\n"
    "DANH SÁCH THÀNH VIÊN CỤM THI ĐUA SỐ 1\n1. Công đoàn Bệnh viện Đa khoa tỉnh;\n"
    "2. Công đoàn Bệnh viện Nhi Thanh Hóa.\n\n"
    "DANH SÁCH KẾT QUẢ CHẤM ĐIỂM THI ĐUA\nTT | Đơn vị | Điểm\n1 | Công đoàn Bệnh viện Đa khoa tỉnh | 98,5\n"
    "2 | Công đoàn Bệnh viện Nhi Thanh Hóa | 96\n"
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (POLICE_LIST,  # the award of the clause "(có danh sách kèm theo)"; rows under lettered sub-headings
         {("Giấy khen của Giám đốc Công an tỉnh", who, "granted") for who in (
             "Đội Cảnh sát hình sự", "Công an xã Tiên Hưng", "Nguyễn Văn Hải", "Trần Thị Mai")}),
        (SCHOOL_TABLE,  # the heading's award, as the clause writes it; " | " rows under a header
         {("Bằng khen của Giám đốc Sở Giáo dục và Đào tạo", who, "granted") for who in (
             "Trường THPT Giao Thủy", "Trường THCS Xuân Trường", "Phạm Thị Lan")}),
        (HOSPITAL_SORTED,  # sub-headings that name the award of the rows under them
         {("Cờ thi đua của Giám đốc Sở Y tế", "Bệnh viện Sản Nhi Nghệ An", "granted"),
          # (a department with its hospital after the comma, as heldout17, heldout32 and heldout34 write it)
          ("Bằng khen của Giám đốc Sở Y tế", "Khoa Hồi sức tích cực, Bệnh viện Hữu nghị Đa khoa Nghệ An", "granted"),
          ("Bằng khen của Giám đốc Sở Y tế", "Hồ Thị Thu Hà", "granted")}),
        (NOT_AWARD_LISTS,  # lists of attendees, members and scores give no awards
         {("Bằng khen", "02 tập thể", "proposed")}),
    ],
)
def test_appended_list_rows_are_the_recipients(text, expected):
    assert awards_of(text) == expected


def test_appended_list_proposed_in_its_heading():
    found = awards_of(UNION_PROPOSED)
    assert {(canon(a), who, status) for a, who, status in found} == {
        (canon("Bằng khen của Tổng Liên đoàn Lao động Việt Nam"), who, "proposed")
        for who in ("Nguyễn Thị Thanh Hương", "Phạm Văn Long")}
