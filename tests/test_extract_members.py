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
        assert f.member.endswith(f.evidence.surface)
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
        (  # police: a head shared by the members, then provinces
            "Cụm thi đua số 5 (Bộ Công an) gồm Công an các tỉnh Lạng Sơn, Cao Bằng, Hà Giang và Bắc Kạn.",
            "Cụm thi đua số 5",
            ["Bắc Kạn", "Cao Bằng", "Hà Giang", "Lạng Sơn"],
        ),
        (  # a count before the list, then a colon
            "Cụm thi đua số 4 gồm Công an 6 tỉnh: Lào Cai, Yên Bái, Điện Biên, Lai Châu, Sơn La và Hòa Bình.",
            "Cụm thi đua số 4",
            ["Hòa Bình", "Lai Châu", "Lào Cai", "Sơn La", "Yên Bái", "Điện Biên"],
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
        (  # an abbreviation in brackets, then a shared head in the middle of the list
            "Cụm thi đua số 4 gồm 09 đơn vị: Liên đoàn Lao động (LĐLĐ) thành phố Cần Thơ và LĐLĐ các tỉnh"
            " Vĩnh Long, Trà Vinh.",
            "Cụm thi đua số 4",
            ["Liên đoàn Lao động (LĐLĐ) thành phố Cần Thơ", "Trà Vinh", "tỉnh Vĩnh Long"],
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
    ],
)
def test_members_listed_for_body(text, body, members):
    assert members_of(text) == sorted((body, m) for m in members)


@pytest.mark.parametrize(
    "text",
    [
        "Cụm thi đua số 3 gồm 09 đơn vị.",  # a count alone
        "Khối thi đua số 2 họp. Khối thi đua cần tập trung một số nhiệm vụ gồm: Tiếp tục tuyên truyền.",
        "Cụm thi đua số 1 họp. Các phong trào thi đua chính bao gồm phong trào “Dân vận khéo”.",
        "Khối thi đua các bộ, ngành Nội chính Trung ương họp; đại biểu gồm Thứ trưởng Nguyễn Văn A.",
        "Cụm trưởng là Công an tỉnh A, Cụm phó là Công an tỉnh B trong Cụm thi đua số 5.",
        "Hội nghị gồm Bộ Tư pháp, Bộ Công an và Bộ Quốc phòng.",  # no body at all
    ],
)
def test_members_none_without_a_member_list(text):
    assert members_of(text) == []
