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
        (  # a school year: its first calendar year
            "Cụm thi đua các trường THCS huyện Nghĩa Đàn năm học 2019 – 2020 do Trường THCS Nghĩa Hội làm Cụm trưởng.",
            {("chair", "Trường THCS Nghĩa Hội", None, 2019)},
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
    ],
)
def test_chairs_none_without_holder_or_body(text):
    assert chairs_of(text) == set()


def test_chairs_a_holder_that_goes_on_keeps_the_documents_year():
    text = ("Khối thi đua số 6 họp năm 2022. Năm 2019, Sở Tài chính tỉnh Hòa Bình là Khối trưởng."
            " Hiện nay Sở Tài chính tỉnh Hòa Bình tiếp tục giữ vai trò Khối trưởng.")
    assert chairs_of(text) == {("chair", "Sở Tài chính tỉnh Hòa Bình", None, 2019),
                               ("chair", "Sở Tài chính tỉnh Hòa Bình", None, 2022)}
