"""Time per stage, in this process, on a sample of files.

The real ``pipeline.ingest_work.process_file`` runs on every file with timers patched around
the functions it calls (read, normalise, the cascade's relevance test, segment, extract and
each registered extractor, the evidence check, the rows), so the figures follow the pipeline
as it is today; a function that is renamed or removed just drops out of the table, and the
time spent elsewhere in ``process_file`` shows as ``other``. The outcomes are then written to a
fresh store by the real ``pipeline.ingest.ingest`` with its engine replaced by them (see
``load_store``).
"""

from __future__ import annotations

import dataclasses
import importlib
import time
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import ExitStack, contextmanager
from pathlib import Path
from unittest import mock

from benchmarks.paths import remove_store
from benchmarks.single import rates, read_text
from pipeline.discover import SourceFile

# (module, function, stage) timed while process_file runs; ``process`` itself is not wrapped
# since its parts are.
PATCHES = (
    ("pipeline.read", "read_file", "read"),
    ("pipeline.process", "normalize", "normalize"),
    ("pipeline.process", "is_relevant", "cascade"),
    ("pipeline.process", "segment", "segment"),
    ("pipeline.process", "extract", "extract"),
    ("pipeline.process", "check_evidence", "check_evidence"),
    ("pipeline.load", "document_rows", "rows"),
)
TOTAL = "process_file"
STORE_TOTAL = "ingest"
STORE_PARTS = ("load", "resolve")


class Clock:
    """Seconds spent and calls made per named stage."""

    def __init__(self):
        self.seconds: Counter[str] = Counter()
        self.calls: Counter[str] = Counter()

    def call(self, stage: str, func: Callable, *args, **kwargs):
        started = time.perf_counter()
        try:
            return func(*args, **kwargs)
        finally:
            self.seconds[stage] += time.perf_counter() - started
            self.calls[stage] += 1

    def wrap(self, stage: str, func: Callable) -> Callable:
        return lambda *args, **kwargs: self.call(stage, func, *args, **kwargs)


@contextmanager
def stage_timers(clock: Clock) -> Iterator[None]:
    """Patch a timer around each function of ``PATCHES`` that exists, and around each extractor."""
    from extractors import load_rules

    registry = load_rules()  # every rule module registered before the registry is patched

    with ExitStack() as stack:
        for module_name, attr, stage in PATCHES:
            module = importlib.import_module(module_name)
            if hasattr(module, attr):
                stack.enter_context(mock.patch.object(module, attr, clock.wrap(stage, getattr(module, attr))))
        timed = {name: dataclasses.replace(spec, func=timed_extractor(clock, name, spec.func))
                 for name, spec in registry.items()}
        stack.enter_context(mock.patch.dict(registry, timed))
        yield


def timed_extractor(clock: Clock, name: str, func: Callable) -> Callable:
    """The extractor ``func`` run to the end (it may be a generator) on the clock as ``extract:<name>``."""
    return lambda ctx: clock.call(f"extract:{name}", lambda: list(func(ctx)))


def stages(files: list[SourceFile], db: Path, run_id: str = "bench") -> dict:
    """Per-stage seconds of ``process_file`` over ``files``, then of loading them into a fresh ``db``."""
    from extractors import versions as extractor_versions
    from pipeline.ingest_work import process_file

    versions = extractor_versions()
    chars = sum(len(read_text(src.path) or "") for src in files)
    warmup = warm_up(files[:3], versions)
    clock = Clock()
    with stage_timers(clock):
        outcomes = [clock.call(TOTAL, process_file, src, versions, run_id) for src in files]
    load_store(clock, files, db, outcomes)
    failed = [o.error for o in outcomes if o.error]
    return {"docs": len(files), "chars": chars, "errors": dict(Counter(e["code"] for e in failed)),
            "error_examples": {e["code"]: e["message"][:200] for e in reversed(failed)},
            "warmup_seconds": round(warmup, 2), **stage_table(clock, len(files), chars)}


WARMUP_TEXT = ("Khối thi đua các bộ, ngành Nội chính Trung ương tổng kết công tác thi đua, khen thưởng năm 2022. "
               "Bộ Tư pháp làm Khối trưởng, Bộ Công an làm Khối phó. Ông Nguyễn Văn An, Thứ trưởng Bộ Tư pháp, "
               "được tặng Bằng khen của Thủ tướng Chính phủ.")


def warm_up(files: list[SourceFile], versions: dict[str, str]) -> float:
    """Load the models off the clock (they load on first use): a text every stage and extractor
    works on, then a few files. Returns the seconds it took."""
    from pipeline.ingest_work import process_file
    from pipeline.process import process_text

    started = time.perf_counter()
    process_text(WARMUP_TEXT)
    for src in files:
        process_file(src, versions, "warmup")
    return time.perf_counter() - started


def load_store(clock: Clock, files: list[SourceFile], db: Path, outcomes: list) -> None:
    """Run the real ``pipeline.ingest.ingest`` of ``files`` into a fresh ``db``, its engine replaced
    by the outcomes already computed: ``load`` (``load_all``), ``resolve`` (``rebuild_entities``) and
    ``store_other`` (the run rows, the plan, the lock) are what writing them costs."""
    from pipeline import ingest

    remove_store(db)
    with ExitStack() as stack:
        stack.enter_context(mock.patch.object(ingest, "local_outcomes", lambda *args, **kwargs: iter(outcomes)))
        for attr, stage in (("load_all", "load"), ("rebuild_entities", "resolve")):
            if hasattr(ingest, attr):
                stack.enter_context(mock.patch.object(ingest, attr, clock.wrap(stage, getattr(ingest, attr))))
        clock.call(STORE_TOTAL, ingest.ingest, [src.path for src in files], db, workers=1)


def stage_table(clock: Clock, docs: int, chars: int) -> dict:
    """``{"stages": {name: {seconds, share, calls, chars_per_s}}}``: the parts of ``process_file``,
    ``other`` (the rest of it), ``load``, ``resolve`` and ``store_other``, then each extractor
    (inside ``extract``)."""
    seconds = dict(clock.seconds)
    total_file, total_store = seconds.pop(TOTAL, 0.0), seconds.pop(STORE_TOTAL, 0.0)
    parts = {k: v for k, v in seconds.items() if not k.startswith("extract:") and k not in STORE_PARTS}
    seconds["other"] = max(total_file - sum(parts.values()), 0.0)
    if total_store:
        seconds["store_other"] = max(total_store - sum(seconds.get(k, 0.0) for k in STORE_PARTS), 0.0)
    total = total_file + total_store
    order = [*parts, "other", *STORE_PARTS, "store_other", *sorted(k for k in seconds if k.startswith("extract:"))]
    table = {name: {"seconds": round(s, 3), "share": round(s / (total or 1e-9), 3), "calls": clock.calls.get(name),
                    "chars_per_s": round(chars / s) if s else None}
             for name, s in ((name, seconds[name]) for name in order if name in seconds)}
    return {"stages": table, **rates(docs, chars, total)}
