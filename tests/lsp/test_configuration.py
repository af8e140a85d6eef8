"""Settings sources and precedence, configuration changes, ignore, reload and file watching."""

from __future__ import annotations

import shutil
import tomllib
from pathlib import Path
from typing import Any

import pytest
from lsprotocol import types
from pytest_lsp import LanguageClient

from tests.lsp.conftest import (
    KB_DIR,
    base_options,
    diagnostics_for,
    errkb_codes,
    lsp_session,
    open_document,
    wait_for,
)

pytestmark = pytest.mark.e2e

UVICORN = "uvicorn/websocket-library-missing"
DISK = "disk/no-space-left"
MIXED = (
    "WARNING:  Unsupported upgrade request.\n"
    "OSError: [Errno 28] No space left on device\n"
    "WARNING: Retrying (Retry(total=4, connect=None)) after connection broken\n"
    "npm ERR! code ERESOLVE\n"
    "npm ERR! ERESOLVE unable to resolve dependency tree\n"
)


def _severities(diagnostics: list[types.Diagnostic]) -> dict[str, types.DiagnosticSeverity]:
    return {str(d.code): d.severity for d in diagnostics if d.code and d.severity}


async def _command(client: LanguageClient, command: str, *arguments: Any) -> Any:
    return await client.workspace_execute_command_async(
        types.ExecuteCommandParams(command=command, arguments=list(arguments))
    )


async def _next_publication(client: LanguageClient, uri: str, after: int) -> list[types.Diagnostic]:
    """Diagnostics of the first publication for ``uri`` after ``after`` publications."""

    def newer() -> Any:
        items = [p for p in client.published[after:] if p.uri == uri]  # type: ignore[attr-defined]
        return items[-1] if items else None

    return list((await wait_for(newer, what=f"a new publication for {uri}")).diagnostics)


async def test_settings_precedence(workspace: Path) -> None:
    """Editor settings beat initializationOptions; the workspace file beats both."""
    (workspace / ".errkb.toml").write_text('[severity]\n"disk/no-space-left" = "information"\n')
    options = base_options(severity={"disk": "warning", "uvicorn": "warning"}, ignore=["npm"])
    configuration = {"severity": {"uvicorn": "hint"}, "ignore": []}
    async with lsp_session(
        "visual-studio-code", workspace, options=options, configuration=configuration
    ) as client:
        uri = open_document(client, workspace / "mixed.log", MIXED)
        diagnostics = await diagnostics_for(client, uri, version=1)
        assert errkb_codes(diagnostics) == [UVICORN, DISK, "pip/retrying-connection"]
        assert _severities(diagnostics) == {
            UVICORN: types.DiagnosticSeverity.Hint,  # workspace/configuration over init options
            DISK: types.DiagnosticSeverity.Information,  # .errkb.toml over both
            "pip/retrying-connection": types.DiagnosticSeverity.Information,  # [tool.errkb]
        }


@pytest.mark.parametrize("client_name", ["visual-studio-code", "neovim"])
async def test_configuration_change_is_pulled_again(client_name: str, workspace: Path) -> None:
    """didChangeConfiguration with null settings makes the server pull the section again."""
    async with lsp_session(client_name, workspace, configuration={}) as client:
        if client_name == "visual-studio-code":  # registered dynamically, as VS Code needs
            await wait_for(
                lambda: any(
                    r.method == types.WORKSPACE_DID_CHANGE_CONFIGURATION
                    for r in client.registrations  # type: ignore[attr-defined]
                ),
                what="didChangeConfiguration registration",
            )
        uri = open_document(client, workspace / "mixed.log", MIXED)
        diagnostics = await diagnostics_for(client, uri, version=1)
        assert _severities(diagnostics)[DISK] == types.DiagnosticSeverity.Error
        count = len(client.published)  # type: ignore[attr-defined]
        client.set_configuration(
            {"severity": {"disk": "hint"}, "ignore": [UVICORN]}, section="errkb"
        )
        client.workspace_did_change_configuration(types.DidChangeConfigurationParams(settings=None))
        diagnostics = await _next_publication(client, uri, count)
        assert UVICORN not in errkb_codes(diagnostics)
        assert _severities(diagnostics)[DISK] == types.DiagnosticSeverity.Hint


async def test_invalid_settings_are_reported_and_replaced_by_defaults(workspace: Path) -> None:
    """Bad values never stop the server: the user is told, defaults apply."""
    (workspace / ".errkb.toml").write_text("ignore = [unterminated\n")
    options = base_options(
        fuzzy="yes", maxFileSize=-5, globs=42, severity={"disk": "catastrophic"}, colour="red"
    )
    async with lsp_session("visual-studio-code", workspace, options=options) as client:
        uri = open_document(client, workspace / "mixed.log", MIXED)
        diagnostics = await diagnostics_for(client, uri, version=1)
        assert _severities(diagnostics)[DISK] == types.DiagnosticSeverity.Error
        text = " ".join(m.message for m in client.messages)
        for word in (
            "'fuzzy'",
            "'maxFileSize'",
            "'globs'",
            "catastrophic",
            "'colour'",
            ".errkb.toml",
        ):
            assert word in text
        assert all(m.type == types.MessageType.Warning for m in client.messages)


@pytest.mark.parametrize("client_name", ["visual-studio-code", "emacs"])
async def test_ignore_command_writes_the_workspace_file_and_republishes(
    client_name: str, workspace: Path
) -> None:
    """errkb.ignore adds the id to .errkb.toml (keeping what is there) and clears every document."""
    config = workspace / ".errkb.toml"
    config.write_text('# team settings\nfuzzy = false\n\n[severity]\npip = "hint"\n')
    async with lsp_session(client_name, workspace) as client:
        first = open_document(client, workspace / "one.log", MIXED)
        second = open_document(client, workspace / "two.log", "Unsupported upgrade request.\n")
        assert UVICORN in errkb_codes(await diagnostics_for(client, first, version=1))
        assert errkb_codes(await diagnostics_for(client, second, version=1)) == [UVICORN]
        count = len(client.published)  # type: ignore[attr-defined]
        result = await _command(client, "errkb.ignore", UVICORN)
        assert result["file"] == str(config)
        text = config.read_text()
        assert text.startswith("# team settings\nfuzzy = false\n")
        assert tomllib.loads(text) == {
            "fuzzy": False,
            "ignore": [UVICORN],
            "severity": {"pip": "hint"},
        }
        assert UVICORN not in errkb_codes(await _next_publication(client, first, count))
        assert await _next_publication(client, second, count) == []
        # Ignoring again changes nothing.
        await _command(client, "errkb.ignore", UVICORN)
        assert config.read_text() == text


async def test_reload_reports_broken_records(workspace: Path, tmp_path: Path) -> None:
    """errkb.reload re-reads the records; a broken one is reported, the others still load."""
    kb = tmp_path / "kb"
    shutil.copytree(KB_DIR, kb)
    options = base_options(knowledgeBasePaths=[str(kb)], pollInterval=0)
    async with lsp_session("visual-studio-code", workspace, options=options) as client:
        assert await _command(client, "errkb.reload") == {"records": 6, "errors": []}
        (kb / "disk" / "broken.yaml").write_text("id: disk/broken\nsignature: [unclosed\n")
        result = await _command(client, "errkb.reload")
        assert result["records"] == 6
        assert len(result["errors"]) == 1
        assert "broken.yaml" in result["errors"][0]["path"]
        await wait_for(
            lambda: any("failed to load" in m.message for m in client.messages), what="message"
        )


@pytest.mark.parametrize("client_name", ["visual-studio-code", "neovim"])
async def test_editing_a_record_reloads_and_republishes(
    client_name: str, workspace: Path, tmp_path: Path
) -> None:
    """VS Code watches the records for the server; Neovim 0.11 cannot, so the server polls."""
    kb = workspace / "records"  # inside the workspace, where VS Code 1.65 can watch
    shutil.copytree(KB_DIR, kb)
    options = base_options(knowledgeBasePaths=[str(kb)], pollInterval=0.2)
    async with lsp_session(client_name, workspace, options=options) as client:
        uri = open_document(client, workspace / "disk.log", "No space left on device\n")
        (diagnostic,) = await diagnostics_for(client, uri, version=1)
        assert "file system holding the target path is full" in diagnostic.message
        if client_name == "visual-studio-code":
            await wait_for(lambda: client.registrations, what="watcher registration")  # type: ignore[attr-defined]
        registrations = client.registrations  # type: ignore[attr-defined]
        watched = [r for r in registrations if r.method == types.WORKSPACE_DID_CHANGE_WATCHED_FILES]
        count = len(client.published)  # type: ignore[attr-defined]
        record = kb / "disk" / "no-space-left.yaml"
        record.write_text(
            record.read_text().replace(
                "The file system holding the target path is full.", "The disk is full, again."
            )
        )
        if client_name == "visual-studio-code":
            assert watched, "VS Code can watch files: the server must register watchers"
            client.workspace_did_change_watched_files(
                types.DidChangeWatchedFilesParams(
                    changes=[
                        types.FileEvent(uri=record.as_uri(), type=types.FileChangeType.Changed)
                    ]
                )
            )
        else:
            assert not watched
        (diagnostic,) = await _next_publication(client, uri, count)
        assert "The disk is full, again." in diagnostic.message
        if client_name == "neovim":  # polling goes on after a reload
            count = len(client.published)  # type: ignore[attr-defined]
            record.write_text(record.read_text().replace("again", "and again"))
            (diagnostic,) = await _next_publication(client, uri, count)
            assert "The disk is full, and again." in diagnostic.message


async def test_project_records_in_dot_errkb_are_used(workspace: Path) -> None:
    """Like the command line, the server reads the project's .errkb/ directory."""
    record = workspace / ".errkb" / "acme" / "license-expired.yaml"
    record.parent.mkdir(parents=True)
    record.write_text(
        "id: acme/license-expired\n"
        "signature: 'ACME-0042: license expired'\n"
        "summary: The team's build licence ran out.\n"
        "root_cause: The licence server refuses expired seats.\n"
        "patterns: ['ACME-0042: license expired']\n"
        "workarounds:\n  - action: Renew the licence.\n    success_rate: 0.9\n"
    )
    async with lsp_session("emacs", workspace) as client:
        uri = open_document(client, workspace / "build.log", "step 3\nACME-0042: license expired\n")
        (diagnostic,) = await diagnostics_for(client, uri, version=1)
        assert diagnostic.code == "acme/license-expired"
        assert diagnostic.range.start.line == 1
