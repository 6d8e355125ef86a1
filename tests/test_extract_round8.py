"""Bodies, chairs and members, eighth round (heldout3, heldout6): where a numbered body's name ends
(a unit of several places after the number, with or without a dash; a verb the tagger glued to a
sector); the years of handovers and of later clauses; holders named with their head; member lists
with one head over bare places. Invented sentences with other units, places and years than the
documents; negatives that must yield nothing."""

from __future__ import annotations

import pytest

from pipeline.process import process_text
from schemas.facts import Body


def bodies_of(text: str) -> set[str]:
    doc, facts = process_text(text)
    bodies = [f for f in facts if isinstance(f, Body)]
    for f in bodies:
        assert doc.text[f.evidence.start : f.evidence.end] == f.evidence.surface
    return {f.name for f in bodies}


def found(text: str, kind: type, *fields: str) -> set:
    """The facts of one kind in ``text``, as tuples of ``fields`` (one field: its values)."""
    _, facts = process_text(text)
    rows = {tuple(getattr(f, x) for x in fields) for f in facts if isinstance(f, kind)}
    return {r[0] for r in rows} if len(fields) == 1 else rows


# --- where a numbered body's name ends -------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a unit of several places right after the number, no dash
            "Hội nghị tổng kết thi đua của Cụm thi đua số 5 Hội Nông dân các tỉnh Bắc Trung Bộ diễn ra tại Vinh.",
            {"Cụm thi đua số 5 Hội Nông dân các tỉnh Bắc Trung Bộ"},
        ),
        (
            "Năm 2021, Khối thi đua số 2 Công an các huyện miền núi đã hoàn thành tốt nhiệm vụ thi đua.",
            {"Khối thi đua số 2 Công an các huyện miền núi"},
        ),
        (  # a unit with lower-case unit words before "các", after a dash
            "Hội nghị Khối thi đua số 6 - Kho bạc Nhà nước chi nhánh các tỉnh Tây Bắc bàn về công tác thi đua.",
            {"Khối thi đua số 6 - Kho bạc Nhà nước chi nhánh các tỉnh Tây Bắc"},
        ),
        (
            "Ngày 9/1, Cụm thi đua số 1 – BHXH chi nhánh các huyện ven biển đã ký giao ước thi đua năm 2023.",
            {"Cụm thi đua số 1 – BHXH chi nhánh các huyện ven biển"},
        ),
        (  # a verb the tagger glues to the sector ends the name
            "Khối thi đua số 2 ngành Bảo hiểm tổng kết năm 2020, ký giao ước thi đua năm 2021",
            {("Khối thi đua số 2", "ngành Bảo hiểm")},
        ),
        (
            "Cụm thi đua số 7 ngành Thuế sơ kết công tác thi đua 6 tháng đầu năm 2019",
            {("Cụm thi đua số 7", "ngành Thuế")},
        ),
    ],
)
def test_numbered_name_ends(text, expected):
    if isinstance(next(iter(expected)), tuple):  # a sector: the name and its parent
        assert found(text, Body, "name", "parent") == expected
    else:
        assert bodies_of(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Thi đua sản xuất tại cụm công nghiệp số 3 Tân Phú các tỉnh lân cận.",
        "Khối lượng công việc thi đua năm nay của các tỉnh Tây Nguyên rất lớn.",
        "Related: Khối thi đua số 2 Hội Nông dân các tỉnh Bắc Bộ tổng kết | Cụm thi đua số 4 ký giao ước",
    ],
)
def test_numbered_name_negatives(text):
    assert bodies_of(text) == set()
