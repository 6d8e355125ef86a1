"""Members of bodies through the whole pipeline: lists after "gồm", "thành viên là", bullet
lines, "là thành viên của", tables; counts and lists that are not about members give nothing."""

from __future__ import annotations

import pytest

from pipeline.process import process_text
from schemas.facts import Member


def members_of(text: str) -> list[tuple[str, str]]:
    doc, facts = process_text(text)
    found = [f for f in facts if isinstance(f, Member)]
    for f in found:
        assert doc.text[f.evidence.start : f.evidence.end] == f.evidence.surface
        assert f.member.endswith(f.evidence.surface.split()[-1])  # as written, given its head, or spelt out
    return sorted({(f.body, f.member) for f in found})


@pytest.mark.parametrize(
    ("text", "body", "members"),
    [
        (  # ministries after "gồm:"
            "Khối Thi đua các bộ, ngành Nội chính Trung ương gồm: Bộ Tư pháp, Ban Quản lý Lăng Chủ tịch"
            " Hồ Chí Minh, Bộ Quốc phòng, Bộ Công an, Tòa án nhân dân Tối cao và Kiểm toán Nhà nước.",
            "Khối Thi đua các bộ, ngành Nội chính Trung ương",
            ["Ban Quản lý Lăng Chủ tịch Hồ Chí Minh", "Bộ Công an", "Bộ Quốc phòng", "Bộ Tư pháp",
             "Kiểm toán Nhà nước", "Tòa án nhân dân Tối cao"],
        ),
        (  # police: a head shared by the members, given to each province
            "Cụm thi đua số 5 (Bộ Công an) gồm Công an các tỉnh Lạng Sơn, Cao Bằng, Hà Giang và Bắc Kạn.",
            "Cụm thi đua số 5",
            ["Công an tỉnh Bắc Kạn", "Công an tỉnh Cao Bằng", "Công an tỉnh Hà Giang", "Công an tỉnh Lạng Sơn"],
        ),
        (  # a count before the list, then a colon
            "Cụm thi đua số 4 gồm Công an 6 tỉnh: Lào Cai, Yên Bái, Điện Biên, Lai Châu, Sơn La và Hòa Bình.",
            "Cụm thi đua số 4",
            ["Công an tỉnh Hòa Bình", "Công an tỉnh Lai Châu", "Công an tỉnh Lào Cai", "Công an tỉnh Sơn La",
             "Công an tỉnh Yên Bái", "Công an tỉnh Điện Biên"],
        ),
        (  # customs: count words and nouns between the body and "gồm"
            "Cụm thi đua III hiện có 5 cục hải quan địa phương gồm: Cục Hải quan TP Hải Phòng, Cục Hải quan"
            " tỉnh Quảng Ninh và Cục Hải quan tỉnh Lạng Sơn.",
            "Cụm thi đua III",
            ["Cục Hải quan TP Hải Phòng", "Cục Hải quan tỉnh Lạng Sơn", "Cục Hải quan tỉnh Quảng Ninh"],
        ),
        (  # universities, "các đơn vị thành viên gồm" in the next sentence
            "Cụm thi đua số 9 ký giao ước thi đua. Các đơn vị thành viên gồm: Trường Đại học Luật Hà Nội,"
            " Học viện Tư pháp và Trường Cao đẳng Luật miền Bắc.",
            "Cụm thi đua số 9",
            ["Học viện Tư pháp", "Trường Cao đẳng Luật miền Bắc", "Trường Đại học Luật Hà Nội"],
        ),
        (  # banks: "và" inside member names, "thành viên gồm"
            "Khối thi đua các ngân hàng thương mại nhà nước có 3 thành viên gồm Ngân hàng Ngoại thương Việt"
            " Nam, Ngân hàng Công thương Việt Nam và Ngân hàng Đầu tư và Phát triển Việt Nam.",
            "Khối thi đua các ngân hàng thương mại nhà nước",
            ["Ngân hàng Công thương Việt Nam", "Ngân hàng Ngoại thương Việt Nam",
             "Ngân hàng Đầu tư và Phát triển Việt Nam"],
        ),
        (  # ministries with commas and dashes inside names, semicolons between them
            "Khối thi đua các bộ, ngành Văn hóa – Xã hội gồm 3 thành viên: Bộ Văn hóa, Thể thao và Du lịch;"
            " Bộ Lao động – Thương binh và Xã hội; Thông tấn xã Việt Nam.",
            "Khối thi đua các bộ, ngành Văn hóa – Xã hội",
            ["Bộ Lao động – Thương binh và Xã hội", "Bộ Văn hóa, Thể thao và Du lịch", "Thông tấn xã Việt Nam"],
        ),
        (  # an abbreviation defined in brackets, then a shared head in the middle of the list
            "Cụm thi đua số 4 gồm 09 đơn vị: Liên đoàn Lao động (LĐLĐ) thành phố Cần Thơ và LĐLĐ các tỉnh"
            " Vĩnh Long, Trà Vinh.",
            "Cụm thi đua số 4",
            ["LĐLĐ tỉnh Trà Vinh", "LĐLĐ tỉnh Vĩnh Long", "Liên đoàn Lao động thành phố Cần Thơ"],
        ),
        (  # heads shared out over the places after them
            "Khu vực thi đua các tỉnh Bắc Trung Bộ ngành Tư pháp ký giao ước. Khu vực gồm Sở Tư pháp và Cục"
            " Thi hành án dân sự của 2 tỉnh Quảng Bình, Quảng Trị.",
            "Khu vực thi đua các tỉnh Bắc Trung Bộ ngành Tư pháp",
            ["Cục Thi hành án dân sự tỉnh Quảng Bình", "Cục Thi hành án dân sự tỉnh Quảng Trị",
             "Sở Tư pháp tỉnh Quảng Bình", "Sở Tư pháp tỉnh Quảng Trị"],
        ),
        (  # companies named without a unit head, lower-case place words inside
            "Khối thi đua các doanh nghiệp Trung ương trên địa bàn tỉnh gồm 04 đơn vị: Công ty Điện lực Quảng"
            " Ngãi, Viễn thông Quảng Ngãi, Bưu điện tỉnh Quảng Ngãi và Viettel Quảng Ngãi.",
            "Khối thi đua các doanh nghiệp Trung ương trên địa bàn tỉnh",  # a generic name goes on to its place
            ["Bưu điện tỉnh Quảng Ngãi", "Công ty Điện lực Quảng Ngãi", "Viettel Quảng Ngãi", "Viễn thông Quảng Ngãi"],
        ),
        (  # "là thành viên của"
            "Công an tỉnh Lạng Sơn và Công an tỉnh Cao Bằng là thành viên của Cụm thi đua số 8.",
            "Cụm thi đua số 8",
            ["Công an tỉnh Cao Bằng", "Công an tỉnh Lạng Sơn"],
        ),
        (  # bullet lines after a trigger that ends its sentence
            "Cụm thi đua số 3 thuộc Bộ Tư pháp gồm các đơn vị sau:\n- Cục Kiểm tra văn bản quy phạm pháp"
            " luật;\n- Cục Hộ tịch, quốc tịch, chứng thực;\n- Vụ Thi đua – Khen thưởng.\nCác đơn vị đã ký.",
            "Cụm thi đua số 3",
            ["Cục Hộ tịch, quốc tịch, chứng thực", "Cục Kiểm tra văn bản quy phạm pháp luật",
             "Vụ Thi đua – Khen thưởng"],
        ),
        (  # a table under a header row
            "Danh sách Cụm thi đua số 5 năm 2023\nSTT | Đơn vị | Ghi chú\n1 | Công an tỉnh Bắc Giang |"
            " Cụm trưởng\n2 | Công an tỉnh Bắc Ninh | Thành viên\n",
            "Cụm thi đua số 5",
            ["Công an tỉnh Bắc Giang", "Công an tỉnh Bắc Ninh"],
        ),
        (  # the generic "Cụm là" names the places of the body named before
            "Cụm thi đua số 2 (Bộ Công an) tổng kết năm 2023. Dự có lãnh đạo Công an 3 tỉnh trong Cụm là"
            " Lạng Sơn, Cao Bằng và Hà Giang.",
            "Cụm thi đua số 2",
            ["Cao Bằng", "Hà Giang", "Lạng Sơn"],
        ),
        # --- more phrasings ---
        (  # "gồm N tỉnh:" after an abbreviation in brackets
            "Cụm thi đua số 2 Bộ đội Biên phòng (BĐBP) gồm 4 tỉnh: Kiên Giang, An Giang, Đồng Tháp và Long An.",
            "Cụm thi đua số 2",
            ["An Giang", "Kiên Giang", "Long An", "Đồng Tháp"],
        ),
        (  # "Tham gia Cụm có các đơn vị:" with a shared head and its abbreviation
            "Cụm thi đua các tỉnh Đông Bắc họp năm 2017. Tham gia Cụm có các đơn vị: Hội Nông dân (HND) các tỉnh"
            " Quảng Ninh, Lạng Sơn và Bắc Giang.",
            "Cụm thi đua các tỉnh Đông Bắc",
            ["Hội Nông dân tỉnh Bắc Giang", "Hội Nông dân tỉnh Lạng Sơn", "Hội Nông dân tỉnh Quảng Ninh"],
        ),
        (  # "A, B và C là N thành viên của Khối"
            "Khối thi đua các công ty xổ số ký giao ước. Công ty Xổ số kiến thiết Cần Thơ, Công ty Xổ số kiến thiết"
            " Hậu Giang và Công ty Xổ số kiến thiết Sóc Trăng là 3 thành viên của Khối.",
            "Khối thi đua các công ty xổ số",
            ["Công ty Xổ số kiến thiết Cần Thơ", "Công ty Xổ số kiến thiết Hậu Giang",
             "Công ty Xổ số kiến thiết Sóc Trăng"],
        ),
        (  # "Khối có N thành viên, trong đó … là …", then "… thành viên còn lại là …"
            "Khối thi đua các cơ quan văn hóa có 5 thành viên, trong đó có 3 bảo tàng là Bảo tàng tỉnh Bắc Ninh, Bảo"
            " tàng tỉnh Bắc Giang và Bảo tàng tỉnh Hưng Yên. Hai thành viên còn lại là Thư viện tỉnh Bắc Ninh và"
            " Thư viện tỉnh Bắc Giang.",
            "Khối thi đua các cơ quan văn hóa",
            ["Bảo tàng tỉnh Bắc Giang", "Bảo tàng tỉnh Bắc Ninh", "Bảo tàng tỉnh Hưng Yên", "Thư viện tỉnh Bắc Giang",
             "Thư viện tỉnh Bắc Ninh"],
        ),
        (  # a shared head with numbers: "Trung đoàn 101, 102 và 103"
            "Khối thi đua các trung đoàn bộ binh gồm Trung đoàn 101, 102 và 103.",
            "Khối thi đua các trung đoàn bộ binh",
            ["Trung đoàn 101", "Trung đoàn 102", "Trung đoàn 103"],
        ),
        (  # a shared head over numbers after its place word
            "Cụm thi đua số 1 có 4 đơn vị gồm Chi cục Thuế các quận 2, 7 và 9, Chi cục Thuế quận Thủ Đức.",
            "Cụm thi đua số 1",
            ["Chi cục Thuế quận 2", "Chi cục Thuế quận 7", "Chi cục Thuế quận 9", "Chi cục Thuế quận Thủ Đức"],
        ),
        (  # "các <head>:" then the places
            "Cụm thi đua số 3 gồm các Cục Thống kê: Thái Nguyên, Bắc Kạn, Cao Bằng.",
            "Cụm thi đua số 3",
            ["Cục Thống kê Bắc Kạn", "Cục Thống kê Cao Bằng", "Cục Thống kê Thái Nguyên"],
        ),
        (  # "X / Y / Z" after "Thành viên (…):"
            "Cụm thi đua số 6 họp năm 2016.\n• Thành viên (4 đơn vị): Điện lực Hà Tĩnh / Điện lực Quảng Bình /"
            " Điện lực Quảng Trị / Điện lực Thừa Thiên Huế",
            "Cụm thi đua số 6",
            ["Điện lực Hà Tĩnh", "Điện lực Quảng Bình", "Điện lực Quảng Trị", "Điện lực Thừa Thiên Huế"],
        ),
        (  # "Tham gia <body> có …"
            "Tham gia Khối thi đua số 3 có Kho bạc Nhà nước các tỉnh Quảng Bình, Quảng Trị.",
            "Khối thi đua số 3",
            ["Kho bạc Nhà nước tỉnh Quảng Bình", "Kho bạc Nhà nước tỉnh Quảng Trị"],
        ),
        (  # a role word after the list is no member
            "Cụm thi đua số 6 gồm Sở Tư pháp các tỉnh Gia Lai, Kon Tum; Cụm trưởng năm 2021 là Sở Tư pháp"
            " tỉnh Gia Lai.",
            "Cụm thi đua số 6",
            ["Sở Tư pháp tỉnh Gia Lai", "Sở Tư pháp tỉnh Kon Tum"],
        ),
        (  # a sector name joined by "và" stays one member
            "Khối thi đua các phòng chuyên môn gồm các phòng: Tư pháp, Nội vụ, Kế hoạch và Đầu tư, Tài nguyên và Môi"
            " trường.",
            "Khối thi đua các phòng chuyên môn",
            ["Kế hoạch và Đầu tư", "Nội vụ", "Tài nguyên và Môi trường", "Tư pháp"],
        ),
    ],
)
def test_members_listed_for_body(text, body, members):
    assert members_of(text) == sorted((body, m) for m in members)


@pytest.mark.parametrize(
    ("text", "body", "members"),
    [
        (  # numbered lines under a heading that names the body, a list number split off its line
            "Điều 2. Đơn vị thuộc các Cụm thi đua:\na) Cụm thi đua số 1 (vùng ven biển):\n1. Trạm Y tế xã Hải Hà;\n"
            "2. Trạm Y tế xã Hải Đông.\nb) Cụm thi đua số 2 (vùng núi):\n1. Trạm Y tế xã Lâm Sơn;\n2. Trạm Y tế xã"
            " Đồng Sơn.",
            None,
            [("Cụm thi đua số 1", "Trạm Y tế xã Hải Hà"), ("Cụm thi đua số 1", "Trạm Y tế xã Hải Đông"),
             ("Cụm thi đua số 2", "Trạm Y tế xã Lâm Sơn"), ("Cụm thi đua số 2", "Trạm Y tế xã Đồng Sơn")],
        ),
        (  # emoji bullets under a heading, each line a unit and its role
            "Cụm thi đua số 2 ngành Hải quan năm 2022 (3 đơn vị):\n1️⃣ Cục Hải quan tỉnh Bình Định – Cụm trưởng\n"
            "2️⃣ Cục Hải quan tỉnh Quảng Ngãi\n3️⃣ Cục Hải quan tỉnh Quảng Nam",
            "Cụm thi đua số 2",
            ["Cục Hải quan tỉnh Bình Định", "Cục Hải quan tỉnh Quảng Nam", "Cục Hải quan tỉnh Quảng Ngãi"],
        ),
        (  # "Đây là bốn đơn vị thuộc Cụm": the list of the sentence before
            "Cụm thi đua số 3 tổng kết năm 2018. Dự hội nghị có lãnh đạo Chi cục Kiểm lâm huyện Mường Tè (Cụm trưởng),"
            " Chi cục Kiểm lâm huyện Sìn Hồ, Chi cục Kiểm lâm huyện Phong Thổ và Chi cục Kiểm lâm huyện Tam Đường."
            " Đây là bốn đơn vị thuộc Cụm.",
            "Cụm thi đua số 3",
            ["Chi cục Kiểm lâm huyện Mường Tè", "Chi cục Kiểm lâm huyện Phong Thổ", "Chi cục Kiểm lâm huyện Sìn Hồ",
             "Chi cục Kiểm lâm huyện Tam Đường"],
        ),
    ],
)
def test_members_lines_and_lists_before(text, body, members):
    expected = sorted(members) if body is None else sorted((body, m) for m in members)
    assert members_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a table of bodies, each row's cell a list of members with a shared head
            "Danh sách các Cụm thi đua năm 2022\nCụm | Đơn vị thành viên\nCụm thi đua số 1 | Công an các tỉnh Hà"
            " Giang, Tuyên Quang\nCụm thi đua số 2 | Công an các tỉnh Lào Cai, Yên Bái\n",
            [("Cụm thi đua số 1", "Công an tỉnh Hà Giang"), ("Cụm thi đua số 1", "Công an tỉnh Tuyên Quang"),
             ("Cụm thi đua số 2", "Công an tỉnh Lào Cai"), ("Cụm thi đua số 2", "Công an tỉnh Yên Bái")],
        ),
        (  # a cell that says more than its list
            "Cụm thi đua số 1 năm 2022\nSTT | Đơn vị | Ghi chú\n1 | Công an các tỉnh Hà Giang, Tuyên Quang đạt 98"
            " điểm |\n",
            [],
        ),
    ],
)
def test_members_table_cells_with_lists(text, expected):
    assert members_of(text) == sorted(expected)


def test_members_a_passing_mention_is_not_the_list_body():
    text = ("Khối thi đua số 2 họp năm 2020. Năm nay Trường THCS Lê Lợi chuyển từ Khối thi đua số 5 sang Khối."
            " Danh sách cụ thể:\nSTT | Tên đơn vị | Ghi chú\n1 | Trường THCS Lê Lợi |\n2 | Trường THCS Trần Phú |\n")
    assert members_of(text) == [("Khối thi đua số 2", "Trường THCS Lê Lợi"),
                                ("Khối thi đua số 2", "Trường THCS Trần Phú")]


@pytest.mark.parametrize(
    "text",
    [
        "Cụm thi đua số 3 gồm 09 đơn vị.",  # a count alone
        # a heading whose lines are not units alone
        "Cụm thi đua số 4 đạt các kết quả sau:\n- Công an tỉnh Hà Nam bắt giữ 120 đối tượng;\n- Công an tỉnh"
        " Nam Định triệt phá 12 ổ nhóm.",
        # a heading that does more than name its body
        "Cụm thi đua số 3 đề nghị tặng Cờ thi đua cho các đơn vị sau:\n- Công an tỉnh Hà Nam;\n- Công an tỉnh"
        " Nam Định.",
        # an anaphor whose count does not fit the list before
        "Cụm thi đua số 5 họp. Dự có Sở Y tế tỉnh Hà Nam và Sở Y tế tỉnh Nam Định. Đây là ba đơn vị thuộc Cụm.",

        "Khối thi đua số 2 họp. Khối thi đua cần tập trung một số nhiệm vụ gồm: Tiếp tục tuyên truyền.",
        "Cụm thi đua số 1 họp. Các phong trào thi đua chính bao gồm phong trào “Dân vận khéo”.",
        "Khối thi đua các bộ, ngành Nội chính Trung ương họp; đại biểu gồm Thứ trưởng Nguyễn Văn A.",
        "Cụm trưởng là Công an tỉnh A, Cụm phó là Công an tỉnh B trong Cụm thi đua số 5.",
        "Hội nghị gồm Bộ Tư pháp, Bộ Công an và Bộ Quốc phòng.",  # no body at all
    ],
)
def test_members_none_without_a_member_list(text):
    assert members_of(text) == []


@pytest.mark.parametrize(
    ("text", "body", "members"),
    [
        (  # short place names after a shared head and a colon
            "Cụm thi đua số 1 (Bộ Công an) tổng kết năm 2023. Cụm gồm Công an các tỉnh: Lai Châu, Điện Biên, Sơn La"
            " và Hòa Bình.",
            "Cụm thi đua số 1",
            ["Công an tỉnh Hòa Bình", "Công an tỉnh Lai Châu", "Công an tỉnh Sơn La", "Công an tỉnh Điện Biên"],
        ),
        (  # an abbreviation the text does not define, districts after it
            "Cụm thi đua số 3 của Liên đoàn Lao động tỉnh Thanh Hóa tổng kết năm 2022. Cụm gồm LĐLĐ các huyện Nga"
            " Sơn, Hậu Lộc và Hoằng Hóa.",
            "Cụm thi đua số 3",
            ["LĐLĐ huyện Hoằng Hóa", "LĐLĐ huyện Hậu Lộc", "LĐLĐ huyện Nga Sơn"],
        ),
        (  # an abbreviation the text defines, spelt out in the members it shares
            "Cụm thi đua các huyện miền núi năm 2020 gồm Liên đoàn Lao động (LĐLĐ) các huyện Mường Lát, Quan Sơn,"
            " Quan Hóa.",
            "Cụm thi đua các huyện miền núi",
            ["Liên đoàn Lao động huyện Mường Lát", "Liên đoàn Lao động huyện Quan Hóa",
             "Liên đoàn Lao động huyện Quan Sơn"],
        ),
        (
            "Cụm thi đua số 5 gồm Tòa án nhân dân (TAND) các tỉnh Kon Tum, Gia Lai và Đắk Lắk.",
            "Cụm thi đua số 5",
            ["Tòa án nhân dân tỉnh Gia Lai", "Tòa án nhân dân tỉnh Kon Tum", "Tòa án nhân dân tỉnh Đắk Lắk"],
        ),
        (
            "Cụm thi đua số 7 gồm các Chi cục Thi hành án dân sự (THADS) huyện: Tân Phú, Định Quán và Xuân Lộc.",
            "Cụm thi đua số 7",
            ["Chi cục Thi hành án dân sự huyện Tân Phú", "Chi cục Thi hành án dân sự huyện Xuân Lộc",
             "Chi cục Thi hành án dân sự huyện Định Quán"],
        ),
        (
            "Cụm thi đua số 4 gồm Kho bạc Nhà nước (KBNN) các tỉnh Đồng Nai, Bình Dương và Bình Phước.",
            "Cụm thi đua số 4",
            ["Kho bạc Nhà nước tỉnh Bình Dương", "Kho bạc Nhà nước tỉnh Bình Phước", "Kho bạc Nhà nước tỉnh Đồng Nai"],
        ),
        (
            "Khối thi đua số 4 gồm Viện kiểm sát nhân dân (VKSND) các huyện Tây Sơn, Phù Cát và An Nhơn.",
            "Khối thi đua số 4",
            ["Viện kiểm sát nhân dân huyện An Nhơn", "Viện kiểm sát nhân dân huyện Phù Cát",
             "Viện kiểm sát nhân dân huyện Tây Sơn"],
        ),
        (  # an abbreviation defined in words inside the bracket
            "Cụm thi đua số 5 gồm Tòa án nhân dân (sau đây gọi tắt là TAND) các huyện Tây Sơn, Phù Cát.",
            "Cụm thi đua số 5",
            ["Tòa án nhân dân huyện Phù Cát", "Tòa án nhân dân huyện Tây Sơn"],
        ),
        (  # MTTQ written short in the list, the long form defined before it
            "Cụm thi đua số 1 của Ủy ban Mặt trận Tổ quốc (MTTQ) tỉnh gồm Ủy ban MTTQ các huyện Phù Mỹ, Hoài Nhơn.",
            "Cụm thi đua số 1",
            ["Ủy ban MTTQ huyện Hoài Nhơn", "Ủy ban MTTQ huyện Phù Mỹ"],
        ),
        (  # lower-case words inside a shared head
            "Cụm thi đua số 2 của Ngân hàng Nhà nước gồm Ngân hàng Nhà nước chi nhánh các tỉnh Lào Cai, Yên Bái và Hà"
            " Giang.",
            "Cụm thi đua số 2",
            ["Ngân hàng Nhà nước chi nhánh tỉnh Hà Giang", "Ngân hàng Nhà nước chi nhánh tỉnh Lào Cai",
             "Ngân hàng Nhà nước chi nhánh tỉnh Yên Bái"],
        ),
        (  # names with dashes inside
            "Khối thi đua số 2 gồm: Khoa Ngữ văn – Báo chí, Khoa Công nghệ – Môi trường và Phòng Tổ chức – Hành chính.",
            "Khối thi đua số 2",
            ["Khoa Công nghệ – Môi trường", "Khoa Ngữ văn – Báo chí", "Phòng Tổ chức – Hành chính"],
        ),
        (
            "Khối thi đua các công ty cao su tổng kết năm 2021. Khối gồm Công ty TNHH MTV Cao su Dầu Tiếng – Bình"
            " Dương, Công ty TNHH MTV Cao su Phước Hòa và Công ty Cổ phần Cao su Đồng Phú.",
            "Khối thi đua các công ty cao su",
            ["Công ty Cổ phần Cao su Đồng Phú", "Công ty TNHH MTV Cao su Dầu Tiếng – Bình Dương",
             "Công ty TNHH MTV Cao su Phước Hòa"],
        ),
        (  # a school with its parent university after a dash
            "Khối thi đua các trường đại học gồm Trường Đại học Sư phạm – Đại học Đà Nẵng và Trường Đại học Kinh tế –"
            " Đại học Đà Nẵng.",
            "Khối thi đua các trường đại học",
            ["Trường Đại học Kinh tế – Đại học Đà Nẵng", "Trường Đại học Sư phạm – Đại học Đà Nẵng"],
        ),
        (  # a count with the names after "là"
            "Cụm thi đua số 5 gồm 5 tỉnh là Lai Châu, Điện Biên, Sơn La, Hòa Bình và Lào Cai.",
            "Cụm thi đua số 5",
            ["Hòa Bình", "Lai Châu", "Lào Cai", "Sơn La", "Điện Biên"],
        ),
        (  # bullet lines that end with commas stay one member a line
            "Cụm thi đua số 3 năm 2020 gồm các đơn vị sau:\n- Công an tỉnh Hà Nam,\n- Công an tỉnh Nam Định,\n-"
            " Công an tỉnh Ninh Bình.",
            "Cụm thi đua số 3",
            ["Công an tỉnh Hà Nam", "Công an tỉnh Nam Định", "Công an tỉnh Ninh Bình"],
        ),
        (  # numbered lines, each item's number kept with its line by the sentence splitter
            "Khối thi đua số 9 năm 2022 có 3 thành viên:\n1. Sở Tư pháp;\n2. Sở Nội vụ;\n3. Sở Tài chính.",
            "Khối thi đua số 9",
            ["Sở Nội vụ", "Sở Tài chính", "Sở Tư pháp"],
        ),
    ],
)
def test_members_phrasing_families(text, body, members):
    assert members_of(text) == sorted((body, m) for m in members)


@pytest.mark.parametrize(
    "text",
    [
        "Khối thi đua số 2 gồm 5 khoa.",  # a count alone
        # places after a shared head that speak of something else
        "Cụm thi đua số 1 họp năm 2023. Lực lượng Công an các tỉnh Lai Châu, Điện Biên đã phá nhiều chuyên án.",
        # a dash before a parent that is a list of awards, not members
        "Khối thi đua số 2 họp. Trường Đại học Sư phạm – Đại học Đà Nẵng được tặng Bằng khen.",
    ],
)
def test_members_family_negatives(text):
    assert members_of(text) == []


@pytest.mark.parametrize(
    ("text", "body", "members"),
    [
        (  # a description of the list before its colon, then numbered lines
            "Khối thi đua số 2 ký giao ước năm 2013. Khối gồm 3 công ty cao su trên địa bàn Bình Dương, Bình Phước và"
            " Bà Rịa – Vũng Tàu:\n1. Công ty TNHH MTV Cao su Dầu Tiếng – Bình Dương;\n2. Công ty CP Cao su Đồng"
            " Phú;\n3. Công ty TNHH MTV Cao su Bà Rịa.",
            "Khối thi đua số 2",
            ["Công ty CP Cao su Đồng Phú", "Công ty TNHH MTV Cao su Bà Rịa",
             "Công ty TNHH MTV Cao su Dầu Tiếng – Bình Dương"],
        ),
        (  # "+" lines after "gồm các tổng cục và đơn vị tương đương:"
            "Khối thi đua số 1 của Bộ Tài chính gồm các tổng cục và đơn vị tương đương:\n+ Tổng cục Thuế;\n"
            "+ Kho bạc Nhà nước (KBNN);\n+ Ủy ban Chứng khoán Nhà nước.",
            "Khối thi đua số 1",
            ["Kho bạc Nhà nước", "Tổng cục Thuế", "Ủy ban Chứng khoán Nhà nước"],
        ),
        (  # a long description before the colon, the list going on in the next line after a comma
            "Khu vực thi đua số 2 của Liên minh Hợp tác xã tỉnh Đắk Lắk gồm 03 hợp tác xã (HTX) nông nghiệp, dịch"
            " vụ ở các huyện phía Đông của tỉnh: HTX Nông nghiệp – Dịch vụ Ea Kiết, HTX Cà phê Ea Tul,\nHTX Nông"
            " nghiệp Thuận An.",
            "Khu vực thi đua số 2",
            ["HTX Cà phê Ea Tul", "HTX Nông nghiệp Thuận An", "HTX Nông nghiệp – Dịch vụ Ea Kiết"],
        ),
        (  # "… 5 tỉnh trong Cụm: A, B": the places of the body's members
            "Cụm thi đua số 2 tổng kết năm 2021. Tham dự có đại diện Công an 3 tỉnh trong Cụm: Hà Giang, Tuyên Quang"
            " và Cao Bằng.",
            "Cụm thi đua số 2",
            ["Cao Bằng", "Hà Giang", "Tuyên Quang"],
        ),
        (  # a school year between the body and "gồm"
            "Khối thi đua các trường THPT năm học 2019 – 2020 gồm các trường: THPT Lê Lợi, THPT Trần Phú và THPT"
            " Nguyễn Du.",
            "Khối thi đua các trường THPT",
            ["THPT Lê Lợi", "THPT Nguyễn Du", "THPT Trần Phú"],
        ),
        (  # "có sự tham gia của 6 đơn vị gồm …"
            "Cụm thi đua số 1 có sự tham gia của 3 đơn vị gồm Cục Thuế các tỉnh Bắc Giang, Bắc Ninh và Lạng Sơn.",
            "Cụm thi đua số 1",
            ["Cục Thuế tỉnh Bắc Giang", "Cục Thuế tỉnh Bắc Ninh", "Cục Thuế tỉnh Lạng Sơn"],
        ),
        (  # "… các đơn vị thành viên: A, B và C"
            "Cụm thi đua số 3 tổng kết năm 2019. Dự hội nghị có lãnh đạo các đơn vị thành viên: Công an huyện Mường"
            " Lát, Công an huyện Quan Sơn và Công an huyện Quan Hóa.",
            "Cụm thi đua số 3",
            ["Công an huyện Mường Lát", "Công an huyện Quan Hóa", "Công an huyện Quan Sơn"],
        ),
        (  # the head of the first member after "các (trường)" is shared by the names after it
            "Cụm thi đua các trường THPT huyện Quỳnh Lưu năm 2022. Cụm gồm 3 đơn vị là các trường THPT Quỳnh Lưu 1,"
            " Quỳnh Lưu 2 và Hoàng Mai.",
            "Cụm thi đua các trường THPT huyện Quỳnh Lưu",
            ["THPT Hoàng Mai", "THPT Quỳnh Lưu 1", "THPT Quỳnh Lưu 2"],
        ),
        (
            "Cụm thi đua số 2 năm 2020 gồm các Chi cục Thuế Hải Châu, Thanh Khê, Liên Chiểu.",
            "Cụm thi đua số 2",
            ["Chi cục Thuế Hải Châu", "Chi cục Thuế Liên Chiểu", "Chi cục Thuế Thanh Khê"],
        ),
        (  # heads without a place before a head shared over places: each head at each place
            "Khu vực thi đua số 3 gồm Sở Tư pháp và Cục Thi hành án dân sự các tỉnh Quảng Bình, Quảng Trị.",
            "Khu vực thi đua số 3",
            ["Cục Thi hành án dân sự tỉnh Quảng Bình", "Cục Thi hành án dân sự tỉnh Quảng Trị",
             "Sở Tư pháp tỉnh Quảng Bình", "Sở Tư pháp tỉnh Quảng Trị"],
        ),
        (  # a unit with its own place before a shared head stays as it is
            "Cụm thi đua số 2 gồm Công an thành phố Quy Nhơn và Công an các huyện Tây Sơn, Phù Cát.",
            "Cụm thi đua số 2",
            ["Công an huyện Phù Cát", "Công an huyện Tây Sơn", "Công an thành phố Quy Nhơn"],
        ),
        (  # a count alone, then "Đó là" and the list in the next sentence
            "Cụm thi đua số 5 gồm 3 đơn vị. Đó là Công an các tỉnh: Thanh Hóa, Nghệ An và Hà Tĩnh.",
            "Cụm thi đua số 5",
            ["Công an tỉnh Hà Tĩnh", "Công an tỉnh Nghệ An", "Công an tỉnh Thanh Hóa"],
        ),
        (  # new members: "có thêm 2 thành viên mới là …"
            "Năm 2021, Cụm thi đua số 2 có thêm 2 thành viên mới là Sở Y tế tỉnh Nam Định và Sở Y tế tỉnh Ninh Bình.",
            "Cụm thi đua số 2",
            ["Sở Y tế tỉnh Nam Định", "Sở Y tế tỉnh Ninh Bình"],
        ),
        (  # a brand in brackets inside a name, then the brand alone
            "Cụm thi đua số 3 năm 2018 gồm các đơn vị: Ngân hàng Nông nghiệp và Phát triển nông thôn (Agribank) chi"
            " nhánh Lào Cai, Agribank chi nhánh Yên Bái và Agribank chi nhánh Hà Giang.",
            "Cụm thi đua số 3",
            ["Agribank chi nhánh Hà Giang", "Agribank chi nhánh Yên Bái",
             "Ngân hàng Nông nghiệp và Phát triển nông thôn chi nhánh Lào Cai"],
        ),
        (  # a place with its own place word after places that share one
            "Cụm thi đua số 3 năm 2016. Cụm gồm Ủy ban MTTQ các huyện Nghi Lộc, Nam Đàn và thị xã Cửa Lò, thị xã"
            " Hoàng Mai.",
            "Cụm thi đua số 3",
            ["Ủy ban MTTQ huyện Nam Đàn", "Ủy ban MTTQ huyện Nghi Lộc", "Ủy ban MTTQ thị xã Cửa Lò",
             "Ủy ban MTTQ thị xã Hoàng Mai"],
        ),
    ],
)
def test_members_lists_described_or_broken_over_lines(text, body, members):
    assert members_of(text) == sorted((body, m) for m in members)


@pytest.mark.parametrize(
    "text",
    [
        # a description before a colon, then lines that are not units alone
        "Cụm thi đua số 3 gồm các tỉnh có thành tích nổi bật như sau:\n- Công an tỉnh Hà Nam bắt giữ 120 đối"
        " tượng;\n- Công an tỉnh Nam Định triệt phá 12 ổ nhóm.",
        # a description with verbs: no member list
        "Cụm thi đua số 3 năm 2020 gồm các tập thể được đề nghị khen thưởng sau:\n- Công an tỉnh Hà Nam;\n- Công"
        " an tỉnh Nam Định.",
        "Cụm thi đua số 3 năm 2020 gồm các đơn vị dẫn đầu phong trào thi đua:\n- Công an tỉnh Hà Nam;\n- Công an"
        " tỉnh Nam Định.",
        # a colon after a body that is no "trong Cụm:" (recipients by bloc in a decision)
        "Cụm thi đua số 2 họp năm 2021. Tặng Cờ thi đua cho Cụm thi đua số 2: Công an tỉnh Hà Giang, Công an tỉnh"
        " Tuyên Quang.",
        # "thành viên:" after no unit word, inside a line
        "Cụm thi đua số 3 họp năm 2019. Ông An cảm ơn các thành viên: Công an huyện Mường Lát, Công an huyện Quan"
        " Sơn đã hỗ trợ.",
        # "Đó là" after a sentence that did not count the members
        "Cụm thi đua số 5 họp năm 2020. Đó là Công an các tỉnh: Thanh Hóa, Nghệ An và Hà Tĩnh.",
        # a line that ends with a comma is no list of members by itself
        "Cụm thi đua số 3 họp năm 2020 tại Hà Nam,\nCông an tỉnh Hà Nam phát biểu.",
    ],
)
def test_members_described_lists_negatives(text):
    assert members_of(text) == []


@pytest.mark.parametrize(
    ("text", "body", "members"),
    [
        (  # "Cùng tham gia Cụm còn có A và B": a bare "Cụm" joined, then "còn có"
            "Cụm thi đua số 9 gồm Cục Thuế các tỉnh Hà Nam và Nam Định. Cùng tham gia Cụm còn có Cục Thuế tỉnh Thái"
            " Bình và Cục Thuế tỉnh Hưng Yên.",
            "Cụm thi đua số 9",
            ["Cục Thuế tỉnh Hà Nam", "Cục Thuế tỉnh Hưng Yên", "Cục Thuế tỉnh Nam Định", "Cục Thuế tỉnh Thái Bình"],
        ),
        (  # "Tham gia Khối thi đua này gồm …"
            "Khối thi đua số 2 họp năm 2020. Tham gia Khối thi đua này gồm Bảo tàng tỉnh Bắc Ninh, Thư viện tỉnh Bắc"
            " Ninh và Nhà hát Quan họ Bắc Ninh.",
            "Khối thi đua số 2",
            ["Bảo tàng tỉnh Bắc Ninh", "Nhà hát Quan họ Bắc Ninh", "Thư viện tỉnh Bắc Ninh"],
        ),
        (  # short names after a plural head, closed by "và": each takes the head
            "Khối thi đua các cơ quan tổng hợp của tỉnh Quảng Ninh gồm các Sở Tư pháp, Nội vụ và Tài chính.",
            "Khối thi đua các cơ quan tổng hợp",
            ["Sở Nội vụ", "Sở Tài chính", "Sở Tư pháp"],
        ),
        (  # sector names joined by "và" or commas stay whole among them
            "Khối thi đua các cơ quan tổng hợp gồm các Sở Kế hoạch và Đầu tư, Văn hóa, Thể thao và Du lịch, Nội vụ"
            " và Tài chính.",
            "Khối thi đua các cơ quan tổng hợp",
            ["Sở Kế hoạch và Đầu tư", "Sở Nội vụ", "Sở Tài chính", "Sở Văn hóa, Thể thao và Du lịch"],
        ),
        (  # two short names
            "Khối thi đua số 3 gồm các Sở Tư pháp và Nội vụ.",
            "Khối thi đua số 3",
            ["Sở Nội vụ", "Sở Tư pháp"],
        ),
        (  # without "các", one ministry of three sector words, then another
            "Khối thi đua số 3 gồm Bộ Văn hóa, Thể thao và Du lịch và Bộ Y tế.",
            "Khối thi đua số 3",
            ["Bộ Văn hóa, Thể thao và Du lịch", "Bộ Y tế"],
        ),
        (  # "- Thành phần: …" on a line under the body's heading
            "I. CỤM THI ĐUA SỐ 1 (các đồn biên phòng tuyến biên giới)\n- Thành phần: Đồn Biên phòng Vĩnh Điều, Đồn Biên"
            " phòng Giang Thành, Đồn Biên phòng Xà Xía.",
            "CỤM THI ĐUA SỐ 1",
            ["Đồn Biên phòng Giang Thành", "Đồn Biên phòng Vĩnh Điều", "Đồn Biên phòng Xà Xía"],
        ),
        (  # a lower-case plural before short names: the names as written
            "II. CỤM THI ĐUA SỐ 2 (các đồn tuyến biển)\n- Thành phần: các đồn biên phòng Dương Đông, Gành Dầu và Nam"
            " Du.",
            "CỤM THI ĐUA SỐ 2",
            ["Dương Đông", "Gành Dầu", "Nam Du"],
        ),
        (  # a shared head, a count and a description before the colon
            "Cụm thi đua số 6 họp năm 2023. Cụm 6 gồm Viện kiểm sát nhân dân 5 tỉnh Tây Nguyên: Kon Tum, Gia Lai, Đắk"
            " Lắk, Đắk Nông và Lâm Đồng.",
            "Cụm 6",
            ["Viện kiểm sát nhân dân tỉnh Gia Lai", "Viện kiểm sát nhân dân tỉnh Kon Tum",
             "Viện kiểm sát nhân dân tỉnh Lâm Đồng", "Viện kiểm sát nhân dân tỉnh Đắk Lắk",
             "Viện kiểm sát nhân dân tỉnh Đắk Nông"],
        ),
        (  # an English label of a fact box
            "Khối thi đua số 7 ký giao ước năm 2007.\n• Members (3): Agribank chi nhánh Huế, Đà Nẵng và Quảng Nam.",
            "Khối thi đua số 7",
            ["Agribank chi nhánh Huế", "Quảng Nam", "Đà Nẵng"],
        ),
        (  # sector words the tagger calls verbs stay in the names
            "Khối thi đua các HTX phi nông nghiệp (Khối II)\n- Thành viên: HTX Mây tre đan Hợp Tiến, HTX Thủ công mỹ"
            " nghệ Đồng Xâm.",
            "Khối thi đua các HTX phi nông nghiệp",  # its short name in brackets is an aside: the full name
            ["HTX Mây tre đan Hợp Tiến", "HTX Thủ công mỹ nghệ Đồng Xâm"],
        ),
    ],
)
def test_members_joined_short_names_and_composition_lines(text, body, members):
    assert members_of(text) == sorted((body, m) for m in members)


@pytest.mark.parametrize(
    "text",
    [
        # guests of a meeting, not members of the body
        "Cụm thi đua số 9 họp năm 2022. Cùng tham gia Cụm còn có đồng chí Nguyễn Văn An và đồng chí Trần Văn Bình.",
        # "tham gia" a meeting, not the body
        "Cụm thi đua số 9 họp năm 2022. Tham gia hội nghị còn có Cục Thuế tỉnh Thái Bình và Cục Thuế tỉnh Hưng Yên.",
        # what the body receives, not who is in it
        "Cụm thi đua số 9 họp năm 2022. Tham gia Cụm còn có sự phối hợp của Sở Nội vụ và Sở Tài chính.",
        # one plural sector, no list
        "Khối thi đua số 3 gồm các Sở Văn hóa, Thể thao và Du lịch.",
        # "Thành phần" inside a sentence, not opening a line
        "Cụm thi đua số 1 họp năm 2015. Đại biểu có thành phần: Công an tỉnh Hà Nam, Công an tỉnh Nam Định.",
        # "Thành phần tham dự" of a meeting
        "Cụm thi đua số 1 họp năm 2015.\n- Thành phần tham dự gồm đại diện lãnh đạo các đơn vị.",
    ],
)
def test_members_joined_short_names_and_composition_negatives(text):
    assert members_of(text) == []
