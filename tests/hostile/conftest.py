"""Fixtures for the hostile-input suite: the CLI in a subprocess with a timeout, hostile inputs.

Every CLI run goes through `cli`, which fails the test (instead of hanging the suite) when the
command outlives its timeout, and fails it when the command printed a Python traceback: bad
input must get a message, never a crash.
"""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from collections.abc import Callable
from pathlib import Path

import pytest

# One line every bundled knowledge base recognises, and the record it names.
ERROR_LINE = "ModuleNotFoundError: No module named 'yaml'"
ERROR_ID = "python/module-not-found"

# A user record that loads cleanly and the line it recognises.
GOOD_RECORD = textwrap.dedent(
    """\
    id: mine/good
    signature: 'widget frobnication failed: code <n>'
    root_cause: The frobnicator is not configured.
    patterns: ['widget frobnication failed: code (?P<code>\\d+)']
    workarounds:
      - action: Configure the frobnicator.
        success_rate: 0.8
    examples: ['widget frobnication failed: code 42']
    """
)
GOOD_LINE = "widget frobnication failed: code 42"


class CliResult:
    def __init__(self, done: subprocess.CompletedProcess[bytes]) -> None:
        self.returncode = done.returncode
        self.stdout = done.stdout.decode("utf-8", "replace")
        self.stderr = done.stderr.decode("utf-8", "replace")
        # Messages are wrapped to the terminal's width: compare them with spaces collapsed.
        self.err = " ".join(self.stderr.split())
        self.said = " ".join((self.stdout + self.stderr).split())

    def __repr__(self) -> str:
        return (
            f"exit {self.returncode}\n--- stdout (tail)\n{self.stdout[-3000:]}"
            f"\n--- stderr (tail)\n{self.stderr[-3000:]}"
        )


Cli = Callable[..., CliResult]


def run_cli(
    *args: str | Path,
    stdin: bytes | None = None,
    timeout: float = 60,
    env: dict[str, str] | None = None,
    cwd: Path | None = None,
) -> CliResult:
    """`python -m errkb ARGS`, failing the test on a hang or a traceback."""
    environment = dict(os.environ)
    environment.pop("ERRKB_PATH", None)
    environment.update(env or {})
    try:
        done = subprocess.run(
            [sys.executable, "-m", "errkb", *map(str, args)],
            input=stdin if stdin is not None else b"",
            capture_output=True,
            timeout=timeout,
            env=environment,
            cwd=cwd,
            check=False,
        )
    except subprocess.TimeoutExpired:
        pytest.fail(f"errkb {' '.join(map(str, args))} still running after {timeout} s (hang)")
    result = CliResult(done)
    assert "Traceback (most recent call last)" not in result.stderr, result
    return result


@pytest.fixture
def cli() -> Cli:
    return run_cli


@pytest.fixture
def user_kb(tmp_path: Path) -> Callable[..., Path]:
    """make(files): a user knowledge base holding mine/good.yaml plus `files` (name -> text).

    Names are relative to the records' domain folder `mine/`.
    """

    def make(files: dict[str, str | bytes] | None = None) -> Path:
        root = tmp_path / "kb"
        (root / "mine").mkdir(parents=True, exist_ok=True)
        (root / "mine" / "good.yaml").write_text(GOOD_RECORD)
        for name, text in (files or {}).items():
            target = root / "mine" / name
            if isinstance(text, bytes):
                target.write_bytes(text)
            else:
                target.write_text(text)
        return root

    return make
