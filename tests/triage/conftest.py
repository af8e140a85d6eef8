"""A small fleet of logs: known failures in several logs, one unknown failure with varying
values in three, a compressed copy of each kind, and a file that is not a log."""

from __future__ import annotations

import gzip
import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
DEMO_LOG = REPO / "examples" / "ci-build.log"


def _unknown_log(n: int) -> str:
    return (
        f"2026-11-0{n} 09:00:00 job {n} starting\n"
        f"2026-11-0{n} 09:00:05 ERROR replica sync to shard-{n} failed after {n * 3} attempts\n"
        "ModuleNotFoundError: No module named 'yaml'\n"
    )


@pytest.fixture
def fleet(tmp_path: Path) -> Path:
    root = tmp_path / "fleet"
    (root / "nightly").mkdir(parents=True)
    (root / "ci-build.log").write_bytes(DEMO_LOG.read_bytes())
    for n in (1, 2, 3):
        (root / "nightly" / f"run-{n}.log").write_text(_unknown_log(n), encoding="utf-8")
    (root / "nightly" / "run-4.log.gz").write_bytes(gzip.compress(_unknown_log(4).encode()))
    (root / "clean.log").write_text("2026-11-05 10:00:00 all good\n", encoding="utf-8")
    (root / "core.bin").write_bytes(b"\x7fELF" + bytes(range(256)) * 8)
    # modification times that differ from the logs' own timestamps
    for path in root.rglob("*"):
        if path.is_file():
            os.utime(path, (1_700_000_000, 1_700_000_000))
    return root
