"""Development aid: extract facts from every file of a folder (no store) and score them.

usage: python scripts/score_folder.py FOLDER GOLD.jsonl [--errors]
"""

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from pipeline.discover import discover  # noqa: E402
from pipeline.evaluate import score, table  # noqa: E402
from pipeline.export import gold_record  # noqa: E402
from pipeline.process import process  # noqa: E402
from pipeline.read import read_file  # noqa: E402
from schemas.errors import IngestError  # noqa: E402


def main(folder: str, gold: str, *flags: str) -> None:
    golds = {d["doc_id"]: d for d in map(json.loads, filter(str.strip, open(gold, encoding="utf-8")))}
    preds = {}
    for src in discover([Path(folder)]):
        if src.doc_id in golds:
            try:
                doc, facts = process(read_file(src.path), src.doc_id, str(src.path))
            except IngestError as exc:
                print(f"{src.path}: {exc}", file=sys.stderr)
                continue
            preds[src.doc_id] = gold_record(doc, facts)
    counts, errors = score(golds, preds)
    if "--errors" in flags:
        for doc_id, kind, what, fact in errors:
            print(f"{doc_id}\t{kind}\t{what}\t{json.dumps(fact, ensure_ascii=False)}")
    print(table(counts))


if __name__ == "__main__":
    main(*sys.argv[1:])
