"""Comparison forms for Vietnamese names. Never used to rewrite stored text.

>>> canon("Khối Thi đua  các bộ, ngành") == canon("khối thi đua các bộ, ngành")
True
>>> canon("Hoà Bình") == canon("Hòa Bình")
True
>>> fold("Nội chính")
'noi chinh'
>>> body_key("Cụm thi đua số III") == body_key("Cụm Thi đua số 03")
True
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

_TONES = {"\u0300": "2", "\u0301": "1", "\u0303": "4", "\u0309": "3", "\u0323": "5"}
_QUOTES = "\"'“”‘’«»„`"
_ROMAN = {"i": "1", "ii": "2", "iii": "3", "iv": "4", "v": "5", "vi": "6", "vii": "7", "viii": "8",
          "ix": "9", "x": "10", "xi": "11", "xii": "12", "xiii": "13", "xiv": "14", "xv": "15",
          "xvi": "16", "xvii": "17", "xviii": "18", "xix": "19", "xx": "20"}


# canon and body_key are pure and called on the same names again and again (every alias of every
# body against every other when the store's bodies are resolved): memoised.
@lru_cache(maxsize=1 << 16)
def canon(s: str | None) -> str:
    """NFC, each syllable's tone mark moved out of its position, casefolded, quotes and edge
    punctuation stripped, dashes unified, whitespace folded (the reference scorer's form)."""
    if not s:
        return ""
    s = unicodedata.normalize("NFD", str(s).replace("\xa0", " "))
    s = re.sub(r"[‐-―−]", "-", s)
    out = []
    for word in re.split(r"(\s+)", s):
        tone = ""
        kept = []
        for ch in word:
            if ch in _TONES:
                tone = _TONES[ch]
            else:
                kept.append(ch)
        out.append(unicodedata.normalize("NFC", "".join(kept)) + tone)
    s = "".join(out).casefold()
    s = re.sub(r"\s*-\s*", " - ", s)
    s = re.sub(r"\s+", " ", s).strip()
    return s.strip(_QUOTES + " .,;:…").strip()


_DASHES = str.maketrans({ch: "-" for ch in "‐‑‒–—―−"})
_NOT_WORD = re.compile(r"[^\w\s-]")


def fold(s: str | None) -> str:
    """Lowercase ASCII form without any diacritics, for typing names on a plain keyboard:
    "Nội chính" -> "noi chinh", "Đồng bằng" -> "dong bang". (Built from C-speed string
    operations: it runs on many lines of every document.)"""
    if not s:
        return ""
    s = " ".join(_NOT_WORD.sub(" ", s.translate(_DASHES).replace("đ", "d").replace("Đ", "D")).split())
    return unicodedata.normalize("NFD", s).encode("ascii", "ignore").decode("ascii").casefold()


def _number_word(w: str) -> str:
    w = _ROMAN.get(w, w)
    return (w.lstrip("0") or w) if w.isdecimal() else w


@lru_cache(maxsize=1 << 16)
def body_key(s: str | None) -> str:
    """Body names also fold Roman numerals and leading zeros: "số III" = "số 3", "số 01" = "số 1"."""
    return " ".join(_number_word(w) for w in canon(s).split(" "))


def same_unit(a: str | None, b: str | None) -> bool:
    """Two unit names are one unit when equal, or when the shorter (two words or more) begins
    or ends the longer at a word boundary ("Tân Phú" = "UBMTTQVN huyện Tân Phú")."""
    a, b = canon(a), canon(b)
    if not a or not b:
        return False
    if a == b:
        return True
    short, long_ = sorted((a, b), key=len)
    if len(short.split(" ")) < 2:
        return False
    return long_.startswith(short + " ") or long_.endswith(" " + short)
