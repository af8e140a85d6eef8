"""The hostile-input audit's findings (issues 15 and 18): catastrophic patterns, fuzzy
lookups on huge lines, binaries, missing paths, wrong argument types, silent load problems,
half-written records, looping links, a mistyped --kb. Each states the behaviour wanted: a clear
message naming the file and field, bounded time and memory, nothing else lost."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest

import errkb
from tests.hostile.conftest import ERROR_ID, ERROR_LINE, GOOD_LINE, Cli

MakeKb = Callable[..., Path]
REDOS = "id: mine/redos\nsignature: redos\nroot_cause: x\npatterns: ['(a|aa)+$']\n"
# Fibonacci(44) backtracking steps for `(a|aa)+$` on this line: hours with Python's re.
REDOS_LINE = "a" * 44 + "!"


def _python(code: str, timeout: float) -> subprocess.CompletedProcess[str]:
    try:
        return subprocess.run(
            [sys.executable, "-c", textwrap.dedent(code)],
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
            env={k: v for k, v in os.environ.items() if k != "ERRKB_PATH"},
        )
    except subprocess.TimeoutExpired:
        pytest.fail(f"still running after {timeout} s (hang)")


def _redos_only_kb(tmp_path: Path) -> Path:
    # The record alone: with other records beside it the index happens not to run the pattern
    # on this line, and the hang does not show.
    root = tmp_path / "redos-kb"
    (root / "mine").mkdir(parents=True)
    (root / "mine" / "redos.yaml").write_text(REDOS)
    return root


def test_catastrophic_regex_does_not_hang_a_scan(cli: Cli, tmp_path: Path) -> None:
    # A user record with an exponential-backtracking pattern must not stop the scan: the
    # pattern is refused when loading, or its matching is bounded, and the user is told which.
    root = _redos_only_kb(tmp_path)
    log = tmp_path / "a.log"
    log.write_text(f"{REDOS_LINE}\n")
    result = cli("scan", "--kb", root, "--no-bundled", log, timeout=15)  # a second is plenty
    assert "redos" in result.err, result  # the record or file in trouble is named


def test_catastrophic_regex_does_not_hang_the_sdk(tmp_path: Path) -> None:
    root = _redos_only_kb(tmp_path)
    done = _python(
        f"""
        import errkb
        kb = errkb.KnowledgeBase([{str(root)!r}], include_bundled=False)
        print(len(kb.scan({REDOS_LINE!r})))
        """,
        timeout=15,
    )
    assert done.returncode == 0, done.stderr


@pytest.mark.slow
def test_json_scan_of_hundred_thousand_repeats_stays_under_512_mb(tmp_path: Path) -> None:
    log = tmp_path / "repeats.log"
    log.write_bytes((ERROR_LINE + "\n").encode() * 100_000)
    out = tmp_path / "out.json"
    # Peak RSS of the errkb process alone: measured by a parent that runs nothing else.
    done = _python(
        f"""
        import resource, subprocess, sys
        with open({str(out)!r}, "wb") as sink:
            code = subprocess.run([sys.executable, "-m", "errkb", "scan", "--json",
                                   {str(log)!r}], stdout=sink).returncode
        peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss // 1024
        print(code, peak)
        """,
        timeout=90,
    )
    code, peak_mb = map(int, done.stdout.split())
    assert code == 0, done.stderr
    assert peak_mb < 512, f"errkb scan --json peaked at {peak_mb} MB on 100k repeats"
    with out.open("rb") as handle:
        handle.seek(-64, os.SEEK_END)
        assert handle.read().rstrip().endswith(b"]")


def test_binary_file_is_not_scanned_as_text(cli: Cli, tmp_path: Path) -> None:
    # Like grep: a binary file (an executable, an image, a core dump) is named and skipped,
    # and a text file beside it is still scanned.
    (tmp_path / "logs").mkdir()
    blob = tmp_path / "logs" / "core.bin"
    blob.write_bytes(bytes(range(256)) * 4000 + (ERROR_LINE + "\n").encode())
    text = tmp_path / "logs" / "app.log"
    text.write_text(ERROR_LINE + "\n")
    result = cli("scan", tmp_path / "logs")
    assert "core.bin:" not in result.stdout, result
    assert "app.log:1:1:" in result.stdout, result
    assert re.search(r"core\.bin.*binary|binary.*core\.bin", result.err, re.IGNORECASE), result


def test_one_missing_path_among_several_does_not_abort_the_scan(cli: Cli, tmp_path: Path) -> None:
    missing = tmp_path / "missing.log"
    present = tmp_path / "present.log"
    present.write_text(ERROR_LINE + "\n")
    result = cli("scan", missing, present)
    assert f"present.log:1:1: {ERROR_ID}" in result.stdout, result  # the others are scanned
    assert f"cannot read {missing}" in result.err, result  # the missing one is named
    assert result.returncode != 0, result  # and the exit status says something went wrong


@pytest.mark.parametrize("call", ["scan", "lookup", "search"])
@pytest.mark.parametrize("value", [None, 123], ids=["None", "int"])
def test_wrong_argument_type_gives_a_clear_message(call: str, value: object) -> None:
    function = getattr(errkb, call)
    with pytest.raises(TypeError) as raised:
        function(value)
    message = str(raised.value)
    assert "str" in message, message
    assert "bytes" in message, message
    assert type(value).__name__ in message, message  # says what it got


@pytest.mark.parametrize(
    ("command", "via"),
    [
        ("scan", "--kb"),
        ("lookup", "--kb"),
        ("list", "--kb"),
        ("scan", "ERRKB_PATH"),
        ("lookup", "ERRKB_PATH"),
    ],
)
def test_load_problems_in_user_kbs_are_reported(
    cli: Cli, user_kb: MakeKb, command: str, via: str
) -> None:
    # scan, lookup and list work with the good records but say, on stderr, which user record
    # files were left out (each named), and how many.
    root = user_kb({"broken.yaml": "signature: [unclosed\n", "notes.yaml": "- a list\n"})
    args: list[str | Path] = [command]
    env = {}
    if via == "--kb":
        args += ["--kb", root]
    else:
        env["ERRKB_PATH"] = str(root)
    args += {"scan": ["-"], "lookup": [GOOD_LINE], "list": []}[command]
    result = cli(*args, stdin=GOOD_LINE.encode(), env=env)
    assert "mine/good" in result.stdout, result  # the good record is used
    assert "broken.yaml" in result.err, result
    assert "notes.yaml" in result.err, result
    assert re.search(r"\b2\b", result.err), result  # the count


def test_record_with_only_a_signature_is_rejected(user_kb: MakeKb) -> None:
    # A record needs what it says (root cause) and how to match it: a bare signature is a
    # half-written record, reported with the missing field instead of loaded.
    root = user_kb({"only.yaml": "id: mine/only\nsignature: something odd happened\n"})
    kb = errkb.KnowledgeBase([root], include_bundled=False)
    assert "mine/good" in kb.records
    assert "mine/only" not in kb.records
    errors = [e for e in kb.errors if Path(e.path).name == "only.yaml"]
    assert errors, kb.errors
    assert all(e.field for e in errors), errors  # the missing field is named


def test_record_file_that_is_a_symlink_loop_is_reported(user_kb: MakeKb) -> None:
    root = user_kb()
    (root / "mine" / "loop.yaml").symlink_to("loop.yaml")
    kb = errkb.KnowledgeBase([root], include_bundled=False)
    assert "mine/good" in kb.records
    assert [Path(e.path).name for e in kb.errors] == ["loop.yaml"], kb.errors


def test_missing_kb_directory_is_reported(cli: Cli, tmp_path: Path) -> None:
    # `--kb DIR` is an explicit request: a typo in DIR must not silently scan without it.
    missing = tmp_path / "no-such-kb"
    result = cli("lookup", "--kb", missing, ERROR_LINE)
    assert str(missing) in result.err, result
