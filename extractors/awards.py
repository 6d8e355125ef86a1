"""Extractor: awards (not written yet)."""

from __future__ import annotations

from extractors.base import Context, extractor


@extractor("awards", version="0", needs=())
def find_awards(ctx: Context):
    return []
