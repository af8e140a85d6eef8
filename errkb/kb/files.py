"""Walking directories of logs, the same way for every command that takes them."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

__all__ = ["walk_files"]


def walk_files(directory: Path) -> Iterator[str]:
    """The files under `directory`, in sorted order. Hidden files and directories (``.git``,
    ``.venv``) are skipped, as ripgrep does; symlinked directories are not followed, so a
    link loop cannot trap the walk."""
    for root, dirs, files in os.walk(directory):
        dirs[:] = sorted(name for name in dirs if not name.startswith("."))
        for name in sorted(files):
            if not name.startswith("."):
                yield str(Path(root) / name)
