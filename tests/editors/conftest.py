"""Fixtures for the editor set-up tests: the interpreter that runs errkb-lsp, and a workspace."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from ._support import SERVER_LOG


def _can_run_server(python: str) -> bool:
    probe = subprocess.run(
        [python, "-c", "import errkb_lsp.server"], capture_output=True, timeout=60, check=False
    )
    return probe.returncode == 0


@pytest.fixture(scope="session")
def server_python() -> str:
    """The interpreter with errkb[lsp]: $ERRKB_PYTHON, else the one running the tests."""
    python = os.environ.get("ERRKB_PYTHON") or sys.executable
    # Not a skip: without the server these tests cannot show anything, and CI has it.
    assert _can_run_server(python), f"{python} cannot import errkb_lsp.server"
    return python


@pytest.fixture(scope="session")
def server_bin_dir(server_python: str) -> Path:
    """The directory holding the `errkb-lsp` script next to the interpreter, for PATH."""
    directory = Path(server_python).parent
    assert (directory / "errkb-lsp").exists() or shutil.which("errkb-lsp"), (
        "errkb-lsp is not installed next to the interpreter"
    )
    return directory


@pytest.fixture
def workspace(tmp_path: Path) -> Path:
    """A project folder holding the server log, with a private HOME and XDG directories."""
    project = tmp_path / "project"
    project.mkdir()
    (project / "server.log").write_text(SERVER_LOG, encoding="utf-8")
    home = tmp_path / "home"
    for sub in ("config", "data", "state", "cache"):
        (home / sub).mkdir(parents=True)
    return project
