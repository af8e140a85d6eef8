"""errkb-lsp handlers: get the document, ask errkb, convert with lsp_utils, return."""

from __future__ import annotations

from typing import Any

from lsprotocol import types

from errkb_lsp import (
    code_actions,
    commands,
    configuration,
    diagnostics,
    document_sync,
    hover,
    lsp_utils,
    watching,
)
from errkb_lsp.state import ErrkbLanguageServer

__all__ = ["create_server"]


def initialize(ls: ErrkbLanguageServer, params: types.InitializeParams) -> None:
    """Read capabilities and initializationOptions; offer pull diagnostics if usable."""
    first_time = (
        not ls.initialized_once and types.TEXT_DOCUMENT_DIAGNOSTIC not in ls.protocol.fm.features
    )
    configuration.on_initialize(ls, params)
    if ls.use_pull and first_time:
        ls.feature(
            types.TEXT_DOCUMENT_DIAGNOSTIC,
            types.DiagnosticOptions(
                identifier="errkb", inter_file_dependencies=False, workspace_diagnostics=False
            ),
        )(pull_diagnostics)


async def initialized(ls: ErrkbLanguageServer, params: types.InitializedParams) -> None:
    """Pull settings, read the workspace file, load the knowledge base."""
    await configuration.on_initialized(ls)


def shutdown(ls: ErrkbLanguageServer, params: None) -> None:
    """Stop scans and watchers."""
    ls.on_shutdown()


def did_open(ls: ErrkbLanguageServer, params: types.DidOpenTextDocumentParams) -> None:
    """Track the document and scan it."""
    document_sync.open_document(ls, params.text_document)


def did_change(ls: ErrkbLanguageServer, params: types.DidChangeTextDocumentParams) -> None:
    """Apply the edit and rescan the changed lines after a pause."""
    document_sync.change_document(ls, params)


def did_close(ls: ErrkbLanguageServer, params: types.DidCloseTextDocumentParams) -> None:
    """Forget the document and clear its diagnostics."""
    document_sync.close_document(ls, params.text_document.uri)


async def pull_diagnostics(
    ls: ErrkbLanguageServer, params: types.DocumentDiagnosticParams
) -> types.DocumentDiagnosticReport:
    """Diagnostics of the document's current version (pull clients)."""
    return await diagnostics.pulled_report(ls, params)


async def text_document_hover(
    ls: ErrkbLanguageServer, params: types.HoverParams
) -> types.Hover | None:
    """Markdown for the error under the cursor: cause, fixes for this environment, links."""
    return await hover.hover(ls, params)


def code_action(
    ls: ErrkbLanguageServer, params: types.CodeActionParams
) -> list[types.CodeAction] | None:
    """Quick fixes: dependency-file edits, full explanation, documentation, ignore."""
    return code_actions.code_actions(ls, params) or None


async def lookup(ls: ErrkbLanguageServer, *arguments: Any) -> list[dict[str, Any]]:
    """errkb.lookup [text, {shell?, os?}]: every recognised error in the text, as errkb's JSON
    dicts, with fix commands for the given shell and OS (a terminal's own shell, say); when no
    pattern matches, the best fuzzy candidates, as `errkb lookup` gives."""
    return await commands.lookup(ls, arguments)


async def reload(ls: ErrkbLanguageServer, *arguments: Any) -> dict[str, Any]:
    """errkb.reload []: re-read settings files and records, rescan open documents."""
    return await configuration.reload(ls)


async def ignore(ls: ErrkbLanguageServer, *arguments: Any) -> dict[str, Any]:
    """errkb.ignore [id, uri?]: add the id to the workspace's .errkb.toml, republish."""
    return await commands.ignore(ls, arguments)


async def explain(ls: ErrkbLanguageServer, *arguments: Any) -> dict[str, Any]:
    """errkb.explain [id]: render the whole record and show it as a Markdown document."""
    return await commands.explain(ls, arguments)


async def open_documentation(ls: ErrkbLanguageServer, *arguments: Any) -> dict[str, Any]:
    """errkb.openDocumentation [url]: open a record's documentation link externally."""
    return await commands.open_documentation(ls, arguments)


async def did_change_configuration(
    ls: ErrkbLanguageServer, params: types.DidChangeConfigurationParams
) -> None:
    """Re-pull the settings (or take pushed ones) and apply what changed."""
    if ls.capability("workspace.configuration"):
        await configuration.pull_client_settings(ls)
    elif params.settings is not None:
        configuration.set_client_settings(ls, params.settings)
    await configuration.apply_settings(ls)


def did_change_watched_files(
    ls: ErrkbLanguageServer, params: types.DidChangeWatchedFilesParams
) -> None:
    """A record or settings file changed: reload and republish."""
    configuration.files_changed(ls, watching.changed_kind(ls, params.changes))


def create_server() -> ErrkbLanguageServer:
    """A new server with every handler registered; all state lives on it."""
    server = ErrkbLanguageServer()
    server.feature(types.INITIALIZE)(initialize)
    server.feature(types.INITIALIZED)(initialized)
    server.feature(types.SHUTDOWN)(shutdown)
    server.feature(types.TEXT_DOCUMENT_DID_OPEN)(did_open)
    server.feature(types.TEXT_DOCUMENT_DID_CHANGE)(did_change)
    server.feature(types.TEXT_DOCUMENT_DID_CLOSE)(did_close)
    server.feature(types.TEXT_DOCUMENT_HOVER)(text_document_hover)
    server.feature(
        types.TEXT_DOCUMENT_CODE_ACTION,
        types.CodeActionOptions(code_action_kinds=[types.CodeActionKind.QuickFix]),
    )(code_action)
    server.feature(types.WORKSPACE_DID_CHANGE_CONFIGURATION)(did_change_configuration)
    server.feature(types.WORKSPACE_DID_CHANGE_WATCHED_FILES)(did_change_watched_files)
    server.command(lsp_utils.COMMAND_LOOKUP)(lookup)
    server.command(lsp_utils.COMMAND_RELOAD)(reload)
    server.command(lsp_utils.COMMAND_IGNORE)(ignore)
    server.command(lsp_utils.COMMAND_EXPLAIN)(explain)
    server.command(lsp_utils.COMMAND_OPEN_DOCUMENTATION)(open_documentation)
    return server
