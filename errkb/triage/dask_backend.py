"""Triage on a Dask cluster (the `dask` extra): one task per batch of logs; each worker builds
the knowledge base once, from its on-disk index cache, and keeps it for every later batch.

The logs must be readable at the same paths on the workers (a shared volume, or a
LocalCluster on this machine)."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from errkb.kb.knowledge_base import KnowledgeBase
from errkb.triage.batches import batches
from errkb.triage.model import LogResult
from errkb.triage.runner import Progress
from errkb.triage.worker import KnowledgeBaseSpec, triage_batch

__all__ = ["DaskUnavailable", "run_dask"]


class DaskUnavailable(RuntimeError):
    """dask.distributed is not installed (the `dask` extra)."""


def run_dask(
    kb: KnowledgeBase,
    files: list[str],
    scheduler: Any,
    *,
    progress: Progress | None = None,
) -> Iterator[LogResult]:
    """Triage `files` on the cluster at `scheduler` (an address such as
    ``tcp://10.0.0.5:8786``, or a `distributed` cluster object)."""
    try:
        from distributed import Client, as_completed
    except ImportError as exc:
        raise DaskUnavailable("--dask needs dask.distributed: pip install 'errkb[dask]'") from exc
    spec = KnowledgeBaseSpec.of(kb)
    with Client(scheduler) as client:  # type: ignore[no-untyped-call]
        work = list(batches(files))
        futures = client.map(triage_batch, [spec] * len(work), work, pure=False)
        for future in as_completed(futures):  # type: ignore[no-untyped-call]
            results: list[LogResult] = future.result()
            yield from results
            if progress:
                progress(len(results))
            future.release()
