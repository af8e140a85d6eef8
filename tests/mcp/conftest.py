"""Fixtures of the errkb-mcp tests (helpers are in _support.py)."""

from __future__ import annotations

from pathlib import Path

import pytest


@pytest.fixture
def server_dir(tmp_path: Path) -> Path:
    """An empty working directory for a server (no project .errkb/ above it)."""
    folder = tmp_path / "work"
    folder.mkdir()
    return folder
