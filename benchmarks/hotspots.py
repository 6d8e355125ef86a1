"""Profile ``process_file`` over a sample of a corpus with cProfile: the share of each stage
(as in ``benchmarks.stages``) and the functions with the most own and cumulative time.

    .venv/bin/python -m benchmarks.hotspots --corpus vntc --sample 200
    .venv/bin/python -m benchmarks.hotspots --corpus domain --sample 200 --top 30

Writes ``bench-data/profile-<corpus>.prof`` (for snakeviz or pstats) and ``.txt``. The corpus
folder must exist (``benchmarks.materialize`` / ``benchmarks.domain``). Run it on an otherwise
quiet machine, not beside the benchmark.
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import sys
from pathlib import Path

from benchmarks.paths import DATA, ROOT, shown
from benchmarks.report import human
from benchmarks.single import read_text, sample
from benchmarks.stages import Clock, stage_table, stage_timers
from pipeline.discover import discover


def profile_files(folder: Path, size: int) -> tuple[pstats.Stats, dict, cProfile.Profile]:
    """Profile ``process_file`` on a fixed sample of ``folder``; returns the stats and the stage table."""
    from extractors import versions as extractor_versions
    from pipeline.ingest_work import process_file

    files, versions = sample(discover([folder]), size), extractor_versions()
    for src in files[:3]:  # models load on first use: outside the profile
        process_file(src, versions, "profile")
    clock, profiler = Clock(), cProfile.Profile()
    with stage_timers(clock):
        profiler.enable()
        for src in files:
            clock.call("process_file", process_file, src, versions, "profile")
        profiler.disable()
    chars = sum(len(read_text(src.path) or "") for src in files)
    table = {"docs": len(files), "chars": chars, **stage_table(clock, len(files), chars)}
    return pstats.Stats(profiler), table, profiler


def where(func: tuple[str, int, str]) -> str:
    """``extractors/bodies.py:42 find_bodies``; library paths from their package folder on."""
    path, line, name = func
    text = path.replace(str(ROOT) + "/", "")
    if "site-packages/" in text:
        text = text.split("site-packages/", 1)[1]
    return f"{text}:{line} {name}" if line else name


def top_functions(stats: pstats.Stats, key: int, n: int) -> list[dict]:
    """The ``n`` functions with the largest own (``key`` 2) or cumulative (``key`` 3) time."""
    total = stats.total_tt or 1e-9
    mine = str(ROOT / "benchmarks")
    found = [item for item in stats.stats.items() if not item[0][0].startswith(mine)]  # leave out the timers
    rows = sorted(found, key=lambda item: item[1][key], reverse=True)[:n]
    return [{"function": where(func), "calls": calls, "own_s": round(own, 3), "cum_s": round(cum, 3),
             "own_share": round(own / total, 3), "cum_share": round(cum / total, 3)}
            for func, (_, calls, own, cum, _) in rows]


def format_hotspots(corpus: str, table: dict, own: list[dict], cumulative: list[dict]) -> str:
    lines = [f"{corpus}: {table['docs']} docs, {human(table['chars'])} chars, {table['seconds']} s in "
             f"process_file ({human(table['chars_per_s'])} chars/s, 1 proc, profiler on)", "stages:"]
    lines += [f"  {name:<24} {s['share'] * 100:6.1f} %  {s['seconds']:8.3f} s" for name, s in table["stages"].items()]
    for title, rows, field in (("own time", own, "own_share"), ("cumulative time", cumulative, "cum_share")):
        lines.append(f"top functions by {title} (share of the profiled time):")
        lines += [f"  {r[field] * 100:6.1f} %  {r['calls']:>9}  {r['function']}" for r in rows]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", default="vntc", help="a folder name under bench-data/ (vntc, domain, …)")
    parser.add_argument("--sample", type=int, default=200, help="documents to profile")
    parser.add_argument("--top", type=int, default=25, help="functions to list")
    args = parser.parse_args(argv)
    folder = DATA / args.corpus
    if not folder.is_dir():
        sys.exit(f"hotspots: no corpus at {shown(folder)}: run benchmarks.materialize or benchmarks.domain")
    stats, table, profiler = profile_files(folder, args.sample)
    text = format_hotspots(args.corpus, table, top_functions(stats, 2, args.top), top_functions(stats, 3, args.top))
    profiler.dump_stats(DATA / f"profile-{args.corpus}.prof")
    (DATA / f"profile-{args.corpus}.txt").write_text(text + "\n", encoding="utf-8")
    print(text)


if __name__ == "__main__":
    main()
