"""Settings: initialize, the editor's configuration, applying changes, reloading."""

from __future__ import annotations

import asyncio
import contextlib
from functools import partial
from typing import Any

from lsprotocol import types
from pygls.uris import from_fs_path

from errkb_lsp import diagnostics, document_sync, knowledge_base, lsp_utils, watching
from errkb_lsp.options import Layer, merge_layers, parse_layer, read_workspace_layers
from errkb_lsp.state import ErrkbLanguageServer

__all__ = [
    "apply_settings",
    "files_changed",
    "on_initialize",
    "on_initialized",
    "pull_client_settings",
    "reload",
    "schedule_reload",
    "set_client_settings",
]

CONFIG_REGISTRATION_ID = "errkb-configuration"


def on_initialize(ls: ErrkbLanguageServer, params: types.InitializeParams) -> None:
    """Read capabilities and initializationOptions; choose pull or push diagnostics."""
    caps = params.capabilities
    ls.diagnostic_features = lsp_utils.DiagnosticFeatures.from_capabilities(caps)
    pull = bool(caps.text_document and caps.text_document.diagnostic)
    refresh = bool(
        caps.workspace and caps.workspace.diagnostics and caps.workspace.diagnostics.refresh_support
    )
    # Pull only when the client can also be asked to re-pull: otherwise an ignore, a
    # settings change or a knowledge-base edit could never reach its diagnostics.
    ls.use_pull = pull and refresh
    ls.refresh_support = refresh
    folder = ls.folder_for(None)
    layer, problems = parse_layer(
        params.initialization_options,
        source="initializationOptions",
        base_dir=folder,
        workspace_dir=folder,
    )
    ls.init_layer = layer
    ls.layer_problems["init"] = problems
    ls.settings = merge_layers([ls.init_layer])


async def on_initialized(ls: ErrkbLanguageServer) -> None:
    """Pull the editor's settings, read the workspace file, build the knowledge base."""
    ls.initialized_once = True
    if ls.capability("workspace.did_change_configuration.dynamic_registration"):
        with contextlib.suppress(Exception):
            await ls.register_capability(
                CONFIG_REGISTRATION_ID, types.WORKSPACE_DID_CHANGE_CONFIGURATION
            )
    await pull_client_settings(ls)
    await apply_settings(ls, force_kb=True)


async def pull_client_settings(ls: ErrkbLanguageServer) -> None:
    """Ask the client for the ``errkb`` section (workspace/configuration)."""
    if not ls.capability("workspace.configuration"):
        return
    folder = ls.folder_for(None)
    scope = from_fs_path(str(folder)) if folder else None
    try:
        result = await asyncio.wait_for(
            ls.workspace_configuration_async(
                types.ConfigurationParams(
                    items=[types.ConfigurationItem(scope_uri=scope, section="errkb")]
                )
            ),
            timeout=10,
        )
    except Exception as error:  # a client that fails here must not stop the server
        ls.log(f"workspace/configuration failed: {error!r}", types.MessageType.Warning)
        return
    raw = result[0] if result else None
    set_client_settings(ls, raw)


def set_client_settings(ls: ErrkbLanguageServer, raw: Any) -> None:
    """Validate settings received from the editor (pulled or pushed)."""
    folder = ls.folder_for(None)
    layer, problems = parse_layer(
        raw, source="workspace/configuration", base_dir=folder, workspace_dir=folder
    )
    ls.client_layer = layer
    ls.layer_problems["client"] = problems


async def apply_settings(ls: ErrkbLanguageServer, *, force_kb: bool = False) -> None:
    """Merge all sources, report problems, rebuild/rescan/republish what changed."""
    # A settings change, a file event and a reload can arrive together: one at a time, so
    # two knowledge bases are never built at once and the last settings always win.
    async with ls.settings_lock:
        await _apply_settings(ls, force_kb=force_kb)


async def _apply_settings(ls: ErrkbLanguageServer, *, force_kb: bool) -> None:
    folder = ls.folder_for(None)
    file_layers: list[Layer] = []
    if folder is not None:
        file_layers, file_problems = await ls.in_thread(read_workspace_layers, folder)
        ls.layer_problems["file"] = file_problems
    old = ls.settings
    ls.settings = new = merge_layers([ls.init_layer, ls.client_layer, *file_layers])
    problems = tuple(
        p for key in ("init", "client", "file") for p in ls.layer_problems.get(key, [])
    )
    if problems and problems != ls.shown_problems:
        ls.tell(
            "errkb: some settings are invalid and were replaced by defaults: "
            + "; ".join(problems),
            types.MessageType.Warning,
        )
    ls.shown_problems = problems
    if force_kb or ls.kb is None or new.kb_key != ls.kb_key:
        await knowledge_base.rebuild_kb(ls)
        document_sync.rescan_all(ls)
    elif (new.fuzzy, new.max_file_size) != (old.fuzzy, old.max_file_size):
        document_sync.rescan_all(ls)
    else:
        document_sync.reselect_documents(ls)
        diagnostics.republish_all(ls)
    if new.poll_interval != old.poll_interval or force_kb:
        await watching.update_watchers(ls, partial(files_changed, ls))


async def reload(ls: ErrkbLanguageServer) -> dict[str, Any]:
    """Re-read settings files and records; rescan every document."""
    # Packages may have been installed since: detect the environment again.
    ls.detected_env = None
    ls.interpreter_packages.clear()
    await apply_settings(ls, force_kb=True)
    errors = [
        {
            "path": str(getattr(e, "path", "")),
            "field": getattr(e, "field", None),
            "message": str(getattr(e, "message", e)),
        }
        for e in getattr(ls.kb, "errors", []) or []
    ]
    return {"records": len(ls.kb.records), "errors": errors}


def schedule_reload(ls: ErrkbLanguageServer, delay: float = 0.2) -> None:
    """Reload once after a burst of file events."""
    if ls.reload_task is not None:
        ls.reload_task.cancel()

    async def later() -> None:
        await asyncio.sleep(delay)
        await reload(ls)

    ls.reload_task = ls.spawn(later())


def files_changed(ls: ErrkbLanguageServer, kind: watching.Changed, delay: float = 0.2) -> None:
    """Reload after record files changed; re-apply the settings after a settings file did."""
    if kind == "records":
        schedule_reload(ls, delay)
    elif kind == "settings":
        ls.spawn(apply_settings(ls))
