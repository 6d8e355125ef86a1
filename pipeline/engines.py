"""Where documents are processed: in this process, in a local process pool, or on a Dask
cluster. Every engine yields outcomes in the order of its input, so the store's contents do
not depend on the engine or the number of workers.

With Dask, workers read and extract; each document's rows are staged as Parquet files in a
folder every worker and the writer can reach (a shared file system on a real cluster), and the
single DuckDB writer loads them.
"""

from __future__ import annotations

import hashlib
import multiprocessing
import shutil
import tempfile
from collections import deque
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from functools import cache
from pathlib import Path

from pipeline.discover import SourceFile
from pipeline.ingest_work import Outcome, process_file

CHUNK = 8  # files a worker processes per task
IN_FLIGHT = 32  # tasks queued at once: memory stays flat however large the corpus
GENERATION = 2048  # files each worker processes before a fresh one replaces it


def local_outcomes(todo: list[SourceFile], versions: dict, run_id: str, workers: int) -> Iterator[Outcome]:
    """In this process, or in pools of ``workers`` processes when there is enough work.

    Workers are forked from a warmed-up server process (rules and models loaded once, their
    pages shared), and the pool is replaced by a fresh one every ``GENERATION`` files a worker:
    what a long-lived process accumulates (caches, a fragmented heap) stays what it is after a
    few thousand files, so memory is the same for 5,000 documents and for 500,000. One pool's
    workers exit before the next pool's start, so no more than ``workers`` are ever alive.
    """
    if workers <= 1 or len(todo) < 4 * workers:
        for src in todo:
            yield process_file(src, versions, run_id)
        return
    step = GENERATION * workers
    for start in range(0, len(todo), step):
        yield from pool_outcomes(todo[start : start + step], versions, run_id, workers)


@cache
def worker_context() -> multiprocessing.context.BaseContext:
    """Fork workers from a server process that has imported and warmed up the extraction code
    (``pipeline.warm_worker``), so a fresh worker starts in milliseconds with the shared pages
    of that process."""
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["__main__", "pipeline.warm_worker"])
    return context


def pool_outcomes(todo: list[SourceFile], versions: dict, run_id: str, workers: int) -> Iterator[Outcome]:
    """Outcomes of one pool, in input order, with at most ``IN_FLIGHT`` tasks queued."""
    chunks = (todo[i : i + CHUNK] for i in range(0, len(todo), CHUNK))
    with ProcessPoolExecutor(max_workers=workers, mp_context=worker_context()) as pool:
        pending: deque = deque()
        for chunk in chunks:
            pending.append(pool.submit(process_files, chunk, versions, run_id))
            if len(pending) >= IN_FLIGHT:
                yield from pending.popleft().result()
        while pending:
            yield from pending.popleft().result()


def process_files(chunk: list[SourceFile], versions: dict, run_id: str) -> list[Outcome]:
    return [process_file(src, versions, run_id) for src in chunk]


def stage_file(src: SourceFile, versions: dict, run_id: str, stage: str) -> Outcome:
    """Process one file on a Dask worker and stage its rows as Parquet (one file a table)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    outcome = process_file(src, versions, run_id)
    if outcome.error:
        return outcome
    folder = Path(stage) / hashlib.sha1(src.doc_id.encode()).hexdigest()
    folder.mkdir(parents=True, exist_ok=True)
    for table, rows in outcome.tables.items():
        pq.write_table(pa.Table.from_pylist(rows), folder / f"{table}.parquet")
    return Outcome(src, staged=str(folder))


def unstage(outcome: Outcome) -> Outcome:
    """Read a staged outcome's Parquet files back into rows (in the writer's process)."""
    import pyarrow.parquet as pq

    if not outcome.staged:
        return outcome
    tables = {p.stem: pq.read_table(p).to_pylist() for p in sorted(Path(outcome.staged).glob("*.parquet"))}
    shutil.rmtree(outcome.staged, ignore_errors=True)
    return Outcome(outcome.src, tables=tables)


def dask_outcomes(todo: list[SourceFile], versions: dict, run_id: str, workers: int,
                  scheduler: str | None = None, stage_dir: Path | None = None) -> Iterator[Outcome]:
    """On a Dask cluster: the scheduler at ``scheduler``, or a local cluster of ``workers`` processes."""
    from distributed import Client, LocalCluster

    stage = Path(stage_dir or tempfile.mkdtemp(prefix="thidua-stage-"))
    cluster = None if scheduler else LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                                                  dashboard_address=None)
    client = Client(scheduler or cluster)
    try:
        futures = client.map(stage_file, todo, versions=versions, run_id=run_id, stage=str(stage), pure=False)
        for future in futures:
            yield future.result()  # staged: the writer unstages it
    finally:
        client.close()
        if cluster:
            cluster.close()
        if not stage_dir:
            shutil.rmtree(stage, ignore_errors=True)
