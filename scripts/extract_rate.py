"""Development aid: CPU time of reading, normalising and extracting the first N files of a folder
in this process (no store), to compare two versions of the rules side by side.

usage: python scripts/extract_rate.py FOLDER [N]
e.g. run it on `bench-data/domain-1000` with this tree and with another worktree
(`PYTHONPATH=OTHER python OTHER/scripts/extract_rate.py …`), alternating, on an idle machine.
"""

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from pipeline.process import process  # noqa: E402
from pipeline.read import read_file  # noqa: E402


def main(folder: str, limit: str = "1000") -> None:
    files = sorted(Path(folder).rglob("*.txt"))[: int(limit)]
    raws = [(read_file(f), f) for f in files]
    process(raws[0][0], "warm-up", str(raws[0][1]))  # rules and models loaded before timing
    start, chars = time.process_time(), 0
    for raw, path in raws:
        doc, _ = process(raw, path.stem, str(path))
        chars += len(doc.text)
    cpu = time.process_time() - start
    print(f"{len(raws)} documents, {chars:,} chars, {cpu:.2f} s CPU, {chars / cpu:,.0f} chars/s")


if __name__ == "__main__":
    main(*sys.argv[1:])
