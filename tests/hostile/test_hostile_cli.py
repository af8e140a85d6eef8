"""The command line on hostile input: no crash, no hang, a clear message, nothing lost.

The audit's own findings are in test_hostile_audit.py.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.hostile.conftest import ERROR_ID, ERROR_LINE, Cli

LINE = (ERROR_LINE + "\n").encode()


def test_empty_file(cli: Cli, tmp_path: Path) -> None:
    empty = tmp_path / "empty.log"
    empty.write_bytes(b"")
    result = cli("scan", empty)
    assert result.returncode == 1, result
    assert "0 incident(s) in 0 of 1 input(s)" in result.stdout, result


def test_empty_stdin(cli: Cli) -> None:
    scan = cli("scan", "-", stdin=b"")
    assert scan.returncode == 1, scan
    assert "0 incident(s)" in scan.stdout, scan
    lookup = cli("lookup", stdin=b"")
    assert lookup.returncode == 1, lookup
    assert "nothing recognised" in lookup.said, lookup


@pytest.mark.slow
def test_ten_megabyte_line_without_newline(cli: Cli, tmp_path: Path) -> None:
    log = tmp_path / "long.log"
    log.write_bytes(b"x" * 10_000_000 + b" " + ERROR_LINE.encode())  # no newline at all
    result = cli("scan", log, timeout=120)
    assert result.returncode == 0, result
    assert f"long.log:1:10000002: {ERROR_ID}" in result.stdout, result
    assert "1 incident(s) in 1 of 1 input(s)" in result.stdout, result


def test_invalid_utf8(cli: Cli, tmp_path: Path) -> None:
    log = tmp_path / "latin.log"
    # A lone continuation byte, an overlong encoding, a surrogate, then the error.
    log.write_bytes(b"caf\xe9 \x80 \xc0\xaf \xed\xa0\x80\n" + LINE + b"\xff\xfe\n")
    result = cli("scan", log)
    assert result.returncode == 0, result
    assert f"latin.log:2:1: {ERROR_ID}" in result.stdout, result
    lookup = cli("lookup", stdin=b"\xff\xfe" + LINE)
    assert lookup.returncode == 0, lookup
    assert ERROR_ID in lookup.stdout, lookup


def test_nul_bytes_in_a_log(cli: Cli, tmp_path: Path) -> None:
    # Logs do hold stray NULs (a line cut by a crash, a zero-filled block after a restart);
    # the text around them is still scanned.
    log = tmp_path / "nul.log"
    log.write_bytes(b"starting\x00\x00\x00\n" + b"\x00" * 64 + LINE)
    result = cli("scan", log)
    assert result.returncode == 0, result
    assert ERROR_ID in result.stdout, result
    lookup = cli("lookup", stdin=b"abc\x00\x00" + LINE)
    assert ERROR_ID in lookup.stdout, lookup


def test_directory_is_scanned_recursively_and_loops_end(cli: Cli, tmp_path: Path) -> None:
    (tmp_path / "logs" / "deep" / "deeper").mkdir(parents=True)
    (tmp_path / "logs" / "deep" / "deeper" / "app.log").write_bytes(LINE)
    (tmp_path / "logs" / "deep" / "up").symlink_to("..")  # a directory loop
    result = cli("scan", tmp_path / "logs")
    assert result.returncode == 0, result
    assert result.stdout.count(ERROR_ID) == 1, result  # found once, not once per loop turn


def test_empty_directory(cli: Cli, tmp_path: Path) -> None:
    result = cli("scan", tmp_path)
    assert result.returncode == 1, result
    assert "0 incident(s) in 0 of 0 input(s)" in result.stdout, result


def test_missing_path(cli: Cli, tmp_path: Path) -> None:
    missing = tmp_path / "nope.log"
    result = cli("scan", missing)
    assert result.returncode == 2, result
    assert f"cannot read {missing}: No such file or directory" in result.err, result


def test_symlink_loop_as_path(cli: Cli, tmp_path: Path) -> None:
    loop = tmp_path / "loop.log"
    loop.symlink_to(loop.name)
    result = cli("scan", loop)
    assert result.returncode == 2, result
    assert f"cannot read {loop}" in result.err, result
    assert "symbolic links" in result.err, result


def test_sigpipe_prints_no_traceback(tmp_path: Path) -> None:
    # `errkb scan big.log | head -1`: the reader goes away after one line.
    log = tmp_path / "big.log"
    log.write_bytes(LINE * 50_000)
    process = subprocess.Popen(
        [sys.executable, "-m", "errkb", "scan", str(log)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env={k: v for k, v in os.environ.items() if k != "ERRKB_PATH"},
    )
    assert process.stdout is not None
    assert process.stderr is not None
    first = process.stdout.readline()
    process.stdout.close()
    try:
        stderr = process.stderr.read()
        process.wait(timeout=60)
    except subprocess.TimeoutExpired:
        process.kill()
        pytest.fail("errkb kept running after its reader closed the pipe")
    assert first.startswith(f"{log}:1:1: {ERROR_ID}".encode())
    assert b"Traceback" not in stderr, stderr.decode()
    assert b"BrokenPipeError" not in stderr, stderr.decode()
    assert process.returncode in (0, 1, 141, -13), process.returncode


def test_sigpipe_through_a_shell_pipeline(tmp_path: Path) -> None:
    log = tmp_path / "big.log"
    log.write_bytes(LINE * 50_000)
    command = f'"{sys.executable}" -m errkb scan "{log}" | head -1'
    done = subprocess.run(
        ["bash", "-c", command], capture_output=True, text=True, timeout=60, check=False
    )
    assert done.stdout.count("\n") == 1
    assert done.stderr == "", done.stderr


@pytest.mark.slow
def test_hundred_thousand_repeats_of_one_error(cli: Cli, tmp_path: Path) -> None:
    log = tmp_path / "repeats.log"
    log.write_bytes(LINE * 100_000)
    started = time.monotonic()
    result = cli("scan", log, timeout=120)
    assert result.returncode == 0, result
    # Grouped, not flooded: one incident that counts every occurrence (nothing lost).
    assert result.stdout.count(f": {ERROR_ID} ") == 1, result.stdout[-500:]
    assert "× 100000, last at line 100000" in result.stdout, result.stdout[-500:]
    assert "1 incident(s) in 1 of 1 input(s)" in result.stdout, result.stdout[-500:]
    lines = cli("scan", "--lines", log, timeout=120)
    assert lines.stdout.count(f": {ERROR_ID} ") == 100_000, lines.stdout[-500:]
    assert "100000 recognised in 1 of 1 input(s)" in lines.stdout
    assert time.monotonic() - started < 120


def test_lookup_of_huge_argument(cli: Cli) -> None:
    # A long command-line argument (not stdin): under the kernel's per-argument limit.
    result = cli("lookup", "y" * 100_000 + " " + ERROR_LINE)
    assert result.returncode == 0, result
    assert ERROR_ID in result.stdout, result
