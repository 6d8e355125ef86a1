"""Peak memory of a process and all its descendants, sampled from ``/proc`` while it runs.

Three figures, in MiB:

- ``peak_pss_mib``: the largest sum of PSS (proportional set size: a page shared by n
  processes counts 1/n in each) seen over the tree: what the job really costs the machine;
- ``peak_rss_mib``: the largest sum of RSS seen (shared pages counted in every process);
- ``sum_hwm_mib``: the largest sum, over the processes alive at one sample, of each one's own
  high-water mark (``VmHWM``): an upper bound that also catches peaks between two samples (for
  a tree whose processes all live to the end, the sum of every process's high-water mark);
  ``max_hwm_mib``: the largest single process; ``root_hwm_mib``: the process started (for
  ``thidua ingest``, the writer), the rest being workers (replaced every few thousand files)
  and the server they are forked from;
- ``cpu_s``: user + system CPU seconds of every process seen in the tree (the last reading of
  each), which also counts processes the started one never waits for.

Read from ``/proc`` directly (Linux): psutil is not a pinned dependency and does not expose
``VmHWM``. Elsewhere the figures are ``None``.
"""

from __future__ import annotations

import os
import threading
from pathlib import Path

PROC = Path("/proc")
TICKS = os.sysconf("SC_CLK_TCK") if hasattr(os, "sysconf") else 100


def parent_of(pid: int) -> int | None:
    """The parent pid of ``pid`` from ``/proc/<pid>/stat`` (None when it is gone)."""
    try:
        stat = (PROC / str(pid) / "stat").read_text()
    except OSError:
        return None
    return int(stat.rsplit(")", 1)[1].split()[1])


def process_tree(root: int) -> list[int]:
    """``root`` and every process descending from it."""
    parents = {int(p.name): parent_of(int(p.name)) for p in PROC.iterdir() if p.name.isdigit()}
    tree, frontier = [root], [root]
    while frontier:
        frontier = [pid for pid, parent in parents.items() if parent in frontier]
        tree.extend(frontier)
    return tree


def read_kib(path: Path, keys: tuple[str, ...]) -> dict[str, int]:
    """``{key: kB}`` for the ``key: N kB`` lines of a ``/proc`` file (empty when it is gone)."""
    try:
        lines = path.read_text().splitlines()
    except OSError:
        return {}
    fields = (line.split(":", 1) for line in lines if ":" in line)
    return {k: int(v.split()[0]) for k, v in fields if k in keys}


def usage(pid: int) -> dict[str, int]:
    """``Rss``, ``Pss`` and ``VmHWM`` of one process, in KiB, and ``cpu``: its user + system
    CPU time so far, in clock ticks."""
    return {**read_kib(PROC / str(pid) / "smaps_rollup", ("Rss", "Pss")),
            **read_kib(PROC / str(pid) / "status", ("VmHWM",)), **cpu_ticks(pid)}


def cpu_ticks(pid: int) -> dict[str, int]:
    try:
        fields = (PROC / str(pid) / "stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return {}
    return {"cpu": int(fields[11]) + int(fields[12])}  # utime, stime


class TreeSampler:
    """Sample the memory of ``pid``'s process tree every ``interval`` seconds, in a thread.

    >>> with TreeSampler(proc.pid) as sampler:   # doctest: +SKIP
    ...     proc.wait()
    >>> sampler.figures()["peak_pss_mib"]        # doctest: +SKIP
    """

    def __init__(self, pid: int, interval: float = 0.2):
        self.pid, self.interval = pid, interval
        self.peak_pss = self.peak_rss = self.peak_hwm_sum = 0
        self.hwm: dict[int, int] = {}
        self.cpu: dict[int, int] = {}
        self.stopped = threading.Event()
        self.thread = threading.Thread(target=self.loop, daemon=True)

    def __enter__(self) -> TreeSampler:
        if PROC.is_dir():
            self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.stopped.set()
        if self.thread.is_alive():
            self.thread.join()

    def loop(self) -> None:
        while not self.stopped.is_set():
            self.sample()
            self.stopped.wait(self.interval)

    def sample(self) -> None:
        tree = {pid: usage(pid) for pid in process_tree(self.pid)}
        self.peak_pss = max(self.peak_pss, sum(u.get("Pss", 0) for u in tree.values()))
        self.peak_rss = max(self.peak_rss, sum(u.get("Rss", 0) for u in tree.values()))
        self.peak_hwm_sum = max(self.peak_hwm_sum, sum(u.get("VmHWM", 0) for u in tree.values()))
        for pid, u in tree.items():
            self.hwm[pid] = max(self.hwm.get(pid, 0), u.get("VmHWM", 0))
            self.cpu[pid] = max(self.cpu.get(pid, 0), u.get("cpu", 0))

    def figures(self) -> dict[str, float | int | None]:
        if not self.hwm:
            return {key: None for key in ("peak_pss_mib", "peak_rss_mib", "sum_hwm_mib", "max_hwm_mib",
                                          "root_hwm_mib", "cpu_s")} | {"processes": 0}
        return {"peak_pss_mib": mib(self.peak_pss), "peak_rss_mib": mib(self.peak_rss),
                "sum_hwm_mib": mib(self.peak_hwm_sum), "max_hwm_mib": mib(max(self.hwm.values())),
                "root_hwm_mib": mib(self.hwm.get(self.pid, 0)), "processes": len(self.hwm),
                "cpu_s": round(sum(self.cpu.values()) / TICKS, 2)}


def mib(kib: int) -> float:
    return round(kib / 1024, 1)
