"""Captured records stay true to today's tools: re-run the git captures and recognise them."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
def test_git_capture_scripts_still_produce_recognised_output() -> None:
    result = subprocess.run(
        [sys.executable, str(REPO / "scripts" / "recapture.py"), "git/"],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    lines = result.stdout.splitlines()
    assert lines[-1].endswith("0 problem(s)")
    assert sum(line.startswith("ok ") for line in lines) >= 10
