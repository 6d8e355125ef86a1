"""Run the benchmark: both corpora, every measure side by side in one run; print the report
table and write it as JSON (``bench-data/report.json``, or ``report-<N>.json`` with ``--limit``).

    bash scripts/bench.sh                                   # set up, then the full default run
    .venv/bin/python -m benchmarks.run --limit 1000         # a quick run on 1,000 documents
    .venv/bin/python -m benchmarks.run --only domain --skip-naive --workers 2

See benchmarks/README.md for what each figure means.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import platform
import subprocess
import sys
import time
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from benchmarks import cli, quality, report, single, stages
from benchmarks.domain import DEFAULT_COUNT, build_domain
from benchmarks.materialize import load_index, materialize
from benchmarks.paths import BENCH_JSONL, DATA, ROOT, shown
from pipeline.discover import discover

FULL_SMALL = 5000  # documents of the smaller ingest for the memory comparison


@dataclass(frozen=True)
class Options:
    limit: int | None = None  # documents per corpus (default: all 20,000 and 5,000)
    only: str | None = None  # "vntc" or "domain"
    skip_naive: bool = False
    workers: int = 0  # 0: one per core, as `thidua ingest` does
    naive_sample: int = 300
    stage_sample: int = 500
    small: int | None = None  # documents of the memory comparison run
    repeats: int = 5  # cold query runs (median)
    source: Path = BENCH_JSONL
    data: Path = DATA  # where corpora and stores go

    @property
    def cores(self) -> int:
        return self.workers or os.cpu_count() or 1


STARTED = time.perf_counter()


def log(message: str) -> None:
    print(f"[{time.perf_counter() - STARTED:7.1f} s] {message}", file=sys.stderr, flush=True)


def corpus_chars(folder: Path) -> tuple[int, int]:
    """Documents and NFC characters of a folder's readable files."""
    texts = [single.read_text(src.path) for src in discover([folder])]
    return sum(t is not None for t in texts), sum(len(t) for t in texts if t)


def timed_ingest(folder: Path, db: Path, opts: Options, docs: int, chars: int, fresh: bool = True) -> dict:
    """``thidua ingest`` of ``folder`` with its throughput over ``docs`` documents of ``chars`` characters."""
    run = cli.ingest(folder, db, opts.workers or None, fresh=fresh)
    return {**run, **single.rates(docs, chars, run["seconds"], opts.cores)}


def measure_corpus(name: str, folder: Path, opts: Options, small_folder: Path | None = None) -> dict:
    """Every measure on one corpus folder: the floor and the ingests back to back, then the rest."""
    files = discover([folder])
    db = opts.data / "stores" / f"{folder.name}.duckdb"
    c: dict = {"folder": shown(folder), "files": len(files), "store_path": shown(db)}
    log(f"{name}: (a) floor over {len(files)} files")
    c["floor"] = single.floor(files)
    c.update(measure_ingests(name, folder, db, opts, c["floor"], small_folder))
    c.update(measure_in_process(name, files, opts, c["floor"]["chars"], db.with_name(f"{folder.name}-stages.duckdb")))
    return c


def measure_ingests(name: str, folder: Path, db: Path, opts: Options, floor: dict,
                    small_folder: Path | None = None) -> dict:
    """A fresh ingest, the smaller one of the memory comparison, a re-ingest of the unchanged
    files, what the store holds, cold queries on it.

    The two fresh ingests run back to back, before this process opens a store or loads more
    libraries: a library page this process maps too counts only half in the ingest's PSS, so
    both must find this process alike."""
    log(f"{name}: (b) thidua ingest, {opts.cores} workers")
    figures = {"ingest": timed_ingest(folder, db, opts, floor["docs"], floor["chars"])}
    if small_folder:
        figures["memory_small"] = measure_small(name, small_folder, opts)
    log(f"{name}: re-ingest of the unchanged files")
    figures["reingest"] = timed_ingest(folder, db, opts, floor["docs"], floor["chars"], fresh=False)
    figures.update(store_figures(name, folder, db))
    log(f"{name}: cold queries")
    figures["query"] = cli.cold_query(db, repeats=opts.repeats)
    return figures


def measure_in_process(name: str, files: list, opts: Options, corpus_chars: int, stage_db: Path) -> dict:
    """The naive baseline (c) and the per-stage times, on samples, in this process."""
    figures = {}
    if not opts.skip_naive:
        log(f"{name}: (c) naive baseline on {opts.naive_sample} files")
        figures["naive"] = single.naive(single.sample(files, opts.naive_sample), corpus_chars)
    log(f"{name}: stages on {opts.stage_sample} files")
    figures["stages"] = stages.stages(single.sample(files, opts.stage_sample), stage_db)
    return figures


def store_figures(name: str, folder: Path, db: Path) -> dict:
    figures = {"store": quality.store_counts(db)}
    if name == "vntc":
        figures["false_positives"] = quality.false_positives(db, load_index(folder))
    return figures


def measure_small(name: str, folder: Path, opts: Options) -> dict:
    """A fresh ingest of a smaller corpus, to compare peak memory with the full one."""
    docs, chars = corpus_chars(folder)
    log(f"{name}: ingest of {docs} files for the memory comparison")
    return {"folder": shown(folder), "docs": docs, "chars": chars,
            "ingest": timed_ingest(folder, opts.data / "stores" / f"{folder.name}.duckdb", opts, docs, chars)}


def small_size(opts: Options, size: int) -> int:
    return opts.small or (FULL_SMALL if size >= 2 * FULL_SMALL else max(size // 4, 1))


def prepare_vntc(opts: Options) -> tuple[Path, Path]:
    """The bench folder and the smaller one for the memory comparison (materialised when missing)."""
    log("materialising the bench articles")
    limit = opts.limit
    folder = materialize(vntc_folder(opts, limit), limit, opts.source)
    size = len(load_index(folder))
    small = small_size(opts, size)
    return folder, materialize(vntc_folder(opts, small), small, opts.source)


def vntc_folder(opts: Options, limit: int | None) -> Path:
    return opts.data / ("vntc" if limit is None else f"vntc-{limit}")


def prepare_domain(opts: Options) -> Path:
    count = min(opts.limit or DEFAULT_COUNT, DEFAULT_COUNT)
    log(f"building the domain-dense corpus ({count} documents)")
    return build_domain(opts.data / ("domain" if count == DEFAULT_COUNT else f"domain-{count}"), count)


def git_state() -> str:
    """The commit and whether the tree has uncommitted changes."""
    def git(*args: str) -> str:
        return subprocess.run(["git", *args], cwd=ROOT, capture_output=True, text=True).stdout.strip()

    dirty = " (uncommitted changes)" if git("status", "--porcelain") else ""
    return (git("rev-parse", "--short", "HEAD") or "?") + dirty


def code_digest() -> str:
    """A digest of the code being measured (pipeline/, extractors/, schemas/), to tell whether it
    changed while the benchmark ran (several people work in the same tree)."""
    digest = hashlib.sha256()
    for folder in ("pipeline", "extractors", "schemas"):
        for path in sorted((ROOT / folder).rglob("*")):
            if path.is_file() and "__pycache__" not in path.parts:
                digest.update(path.relative_to(ROOT).as_posix().encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:12]


def metadata(opts: Options) -> dict:
    from extractors import versions

    return {"started": datetime.now().isoformat(timespec="seconds"), "git": git_state(),
            "extractors": versions(), "python": platform.python_version(), "cpus": os.cpu_count(),
            "cores_used": opts.cores, "load_before": [round(x, 2) for x in os.getloadavg()],
            "code_before": code_digest(),
            "options": {k: str(v) for k, v in vars(opts).items()}}


def run_benchmark(opts: Options) -> dict:
    """Measure the corpora ``opts`` asks for; return the report (figures, ratios, targets)."""
    started = time.perf_counter()
    meta, corpora = metadata(opts), {}
    if opts.only in (None, "vntc"):
        folder, small = prepare_vntc(opts)
        corpora["vntc"] = measure_corpus("vntc", folder, opts, small_folder=small)
    if opts.only in (None, "domain"):
        corpora["domain"] = measure_corpus("domain", prepare_domain(opts), opts)
    meta.update(load_after=[round(x, 2) for x in os.getloadavg()], code_after=code_digest(),
                elapsed_s=round(time.perf_counter() - started, 1))
    derived = report.ratios(corpora)
    return {"meta": meta, "corpora": corpora, "ratios": derived, "targets": report.targets(derived)}


def parse_args(argv: list[str] | None) -> tuple[Options, Path | None]:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--limit", type=int, help="documents per corpus (default: 20,000 bench, 5,000 domain)")
    parser.add_argument("--only", choices=("vntc", "domain"), help="measure one corpus only")
    parser.add_argument("--skip-naive", action="store_true", help="leave out the naive baseline (c)")
    parser.add_argument("--workers", type=int, default=0, help="ingest worker processes (0: one per core)")
    parser.add_argument("--naive-sample", type=int, default=300, help="documents of the naive baseline sample")
    parser.add_argument("--stage-sample", type=int, default=500, help="documents of the per-stage sample")
    parser.add_argument("--small", type=int, help="documents of the memory comparison ingest (default 5,000)")
    parser.add_argument("--repeats", type=int, default=5, help="runs of each cold query (median)")
    parser.add_argument("--source", type=Path, default=BENCH_JSONL, help="the bench JSONL (gzip)")
    parser.add_argument("--out", type=Path, help="the JSON report (default: bench-data/report[-N].json)")
    args = parser.parse_args(argv)
    opts = Options(limit=args.limit, only=args.only, skip_naive=args.skip_naive, workers=args.workers,
                   naive_sample=args.naive_sample, stage_sample=args.stage_sample, small=args.small,
                   repeats=args.repeats, source=args.source)
    return opts, args.out


def main(argv: list[str] | None = None) -> None:
    opts, out = parse_args(argv)
    if opts.only != "domain" and not opts.source.exists():
        sys.exit(f"bench: no bench corpus at {opts.source} (see benchmarks/README.md)")
    result = run_benchmark(opts)
    out = out or opts.data / ("report.json" if opts.limit is None else f"report-{opts.limit}.json")
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(result, ensure_ascii=False, indent=1, default=str) + "\n", encoding="utf-8")
    table = report.format_report(result)
    out.with_suffix(".txt").write_text(table + "\n", encoding="utf-8")
    print(table)
    print(f"\nreport written to {shown(out)} (and {shown(out.with_suffix('.txt'))})")


if __name__ == "__main__":
    main()
