"""Extractor: members of emulation bodies.

The phrasings, all in a document that names a body, each read by its own module:

- ``members_triggers``: a list after "gồm", "thành viên là", "có 9 đơn vị:" …; members before
  "là thành viên của", "thuộc", "tham gia" and a body; "Đây là bốn đơn vị thuộc Cụm";
- ``members_items``: the members of such a list, with the heads they share ("Công an các tỉnh
  A, B", "Sư đoàn 361, 363", "Sở Tư pháp và Cục THADS của 6 tỉnh A, B");
- ``members_lines``: bullet or numbered lines after a trigger or a heading that ends with ":";
- ``members_tables``: the member column of a table under a header row.

The year is the nearest year of the sentence (of the table's header or caption) else the
document's; the body is the one named in the sentence, else the nearest before it that is no
passing mention, else the most mentioned (``members_view.to_member``).
"""

from __future__ import annotations

from dataclasses import replace

from extractors.base import Context, extractor
from extractors.members_lines import bullet_member, list_heading
from extractors.members_tables import table_members
from extractors.members_triggers import items_for, listed_after, listed_before
from extractors.members_view import BULLET_RE, TRIGGERS, Anchor, nearest_year, read_view, to_member
from extractors.phrases import match_patterns, may_match, pick_longest
from extractors.scope import Scope, read_scope
from schemas.document import Sentence
from schemas.facts import Member


@extractor("members", needs=("bodies",))
def find_members(ctx: Context):
    bodies = ctx.found.get("bodies", [])
    if not bodies:
        return []
    scope = read_scope(ctx, bodies)
    return sentence_members(ctx, scope) + table_members(ctx, scope)


def sentence_members(ctx: Context, scope: Scope) -> list[Member]:
    """Members from lists and "là thành viên" in sentences, and from bullet lines after a list
    trigger or a heading that ends its sentence."""
    out: list[Member] = []
    open_list: Anchor | None = None
    previous: Sentence | None = None
    for sent in ctx.sentences:
        found = bullet_member(ctx, sent, open_list, scope) if open_list and BULLET_RE.match(sent.text) else []
        if found:
            out += found
            continue
        open_list = None
        if may_match(TRIGGERS, sent.text):
            found, open_list = members_in(ctx, sent, previous, scope)
            out += found
        open_list = open_list or list_heading(ctx, sent, scope)
        previous = sent
    return out


def members_in(ctx: Context, sent: Sentence, previous: Sentence | None,
               scope: Scope) -> tuple[list[Member], Anchor | None]:
    view = read_view(sent, scope)
    out: list[Member] = []
    open_list = None
    for m in pick_longest(match_patterns(TRIGGERS, view.toks)):
        if any(a <= m.start < b for a, b in view.bodies):  # "Cụm thi đua số 3 thuộc Bộ Tư pháp"
            continue
        year = nearest_year(view.toks, m.start) or ctx.year
        anchor = Anchor(sent, sent.start + view.toks[m.start].start, year, m.id)
        if m.label == "ANAPHOR":
            out += listed_before(ctx, view, m, previous, anchor, scope) or listed_after(ctx, view, m, previous, scope)
            continue
        items, goes_on = items_for(view, m)
        out += [to_member(ctx, view, it, anchor, scope) for it in items]
        open_list = replace(anchor, whole_lines=goes_on == "lines") if goes_on else open_list
    return out, open_list
