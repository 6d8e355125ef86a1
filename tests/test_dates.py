"""The date of a document: the meeting it records, else its publication."""

from __future__ import annotations

import pytest

from pipeline.dates import document_date, find_dateline, find_meeting_date, resolve_year
from pipeline.normalize import normalize
from schemas.document import RawText

MINUTES_HEAD = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nCỤM THI ĐUA SỐ 5\n"


@pytest.mark.parametrize(("text", "hint", "iso"), [
    # minutes: the meeting date beats the file's metadata (a PDF made weeks later)
    (MINUTES_HEAD + "BIÊN BẢN HỘI NGHỊ\nHôm nay, vào hồi 8 giờ 30, ngày 15 tháng 12 năm 2021, tại Hà Tĩnh",
     "2022-01-10", "2021-12-15"),
    ("BIÊN BẢN\nHôm nay, ngày 20/12/2019, tại Hội trường Công ty", None, "2019-12-20"),
    ("BIÊN BẢN\nVào hồi 14 giờ 00, ngày 05 tháng 01 năm 2023, tại trụ sở", None, "2023-01-05"),
    ("BIÊN BẢN\nHôm nay, vào hồi 14 giờ 00, ngày 20 tháng 12\nnăm 2019, tại Quảng Ngãi", None, "2019-12-20"),
    # an official header dates the document itself
    (MINUTES_HEAD + "Hà Tĩnh, ngày 15 tháng 12 năm 2021\nBÁO CÁO", "2024-03-15", "2021-12-15"),
    ("ỦY BAN NHÂN DÂN\nTP. Hồ Chí Minh, ngày 05 tháng 01 năm 2022\nKẾ HOẠCH", None, "2022-01-05"),
    ("Thực hiện Chỉ thị 34-CT/TW, ngày 07 tháng 4 năm 2014 của Bộ Chính trị", "2022-01-10", "2022-01-10"),
    # a news lead, in the year of the publication date
    ("Tổng kết năm 2022\n\n01/12/2022\nChiều 30/11, Cụm thi đua số III tổ chức hội nghị.", None, "2022-11-30"),
    ("Khối thi đua\n(PLO) - Ngày 9/3, tại Hải Phòng, lãnh đạo 11 Sở Tư pháp ký giao ước", "2018-03-12",
     "2018-03-09"),
    ("Khối thi đua\nChiều 30/12, Khối thi đua tổ chức hội nghị", "2023-01-02", "2022-12-30"),
    ("Khối thi đua\nSáng 3/1, Khối thi đua tổ chức hội nghị", "2022-12-28", "2023-01-03"),
    ("HÀ NỘI - Sáng 12-1, Khối thi đua các sở tổng kết", "2024-01-13", "2024-01-12"),
    ("Tin\nTP - Sáng qua, 22-3, ông Tiến làm việc với cơ quan điều tra", "2006-03-23", "2006-03-22"),
    ("Tin\nNgày 15/12/2021, tại Hà Nội, Khối thi đua họp", None, "2021-12-15"),
    ("Khối thi đua\n(PLO) - Ngày 9/3, tại Hải Phòng", None, None),  # no publication year: no date
    # the publication date alone
    ("Tin tức\nNội dung không có ngày", "2024-01-12", "2024-01-12"),
    ("Tiêu đề\n\nThứ Năm, 01/12/2022 - 14:30 (GMT+7)\nNội dung", None, "2022-12-01"),
    ("Tiêu đề\nCập nhật: 14:30 01/12/2022\nNội dung", None, "2022-12-01"),
    ("Tiêu đề\nThứ năm, ngày 01 tháng 12 năm 2022\nNội dung", None, "2022-12-01"),
    # what is not a document date
    ("Năm 2022 có nhiều kết quả.\n30/11", None, None),
    ("Tin\nĐêm 31/2, có gì", "2022-03-01", "2022-03-01"),  # 31 February is no date
    ("Tin\nông nói vào hồi 8 giờ ngày 5 tháng 3 năm 2020 đã họp", None, None),  # inside a sentence
    ("Tin\n32/13/2022", "not a date", None),
])
def test_document_date(text, hint, iso):
    assert document_date(text, hint) == iso


@pytest.mark.parametrize(("text", "iso"), [
    ("Tiêu đề\n\n01/12/2022\nNội dung", "2022-12-01"),
    ("Thứ năm, 1/12/2022 14:30\nNội dung", "2022-12-01"),
    ("Thứ Sáu, 12/01/2024 08:15\nNội dung", "2024-01-12"),
    ("Năm 2022 có nhiều kết quả.\n30/11", None),
    ("Dòng 1\nDòng 2\nDòng 3\nDòng 4\nDòng 5\nDòng 6\nDòng 7\nDòng 8\n01/12/2022", None),  # too far down
])
def test_find_dateline(text, iso):
    assert find_dateline(text.split("\n")) == iso


@pytest.mark.parametrize(("day", "month", "published", "iso"), [
    (30, 11, "2022-12-01", "2022-11-30"),
    (30, 12, "2023-01-02", "2022-12-30"),
    (3, 1, "2022-12-28", "2023-01-03"),
    (29, 2, "2023-03-01", "2024-02-29"),  # the closest year that has the date
])
def test_resolve_year_closest_to_publication(day, month, published, iso):
    assert resolve_year(day, month, published) == iso


def test_find_meeting_date_needs_a_line_start():
    assert find_meeting_date(["Hội nghị nhắc lại: hôm nay, ngày 15 tháng 12 năm 2021"]) is None


def test_normalize_stores_the_document_date():
    text = MINUTES_HEAD + "Hôm nay, vào hồi 8 giờ 30, ngày 15 tháng 12 năm 2021, tại Hội trường Công an tỉnh."
    raw = RawText(text=text, format="pdf", sha256="", size=len(text), published="2022-01-10")
    assert normalize(raw, "d", "d").published == "2021-12-15"
