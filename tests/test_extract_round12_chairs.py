"""Chairs, twelfth round (heldout14, heldout17, heldout18 and heldout19): a table's cell filled by a
place name alone where a row opens; a fronted passive clause that gives the role to the subject after
the comma ("Được giao làm Khối trưởng năm 2005, A …").
Invented sentences with other units, places and years than the documents; negatives that must
yield nothing."""

from __future__ import annotations

import pytest

from schemas.facts import Chair
from tests.conftest import found

# --- a table's cell filled by a place name alone -------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Cụm thi đua các Sở Tư pháp khu vực miền Đông gồm 4 đơn vị.\n"
            "Năm  | Cụm trưởng | Cụm phó\n"
            "2016 | Bình Phước | Tây Ninh\n"
            "2017 | Tây Ninh   | Bình Dương\n",
            {("chair", "Bình Phước", 2016), ("vice_chair", "Tây Ninh", 2016),
             ("chair", "Tây Ninh", 2017), ("vice_chair", "Bình Dương", 2017)},
        ),
        (
            "Khối thi đua các Liên đoàn Lao động khu vực Bắc Trung Bộ có 5 thành viên.\n"
            "Năm | Khối trưởng | Khối phó | Dẫn đầu\n"
            "2012 | Quảng Trị | Hà Tĩnh | Nghệ An\n",
            {("chair", "Quảng Trị", 2012), ("vice_chair", "Hà Tĩnh", 2012)},
        ),
    ],
)
def test_place_alone_in_a_role_cell(text, expected):
    assert found(text, Chair, "role", "holder", "year") == expected


def test_role_cell_of_lower_case_words_is_no_holder():
    text = ("Cụm thi đua số 3 gồm 5 đơn vị.\n"
            "Năm  | Cụm trưởng | Cụm phó\n"
            "2016 | Chưa bầu | Chưa bầu\n")
    assert found(text, Chair, "role", "holder", "year") == set()


# --- a fronted passive clause: "Được giao làm Khối trưởng, A …" ------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Khối thi đua các Trạm kiểm lâm gồm 8 đơn vị. Được giao làm Khối trưởng năm 2012, Chi cục Kiểm lâm "
            "tỉnh Điện Biên đã tổ chức hai đợt kiểm tra chéo.",
            {("chair", "Chi cục Kiểm lâm tỉnh Điện Biên", 2012)},
        ),
        (
            "Khối thi đua các Cục Hải quan gồm 7 đơn vị. Năm 2018, Khối đã ký giao ước. Được Tổng cục tin tưởng "
            "giao nhiệm vụ Khối trưởng năm 2018, Cục Hải quan tỉnh Lạng Sơn đã chủ trì hội nghị.",
            {("chair", "Cục Hải quan tỉnh Lạng Sơn", 2018)},
        ),
        (
            "Cụm thi đua số 2 gồm 5 huyện. Năm 2021, được bầu làm Cụm phó, Phòng Y tế huyện Krông Pắc đã phối hợp "
            "tổ chức hội thi.",
            {("vice_chair", "Phòng Y tế huyện Krông Pắc", 2021)},
        ),
        (
            "Khối thi đua các Đài Phát thanh gồm 6 đài. Sau khi được bầu làm Khối trưởng năm 2016, Đài Phát thanh và "
            "Truyền hình Bình Thuận đã tổ chức hội thảo.",
            {("chair", "Đài Phát thanh và Truyền hình Bình Thuận", 2016)},
        ),
        (
            "Khối thi đua các Đài Phát thanh gồm 6 đài. Năm 2016, vinh dự được Hội đồng giao làm Khối phó, Đài Phát "
            "thanh và Truyền hình Ninh Thuận đã tổ chức hội thảo.",
            {("vice_chair", "Đài Phát thanh và Truyền hình Ninh Thuận", 2016)},
        ),
    ],
)
def test_fronted_passive_clause(text, expected):
    assert found(text, Chair, "role", "holder", "year") == expected


@pytest.mark.parametrize(
    "text",
    [
        "Cụm thi đua số 2 gồm 5 huyện. Được khen thưởng nhiều lần, Phòng Y tế huyện Krông Pắc nay báo cáo Cụm trưởng.",
        "Cụm thi đua số 2 gồm 5 huyện. Được giao nhiều việc, Phòng Y tế huyện Krông Pắc đã gửi báo cáo cho Cụm trưởng.",
        "Cụm thi đua số 2 gồm 5 huyện. Khi được hỏi về vai trò Cụm trưởng, Phòng Y tế huyện Krông Pắc cho biết "
        "sẽ cố gắng.",
    ],
)
def test_fronted_passive_clause_negatives(text):
    assert ("chair", "Phòng Y tế huyện Krông Pắc") not in found(text, Chair, "role", "holder")


# --- list items under a heading or a lead-in that announces the term ------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Cụm thi đua các Chi cục Thủy lợi miền núi phía Bắc gồm 6 đơn vị. Hội nghị tổng kết năm 2021.\n"
            "3. Kết quả bầu Cụm trưởng, Cụm phó năm 2022\n"
            "Hội nghị đã bầu Cụm trưởng, Cụm phó năm 2022 bằng hình thức giơ tay.\n"
            "Kết quả, 6/6 đơn vị thống nhất:\n"
            "- Cụm trưởng: Chi cục Thủy lợi tỉnh Cao Bằng;\n"
            "- Cụm phó: Chi cục Thủy lợi tỉnh Bắc Kạn.\n",
            {("chair", "Chi cục Thủy lợi tỉnh Cao Bằng", 2022), ("vice_chair", "Chi cục Thủy lợi tỉnh Bắc Kạn", 2022)},
        ),
        (
            "Khối thi đua các Ban Quản lý rừng phòng hộ gồm 5 đơn vị. Hội nghị tổng kết năm 2018.\n"
            "2. Kết quả bầu Khối trưởng, Khối phó năm 2019\n"
            "- Khối trưởng: Ban Quản lý rừng phòng hộ Tân Phú (5/5 phiếu).\n"
            "- Khối phó: Ban Quản lý rừng phòng hộ Xuân Lộc (4/5 phiếu).\n",
            {("chair", "Ban Quản lý rừng phòng hộ Tân Phú", 2019),
             ("vice_chair", "Ban Quản lý rừng phòng hộ Xuân Lộc", 2019)},
        ),
    ],
)
def test_list_items_take_the_announced_term(text, expected):
    assert found(text, Chair, "role", "holder", "year") == expected


# --- a holder's earlier role in brackets before the role it takes ----------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Khối thi đua các Công ty Lâm nghiệp gồm 6 đơn vị. Hội nghị thống nhất: Công ty Lâm nghiệp Hương Sơn "
            "(Khối phó năm 2022) làm Khối trưởng, Công ty Lâm nghiệp Anh Sơn làm Khối phó năm 2023.",
            {("vice_chair", "Công ty Lâm nghiệp Hương Sơn", 2022), ("chair", "Công ty Lâm nghiệp Hương Sơn", 2023),
             ("vice_chair", "Công ty Lâm nghiệp Anh Sơn", 2023)},
        ),
        (
            "Cụm thi đua số 4 gồm 5 bệnh viện. Năm 2020, Bệnh viện Đa khoa tỉnh Kon Tum (đơn vị Cụm phó) được bầu làm "
            "Cụm trưởng.",
            {("vice_chair", "Bệnh viện Đa khoa tỉnh Kon Tum", 2020), ("chair", "Bệnh viện Đa khoa tỉnh Kon Tum", 2020)},
        ),
    ],
)
def test_earlier_role_in_brackets(text, expected):
    assert found(text, Chair, "role", "holder", "year") == expected


def test_two_holders_each_with_a_bracketed_role():
    text = ("Cụm thi đua số 4 gồm 5 bệnh viện. Năm 2020, Bệnh viện Đa khoa tỉnh Kon Tum (Cụm phó) và Bệnh viện Đa "
            "khoa tỉnh Gia Lai (Cụm trưởng) đã ký giao ước.")
    assert found(text, Chair, "role", "holder") == {("vice_chair", "Bệnh viện Đa khoa tỉnh Kon Tum"),
                                                    ("chair", "Bệnh viện Đa khoa tỉnh Gia Lai")}


# --- "khi đó" between the role and its link; "chuyển đổi" is no hand-over --------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Khối thi đua các Sở Công Thương gồm 6 đơn vị. Năm 2017, Khối phó khi đó là Sở Công Thương tỉnh Bến Tre.",
            {("vice_chair", "Sở Công Thương tỉnh Bến Tre", 2017)},
        ),
        (
            "Khối thi đua các Sở Công Thương tổng kết năm 2020. Năm 2020 có nhiều khó khăn. Dưới sự điều hành của "
            "Sở Công Thương tỉnh Trà Vinh, Khối trưởng năm 2018 (Khối phó lúc ấy là Sở Công Thương tỉnh Bến Tre), "
            "Khối đã xây dựng bộ tiêu chí mới, chú trọng chuyển đổi số và cải cách hành chính.",
            {("chair", "Sở Công Thương tỉnh Trà Vinh", 2018), ("vice_chair", "Sở Công Thương tỉnh Bến Tre", 2018)},
        ),
    ],
)
def test_then_between_role_and_link(text, expected):
    assert found(text, Chair, "role", "holder", "year") == expected


def test_a_real_handover_still_gives_the_next_year():
    text = ("Khối thi đua các Sở Công Thương tổng kết năm 2020. Sở Công Thương tỉnh Trà Vinh đã chuyển giao nhiệm vụ "
            "Khối trưởng cho Sở Công Thương tỉnh Bến Tre.")
    assert ("chair", "Sở Công Thương tỉnh Bến Tre", 2021) in found(text, Chair, "role", "holder", "year")


# --- a rotation for the years to come names no year -----------------------------------------------


def test_later_terms_give_no_year():
    text = ("Cụm thi đua số 2 các Hội Cựu chiến binh huyện tổng kết năm 2019. Hội nghị thống nhất: Hội Cựu chiến binh "
            "huyện Yên Thành làm Cụm trưởng năm 2020. Thứ tự luân phiên làm Cụm trưởng các năm tiếp theo lần lượt là: "
            "Hội Cựu chiến binh huyện Đô Lương, Hội Cựu chiến binh huyện Anh Sơn.")
    assert found(text, Chair, "role", "holder", "year") == {("chair", "Hội Cựu chiến binh huyện Yên Thành", 2020)}


def test_a_year_written_for_the_term_still_holds():
    text = ("Cụm thi đua số 2 các Hội Cựu chiến binh huyện tổng kết năm 2019. Cụm trưởng năm 2020 là Hội Cựu chiến "
            "binh huyện Đô Lương.")
    assert found(text, Chair, "role", "holder", "year") == {("chair", "Hội Cựu chiến binh huyện Đô Lương", 2020)}


# --- a lead-in's announced term beats a year something has held since ------------------------------


def test_announced_term_beats_a_since_year():
    text = ("Khối thi đua các Sở Nội vụ tổng kết năm 2019. 4. Bầu Khối trưởng, Khối phó năm 2020: theo nguyên tắc "
            "luân phiên áp dụng từ năm 2016, hội nghị nhất trí: Sở Nội vụ tỉnh Phú Yên làm Khối trưởng, Sở Nội vụ tỉnh "
            "Ninh Thuận làm Khối phó.")
    assert found(text, Chair, "role", "holder", "year") == {("chair", "Sở Nội vụ tỉnh Phú Yên", 2020),
                                                            ("vice_chair", "Sở Nội vụ tỉnh Ninh Thuận", 2020)}


def test_a_range_from_a_year_is_no_since_year():
    text = ("Khối thi đua các Sở Nội vụ tổng kết năm 2019. Bầu Khối trưởng năm 2020: từ năm 2016 đến 2018, Sở Nội "
            "vụ tỉnh Phú Yên làm Khối trưởng.")
    assert ("chair", "Sở Nội vụ tỉnh Phú Yên", 2016) in found(text, Chair, "role", "holder", "year")


# --- a role's body word picks a body of its kind ----------------------------------------------------


def test_role_word_picks_a_body_of_its_kind():
    text = ("Khối thi đua các Tổng công ty cơ khí gồm 6 đơn vị. Hội nghị giao Tổng công ty Máy động lực làm Khối "
            "trưởng năm 2011. Tại công trường, Cụm thi đua công trường Nhiệt điện Vũng Áng gồm 5 nhà thầu, Công ty "
            "Lắp máy 69 làm Cụm trưởng năm 2011. Ông Lê Văn Hải, Tổng giám đốc Tổng công ty Máy động lực, thay mặt "
            "đơn vị Khối trưởng phát biểu.")
    bodies = {(b, h) for b, r, h in found(text, Chair, "body", "role", "holder") if r == "chair"}
    assert ("Cụm thi đua công trường Nhiệt điện Vũng Áng", "Lê Văn Hải") not in bodies
    assert ("Khối thi đua các Tổng công ty cơ khí", "Lê Văn Hải") in bodies


# --- the first person of a unit's own newsletter or letter -----------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "BẢN TIN TRƯỜNG TIỂU HỌC HOA SEN\nSố 4 - Tháng 6 năm 2019\n\nCụm thi đua số 3 các trường tiểu học gồm 6 "
            "trường. Năm học 2018 - 2019, trường ta vinh dự được Phòng Giáo dục huyện giao làm Cụm trưởng.\n",
            {("chair", "TRƯỜNG TIỂU HỌC HOA SEN", 2019)},
        ),
        (
            "CÔNG TY THỦY LỢI SÔNG CẦU        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "Số: 12/BC-TL                      Độc lập - Tự do - Hạnh phúc\n\n"
            "BÁO CÁO\nKhối thi đua các công ty thủy lợi gồm 5 đơn vị. Năm 2015, đơn vị chúng tôi được tín nhiệm "
            "làm Khối phó.\n",
            {("vice_chair", "CÔNG TY THỦY LỢI SÔNG CẦU", 2015)},
        ),
    ],
)
def test_first_person_is_the_issuing_unit(text, expected):
    assert found(text, Chair, "role", "holder", "year") == expected


def test_first_person_without_an_issuing_unit_gives_nothing():
    text = ("Thi đua ở vùng cao\n\nCụm thi đua số 3 các trường tiểu học gồm 6 trường. Năm 2019, trường ta vinh dự được "
            "giao làm Cụm trưởng.\n")
    assert found(text, Chair, "role", "holder") == set()


# --- a role in brackets wrapped onto the line after its unit ----------------------------------------


def test_bracketed_role_wrapped_to_the_next_line():
    text = ("Khối thi đua số 2 các công ty chè gồm 5 đơn vị. Năm 2021 Khối tổng kết.\n"
            "Nơi nhận:\n"
            "- Như Điều 3;\n"
            "- Công ty Cổ phần Chè Mộc Châu\n"
            "  (Khối trưởng Khối thi đua số 2);\n"
            "- Lưu: VT.\n")
    assert found(text, Chair, "role", "holder") == {("chair", "Công ty Cổ phần Chè Mộc Châu")}


def test_bracketed_role_after_a_full_stop_takes_no_unit():
    text = ("Khối thi đua số 2 các công ty chè gồm 5 đơn vị. Năm 2021 Khối tổng kết. Công ty Cổ phần Chè Mộc Châu.\n"
            "(Khối trưởng Khối thi đua số 2 chưa được bầu.)\n")
    assert found(text, Chair, "role", "holder") == set()


# --- a holder whose sentence names no body: the body the document gives it elsewhere ----------------


def test_holder_takes_its_own_body_named_elsewhere():
    text = ("Các hợp tác xã được chia thành 2 cụm thi đua. Cụm thi đua số 1 gồm 4 hợp tác xã. Cụm thi đua số 2 gồm "
            "5 hợp tác xã.\n"
            "Cụm trưởng, Cụm phó năm 2022:\n"
            "- Cụm số 1: Hợp tác xã Nông nghiệp Tân Lập (Cụm trưởng).\n"
            "- Cụm số 2: Hợp tác xã Nông nghiệp Hòa Bình (Cụm trưởng).\n"
            "Nhận nhiệm vụ Cụm trưởng, ông Trần Văn Nam, Giám đốc Hợp tác xã Nông nghiệp Tân Lập hứa sẽ tổ chức "
            "kiểm tra chéo.\n")
    chairs = {(b, h) for b, r, h in found(text, Chair, "body", "role", "holder") if r == "chair"}
    assert ("Cụm số 2", "Trần Văn Nam") not in chairs
    assert not any(h == "Trần Văn Nam" and b != "Cụm số 1" for b, h in chairs)


# --- a holder named by the words of its head alone: the document's one full form --------------------


@pytest.mark.parametrize(
    ("name", "text", "expected"),
    [
        ("Liên hiệp hội tỉnh Lạng Sơn", "Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Lạng Sơn dự họp. Liên hiệp hội "
         "tỉnh Lạng Sơn làm Cụm trưởng.", "Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Lạng Sơn"),
        ("Hội Phụ nữ huyện Tiên Lãng", "Hội Liên hiệp Phụ nữ huyện Tiên Lãng dự họp; Hội Phụ nữ huyện Tiên Lãng làm "
         "Cụm phó.", "Hội Liên hiệp Phụ nữ huyện Tiên Lãng"),
        ("Bệnh viện tỉnh Sóc Trăng", "Bệnh viện Đa khoa tỉnh Sóc Trăng và Bệnh viện Y học cổ truyền tỉnh Sóc Trăng "
         "dự họp; Bệnh viện tỉnh Sóc Trăng làm Khối trưởng.", None),
        ("Liên hiệp hội tỉnh Kon Tum", "Liên hiệp hội đã họp tại tỉnh Kon Tum.", None),
    ],
)
def test_spread_form(name, text, expected):
    from extractors.full_forms import spread_form

    assert spread_form(name, text) == expected


def test_chair_holder_takes_the_spread_full_form():
    text = ("Cụm thi đua các Liên hiệp hội khu vực Tây Bắc gồm 4 đơn vị: Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh "
            "Sơn La, Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Lai Châu. Năm 2015, hội nghị bầu Liên hiệp hội tỉnh "
            "Sơn La làm Cụm trưởng.")
    assert ("chair", "Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Sơn La") in found(text, Chair, "role", "holder")


def test_spread_form_is_no_distributive_list():
    from extractors.full_forms import spread_form

    text = "Cụm gồm Sở Xây dựng các tỉnh Gia Lai, Kon Tum. Sở Xây dựng tỉnh Gia Lai làm Cụm trưởng."
    assert spread_form("Sở Xây dựng tỉnh Gia Lai", text) is None


def test_holder_of_another_unit_in_the_same_place_keeps_its_body():
    text = ("Cụm thi đua số 3 thuộc Quân khu 5 gồm 5 đơn vị. Cụm thi đua số 3 thuộc Bộ đội Biên phòng gồm 4 đơn vị. "
            "Bộ đội Biên phòng tỉnh Quảng Nam làm Cụm trưởng Cụm thi đua số 3 thuộc Bộ đội Biên phòng năm 2020.\n"
            "Ở Cụm thi đua số 3 thuộc Quân khu 5, hội nghị đã họp. Cụm trưởng năm 2020 của cụm này chính là Bộ Chỉ huy "
            "Quân sự tỉnh Quảng Nam.\n")
    assert ("Cụm thi đua số 3 thuộc Bộ đội Biên phòng", "Bộ Chỉ huy Quân sự tỉnh Quảng Nam") not in found(
        text, Chair, "body", "holder")


def test_numbered_brand_names_its_unit():
    text = ("Khối thi đua các Tổng công ty Xây lắp gồm Tổng công ty Xây lắp số 2 (Lilama 2), Tổng công ty Xây lắp số 5 "
            "(Lilama 5) và Tổng công ty Xây lắp số 7 (Lilama 7). Năm 2012, Lilama 5 là đơn vị Khối trưởng, Lilama 7 "
            "là đơn vị Khối phó.")
    assert found(text, Chair, "role", "holder", "year") == {("chair", "Tổng công ty Xây lắp số 5", 2012),
                                                            ("vice_chair", "Tổng công ty Xây lắp số 7", 2012)}


def test_issuing_unit_under_its_parent_takes_the_parents_place():
    text = ("UBND TỈNH QUẢNG BÌNH          CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
            "SỞ NỘI VỤ                    Độc lập - Tự do - Hạnh phúc\n\n"
            "BÁO CÁO\nKhối thi đua các Sở Nội vụ Bắc Trung Bộ gồm 5 sở. Năm 2018, Sở chúng tôi được bầu làm Khối phó.\n"
            "Sở Nội vụ tỉnh Quảng Bình trân trọng báo cáo.\n")
    assert found(text, Chair, "role", "holder", "year") == {("vice_chair", "Sở Nội vụ tỉnh Quảng Bình", 2018)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Cụm thi đua số 5 gồm 6 chi cục. Năm 2024, Chi cục Thuế khu vực Hoàng Mai (nguyên Cụm phó năm trước) "
            "làm Cụm trưởng.",
            ("chair", "Chi cục Thuế khu vực Hoàng Mai", 2024),
        ),
        (
            "Cụm thi đua số 5 gồm 6 chi cục. Năm 2024, Chi cục Thuế khu vực Hoàng Mai (Cụm phó nhiệm kỳ 2022 - 2023) "
            "làm Cụm trưởng.",
            ("chair", "Chi cục Thuế khu vực Hoàng Mai", 2024),
        ),
    ],
)
def test_earlier_role_with_its_time_in_brackets(text, expected):
    assert expected in found(text, Chair, "role", "holder", "year")


def test_bracket_that_names_another_unit_is_no_earlier_role():
    text = ("Cụm thi đua số 5 gồm 6 chi cục. Năm 2024, Chi cục Thuế khu vực Hoàng Mai (Cụm phó là Chi cục Thuế khu vực "
            "Đống Đa) làm Cụm trưởng.")
    assert ("chair", "Chi cục Thuế khu vực Hoàng Mai") not in found(text, Chair, "role", "holder")


# --- a unit whose name ends with a number after a lower-case word ------------------------------------


def test_unit_name_ending_with_a_number():
    text = ("Cụm thi đua số 4 gồm 5 công ty. Năm 2015, Công ty Xây lắp Hà Tây làm Cụm trưởng, Công ty "
            "Xây dựng cầu 75 làm Cụm phó.")
    assert ("vice_chair", "Công ty Xây dựng cầu 75") in found(text, Chair, "role", "holder")


def test_a_year_after_a_unit_is_no_number_of_its_name():
    text = ("Cụm thi đua số 4 gồm 5 công ty. Năm 2015, Công ty Xây lắp Hà Tây làm Cụm trưởng, Công ty "
            "Xây dựng cầu 2015 làm Cụm phó.")
    assert not any(h.endswith("2015") for h in found(text, Chair, "holder"))


# --- "họ" for the unit the sentence before opens with -----------------------------------------------


def test_third_person_for_the_unit_before():
    text = ("Khối thi đua các Cục Hải quan gồm 6 cục. Cục Hải quan tỉnh Quảng Ninh đăng cai hội nghị năm 2019. "
            "Năm nay, họ được bầu làm Khối phó.")
    assert found(text, Chair, "role", "holder", "year") == {("vice_chair", "Cục Hải quan tỉnh Quảng Ninh", 2019)}


@pytest.mark.parametrize(
    "text",
    [
        "Khối thi đua các Cục Hải quan gồm 6 cục. Các cán bộ của Cục Hải quan tỉnh Quảng Ninh rất nhiệt tình. Họ được "
        "giao nhiều việc của Khối phó.",
        "Khối thi đua các Cục Hải quan gồm 6 cục. Ông Lê Văn Hải, Cục trưởng Cục Hải quan tỉnh Quảng Ninh phát biểu. "
        "Năm 2021, họ sẽ làm Khối phó.",
    ],
)
def test_third_person_without_a_unit_opening_the_sentence_before(text):
    assert ("vice_chair", "Cục Hải quan tỉnh Quảng Ninh") not in found(text, Chair, "role", "holder")
