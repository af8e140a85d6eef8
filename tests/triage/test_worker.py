"""Triage of one log: its incidents, the failure lines no record explains, when it ran."""

from __future__ import annotations

import gzip
from datetime import UTC, datetime
from pathlib import Path

import pytest

import errkb
from errkb.triage import worker
from errkb.triage.timestamps import first_timestamp
from errkb.triage.worker import KnowledgeBaseSpec, triage_batch, triage_log


@pytest.fixture(scope="module")
def kb() -> errkb.KnowledgeBase:
    return errkb.KnowledgeBase(fuzzy=False)


def test_the_demo_log_gives_its_incidents_and_no_line_they_explain_as_unknown(
    kb: errkb.KnowledgeBase, fleet: Path
) -> None:
    result = triage_log(kb, str(fleet / "ci-build.log"))
    expected = [i.record.id for i in kb.diagnose((fleet / "ci-build.log").read_bytes())]
    assert [i.record_id for i in result.incidents] == expected
    assert len(expected) == 5
    explained = {i.line for i in result.incidents}
    assert all(u.line not in explained for u in result.unknown)
    assert not any("exit code" in u.text for u in result.unknown)  # consequences are attached


def test_an_unknown_failure_is_kept_without_its_timestamp(
    kb: errkb.KnowledgeBase, fleet: Path
) -> None:
    result = triage_log(kb, str(fleet / "nightly" / "run-2.log"))
    assert [i.record_id for i in result.incidents] == ["python/module-not-found"]
    assert [u.text for u in result.unknown] == [
        "ERROR replica sync to shard-2 failed after 6 attempts"
    ]
    assert result.seen == datetime(2026, 11, 2, 9, 0, tzinfo=UTC)
    assert result.seen_from == "log"


def test_without_a_timestamp_the_modification_time_says_when(
    kb: errkb.KnowledgeBase, tmp_path: Path
) -> None:
    log = tmp_path / "plain.log"
    log.write_text("ModuleNotFoundError: No module named 'yaml'\n")
    result = triage_log(kb, str(log))
    assert result.seen_from == "mtime"
    assert result.seen == datetime.fromtimestamp(log.stat().st_mtime, UTC)


def test_a_repeated_unknown_line_comes_back_once_with_its_count(
    kb: errkb.KnowledgeBase, tmp_path: Path
) -> None:
    log = tmp_path / "noisy.log"
    lines = [f"ERROR lease renewal failed for node-{n % 60}" for n in range(600)]
    log.write_text("\n".join(lines) + "\n")
    result = triage_log(kb, str(log))
    assert len(result.unknown) == worker.MAX_UNKNOWN_PER_LOG
    assert all(u.count == 10 for u in result.unknown)
    assert result.unknown_dropped == 600 - 10 * worker.MAX_UNKNOWN_PER_LOG


def test_binary_truncated_and_missing_files_come_back_as_errors(
    kb: errkb.KnowledgeBase, fleet: Path, tmp_path: Path
) -> None:
    cut = tmp_path / "cut.log.gz"
    cut.write_bytes(gzip.compress(b"ERROR x\n" * 1000)[:40])
    assert triage_log(kb, str(fleet / "core.bin")).error == "binary file"
    assert triage_log(kb, str(cut)).error
    assert triage_log(kb, str(tmp_path / "gone.log")).error == "No such file or directory"


def test_a_log_read_in_parts_gives_what_it_gives_whole(
    kb: errkb.KnowledgeBase, fleet: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = str(fleet / "ci-build.log")
    whole = triage_log(kb, path)
    monkeypatch.setattr(worker, "STREAM_BYTES", 1024)
    parts = triage_log(kb, path)
    assert parts.incidents == whole.incidents
    assert parts.unknown == whole.unknown


def test_a_batch_builds_its_knowledge_base_once(fleet: Path) -> None:
    spec = KnowledgeBaseSpec((str(Path(errkb.__file__).parent.parent / "data"),))
    paths = [str(p) for p in sorted((fleet / "nightly").iterdir())]
    before = worker._worker_knowledge_base.cache_info()
    results = triage_batch(spec, paths[:2]) + triage_batch(spec, paths[2:])
    after = worker._worker_knowledge_base.cache_info()
    assert [r.incidents[0].record_id for r in results] == ["python/module-not-found"] * 4
    assert after.misses - before.misses <= 1  # built at most once, for the first batch
    assert after.hits - before.hits >= 1  # the second batch reused it


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026-03-05T10:11:12.123Z step", datetime(2026, 3, 5, 10, 11, 12, tzinfo=UTC)),
        ("noise\n[2026/03/05 10:11:12] x", datetime(2026, 3, 5, 10, 11, 12, tzinfo=UTC)),
        (
            "2026-13-45 10:00:00 no\n2026-01-02 03:04:05+02:00 yes",
            datetime(2026, 1, 2, 1, 4, 5, tzinfo=UTC),
        ),
        ("Mar 10 12:00:00 host sshd[1]: no year", None),
    ],
)
def test_first_timestamp(text: str, expected: datetime | None) -> None:
    assert first_timestamp(text) == expected
