"""errkb triage and errkb draft from the command line: the loop from an unknown failure to a
record errkb then recognises."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from errkb.cli.app import main

ERRKB = [sys.executable, "-m", "errkb"]


def _triage_json(capsys: pytest.CaptureFixture[str], *args: str) -> dict:  # type: ignore[type-arg]
    capsys.readouterr()
    code = main(["triage", "--json", *args])
    assert code == 0
    return json.loads(capsys.readouterr().out)


def test_known_failures_are_counted_by_record_across_the_fleet(
    fleet: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    report = _triage_json(capsys, str(fleet), "-j", "1")
    known = {k["id"]: k for k in report["known"]}
    missing = known["python/module-not-found"]
    assert missing["logs"] == 5  # the demo log and the four nightly runs, .gz included
    assert missing["share"] == pytest.approx(5 / 6, abs=1e-4)  # core.bin is unreadable, not a log
    assert missing["first_seen"].startswith("2026-11-01")
    assert missing["examples"][0].endswith("ci-build.log")
    assert [u["path"] for u in report["unreadable"]] == [str(fleet / "core.bin")]
    assert "ci/process-completed-exit-code" not in known  # attached to its cause


def test_unknown_failures_form_one_cluster_with_a_stable_id(
    fleet: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first = _triage_json(capsys, str(fleet), "-j", "1")
    again = _triage_json(capsys, str(fleet), "-j", "2")  # other order of completion
    replica = [u for u in first["unknown"] if "replica sync" in u["template"]]
    assert len(replica) == 1
    assert replica[0]["logs"] == 4
    assert replica[0]["template"] == "ERROR replica sync to shard-<NUM> failed after <NUM> attempts"
    assert [u["id"] for u in again["unknown"]] == [u["id"] for u in first["unknown"]]
    assert again["known"] == first["known"]


def test_a_draft_from_a_cluster_validates_and_then_recognises_the_failure(
    fleet: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    report = _triage_json(capsys, str(fleet), "-j", "1")
    cluster = next(u for u in report["unknown"] if "replica sync" in u["template"])
    drafts = tmp_path / "drafts"
    assert main(["draft", cluster["id"], "-o", str(drafts)]) == 0  # from the last triage
    [written] = list(drafts.rglob("*.yaml"))
    assert written.parent.name == "local"

    assert main(["validate", str(drafts)]) == 0  # loads, and its examples match its pattern
    capsys.readouterr()
    assert main(["validate", "--quality", str(drafts)]) == 1
    problems = capsys.readouterr().out
    assert "root_cause is still the draft's placeholder" in problems
    assert "workaround(s)" in problems

    after = _triage_json(capsys, str(fleet), "-j", "1", "--kb", str(drafts))
    assert all("replica sync" not in u["template"] for u in after["unknown"])
    drafted = next(
        k
        for k in after["known"]
        if k["id"] == written.relative_to(drafts).with_suffix("").as_posix()
    )
    assert drafted["logs"] == 4
    assert "shard-" in drafted["title"]


def test_an_unknown_cluster_id_is_a_usage_error(
    fleet: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _triage_json(capsys, str(fleet), "-j", "1")
    assert main(["draft", "u00000000"]) == 2
    assert "no cluster u00000000" in capsys.readouterr().err


def test_paths_on_stdin_and_the_text_summary(fleet: Path) -> None:
    listing = "\n".join(str(p) for p in sorted((fleet / "nightly").iterdir())) + "\n"
    done = subprocess.run(
        [*ERRKB, "triage", "-"], input=listing, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert "4 log(s)" in done.stdout
    assert "Known failures" in done.stdout
    assert "python/module-not-found" in done.stdout
    assert "Unknown failures" in done.stdout
    assert "replica sync to shard-" in done.stdout
    assert "Traceback" not in done.stderr


def test_nothing_to_triage_says_so(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["triage", str(tmp_path / "none*.log")]) == 2
    assert "no logs to triage" in capsys.readouterr().err


def test_on_a_terminal_a_progress_bar_counts_the_logs_and_then_goes(fleet: Path) -> None:
    # A real pseudo-terminal, so rich sees a TTY on stderr as a user's shell would give it.
    pty = pytest.importorskip("pty", reason="skipped: no pseudo-terminals on this platform")
    import os

    main_fd, child_fd = pty.openpty()
    env = {**os.environ, "TERM": "xterm-256color", "COLUMNS": "100", "LINES": "40"}
    env.pop("NO_COLOR", None)
    env.pop("CI", None)
    child = subprocess.Popen(
        [*ERRKB, "triage", str(fleet), "-j", "1"],
        stdin=subprocess.DEVNULL, stdout=child_fd, stderr=child_fd, env=env,
    )  # fmt: skip
    os.close(child_fd)
    chunks = []
    while True:
        try:
            chunk = os.read(main_fd, 65536)
        except OSError:  # the child closed its end
            break
        if not chunk:
            break
        chunks.append(chunk)
    assert child.wait(timeout=120) == 0
    os.close(main_fd)
    screen = b"".join(chunks).decode("utf-8", "replace")
    logs = sum(1 for p in fleet.rglob("*") if p.is_file())
    assert "triage" in screen
    assert f"{logs}/{logs}" in screen  # the bar reached every log
    assert "\x1b[2K" in screen or "\x1b[1A" in screen  # and was erased (transient)
    assert "python/module-not-found" in screen  # the report follows
