"""Chairs and vice-chairs through the whole pipeline: holders before and after the role word,
units and persons, hand-overs between years, tables, and role words with no holder."""

from __future__ import annotations

import pytest

from pipeline.process import process_text
from schemas.facts import Chair


def chairs_of(text: str) -> set[tuple]:
    doc, facts = process_text(text)
    found = [f for f in facts if isinstance(f, Chair)]
    for f in found:
        assert doc.text[f.evidence.start : f.evidence.end] == f.evidence.surface
        assert f.holder in f.evidence.surface
    return {(f.role, f.holder, f.holder_org, f.year) for f in found}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # ministries: the year before, the vice-chair in the same clause
            "Khối Thi đua các bộ, ngành Nội chính Trung ương gồm 8 đơn vị. Năm 2022, Bộ Tư pháp được"
            " giao làm Khối trưởng, Ban Quản lý Lăng Chủ tịch Hồ Chí Minh làm Khối phó.",
            {("chair", "Bộ Tư pháp", None, 2022),
             ("vice_chair", "Ban Quản lý Lăng Chủ tịch Hồ Chí Minh", None, 2022)},
        ),
        (  # audit office, "- đơn vị Khối trưởng", the document's year
            "Khối thi đua các bộ, ngành nội chính Trung ương sơ kết 6 tháng năm 2023. Thứ trưởng đánh giá"
            " cao sự chuẩn bị của Kiểm toán Nhà nước - đơn vị Khối trưởng.",
            {("chair", "Kiểm toán Nhà nước", None, 2023)},
        ),
        (  # justice, persons with the units they head, before and after the role word
            "Cụm thi đua số III tổng kết năm 2022. Sang năm 2023, Cục trưởng Cục Kiểm tra văn bản quy phạm"
            " pháp luật Hồ Quang Huy là Cụm trưởng Cụm thi đua số III, Phó Cụm trưởng là Cục trưởng Cục Hộ"
            " tịch, quốc tịch, chứng thực Nguyễn Thanh Hải.",
            {("chair", "Hồ Quang Huy", "Cục Kiểm tra văn bản quy phạm pháp luật", 2023),
             ("vice_chair", "Nguyễn Thanh Hải", "Cục Hộ tịch, quốc tịch, chứng thực", 2023)},
        ),
        (  # police, elected with the year after the role word
            "Hội nghị Cụm thi đua số 1 đã bầu Công an tỉnh Bắc Giang làm Cụm trưởng năm 2024.",
            {("chair", "Công an tỉnh Bắc Giang", None, 2024)},
        ),
        (  # courts, "giữ vai trò"
            "TAND tỉnh Bắc Ninh giữ vai trò Cụm trưởng Cụm thi đua số 2 năm 2023.",
            {("chair", "TAND tỉnh Bắc Ninh", None, 2023)},
        ),
        (  # justice, the holder after "là"
            "Cụm thi đua số 4 tổ chức hội nghị năm 2021. Cụm trưởng là Sở Tư pháp tỉnh Quảng Ninh.",
            {("chair", "Sở Tư pháp tỉnh Quảng Ninh", None, 2021)},
        ),
        (  # procuracies, "Trưởng khối" and "Phó Trưởng khối", the year written after the second
            "Hội nghị Khối thi đua số 10 đã bầu Viện kiểm sát nhân dân tỉnh Bình Định làm Trưởng khối,"
            " Viện kiểm sát nhân dân tỉnh Gia Lai làm Phó Trưởng khối năm 2015.",
            {("chair", "Viện kiểm sát nhân dân tỉnh Bình Định", None, 2015),
             ("vice_chair", "Viện kiểm sát nhân dân tỉnh Gia Lai", None, 2015)},
        ),
        (  # a hand-over at a year-end review: incoming the next year, outgoing the reviewed one
            "Cụm thi đua số 6 tổng kết năm 2023. Tại hội nghị, Công an tỉnh An Giang đã trao cờ luân lưu"
            " Cụm trưởng cho Công an tỉnh Kiên Giang năm 2024.",
            {("chair", "Công an tỉnh Kiên Giang", None, 2024), ("chair", "Công an tỉnh An Giang", None, 2023)},
        ),
        (  # a hand-over with both years written
            "Khối thi đua số 3 họp. Bộ Tư pháp - Khối trưởng năm 2019 đã bàn giao cho Bộ Công an - Khối"
            " trưởng năm 2020.",
            {("chair", "Bộ Tư pháp", None, 2019), ("chair", "Bộ Công an", None, 2020)},
        ),
        (  # labour unions, a person after a comma and the unit after the person
            "Cụm trưởng Cụm thi đua số 4 năm 2012 là đồng chí Trần Văn Bình, Chủ tịch Liên đoàn Lao động"
            " tỉnh Bạc Liêu.",
            {("chair", "Trần Văn Bình", "Liên đoàn Lao động tỉnh Bạc Liêu", 2012)},
        ),
        (  # companies, "được giao nhiệm vụ"
            "Công ty cổ phần Xi măng Hà Tiên được giao nhiệm vụ Cụm trưởng Cụm thi đua các doanh nghiệp"
            " xây dựng năm 2023.",
            {("chair", "Công ty cổ phần Xi măng Hà Tiên", None, 2023)},
        ),
        (  # universities, the assigning agent after "được" is passed over
            "Khối thi đua VII ký giao ước năm 2013. Trường Đại học Mỏ - Địa chất được các trường bầu làm"
            " Phó Trưởng khối.",
            {("vice_chair", "Trường Đại học Mỏ - Địa chất", None, 2013)},
        ),
        (  # a province named without its head, "do … làm"
            "Cụm thi đua các tỉnh Tây Nam Bộ năm 2023 do tỉnh Vĩnh Long làm Cụm trưởng.",
            {("chair", "tỉnh Vĩnh Long", None, 2023)},
        ),
        (  # a region's chair ("Trưởng Khu vực"), a comma between unit and role
            "Khu vực thi đua các tỉnh Bắc Trung Bộ ngành Tư pháp ký giao ước. Sở Tư pháp tỉnh Nghệ An,"
            " đơn vị Trưởng Khu vực năm 2009, chủ trì hội nghị.",
            {("chair", "Sở Tư pháp tỉnh Nghệ An", None, 2009)},
        ),
        (  # "lần lượt là": holders in the order of the roles
            "Cụm thi đua số 5 tổng kết năm 2023. Cụm trưởng, Cụm phó năm 2024 lần lượt là Công an tỉnh Hà"
            " Tĩnh và Công an tỉnh Quảng Bình.",
            {("chair", "Công an tỉnh Hà Tĩnh", None, 2024), ("vice_chair", "Công an tỉnh Quảng Bình", None, 2024)},
        ),
        (  # cooperatives, "Thay mặt đơn vị Cụm trưởng năm 2023, X …"
            "Cụm thi đua số 2 của Liên minh HTX Việt Nam ký giao ước năm 2024. Thay mặt đơn vị Cụm trưởng"
            " năm 2023, Liên minh Hợp tác xã tỉnh Phú Thọ đã bàn giao nhiệm vụ.",
            {("chair", "Liên minh Hợp tác xã tỉnh Phú Thọ", None, 2023)},
        ),
        (  # a person named without the unit takes the one given elsewhere in the document
            "Cụm thi đua các tỉnh miền Đông Nam Bộ tổng kết năm 2015. Dự có ông Lâm Văn Hòa, Phó Chủ tịch"
            " UBND tỉnh Tây Ninh. Thay mặt đơn vị Cụm trưởng, ông Lâm Văn Hòa phát biểu.",
            {("chair", "Lâm Văn Hòa", "UBND tỉnh Tây Ninh", 2015)},
        ),
        (  # a table of the bloc's members with their roles, the year in the header
            "Khối thi đua số 5 ký giao ước.\nSTT | Đơn vị | Chức danh năm 2012\n"
            "1 | Kho bạc Nhà nước Bình Phước | Khối trưởng\n2 | Kho bạc Nhà nước Đồng Nai | Khối phó\n",
            {("chair", "Kho bạc Nhà nước Bình Phước", None, 2012),
             ("vice_chair", "Kho bạc Nhà nước Đồng Nai", None, 2012)},
        ),
    ],
)
def test_chairs_holder_role_and_year(text, expected):
    assert chairs_of(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # role words with no holder
        "Cụm thi đua số III họp. Thứ trưởng đề nghị Trưởng, Phó trưởng Cụm Thi đua tiếp tục đổi mới.",
        "Nhân dịp này, Trưởng khối Thi đua các Bộ, ngành tổng hợp đã tặng bằng khen cho các tập thể.",
        "Khối thi đua số 2 họp. Ban Thi đua đề nghị các đơn vị Khối trưởng, Cụm trưởng chủ động xây dựng kế hoạch.",
        # no body anywhere: residential and police clusters in crime news
        "Ông Nguyễn Văn Tâm, cụm trưởng cụm dân cư số 5, bị bắt vì tổ chức đánh bạc.",
        "Công an tỉnh Bình Dương làm việc với cụm trưởng an ninh trật tự khu phố 3 về vụ trộm.",
    ],
)
def test_chairs_none_without_holder_or_body(text):
    assert chairs_of(text) == set()
