"""Extractor: persons (not written yet)."""

from __future__ import annotations

from extractors.base import Context, extractor


@extractor("persons", version="0", needs=())
def find_persons(ctx: Context):
    return []
