"""Development aid: extract facts from every .txt file of a folder (no store) and score them.

usage: python scripts/score_folder.py FOLDER GOLD.jsonl [--errors]
"""

import json
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from pipeline.export import gold_record  # noqa: E402
from pipeline.process import process_text  # noqa: E402


def main(folder: str, gold: str, *flags: str) -> None:
    out = Path(tempfile.mkdtemp()) / "pred.jsonl"
    with out.open("w", encoding="utf-8") as fh:
        for path in sorted(Path(folder).rglob("*.txt")):
            doc_id = path.relative_to(folder).with_suffix("").as_posix()
            doc, facts = process_text(path.read_text(encoding="utf-8"), doc_id)
            fh.write(json.dumps(gold_record(doc, facts), ensure_ascii=False) + "\n")
    scorer = Path(gold).resolve().parent / "score.py"
    subprocess.run([sys.executable, str(scorer), gold, str(out), *flags], check=False)


if __name__ == "__main__":
    main(*sys.argv[1:])
