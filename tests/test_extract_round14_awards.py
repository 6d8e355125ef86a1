"""Awards, campaigns and persons (round fourteen): a decision's inline list sorted under sub-headings that give their
count in brackets ("I. TẬP THỂ (04 tập thể)", "B. Cá nhân (03)"). Invented sentences with other units, places and years
than the documents; negatives that must yield nothing."""

from __future__ import annotations

import pytest

from schemas.facts import Award
from tests.conftest import found

# --- an inline list sorted under sub-headings with their count in brackets -----------------------------------------

COUNTED_HEADINGS = """QUYẾT ĐỊNH:
Điều 1. Tặng Bằng khen của Giám đốc Sở Giao thông vận tải cho 02 tập thể và 02 cá nhân đã có thành tích xuất sắc \
năm 2018, cụ thể:

{first}
1. Hạt Quản lý đường bộ số 3;
2. Phòng Quản lý vận tải, Sở Giao thông vận tải tỉnh Bình Phước.

{second}
1. Ông Lâm Văn Thịnh, Hạt trưởng Hạt Quản lý đường bộ số 3;
2. Bà Đinh Thị Hoa, Chuyên viên Phòng Quản lý vận tải.

Điều 2. Quyết định có hiệu lực kể từ ngày ký.
"""


@pytest.mark.parametrize("first, second", [
    ("I. TẬP THỂ (02 tập thể)", "II. CÁ NHÂN (02 cá nhân)"),
    ("I. Tập thể (02)", "II. Cá nhân (02)"),
    ("A. Tập thể (02 đơn vị):", "B. Cá nhân (02 người):"),
    ("a) Tập thể", "b) Cá nhân"),
])
def test_inline_list_under_counted_subheadings(first, second):
    assert found(COUNTED_HEADINGS.format(first=first, second=second), Award, "recipient") == {
        "Hạt Quản lý đường bộ số 3",
        "Phòng Quản lý vận tải, Sở Giao thông vận tải tỉnh Bình Phước",
        "Lâm Văn Thịnh",
        "Đinh Thị Hoa",
    }


def test_counted_subheadings_of_delegates_are_no_award_list():
    text = """Hội nghị có sự tham dự của 02 tập thể và 02 cá nhân, cụ thể:

I. TẬP THỂ (02 tập thể)
1. Hạt Quản lý đường bộ số 3;
2. Phòng Quản lý vận tải.

II. CÁ NHÂN (02 cá nhân)
1. Ông Lâm Văn Thịnh;
2. Bà Đinh Thị Hoa.
"""
    assert found(text, Award, "recipient") == set()
