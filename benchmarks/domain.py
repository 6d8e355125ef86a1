"""A domain-dense corpus: the shipped corpus (``corpus/*.txt`` and the text of
``corpus/minutes/*.pdf``) replicated to about 5,000 documents, each copy with other years,
provinces, ministries, person names and numbers drawn from small lists (fixed seed).

    .venv/bin/python -m benchmarks.domain                  # 5,000 -> bench-data/domain/
    .venv/bin/python -m benchmarks.domain --count 1000     # -> bench-data/domain-1000/

Copies share every sentence the swaps do not touch, so caches keyed on sentence text hit
more often than on real reports: ``benchmarks.run`` prints the share of distinct sentences
beside the figures. Idempotent like ``benchmarks.materialize``.
"""

from __future__ import annotations

import argparse
import hashlib
import random
import re
from collections.abc import Callable
from pathlib import Path

from benchmarks.materialize import PER_FOLDER, is_complete, write_once
from benchmarks.paths import CORPUS, DATA, shown

GENERATOR = "domain-v1"  # bump when the variations change: the stamp then rewrites the corpus
DEFAULT_COUNT = 5000
SEED = 20240601

PROVINCES = ("Hà Nội", "Hải Phòng", "Sơn La", "Hà Tĩnh", "Quảng Bình", "Quảng Trị", "Nghệ An", "Thanh Hóa",
             "Thừa Thiên Huế", "Quảng Ngãi", "Bắc Ninh", "Nam Định", "Thái Bình", "Ninh Bình", "Lào Cai",
             "Yên Bái", "Đắk Lắk", "Gia Lai", "Khánh Hòa", "Bình Định", "Cần Thơ", "An Giang", "Đồng Nai",
             "Long An", "Tây Ninh", "Cà Mau")
MINISTRIES = ("Bộ Tư pháp", "Bộ Công an", "Bộ Quốc phòng", "Bộ Nội vụ", "Bộ Tài chính", "Bộ Y tế",
              "Bộ Xây dựng", "Bộ Công Thương", "Bộ Ngoại giao", "Bộ Giao thông vận tải")
SURNAMES = ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Ngô",
            "Dương", "Trương", "Huỳnh", "Lưu", "Trịnh", "Đinh", "Lý")  # not "Hồ": Hồ Chí Minh stays
GIVEN_NAMES = ("Anh", "Bình", "Cường", "Dũng", "Hà", "Hải", "Hạnh", "Hùng", "Lan", "Long", "Minh", "Nam",
               "Ngọc", "Phong", "Quang", "Sơn", "Thảo", "Thắng", "Trung", "Tuấn", "Vinh", "Yến")
ROMAN = ("I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII")

UPPER = "A-ZĐÁÀẢÃẠĂẮẰẲẴẶÂẤẦẨẪẬÉÈẺẼẸÊẾỀỂỄỆÍÌỈĨỊÓÒỎÕỌÔỐỒỔỖỘƠỚỜỞỠỢÚÙỦŨỤƯỨỪỬỮỰÝỲỶỸỴ"
YEAR = re.compile(r"(?<!\d)(19[5-9]\d|20[0-4]\d)(?!\d)")
PERSON = re.compile(rf"\b(?:{'|'.join(SURNAMES)})(?: [{UPPER}]\w*){{2,3}}\b")  # surname + 2-3 capitalised
NUMBER = re.compile(r"\b((?i:số)) (\d{1,2}|[IVX]{1,4})(?![\w/-])")  # "số 5", "số III"; not "số 34-CT/TW"


def alternation(names: tuple[str, ...]) -> re.Pattern:
    """A pattern matching any of ``names`` as whole words, longest first."""
    return re.compile(r"\b(" + "|".join(map(re.escape, sorted(names, key=len, reverse=True))) + r")\b")


PROVINCE = alternation(PROVINCES)
MINISTRY = alternation(MINISTRIES)


def read_sources(corpus: Path = CORPUS) -> list[tuple[str, str]]:
    """``(name, text)`` of every shipped document: the ``.txt`` files and the minutes' PDFs."""
    from pipeline.read import read_file

    paths = sorted(corpus.glob("*.txt")) + sorted((corpus / "minutes").glob("*.pdf"))
    return [(path.stem, read_file(path).text) for path in paths]


def vary(text: str, rng: random.Random) -> str:
    """``text`` with its years shifted and its provinces, ministries, persons and numbers swapped."""
    offset = rng.randint(-12, 2)
    text = YEAR.sub(lambda m: str(int(m.group(1)) + offset), text)
    text = swap_names(text, PROVINCE, PROVINCES, rng)
    text = swap_names(text, MINISTRY, MINISTRIES, rng)
    text = PERSON.sub(consistent(rng, rename_person, key=lambda m: m.group()), text)
    number = consistent(rng, new_number, key=lambda m: m.group(2))
    return NUMBER.sub(lambda m: f"{m.group(1)} {number(m)}", text)


def swap_names(text: str, pattern: re.Pattern, names: tuple[str, ...], rng: random.Random) -> str:
    """Replace each name of ``names`` found in ``text`` by another one (a permutation per document)."""
    mapping = dict(zip(names, rng.sample(names, len(names)), strict=True))
    return pattern.sub(lambda m: mapping[m.group(1)], text)


def consistent(rng: random.Random, change: Callable[[re.Match, random.Random], str],
               key: Callable[[re.Match], str]) -> Callable[[re.Match], str]:
    """A replacement function giving the same new text for the same ``key`` within a document."""
    seen: dict[str, str] = {}

    def replace(match: re.Match) -> str:
        if key(match) not in seen:
            seen[key(match)] = change(match, rng)
        return seen[key(match)]

    return replace


def rename_person(match: re.Match, rng: random.Random) -> str:
    """"Hoàng Đình Lập" -> "Vũ Đình Hùng": another surname and given name, the middle name kept."""
    middle = match.group().split()[1:-1]
    return " ".join([rng.choice(SURNAMES), *middle, rng.choice(GIVEN_NAMES)])


def new_number(match: re.Match, rng: random.Random) -> str:
    """Another number for "số III" ("VII") or "số 5" ("11")."""
    return rng.choice(ROMAN) if match.group(2).isalpha() else str(rng.randint(1, 12))


def default_folder(count: int) -> Path:
    return DATA / ("domain" if count == DEFAULT_COUNT else f"domain-{count}")


def build_domain(out: Path | None = None, count: int = DEFAULT_COUNT, seed: int = SEED,
                 corpus: Path = CORPUS) -> Path:
    """Write ``count`` varied copies of the shipped documents into ``out`` and return the folder."""
    out = out or default_folder(count)
    sources = read_sources(corpus)
    digest = hashlib.sha256("\0".join(text for _, text in sources).encode()).hexdigest()[:16]
    stamp = f"{GENERATOR} count={count} seed={seed} sources={digest}\n"
    if is_complete(out, stamp):
        return out
    for n in range(count):
        name, text = sources[n % len(sources)]
        rng = random.Random(f"{seed}-{n}")
        write_once(out / f"{n // PER_FOLDER:03d}" / f"{n:05d}-{name[:40]}.txt", vary(text, rng))
    (out / ".complete").write_text(stamp, encoding="utf-8")
    return out


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=DEFAULT_COUNT, help="how many documents")
    parser.add_argument("--out", type=Path, help="the folder to write (default: bench-data/domain[-N]/)")
    parser.add_argument("--seed", type=int, default=SEED)
    args = parser.parse_args(argv)
    folder = build_domain(args.out, args.count, args.seed)
    print(f"{args.count} documents in {shown(folder)}")


if __name__ == "__main__":
    main()
