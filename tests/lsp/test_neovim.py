"""A real editor: headless Neovim opens a log with errkb-lsp attached and gets diagnostics."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.lsp.conftest import HERE, base_options

pytestmark = pytest.mark.e2e

NVIM = shutil.which("nvim")


@pytest.mark.skipif(
    NVIM is None, reason="nvim is not installed (apt-get install neovim; .ci/run installs it)"
)
def test_neovim_shows_diagnostics_and_hover(workspace: Path, tmp_path: Path) -> None:
    """Neovim's own LSP client receives errkb's diagnostics and hover for a log file."""
    assert NVIM is not None
    result_file = tmp_path / "result.json"
    env = {
        **os.environ,
        "ERRKB_PYTHON": sys.executable,
        "ERRKB_ROOT": str(workspace),
        "ERRKB_INIT_OPTIONS": json.dumps(base_options()),
        "ERRKB_NVIM_RESULT": str(result_file),
        "ERRKB_NO_BUNDLED": "1",
        "SHELL": "/bin/zsh",
        "HOME": str(tmp_path),  # no user config, shada or swap files
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
        "XDG_DATA_HOME": str(tmp_path / "data"),
        "XDG_STATE_HOME": str(tmp_path / "state"),
    }
    completed = subprocess.run(
        [
            NVIM,
            "--headless",
            "-n",
            "-u",
            str(HERE / "nvim_init.lua"),
            "+lua ErrkbRun()",
            str(workspace / "logs" / "server.log"),
        ],
        env=env,
        cwd=workspace,
        capture_output=True,
        timeout=90,
        check=False,
    )
    assert result_file.exists(), completed.stderr.decode(errors="replace")
    result = json.loads(result_file.read_text())
    assert result.get("arrived") is True, result
    codes = [d["code"] for d in result["diagnostics"]]
    assert codes == ["uvicorn/websocket-library-missing", "python/module-not-found"]
    assert all(d["source"] == "errkb" for d in result["diagnostics"])
    first = result["diagnostics"][0]
    assert (first["lnum"], first["col"]) == (2, 10)
    assert "pip install 'uvicorn[standard]'" in result["hover"]
