"""Which body names are one body: numbers, cores, short forms, kinds and parents; grouping
mentions into entities, finding the entity of a name, and the body a fact refers to."""

from __future__ import annotations

import pytest

from extractors.resolution import (
    body_at,
    entity_for,
    group_bodies,
    most_mentioned,
    passing_mentions,
    same_body,
    same_parent,
)
from schemas.facts import Body, Evidence


def mention(name: str, kind: str, start: int = 0, parent: str | None = None) -> Body:
    return Body(name, kind, Evidence("doc", start, start + len(name), name, start, start + len(name), "t"), parent)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Cụm thi đua số III", "Cụm Thi đua số 03"),  # Roman numeral, leading zero, case
        ("Cụm III", "Cụm thi đua số 3"),
        ("Khối VII", "Khối thi đua VII"),
        ("Khối Nội chính Trung ương", "Khối thi đua các bộ, ngành Nội chính Trung ương"),
        ("Khối thi đua Nội chính Trung ương", "Khối Thi đua các bộ, ngành Nội chính Trung ương"),
        ("Khu vực thi đua Đồng bằng Bắc bộ", "Khối cơ quan Tư pháp các tỉnh Đồng bằng Bắc Bộ"),
        ("Khối cơ quan tư pháp khu vực Đồng bằng Bắc bộ", "Khối cơ quan Tư pháp các tỉnh Đồng bằng Bắc Bộ"),
        ("Khu vực thi đua các tỉnh miền núi phía Bắc", "Khối cơ quan Tư pháp các tỉnh miền núi phía Bắc"),
        ("Khối thi đua các bộ ngành tổng hợp", "Khối thi đua các Bộ, ngành tổng hợp"),  # one word, equal cores
        ("Khối thi đua các quân khu", "Khối thi đua các quân khu và Bộ Tư lệnh Thủ đô Hà Nội"),  # a title's short form
        ("Khối thi đua các công ty cà phê", "Khối thi đua các doanh nghiệp cà phê"),  # the kind of member
    ],
)
def test_resolution_same_body(a, b):
    assert same_body(a, b) and same_body(b, a)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Cụm thi đua số 3", "Khối thi đua số 3"),  # kinds differ
        ("Cụm thi đua số 3", "Cụm thi đua số 4"),
        ("Khối các cơ quan tham mưu I", "Khối các cơ quan tham mưu II"),
        ("Cụm thi đua các tỉnh Tây Nam Bộ", "Cụm thi đua các tỉnh Đông Nam Bộ"),
        ("Khối thi đua các cơ quan Trung ương", "Khối Nội chính Trung ương"),  # a too common core
        ("Khối thi đua các bộ, ngành tổng hợp", "Khối thi đua các bộ, ngành Nội chính Trung ương"),
        ("Cụm thi đua số 3", "Cụm thi đua các tỉnh Tây Nguyên"),
    ],
)
def test_resolution_different_bodies(a, b):
    assert not same_body(a, b) and not same_body(b, a)


def test_resolution_groups_mentions_longest_name_leads():
    mentions = [
        mention("Khối Nội chính Trung ương", "bloc"),
        mention("Khối Thi đua các bộ, ngành Nội chính Trung ương", "bloc"),
        mention("Khu vực thi đua Đồng bằng Bắc bộ", "bloc"),
        mention("Khối cơ quan Tư pháp các tỉnh Đồng bằng Bắc Bộ", "bloc"),
        mention("Cụm III", "cluster"),
        mention("Cụm thi đua số III", "cluster", parent="Bộ Tư pháp"),
    ]
    entities = group_bodies(mentions)
    assert [(e.name, e.aliases, e.parent) for e in entities] == [
        ("Khối Thi đua các bộ, ngành Nội chính Trung ương", ["Khối Nội chính Trung ương"], None),
        ("Khối cơ quan Tư pháp các tỉnh Đồng bằng Bắc Bộ", ["Khu vực thi đua Đồng bằng Bắc bộ"], None),
        ("Cụm thi đua số III", ["Cụm III"], "Bộ Tư pháp"),
    ]


def test_resolution_same_number_different_parents_stay_apart():
    entities = group_bodies([
        mention("Cụm thi đua số 8", "cluster", parent="Bộ Công an"),
        mention("Cụm thi đua số 8", "cluster", parent="Bộ Tư pháp"),
        mention("Cụm thi đua số VIII", "cluster", parent="Bộ Công an"),
    ])
    assert [(e.name, e.parent, e.aliases) for e in entities] == [
        ("Cụm thi đua số VIII", "Bộ Công an", ["Cụm thi đua số 8"]),
        ("Cụm thi đua số 8", "Bộ Tư pháp", []),
    ]


def test_resolution_capitals_never_lead_a_group():
    entities = group_bodies([mention("CỤM THI ĐUA SỐ 8", "cluster"), mention("Cụm thi đua số 8", "cluster")])
    assert entities[0].name == "Cụm thi đua số 8"


def test_resolution_entity_for_a_name_across_documents():
    entities = group_bodies([mention("Khối thi đua các bộ, ngành Nội chính Trung ương", "bloc"),
                             mention("Cụm thi đua số 3", "cluster")])
    assert entity_for("Khối Nội chính Trung ương", entities).name.startswith("Khối thi đua")
    assert entity_for("Cụm III", entities).name == "Cụm thi đua số 3"
    assert entity_for("Khối thi đua các tỉnh Tây Nguyên", entities) is None


def test_resolution_body_at_prefers_the_sentence_then_before_then_most_mentioned():
    a, b = mention("Cụm thi đua số 1", "cluster", 10), mention("Cụm thi đua số 2", "cluster", 200)
    c = mention("Cụm thi đua số 2", "cluster", 400)
    assert body_at([a, b, c], 190, 260, 230) == "Cụm thi đua số 2"  # named in the sentence
    assert body_at([a, b, c], 100, 150, 120) == "Cụm thi đua số 1"  # the nearest before
    assert body_at([b, c], 0, 50, 20) == most_mentioned([b, c]) == "Cụm thi đua số 2"


def test_resolution_body_at_passes_over_a_passing_mention():
    text = "Cụm thi đua số 2 họp. Trường A chuyển từ Cụm thi đua số 5 sang Cụm. Danh sách:"
    a = mention("Cụm thi đua số 2", "cluster", text.index("Cụm thi đua số 2"))
    b = mention("Cụm thi đua số 5", "cluster", text.index("Cụm thi đua số 5"))
    passing = passing_mentions([a, b], text)
    assert passing == {b.evidence.start}
    start = text.index("Danh sách")
    assert body_at([a, b], start, len(text), start) == "Cụm thi đua số 5"
    assert body_at([a, b], start, len(text), start, passing) == "Cụm thi đua số 2"


@pytest.mark.parametrize(
    ("before", "passing"),
    [
        ("Khối 3 đã phối hợp với ", True),  # a body worked with
        ("Trường A chuyển từ ", True),
        ("Hội nghị của ", False),
        ("Khối 3 tổ chức hội thảo với ", False),  # "với" alone is no passing word
    ],
)
def test_resolution_passing_words_of_several_syllables(before, passing):
    text = "Khối thi đua số 3 họp. " + before + "Khối thi đua số 1 hôm nay."
    b = mention("Khối thi đua số 1", "bloc", text.index("Khối thi đua số 1"))
    assert (b.evidence.start in passing_mentions([b], text)) is passing


@pytest.mark.parametrize(
    ("a", "b", "same"),
    [
        ("ngành Thuế", "Tổng cục Thuế", True),  # a sector and a unit of it
        ("ngành Kiểm sát", "ngành Kiểm sát nhân dân", True),
        ("Bộ Công an", "Bộ Công an", True),
        ("ngành Tòa án nhân dân", "ngành Kiểm sát nhân dân", False),
        ("ngành Thuế", "Tổng cục Hải quan", False),
        ("Bộ Công an", "Bộ Tư pháp", False),
        ("VKSND tối cao", "Viện kiểm sát nhân dân tối cao", True),  # an abbreviation of the head
        ("VKSND tối cao", "Tòa án nhân dân tối cao", False),
    ],
)
def test_resolution_same_parent(a, b, same):
    assert same_parent(a, b) is same


def test_resolution_a_unit_parent_leads_a_sector():
    entities = group_bodies([
        mention("Cụm thi đua số IX", "cluster", parent="ngành Thuế"),
        mention("Cụm thi đua số 9", "cluster", parent="Tổng cục Thuế"),
        mention("Cụm thi đua số 9", "cluster", parent="ngành Hải quan"),
    ])
    assert [(e.name, e.parent) for e in entities] == [("Cụm thi đua số IX", "Tổng cục Thuế"),
                                                      ("Cụm thi đua số 9", "ngành Hải quan")]
