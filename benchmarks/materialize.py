"""Write the VNTC bench articles (``../shared/bench/vntc-20k.jsonl.gz``) as UTF-8 ``.txt``
files, at most 1,000 a folder: ``bench-data/vntc/000/00000.txt`` … ``019/19999.txt``.

    .venv/bin/python -m benchmarks.materialize                # all 20,000 -> bench-data/vntc/
    .venv/bin/python -m benchmarks.materialize --limit 5000   # the first 5,000 -> bench-data/vntc-5000/

Idempotent: a folder holding a ``.complete`` stamp for the same source and limit is left as
it is; otherwise only files that are missing or differ are written. A hidden
``.index.tsv`` (passed over by ``thidua ingest``) maps each document id to its VNTC id.
"""

from __future__ import annotations

import argparse
import gzip
import json
from collections.abc import Iterator
from pathlib import Path

from benchmarks.paths import BENCH_JSONL, DATA, shown

PER_FOLDER = 1000
INDEX = ".index.tsv"
STAMP = ".complete"


def default_folder(limit: int | None) -> Path:
    return DATA / ("vntc" if limit is None else f"vntc-{limit}")


def read_articles(source: Path, limit: int | None = None) -> Iterator[dict]:
    """The articles of the bench JSONL (``id``, ``topic``, ``text``), the first ``limit`` of them."""
    with gzip.open(source, "rt", encoding="utf-8") as lines:
        for n, line in enumerate(lines):
            if limit is not None and n >= limit:
                return
            yield json.loads(line)


def doc_id(n: int) -> str:
    """The document id ``thidua ingest <folder>`` gives article ``n``: ``"003/03042"``."""
    return f"{n // PER_FOLDER:03d}/{n:05d}"


def materialize(out: Path | None = None, limit: int | None = None, source: Path = BENCH_JSONL) -> Path:
    """Write the articles into ``out`` (default: see ``default_folder``) and return the folder."""
    out = out or default_folder(limit)
    stamp = f"{source.name} limit={limit}\n"
    if is_complete(out, stamp):
        return out
    index = []
    for n, article in enumerate(read_articles(source, limit)):
        write_once(out / f"{doc_id(n)}.txt", article["text"])
        index.append(f"{doc_id(n)}\t{article['id']}\t{article['topic']}\n")
    (out / INDEX).write_text("".join(index), encoding="utf-8")
    (out / STAMP).write_text(stamp, encoding="utf-8")
    return out


def is_complete(folder: Path, stamp: str) -> bool:
    marker = folder / STAMP
    return marker.exists() and marker.read_text(encoding="utf-8") == stamp


def write_once(path: Path, text: str) -> None:
    """Write ``text`` to ``path`` unless the file already holds it."""
    data = text.encode("utf-8")
    if path.exists() and path.stat().st_size == len(data) and path.read_bytes() == data:
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)


def load_index(folder: Path) -> dict[str, str]:
    """``{document id: VNTC id}`` of a materialised folder (empty when it has no index)."""
    index = folder / INDEX
    if not index.exists():
        return {}
    rows = (line.split("\t") for line in index.read_text(encoding="utf-8").splitlines())
    return {row[0]: row[1] for row in rows if len(row) >= 2}


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--limit", type=int, help="only the first N articles")
    parser.add_argument("--out", type=Path, help="the folder to write (default: bench-data/vntc[-N]/)")
    parser.add_argument("--source", type=Path, default=BENCH_JSONL, help="the bench JSONL (gzip)")
    args = parser.parse_args(argv)
    folder = materialize(args.out, args.limit, args.source)
    print(f"{len(load_index(folder))} articles in {shown(folder)}")


if __name__ == "__main__":
    main()
