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
            "Khối thi đua các doanh nghiệp Trung ương",
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
