"""Constants and helpers shared by the editor set-up tests."""

from __future__ import annotations

import os
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
EDITORS = REPO / "editors"

RECORD_ID = "uvicorn/websocket-library-missing"
# A uvicorn server log; errkb recognises line 2 (0-based), from column 10 on.
SERVER_LOG = (
    "INFO:     Started server process [4242]\n"
    "INFO:     Uvicorn running on http://127.0.0.1:8000 (Press CTRL+C to quit)\n"
    "WARNING:  Unsupported upgrade request.\n"
    'INFO:     127.0.0.1:50312 - "GET /ws HTTP/1.1" 400 Bad Request\n'
)
RECOGNISED_LINE = 2


def isolated_environment(tmp_path: Path, path_prefix: Path | None = None) -> dict[str, str]:
    """The environment an editor runs in: no user configuration, plugins or history."""
    home = tmp_path / "home"
    environment = dict(os.environ)
    environment.update(
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_DATA_HOME=str(home / "data"),
        XDG_STATE_HOME=str(home / "state"),
        XDG_CACHE_HOME=str(home / "cache"),
    )
    if path_prefix is not None:
        environment["PATH"] = f"{path_prefix}{os.pathsep}{environment.get('PATH', '')}"
    return environment
