"""Awards and their recipients, through the whole pipeline."""

from __future__ import annotations

import pytest

from pipeline.process import process_text
from schemas.facts import Award

# a line that lets a document past the cascade's trigger words and names nothing itself
CONTEXT = "\nHội nghị tổng kết công tác thi đua, khen thưởng."


def awards_of(text: str) -> list[Award]:
    doc, facts = process_text(text + CONTEXT)
    found = [f for f in facts if isinstance(f, Award)]
    for f in found:
        surface = doc.text[f.evidence.start : f.evidence.end]
        assert f.award in surface and f.recipient in surface
    return found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # justice, proposed: "được đề nghị xét tặng"
            "Theo đó, Sở Tư pháp tỉnh Hải Dương được đề nghị xét tặng Cờ thi đua ngành Tư pháp năm 2021.",
            [("Cờ thi đua ngành Tư pháp", "Sở Tư pháp tỉnh Hải Dương", "proposed")],
        ),
        (  # schools, passive with the grantor as agent
            "Năm 2019, Trường THPT chuyên Lam Sơn được Chủ tịch nước tặng thưởng Huân chương Lao động hạng Nhất.",
            [("Huân chương Lao động hạng Nhất", "Trường THPT chuyên Lam Sơn", "granted")],
        ),
        (  # police, "trao … cho"
            "Thừa ủy quyền của Chủ tịch nước, Thứ trưởng Bộ Công an đã trao Huân chương Bảo vệ Tổ quốc hạng Ba cho "
            "Công an huyện Gia Lâm.",
            [("Huân chương Bảo vệ Tổ quốc hạng Ba", "Công an huyện Gia Lâm", "granted")],
        ),
        (  # army, a verb of receiving
            "Bộ Chỉ huy Quân sự tỉnh Điện Biên vinh dự nhận Cờ thi đua của Bộ Quốc phòng năm 2012.",
            [("Cờ thi đua của Bộ Quốc phòng", "Bộ Chỉ huy Quân sự tỉnh Điện Biên", "granted")],
        ),
        (  # companies, a title of honour
            "Công ty Cổ phần Than Hà Tu đón nhận danh hiệu Anh hùng Lao động thời kỳ đổi mới năm 2008.",
            [("Anh hùng Lao động thời kỳ đổi mới", "Công ty Cổ phần Than Hà Tu", "granted")],
        ),
        (  # a group after "cho", proposed through "đề nghị … tặng"
            "Hội đồng Thi đua - Khen thưởng tỉnh thống nhất đề nghị Thủ tướng Chính phủ tặng Bằng khen cho 12 tập thể "
            "và 20 cá nhân có thành tích xuất sắc trong phong trào thi đua năm 2015.",
            [("Bằng khen", "12 tập thể và 20 cá nhân có thành tích xuất sắc trong phong trào thi đua năm 2015",
              "proposed")],
        ),
        (  # courts, a person with an office after the comma
            "Đồng chí Nguyễn Văn Hùng, Chánh án Tòa án nhân dân tỉnh Kon Tum, được tặng Bằng khen của Chánh án Tòa án "
            "nhân dân tối cao.",
            [("Bằng khen của Chánh án Tòa án nhân dân tối cao", "Nguyễn Văn Hùng", "granted")],
        ),
        (  # schools, a teacher with her school after the comma
            "Cô giáo Lê Thị Mai, Trường Tiểu học Kim Đồng, được phong tặng danh hiệu Nhà giáo ưu tú.",
            [("Nhà giáo ưu tú", "Lê Thị Mai", "granted")],
        ),
        (  # "Chiến sĩ thi đua toàn quốc" recognised for a person
            "Ông Trần Văn Nam được công nhận danh hiệu Chiến sĩ thi đua toàn quốc.",
            [("Chiến sĩ thi đua toàn quốc", "Trần Văn Nam", "granted")],
        ),
        (  # the award first, "được trao cho", a reason after the recipient
            "Bằng khen của Thủ tướng Chính phủ được trao cho Công ty Điện lực Hải Phòng vì đã có thành tích xuất sắc "
            "trong công tác từ năm 2015 đến năm 2017.",
            [("Bằng khen của Thủ tướng Chính phủ", "Công ty Điện lực Hải Phòng", "granted")],
        ),
        (  # army, "tuyên dương danh hiệu"
            "Trung đoàn 102 được Nhà nước tuyên dương danh hiệu Anh hùng lực lượng vũ trang nhân dân.",
            [("Anh hùng lực lượng vũ trang nhân dân", "Trung đoàn 102", "granted")],
        ),
        (  # "Cờ thi đua xuất sắc" with its grantor
            "Cờ thi đua xuất sắc của Bộ Công an được trao cho Phòng Cảnh sát giao thông Công an tỉnh Bình Dương.",
            [("Cờ thi đua xuất sắc của Bộ Công an", "Phòng Cảnh sát giao thông Công an tỉnh Bình Dương", "granted")],
        ),
        (  # social insurance, "tổ chức Lễ đón nhận": the host receives
            "Ngày 15/3/2024, Bảo hiểm xã hội Việt Nam long trọng tổ chức Lễ đón nhận Huân chương Lao động hạng Nhất.",
            [("Huân chương Lao động hạng Nhất", "Bảo hiểm xã hội Việt Nam", "granted")],
        ),
        (  # a counted group as subject, after "Có"
            "Có 25 tập thể được công nhận danh hiệu Tập thể lao động xuất sắc.",
            [("Tập thể lao động xuất sắc", "25 tập thể", "granted")],
        ),
        (  # a group as subject written with a comma
            "Nhiều tập thể, cá nhân được tặng Bằng khen của Bộ trưởng Bộ Công an.",
            [("Bằng khen của Bộ trưởng Bộ Công an", "Nhiều tập thể, cá nhân", "granted")],
        ),
    ],
)
def test_awards_one_recipient(text, expected):
    assert [(a.award, a.recipient, a.status) for a in awards_of(text)] == expected


@pytest.mark.parametrize(
    ("text", "award", "recipients"),
    [
        (  # a counted list after a colon
            "Dịp này, Thủ tướng Chính phủ tặng Cờ thi đua của Chính phủ cho 5 tập thể: Cục Thuế tỉnh Bắc Ninh, Kho bạc "
            "Nhà nước Hà Tĩnh, Bảo hiểm xã hội tỉnh Nam Định, Cục Hải quan tỉnh Lào Cai và Ngân hàng Chính sách xã hội "
            "tỉnh Sơn La.",
            "Cờ thi đua của Chính phủ",
            ["Cục Thuế tỉnh Bắc Ninh", "Kho bạc Nhà nước Hà Tĩnh", "Bảo hiểm xã hội tỉnh Nam Định",
             "Cục Hải quan tỉnh Lào Cai", "Ngân hàng Chính sách xã hội tỉnh Sơn La"],
        ),
        (  # cooperatives, two units joined by "và"
            "Liên minh Hợp tác xã tỉnh đã trao Giấy khen cho Hợp tác xã Dịch vụ nông nghiệp Hòa Bình và Hợp tác xã "
            "Thủy sản Cửa Lò.",
            "Giấy khen",
            ["Hợp tác xã Dịch vụ nông nghiệp Hòa Bình", "Hợp tác xã Thủy sản Cửa Lò"],
        ),
        (  # persons named after "là"
            "Hai cá nhân được Chủ tịch nước tặng thưởng Huân chương Lao động hạng Ba là ông Phạm Văn Bình và bà Trần "
            "Thị Hoa.",
            "Huân chương Lao động hạng Ba",
            ["Phạm Văn Bình", "Trần Thị Hoa"],
        ),
        (  # a list of subjects; "và" inside a name ("Sở Giáo dục và Đào tạo") does not split it
            "Sở Y tế, Sở Giáo dục và Đào tạo và Công an tỉnh được UBND tỉnh tặng Cờ thi đua năm 2010.",
            "Cờ thi đua",
            ["Sở Y tế", "Sở Giáo dục và Đào tạo", "Công an tỉnh"],
        ),
        (  # persons with their offices, a list heading before the colon
            "Tổng Liên đoàn tặng Bằng khen cho 2 cá nhân: ông Thạch Văn Sơn, Chủ tịch Công đoàn Khu công nghiệp Hòa "
            "Phú và bà Đỗ Thị Lan, Chủ tịch Công đoàn cơ sở Công ty May 10.",
            "Bằng khen",
            ["Thạch Văn Sơn", "Đỗ Thị Lan"],
        ),
    ],
)
def test_awards_one_fact_per_recipient(text, award, recipients):
    found = awards_of(text)
    assert [a.recipient for a in found] == recipients
    assert {a.award for a in found} == {award}


def test_awards_chain_gives_each_award():
    found = awards_of("Đại diện Ban Nội chính Trung ương trao Bằng khen và Cờ thi đua cho các tổ nghiệp vụ thuộc "
                      "Viện Kiểm sát nhân dân cấp cao tại Đà Nẵng.")
    assert [a.award for a in found] == ["Bằng khen", "Cờ thi đua"]
    assert {a.recipient for a in found} == {"các tổ nghiệp vụ thuộc Viện Kiểm sát nhân dân cấp cao tại Đà Nẵng"}


@pytest.mark.parametrize(
    ("text", "year"),
    [
        ("Năm 2006, Bệnh viện Chợ Rẫy được Chính phủ tặng Cờ thi đua.", 2006),
        # a year inside an event's parenthesis is not the award's year
        ("Nhân kỷ niệm 60 năm Ngày truyền thống (1960 - 2020), Công an tỉnh Hòa Bình được tặng Cờ thi đua của Bộ "
         "Công an năm 2021.", 2021),
    ],
)
def test_awards_year_from_sentence(text, year):
    assert [a.year for a in awards_of(text)] == [year]


@pytest.mark.parametrize(
    "text",
    [
        "Công tác khen thưởng được thực hiện kịp thời, đúng đối tượng.",
        "Hội đồng đề nghị khen thưởng đột xuất cho các chiến sĩ có thành tích.",
        "Vận động viên Nguyễn Thị Ánh Viên giành huy chương vàng nội dung 200 m hỗn hợp.",
        "Nhiều cửa hàng in cờ thi đua, bằng khen các loại để bán dịp cuối năm.",
        "Ngôi trường từng vinh dự đón nhận Bằng khen của Thủ tướng Chính phủ.",  # who: an earlier sentence
        "Văn phòng Chủ tịch nước đang xét tặng bằng khen cho những cống hiến của ông.",
        "Các đơn vị có màn trao tặng cờ, bằng khen cho tập thể, cá nhân xuất sắc năm.",
        "Hội đồng thi đua khen thưởng kỷ luật của LĐBĐ Việt Nam quyết định phạt tiền đội bóng.",
    ],
)
def test_awards_none_without_recipient(text):
    assert awards_of(text) == []
