"""Extractor: campaigns (not written yet)."""

from __future__ import annotations

from extractors.base import Context, extractor


@extractor("campaigns", version="0", needs=())
def find_campaigns(ctx: Context):
    return []
