"""Where the benchmark reads and writes, relative to the repository root."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SHARED_BENCH = ROOT.parent / "shared" / "bench"
BENCH_JSONL = SHARED_BENCH / "vntc-20k.jsonl.gz"
DATA = ROOT / "bench-data"  # git-ignored work folder
CORPUS = ROOT / "corpus"


def shown(path: Path) -> str:
    """``path`` relative to the repository root when it is inside it (for reports)."""
    try:
        return path.resolve().relative_to(ROOT).as_posix()
    except ValueError:
        return str(path)


def remove_store(db: Path) -> None:
    """Delete a DuckDB store, its write-ahead log and its writer lock file."""
    for path in (db, db.with_name(db.name + ".wal"), db.with_name(db.name + ".lock")):
        path.unlink(missing_ok=True)
