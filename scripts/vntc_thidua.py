"""Materialise the VNTC "thi đua" bench articles as plain-text documents.

Reads `vntc-thidua.jsonl` (one JSON object a line: `id`, `topic`, `text`; see
`shared/bench/README.md` in the repository's sibling folder) and writes each article's
`text` to `<out>/<doc_id>.txt`, UTF-8, exactly as given (no trailing newline added).

Run from the repository root:

    python scripts/vntc_thidua.py

`doc_id` mapping: every run of characters other than ASCII letters, digits, `.` and `-`
(so `/`, spaces, parentheses and `_` itself) becomes a single `_`, and leading/trailing
`_` are stripped. For example

    vntc/Test_Full/TT_VNE_T_ (1028)   ->  vntc_Test_Full_TT_VNE_T_1028
    vntc/Train_Full/XH_NLD_ (4077)    ->  vntc_Train_Full_XH_NLD_4077

These doc_ids key the gold facts in `tests/data/gold/vntc-thidua.jsonl`.
The output folder (default `bench-data/vntc-thidua/`) is git-ignored: the article texts
are never committed, only the gold facts and this script.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
DEFAULT_SOURCE = REPO_ROOT.parent / "shared" / "bench" / "vntc-thidua.jsonl"
DEFAULT_OUT = REPO_ROOT / "bench-data" / "vntc-thidua"

UNSAFE = re.compile(r"[^A-Za-z0-9.-]+")


def doc_id(article_id: str) -> str:
    """A safe file name (without extension) for a VNTC article id."""
    name = UNSAFE.sub("_", article_id).strip("_")
    if not name or name.startswith("."):
        raise ValueError(f"cannot derive a file name from id {article_id!r}")
    return name


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, default=DEFAULT_SOURCE,
                        help="vntc-thidua.jsonl (default: ../shared/bench/vntc-thidua.jsonl)")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT,
                        help="output folder (default: bench-data/vntc-thidua/)")
    args = parser.parse_args(argv)

    args.out.mkdir(parents=True, exist_ok=True)
    seen: dict[str, str] = {}
    with args.source.open(encoding="utf-8") as source:
        for line_no, line in enumerate(source, 1):
            if not line.strip():
                continue
            article = json.loads(line)
            name = doc_id(article["id"])
            if name in seen:
                raise SystemExit(f"line {line_no}: id {article['id']!r} maps to {name!r}, "
                                 f"already used by {seen[name]!r}")
            seen[name] = article["id"]
            (args.out / f"{name}.txt").write_bytes(article["text"].encode("utf-8"))
    print(f"wrote {len(seen)} documents to {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
