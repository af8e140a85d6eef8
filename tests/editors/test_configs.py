"""The editor set-ups that cannot be driven here (Helix, Sublime Text, Zed) and the VS Code
manifest: they parse, they start errkb-lsp, and every setting they send is one the server reads.
"""

from __future__ import annotations

import json
import tomllib
from typing import Any

import pytest

from errkb_lsp.options import DEFAULT_GLOBS, DEFAULT_MAX_FILE_SIZE, parse_layer

from ._support import EDITORS

# The settings section of the shared LSP/editor contract.
CONTRACT_KEYS = {"ignore", "severity", "globs", "knowledgeBasePaths", "fuzzy", "maxFileSize"}


def _assert_server_accepts(settings: object, source: str) -> dict[str, Any]:
    layer, problems = parse_layer(settings, source=source)
    assert problems == [], problems
    return layer


def _helix() -> dict[str, Any]:
    return tomllib.loads((EDITORS / "helix" / "languages.toml").read_text(encoding="utf-8"))


def _json(path: str) -> dict[str, Any]:
    loaded: dict[str, Any] = json.loads((EDITORS / path).read_text(encoding="utf-8"))
    return loaded


def test_helix_runs_errkb_for_logs_and_text() -> None:
    config = _helix()
    server = config["language-server"]["errkb"]
    assert server["command"] == "errkb-lsp"
    layer = _assert_server_accepts(server["config"], "helix config")
    assert tuple(layer["globs"]) == DEFAULT_GLOBS
    languages = {language["name"]: language for language in config["language"]}
    assert languages["log"]["language-id"] == "log"
    assert set(languages["log"]["file-types"]) == {"log", "out", "err"}
    assert languages["text"]["language-id"] == "plaintext"
    for language in languages.values():
        assert language["language-servers"] == ["errkb"]
        assert ".errkb.toml" in language["roots"]


def test_helix_documents_the_servers_size_limit() -> None:
    text = (EDITORS / "helix" / "languages.toml").read_text(encoding="utf-8")
    assert f"maxFileSize = {DEFAULT_MAX_FILE_SIZE}" in text


def test_sublime_client_settings() -> None:
    client = _json("sublime/LSP.sublime-settings")["clients"]["errkb"]
    assert client["enabled"] is True
    assert client["command"] == ["errkb-lsp"]
    assert "text.plain" in client["selector"]
    _assert_server_accepts(client["initializationOptions"], "sublime initializationOptions")
    _assert_server_accepts(client["settings"]["errkb"], "sublime settings")


def test_zed_settings() -> None:
    settings = _json("zed/settings.json")
    server = settings["lsp"]["errkb"]
    assert server["binary"]["path"] == "errkb-lsp"
    _assert_server_accepts(server["initialization_options"], "zed initialization_options")
    _assert_server_accepts(server["settings"], "zed settings")
    assert settings["languages"]["Plain Text"]["language_servers"][0] == "errkb"
    assert set(settings["file_types"]["Plain Text"]) == {"log", "out", "err"}


def _vscode_properties() -> dict[str, Any]:
    manifest = _json("vscode/package.json")
    properties: dict[str, Any] = manifest["contributes"]["configuration"]["properties"]
    return properties


def test_vscode_contributes_every_contract_setting() -> None:
    names = {name.removeprefix("errkb.") for name in _vscode_properties()}
    assert names >= CONTRACT_KEYS | {"terminalCapture", "interpreter"}


@pytest.mark.parametrize(
    "name", [name for name in _vscode_properties() if name != "errkb.trace.server"]
)
def test_vscode_setting_defaults_are_accepted_by_the_server(name: str) -> None:
    default = _vscode_properties()[name]["default"]
    key = name.removeprefix("errkb.")
    _assert_server_accepts({key: default}, f"VS Code {name}")


def test_vscode_glob_default_is_the_servers() -> None:
    assert tuple(_vscode_properties()["errkb.globs"]["default"]) == DEFAULT_GLOBS
