"""Members, round twelve, second part (heldout20–23): an area word between a counted or plural kind and the
names ("gồm 5 xã vùng cao A, B, …"), and the numbered attendance lines of a body's own minutes ("THÀNH PHẦN
THAM DỰ" / "1. Unit: ông A – Giám đốc (Cụm phó)"). Invented sentences with other units, places and years than
the documents; negatives that must yield nothing."""

from __future__ import annotations

import pytest

from schemas.facts import Member
from tests.conftest import found

# --- an area word after the kind: "gồm 5 xã vùng cao A, B", "các phường nội thành A, B" ----------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Cụm thi đua số 3 gồm 5 xã vùng cao Nậm Khánh, Bản Liền, Cốc Ly, Nậm Đét và Tà Chải cũng tổ chức hội "
            "nghị.",
            {"Nậm Khánh", "Bản Liền", "Cốc Ly", "Nậm Đét", "Tà Chải"},
        ),
        (
            "Cụm thi đua số 1 gồm 4 xã biên giới Thanh Lòa, Thụy Hùng, Tân Thanh và Bảo Lâm.",
            {"Thanh Lòa", "Thụy Hùng", "Tân Thanh", "Bảo Lâm"},
        ),
        (
            "Khối thi đua số 2 gồm các phường nội thành Ngọc Khánh, Liễu Giai và Kim Mã.",
            {"Ngọc Khánh", "Liễu Giai", "Kim Mã"},
        ),
        (
            "Cụm thi đua số 4 gồm 3 huyện miền núi Quế Phong, Kỳ Sơn và Tương Dương.",
            {"Quế Phong", "Kỳ Sơn", "Tương Dương"},
        ),
    ],
)
def test_members_area_after_kind(text, expected):
    assert found(text, Member, "member") == expected


@pytest.mark.parametrize(
    "text",
    [
        "Cụm thi đua số 3 tổ chức hội nghị tại xã vùng cao Nậm Khánh, huyện Bắc Hà.",
        "Các xã vùng cao Nậm Khánh, Bản Liền và Tà Chải đã hoàn thành kế hoạch trồng rừng.",
    ],
)
def test_members_area_after_kind_negatives(text):
    assert found(text, Member, "member") == set()
