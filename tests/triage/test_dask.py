"""The same triage on a Dask cluster (a LocalCluster on 127.0.0.1 with two worker processes)."""

from __future__ import annotations

from pathlib import Path

import pytest

import errkb
from errkb.triage.runner import run_local
from errkb.triage.sources import expand_sources
from errkb.triage.summary import summarise

distributed = pytest.importorskip("distributed", reason="skipped: dask.distributed not installed")


def test_dask_gives_the_answer_a_single_process_gives(fleet: Path) -> None:
    from errkb.triage.dask_backend import run_dask

    kb = errkb.KnowledgeBase(fuzzy=False)
    files = expand_sources([str(fleet)]).files
    local = summarise(run_local(kb, files, jobs=1))
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, host="127.0.0.1", dashboard_address=None,
        processes=True,
    ) as cluster:  # fmt: skip
        done: list[int] = []
        on_dask = summarise(run_dask(kb, files, cluster.scheduler_address, progress=done.append))
    assert sum(done) == len(files)
    assert [(k.record_id, k.logs, k.occurrences) for k in on_dask.known] == [
        (k.record_id, k.logs, k.occurrences) for k in local.known
    ]
    assert [c.id for c in on_dask.clusters] == [c.id for c in local.clusters]
