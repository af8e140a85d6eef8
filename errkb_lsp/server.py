"""errkb-lsp handlers: get the document, ask errkb, convert with lsp_utils, return."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from lsprotocol import types
from pygls.exceptions import JsonRpcInvalidParams
from pygls.uris import from_fs_path

import errkb
from errkb_lsp import lsp_utils
from errkb_lsp.options import WorkspaceFileError, add_ignored_id
from errkb_lsp.project_edits import project_fixes
from errkb_lsp.session import ErrkbLanguageServer, require_string

__all__ = ["create_server"]


def initialize(ls: ErrkbLanguageServer, params: types.InitializeParams) -> None:
    """Read capabilities and initializationOptions; offer pull diagnostics if usable."""
    first_time = (
        not ls.initialized_once and types.TEXT_DOCUMENT_DIAGNOSTIC not in ls.protocol.fm.features
    )
    ls.on_initialize(params)
    if ls.use_pull and first_time:
        ls.feature(
            types.TEXT_DOCUMENT_DIAGNOSTIC,
            types.DiagnosticOptions(
                identifier="errkb", inter_file_dependencies=False, workspace_diagnostics=False
            ),
        )(pull_diagnostics)


async def initialized(ls: ErrkbLanguageServer, params: types.InitializedParams) -> None:
    """Pull settings, read the workspace file, load the knowledge base."""
    await ls.on_initialized()


def shutdown(ls: ErrkbLanguageServer, params: None) -> None:
    """Stop scans and watchers."""
    ls.on_shutdown()


def did_open(ls: ErrkbLanguageServer, params: types.DidOpenTextDocumentParams) -> None:
    """Track the document and scan it."""
    ls.open_document(params.text_document)


def did_change(ls: ErrkbLanguageServer, params: types.DidChangeTextDocumentParams) -> None:
    """Apply the edit and rescan the changed lines after a pause."""
    ls.change_document(params)


def did_close(ls: ErrkbLanguageServer, params: types.DidCloseTextDocumentParams) -> None:
    """Forget the document and clear its diagnostics."""
    ls.close_document(params.text_document.uri)


async def pull_diagnostics(
    ls: ErrkbLanguageServer, params: types.DocumentDiagnosticParams
) -> types.DocumentDiagnosticReport:
    """Diagnostics of the document's current version (pull clients)."""
    return await ls.pulled_report(params)


async def hover(ls: ErrkbLanguageServer, params: types.HoverParams) -> types.Hover | None:
    """Markdown for the error under the cursor: cause, fixes for this environment, links."""
    found = ls.occurrences_at(params.text_document.uri, params.position)
    if not found:
        return None
    formats = ls.capability("text_document.hover.content_format", None)
    markdown = formats is None or types.MarkupKind.Markdown in formats
    return lsp_utils.lsp_hover(found, await ls.environment(), markdown=markdown)


def code_action(
    ls: ErrkbLanguageServer, params: types.CodeActionParams
) -> list[types.CodeAction] | None:
    """Quick fixes: dependency-file edits, full explanation, documentation, ignore."""
    uri = params.text_document.uri
    folder = ls.folder_for(uri)
    document_changes = bool(ls.capability("workspace.workspace_edit.document_changes"))
    show_document = bool(ls.capability("window.show_document.support"))
    distribution_for = getattr(errkb, "distribution_for", lambda name: name)
    actions: list[types.CodeAction] = []
    for occurrence in ls.occurrences_in(uri, params.range):
        record = occurrence.match.record
        edits = (
            project_fixes(
                record.id,
                record.domain or record.id.split("/", 1)[0],
                occurrence.match.groups or {},
                folder,
                ls.read_project_file,
                distribution_for,
            )
            if folder is not None
            else []
        )
        diagnostic = lsp_utils.lsp_diagnostic(
            occurrence, uri=uri, settings=ls.settings, features=ls.diagnostic_features
        )
        actions += lsp_utils.lsp_code_actions(
            occurrence,
            diagnostic,
            edits,
            workspace_edit=lambda edit: lsp_utils.lsp_workspace_edit(
                edit,
                version=ls.open_version(edit.path),
                encoding=ls.encoding,
                document_changes=document_changes,
            ),
            uri=uri,
            show_document=show_document,
            only=params.context.only,
        )
    return actions or None


async def lookup(ls: ErrkbLanguageServer, *arguments: Any) -> list[dict[str, Any]]:
    """errkb.lookup [text, {shell?, os?}]: every recognised error in the text, as errkb's JSON
    dicts, with fix commands for the given shell and OS (a terminal's own shell, say); when no
    pattern matches, the best fuzzy candidates, as `errkb lookup` gives."""
    text = require_string(arguments, 0, "the text to look up")
    await ls.kb_ready.wait()
    kb, settings = ls.kb, ls.settings
    matches = await ls.in_thread(lambda: list(kb.scan(text, fuzzy=False)))
    if not matches:
        matches = await ls.in_thread(lambda: list(kb.search(text, limit=5, fuzzy=True)))
    env = lsp_utils.environment_for_request(await ls.environment(), arguments[1:2])
    return [lsp_utils.match_dict(m, env) for m in matches if not settings.is_ignored(m.record.id)]


async def reload(ls: ErrkbLanguageServer, *arguments: Any) -> dict[str, Any]:
    """errkb.reload []: re-read settings files and records, rescan open documents."""
    return await ls.reload()


async def ignore(ls: ErrkbLanguageServer, *arguments: Any) -> dict[str, Any]:
    """errkb.ignore [id, uri?]: add the id to the workspace's .errkb.toml, republish."""
    record_id = require_string(arguments, 0, "a record id or domain").strip()
    if any(c.isspace() for c in record_id) or record_id.count("/") > 1:
        raise JsonRpcInvalidParams(f"{record_id!r} is not a record id or domain")
    uri = arguments[1] if len(arguments) > 1 and isinstance(arguments[1], str) else None
    folder = ls.folder_for(uri)
    if folder is None:
        ls.tell("errkb: open a folder to ignore errors in a workspace", types.MessageType.Warning)
        raise JsonRpcInvalidParams("no workspace folder to write .errkb.toml into")
    try:
        path = await ls.in_thread(add_ignored_id, folder, record_id)
    except WorkspaceFileError as error:
        ls.tell(f"errkb: {error}", types.MessageType.Error)
        raise JsonRpcInvalidParams(str(error)) from error
    await ls.apply_settings()
    return {"ignored": record_id, "file": str(path)}


async def explain(ls: ErrkbLanguageServer, *arguments: Any) -> dict[str, Any]:
    """errkb.explain [id]: render the whole record and show it as a Markdown document."""
    record_id = require_string(arguments, 0, "a record id")
    await ls.kb_ready.wait()
    record = ls.kb.records.get(record_id)
    if record is None:
        raise JsonRpcInvalidParams(f"no record {record_id!r} in the knowledge base")
    markdown = lsp_utils.sanitize(errkb.render_markdown(record, env=await ls.environment()))
    path = lsp_utils.explanation_path(ls.explain_dir, record_id)
    await ls.in_thread(path.write_text, markdown, "utf-8")
    uri = from_fs_path(str(path)) or Path(path).as_uri()
    shown = await ls.show_document(
        uri, external=False, otherwise=f"errkb: the full explanation of {record_id} is in {path}"
    )
    return {"id": record_id, "uri": uri, "shown": shown, "markdown": markdown}


async def open_documentation(ls: ErrkbLanguageServer, *arguments: Any) -> dict[str, Any]:
    """errkb.openDocumentation [url]: open a record's documentation link externally."""
    url = require_string(arguments, 0, "a documentation URL")
    if not url.startswith(("https://", "http://")):
        raise JsonRpcInvalidParams(f"not a web address: {url!r}")
    shown = await ls.show_document(url, external=True, otherwise=f"errkb documentation: {url}")
    return {"url": url, "shown": shown}


async def did_change_configuration(
    ls: ErrkbLanguageServer, params: types.DidChangeConfigurationParams
) -> None:
    """Re-pull the settings (or take pushed ones) and apply what changed."""
    if ls.capability("workspace.configuration"):
        await ls.pull_client_settings()
    elif params.settings is not None:
        ls.set_client_settings(params.settings)
    await ls.apply_settings()


def did_change_watched_files(
    ls: ErrkbLanguageServer, params: types.DidChangeWatchedFilesParams
) -> None:
    """A record or settings file changed: reload and republish."""
    ls.on_watched_files(params.changes)


def create_server() -> ErrkbLanguageServer:
    """A new server with every handler registered; all state lives on it."""
    server = ErrkbLanguageServer()
    server.feature(types.INITIALIZE)(initialize)
    server.feature(types.INITIALIZED)(initialized)
    server.feature(types.SHUTDOWN)(shutdown)
    server.feature(types.TEXT_DOCUMENT_DID_OPEN)(did_open)
    server.feature(types.TEXT_DOCUMENT_DID_CHANGE)(did_change)
    server.feature(types.TEXT_DOCUMENT_DID_CLOSE)(did_close)
    server.feature(types.TEXT_DOCUMENT_HOVER)(hover)
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
