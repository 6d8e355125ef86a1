"""Text in the pre-Unicode Vietnamese font encodings, turned into Unicode.

Before Unicode, Vietnamese was typed in 8-bit fonts whose code points Windows reads as Latin-1
(cp1252) letters:

- **TCVN3** (ABC, the ``.VnTime`` fonts): one byte per Vietnamese letter, "tôn trọng" is
  stored as "t«n träng" and "Phương" as "Ph\\u00ad¬ng";
- **VNI** (``VNI-Times``): a base letter followed by a mark code, "Việt Nam" is stored as
  "Vieät Nam" and "được" as "ñöôïc".

Two uses: a whole file in one of these encodings (``decode_vietnamese`` picks the decoding that
gives the most valid Vietnamese syllables), and leftovers inside Unicode text (``repair_legacy``,
word by word). The repair is conservative: a word is changed only when it is *not* a valid
Vietnamese syllable and its repair *is* one, so correct Unicode Vietnamese is never touched.

>>> repair_legacy("Cần t«n träng ý kiến của Vieät Nam")
'Cần tôn trọng ý kiến của Việt Nam'
>>> detect_legacy("Ban chÊp hµnh §¶ng bé")
'tcvn3'
"""

from __future__ import annotations

import html
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

SCHEMES = ("tcvn3", "vni")

# --- mapping tables (data) ----------------------------------------------------------------------

# TCVN3 (ABC): the byte's Latin-1 character -> the letter the .VnTime font draws for it (the VN3
# table: lowercase letters and the seven plain capitals; .VnTimeH draws capitals with the same codes).
_TCVN3_CODES = "µ¸¶·¹¨»¾¼½Æ©ÇÊÈÉË®ÌÐÎÏÑªÒÕÓÔÖ×ÝØÜÞßãáâä«åèæçé¬êíëìîïóñòô\u00adõøö÷ùúýûüþ¡¢§£¤¥¦"
_TCVN3_LETTERS = "àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵĂÂĐÊÔƠƯ"
TCVN3: dict[str, str] = dict(zip(_TCVN3_CODES, _TCVN3_LETTERS, strict=True))

# VNI: mark codes typed after a base letter (lowercase codes; capitals use the upper-case code).
_ACUTE, _GRAVE, _HOOK, _TILDE, _DOT = "\u0301", "\u0300", "\u0309", "\u0303", "\u0323"
VNI_TONES = {"ù": _ACUTE, "ø": _GRAVE, "û": _HOOK, "õ": _TILDE, "ï": _DOT}  # a, e, o, u, y, ơ, ư + tone
VNI_HAT = {"â": "", "á": _ACUTE, "à": _GRAVE, "å": _HOOK, "ã": _TILDE, "ä": _DOT}  # a, e, o -> â, ê, ô + tone
VNI_BREVE = {"ê": "", "é": _ACUTE, "è": _GRAVE, "ú": _HOOK, "ü": _TILDE, "ë": _DOT}  # a -> ă + tone
VNI_SINGLE = {"ô": "ơ", "ö": "ư", "ñ": "đ", "í": "í", "ì": "ì", "æ": "ỉ", "ó": "ĩ", "ò": "ị", "î": "ỵ"}

# --- Vietnamese syllables (data) ----------------------------------------------------------------
# A rhyme that is missing ("â" alone, "oong", "uych") is only ever a candidate for repair.

ONSETS = "ngh ng nh ch gh gi kh ph qu th tr b c d đ g h k l m n p r s t v x".split()
RHYMES = """
a ac ach ai am an ang anh ao ap at au ay ăc ăm ăn ăng ăp ăt âc âm ân âng âp ât âu ây
e ec em en eng eo ep et ê êch êm ên ênh êng êp êt êu
i ia ich im in inh ip it iu iêc iêm iên iêng iêp iêt iêu
o oa oac oach oai oam oan oang oanh oap oat oay oăc oăm oăn oăng oăt oc oe oen oeo oet oi om on
ong op ot ô ôc ôi ôm ôn ông ôp ôt ơ ơi ơm ơn ơp ơt
u ua uân uâng uât uây uc uê uêch uênh ui um un ung uơ uôc uôi uôm uôn uông uôt up ut
uy uya uyên uyêt uyn uynh uyt uyu
ư ưa ưc ưi ưm ưn ưng ưt ưu ươc ươi ươm ươn ương ươp ươt ươu
y yêm yên yêt yêu ynh yt
""".split()  # rare rhymes left out (oong, oao, uych, uyp): no conversion may produce them
STOP_FINALS = ("c", "ch", "p", "t")  # a syllable ending in these takes only the sắc or nặng tone
FRONT_ONLY_ONSETS = ("k", "gh", "ngh")  # written only before e, ê, i, y
TONES = frozenset((_ACUTE, _GRAVE, _HOOK, _TILDE, _DOT))
VOWELS = frozenset("aăâeêioôơuưy")
MARKED_VOWELS = frozenset("ăâêôơư")
VIETNAMESE_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyzđ") | {
    unicodedata.normalize("NFC", vowel + tone) for vowel in VOWELS for tone in ("", *TONES)}

_SYLLABLE = re.compile(f"({'|'.join(ONSETS)})?({'|'.join(sorted(RHYMES, key=len, reverse=True))})")
# A run of letters, Latin-1 symbols (TCVN3 codes such as « ¬ ® §), combining marks and digits.
_TOKEN = re.compile(r"[0-9A-Za-z\u00a1-\u00ff\u0100-\u024f\u0300-\u036f\u1ea0-\u1ef9]+")
_ENTITY = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
_LATIN1_HIGH = re.compile(r"[\u00a1-\u00ff]")
ETH = "\u00d0"  # Ð, Icelandic eth: a look-alike of Đ (U+0110) left by cp1258/Latin-1 mix-ups
_WINDOWS = {b: bytes([b]).decode("cp1252") for b in range(0x80, 0xA0) if b not in (0x81, 0x8D, 0x8F, 0x90, 0x9D)}


@lru_cache(maxsize=1 << 16)
def is_syllable(word: str, strict: bool = True) -> bool:
    """True when ``word`` is spelled as one Vietnamese syllable, in any case, with at most one
    tone mark on a vowel that may carry it (old "hoà" and new "hòa" placements both count).

    Not ``strict``: also text typed without tones ("môt", where a final c, ch, p or t wants a
    tone) and "k" before a back vowel, as in place names of the highlands ("Tà Kú").

    >>> [is_syllable(w) for w in ("trọng", "Nghiêng", "khuỷu", "hoà", "t«n", "Vieät", "aỏ", "toc")]
    [True, True, True, True, False, False, False, False]
    """
    letters, tone, at = split_tone(word)
    match = _SYLLABLE.fullmatch(letters) if letters else None
    if not match:
        return False
    onset, rhyme = match.group(1) or "", match.group(2)
    if tone and not tone_fits(rhyme, at - len(onset)):
        return False
    if strict and onset in FRONT_ONLY_ONSETS and rhyme[0] not in "eêiy":
        return False
    return not rhyme.endswith(STOP_FINALS) or tone in (_ACUTE, _DOT) or not (strict or tone)


def split_tone(word: str) -> tuple[str | None, str, int]:
    """``word`` in lowercase without its tone mark, the tone mark, and the index of the letter
    that carries it: ``("truong", "\u0300", 3)`` for "trường" (None when it has two tones)."""
    letters, tone, at = [], "", -1
    for i, ch in enumerate(unicodedata.normalize("NFC", word.lower())):
        parts = unicodedata.normalize("NFD", ch)
        marks = [mark for mark in parts if mark in TONES]
        if marks and (tone or len(marks) > 1):
            return None, "", -1
        if marks:
            tone, at = marks[0], i
        letters.append(unicodedata.normalize("NFC", "".join(c for c in parts if c not in TONES)))
    return "".join(letters), tone, at


def tone_fits(rhyme: str, at: int) -> bool:
    """True when the rhyme's letter ``at`` may carry the tone: a vowel with a hat, horn or breve
    if there is one; else the last vowel before a final consonant, the middle one of three, either
    one of "oa", "oe", "uy", and the first one of other pairs ("mía", "của", "sáu")."""
    vowels = [i for i, ch in enumerate(rhyme) if ch in VOWELS]
    if at not in vowels:
        return False
    marked = [i for i in vowels if rhyme[i] in MARKED_VOWELS]
    if marked or len(vowels) == 1:
        return at in marked or not marked
    if rhyme[-1] not in VOWELS:
        return at == vowels[-1]
    if len(vowels) == 3:
        return at == vowels[1]
    return rhyme in ("oa", "oe", "uy") or at == vowels[0]


# --- converting ---------------------------------------------------------------------------------


def build_vni_table() -> dict[str, str]:
    """VNI sequences (base letter + mark code, or one code) -> Unicode letters, both cases."""
    lower: dict[str, str] = dict(VNI_SINGLE)
    for base in "aeouy":
        lower.update({base + code: base + mark for code, mark in VNI_TONES.items()})
    for vni, letter in (("ô", "ơ"), ("ö", "ư")):
        lower.update({vni + code: letter + mark for code, mark in VNI_TONES.items()})
    for base, hat in (("a", "â"), ("e", "ê"), ("o", "ô")):
        lower.update({base + code: hat + mark for code, mark in VNI_HAT.items()})
    lower.update({"a" + code: "ă" + mark for code, mark in VNI_BREVE.items()})
    table = {}
    for seq, letter in lower.items():
        letter = unicodedata.normalize("NFC", letter)
        table[seq] = letter
        table[seq.upper()] = letter.upper()
        table[seq[0].upper() + seq[1:]] = letter.upper()  # a capital base with a lowercase code
    return table


VNI: dict[str, str] = build_vni_table()
LEGACY_CODES = frozenset(TCVN3) | {ch for seq in VNI for ch in seq if not ch.isascii()}
_VNI_SEQUENCE = re.compile("|".join(map(re.escape, sorted(VNI, key=len, reverse=True))))
_TCVN3_TABLE = str.maketrans(TCVN3)


def convert_legacy(text: str, scheme: str) -> str:
    """All of ``text`` read as ``scheme`` ("tcvn3" or "vni"), in NFC Unicode."""
    if scheme not in SCHEMES:
        raise ValueError(f"unknown legacy encoding {scheme!r}")
    if scheme == "vni":
        return _VNI_SEQUENCE.sub(lambda m: VNI[m.group()], text)
    return _TOKEN.sub(lambda m: convert_word(m.group(), scheme), text)


def convert_word(word: str, scheme: str) -> str:
    """One word read as ``scheme``; a TCVN3 word typed in capitals (.VnTimeH, "B¸O") stays in
    capitals ("BÁO"), since TCVN3 has codes for lowercase letters only."""
    if scheme == "vni":
        return convert_legacy(word, scheme)
    out = word.translate(_TCVN3_TABLE)
    ascii_letters = [ch for ch in word if ch.isascii() and ch.isalpha()]
    all_caps = ascii_letters and all(ch.isupper() for ch in ascii_letters)
    return out.upper() if all_caps and (len(ascii_letters) > 1 or not word[0].isascii()) else out


def decode_entities(text: str) -> str:
    """Literal HTML entities left in plain text, decoded: "&amp;" -> "&", "&#7897;" -> "ộ".

    Only complete references (ending in ";") are decoded, so "R&D" or "&notice" stay as written.
    """
    return _ENTITY.sub(lambda m: html.unescape(m.group()), text) if "&" in text else text


# --- whole texts ----------------------------------------------------------------------------------


def syllable_share(text: str) -> float:
    """The share of words with a non-ASCII letter that are valid Vietnamese syllables (0 if none)."""
    words = [w for w in _TOKEN.findall(text) if not w.isascii()]
    return sum(map(is_syllable, words)) / len(words) if words else 0.0


def detect_legacy(text: str) -> str | None:
    """The legacy encoding ("tcvn3" or "vni") that makes more of the text's words valid Vietnamese
    syllables than it breaks, or None when neither does."""
    return lean([w for w in _TOKEN.findall(text) if _LATIN1_HIGH.search(w) and not has_digit(w)])


def lean(words: list[str]) -> str | None:
    """The scheme with the largest gain in valid syllables over ``words``, if it gains any."""
    if not words:
        return None
    valid = sum(is_syllable(w, strict=False) for w in words)
    gains = {scheme: sum(is_syllable(convert_word(w, scheme)) for w in words) - valid for scheme in SCHEMES}
    best = max(SCHEMES, key=lambda scheme: gains[scheme])
    return best if gains[best] > 0 else None


def decode_legacy_bytes(data: bytes, scheme: str) -> str:
    """Bytes of a file typed in a legacy font: each byte as Windows shows it, then converted."""
    return convert_legacy(read_as_windows(data), scheme)


def read_as_windows(data: bytes) -> str:
    """``data`` as cp1252 (the five bytes cp1252 leaves undefined as Latin-1): never fails."""
    return data.decode("latin-1").translate(_WINDOWS)


def decode_vietnamese(data: bytes, min_share: float = 0.6) -> tuple[str, str] | None:
    """Decode non-UTF-8 Vietnamese bytes as cp1258, TCVN3 or VNI, whichever gives the most valid
    syllables; None when none reaches ``min_share`` (then it is not Vietnamese in these)."""
    candidates = {"tcvn3": decode_legacy_bytes(data, "tcvn3"), "vni": decode_legacy_bytes(data, "vni")}
    try:
        candidates["cp1258"] = data.decode("cp1258")
    except UnicodeDecodeError:
        pass
    shares = {name: syllable_share(text) for name, text in candidates.items()}
    best = max(shares, key=lambda name: shares[name])
    return (candidates[best], best) if shares[best] >= min_share else None


# --- leftovers inside Unicode text -----------------------------------------------------------------


@dataclass(frozen=True)
class Repair:
    """One word to replace: ``text[start:end] == old`` becomes ``new``, for ``reason``."""

    start: int
    end: int
    old: str
    new: str
    reason: str  # tcvn3 | vni | stray-mark | eth


# What a legacy word cannot do without: a Latin-1 character that is no Vietnamese letter (every
# TCVN3 code, VNI's marks "ø û ï ö ñ ä", "Ð"), or a capital vowel before a VNI code ("Aùnh").
# Every repair ``find_repairs`` makes needs a sure one beside it, and a sure one has one of
# these; a text without any (nearly every Unicode article) is returned as it is, unscanned.
_SUSPECT = re.compile(
    "[" + re.escape("".join(chr(c) for c in range(0xA1, 0x100) if chr(c).lower() not in VIETNAMESE_LETTERS)) + "]"
    "|[AEIOUY][\u00a1-\u00ff]")


def repair_legacy(text: str) -> str:
    """``text`` with its legacy-encoded words turned into Unicode: all of it when it is mostly
    legacy text, else word by word (see ``find_repairs``)."""
    if not _SUSPECT.search(text):
        return text
    scheme = mostly_legacy(text)
    if scheme:
        return unicodedata.normalize("NFC", convert_legacy(text, scheme))
    repairs = find_repairs(text)
    if not repairs:
        return text
    out, cursor = [], 0
    for fix in repairs:
        out += [text[cursor : fix.start], fix.new]
        cursor = fix.end
    out.append(text[cursor:])
    return unicodedata.normalize("NFC", "".join(out))


WORD, BROKEN = 1, 2


@lru_cache(maxsize=200_000)
def word_kind(word: str) -> int:
    """0 for a word that is ASCII or holds a digit (never legacy text), ``BROKEN`` for one that is
    not a Vietnamese syllable, ``WORD`` otherwise. Cached: news repeats its words, and this runs
    on every document."""
    if word.isascii() or has_digit(word):
        return 0
    return WORD if is_syllable(word, strict=False) else BROKEN


def mostly_legacy(text: str, min_broken: float = 0.5, min_share: float = 0.8, min_words: int = 5) -> str | None:
    """The scheme of a text typed in a legacy font throughout (pasted as Latin-1 characters into
    a UTF-8 file, say): over half its non-ASCII words, and at least five, are not syllables, and
    read as that scheme at least 80% are."""
    if not _LATIN1_HIGH.search(text):
        return None
    kinds = [(w, word_kind(w)) for w in _TOKEN.findall(text)]
    words = [w for w, kind in kinds if kind]
    broken = [w for w, kind in kinds if kind == BROKEN]
    if len(broken) < max(min_words, min_broken * len(words)):
        return None
    scheme = lean(broken)
    return scheme if scheme and syllable_share(convert_legacy(text, scheme)) >= min_share else None


def find_repairs(text: str) -> list[Repair]:
    """The words of ``text`` that are not Vietnamese syllables but become one once read as TCVN3 or
    VNI, once a stray mark code is dropped ("đượåc"), or once Ð is read as Đ ("Ðảng").

    A conversion that could be an accident (a lone "«", a name such as "Seán" that VNI would read
    as "Sến") is only made next to a sure one on the same line: legacy text comes in runs.
    """
    if not _LATIN1_HIGH.search(text):
        return []
    tokens = [m for m in _TOKEN.finditer(text) if word_kind(m.group()) == BROKEN and _LATIN1_HIGH.search(m.group())]
    order = schemes_for(m.group() for m in tokens)
    fixes = [repair_word(m.group(), order) for m in tokens]
    sure = [bool(fix) and is_sure(m.group(), fix[1]) for m, fix in zip(tokens, fixes, strict=True)]
    repairs = []
    for i, (m, fix) in enumerate(zip(tokens, fixes, strict=True)):
        if fix and (sure[i] or next_to_sure(text, tokens, sure, i)):
            repairs.append(Repair(m.start(), m.end(), m.group(), fix[0], fix[1]))
    return repairs


def is_sure(word: str, reason: str) -> bool:
    """True when a repair of ``word`` cannot be an accident: it drops a stray code or reads Ð, or
    the word holds a code no Vietnamese letter is ("t«n", "Vieät"), or it is a capital vowel
    followed by a VNI code, as converters leave them ("Aùnh" for "Ánh")."""
    if reason in ("stray-mark", "eth"):
        return True
    if not has_ascii_letter(word):
        return False
    foreign = any(not ch.isascii() and not is_vietnamese_letter(ch) for ch in word)
    return foreign or reason == "vni" and word[0] in "AEIOUY" and word[:2] in VNI


def next_to_sure(text: str, tokens: list[re.Match], sure: list[bool], i: int) -> bool:
    """True when a neighbouring word on the same line has a sure repair (a run of legacy text)."""
    for j in (i - 1, i + 1):
        if 0 <= j < len(tokens) and sure[j] and "\n" not in text[tokens[min(i, j)].end() : tokens[max(i, j)].start()]:
            return True
    return False


def schemes_for(words) -> tuple[str, ...]:
    """The schemes to try on a word, the one the text's broken words lean to first."""
    detected = lean(list(words))
    return (detected, *(s for s in SCHEMES if s != detected)) if detected else SCHEMES


def repair_word(word: str, order: tuple[str, ...]) -> tuple[str, str] | None:
    """``(repaired word, reason)``, or None when ``word`` is fine or cannot be repaired."""
    if is_syllable(word, strict=False):
        return None
    if word.startswith(ETH) or ETH in word and not word.islower():
        new = word.replace(ETH, "Đ")
        if is_syllable(new) or is_acronym(new):
            return new, "eth"
    if all(ord(ch) < 0x100 for ch in word):
        for scheme in order:
            new = convert_word(word, scheme)
            if new != word and is_syllable(new):
                return new, scheme
    new = drop_stray_mark(word)
    return (new, "stray-mark") if new else None


def drop_stray_mark(word: str) -> str | None:
    """A Unicode Vietnamese word with one leftover legacy code dropped: "đượåc" -> "được",
    "Phư¬ơng" -> "Phương". The code must be redundant: the word keeps its tone mark, or the code
    reads as the very letter beside it. A symbol ("«", "¬") counts only inside the word: at its
    edge it is punctuation ("«Đổi mới»")."""
    if not any(ord(ch) > 0xFF for ch in word):
        return None
    fixes = set()
    for i, ch in enumerate(word):
        inside = 0 < i < len(word) - 1 or ch.isalpha()
        if inside and ch in LEGACY_CODES and not is_vietnamese_letter(ch):
            new = word[:i] + word[i + 1 :]
            if is_syllable(new) and (has_tone(new) or repeats_neighbour(word, i)):
                fixes.add(new)
    return fixes.pop() if len(fixes) == 1 else None


def repeats_neighbour(word: str, i: int) -> bool:
    """True when the legacy code ``word[i]`` reads as the letter next to it ("ư¬ơ": ¬ is ơ)."""
    letters = {TCVN3.get(word[i]), VNI_SINGLE.get(word[i])} - {None}
    return any(0 <= j < len(word) and word[j] in letters for j in (i - 1, i + 1))


def is_vietnamese_letter(ch: str) -> bool:
    """True for a letter Vietnamese spells with: a-z, đ, and its vowels with their marks."""
    return ch.lower() in VIETNAMESE_LETTERS


def has_tone(word: str) -> bool:
    return any(ch in TONES for ch in unicodedata.normalize("NFD", word))


def has_digit(word: str) -> bool:
    return any(ch.isdecimal() for ch in word)


def has_ascii_letter(word: str) -> bool:
    return any(ch.isascii() and ch.isalpha() for ch in word)


def is_acronym(word: str) -> bool:
    """An all-capital abbreviation such as "ĐB" or "NLĐO"."""
    return 2 <= len(word) <= 8 and word.isupper()
