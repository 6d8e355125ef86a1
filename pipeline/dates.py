"""The date of a document: when the meeting it records took place, else when it was published.

The finders, first match wins (see ``document_date``):

1. minutes: "Hôm nay, vào hồi 8 giờ 30, ngày 15 tháng 12 năm 2021, tại …" (the meeting date);
2. an official header "Hà Nội, ngày 15 tháng 12 năm 2021" (what the document says of itself
   beats the file's metadata, which dates the file: an export, a scan, years later maybe);
3. a news lead: "Chiều 30/11, Cụm thi đua số III tổ chức …", "(PLO) - Ngày 9/3, tại …" (the
   meeting it reports), in the year of the publication date found by 4 or 5 (the year closest
   to it, so "30/12" in a paper of 2 January is last year's); without one, no date from it;
4. the reader's metadata (a web page's date, a PDF's or Word file's creation date);
5. a dateline near the top: "01/12/2022", "Thứ Năm, 01/12/2022 14:30", "Cập nhật: 01/12/2022".

>>> document_date("Tin tức\\n01/12/2022\\nChiều 30/11, Cụm thi đua số III tổ chức hội nghị.")
'2022-11-30'
>>> document_date("Hôm nay, vào hồi 8 giờ 30, ngày 15 tháng 12 năm 2021, tại Hà Tĩnh", "2022-01-10")
'2021-12-15'
"""

from __future__ import annotations

import datetime as dt
import re

TOP_LINES = 8  # a dateline or a news lead is in the first lines
HEADER_LINES = 15  # an official header ("Hà Nội, ngày …") is in the first lines
MINUTES_LINES = 40  # "Hôm nay, …" opens the minutes, after the header and the title

_DMY_WORDS = r"ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})"
_DMY_DIGITS = r"(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})"
_TIME = r"\d{1,2}\s*[:h]\s*\d{2}(?::\d{2})?(?:\s*(?:SA|CH|AM|PM))?"
_ZONE = r"\(?\s*(?:GMT|UTC)\s*[+-]\s*\d{1,2}(?::?\d{2})?\s*\)?"
MEETING = re.compile(  # at a line's start: "Vào hồi …, ngày …" in a news story's body is another event
    r"^\s*(?:Hôm nay|Vào hồi|Vào lúc)\b(?:[^\n]|\n(?!\n)){0,80}?(?:" + _DMY_WORDS + r"|ngày\s+" + _DMY_DIGITS + ")",
    re.IGNORECASE | re.MULTILINE)
PLACE_DATE = re.compile(  # ends its line: "Chỉ thị 34-CT/TW, ngày … của Bộ Chính trị" is no header
    r"\b[A-ZĐ][^\W\d_]*(?:\.?\s*[A-ZĐ][^\W\d_]*){0,4}\s*,\s*" + _DMY_WORDS + r"[\s.]*$")
DATELINE = re.compile(
    rf"[^\d\n]{{0,30}}?(?:{_TIME}[\s,|-]*)?{_DMY_DIGITS}(?:[\s,|-]*{_TIME})?(?:\s*{_ZONE})?[\s.]*", re.IGNORECASE)
DATELINE_WORDS = re.compile(rf"[^\d\n]{{0,30}}?{_DMY_WORDS}(?:[\s,|-]*{_TIME})?[\s.]*", re.IGNORECASE)
NEWS_LEAD = re.compile(
    r"(?:\([^()\n]{1,20}\)\s*[-–—:]?\s*)?(?:[A-ZĐ][\w.]*(?:\s+[A-ZĐ][\w.]*){0,2}\s*[-–—]\s*)?"
    r"(?:(?:Sáng|Trưa|Chiều|Tối|Đêm|Ngày|Hôm)(?:\s+(?:nay|qua|mai))?\s*,?\s*)"
    r"(\d{1,2})\s*[/-]\s*(\d{1,2})(?:\s*[/-]\s*(\d{4}))?(?!\s*[/-]?\s*\d)\s*(?:[,:;]|\s+(?:tại|vừa|ở|đã))")


def document_date(text: str, published_hint: str | None = None) -> str | None:
    """The ISO date (YYYY-MM-DD) of the document ``text``: its meeting date when it records a
    meeting, else its publication date (see the module's docstring). ``published_hint`` is the
    date the reader found in the file's metadata, if any."""
    lines = text.split("\n")
    stated = find_meeting_date(lines[:MINUTES_LINES]) or find_place_date(lines[:HEADER_LINES])
    if stated:
        return stated
    published = valid_iso(published_hint) or find_dateline(lines)
    return find_news_lead(lines[:TOP_LINES], published) or published


def find_meeting_date(lines: list[str]) -> str | None:
    """The date of minutes: "Hôm nay, (vào hồi … giờ …,) ngày 15 tháng 12 năm 2021"."""
    match = MEETING.search("\n".join(lines))
    if not match:
        return None
    day, month, year = (g for g in match.groups() if g is not None)
    return make_date(year, month, day)


def find_place_date(lines: list[str]) -> str | None:
    """The date of an official header: "Hà Nội, ngày 15 tháng 12 năm 2021"."""
    for line in lines:
        match = "tháng" in line and PLACE_DATE.search(line)  # the test first: the search is slow on long lines
        date = match and make_date(match.group(3), match.group(2), match.group(1))
        if date:
            return date
    return None


def find_dateline(lines: list[str], top: int = TOP_LINES) -> str | None:
    """A publication date on a line of its own near the top: "01/12/2022", "Thứ Năm, 01/12/2022
    14:30", "Cập nhật: 01/12/2022 09:15 GMT+7", "Thứ năm, ngày 1 tháng 12 năm 2022"."""
    for line in lines[:top]:
        match = DATELINE.fullmatch(line.strip())
        if match:
            date = make_date(match.group(3), match.group(2), match.group(1))
        else:
            match = DATELINE_WORDS.fullmatch(line.strip())
            date = match and make_date(match.group(3), match.group(2), match.group(1))
        if date:
            return date
    return None


def find_news_lead(lines: list[str], published: str | None) -> str | None:
    """The date a news lead opens with ("Chiều 30/11, …"), in the year closest to ``published``
    (or its own year when it gives one)."""
    for line in lines:
        match = NEWS_LEAD.match(line.strip())
        if not match:
            continue
        day, month, year = match.groups()
        if year:
            return make_date(year, month, day)
        return resolve_year(int(day), int(month), published) if published else None
    return None


def resolve_year(day: int, month: int, published: str) -> str | None:
    """Day and month in the year that puts them closest to the ``published`` ISO date."""
    anchor = dt.date.fromisoformat(published)
    dates = [make_date(year, month, day) for year in (anchor.year - 1, anchor.year, anchor.year + 1)]
    valid = [dt.date.fromisoformat(date) for date in dates if date]
    return min(valid, key=lambda date: abs(date - anchor)).isoformat() if valid else None


def make_date(year: str | int, month: str | int, day: str | int) -> str | None:
    """The ISO date, or None when it is not a real date or not between 1945 and 2100."""
    try:
        date = dt.date(int(year), int(month), int(day))
    except ValueError:
        return None
    return date.isoformat() if 1945 <= date.year <= 2100 else None


def valid_iso(value: str | None) -> str | None:
    """``value`` when it is an ISO date this module would accept, else None."""
    match = re.match(r"(\d{4})-(\d{2})-(\d{2})", value or "")
    return make_date(*match.groups()) if match else None
