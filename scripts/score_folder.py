"""Development aid: extract facts from every file of a folder (no store) and score them.

usage: python scripts/score_folder.py FOLDER GOLD.jsonl [--errors]
"""

import json
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from pipeline.discover import discover  # noqa: E402
from pipeline.export import gold_record  # noqa: E402
from pipeline.process import process  # noqa: E402
from pipeline.read import read_file  # noqa: E402


def main(folder: str, gold: str, *flags: str) -> None:
    out = Path(tempfile.mkdtemp()) / "pred.jsonl"
    with out.open("w", encoding="utf-8") as fh:
        for src in discover([Path(folder)]):
            doc, facts = process(read_file(src.path), src.doc_id, str(src.path))
            fh.write(json.dumps(gold_record(doc, facts), ensure_ascii=False) + "\n")
    scorer = Path(gold).resolve().parent / "score.py"
    subprocess.run([sys.executable, str(scorer), gold, str(out), *flags], check=False)


if __name__ == "__main__":
    main(*sys.argv[1:])
