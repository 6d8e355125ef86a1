"""Extractor: chairs (not written yet)."""

from __future__ import annotations

from extractors.base import Context, extractor


@extractor("chairs", version="0", needs=("bodies",))
def find_chairs(ctx: Context):
    return []
