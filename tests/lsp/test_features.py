"""Hover, code actions and the lookup/explain/openDocumentation commands, end to end."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any

import pytest
from lsprotocol import types
from pytest_lsp import LanguageClient

import errkb
from tests.lsp.conftest import diagnostics_for, open_document, wait_for

pytestmark = [pytest.mark.e2e, pytest.mark.asyncio(loop_scope="module")]

UVICORN = "uvicorn/websocket-library-missing"
MODULE = "python/module-not-found"


async def _open_server_log(client: LanguageClient, workspace: Path, name: str) -> str:
    text = (workspace / "logs" / "server.log").read_text()
    uri = open_document(client, workspace / "logs" / name, text)
    await diagnostics_for(client, uri, version=1)
    return uri


def _hover_params(uri: str, line: int, character: int) -> types.HoverParams:
    return types.HoverParams(
        text_document=types.TextDocumentIdentifier(uri=uri),
        position=types.Position(line=line, character=character),
    )


def _edits_by_path(edit: types.WorkspaceEdit) -> dict[str, list[types.TextEdit]]:
    """Flatten both WorkspaceEdit shapes (documentChanges or changes) to path -> edits."""
    found: dict[str, list[types.TextEdit]] = {}
    if edit.document_changes:
        for change in edit.document_changes:
            assert isinstance(change, types.TextDocumentEdit)
            found[change.text_document.uri] = [
                e for e in change.edits if isinstance(e, types.TextEdit)
            ]
    for uri, edits in (edit.changes or {}).items():
        found[uri] = list(edits)
    return {Path(uri.removeprefix("file://")).name: edits for uri, edits in found.items()}


def _apply(text: str, edit: types.TextEdit) -> str:
    """Apply one edit on an ASCII file (columns are code points there)."""
    lines = text.splitlines(keepends=True)

    def offset(position: types.Position) -> int:
        return sum(len(line) for line in lines[: position.line]) + position.character

    return text[: offset(edit.range.start)] + edit.new_text + text[offset(edit.range.end) :]


async def _actions(
    client: LanguageClient, uri: str, line: int, only: list[str] | None = None
) -> list[types.CodeAction]:
    result = await client.text_document_code_action_async(
        types.CodeActionParams(
            text_document=types.TextDocumentIdentifier(uri=uri),
            range=types.Range(
                start=types.Position(line=line, character=12),
                end=types.Position(line=line, character=12),
            ),
            context=types.CodeActionContext(diagnostics=[], only=only),
        )
    )
    return [a for a in result or [] if isinstance(a, types.CodeAction)]


async def _command(client: LanguageClient, command: str, *arguments: Any) -> Any:
    return await client.workspace_execute_command_async(
        types.ExecuteCommandParams(command=command, arguments=list(arguments))
    )


async def test_hover_explains_the_error_for_this_environment(
    shared_client: LanguageClient, shared_workspace: Path
) -> None:
    """Cause, fixes quoted for zsh, the installed-vs-fixed note, dead ends, confidence, links."""
    uri = await _open_server_log(shared_client, shared_workspace, "hover.log")
    hover = await shared_client.text_document_hover_async(_hover_params(uri, 2, 15))
    assert hover is not None
    assert isinstance(hover.contents, types.MarkupContent)
    assert hover.contents.kind == types.MarkupKind.Markdown
    text = hover.contents.value
    assert text.startswith("**Unsupported upgrade request.**")  # the incident's title
    assert "*Fixes for this machine (" in text  # no CI or OS in the log: the editor's machine
    assert "cannot upgrade the connection" in text  # the root cause
    assert "pip install 'uvicorn[standard]'" in text  # zsh needs the brackets quoted
    assert "uvicorn 0.13.4 is installed here; fixed in 0.14.0" in text
    assert "Add CORS middleware" in text  # a dead end to skip
    assert "confidence 90%" in text
    assert "[docs](https://www.uvicorn.org/#quickstart)" in text
    assert text.index("uvicorn[standard]") < text.index("pip install websockets")  # ranked
    assert hover.range == types.Range(
        start=types.Position(line=2, character=10), end=types.Position(line=2, character=38)
    )
    module_hover = await shared_client.text_document_hover_async(_hover_params(uri, 7, 3))
    assert module_hover is not None
    assert isinstance(module_hover.contents, types.MarkupContent)
    assert f"python -m pip install {errkb.distribution_for('yaml')}" in module_hover.contents.value
    assert await shared_client.text_document_hover_async(_hover_params(uri, 0, 3)) is None


async def test_code_actions_edit_the_requirements(
    shared_client: LanguageClient, shared_workspace: Path
) -> None:
    """uvicorn becomes uvicorn[standard] in requirements.txt and pyproject.toml, first preferred."""
    uri = await _open_server_log(shared_client, shared_workspace, "actions.log")
    actions = await _actions(shared_client, uri, 2)
    titles = [a.title for a in actions]
    assert titles[:2] == [
        "Use uvicorn[standard] in requirements.txt",
        "Use uvicorn[standard] in pyproject.toml",
    ]
    assert [a.is_preferred for a in actions[:2]] == [True, False]
    assert not any(a.is_preferred for a in actions[2:])
    assert all(a.kind == types.CodeActionKind.QuickFix for a in actions)
    assert all(a.diagnostics and a.diagnostics[0].code == UVICORN for a in actions)

    requirements = (shared_workspace / "requirements.txt").read_text()
    assert actions[0].edit is not None
    (edit,) = _edits_by_path(actions[0].edit)["requirements.txt"]
    assert _apply(requirements, edit).splitlines()[2] == "uvicorn[standard]==0.13.4"

    pyproject = (shared_workspace / "pyproject.toml").read_text()
    assert actions[1].edit is not None
    (edit,) = _edits_by_path(actions[1].edit)["pyproject.toml"]
    edited = tomllib.loads(_apply(pyproject, edit))
    assert edited["project"]["dependencies"] == ["fastapi>=0.110", "uvicorn[standard]>=0.13"]

    caps = shared_client.capabilities
    assert caps is not None
    assert caps.workspace is not None
    uses_document_changes = bool(
        caps.workspace.workspace_edit and caps.workspace.workspace_edit.document_changes
    )
    assert (actions[0].edit.document_changes is not None) == uses_document_changes

    commands = {a.title: a.command for a in actions if a.command}
    explain = commands[f"Show full explanation of {UVICORN}"]
    ignore = commands[f"Ignore {UVICORN} in this workspace"]
    assert explain is not None
    assert explain.command == "errkb.explain"
    assert list(explain.arguments or []) == [UVICORN]
    assert ignore is not None
    assert ignore.command == "errkb.ignore"
    assert list(ignore.arguments or []) == [UVICORN, uri]
    can_show = bool(caps.window and caps.window.show_document and caps.window.show_document.support)
    assert ("Open documentation" in commands) == can_show


async def test_code_action_adds_the_missing_module(
    shared_client: LanguageClient, shared_workspace: Path
) -> None:
    """A missing module is added to requirements.txt under its distribution name."""
    uri = await _open_server_log(shared_client, shared_workspace, "module.log")
    actions = await _actions(shared_client, uri, 7)
    distribution = errkb.distribution_for("yaml")
    assert actions[0].title == f"Add {distribution} to requirements.txt"
    assert actions[0].is_preferred
    assert actions[0].edit is not None
    (edit,) = _edits_by_path(actions[0].edit)["requirements.txt"]
    requirements = (shared_workspace / "requirements.txt").read_text()
    assert _apply(requirements, edit) == requirements + f"{distribution}\n"


async def test_code_actions_honour_context_only(
    shared_client: LanguageClient, shared_workspace: Path
) -> None:
    """Only the requested kinds come back."""
    uri = await _open_server_log(shared_client, shared_workspace, "only.log")
    assert await _actions(shared_client, uri, 2, only=[types.CodeActionKind.Refactor]) == []
    assert await _actions(shared_client, uri, 2, only=[types.CodeActionKind.Source]) == []
    quickfixes = await _actions(shared_client, uri, 2, only=[types.CodeActionKind.QuickFix])
    assert len(quickfixes) == len(await _actions(shared_client, uri, 2))
    assert quickfixes


async def test_lookup_command(shared_client: LanguageClient) -> None:
    """errkb.lookup: text in, errkb's JSON dicts out (fixes rendered for the environment)."""
    found = await _command(
        shared_client, "errkb.lookup", "blah\nWARNING:  Unsupported upgrade request.\n"
    )
    assert [item["id"] for item in found] == [UVICORN]
    assert found[0]["line"] == 1
    assert found[0]["fixes"][0]["commands"] == ["pip install 'uvicorn[standard]'"]
    assert found[0]["documentation"] == "https://www.uvicorn.org/#quickstart"
    assert await _command(shared_client, "errkb.lookup", "all good here") == []


async def test_lookup_renders_fixes_for_the_shell_the_request_names(
    shared_client: LanguageClient,
) -> None:
    """A terminal's own shell, sent with the text, decides the quoting of the fix commands."""
    text = "WARNING:  Unsupported upgrade request.\n"
    bash = await _command(shared_client, "errkb.lookup", text, {"shell": "bash"})
    fish = await _command(shared_client, "errkb.lookup", text, {"shell": "fish", "os": "macos"})
    odd = await _command(shared_client, "errkb.lookup", text, {"shell": 7, "os": "plan9"})
    assert bash[0]["fixes"][0]["commands"] == ["pip install uvicorn[standard]"]
    assert fish[0]["fixes"][0]["commands"] == ["pip install 'uvicorn[standard]'"]
    assert odd[0]["fixes"][0]["commands"] == ["pip install 'uvicorn[standard]'"]  # server's own


async def test_explain_shows_the_rendered_record(shared_client: LanguageClient) -> None:
    """errkb.explain renders the full record to a Markdown file and asks the client to show it."""
    result = await _command(shared_client, "errkb.explain", UVICORN)
    path = Path(result["uri"].removeprefix("file://"))
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# uvicorn: Unsupported upgrade request")
    assert "## Root Cause" in text
    assert "## Dead Ends" in text
    caps = shared_client.capabilities
    assert caps is not None
    if caps.window and caps.window.show_document and caps.window.show_document.support:
        assert result["shown"] is True
        assert shared_client.shown_documents[-1].uri == result["uri"]
    else:  # Emacs 29: no showDocument, so the user is told where the file is
        assert result["shown"] is False
        await wait_for(
            lambda: any(str(path) in m.message for m in shared_client.messages), what="message"
        )


async def test_open_documentation_is_external(shared_client: LanguageClient) -> None:
    """errkb.openDocumentation asks the client to open the link externally."""
    url = "https://www.uvicorn.org/#quickstart"
    result = await _command(shared_client, "errkb.openDocumentation", url)
    if result["shown"]:
        assert shared_client.shown_documents[-1] == types.ShowDocumentParams(uri=url, external=True)
    else:
        await wait_for(lambda: any(url in m.message for m in shared_client.messages), what="url")
