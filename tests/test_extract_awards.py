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
        (  # a group that gives no number is a description, no recipient (round 8)
            "Nhiều tập thể, cá nhân được tặng Bằng khen của Bộ trưởng Bộ Công an.",
            [],
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


def test_awards_persons_listed_with_their_schools():
    found = awards_of("Ba học sinh được nhận Bằng khen của Thủ tướng Chính phủ là Nguyễn Văn An, Trường THPT chuyên "
                      "Lam Sơn, Trần Minh Đức và Lê Thị Bình, Trường THPT chuyên Hạ Long.")
    assert [a.recipient for a in found] == ["Nguyễn Văn An", "Trần Minh Đức", "Lê Thị Bình"]


def test_awards_chain_gives_each_award():
    found = awards_of("Đại diện Ban Nội chính Trung ương trao Bằng khen và Cờ thi đua cho 3 tổ nghiệp vụ thuộc "
                      "Viện Kiểm sát nhân dân cấp cao tại Đà Nẵng.")
    assert [a.award for a in found] == ["Bằng khen", "Cờ thi đua"]
    assert {a.recipient for a in found} == {"3 tổ nghiệp vụ thuộc Viện Kiểm sát nhân dân cấp cao tại Đà Nẵng"}


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
        # a reason, not a medal's name: "vì" in lowercase
        "Trước trận đấu, cựu tiền đạo Lê Huỳnh Đức nhận kỷ niệm chương vì những đóng góp cho câu lạc bộ.",
    ],
)
def test_awards_none_without_recipient(text):
    assert awards_of(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # treasury, the segmenter glues the verb to the agent's acronym ("KBNN tặng")
            "Kho bạc Nhà nước Cà Mau được Tổng Giám đốc KBNN tặng Bằng khen.",
            [("Bằng khen", "Kho bạc Nhà nước Cà Mau", "granted")],
        ),
        (  # police, "Chiến sĩ thi đua" with its scope and force
            "Trung tá Lê Văn Bình được công nhận danh hiệu Chiến sĩ thi đua toàn lực lượng Công an nhân dân.",
            [("Chiến sĩ thi đua toàn lực lượng Công an nhân dân", "Lê Văn Bình", "granted")],
        ),
        (  # army, "Chiến sĩ thi đua" of a ministry
            "Đại úy Trần Văn Tám được tặng danh hiệu Chiến sĩ thi đua Bộ Quốc phòng.",
            [("Chiến sĩ thi đua Bộ Quốc phòng", "Trần Văn Tám", "granted")],
        ),
        (  # a commemorative medal named by its cause, up to the stop word
            "Bộ trưởng trao Kỷ niệm chương Vì sự nghiệp nông nghiệp và phát triển nông thôn cho Hợp tác xã "
            "Nông nghiệp Tân Lập.",
            [("Kỷ niệm chương Vì sự nghiệp nông nghiệp và phát triển nông thôn", "Hợp tác xã Nông nghiệp Tân Lập",
              "granted")],
        ),
        (  # customs, the unit chosen before the proposal
            "Khối thống nhất suy tôn Cục Hải quan tỉnh Hà Giang là đơn vị dẫn đầu, đề nghị Bộ Tài chính tặng Cờ thi "
            "đua của Bộ Tài chính.",
            [("Cờ thi đua của Bộ Tài chính", "Cục Hải quan tỉnh Hà Giang", "proposed")],
        ),
        (  # the chosen unit as the subject of a passive before a comma
            "Chi cục Thi hành án dân sự huyện Kỳ Anh được Khu vực suy tôn, đề nghị Bộ Tư pháp tặng Cờ thi đua.",
            [("Cờ thi đua", "Chi cục Thi hành án dân sự huyện Kỳ Anh", "proposed")],
        ),
        (  # a verb of proposing before the subject of "được tặng"
            "Hội nghị thống nhất đề nghị Trường Cao đẳng Y tế Bạch Mai được tặng Cờ thi đua của Bộ Y tế.",
            [("Cờ thi đua của Bộ Y tế", "Trường Cao đẳng Y tế Bạch Mai", "proposed")],
        ),
        (  # "thuộc về": the flag goes to
            "Cờ thi đua của UBND tỉnh năm 2017 thuộc về Ban Quản lý các khu công nghiệp tỉnh.",
            [("Cờ thi đua của UBND tỉnh", "Ban Quản lý các khu công nghiệp tỉnh", "granted")],
        ),
        (  # an apposition after the subject stands for it
            "UBND xã Quỳnh Lập, đơn vị dẫn đầu Cụm, được UBND huyện tặng Giấy khen.",
            [("Giấy khen", "UBND xã Quỳnh Lập", "granted")],
        ),
        (  # an office after a dash stands for the person before it
            "Đồng chí Vũ Thị Hạnh – Chủ tịch Công đoàn Bệnh viện được Tổng Liên đoàn tặng Bằng khen.",
            [("Bằng khen", "Vũ Thị Hạnh", "granted")],
        ),
        (  # a speech: the subject comes after "chúc mừng"
            "Thay mặt lãnh đạo tỉnh, tôi nhiệt liệt chúc mừng Bệnh viện Đa khoa Sa Đéc đã vinh dự được Chủ tịch "
            "nước tặng thưởng Huân chương Lao động hạng Ba.",
            [("Huân chương Lao động hạng Ba", "Bệnh viện Đa khoa Sa Đéc", "granted")],
        ),
        (  # a time before the subject, in the same clause
            "Ghi nhận kết quả đó, trong năm 2020 Công ty Thủy điện Hòa Bình được tặng Cờ thi đua của Chính phủ.",
            [("Cờ thi đua của Chính phủ", "Công ty Thủy điện Hòa Bình", "granted")],
        ),
        (  # the award in a parenthesis after its recipient
            "Năm 2019, Bệnh viện Sản Nhi tỉnh Quảng Ngãi (được tặng Cờ thi đua của Bộ Y tế năm 2018) tiếp tục dẫn "
            "đầu Khối.",
            [("Cờ thi đua của Bộ Y tế", "Bệnh viện Sản Nhi tỉnh Quảng Ngãi", "granted")],
        ),
        (  # a long agent between "được" and its verb
            "Khoa Công nghệ thông tin đã được Bộ trưởng Bộ Lao động – Thương binh và Xã hội tặng Bằng khen.",
            [("Bằng khen", "Khoa Công nghệ thông tin", "granted")],
        ),
        (  # the names after "là", proposed
            "Khối suy tôn 2 đơn vị đề nghị Chính phủ tặng Cờ thi đua là Cục Thuế tỉnh Sơn La và Cục Thuế tỉnh "
            "Lai Châu.",
            [("Cờ thi đua", "Cục Thuế tỉnh Sơn La", "proposed"), ("Cờ thi đua", "Cục Thuế tỉnh Lai Châu", "proposed")],
        ),
        (  # a counted subject, its names after a colon
            "Có 2 trường được tặng Cờ thi đua: Trường THCS Chu Văn An và Trường THCS Lê Hồng Phong.",
            [("Cờ thi đua", "Trường THCS Chu Văn An", "granted"),
             ("Cờ thi đua", "Trường THCS Lê Hồng Phong", "granted")],
        ),
        (  # a group spelled out in its parenthesis
            "Giám đốc Sở tặng Giấy khen cho 2 tập thể (Phòng Nghiệp vụ Dược, Phòng Kế hoạch Tài chính).",
            [("Giấy khen", "Phòng Nghiệp vụ Dược", "granted"), ("Giấy khen", "Phòng Kế hoạch Tài chính", "granted")],
        ),
        (  # a group and the one it names after "trong đó có"
            "Khu vực đề nghị tặng Cờ thi đua cho 3 đơn vị, trong đó có Sở Tư pháp tỉnh Nghệ An.",
            [("Cờ thi đua", "Sở Tư pháp tỉnh Nghệ An", "proposed")],
        ),
        (  # one proposal governs both awards of the clause
            "Các đơn vị thống nhất đề nghị UBND tỉnh tặng Cờ thi đua cho Sở Xây dựng, Bằng khen cho Sở Công Thương.",
            [("Cờ thi đua", "Sở Xây dựng", "proposed"), ("Bằng khen", "Sở Công Thương", "proposed")],
        ),
        (  # a second award, its own agent, the same subject
            "Công an huyện Yên Thành được Bộ trưởng Bộ Công an tặng Bằng khen, Giám đốc Công an tỉnh tặng Giấy khen.",
            [("Bằng khen", "Công an huyện Yên Thành", "granted"), ("Giấy khen", "Công an huyện Yên Thành", "granted")],
        ),
        (  # a lowercase collective before the unit's name
            "Thứ trưởng trao tặng Huân chương Lao động hạng Ba cho tập thể Cục Thuế tỉnh Bắc Ninh.",
            [("Huân chương Lao động hạng Ba", "Cục Thuế tỉnh Bắc Ninh", "granted")],
        ),
    ],
)
def test_awards_phrasing_families(text, expected):
    assert [(a.award, a.recipient, a.status) for a in awards_of(text)] == expected


def layout_awards(text: str) -> list[tuple[str, str, str]]:
    """Awards of a text laid out in lines (lists, tables): evidence is the recipient's line."""
    doc, facts = process_text(text + CONTEXT)
    found = [f for f in facts if isinstance(f, Award)]
    for f in found:
        assert f.recipient in doc.text[f.evidence.start : f.evidence.end]
    return [(a.award, a.recipient, a.status) for a in found]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a provincial decision: the article's heading, one recipient a numbered line
            "Điều 1. Tặng Bằng khen của Chủ tịch UBND tỉnh cho 2 tập thể, 1 cá nhân đã có thành tích xuất sắc:\n"
            "1. Trung tâm Y tế huyện Mường Tè, đơn vị dẫn đầu Cụm;\n"
            "2. Ủy ban nhân dân xã Bum Nưa, huyện Mường Tè;\n"
            "3. Ông Lò Văn Phấn, Bác sĩ Trung tâm Y tế huyện Mường Tè.\n"
            "Điều 2. Quyết định có hiệu lực kể từ ngày ký.",
            [("Bằng khen của Chủ tịch UBND tỉnh", "Trung tâm Y tế huyện Mường Tè", "granted"),
             ("Bằng khen của Chủ tịch UBND tỉnh", "Ủy ban nhân dân xã Bum Nưa", "granted"),
             ("Bằng khen của Chủ tịch UBND tỉnh", "Lò Văn Phấn", "granted")],
        ),
        (  # bulleted, proposed
            "Hội đồng đề nghị Bộ trưởng tặng Bằng khen cho các tập thể sau:\n"
            "- Trường THCS Nguyễn Du, thành phố Buôn Ma Thuột;\n"
            "- Trường Tiểu học Lê Lợi, huyện Krông Pắc.",
            [("Bằng khen", "Trường THCS Nguyễn Du", "proposed"), ("Bằng khen", "Trường Tiểu học Lê Lợi", "proposed")],
        ),
        (  # an award and its recipients after a colon, under a caption that proposes
            "Đề nghị khen thưởng năm 2021:\n"
            "- Cờ thi đua của Chính phủ: Cục Thuế tỉnh Bình Dương, Cục Thuế tỉnh Tây Ninh;\n"
            "- Bằng khen của Thủ tướng Chính phủ (01 đơn vị): Kho bạc Nhà nước Long An.",
            [("Cờ thi đua của Chính phủ", "Cục Thuế tỉnh Bình Dương", "proposed"),
             ("Cờ thi đua của Chính phủ", "Cục Thuế tỉnh Tây Ninh", "proposed"),
             ("Bằng khen của Thủ tướng Chính phủ", "Kho bạc Nhà nước Long An", "proposed")],
        ),
        (  # the same, a count and the names in its parenthesis, granted
            "Kết quả khen thưởng:\n+ Huân chương Lao động hạng Ba: 01 tập thể (Phòng Cảnh sát kinh tế).",
            [("Huân chương Lao động hạng Ba", "Phòng Cảnh sát kinh tế", "granted")],
        ),
        (  # a table of minutes, the column header proposes
            "STT | Đơn vị | Điểm | Hình thức đề nghị khen thưởng\n"
            "1 | Cục Hải quan tỉnh Cao Bằng | 97,5 | Cờ thi đua của Bộ Tài chính\n"
            "2 | Chi cục Hải quan Tà Lùng | 96,0 | Bằng khen của Bộ trưởng Bộ Tài chính",
            [("Cờ thi đua của Bộ Tài chính", "Cục Hải quan tỉnh Cao Bằng", "proposed"),
             ("Bằng khen của Bộ trưởng Bộ Tài chính", "Chi cục Hải quan Tà Lùng", "proposed")],
        ),
        (  # a table of persons, a verb before the award in its cell
            "Danh sách khen thưởng:\nSTT | Họ và tên | Chức vụ | Hình thức\n"
            "1 | Phạm Thị Ngọc | Kế toán trưởng | Tặng Giấy khen của Giám đốc",
            [("Giấy khen của Giám đốc", "Phạm Thị Ngọc", "granted")],
        ),
    ],
)
def test_awards_laid_out_in_lines(text, expected):
    assert layout_awards(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # a list after a colon that no award heads
        "Hội nghị đã thông qua các nội dung sau:\n1. Sở Y tế báo cáo kết quả;\n2. Sở Tài chính báo cáo dự toán.",
        # a table without a column of recipients
        "STT | Đơn vị tính | Số lượng\n1 | Bằng khen | 25\n2 | Giấy khen | 40",
        # a flag that hangs in a hall
        "Cờ thi đua được treo trang trọng tại hội trường của đơn vị.",
        # a speech after a colon, not a list of recipients
        "Phát biểu tại buổi lễ trao Bằng khen, ông Lê Văn Hòa nói: Đây là niềm vinh dự lớn.",
    ],
)
def test_awards_none_in_other_lists(text):
    assert layout_awards(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # one verb, several awards each with its own "cho"
            "Chủ tịch nước đã tặng thưởng Huân chương Lao động hạng Nhất cho Sở Y tế tỉnh Nam Định, Huân chương Lao "
            "động hạng Nhì cho Bệnh viện Việt Đức và Trường Đại học Y Hà Nội.",
            {("Huân chương Lao động hạng Nhất", "Sở Y tế tỉnh Nam Định"),
             ("Huân chương Lao động hạng Nhì", "Bệnh viện Việt Đức"),
             ("Huân chương Lao động hạng Nhì", "Trường Đại học Y Hà Nội")},
        ),
        (  # the second award after "và", its verb left out
            "Thủ tướng Chính phủ tặng Cờ thi đua của Chính phủ cho Sở Tư pháp tỉnh Hòa Bình và Bằng khen của Thủ "
            "tướng Chính phủ cho Phòng Tư pháp huyện Lạc Sơn.",
            {("Cờ thi đua của Chính phủ", "Sở Tư pháp tỉnh Hòa Bình"),
             ("Bằng khen của Thủ tướng Chính phủ", "Phòng Tư pháp huyện Lạc Sơn")},
        ),
        (  # a shared list after a group noun: one award per place
            "Các xã Hòa Phú, Tân Lập và Phước An được tặng Giấy khen của Chủ tịch UBND huyện.",
            {("Giấy khen của Chủ tịch UBND huyện", "Hòa Phú"), ("Giấy khen của Chủ tịch UBND huyện", "Tân Lập"),
             ("Giấy khen của Chủ tịch UBND huyện", "Phước An")},
        ),
        (  # a number word and a group noun before the persons' names
            "Hai diễn viên Lò Văn Pình và Hà Thị Mai được phong tặng danh hiệu Nghệ sĩ ưu tú.",
            {("Nghệ sĩ ưu tú", "Lò Văn Pình"), ("Nghệ sĩ ưu tú", "Hà Thị Mai")},
        ),
        (  # a person described by several pieces before the verb, the scope "toàn quân"
            "Thượng úy Trần Văn Bình, Đại đội trưởng Đại đội 3, Trung đoàn 101, đạt danh hiệu Chiến sĩ thi đua "
            "toàn quân.",
            {("Chiến sĩ thi đua toàn quân", "Trần Văn Bình")},
        ),
        (  # the issuer before the verb, the segmenter gluing "tặng" to the name
            "Kỹ sư Lê Văn Khánh, Quản đốc Phân xưởng Sấy, tác giả của 5 sáng kiến, được Bộ trưởng Bộ Công Thương tặng "
            "danh hiệu Chiến sĩ thi đua toàn quốc.",
            {("Chiến sĩ thi đua toàn quốc", "Lê Văn Khánh")},
        ),
        (  # a title of honour before the name is no part of the recipient
            "Nghệ sĩ ưu tú Đặng Thị Lan, Phó Giám đốc Nhà hát, được phong tặng danh hiệu Nghệ sĩ nhân dân.",
            {("Nghệ sĩ nhân dân", "Đặng Thị Lan"), ("Nghệ sĩ ưu tú", "Đặng Thị Lan")},  # the title she holds, too
        ),
    ],
)
def test_awards_shared_and_elliptic_phrasings(text, expected):
    assert {(a.award, a.recipient) for a in awards_of(text)} == expected


def test_awards_decision_list_with_subheadings():
    text = (
        "QUYẾT ĐỊNH:\n\nĐiều 1. Tặng Giấy khen của Chủ tịch UBND huyện cho 02 tập thể và 02 cá nhân đã có thành tích "
        "trong công tác phòng chống dịch năm 2021, gồm:\n\nI. Tập thể\n1. Trạm Y tế xã Phú Lộc, huyện Krông Năng;\n"
        "2. Trường Tiểu học Lê Lợi.\n\nII. Cá nhân\n1. Ông Hoàng Văn Sơn, Trưởng thôn 3, xã Phú Lộc;\n"
        "2. Bà Đỗ Thị Hạnh, giáo viên Trường Tiểu học Lê Lợi.\n\nĐiều 2. Quyết định có hiệu lực kể từ ngày ký.\n"
    )
    _, facts = process_text(text)  # list items carry the item line as evidence, not the heading's award
    found = {f.recipient for f in facts if isinstance(f, Award)}
    # (round 8: a branch office's larger place is part of its name)
    assert found == {"Trạm Y tế xã Phú Lộc, huyện Krông Năng", "Trường Tiểu học Lê Lợi", "Hoàng Văn Sơn", "Đỗ Thị Hạnh"}


@pytest.mark.parametrize(
    "text",
    [
        "Em Nguyễn Minh Anh đoạt huy chương vàng môn cờ vua tại Hội khỏe Phù Đổng toàn quốc.",
        "Đội tuyển của trường giành Cúp vô địch giải bóng đá học sinh.",
        "Ba tháng qua, các xã đã làm đường giao thông nông thôn.",
    ],
)
def test_awards_no_sports_medals_or_cups(text):
    assert awards_of(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the subject stands for the unit the previous sentence opens with
            "Năm 2018, Bảo hiểm xã hội tỉnh Lào Cai thu vượt 8% kế hoạch. Đơn vị vinh dự được Thủ tướng Chính phủ "
            "tặng Bằng khen.",
            {("Bằng khen", "Bảo hiểm xã hội tỉnh Lào Cai", "granted")},
        ),
        (  # the same with a lowercase unit head and "Địa phương"
            "Năm 2016, huyện Yên Thành có 12 xã đạt chuẩn nông thôn mới. Địa phương vinh dự được Chủ tịch nước "
            "tặng thưởng Huân chương Lao động hạng Ba.",
            {("Huân chương Lao động hạng Ba", "huyện Yên Thành", "granted")},
        ),
        (  # "và" before the word that opened the item before starts a new recipient
            "Hội nghị đề nghị tặng Cờ thi đua của Chính phủ cho tỉnh Hà Nam và tỉnh Nam Định.",
            {("Cờ thi đua của Chính phủ", "tỉnh Hà Nam", "proposed"), ("Cờ thi đua của Chính phủ", "tỉnh Nam Định",
                                                                         "proposed")},
        ),
        (  # "của ngành …" belongs to the award's name
            "Viện trưởng trao Cờ thi đua của ngành Kiểm sát nhân dân cho VKSND huyện Ba Vì.",
            {("Cờ thi đua của ngành Kiểm sát nhân dân", "VKSND huyện Ba Vì", "granted")},
        ),
        (  # a company, its battalion and its regiment are one unit
            "Đại đội 3, Tiểu đoàn 2, Trung đoàn 48 được tặng thưởng Huân chương Chiến công hạng Ba.",
            {("Huân chương Chiến công hạng Ba", "Đại đội 3, Tiểu đoàn 2, Trung đoàn 48", "granted")},
        ),
        (  # a dash inside the faculty the person heads
            "Ông Trần Văn Hải, Trưởng Khoa Vật lý – Kỹ thuật, được công nhận danh hiệu Chiến sĩ thi đua cấp Bộ.",
            {("Chiến sĩ thi đua cấp Bộ", "Trần Văn Hải", "granted")},
        ),
        (  # a group that names its member after "là", the list going on after a semicolon
            "Hội đồng đề nghị Chủ tịch UBND tỉnh tặng Bằng khen cho 2 tập thể: Phòng Tư pháp huyện Tuy An, Trường "
            "THCS Lê Lợi; cùng 1 cá nhân là ông Lê Văn Cường, Trưởng phòng Nội vụ huyện.",
            {("Bằng khen", "Phòng Tư pháp huyện Tuy An", "proposed"), ("Bằng khen", "Trường THCS Lê Lợi", "proposed"),
             ("Bằng khen", "Lê Văn Cường", "proposed")},
        ),
        (  # an honour title used as a form of address: the person, and the title held
            "Nhà giáo ưu tú Phạm Văn Đức, Hiệu trưởng, được tặng Bằng khen của Bộ trưởng Bộ Giáo dục và Đào tạo.",
            {("Bằng khen của Bộ trưởng Bộ Giáo dục và Đào tạo", "Phạm Văn Đức", "granted"),
             ("Nhà giáo ưu tú", "Phạm Văn Đức", "granted")},
        ),
        (  # an honour title in apposition to a person
            "Dự lễ có ông Hoàng Văn Thái (80 tuổi), anh hùng lao động thời kỳ đổi mới.",
            {("anh hùng lao động thời kỳ đổi mới", "Hoàng Văn Thái", "granted")},
        ),
        (  # a medal named by a quoted cause, then a group that names some of its members
            "Dịp này, 15 giáo viên được tặng Kỷ niệm chương “Vì sự nghiệp giáo dục”, trong đó có cô Lê Thị Thu, "
            "Trường Tiểu học Hòa Bình.",
            {("Kỷ niệm chương “Vì sự nghiệp giáo dục”", "Lê Thị Thu", "granted")},
        ),
        (  # the recipients of a list line before its colon
            "- Tổ Toán và Tổ Ngữ văn: được công nhận Tập thể lao động tiên tiến.",
            {("Tập thể lao động tiên tiến", "Tổ Toán", "granted"), ("Tập thể lao động tiên tiến", "Tổ Ngữ văn",
                                                                      "granted")},
        ),
        (  # a second clause that opens with its verb of receiving
            "Sáng nay, Bệnh viện Đa khoa tỉnh Hòa Bình đã đón nhận Huân chương Lao động hạng Ba; đồng thời nhận "
            "Cờ thi đua của Bộ Y tế.",
            {("Huân chương Lao động hạng Ba", "Bệnh viện Đa khoa tỉnh Hòa Bình", "granted"),
             ("Cờ thi đua của Bộ Y tế", "Bệnh viện Đa khoa tỉnh Hòa Bình", "granted")},
        ),
        (  # a shorter mention of the same award to the same unit is left out
            "Bệnh viện Đa khoa Hòa Bình nhận Huân chương Lao động. Hôm qua, Bệnh viện Đa khoa Hòa Bình đã đón nhận "
            "Huân chương Lao động hạng Ba.",
            {("Huân chương Lao động hạng Ba", "Bệnh viện Đa khoa Hòa Bình", "granted")},
        ),
        (  # the parenthesis after a group's unit is no list of its members
            "Đại diện Ban Nội chính trao bằng khen cho 2 tổ nghiệp vụ thuộc Viện Kiểm sát tỉnh Bình Dương (TTXVN).",
            {("bằng khen", "2 tổ nghiệp vụ thuộc Viện Kiểm sát tỉnh Bình Dương", "granted")},
        ),
        (  # a title no pattern names, quoted after "danh hiệu"
            'Ông Đỗ Văn Tám, nông dân xã Hòa Bình, được Hội Nông dân tỉnh tặng danh hiệu "Nông dân sản xuất giỏi".',
            {("Nông dân sản xuất giỏi", "Đỗ Văn Tám", "granted")},
        ),
        (  # "Ngôi trường" stands for the last school named in full, sentences before
            "Trường THCS Hòa Lạc, huyện Phú Tân, có 20 lớp học. Năm nay trường có nhiều học sinh giỏi. Ngôi trường "
            "từng vinh dự đón nhận Bằng khen của Thủ tướng Chính phủ.",
            {("Bằng khen của Thủ tướng Chính phủ", "Trường THCS Hòa Lạc", "granted")},
        ),
        (  # "cho tập thể Công ty": the company named in full earlier
            "Công ty Cổ phần Than Vàng Danh đạt doanh thu 3.000 tỷ đồng. Tập đoàn đề nghị Chủ tịch nước tặng "
            "thưởng Huân chương Lao động hạng Nhì cho tập thể Công ty nhân dịp kỷ niệm 50 năm thành lập.",
            {("Huân chương Lao động hạng Nhì", "Công ty Cổ phần Than Vàng Danh", "proposed")},
        ),
        (  # the last syllable of a name's word is no adverb ("chính" of "tài chính" before "đã được")
            "Sáng nay, Cục Tin học và Thống kê tài chính đã được Chủ tịch nước trao tặng Huân chương Lao động "
            "hạng Ba.",
            {("Huân chương Lao động hạng Ba", "Cục Tin học và Thống kê tài chính", "granted")},
        ),
        (  # a named place goes on after the comma of "tại …": not a recipient
            "Sáng 3-9, tại Hội trường Ba Đình, Hà Nội, Văn phòng Quốc hội đã tổ chức mít tinh kỷ niệm 60 năm "
            "Ngày Truyền thống và đón nhận Huân chương Sao Vàng.",
            {("Huân chương Sao Vàng", "Văn phòng Quốc hội", "granted")},
        ),
        (  # a person after an office and its organisation
            "Tổng Biên tập Báo Tiền Phong Lê Văn Sơn được tặng Huân chương Lao động hạng Nhì.",
            {("Huân chương Lao động hạng Nhì", "Lê Văn Sơn", "granted")},
        ),
        (  # "nhưng" opens the clause whose subject receives
            "Dù vụ việc đang được điều tra nhưng vụ trưởng Vụ 2 Trần Văn Lộc vẫn được nhận Huân chương Lao động.",
            {("Huân chương Lao động", "Trần Văn Lộc", "granted")},
        ),
        (  # a party badge with its years of membership
            "Bí thư Thành ủy trao Huy hiệu 40 năm tuổi Đảng cho đồng chí Nguyễn Văn Lộc.",
            {("Huy hiệu 40 năm tuổi Đảng", "Nguyễn Văn Lộc", "granted")},
        ),
        (  # a titled person ends the piece before the office after the comma
            "Dịp này, công an tỉnh có thêm vinh dự khi Trung tá Lê Văn Hòa, Phó trưởng phòng Cảnh sát điều tra, "
            "được nhận danh hiệu Anh hùng lực lượng vũ trang nhân dân.",
            {("Anh hùng lực lượng vũ trang nhân dân", "Lê Văn Hòa", "granted")},
        ),
        (  # a distributive list after a group noun, names that go on in lower case
            "Các phân xưởng Cơ điện, Nghiền than và Đóng bao được công nhận danh hiệu Tập thể lao động xuất sắc.",
            {("Tập thể lao động xuất sắc", "Cơ điện", "granted"), ("Tập thể lao động xuất sắc", "Nghiền than",
                                                                     "granted"),
             ("Tập thể lao động xuất sắc", "Đóng bao", "granted")},
        ),
        (  # "Ông Dũng" stands for the full name given before
            "Thượng tá Lương Quốc Dũng là cán bộ lâu năm của đơn vị. Ông Dũng được tặng Huân chương Kháng chiến "
            "hạng Nhì.",
            {("Huân chương Kháng chiến hạng Nhì", "Lương Quốc Dũng", "granted")},
        ),
    ],
)
def test_awards_round4_families(text, expected):
    assert {(a.award, a.recipient, a.status) for a in awards_of(text)} == expected


@pytest.mark.parametrize(
    "text",
    [
        # the previous sentence names no unit
        "Năm 2018, kinh tế tỉnh tăng trưởng 7%. Đơn vị vinh dự được Thủ tướng Chính phủ tặng Bằng khen.",
        # the previous sentence is in another paragraph
        "Năm 2018, Bảo hiểm xã hội tỉnh Lào Cai thu vượt kế hoạch.\nĐơn vị vinh dự được Thủ tướng tặng Bằng khen.",
        # a capitalised subject is no stand-in: "Đơn vị" opens no clause here
        "Kết quả: được tặng Cờ thi đua.",
        # an honour title before a word that is no name
        "Danh hiệu anh hùng lao động Việt Nam được lập năm 1952.",
        # a pupil's badge: no grantor, no recipient
        "Các đội viên đeo huy hiệu Đội trong lễ chào cờ.",
        # a lowercase quotation after "danh hiệu" is a turn of phrase
        "Nhiều hộ được công nhận danh hiệu “gia đình văn hóa”.",
    ],
)
def test_awards_round4_negatives(text):
    assert awards_of(text) == []


def award_facts(text: str) -> set[tuple[str, str, str]]:
    """(award, recipient, status) of a text, the recipient as the document spells it out."""
    _, facts = process_text(text + CONTEXT)
    return {(f.award, f.recipient, f.status) for f in facts if isinstance(f, Award)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the level's name after "cấp"
            "Anh Y Blim Niê, công nhân đội 4, được công nhận Chiến sĩ thi đua cấp Tổng công ty.",
            {("Chiến sĩ thi đua cấp Tổng công ty", "Y Blim Niê", "granted")},
        ),
        (  # an abbreviation the document defines is spelt out where the long form is written
            "Hội nghị do Kho bạc Nhà nước Cần Thơ (KBNN Cần Thơ) chủ trì. Khối đề nghị Bộ trưởng Bộ Tài chính "
            "tặng Cờ thi đua cho KBNN Cần Thơ.",
            {("Cờ thi đua", "Kho bạc Nhà nước Cần Thơ", "proposed")},
        ),
        (  # a lowercase stand-in opening the clause, its verb joined by "và"
            "Trường THCS Thới Thuận có 7 phòng học tạm. Dẫu vậy, năm học vừa qua, trường có tỷ lệ học sinh tốt "
            "nghiệp gần 100% và được Sở Giáo dục và Đào tạo tặng cờ thi đua đơn vị xuất sắc.",
            {("cờ thi đua đơn vị xuất sắc", "Trường THCS Thới Thuận", "granted")},
        ),
        (  # a clause after the first recipient ends the list: the provinces are where the case ran
            "Bộ Công an tặng bằng khen cho Công an tỉnh Phú Thọ để ghi nhận thành tích trong chuyên án khám phá "
            "vụ án hoạt động tại các tỉnh thành Sơn La, Hòa Bình, Hà Tây.",
            {("bằng khen", "Công an tỉnh Phú Thọ", "granted")},
        ),
        (  # the subject's name ends before the verb that follows it
            "Đại sứ Tề Kiến Quốc bày tỏ sự vinh dự được nhận Huân chương Hữu nghị.",
            {("Huân chương Hữu nghị", "Đại sứ Tề Kiến Quốc", "granted")},
        ),
        (  # "TP" opens the clause before ";" and stands for the city named in full before; two quoted titles
            "TPHCM đón đoàn công tác. Theo báo cáo, năm 2005, TP đã khen thưởng đột xuất cho hơn 2.000 tổ trưởng, "
            "tổ phó; được đón nhận danh hiệu “Anh hùng Lao động” và danh hiệu “TP Anh hùng”.",
            {("Anh hùng Lao động", "TPHCM", "granted"), ("TP Anh hùng", "TPHCM", "granted")},
        ),
        (  # two stand-ins in a row: the unit the sentence before them opens with
            "Năm 2022, Cục Thuế tỉnh Nghệ An thu ngân sách vượt 12%. Đơn vị có 300 cán bộ. Trước đó, năm 2015, đơn "
            "vị được Chủ tịch nước tặng Huân chương Lao động hạng Ba.",
            {("Huân chương Lao động hạng Ba", "Cục Thuế tỉnh Nghệ An", "granted")},
        ),
        (  # a time in parentheses before the unit; a sentence that names nothing passed over
            "Trong 3 năm (2019–2021), Đồn Biên phòng Săm Pun đã bắt 40 đối tượng. Nhiều vụ việc diễn ra ở vùng cao. "
            "Đơn vị luôn dẫn đầu. Trước đó, năm 2018, đơn vị đã được tặng Huân chương Chiến công hạng Ba.",
            {("Huân chương Chiến công hạng Ba", "Đồn Biên phòng Săm Pun", "granted")},
        ),
        (  # the names before a dash, the verb after it
            "Top performer của năm: Agribank Bình Định – được Khối đề nghị Thống đốc Ngân hàng Nhà nước tặng Cờ "
            "thi đua.",
            {("Cờ thi đua", "Agribank Bình Định", "proposed")},
        ),
        (  # a stand-in after an opening phrase: the last unit named with its head, in lower case too
            "Công ty Thế Giới Số tung ra máy tính mới.\nNgày 19/11, công ty HP chào mừng 10 năm hoạt động tại Việt "
            "Nam.\nNhân dịp này, công ty đã được nhận bằng khen của Chủ tịch Ủy ban nhân dân TP HCM.",
            {("bằng khen của Chủ tịch Ủy ban nhân dân TP HCM", "công ty HP", "granted")},
        ),
        (  # "X - apposition - trở thành đơn vị … được tặng": the unit before the dashes
            "Ngày 27/4, Công ty cổ phần Phát triển Đô thị Kinh Bắc - Chủ đầu tư Khu công nghiệp Quế Võ - trở thành "
            "đơn vị trẻ nhất được Thủ tướng tặng cờ thi đua.",
            {("cờ thi đua", "Công ty cổ phần Phát triển Đô thị Kinh Bắc", "granted")},
        ),
        (  # a bare "ông" after "cho": the person named before
            "Giáo sư Trần Văn Khê về thăm quê. Chủ tịch UBND tỉnh trao Bằng khen cho ông.",
            {("Bằng khen", "Trần Văn Khê", "granted")},
        ),
        # the rotating flag of the bloc's chair, handed on
        ("Ông Nguyễn Tấn Phúc trao cờ thi đua luân lưu cho ông Huỳnh Văn Sáu, Giám đốc Agribank Quảng Nam.", set()),
        # a number of units a rule will choose is no recipient
        ("Mỗi Cụm lựa chọn 01 xã dẫn đầu đề nghị UBND tỉnh tặng Cờ thi đua.", set()),
        # withdrawn, put off, denied
        (
            "Chủ tịch UBND tỉnh ký công văn đề nghị Chính phủ hoãn xét tặng cờ thi đua cho trường PTTH Lê Viết Thuật.",
            set(),
        ),
        ("Bộ đã thu hồi Huân chương Lao động hạng Ba của Công ty Xây dựng Sông Đà.", set()),
        ("Năm nay Sở Y tế không được tặng Cờ thi đua.", set()),
        # "ông" with no one named before it, or after a name no rule reads, or the giver himself
        ("Tỉnh trao Bằng khen cho ông.", set()),
        (
            "Chủ tịch Lê Thanh Hải cám ơn ông József và trao tặng Huy hiệu Thành phố cho ông nhằm ghi nhận đóng góp.",
            set(),
        ),
        ("Chủ tịch Lê Thanh Hải trao tặng Huy hiệu Thành phố cho ông.", set()),
        # the clause before ";" opens with no unit and a verb
        (
            "Theo báo cáo, trong năm qua đã khen thưởng cho hơn 2.000 tổ trưởng; được đón nhận danh hiệu “Anh hùng "
            "Lao động”.",
            set(),
        ),
        # stand-ins in a row after a sentence that names no unit
        ("Kinh tế tỉnh tăng 7%. Đơn vị có 300 cán bộ. Đơn vị vinh dự được Thủ tướng tặng Bằng khen.", set()),
        # a line of other articles' headlines
        ("Khối họp tổng kết.\nRelated: Khối số 5 ký giao ước | Agribank Đắk Lắk đón nhận Huân chương Lao động", set()),
        ("Khối họp tổng kết.\nTin liên quan: Công ty Điện lực A được tặng Cờ thi đua của Chính phủ", set()),
        # "- là đơn vị …" with no unit before the dash
        ("Theo báo cáo - là đơn vị trẻ nhất được Thủ tướng tặng cờ thi đua.", set()),
        # "cấp" with no name after it
        ("Danh sách đề nghị Chiến sĩ thi đua cấp trên chưa được gửi.", set()),
        # a lowercase stand-in whose clause denies
        (
            "Công ty Điện lực A có 300 công nhân. Năm qua, công ty không đạt chỉ tiêu và được nhắc nhở, chưa được "
            "tặng Bằng khen.",
            set(),
        ),
    ],
)
def test_awards_round5(text, expected):
    """Round 5 phrasings, and the negatives beside them (no award)."""
    assert award_facts(text) == expected
