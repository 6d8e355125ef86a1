"""Extractor: bodies (not written yet)."""

from __future__ import annotations

from extractors.base import Context, extractor


@extractor("bodies", version="0", needs=())
def find_bodies(ctx: Context):
    return []
