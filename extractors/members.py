"""Extractor: members (not written yet)."""

from __future__ import annotations

from extractors.base import Context, extractor


@extractor("members", version="0", needs=("bodies",))
def find_members(ctx: Context):
    return []
