"""workspace/executeCommand: errkb.lookup, reload, ignore, explain and openDocumentation."""

from __future__ import annotations

import asyncio
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from lsprotocol import types
from pygls.exceptions import JsonRpcInvalidParams
from pygls.uris import from_fs_path

import errkb
from errkb_lsp import configuration, lsp_utils
from errkb_lsp.environment import fix_environment
from errkb_lsp.options import WorkspaceFileError, add_ignored_id
from errkb_lsp.state import ErrkbLanguageServer

__all__ = ["explain", "ignore", "lookup", "open_documentation", "require_string", "show_document"]


def require_string(arguments: Sequence[Any], index: int, name: str) -> str:
    """A command's string argument, or an InvalidParams error naming it."""
    if len(arguments) <= index or not isinstance(arguments[index], str) or not arguments[index]:
        raise JsonRpcInvalidParams(f"expected {name} (a non-empty string) as argument {index + 1}")
    return str(arguments[index])


async def show_document(
    ls: ErrkbLanguageServer, uri: str, *, external: bool, otherwise: str
) -> bool:
    """Ask the client to show a document or web page; tell the user where it is if not."""
    shown = False
    if ls.capability("window.show_document.support"):
        params = types.ShowDocumentParams(
            uri=uri, external=True if external else None, take_focus=None if external else True
        )
        try:
            result = await asyncio.wait_for(ls.window_show_document_async(params), timeout=10)
            shown = bool(result and result.success)
        except Exception:
            shown = False
    if not shown:
        ls.tell(otherwise)
    return shown


async def lookup(ls: ErrkbLanguageServer, arguments: Sequence[Any]) -> list[dict[str, Any]]:
    """Every recognised error in a text (else the best fuzzy candidates), as errkb's JSON."""
    text = require_string(arguments, 0, "the text to look up")
    await ls.kb_ready.wait()
    kb, settings = ls.kb, ls.settings
    matches = await ls.in_thread(lambda: list(kb.scan(text, fuzzy=False)))
    if not matches:
        matches = await ls.in_thread(lambda: list(kb.search(text, limit=5, fuzzy=True)))
    env = lsp_utils.environment_for_request(await fix_environment(ls), arguments[1:2])
    return [lsp_utils.match_dict(m, env) for m in matches if not settings.is_ignored(m.record.id)]


async def ignore(ls: ErrkbLanguageServer, arguments: Sequence[Any]) -> dict[str, Any]:
    """Add a record id or domain to the workspace's .errkb.toml and apply it."""
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
    await configuration.apply_settings(ls)
    return {"ignored": record_id, "file": str(path)}


async def explain(ls: ErrkbLanguageServer, arguments: Sequence[Any]) -> dict[str, Any]:
    """Render a whole record as Markdown and show it as a document."""
    record_id = require_string(arguments, 0, "a record id")
    await ls.kb_ready.wait()
    record = ls.kb.records.get(record_id)
    if record is None:
        raise JsonRpcInvalidParams(f"no record {record_id!r} in the knowledge base")
    # A second argument ({shell, os}) is the machine a log came from (quick fixes pass it).
    env = lsp_utils.environment_for_request(await fix_environment(ls), arguments[1:2])
    markdown = lsp_utils.sanitize(errkb.render_markdown(record, env=env))
    path = lsp_utils.explanation_path(ls.explain_dir, record_id)
    await ls.in_thread(path.write_text, markdown, "utf-8")
    uri = from_fs_path(str(path)) or Path(path).as_uri()
    shown = await show_document(
        ls,
        uri,
        external=False,
        otherwise=f"errkb: the full explanation of {record_id} is in {path}",
    )
    return {"id": record_id, "uri": uri, "shown": shown, "markdown": markdown}


async def open_documentation(ls: ErrkbLanguageServer, arguments: Sequence[Any]) -> dict[str, Any]:
    """Open a record's documentation link externally."""
    url = require_string(arguments, 0, "a documentation URL")
    if not url.startswith(("https://", "http://")):
        raise JsonRpcInvalidParams(f"not a web address: {url!r}")
    shown = await show_document(ls, url, external=True, otherwise=f"errkb documentation: {url}")
    return {"url": url, "shown": shown}
