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
        assert f.holder.split()[-1] in f.evidence.surface  # the holder as written, or spelt out
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
    ("text", "expected"),
    [
        (  # a table of roles by year: each row one term
            "Cụm thi đua số 6 tổng kết giai đoạn 2019 – 2021.\nNăm | Cụm trưởng | Cụm phó\n"
            "2019 | Công an tỉnh Kon Tum | Công an tỉnh Gia Lai\n2020 | Công an tỉnh Gia Lai | Công an tỉnh Đắk Lắk\n",
            {("chair", "Công an tỉnh Kon Tum", None, 2019), ("vice_chair", "Công an tỉnh Gia Lai", None, 2019),
             ("chair", "Công an tỉnh Gia Lai", None, 2020), ("vice_chair", "Công an tỉnh Đắk Lắk", None, 2020)},
        ),
        (  # a table of roles by body: each row one body
            "Phân công Cụm trưởng, Cụm phó năm 2022\nCụm | Cụm trưởng | Cụm phó\nCụm thi đua số 1 | Công an tỉnh Hà"
            " Giang | Công an tỉnh Tuyên Quang\nCụm thi đua số 2 | Công an tỉnh Lào Cai | Công an tỉnh Yên Bái\n",
            {("chair", "Công an tỉnh Hà Giang", None, 2022), ("vice_chair", "Công an tỉnh Tuyên Quang", None, 2022),
             ("chair", "Công an tỉnh Lào Cai", None, 2022), ("vice_chair", "Công an tỉnh Yên Bái", None, 2022)},
        ),
        (  # roles in the notes column of a member table
            "Khối thi đua số 2 năm 2018 gồm các đơn vị sau.\nSTT | Tên đơn vị | Ghi chú\n"
            "1 | Trung tâm Y tế huyện Gia Lâm | Khối trưởng\n2 | Trung tâm Y tế huyện Sóc Sơn |\n"
            "3 | Trung tâm Y tế huyện Đông Anh | Khối phó\n",
            {("chair", "Trung tâm Y tế huyện Gia Lâm", None, 2018),
             ("vice_chair", "Trung tâm Y tế huyện Đông Anh", None, 2018)},
        ),
        (  # "|" between two key-value pairs of a fact sheet is no table cell
            "Cụm thi đua số 3 họp năm 2016.\n• Cụm trưởng 2016: Sở Tư pháp tỉnh Hòa Bình | Cụm phó 2016: Sở Tư pháp"
            " tỉnh Sơn La",
            {("chair", "Sở Tư pháp tỉnh Hòa Bình", None, 2016), ("vice_chair", "Sở Tư pháp tỉnh Sơn La", None, 2016)},
        ),
        (  # an undefined abbreviation before a place: the place holds the role
            "Cụm thi đua số 2 họp năm 2017.\n• Cụm phó 2017: CN Bắc Kạn",
            {("vice_chair", "Bắc Kạn", None, 2017)},
        ),
        (  # a decision: "Phân công A làm Trưởng Khối …, B làm Phó Trưởng Khối …"
            "Khối thi đua số 2 ngành Tòa án năm 2010. Điều 1. Phân công Tòa án nhân dân huyện Gia Lâm làm Trưởng Khối"
            " thi đua số 2, Tòa án nhân dân huyện Đông Anh làm Phó Trưởng Khối thi đua số 2.",
            {("chair", "Tòa án nhân dân huyện Gia Lâm", None, 2010),
             ("vice_chair", "Tòa án nhân dân huyện Đông Anh", None, 2010)},
        ),
        (  # an appointing agent with a title between "được" and the verb
            "Khối thi đua các bệnh viện tuyến tỉnh năm 2015. Bệnh viện Đa khoa tỉnh Hà Tĩnh được Giám đốc Sở Y tế"
            " chỉ định làm Khối trưởng.",
            {("chair", "Bệnh viện Đa khoa tỉnh Hà Tĩnh", None, 2015)},
        ),
        (  # "X (Khối trưởng)" in a list of those present
            "Khối thi đua các trường trung cấp tổng kết năm 2012. Dự có Trường Trung cấp Y tế Hà Tây (Khối trưởng)"
            " và Trường Trung cấp Luật Thái Nguyên.",
            {("chair", "Trường Trung cấp Y tế Hà Tây", None, 2012)},
        ),
        (  # "năm ngoái", "năm nay", "năm tới", counted from the year the text speaks in
            "Cụm thi đua số 8 ký giao ước năm 2019. Năm ngoái Liên đoàn Lao động tỉnh Gia Lai làm Cụm trưởng."
            " Cụm trưởng năm nay là Liên đoàn Lao động tỉnh Kon Tum. Năm tới Liên đoàn Lao động tỉnh Đắk Nông"
            " sẽ làm Cụm trưởng.",
            {("chair", "Liên đoàn Lao động tỉnh Gia Lai", None, 2018),
             ("chair", "Liên đoàn Lao động tỉnh Kon Tum", None, 2019),
             ("chair", "Liên đoàn Lao động tỉnh Đắk Nông", None, 2020)},
        ),
        (  # the year before a colon that opens clauses split by ";"
            "Cụm thi đua số 4 thống nhất phương án luân phiên năm 2022: Cục Thuế tỉnh Nam Định làm Cụm trưởng;"
            " Cục Thuế tỉnh Hà Nam làm Cụm phó.",
            {("chair", "Cục Thuế tỉnh Nam Định", None, 2022), ("vice_chair", "Cục Thuế tỉnh Hà Nam", None, 2022)},
        ),
        (  # a role word takes the body named right after it, or after the role coordinated with it
            "Hai khối thống nhất luân phiên năm 2020: Lữ đoàn 125 làm Khối trưởng, Lữ đoàn 127 làm Khối phó Khối thi"
            " đua các lữ đoàn tàu; Lữ đoàn 162 làm Khối trưởng Khối thi đua các lữ đoàn tên lửa.",
            {("Khối thi đua các lữ đoàn tàu", "chair", "Lữ đoàn 125"),
             ("Khối thi đua các lữ đoàn tàu", "vice_chair", "Lữ đoàn 127"),
             ("Khối thi đua các lữ đoàn tên lửa", "chair", "Lữ đoàn 162")},
        ),
        (  # receiving the rotating flag from the previous chair
            "Cụm thi đua số 5 tổng kết năm 2020. Cuối hội nghị, Cục Hải quan tỉnh Nghệ An tiếp nhận cờ luân lưu"
            " từ Cục Hải quan tỉnh Thanh Hóa.",
            {("chair", "Cục Hải quan tỉnh Nghệ An", None, 2021), ("chair", "Cục Hải quan tỉnh Thanh Hóa", None, 2020)},
        ),
        (  # "chuyển giao nhiệm vụ Khối trưởng cho X"
            "Khối thi đua các công ty lâm nghiệp tổng kết năm 2016. Công ty Lâm nghiệp Kon Plông chuyển giao nhiệm vụ"
            " Khối trưởng cho Công ty Lâm nghiệp Đăk Tô.",
            {("chair", "Công ty Lâm nghiệp Đăk Tô", None, 2017), ("chair", "Công ty Lâm nghiệp Kon Plông", None, 2016)},
        ),
        (  # the outgoing chair named with its role hands on to the next one
            "Cụm thi đua các huyện miền biển tổng kết năm 2019. UBND huyện Hải Hậu – Cụm trưởng năm 2019 – đã bàn"
            " giao cờ luân lưu cho UBND huyện Giao Thủy.",
            {("chair", "UBND huyện Hải Hậu", None, 2019), ("chair", "UBND huyện Giao Thủy", None, 2020)},
        ),
        (  # a second clause names another year and holder for the same role
            "Cụm thi đua số 8 họp năm 2017. Đơn vị Cụm trưởng năm 2017 là Sở Công Thương tỉnh Bến Tre; năm 2018 là Sở"
            " Công Thương tỉnh Trà Vinh.",
            {("chair", "Sở Công Thương tỉnh Bến Tre", None, 2017),
             ("chair", "Sở Công Thương tỉnh Trà Vinh", None, 2018)},
        ),
        (  # a school year: the calendar year it ends in
            "Cụm thi đua các trường THCS huyện Nghĩa Đàn năm học 2019 – 2020 do Trường THCS Nghĩa Hội làm Cụm trưởng.",
            {("chair", "Trường THCS Nghĩa Hội", None, 2020)},
        ),
    ],
)
def test_chairs_more_phrasings(text, expected):
    if all(len(e) == 3 for e in expected):
        doc, facts = process_text(text)
        assert {(f.body, f.role, f.holder) for f in facts if isinstance(f, Chair)} == expected
    else:
        assert chairs_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # spelt out where the document writes the long form
            "Cụm thi đua số 3 thuộc Viện kiểm sát nhân dân (VKSND) tỉnh Bắc Ninh tổng kết năm 2014 tại Viện kiểm sát"
            " nhân dân huyện Quế Võ. VKSND huyện Quế Võ làm Cụm trưởng.",
            {("chair", "Viện kiểm sát nhân dân huyện Quế Võ", None, 2014)},
        ),
        (  # defined in words inside the bracket
            "Cụm thi đua số 3 thuộc Viện kiểm sát nhân dân (viết tắt là VKSND) tỉnh Bắc Ninh tổng kết năm 2014 tại"
            " Viện kiểm sát nhân dân huyện Quế Võ. VKSND huyện Quế Võ làm Cụm trưởng.",
            {("chair", "Viện kiểm sát nhân dân huyện Quế Võ", None, 2014)},
        ),
        (  # as written where it does not
            "Cụm thi đua số 3 thuộc Viện kiểm sát nhân dân (VKSND) tỉnh Bắc Ninh tổng kết năm 2014. VKSND huyện Tiên"
            " Du làm Cụm trưởng.",
            {("chair", "VKSND huyện Tiên Du", None, 2014)},
        ),
        (  # a person's unit with the abbreviation spelt out
            "Khối thi đua số 4 thuộc Ngân hàng Chính sách xã hội (NHCSXH) tổng kết năm 2016. Ông Lò Văn Pọm, Giám đốc"
            " Chi nhánh NHCSXH tỉnh Điện Biên - đơn vị Khối trưởng, phát biểu. Chi nhánh Ngân hàng Chính sách xã hội"
            " tỉnh Điện Biên được tặng Cờ thi đua.",
            {("chair", "Lò Văn Pọm", "Chi nhánh Ngân hàng Chính sách xã hội tỉnh Điện Biên", 2016)},
        ),
    ],
)
def test_chairs_abbreviations_the_text_defines(text, expected):
    assert chairs_of(text) == expected


def test_chairs_a_headline_yields_to_the_text():
    text = ("Hội Nông dân giữ vai trò Khối trưởng năm 2020\n"
            "Khối thi đua các đoàn thể tỉnh Yên Bái ký giao ước năm 2020. Hội Nông dân tỉnh Yên Bái được Ban Thi đua"
            " – Khen thưởng tỉnh chỉ định làm Khối trưởng năm 2020.")
    assert chairs_of(text) == {("chair", "Hội Nông dân tỉnh Yên Bái", None, 2020)}


def test_chairs_a_year_given_elsewhere_for_the_same_holder_and_role():
    text = ("Cụm thi đua số 2 họp năm 2018.\n• Cụm phó 2019: Sở Tư pháp tỉnh Lai Châu\n"
            "Sở Tư pháp tỉnh Lai Châu giữ vai trò Cụm phó.")
    assert chairs_of(text) == {("vice_chair", "Sở Tư pháp tỉnh Lai Châu", None, 2019)}


def test_chairs_a_term_year_in_the_title_is_not_the_documents_year():
    text = ("Cụm thi đua số 1: Công an huyện A Lưới nhận vai trò Cụm trưởng 2022\n"
            "Ngày 20/12/2021, Cụm thi đua số 1 tổng kết năm 2021. Công an huyện Phong Điền bàn giao nhiệm vụ Cụm"
            " trưởng cho Công an huyện A Lưới.")
    assert chairs_of(text) == {("chair", "Công an huyện A Lưới", None, 2022),
                               ("chair", "Công an huyện Phong Điền", None, 2021)}


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
        # a flag that is no chair's, a table without roles
        "Cụm thi đua số 4 tổng kết năm 2019. Công an tỉnh Hà Nam nhận Cờ thi đua từ Bộ Công an.",
        "Cụm thi đua số 4 năm 2019.\nNăm | Đơn vị | Điểm\n2019 | Công an tỉnh Hà Nam | 98\n",
        # "được giao cho" without a role word before it
        "Cụm thi đua số 2 tổng kết năm 2023. Nhiệm vụ tổ chức hội nghị được giao cho Công an tỉnh Hà Giang.",
        # an agent that is no chair: the role has no holder
        "Cụm thi đua số 2 họp năm 2023. Vai trò Cụm trưởng được các đơn vị trong Cụm đánh giá cao.",
        # "khoa học" is no faculty
        "Cụm thi đua số 2 họp năm 2023. Khoa học công nghệ giữ vai trò quan trọng.",
        # three units for two roles: which is which is not said
        "Cụm thi đua số 5 năm 2020. Công an tỉnh Thanh Hóa, Công an tỉnh Hà Tĩnh và Công an tỉnh Nghệ An lần lượt"
        " giữ vai trò Cụm trưởng, Cụm phó.",
        # "Với vai trò Cụm trưởng," before no unit
        "Cụm thi đua số 2 họp năm 2023. Với vai trò Cụm trưởng, đơn vị cần chủ động xây dựng kế hoạch.",
    ],
)
def test_chairs_none_without_holder_or_body(text):
    assert chairs_of(text) == set()


def test_chairs_a_holder_that_goes_on_keeps_the_documents_year():
    text = ("Khối thi đua số 6 họp năm 2022. Năm 2019, Sở Tài chính tỉnh Hòa Bình là Khối trưởng."
            " Hiện nay Sở Tài chính tỉnh Hòa Bình tiếp tục giữ vai trò Khối trưởng.")
    assert chairs_of(text) == {("chair", "Sở Tài chính tỉnh Hòa Bình", None, 2019),
                               ("chair", "Sở Tài chính tỉnh Hòa Bình", None, 2022)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the role given to the holder: "vai trò … được giao cho X"
            "Khối thi đua số 3 tổng kết năm 2022. Vai trò Khối trưởng năm 2023 được giao cho Sở Tư pháp.",
            {("chair", "Sở Tư pháp", None, 2023)},
        ),
        (  # "thuộc về", the body sentences before
            "Cụm thi đua số 2 (Bộ Công an) tổng kết năm 2023 tại Hà Giang. Các đơn vị ký giao ước năm 2024."
            " Năm nay, vai trò Cụm trưởng thuộc về Công an tỉnh Hà Giang.",
            {("chair", "Công an tỉnh Hà Giang", None, 2023)},
        ),
        (  # a long agent between "được" and its verb: "được các đơn vị trong Cụm tín nhiệm bầu"
            "Cụm thi đua số 2 tổng kết năm 2023. Với nhiều thành tích nổi bật, Công an tỉnh Tuyên Quang được các"
            " đơn vị trong Cụm tín nhiệm bầu giữ vai trò Cụm trưởng năm 2024.",
            {("chair", "Công an tỉnh Tuyên Quang", None, 2024)},
        ),
        (  # "được tín nhiệm bầu giữ vai trò"
            "Cụm thi đua số 2 tổng kết năm 2023. Công an tỉnh Hà Giang được tín nhiệm bầu giữ vai trò Cụm trưởng"
            " năm 2024.",
            {("chair", "Công an tỉnh Hà Giang", None, 2024)},
        ),
        (  # "hoàn thành tốt vai trò"
            "Cụm thi đua số 4 tổng kết năm 2020. Công an tỉnh Ninh Bình hoàn thành tốt vai trò Cụm trưởng năm 2020.",
            {("chair", "Công an tỉnh Ninh Bình", None, 2020)},
        ),
        (  # "Với vai trò Cụm trưởng, X …", "Nhận nhiệm vụ Cụm trưởng năm 2021, X …": the unit after the comma
            "Cụm thi đua số 4 tổng kết năm 2020. Với vai trò Cụm trưởng, Công an tỉnh Ninh Bình đã chủ động xây dựng kế"
            " hoạch. Nhận nhiệm vụ Cụm trưởng năm 2021, Công an tỉnh Nam Định cam kết hoàn thành tốt.",
            {("chair", "Công an tỉnh Ninh Bình", None, 2020), ("chair", "Công an tỉnh Nam Định", None, 2021)},
        ),
        (  # the role word as a person's title, the unit after the person
            "Cụm thi đua số 5 tổng kết năm 2020. Phát biểu tại hội nghị, đồng chí Cụm trưởng Nguyễn Văn Hùng, Giám đốc"
            " Công an tỉnh Thanh Hóa cho biết.",
            {("chair", "Nguyễn Văn Hùng", "Công an tỉnh Thanh Hóa", 2020)},
        ),
        (  # a faculty whose name holds a dash
            "Khối thi đua số 2 năm 2021. Khoa Ngữ văn – Báo chí làm Khối trưởng, Khoa Công nghệ – Môi trường làm"
            " Khối phó.",
            {("chair", "Khoa Ngữ văn – Báo chí", None, 2021),
             ("vice_chair", "Khoa Công nghệ – Môi trường", None, 2021)},
        ),
        (  # a company named with its place after a dash, a school with its parent university
            "Khối thi đua các công ty cao su năm 2021. Công ty TNHH MTV Cao su Dầu Tiếng – Bình Dương được bầu làm"
            " Khối trưởng, Trường Đại học Sư phạm – Đại học Đà Nẵng làm Khối phó.",
            {("chair", "Công ty TNHH MTV Cao su Dầu Tiếng – Bình Dương", None, 2021),
             ("vice_chair", "Trường Đại học Sư phạm – Đại học Đà Nẵng", None, 2021)},
        ),
        (  # a science department is no faculty
            "Cụm thi đua số 3 năm 2020. Sở Khoa học và Công nghệ tỉnh Hà Nam làm Cụm trưởng.",
            {("chair", "Sở Khoa học và Công nghệ tỉnh Hà Nam", None, 2020)},
        ),
        (  # defined abbreviations, the holder as written where the long form is not
            "Cụm thi đua số 2 của Bảo hiểm xã hội (BHXH) Việt Nam gồm BHXH các tỉnh Lào Cai, Yên Bái, Hà Giang. BHXH"
            " tỉnh Lào Cai giữ vai trò Cụm trưởng năm 2022.",
            {("chair", "BHXH tỉnh Lào Cai", None, 2022)},
        ),
        (
            "Cụm thi đua số 6 gồm Công an (CA) các tỉnh Nam Định, Ninh Bình, Thái Bình. CA tỉnh Nam Định làm Cụm"
            " trưởng năm 2017, Công an tỉnh Ninh Bình làm Cụm phó.",
            {("chair", "CA tỉnh Nam Định", None, 2017), ("vice_chair", "Công an tỉnh Ninh Bình", None, 2017)},
        ),
        (  # a hand-over naming both terms
            "Cụm thi đua số 6 tổng kết năm 2022. Tại hội nghị, Công an tỉnh Nam Định (Cụm trưởng năm 2022) đã bàn"
            " giao nhiệm vụ Cụm trưởng năm 2023 cho Công an tỉnh Thái Bình.",
            {("chair", "Công an tỉnh Nam Định", None, 2022), ("chair", "Công an tỉnh Thái Bình", None, 2023)},
        ),
    ],
)
def test_chairs_phrasing_families(text, expected):
    assert chairs_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a rotation order: one year and holder a clause, after a dash
            "Cụm thi đua số 2 ký giao ước năm 2002. Cụm trưởng luân phiên theo thứ tự: năm 2002 là LĐLĐ huyện Lục"
            " Nam; năm 2003 – Lục Ngạn; năm 2004 – Sơn Động; năm 2005 – Yên Thế.",
            {("chair", "LĐLĐ huyện Lục Nam", None, 2002), ("chair", "Lục Ngạn", None, 2003),
             ("chair", "Sơn Động", None, 2004), ("chair", "Yên Thế", None, 2005)},
        ),
        (  # receiving the chair's flag at a year-end review: the next term
            "ĐIỂM TIN TUẦN QUA\n* TAND tỉnh Cà Mau nhận cờ Cụm trưởng\nNgày 22/11, Cụm thi đua số 7 tổ chức hội"
            " nghị tổng kết công tác thi đua năm 2018.",
            {("chair", "TAND tỉnh Cà Mau", None, 2019)},
        ),
        (  # "đảm nhận" at a year-end review is the reviewed year; the year of the sentence for its clauses
            "Tổng kết công tác thi đua năm 2007 của Khu vực thi đua số 2. Năm 2007, vai trò Trưởng khu vực do HTX Cà"
            " phê Ea Tul đảm nhận; Phó Trưởng khu vực là HTX Nông nghiệp Thuận An.",
            {("chair", "HTX Cà phê Ea Tul", None, 2007), ("vice_chair", "HTX Nông nghiệp Thuận An", None, 2007)},
        ),
        (  # the incoming holder takes the year after the outgoing one's
            "Cụm thi đua các tỉnh Đồng bằng sông Hồng ký giao ước năm 2014. Trước đó, UBND tỉnh Ninh Bình – Cụm"
            " trưởng năm 2013 – đã trao cờ luân lưu Cụm trưởng cho tỉnh Nam Định.",
            {("chair", "UBND tỉnh Ninh Bình", None, 2013), ("chair", "tỉnh Nam Định", None, 2014)},
        ),
        (  # "A thay B làm Cụm trưởng", "A làm Cụm phó năm 2021, thay (cho) B": B held the term before
            "Cụm thi đua số 4 tổng kết năm 2020. Công an tỉnh Nam Định thay Công an tỉnh Ninh Bình làm Cụm trưởng năm"
            " 2021. Công an tỉnh Hà Nam được bầu làm Cụm phó năm 2021, thay cho Công an tỉnh Thái Bình.",
            {("chair", "Công an tỉnh Nam Định", None, 2021), ("chair", "Công an tỉnh Ninh Bình", None, 2020),
             ("vice_chair", "Công an tỉnh Hà Nam", None, 2021), ("vice_chair", "Công an tỉnh Thái Bình", None, 2020)},
        ),
        (  # "thay mặt" is no replacement
            "Cụm thi đua số 4 tổng kết năm 2020. Công an tỉnh Nam Định làm Cụm trưởng năm 2021. Ông Trần Văn An thay"
            " mặt Công an tỉnh Ninh Bình phát biểu.",
            {("chair", "Công an tỉnh Nam Định", None, 2021)},
        ),
        (  # "A và B lần lượt giữ vai trò Cụm trưởng, Cụm phó"
            "Cụm thi đua số 5 năm 2020. Công an tỉnh Thanh Hóa và Công an tỉnh Nghệ An lần lượt giữ vai trò Cụm"
            " trưởng, Cụm phó năm 2020.",
            {("chair", "Công an tỉnh Thanh Hóa", None, 2020), ("vice_chair", "Công an tỉnh Nghệ An", None, 2020)},
        ),
        (  # "Cụm trưởng do A đảm nhiệm, Cụm phó do B đảm nhiệm": not A across the comma
            "Cụm thi đua số 5 năm 2020. Năm 2020, Cụm trưởng do Công an tỉnh Thanh Hóa đảm nhiệm, Cụm phó do Công an"
            " tỉnh Nghệ An đảm nhiệm. Cụm trưởng năm 2021 sẽ là Công an tỉnh Hà Tĩnh.",
            {("chair", "Công an tỉnh Thanh Hóa", None, 2020), ("vice_chair", "Công an tỉnh Nghệ An", None, 2020),
             ("chair", "Công an tỉnh Hà Tĩnh", None, 2021)},
        ),
        (  # a role in the clause after ";" takes the year of the role before
            "Cụm thi đua số 3 tổng kết năm 2022. Đơn vị Cụm trưởng năm 2023 là Công an thành phố Đà Nẵng; Cụm phó là"
            " Công an tỉnh Quảng Nam.",
            {("chair", "Công an thành phố Đà Nẵng", None, 2023), ("vice_chair", "Công an tỉnh Quảng Nam", None, 2023)},
        ),
        (  # "được các đơn vị thống nhất giới thiệu làm"
            "Cụm thi đua số 3 tổng kết năm 2016. Ủy ban MTTQ huyện Quỳnh Lưu được các đơn vị thống nhất giới thiệu"
            " làm Cụm phó năm 2017.",
            {("vice_chair", "Ủy ban MTTQ huyện Quỳnh Lưu", None, 2017)},
        ),
    ],
)
def test_chairs_rotations_and_handovers(text, expected):
    assert chairs_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a clause after the holder with a year but no holder
            "Cụm thi đua số 2 họp năm 2002. Cụm trưởng năm 2002 là LĐLĐ huyện Lục Nam; năm 2003 – nhiều khó khăn.",
            {("chair", "LĐLĐ huyện Lục Nam", None, 2002)},
        ),
        (  # "theo" before no holder
            "Cụm thi đua số 2 họp năm 2002. Cụm trưởng theo dõi việc chấm điểm của Công an tỉnh Hà Nam.",
            set(),
        ),
        (  # a flag received that is no chair's
            "Cụm thi đua số 2 tổng kết năm 2002. Công an tỉnh Hà Nam nhận Cờ thi đua của Bộ Công an.",
            set(),
        ),
    ],
)
def test_chairs_rotation_negatives(text, expected):
    assert chairs_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # "đơn vị" opening the role's clause stands for the unit that opens the sentence before
            "Cụm thi đua số 2 (Bộ Công an) tổng kết năm 2023. Công an tỉnh Hà Giang đăng cai hội nghị. Năm nay, đơn"
            " vị vinh dự giữ vai trò Cụm trưởng.",
            {("chair", "Công an tỉnh Hà Giang", None, 2023)},
        ),
        (  # the unit after a date and a comma, an agent after "được"
            "Cụm thi đua số 2 tổng kết năm 2023. Ngày 19/12, Công an tỉnh Tuyên Quang tổ chức hội nghị. Đơn vị được"
            " các đơn vị trong Cụm tín nhiệm bầu giữ vai trò Cụm trưởng năm 2024.",
            {("chair", "Công an tỉnh Tuyên Quang", None, 2024)},
        ),
        # no subject unit in the sentence before (a place after "tại")
        ("Cụm thi đua số 2 tổng kết năm 2023. Ngày 19/12, tại tỉnh Hà Giang, Cụm tổ chức hội nghị. Năm nay, đơn vị"
         " vinh dự giữ vai trò Cụm trưởng.", set()),
        # "Đơn vị Cụm trưởng" is the role's own unit: no verb gives it the role
        ("Cụm thi đua số 2 tổng kết năm 2023. Công an tỉnh Hà Giang đăng cai hội nghị. Đơn vị Cụm trưởng sẽ chủ trì"
         " việc chấm điểm.", set()),
        # the anaphor does not open the clause
        ("Cụm thi đua số 2 tổng kết năm 2023. Công an tỉnh Hà Giang đăng cai hội nghị. Ban Thi đua đề nghị đơn vị"
         " làm tốt vai trò Cụm trưởng.", set()),
    ],
)
def test_chairs_holder_named_the_sentence_before(text, expected):
    assert chairs_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # "chúng tôi" in an interview's answer: the unit of the one who speaks
            "Khối thi đua số 7 gồm Cục Thuế 3 tỉnh Bến Tre, Vĩnh Long và Trà Vinh. Phóng viên trao đổi với ông Huỳnh"
            " Văn Tuấn, Cục trưởng Cục Thuế tỉnh Trà Vinh.\nÔng Huỳnh Văn Tuấn: Năm 2021, Cục Thuế tỉnh Vĩnh Long làm"
            " Khối trưởng và chúng tôi làm Khối phó.",
            {("chair", "Cục Thuế tỉnh Vĩnh Long", 2021), ("vice_chair", "Cục Thuế tỉnh Trà Vinh", 2021)},
        ),
        (  # no speaker at the head of the line: "chúng tôi" stands for no one known
            "Khối thi đua số 7 gồm Cục Thuế 3 tỉnh Bến Tre, Vĩnh Long và Trà Vinh. Năm 2021, Cục Thuế tỉnh Vĩnh Long"
            " làm Khối trưởng và chúng tôi làm Khối phó.",
            {("chair", "Cục Thuế tỉnh Vĩnh Long", 2021)},
        ),
    ],
)
def test_chairs_the_unit_of_the_one_who_speaks(text, expected):
    _, facts = process_text(text)
    assert {(f.role, f.holder, f.year) for f in facts if isinstance(f, Chair)} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # "Cơ quan này" opening the clause: the unit that opens the sentence before
            "Cụm thi đua số 4 tổng kết năm 2023. Sở Tư pháp tỉnh Quảng Ninh đăng cai hội nghị. Cơ quan này được bầu"
            " giữ vai trò Cụm trưởng năm 2024.",
            {("chair", "Sở Tư pháp tỉnh Quảng Ninh", None, 2024)},
        ),
        (  # a bare head ("Sở") for the unit named in full before
            "Cụm thi đua số 4 tổng kết năm 2023. Sở Tư pháp tỉnh Quảng Ninh đăng cai hội nghị. Năm 2024, Sở tiếp"
            " tục giữ vai trò Cụm trưởng.",
            {("chair", "Sở Tư pháp tỉnh Quảng Ninh", None, 2024)},
        ),
        (  # a head and its place word ("Công an tỉnh"), the nearest full name before
            "Cụm thi đua số 4 tổng kết năm 2023. Công an tỉnh Lào Cai dự họp. Hội nghị do Công an tỉnh Hà Giang đăng"
            " cai. Năm 2024, Công an tỉnh được bầu làm Cụm trưởng.",
            {("chair", "Công an tỉnh Hà Giang", None, 2024)},
        ),
        (  # a person's unit written short after the full name
            "Cụm thi đua số 4 tổng kết năm 2023 tại Công an tỉnh Hà Giang. Đại tá Nguyễn Văn An, Giám đốc Công an"
            " tỉnh, Cụm trưởng năm 2023, phát biểu.",
            {("chair", "Nguyễn Văn An", "Công an tỉnh Hà Giang", 2023)},
        ),
        (  # place names that look like persons' in a rotation
            "Cụm thi đua số 2 ký giao ước năm 2002. Cụm trưởng luân phiên theo thứ tự: năm 2002 là Lê Chân; năm 2003"
            " – Ngô Quyền; năm 2004 – Hồng Bàng.",
            {("chair", "Lê Chân", None, 2002), ("chair", "Ngô Quyền", None, 2003), ("chair", "Hồng Bàng", None, 2004)},
        ),
    ],
)
def test_chairs_short_references_to_a_unit(text, expected):
    assert chairs_of(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # several ("Các Sở"), and a head the document never names in full: no holder
        ("Cụm thi đua số 4 tổng kết năm 2023. Sở Tư pháp tỉnh Quảng Ninh đăng cai. Các Sở được giao làm Cụm trưởng"
         " luân phiên.", set()),
        ("Cụm thi đua số 4 tổng kết năm 2023. Hội nghị họp tại Quảng Ninh. Năm 2024, Sở tiếp tục giữ vai trò Cụm"
         " trưởng.", set()),
        # the short name stays as written when no full name has it
        ("Cụm thi đua số 4 tổng kết năm 2023. Năm 2024, Công an tỉnh được bầu làm Cụm trưởng.",
         {("chair", "Công an tỉnh", None, 2024)}),
    ],
)
def test_chairs_short_references_negatives(text, expected):
    assert chairs_of(text) == expected


def test_chairs_a_place_named_after_a_place_word_is_no_person():
    text = ("Cụm thi đua số 2 gồm LĐLĐ các quận Lê Chân, Ngô Quyền, Hồng Bàng và Kiến An. Năm 2002, Lê Chân làm Cụm"
            " trưởng, Ngô Quyền làm Cụm phó.")
    _, facts = process_text(text)
    assert {(f.role, f.holder, f.holder_kind) for f in facts if isinstance(f, Chair)} == {
        ("chair", "Lê Chân", "org"), ("vice_chair", "Ngô Quyền", "org")}


def chairs_dated(text: str, published: str | None = None) -> set[tuple]:
    _, facts = process_text(text, published=published)
    return {(f.role, f.holder, f.holder_org, f.year) for f in facts if isinstance(f, Chair)}


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        (  # a range after the role, "trong cùng thời gian" for the vice-chair: each year of the term
            "Cụm thi đua số 3 năm 2005. Xã Đồng Trúc được phân công làm Cụm trưởng từ năm 2006 đến 2008, xã Tân Xã làm"
            " Cụm phó trong cùng thời gian.", None,
            {(r, h, None, y) for y in (2006, 2007, 2008)
             for r, h in (("chair", "Xã Đồng Trúc"), ("vice_chair", "xã Tân Xã"))},
        ),
        (  # "nhiệm kỳ 2015–2016"
            "Khối thi đua số 2 họp năm 2014. Kho bạc Nhà nước Sóc Trăng được bầu làm Trưởng khối nhiệm kỳ 2015–2016.",
            None, {("chair", "Kho bạc Nhà nước Sóc Trăng", None, 2015),
                   ("chair", "Kho bạc Nhà nước Sóc Trăng", None, 2016)},
        ),
        (  # years listed: "trong hai năm 2007 và 2008"
            "Khối thi đua các cơ quan Quân khu năm 2008. Cục Chính trị giữ vai trò Khối trưởng, Cục Kỹ thuật giữ"
            " vai trò Khối phó trong hai năm 2007 và 2008.", None,
            {("chair", "Cục Chính trị", None, 2007), ("chair", "Cục Chính trị", None, 2008),
             ("vice_chair", "Cục Kỹ thuật", None, 2007), ("vice_chair", "Cục Kỹ thuật", None, 2008)},
        ),
        (  # a school year is one term, of the year it ends in
            "Cụm thi đua số 2 họp. Trường THCS Kim An làm Cụm trưởng năm học 2010 – 2011.", None,
            {("chair", "Trường THCS Kim An", None, 2011)},
        ),
        (  # dash bullets under a heading that names the year
            "Khối thi đua các đơn vị chủ lực (Khối 2) tổng kết năm 2008. Sư đoàn 330 làm Khối trưởng năm 2008.\n"
            "IV. PHÂN CÔNG NĂM 2009\n- Khối 2: Khối trưởng – Sư đoàn 4; Khối phó – Lữ đoàn Phòng không 226.", None,
            {("chair", "Sư đoàn 330", None, 2008), ("chair", "Sư đoàn 4", None, 2009),
             ("vice_chair", "Lữ đoàn Phòng không 226", None, 2009)},
        ),
        (  # numbered points under a heading of plans keep their own year
            "Khối thi đua số 5 tổng kết năm 2022.\nIV. PHƯƠNG HƯỚNG NĂM 2023\n1. Tiếp tục phối hợp với Khối thi đua số"
            " 6, do Bệnh viện Tim Hà Nội là Trưởng khối.", None,
            {("chair", "Bệnh viện Tim Hà Nội", None, 2022)},
        ),
        (  # "tổng kết … năm qua" in January: the year before
            "Đức Hòa, ngày 15/01/2009 – Cụm thi đua số 2 tổng kết công tác thi đua năm qua. Ủy ban MTTQ xã Hựu Thạnh đã"
            " hoàn thành tốt vai trò Cụm trưởng năm qua.", "2009-01-15",
            {("chair", "Ủy ban MTTQ xã Hựu Thạnh", None, 2008)},
        ),
        (  # a January review that names no year: the year before; the incoming holder the next
            "Khối thi đua kinh tế tổng hợp: vai trò Khối trưởng\nNhân dịp tổng kết, phóng viên trao đổi với ông An."
            " Tại hội nghị, Thứ trưởng Bộ Kế hoạch và Đầu tư Hoàng Minh Đạt trao cờ Khối trưởng cho Thứ trưởng Bộ Tài"
            " chính Đinh Xuân Hòa.", "2017-01-05",
            {("chair", "Hoàng Minh Đạt", "Bộ Kế hoạch và Đầu tư", 2016),
             ("chair", "Đinh Xuân Hòa", "Bộ Tài chính", 2017)},
        ),
        (  # the term the sentence before announces for the roles it names without a holder
            "Khối thi đua số 2 tổng kết năm 2014. Hội nghị đã bầu Trưởng khối, Phó Trưởng khối nhiệm kỳ 2015–2016."
            " Kết quả, KBNN Sóc Trăng được bầu làm Trưởng khối, KBNN Bạc Liêu làm Phó Trưởng khối.", None,
            {(r, h, None, y) for y in (2015, 2016)
             for r, h in (("chair", "KBNN Sóc Trăng"), ("vice_chair", "KBNN Bạc Liêu"))},
        ),
        (  # no announcement when the sentence writes its own year
            "Khối thi đua số 2 tổng kết năm 2014. Hội nghị đã bầu Trưởng khối nhiệm kỳ 2015–2016. Năm 2014, KBNN Cần"
            " Thơ làm Trưởng khối.", None,
            {("chair", "KBNN Cần Thơ", None, 2014)},
        ),
        (  # a January document whose title names its year keeps it
            "Thông báo kết quả bầu Khối trưởng các Khối thi đua năm 2025\nHội nghị tổng kết đã bầu. Khối thi đua số 1:"
            " Khối trưởng là Ban Dân vận Tỉnh ủy.", "2025-01-20",
            {("chair", "Ban Dân vận Tỉnh ủy", None, 2025)},
        ),
    ],
)
def test_chairs_years_of_terms(text, published, expected):
    assert chairs_dated(text, published) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # the body of each clause: "Cụm 1 do A …, Cụm 2 do B …"
            "Cụm thi đua số 1 và Cụm thi đua số 2 họp năm 2015. Năm 2014, Cụm 1 do Đồn Biên phòng Vĩnh Điều làm Cụm"
            " trưởng, Cụm 2 do Đồn BP Hòn Tre làm Cụm trưởng.",
            {("Cụm 1", "Đồn Biên phòng Vĩnh Điều", 2014), ("Cụm 2", "Đồn BP Hòn Tre", 2014)},
        ),
        (  # a short name in brackets after the holder; "ở vị trí"
            "Khối thi đua số 2 tổng kết năm 2014. Năm 2014, Kho bạc Nhà nước Cần Thơ làm Trưởng khối, Kho bạc Nhà nước"
            " Trà Vinh (KBNN Trà Vinh) làm Phó Trưởng khối.",
            {("Khối thi đua số 2", "Kho bạc Nhà nước Cần Thơ", 2014), ("Khối thi đua số 2", "Kho bạc Nhà nước Trà Vinh",
                                                                         2014)},
        ),
        (  # an abbreviation given with the place ("(PC Nam Định)"), then a table of the rotation
            "Khối thi đua số 3 gồm Công ty Điện lực Nam Định (PC Nam Định) và Công ty Điện lực Hà Nam (PC Hà Nam).\n"
            "Năm | Khối trưởng | Khối phó\n2019 | PC Nam Định | PC Hà Nam\n2020 | PC Hà Nam | PC Nam Định",
            {("Khối thi đua số 3", "Công ty Điện lực Nam Định", 2019),
             ("Khối thi đua số 3", "Công ty Điện lực Hà Nam", 2019),
             ("Khối thi đua số 3", "Công ty Điện lực Hà Nam", 2020), ("Khối thi đua số 3", "Công ty Điện lực Nam Định",
                                                                      2020)},
        ),
        (  # a row whose cells give the unit, its head and the role
            "Cụm thi đua số II tổng kết năm 2010.\nSTT | Đơn vị | Đại diện | Ghi chú\n1 | TAND huyện Vũ Thư | ông"
            " Đặng Văn Thắng, Chánh án | Cụm trưởng\n2 | TAND huyện Tiền Hải | bà Phạm Thị Liên, Chánh án |",
            {("Cụm thi đua số II", "Đặng Văn Thắng", 2010)},
        ),
        (  # an agent with a count; "đảm đương"
            "Khối thi đua số 1 tổng kết năm 2024. HTX Đông La được 7/8 đại biểu tín nhiệm làm Khối trưởng năm 2025."
            " Năm 2026, HTX Thụy Hà sẽ đảm đương vai trò Khối trưởng.",
            {("Khối thi đua số 1", "HTX Đông La", 2025), ("Khối thi đua số 1", "HTX Thụy Hà", 2026)},
        ),
        (  # two names of one local unit: the one handed the flag stays
            "Cụm thi đua số 1 tổng kết năm 2008. Ủy ban MTTQ thị trấn Hậu Nghĩa đã trao cờ luân lưu Cụm trưởng cho Ủy"
            " ban MTTQ thị trấn Đức Hòa. Mặt trận thị trấn Đức Hòa sẽ tiếp nhận vai trò Cụm trưởng năm 2009.",
            {("Cụm thi đua số 1", "Ủy ban MTTQ thị trấn Hậu Nghĩa", 2008),
             ("Cụm thi đua số 1", "Ủy ban MTTQ thị trấn Đức Hòa", 2009)},
        ),
        (  # the chair's flag handed on with no role word: the giver the term before, the taker the document's
            "Khối thi đua số 7 ký kết giao ước năm 2007. Ông Nguyễn Tấn Phúc, Giám đốc Agribank Đà Nẵng, trao cờ thi"
            " đua luân lưu cho Agribank Quảng Nam.",
            {("Khối thi đua số 7", "Agribank Đà Nẵng", 2006), ("Khối thi đua số 7", "Agribank Quảng Nam", 2007)},
        ),
        (  # a holder named with the reviewed year takes the year written for it elsewhere
            "Khối thi đua các công ty cà phê tổng kết năm 2003. Công ty Cà phê Phước An đã bàn giao nhiệm vụ Khối"
            " trưởng cho Công ty Cà phê Thắng Lợi. Ông Trần Văn Lực, Giám đốc Công ty Cà phê Thắng Lợi, đơn vị Khối"
            " trưởng, phát biểu.",
            {("Khối thi đua các công ty cà phê", "Công ty Cà phê Phước An", 2003),
             ("Khối thi đua các công ty cà phê", "Trần Văn Lực", 2004)},
        ),
    ],
)
def test_chairs_bodies_holders_and_agreement(text, expected):
    _, facts = process_text(text)
    assert {(f.body, f.holder, f.year) for f in facts if isinstance(f, Chair)} == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "với vai trò Khối trưởng, B" inside a clause: B is not the chair
        ("Khối thi đua số 7 năm 2006. Năm 2006, Agribank Đà Nẵng dẫn dắt Khối với vai trò Khối trưởng, Agribank Huế"
         " hỗ trợ.", set()),
        # a rotating flag handed to the best unit is a prize, not the chair
        ("Khối thi đua số 7 tổng kết năm 2006. Agribank Đà Nẵng trao cờ thi đua luân lưu cho đơn vị dẫn đầu là"
         " Agribank Bình Định.", set()),
        # a range that starts at no year of a role
        ("Khối thi đua số 2 họp năm 2019. Công ty A làm Khối trưởng năm 2019; giai đoạn 2020–2022 Khối tập trung"
         " chuyển đổi số.", {("chair", "Công ty A", None, 2019)}),
    ],
)
def test_chairs_years_and_roles_negatives(text, expected):
    assert chairs_dated(text) == expected
