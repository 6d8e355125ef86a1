"""Campaigns and themes: quoted titles after a cue, through the whole pipeline."""

from __future__ import annotations

import pytest

from pipeline.process import process_text
from schemas.facts import Campaign

# a line that lets a document past the cascade's trigger words and names nothing itself
CONTEXT = "\nHội nghị tổng kết công tác thi đua, khen thưởng."


def campaigns_of(text: str) -> list[Campaign]:
    doc, facts = process_text(text + CONTEXT)
    found = [f for f in facts if isinstance(f, Campaign)]
    for f in found:
        assert doc.text[f.evidence.start : f.evidence.end] == f.name
    return found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # police, one title after "phong trào thi đua"
            "Năm 2009, Công an tỉnh Nghệ An phát động phong trào thi đua “Vì an ninh Tổ quốc” trong toàn lực lượng.",
            [("Vì an ninh Tổ quốc", "campaign")],
        ),
        (  # trade unions, a run of titles after a colon, the last after "và"
            "Các cấp công đoàn tiếp tục hưởng ứng các phong trào thi đua: “Lao động giỏi, lao động sáng tạo”, "
            "“Xanh - Sạch - Đẹp, bảo đảm an toàn vệ sinh lao động” và “Giỏi việc nước, đảm việc nhà”.",
            [("Lao động giỏi, lao động sáng tạo", "campaign"),
             ("Xanh - Sạch - Đẹp, bảo đảm an toàn vệ sinh lao động", "campaign"),
             ("Giỏi việc nước, đảm việc nhà", "campaign")],
        ),
        (  # schools, "cuộc vận động"
            "Ngành Giáo dục tỉnh Thanh Hóa đẩy mạnh cuộc vận động “Mỗi thầy giáo, cô giáo là một tấm gương đạo đức, "
            "tự học và sáng tạo” trong năm học 2012-2013.",
            [("Mỗi thầy giáo, cô giáo là một tấm gương đạo đức, tự học và sáng tạo", "campaign")],
        ),
        (  # cooperatives, single curly quotes
            "Hợp tác xã Nông nghiệp Tân Tiến hưởng ứng phong trào ‘Nông dân sản xuất, kinh doanh giỏi’ do Hội Nông dân "
            "phát động.",
            [("Nông dân sản xuất, kinh doanh giỏi", "campaign")],
        ),
        (  # a plan to launch a campaign, straight quotes
            'Kế hoạch phát động phong trào thi đua "Cả nước chung sức xây dựng nông thôn mới" giai đoạn 2021 - 2025 '
            "được ban hành.",
            [("Cả nước chung sức xây dựng nông thôn mới", "campaign")],
        ),
        (  # courts, each title with its own cue, separated by semicolons
            "Tòa án nhân dân hai cấp thực hiện phong trào “Phụng công, thủ pháp, chí công, vô tư”; phong trào "
            "“Cán bộ Tòa án học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh”.",
            [("Phụng công, thủ pháp, chí công, vô tư", "campaign"),
             ("Cán bộ Tòa án học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh", "campaign")],
        ),
        (  # the misspelling "phòng trào"
            "Văn phòng Quốc hội triển khai phòng trào “Đoàn kết, đổi mới, sáng tạo, thi đua hoàn thành xuất sắc "
            "nhiệm vụ”.",
            [("Đoàn kết, đổi mới, sáng tạo, thi đua hoàn thành xuất sắc nhiệm vụ", "campaign")],
        ),
        (  # army, the one unquoted form: a capitalised "Thi đua" and a name
            "Quân khu 7 tổng kết phong trào Thi đua Quyết thắng năm 2015 và triển khai nhiệm vụ năm 2016.",
            [("Thi đua Quyết thắng", "campaign")],
        ),
    ],
)
def test_campaigns_quoted_after_cue(text, expected):
    assert [(c.name, c.kind) for c in campaigns_of(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # procuracy, "chủ đề thi đua năm 2016 là"
            "Năm 2016, Hội đồng Thi đua - Khen thưởng ngành Kiểm sát chọn chủ đề thi đua năm 2016 là "
            '"Đoàn kết, kỷ cương, trách nhiệm, chất lượng".',
            ("Đoàn kết, kỷ cương, trách nhiệm, chất lượng", 2016),
        ),
        (  # universities, "với chủ đề:" and French quotes
            "Khối thi đua các trường đại học ký kết giao ước thi đua năm 2021 với chủ đề: «Đổi mới, sáng tạo, chất "
            "lượng, hiệu quả».",
            ("Đổi mới, sáng tạo, chất lượng, hiệu quả", 2021),
        ),
        (  # courts, "chủ đề năm 2023 … là"
            "Chủ đề năm 2023 của ngành Tòa án là “Đoàn kết, kỷ cương, đổi mới, sáng tạo, chất lượng, hiệu quả”.",
            ("Đoàn kết, kỷ cương, đổi mới, sáng tạo, chất lượng, hiệu quả", 2023),
        ),
        (  # companies, the campaign's year before the theme cue
            "Tập đoàn Cao su phát động phong trào thi đua năm 2019 với chủ đề “Đoàn kết, sáng tạo, năng suất, "
            "hiệu quả”.",
            ("Đoàn kết, sáng tạo, năng suất, hiệu quả", 2019),
        ),
        (  # finance, the emulation word after the cue
            "Năm 2019, Thứ trưởng đề nghị các đơn vị bám sát chủ đề thi đua của ngành Hải quan «Chuyên nghiệp, minh "
            "bạch, hiệu quả».",
            ("Chuyên nghiệp, minh bạch, hiệu quả", 2019),
        ),
        (  # courts, a year's emulation slogan
            "Năm 2022, ngành Tòa án chọn khẩu hiệu thi đua “Đoàn kết, kỷ cương, trách nhiệm, đổi mới”.",
            ("Đoàn kết, kỷ cương, trách nhiệm, đổi mới", 2022),
        ),
        (  # justice, nine words and a colon between the cue and the quote
            'Chủ đề công tác năm 2023 của ngành Tư pháp là: "Kỷ cương, trách nhiệm, hành động, hiệu quả".',
            ("Kỷ cương, trách nhiệm, hành động, hiệu quả", 2023),
        ),
        (  # a bare year right after the cue
            "Chủ đề 2023: “Kỷ cương, trách nhiệm, hành động, hiệu quả”.",
            ("Kỷ cương, trách nhiệm, hành động, hiệu quả", 2023),
        ),
        (  # a fact sheet's English cue
            "• Theme 2007: \"Đổi mới – Hội nhập – Phát triển bền vững\".",
            ("Đổi mới – Hội nhập – Phát triển bền vững", 2007),
        ),
    ],
)
def test_campaigns_theme_kind_and_year(text, expected):
    found = campaigns_of(text)
    assert [(c.name, c.year) for c in found] == [expected]
    assert found[0].kind == "theme"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # police, the name right after "phong trào thi đua", up to the comma
            "Các đơn vị hưởng ứng phong trào thi đua Vì an ninh Tổ quốc, bảo đảm trật tự địa bàn.",
            "Vì an ninh Tổ quốc",
        ),
        (  # after "phong trào", up to a preposition, in a sentence about emulation
            "Công an xã đẩy mạnh phong trào Toàn dân bảo vệ an ninh Tổ quốc trong thi đua năm 2021.",
            "Toàn dân bảo vệ an ninh Tổ quốc",
        ),
        (  # "cuộc vận động", up to "gắn với"
            "Tiếp tục thực hiện Cuộc vận động Người Việt Nam ưu tiên dùng hàng Việt Nam gắn với phong trào thi đua.",
            "Người Việt Nam ưu tiên dùng hàng Việt Nam",
        ),
    ],
)
def test_campaigns_unquoted_but_named(text, expected):
    assert [c.name for c in campaigns_of(text)] == [expected]


def test_campaigns_quote_wrapped_by_a_pdf_line_break():
    doc, facts = process_text("Trong năm, các doanh nghiệp của Khối đã hưởng ứng sôi nổi phong trào thi đua “Xanh – "
                              "Sạch –\nĐẹp, bảo đảm an toàn lao động”." + CONTEXT)
    assert [f.name for f in facts if isinstance(f, Campaign)] == ["Xanh – Sạch – Đẹp, bảo đảm an toàn lao động"]


@pytest.mark.parametrize(
    "text",
    [
        # an English "theme" with neither a year nor emulation work
        "Website dùng theme “Dark Blue” mới.",
        # a directive's title
        "Tiếp tục thực hiện Chỉ thị 34-CT/TW ngày 07/4/2014 của Bộ Chính trị “Về tiếp tục đổi mới công tác thi đua, "
        "khen thưởng”.",
        # a resolution between cue and quote
        "Phong trào thi đua gắn với Nghị quyết “Xây dựng và chỉnh đốn Đảng” được triển khai rộng khắp.",
        # a conference's title, the cue word inside the quote
        "Công đoàn ngành tổ chức Hội thảo khoa học “Phát huy vai trò của công đoàn trong phong trào thi đua”.",
        # the theme of a festival, not of emulation work
        "Liên hoan văn nghệ quần chúng năm 2007 với chủ đề “Mừng Đảng, mừng Xuân” diễn ra tại Nhà văn hóa tỉnh.",
        # a quoted speech after the cue
        "Bàn về phong trào thi đua, ông Hùng nói: “Thi đua phải thực chất, tránh hình thức”.",
        # a lowercase turn of phrase
        'Nhiều nơi rộ lên phong trào "nuôi chim yến" tự phát.',
        # a political movement abroad, unquoted
        "Phong trào Aceh Tự do đã giải tán lực lượng vũ trang.",
        # an organisation called a movement, in news with no emulation word
        "Phong trào Không liên kết họp thượng đỉnh tại Tehran.",
        # movements abroad, the other "phong trào" no emulation word
        "Các nhóm gồm Phong trào Dân tộc Tự do và Phong trào Thống nhất Cách mạng đã ra tuyên bố.",
        # a capitalised word that is too short to be a name
        "Ngành Giáo dục đẩy mạnh phong trào thi đua Đổi mới, sáng tạo trong dạy và học.",
        # a quotation with its speaker after it, on the line after a movement's name
        "Cánh quân sự của phong trào giải phóng\n\"Tất cả những người mà chúng tôi bắn đều có vũ trang\", một phát "
        "ngôn viên nói.",
        # the same on one line
        'Đó là phong trào giải phóng "Chúng tôi sẽ tiếp tục chiến đấu", người phát ngôn nói.',
        # sports news with the emulation council of the football federation
        "Hội đồng thi đua khen thưởng kỷ luật của LĐBĐ Việt Nam quyết định cấm thi đấu hai năm đối với thủ môn "
        "đội Thép Miền Nam.",
    ],
)
def test_campaigns_not_from_other_quotes(text):
    assert campaigns_of(text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # banks, the year in the clause before the theme cue
            "Ông Lê Văn Hải, Phó Tổng Giám đốc, lưu ý các chi nhánh năm 2016 bám sát chủ đề \"Đổi mới – Hiệu quả – "
            "Bền vững\" trong hoạt động.",
            [("Đổi mới – Hiệu quả – Bền vững", "theme", 2016)],
        ),
        # a festival's theme, the year before it: no emulation theme
        ("Năm 2015, lễ hội hoa có chủ đề \"Sắc màu Đà Lạt mộng mơ\".", []),
    ],
)
def test_campaigns_theme_year_in_clause_before_cue(text, expected):
    assert [(c.name, c.kind, c.year) for c in campaigns_of(text)] == expected


# ---------------------------------------------------------------------------------------------------
# Round 8 (awards branch): a run of titles each followed by its unit in brackets, joined by "hay".

@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # each title's unit in brackets, "hay" before the last
            "Nhiều bệnh viện cụ thể hóa thành các phong trào riêng như \"Mỗi khoa một cải tiến\" (Bệnh viện Bạch Mai) "
            "hay \"Nụ cười thân thiện\" (Bệnh viện Chợ Rẫy).",
            ["Mỗi khoa một cải tiến", "Nụ cười thân thiện"],
        ),
        ("Các trường hưởng ứng phong trào “Học tốt, dạy tốt” (khối THPT), “Trường học an toàn” (khối THCS) và "
         "“Vườn trường xanh” năm 2021.", ["Học tốt, dạy tốt", "Trường học an toàn", "Vườn trường xanh"]),
        (  # negative: a quotation after a bracket and a sentence's words is no title of the run
            "Xã phát động phong trào \"Nhà sạch, vườn đẹp\" (năm 2019), ông Tư nói \"Dân làng rất vui\".",
            ["Nhà sạch, vườn đẹp"],
        ),
    ],
)
def test_campaigns_run_with_units_in_brackets(text, expected):
    assert [c.name for c in campaigns_of(text)] == expected
