"""Running triage over many logs: in this process, on a pool of worker processes, or (see
dask_backend) on a Dask cluster. Results stream back as batches finish."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait

from errkb.kb.knowledge_base import KnowledgeBase
from errkb.triage.batches import batches
from errkb.triage.model import LogResult
from errkb.triage.worker import KnowledgeBaseSpec, triage_batch, triage_log

__all__ = ["Progress", "default_jobs", "run_local"]

#: Called with the number of logs just finished.
Progress = Callable[[int], None]
#: Batches queued per worker: enough to keep each busy, few enough that memory stays bounded.
_QUEUED_PER_WORKER = 2


def default_jobs() -> int:
    return max(1, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else 1)


def run_local(
    kb: KnowledgeBase,
    files: list[str],
    *,
    jobs: int = 1,
    progress: Progress | None = None,
) -> Iterator[LogResult]:
    """Triage `files` with `jobs` worker processes (1: in this process)."""
    if jobs <= 1 or len(files) <= 1:
        for path in files:
            yield triage_log(kb, path)
            if progress:
                progress(1)
        return
    spec = KnowledgeBaseSpec.of(kb)
    pending: set[Future[list[LogResult]]] = set()
    todo = batches(files)
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        while True:
            while len(pending) < jobs * _QUEUED_PER_WORKER:
                batch = next(todo, None)
                if batch is None:
                    break
                pending.add(pool.submit(triage_batch, spec, batch))
            if not pending:
                return
            done, pending = wait(pending, return_when=FIRST_COMPLETED)
            for future in done:
                results = future.result()
                yield from results
                if progress:
                    progress(len(results))
