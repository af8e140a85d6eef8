"""Files grouped into batches of similar weight: one task per batch keeps a pool or a Dask
cluster busy without paying a task's overhead for every small log."""

from __future__ import annotations

import os
from collections.abc import Iterator

__all__ = ["BATCH_BYTES", "BATCH_FILES", "batches"]

BATCH_FILES = 32
BATCH_BYTES = 64 << 20


def _size(path: str) -> int:
    try:
        return os.stat(path).st_size
    except OSError:
        return 0  # the worker reports why it cannot be read


def batches(
    files: list[str], *, max_files: int = BATCH_FILES, max_bytes: int = BATCH_BYTES
) -> Iterator[list[str]]:
    """`files` in order, cut whenever a batch would pass `max_files` or `max_bytes`."""
    batch: list[str] = []
    weight = 0
    for path in files:
        size = _size(path)
        if batch and (len(batch) >= max_files or weight + size > max_bytes):
            yield batch
            batch, weight = [], 0
        batch.append(path)
        weight += size
    if batch:
        yield batch
