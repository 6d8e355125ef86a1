"""The ``thidua`` command line timed as subprocesses: an ingest with the peak memory of its
whole process tree and its progress over time, and the cold start of a query beside
``python -c "import duckdb"``.

Progress comes from ``thidua ingest --log-json`` (when the command has it): each file's line
is stamped as it arrives, that is when the writer takes the file's outcome. So the ingest's
wall time splits into start-up (until the first file), the files by quarter (docs/s in each:
a falling rate means the run slows down as it grows), and the tail after the last file
(entity resolution, the run row, closing the store).
"""

from __future__ import annotations

import functools
import resource
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

from benchmarks.memory import TreeSampler
from benchmarks.paths import ROOT, remove_store


def thidua_command() -> list[str]:
    """The ``thidua`` script of the running interpreter's environment."""
    script = Path(sys.executable).with_name("thidua")
    if script.exists():
        return [str(script)]
    return [sys.executable, "-c", "from pipeline.cli import main; main()"]


@functools.cache
def has_log_json() -> bool:
    """Whether this ``thidua ingest`` has the ``--log-json`` option."""
    help_text = subprocess.run([*thidua_command(), "ingest", "--help"], cwd=ROOT, capture_output=True, text=True)
    return "--log-json" in help_text.stdout


class StderrTimes(threading.Thread):
    """Read a process's standard error line by line; stamp each JSON ``file`` event as it arrives
    and keep the first few other lines."""

    def __init__(self, stream):
        super().__init__(daemon=True)
        self.stream, self.file_times, self.other = stream, [], []

    def run(self) -> None:
        for raw in self.stream:
            line = raw.decode("utf-8", errors="replace").rstrip("\n")
            if line.startswith('{"event": "file"'):
                self.file_times.append(time.perf_counter())
            elif line.strip() and len(self.other) < 5 and not line.startswith("{"):
                self.other.append(line)


def ingest(folder: Path, db: Path, workers: int | None = None, fresh: bool = True) -> dict:
    """Run ``thidua ingest <folder> --db <db>``: wall and CPU seconds, exit code, summary, peak memory,
    progress."""
    if fresh:
        remove_store(db)
    command = [*thidua_command(), "ingest", str(folder), "--db", str(db)]
    command += (["--workers", str(workers)] if workers else []) + (["--log-json"] if has_log_json() else [])
    with tempfile.TemporaryFile() as out:
        cpu_before = children_cpu()
        started = time.perf_counter()
        proc = subprocess.Popen(command, cwd=ROOT, stdout=out, stderr=subprocess.PIPE)
        reader = StderrTimes(proc.stderr)
        reader.start()
        with TreeSampler(proc.pid) as sampler:
            code = proc.wait()
        ended = time.perf_counter()
        cpu = children_cpu() - cpu_before
        reader.join()
        stdout = read_back(out)
    figures = sampler.figures()
    # the tree's own CPU count also has the workers, whose parent (a fork server) nobody waits for
    cpu = max(cpu, figures.pop("cpu_s") or 0.0)
    return {"seconds": round(ended - started, 3), "cpu_s": round(cpu, 2), "exit_code": code,
            "summary": stdout.strip().splitlines()[:3],
            "stderr_head": reader.other, **figures, "progress": progress(started, reader.file_times, ended)}


def children_cpu() -> float:
    """User + system CPU seconds of the finished child processes (and theirs) so far: less
    sensitive than wall time to other work on a shared machine."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def progress(started: float, times: list[float], ended: float) -> dict:
    """Start-up seconds, docs/s in each quarter of the files, and seconds after the last file."""
    if len(times) < 4:
        return {}
    n = len(times)
    marks = [times[0]] + [times[n * q // 4 - 1] for q in (1, 2, 3, 4)]
    rates = [round((n * q // 4 - n * (q - 1) // 4) / max(b - a, 1e-9), 1)
             for q, (a, b) in enumerate(zip(marks, marks[1:], strict=False), start=1)]
    return {"files": n, "startup_s": round(times[0] - started, 2), "quarter_docs_per_s": rates,
            "tail_s": round(ended - times[-1], 2)}


def read_back(file) -> str:
    file.seek(0)
    return file.read().decode("utf-8", errors="replace")


def run_seconds(command: list[str]) -> tuple[float, int]:
    """Wall seconds and exit code of ``command`` (output discarded)."""
    started = time.perf_counter()
    code = subprocess.run(command, cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL).returncode
    return time.perf_counter() - started, code


def cold_query(db: Path, body: str = "noi chinh", repeats: int = 5) -> dict:
    """Median wall time of a fresh ``thidua chairs --body <body>`` and of ``python -c "import duckdb"``,
    run alternately so that both see the same machine load."""
    chairs = [*thidua_command(), "chairs", "--body", body, "--db", str(db)]
    baseline = [sys.executable, "-c", "import duckdb"]
    chairs_runs, baseline_runs, codes = [], [], set()
    for _ in range(repeats):
        seconds, code = run_seconds(chairs)
        chairs_runs.append(seconds)
        codes.add(code)
        baseline_runs.append(run_seconds(baseline)[0])
    chairs_s, baseline_s = statistics.median(chairs_runs), statistics.median(baseline_runs)
    return {"body": body, "repeats": repeats, "chairs_median_s": round(chairs_s, 3),
            "import_duckdb_median_s": round(baseline_s, 3), "ratio": round(chairs_s / baseline_s, 2),
            "chairs_exit_codes": sorted(codes)}
