"""The server object: every piece of state, and the scheduling of scans and publications.

Handlers (server.py) stay thin and call into this object. Nothing here is module-level: each
``create_server()`` gets its own documents, settings, knowledge base and executor.
"""

from __future__ import annotations

import asyncio
import bisect
import contextlib
import dataclasses
import logging
import os
import shutil
import tempfile
import threading
import time
import uuid
from collections.abc import Callable, Coroutine, Generator, Iterable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from functools import partial
from pathlib import Path
from typing import Any, TypeVar

from lsprotocol import types
from pygls.exceptions import JsonRpcException, JsonRpcInvalidParams
from pygls.lsp.server import LanguageServer
from pygls.protocol import LanguageServerProtocol, lsp_method
from pygls.uris import from_fs_path, to_fs_path

import errkb
from errkb_lsp import __version__, lsp_utils
from errkb_lsp.documents import LogDocument, is_scannable
from errkb_lsp.environment import installed_distributions
from errkb_lsp.options import (
    Layer,
    Settings,
    merge_layers,
    parse_layer,
    read_workspace_layers,
)
from errkb_lsp.scanning import (
    CONTEXT_LINES,
    Occurrence,
    ScanOutcome,
    scan_lines,
)
from errkb_lsp.snapshot import ChangedLines, Snapshot

__all__ = ["DocState", "ErrkbLanguageServer", "ErrkbProtocol"]

logger = logging.getLogger(__name__)

#: Full scans of documents larger than this report work-done progress.
PROGRESS_MIN_CHARS = 2 * 1024 * 1024
KB_SUFFIXES = (".yaml", ".yml", ".json")
CONFIG_FILES = (".errkb.toml", "pyproject.toml")
WATCH_REGISTRATION_ID = "errkb-watched-files"
CONFIG_REGISTRATION_ID = "errkb-configuration"

T = TypeVar("T")


class ErrkbProtocol(LanguageServerProtocol):
    """pygls' protocol with the document store replaced and bad requests answered.

    The built-in didOpen/didChange/didClose keep pygls' ``TextDocument`` up to date, which
    re-splits the whole text on every incremental change (hundreds of milliseconds on a big
    log, on the event loop); errkb keeps its own store (documents.py) and these only forward
    to the server's handlers.
    """

    @lsp_method(types.TEXT_DOCUMENT_DID_OPEN)
    def lsp_text_document__did_open(
        self, params: types.DidOpenTextDocumentParams
    ) -> Generator[Any, Any, None]:
        """Forward didOpen to the server (no pygls TextDocument)."""
        if (handler := self.fm.features.get(types.TEXT_DOCUMENT_DID_OPEN)) is not None:
            yield handler, (params,), None

    @lsp_method(types.TEXT_DOCUMENT_DID_CHANGE)
    def lsp_text_document__did_change(
        self, params: types.DidChangeTextDocumentParams
    ) -> Generator[Any, Any, None]:
        """Forward didChange to the server (no pygls TextDocument)."""
        if (handler := self.fm.features.get(types.TEXT_DOCUMENT_DID_CHANGE)) is not None:
            yield handler, (params,), None

    @lsp_method(types.TEXT_DOCUMENT_DID_CLOSE)
    def lsp_text_document__did_close(
        self, params: types.DidCloseTextDocumentParams
    ) -> Generator[Any, Any, None]:
        """Forward didClose to the server (no pygls TextDocument)."""
        if (handler := self.fm.features.get(types.TEXT_DOCUMENT_DID_CLOSE)) is not None:
            yield handler, (params,), None

    def notify_json(self, method: str, params: dict[str, Any]) -> None:
        """Send a notification whose params are JSON-ready already (no cattrs pass).

        Publishing a thousand diagnostics through lsprotocol objects and cattrs costs about
        30 ms; after every edit of a log with that many errors, that was most of the delay.
        """
        self._send_data({"jsonrpc": "2.0", "method": method, "params": params})

    def structure_message(self, data: dict[str, Any]) -> Any:
        """Deserialize a message; answer a request whose params do not fit with an error.

        pygls logs such a request and drops it, so the client would wait forever for the
        response; the JSON-RPC spec asks for an InvalidParams error instead.
        """
        try:
            return super().structure_message(data)
        except JsonRpcException as error:
            if "id" in data and "method" in data and "jsonrpc" in data:
                cause = error.__cause__
                reason = str(cause).splitlines()[0] if cause else "invalid params"
                self._send_response(
                    data["id"],
                    error=JsonRpcInvalidParams(
                        f"invalid params for {data['method']}: {reason}"
                    ).to_response_error(),
                )
            raise


def _start_line(occurrence: Occurrence) -> int:
    return occurrence.start_line


@dataclasses.dataclass(eq=False)
class DocState:
    """Everything the server knows about one open document."""

    document: LogDocument
    scannable: bool
    #: Matches aligned with the current text, except inside ``dirty``.
    occurrences: list[Occurrence] = dataclasses.field(default_factory=list)
    #: Lines (current text) changed since the last scan; None when none are.
    dirty: tuple[int, int] | None = None
    full: bool = True
    #: First line that was not scanned (size limit or cancelled scan), None if all were.
    scan_end: int | None = None
    scan_end_reason: str = ""
    generation: int = 0
    clean: asyncio.Event = dataclasses.field(default_factory=asyncio.Event)
    debounce: asyncio.Task[None] | None = None
    cancel: threading.Event | None = None
    #: Occurrences found so far by a running full scan, for hovers during the scan.
    partial: list[Occurrence] | None = None
    size_warned: bool = False
    capped_warned: bool = False
    #: When the document last changed (time.monotonic()), for the leading-edge debounce.
    last_change: float = -1e9

    def mark_all_dirty(self) -> None:
        """Forget the results; the next scan reads the whole document."""
        self.full = True
        self.dirty = None
        self.clean.clear()

    def note_change(self, changed: ChangedLines | None) -> None:
        """Shift results past an edit, drop those it touched, and widen the dirty lines."""
        self.clean.clear()
        if changed is None:
            self.mark_all_dirty()
            self.occurrences = []
            return
        first, last_old, delta = changed.first, changed.last_old, changed.delta
        chars = changed.delta_chars
        # Occurrences are sorted by start: find the edit's place instead of testing each one
        # (a log may have many thousands); only those below it are touched, to move them.
        occurrences = self.occurrences
        inside = bisect.bisect_left(occurrences, first, key=_start_line)
        below = bisect.bisect_right(occurrences, last_old, lo=inside, key=_start_line)
        above = occurrences[:inside]
        dirty_first = first
        cut = [o.start_line for o in above if o.end_line >= first]  # multi-line, reaching in
        if cut:
            dirty_first = min(cut)
            above = [o for o in above if o.end_line < first]
        above.extend(o.shifted(delta, chars) for o in occurrences[below:])
        self.occurrences = above

        def moved(line: int) -> int:
            if line < first:
                return line
            if line > last_old:
                return line + delta
            return min(max(line, first), changed.last_new)

        dirty = (dirty_first, changed.last_new)
        if self.dirty is not None:
            dirty = (min(dirty[0], moved(self.dirty[0])), max(dirty[1], moved(self.dirty[1])))
        self.dirty = dirty
        if self.scan_end is not None:
            self.scan_end = moved(self.scan_end)

    def rescan_bounds(self, line_total: int) -> tuple[int, int]:
        """Lines to rescan: the dirty lines plus context, widened over matches they cut."""
        if self.full or self.dirty is None:
            return 0, line_total - 1
        first = max(0, self.dirty[0] - CONTEXT_LINES)
        last = min(line_total - 1, self.dirty[1] + CONTEXT_LINES)
        for occurrence in self.occurrences:
            if occurrence.start_line < first <= occurrence.end_line:
                first = occurrence.start_line
            if occurrence.start_line <= last < occurrence.end_line:
                last = occurrence.end_line
        return first, last

    def merge(
        self,
        first: int,
        last: int,
        cut: int | None,
        found: list[Occurrence],
        *,
        full: bool,
    ) -> None:
        """Replace the results for lines first..last with a fresh scan's; now clean."""
        if full:
            self.occurrences = found
        else:
            occurrences = self.occurrences
            before = bisect.bisect_left(occurrences, first, key=_start_line)
            after = bisect.bisect_right(occurrences, last, lo=before, key=_start_line)
            self.occurrences = occurrences[:before] + found + occurrences[after:]
        if cut is not None:
            self.occurrences = [o for o in self.occurrences if o.start_line < cut]
        self.full = False
        self.dirty = None


class ErrkbLanguageServer(LanguageServer):
    """errkb-lsp: diagnostics, hovers and quick fixes for logs and terminal output."""

    def __init__(self) -> None:
        super().__init__("errkb-lsp", __version__, protocol_cls=ErrkbProtocol)
        self.documents: dict[str, DocState] = {}
        self.init_layer: Layer = {}
        self.client_layer: Layer = {}
        self.layer_problems: dict[str, list[str]] = {}
        self.shown_problems: tuple[str, ...] = ()
        self.settings = Settings()
        self.kb: Any = None
        self.kb_key: tuple[tuple[str, ...], bool] | None = None
        self.kb_ready = asyncio.Event()
        self.settings_lock = asyncio.Lock()
        self.use_pull = False
        self.refresh_support = False
        self.initialized_once = False
        self.diagnostic_features = lsp_utils.DiagnosticFeatures()
        self.detected_env: Any = None
        self.interpreter_packages: dict[str, dict[str, str]] = {}
        self.watch_registered = False
        self.watched_by_client: tuple[str, ...] = ()
        self.poll_task: asyncio.Task[None] | None = None
        self.poll_fingerprint: Any = None
        self.reload_task: asyncio.Task[None] | None = None
        self.background: set[asyncio.Task[Any]] = set()
        self._scan_executor: ThreadPoolExecutor | None = None
        self._diagnostic_writer: lsp_utils.DiagnosticWriter | None = None
        self._explain_dir: Path | None = None

    # ----------------------------------------------------------------- utilities

    @property
    def scan_executor(self) -> ThreadPoolExecutor:
        """Threads for scans and file I/O, apart from pygls' pool (which reads stdin)."""
        if self._scan_executor is None:
            self._scan_executor = ThreadPoolExecutor(max_workers=2, thread_name_prefix="errkb")
        return self._scan_executor

    async def in_thread(self, function: Callable[..., T], *args: Any) -> T:
        """Run blocking work off the event loop."""
        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self.scan_executor, partial(function, *args))

    def spawn(self, coroutine: Coroutine[Any, Any, Any]) -> asyncio.Task[Any]:
        """Start a background task and keep a reference until it is done."""
        task: asyncio.Task[Any] = asyncio.ensure_future(coroutine)
        self.background.add(task)
        task.add_done_callback(self._background_done)
        return task

    def _background_done(self, task: asyncio.Task[Any]) -> None:
        self.background.discard(task)
        if not task.cancelled() and (error := task.exception()) is not None:
            logger.error("background task failed", exc_info=error)
            self.log(f"internal error: {error!r}", types.MessageType.Error)

    def log(self, message: str, level: types.MessageType = types.MessageType.Log) -> None:
        """Write to the client's log (window/logMessage)."""
        self.window_log_message(types.LogMessageParams(type=level, message=message))

    def tell(self, message: str, level: types.MessageType = types.MessageType.Info) -> None:
        """Tell the user (window/showMessage)."""
        self.window_show_message(types.ShowMessageParams(type=level, message=message))

    @property
    def encoding(self) -> str:
        """The position encoding negotiated with the client."""
        return str(self.workspace.position_encoding or types.PositionEncodingKind.Utf16)

    def capability(self, path: str, default: Any = None) -> Any:
        """A client capability by dotted attribute path (None-safe)."""
        value: Any = self.client_capabilities
        for name in path.split("."):
            value = getattr(value, name, None)
            if value is None:
                return default
        return value

    def workspace_folders(self) -> list[Path]:
        """Local paths of the workspace folders (the root first)."""
        folders: list[Path] = []
        try:
            workspace = self.workspace
        except RuntimeError:
            return folders
        for folder in workspace.folders.values():
            if (path := to_fs_path(folder.uri)) is not None:
                folders.append(Path(path))
        if not folders and workspace.root_path:
            folders.append(Path(workspace.root_path))
        return folders

    def folder_for(self, uri: str | None) -> Path | None:
        """The workspace folder holding a document, else the first folder."""
        folders = self.workspace_folders()
        path = to_fs_path(uri) if uri else None
        if path is not None:
            for folder in sorted(folders, key=lambda f: len(str(f)), reverse=True):
                if Path(path).is_relative_to(folder):
                    return folder
        return folders[0] if folders else None

    # ----------------------------------------------------------------- lifecycle

    def on_initialize(self, params: types.InitializeParams) -> None:
        """Read capabilities and initializationOptions; choose pull or push diagnostics."""
        caps = params.capabilities
        self.diagnostic_features = lsp_utils.DiagnosticFeatures.from_capabilities(caps)
        pull = bool(caps.text_document and caps.text_document.diagnostic)
        refresh = bool(
            caps.workspace
            and caps.workspace.diagnostics
            and caps.workspace.diagnostics.refresh_support
        )
        # Pull only when the client can also be asked to re-pull: otherwise an ignore, a
        # settings change or a knowledge-base edit could never reach its diagnostics.
        self.use_pull = pull and refresh
        self.refresh_support = refresh
        folder = self.folder_for(None)
        layer, problems = parse_layer(
            params.initialization_options,
            source="initializationOptions",
            base_dir=folder,
            workspace_dir=folder,
        )
        self.init_layer = layer
        self.layer_problems["init"] = problems
        self.settings = merge_layers([self.init_layer])

    async def on_initialized(self) -> None:
        """Pull the editor's settings, read the workspace file, build the knowledge base."""
        self.initialized_once = True
        if self.capability("workspace.did_change_configuration.dynamic_registration"):
            with contextlib.suppress(Exception):
                await asyncio.wait_for(
                    self.client_register_capability_async(
                        types.RegistrationParams(
                            registrations=[
                                types.Registration(
                                    id=CONFIG_REGISTRATION_ID,
                                    method=types.WORKSPACE_DID_CHANGE_CONFIGURATION,
                                )
                            ]
                        )
                    ),
                    timeout=10,
                )
        await self.pull_client_settings()
        await self.apply_settings(force_kb=True)

    def on_shutdown(self) -> None:
        """Stop background work and remove temporary files."""
        for state in self.documents.values():
            self.cancel_work(state)
        for task in list(self.background):
            task.cancel()
        if self.poll_task is not None:
            self.poll_task.cancel()
        if self._scan_executor is not None:
            self._scan_executor.shutdown(wait=False, cancel_futures=True)
        if self._explain_dir is not None:
            shutil.rmtree(self._explain_dir, ignore_errors=True)

    # ----------------------------------------------------------------- settings

    async def pull_client_settings(self) -> None:
        """Ask the client for the ``errkb`` section (workspace/configuration)."""
        if not self.capability("workspace.configuration"):
            return
        folder = self.folder_for(None)
        scope = from_fs_path(str(folder)) if folder else None
        try:
            result = await asyncio.wait_for(
                self.workspace_configuration_async(
                    types.ConfigurationParams(
                        items=[types.ConfigurationItem(scope_uri=scope, section="errkb")]
                    )
                ),
                timeout=10,
            )
        except Exception as error:  # a client that fails here must not stop the server
            self.log(f"workspace/configuration failed: {error!r}", types.MessageType.Warning)
            return
        raw = result[0] if result else None
        self.set_client_settings(raw)

    def set_client_settings(self, raw: Any) -> None:
        """Validate settings received from the editor (pulled or pushed)."""
        folder = self.folder_for(None)
        layer, problems = parse_layer(
            raw, source="workspace/configuration", base_dir=folder, workspace_dir=folder
        )
        self.client_layer = layer
        self.layer_problems["client"] = problems

    async def apply_settings(self, *, force_kb: bool = False) -> None:
        """Merge all sources, report problems, rebuild/rescan/republish what changed."""
        # A settings change, a file event and a reload can arrive together: one at a time, so
        # two knowledge bases are never built at once and the last settings always win.
        async with self.settings_lock:
            await self._apply_settings(force_kb=force_kb)

    async def _apply_settings(self, *, force_kb: bool) -> None:
        folder = self.folder_for(None)
        file_layers: list[Layer] = []
        if folder is not None:
            file_layers, file_problems = await self.in_thread(read_workspace_layers, folder)
            self.layer_problems["file"] = file_problems
        old = self.settings
        self.settings = new = merge_layers([self.init_layer, self.client_layer, *file_layers])
        problems = tuple(
            p for key in ("init", "client", "file") for p in self.layer_problems.get(key, [])
        )
        if problems and problems != self.shown_problems:
            self.tell(
                "errkb: some settings are invalid and were replaced by defaults: "
                + "; ".join(problems),
                types.MessageType.Warning,
            )
        self.shown_problems = problems
        if force_kb or self.kb is None or new.kb_key != self.kb_key:
            await self.rebuild_kb()
            self.rescan_all()
        elif (new.fuzzy, new.max_file_size) != (old.fuzzy, old.max_file_size):
            self.rescan_all()
        else:
            self.reselect_documents()
            self.republish_all()
        if new.poll_interval != old.poll_interval or force_kb:
            await self.update_watchers()

    # ----------------------------------------------------------------- knowledge base

    async def rebuild_kb(self) -> None:
        """Build the knowledge base for the current settings (in a thread)."""
        settings = self.settings
        paths = [p for p in settings.knowledge_base_paths if os.path.isdir(p)]
        missing = [p for p in settings.knowledge_base_paths if not os.path.isdir(p)]
        if missing:
            self.tell(
                "errkb: knowledge-base directories not found: " + ", ".join(missing),
                types.MessageType.Warning,
            )

        workspace = self.folder_for(None)

        def build() -> Any:
            # The command line's directories (bundled unless ERRKB_NO_BUNDLED=1,
            # ~/.config/errkb, $ERRKB_PATH, the nearest .errkb/ above the workspace folder, or
            # the working directory without one), then the configured ones.
            return errkb.KnowledgeBase.from_environment(
                paths, include_bundled=settings.include_bundled, cwd=workspace
            )

        # Building an index without a cached copy can take a while: show it.
        token = await self.create_progress("errkb: loading the knowledge base", cancellable=False)
        try:
            kb = await self.in_thread(build)
        except Exception as error:
            self.tell(f"errkb: cannot load the knowledge base: {error}", types.MessageType.Error)
            if self.kb is None:
                kb = await self.in_thread(
                    lambda: errkb.KnowledgeBase(paths=[], include_bundled=settings.include_bundled)
                )
            else:
                kb = self.kb
        finally:
            if token is not None:
                self.end_progress(token, cancelled=False)
        errors = list(getattr(kb, "errors", []) or [])
        if errors:
            details = "; ".join(
                f"{getattr(e, 'path', '?')}: {getattr(e, 'message', e)}" for e in errors[:5]
            )
            more = f" (and {len(errors) - 5} more)" if len(errors) > 5 else ""
            self.tell(
                f"errkb: {len(errors)} knowledge-base records failed to load: {details}{more}",
                types.MessageType.Warning,
            )
        self.kb = kb
        self.kb_key = settings.kb_key
        self.kb_ready.set()
        directories = ", ".join(str(d) for d in getattr(kb, "directories", paths))
        self.log(f"errkb knowledge base: {len(kb.records)} records from {directories}")

    async def reload(self) -> dict[str, Any]:
        """Re-read settings files and records; rescan every document."""
        # Packages may have been installed since: detect the environment again.
        self.detected_env = None
        self.interpreter_packages.clear()
        await self.apply_settings(force_kb=True)
        errors = [
            {"path": str(getattr(e, "path", "")), "message": str(getattr(e, "message", e))}
            for e in getattr(self.kb, "errors", []) or []
        ]
        return {"records": len(self.kb.records), "errors": errors}

    def schedule_reload(self, delay: float = 0.2) -> None:
        """Reload once after a burst of file events."""
        if self.reload_task is not None:
            self.reload_task.cancel()

        async def later() -> None:
            await asyncio.sleep(delay)
            await self.reload()

        self.reload_task = self.spawn(later())

    # ----------------------------------------------------------------- watching

    def kb_dirs(self) -> list[str]:
        """Every record directory of the knowledge base (record authors edit bundled ones too)."""
        directories = getattr(self.kb, "directories", None)
        if directories is None:
            return [p for p in self.settings.knowledge_base_paths if os.path.isdir(p)]
        return [str(d) for d in directories if os.path.isdir(d)]

    async def update_watchers(self) -> None:
        """Have the client watch record and settings files; poll what it cannot watch."""
        dynamic = bool(self.capability("workspace.did_change_watched_files.dynamic_registration"))
        relative = bool(
            self.capability("workspace.did_change_watched_files.relative_pattern_support")
        )
        folders = self.workspace_folders()
        watchers: list[types.FileSystemWatcher] = []
        watched: list[str] = []
        for directory in self.kb_dirs():
            inside = any(Path(directory).is_relative_to(f) for f in folders)
            if relative:
                base = from_fs_path(directory) or Path(directory).as_uri()
                watchers.append(
                    types.FileSystemWatcher(
                        glob_pattern=types.RelativePattern(
                            base_uri=base, pattern="**/*.{yaml,yml,json}"
                        )
                    )
                )
                watched.append(directory)
            elif inside:
                # Without relative patterns, editors only watch inside the workspace.
                watchers.append(
                    types.FileSystemWatcher(
                        glob_pattern=f"{Path(directory).as_posix()}/**/*.{{yaml,yml,json}}"
                    )
                )
                watched.append(directory)
        for name in CONFIG_FILES:
            watchers.append(types.FileSystemWatcher(glob_pattern=f"**/{name}"))
        if dynamic:
            with contextlib.suppress(Exception):
                if self.watch_registered:
                    await asyncio.wait_for(
                        self.client_unregister_capability_async(
                            types.UnregistrationParams(
                                unregisterations=[
                                    types.Unregistration(
                                        id=WATCH_REGISTRATION_ID,
                                        method=types.WORKSPACE_DID_CHANGE_WATCHED_FILES,
                                    )
                                ]
                            )
                        ),
                        timeout=10,
                    )
                    self.watch_registered = False
                await asyncio.wait_for(
                    self.client_register_capability_async(
                        types.RegistrationParams(
                            registrations=[
                                types.Registration(
                                    id=WATCH_REGISTRATION_ID,
                                    method=types.WORKSPACE_DID_CHANGE_WATCHED_FILES,
                                    register_options=types.DidChangeWatchedFilesRegistrationOptions(
                                        watchers=watchers
                                    ),
                                )
                            ]
                        )
                    ),
                    timeout=10,
                )
                self.watch_registered = True
        self.watched_by_client = tuple(watched) if self.watch_registered else ()
        polled = [d for d in self.kb_dirs() if d not in self.watched_by_client]
        needs_poll = bool(polled) or not self.watch_registered
        if self.poll_task is not None:
            self.poll_task.cancel()
            self.poll_task = None
        if needs_poll and self.settings.poll_interval > 0:
            self.poll_fingerprint = await self.in_thread(self.fingerprint)
            self.poll_task = self.spawn(self.poll())

    def fingerprint(self) -> tuple[tuple[Any, ...], tuple[Any, ...]]:
        """(path, mtime, size) of the polled record files, and of the settings files."""
        records: list[tuple[str, int, int]] = []
        polled = [d for d in self.kb_dirs() if d not in self.watched_by_client]
        for directory in polled:
            for root, _dirs, files in os.walk(directory):
                for name in files:
                    if name.endswith(KB_SUFFIXES):
                        path = os.path.join(root, name)
                        with contextlib.suppress(OSError):
                            stat = os.stat(path)
                            records.append((path, stat.st_mtime_ns, stat.st_size))
        configs: list[tuple[str, int, int]] = []
        if not self.watch_registered:
            for folder in self.workspace_folders():
                for name in CONFIG_FILES:
                    with contextlib.suppress(OSError):
                        stat = os.stat(folder / name)
                        configs.append((str(folder / name), stat.st_mtime_ns, stat.st_size))
        return tuple(sorted(records)), tuple(sorted(configs))

    async def poll(self) -> None:
        """Fallback watcher for what the client cannot watch for the server.

        LSP has no other way to learn about file changes, and errkb has no file-watching
        dependency; stat-ing a knowledge base of a few hundred files every couple of seconds
        costs about a millisecond.
        """
        while True:
            await asyncio.sleep(self.settings.poll_interval)
            current = await self.in_thread(self.fingerprint)
            previous, self.poll_fingerprint = self.poll_fingerprint, current
            # Spawned, not awaited: reloading re-creates this polling task.
            if previous is None or current[0] != previous[0]:
                self.log("errkb: knowledge-base records changed on disk; reloading")
                self.schedule_reload(delay=0)
            elif current[1] != previous[1]:
                self.spawn(self.apply_settings())

    def on_watched_files(self, changes: Sequence[types.FileEvent]) -> None:
        """React to file events from the client's watcher."""
        dirs = [Path(d) for d in self.kb_dirs()]
        settings_changed = False
        for change in changes:
            path = to_fs_path(change.uri)
            if path is None:
                continue
            if path.endswith(KB_SUFFIXES) and any(Path(path).is_relative_to(d) for d in dirs):
                self.schedule_reload()
                return
            if Path(path).name in CONFIG_FILES:
                settings_changed = True
        if settings_changed:
            self.spawn(self.apply_settings())

    # ----------------------------------------------------------------- documents

    def open_document(self, item: types.TextDocumentItem) -> None:
        """Start tracking a document and scan it now."""
        previous = self.documents.pop(item.uri, None)
        if previous is not None:
            self.cancel_work(previous)
        logger.info("didOpen %s (%d characters)", item.uri, len(item.text))
        document = LogDocument(item.uri, item.language_id, item.version, item.text)
        state = DocState(document, is_scannable(item.uri, item.language_id, self.settings.globs))
        self.documents[item.uri] = state
        if state.scannable:
            self.schedule_scan(state, delay=0)
        else:
            state.clean.set()

    def change_document(self, params: types.DidChangeTextDocumentParams) -> None:
        """Apply edits to the snapshot, keep unaffected results, rescan after a pause."""
        state = self.documents.get(params.text_document.uri)
        if state is None:
            return
        document = state.document
        for change in params.content_changes:
            changed = document.apply_change(change, self.encoding)
            if state.scannable:
                state.note_change(changed)
        document.version = params.text_document.version
        if state.scannable:
            # Leading-edge debounce: an edit after a quiet spell is rescanned at once (an edit
            # rescans a window of lines, a few milliseconds); edits in a burst wait until the
            # burst has paused for debounceMs.
            now = time.monotonic()
            pause = self.settings.debounce_ms / 1000
            quiet = now - state.last_change >= pause and (
                state.debounce is None or state.debounce.done()
            )
            state.last_change = now
            self.schedule_scan(state, delay=0 if quiet else pause)

    def close_document(self, uri: str) -> None:
        """Stop tracking a document and clear its diagnostics."""
        state = self.documents.pop(uri, None)
        if state is None:
            return
        self.cancel_work(state)
        state.clean.set()
        if not self.use_pull:
            self.text_document_publish_diagnostics(
                types.PublishDiagnosticsParams(uri=uri, diagnostics=[])
            )

    def cancel_work(self, state: DocState) -> None:
        """Cancel the pending debounce and the running scan of a document."""
        if state.debounce is not None:
            state.debounce.cancel()
            state.debounce = None
        if state.cancel is not None:
            state.cancel.set()

    def reselect_documents(self) -> None:
        """Apply changed globs: scan newly selected documents, clear deselected ones."""
        for uri, state in self.documents.items():
            now = is_scannable(uri, state.document.language_id, self.settings.globs)
            if now == state.scannable:
                continue
            state.scannable = now
            if now:
                state.occurrences = []
                state.mark_all_dirty()
                self.schedule_scan(state, delay=0)
            else:
                self.cancel_work(state)
                state.occurrences = []
                state.scan_end = None
                state.clean.set()
                self.publish(state)

    def rescan_all(self) -> None:
        """Scan every selected document again (knowledge base or scan options changed)."""
        for uri, state in self.documents.items():
            was_scannable = state.scannable
            state.scannable = is_scannable(uri, state.document.language_id, self.settings.globs)
            if state.scannable:
                state.mark_all_dirty()
                self.schedule_scan(state, delay=0)
            elif was_scannable:
                self.cancel_work(state)
                state.occurrences = []
                state.scan_end = None
                state.clean.set()
                self.publish(state)
        self.request_refresh()

    def republish_all(self) -> None:
        """Publish again after ignore or severity changes (no rescan needed)."""
        for state in self.documents.values():
            state.generation += 1
            if state.clean.is_set():
                self.publish(state)
        self.request_refresh()

    def request_refresh(self) -> None:
        """Ask a pull client to pull again."""
        if self.use_pull and self.refresh_support:
            with contextlib.suppress(Exception):
                self.workspace_diagnostic_refresh(None)

    # ----------------------------------------------------------------- scanning

    def schedule_scan(self, state: DocState, *, delay: float) -> None:
        """(Re)start the per-document debounce; a newer edit cancels the running scan."""
        self.cancel_work(state)
        state.clean.clear()
        state.debounce = asyncio.ensure_future(self.scan_later(state, delay))

    async def scan_later(self, state: DocState, delay: float) -> None:
        """After the debounce, scan the dirty lines (or everything) of one snapshot."""
        try:
            if delay > 0:
                await asyncio.sleep(delay)
            await self.kb_ready.wait()
            await self.run_scan(state)
        except asyncio.CancelledError:
            raise
        except Exception as error:  # a failed scan must not leave the document unusable
            logger.exception("scan failed")
            self.log(
                f"errkb: scanning {state.document.uri} failed: {error!r}", types.MessageType.Error
            )
            if self.documents.get(state.document.uri) is state:
                state.clean.set()

    async def run_scan(self, state: DocState) -> None:
        """Scan one version off the event loop; apply the result only if still current."""
        document = state.document
        uri, version = document.uri, document.version
        if (raw := document.raw_text) is not None:
            # Split a freshly opened (possibly huge) text in a thread, not on the event loop.
            began = time.perf_counter()
            built = await self.in_thread(Snapshot.from_text, raw)
            logger.info("indexed %s in %.3fs", uri, time.perf_counter() - began)
            if document.version != version or self.documents.get(uri) is not state:
                return
            if not document.indexed:
                document.adopt(built)
        # This version's snapshot is immutable: edits arriving during the scan make new ones.
        snapshot = document.snapshot
        kb, settings, encoding = self.kb, self.settings, self.encoding
        full = state.full
        first, last = state.rescan_bounds(snapshot.line_count)
        if not full and state.scan_end is not None:
            last = min(last, state.scan_end - 1)
        cancel = threading.Event()
        user_cancel = threading.Event()
        state.cancel = cancel
        state.partial = [] if full else None
        token = None
        if full and snapshot.length >= PROGRESS_MIN_CHARS:
            token = await self.begin_progress(document, cancel, user_cancel)
        loop = asyncio.get_running_loop()

        def on_chunk(fraction: float, found: list[Occurrence]) -> None:
            state.partial = found
            if token is not None:
                loop.call_soon_threadsafe(self.report_progress, token, fraction, len(found))

        def work() -> tuple[int | None, ScanOutcome]:
            cut = snapshot.limit_line(settings.max_file_size)
            high = last if cut is None else min(last, cut - 1)
            if high < first:
                return cut, ScanOutcome([])
            outcome = scan_lines(
                kb,
                snapshot,
                first,
                high,
                encoding=encoding,
                fuzzy=settings.fuzzy,
                cancel=cancel,
                on_chunk=on_chunk,
            )
            return cut, outcome

        began = time.perf_counter()
        try:
            cut, outcome = await loop.run_in_executor(self.scan_executor, work)
        finally:
            state.partial = None
            if token is not None:
                self.end_progress(token, cancelled=cancel.is_set())
        logger.info(
            "scanned %s v%s lines %d-%d in %.3fs (%s)",
            uri,
            version,
            first,
            last,
            time.perf_counter() - began,
            "full" if full else "partial",
        )
        stale = (
            self.documents.get(uri) is not state
            or document.version != version
            or self.kb is not kb
            or (cancel.is_set() and not user_cancel.is_set())
        )
        if stale:
            return
        state.merge(first, last, cut, outcome.occurrences, full=full)
        if outcome.stopped_at is not None:
            state.scan_end = outcome.stopped_at
            state.scan_end_reason = "cancelled"
        elif cut is not None and (state.scan_end is None or full):
            state.scan_end = cut
            state.scan_end_reason = "size"
            if not state.size_warned:
                state.size_warned = True
                self.tell(
                    f"errkb: {Path(to_fs_path(uri) or uri).name} is larger than maxFileSize "
                    f"({settings.max_file_size} bytes); only lines 1-{cut} were checked.",
                    types.MessageType.Warning,
                )
        elif full:
            state.scan_end = None
        state.cancel = None
        state.generation += 1
        state.clean.set()
        self.publish(state)

    async def create_progress(self, title: str, *, cancellable: bool) -> str | None:
        """Begin server-initiated work-done progress, if the client shows progress."""
        if not self.capability("window.work_done_progress"):
            return None
        token = f"errkb-{uuid.uuid4()}"
        try:
            await asyncio.wait_for(self.work_done_progress.create_async(token), timeout=5)
        except Exception:
            return None
        self.work_done_progress.begin(
            token, types.WorkDoneProgressBegin(title=title, cancellable=cancellable, percentage=0)
        )
        return token

    async def begin_progress(
        self, document: LogDocument, cancel: threading.Event, user_cancel: threading.Event
    ) -> str | None:
        """Start cancellable work-done progress for a long scan, if the client shows it."""
        name = Path(to_fs_path(document.uri) or document.uri).name
        token = await self.create_progress(f"errkb: scanning {name}", cancellable=True)
        if token is None:
            return None
        future = self.work_done_progress.tokens.get(token)
        if future is not None:

            def cancelled(done: Future[Any]) -> None:
                if done.cancelled():
                    user_cancel.set()
                    cancel.set()

            future.add_done_callback(cancelled)
        return token

    def report_progress(self, token: str, fraction: float, found: int) -> None:
        """Report scan progress (called on the event loop)."""
        with contextlib.suppress(Exception):
            self.work_done_progress.report(
                token,
                types.WorkDoneProgressReport(
                    percentage=int(fraction * 100), message=f"{found} errors so far"
                ),
            )

    def end_progress(self, token: str, *, cancelled: bool) -> None:
        """Close the progress report."""
        with contextlib.suppress(Exception):
            self.work_done_progress.end(
                token, types.WorkDoneProgressEnd(message="cancelled" if cancelled else "done")
            )
        self.work_done_progress.tokens.pop(token, None)

    # ----------------------------------------------------------------- publishing

    def visible(self, state: DocState) -> list[Occurrence]:
        """Occurrences of records the user has not ignored."""
        if not self.settings.ignore:
            return state.occurrences
        return [o for o in state.occurrences if not self.settings.is_ignored(o.record_id)]

    def report(self, state: DocState) -> tuple[list[Occurrence], list[types.Diagnostic]]:
        """What to publish for a document: the occurrences shown, and the server's notices."""
        if not state.scannable:
            return [], []
        visible = self.visible(state)
        cap = self.settings.max_diagnostics
        shown = visible[:cap] if cap else visible
        notices: list[types.Diagnostic] = []
        if len(shown) < len(visible):
            notices.append(
                self.capped_notice(state, visible[len(shown)], len(visible) - len(shown))
            )
        if state.scan_end is not None:
            if state.scan_end_reason == "cancelled":
                message = (
                    f"errkb: scan cancelled here; lines from {state.scan_end + 1} on were not "
                    "checked (run errkb.reload or reopen the document to scan it all)."
                )
            else:
                message = (
                    f"errkb: this document is larger than maxFileSize "
                    f"({self.settings.max_file_size} bytes); lines from {state.scan_end + 1} on "
                    "were not checked."
                )
            notices.append(lsp_utils.lsp_notice(state.scan_end, message))
        return shown, notices

    def diagnostics(self, state: DocState) -> list[types.Diagnostic]:
        """LSP diagnostics of a document's current results (pull reports)."""
        shown, notices = self.report(state)
        uri = state.document.uri
        return [
            *(
                lsp_utils.lsp_diagnostic(
                    o, uri=uri, settings=self.settings, features=self.diagnostic_features
                )
                for o in shown
            ),
            *notices,
        ]

    def diagnostic_writer(self) -> lsp_utils.DiagnosticWriter:
        """The JSON writer for the current settings and client features."""
        writer = self._diagnostic_writer
        if (
            writer is None
            or writer.settings is not self.settings
            or writer.features is not self.diagnostic_features
        ):
            writer = lsp_utils.DiagnosticWriter(self.settings, self.diagnostic_features)
            self._diagnostic_writer = writer
        return writer

    def diagnostics_json(self, state: DocState) -> list[dict[str, Any]]:
        """The same diagnostics as ``diagnostics``, as JSON-ready dicts (push)."""
        shown, notices = self.report(state)
        uri = state.document.uri
        write = self.diagnostic_writer().diagnostic
        converter = self.protocol._converter  # pygls' own lsprotocol converter
        return [*(write(o, uri) for o in shown), *map(converter.unstructure, notices)]

    def capped_notice(
        self, state: DocState, first_hidden: Occurrence, hidden: int
    ) -> types.Diagnostic:
        """The notice at the first diagnostic left out by maxDiagnostics; told once as well."""
        cap = self.settings.max_diagnostics
        if not state.capped_warned:
            state.capped_warned = True
            name = Path(to_fs_path(state.document.uri) or state.document.uri).name
            self.tell(
                f"errkb: {name} has more than {cap} recognised errors; only the first {cap} "
                "are shown (setting maxDiagnostics).",
                types.MessageType.Warning,
            )
        return lsp_utils.lsp_notice(
            first_hidden.start_line,
            f"errkb: {hidden} more recognised errors from here on are not shown "
            f"(maxDiagnostics = {cap}).",
        )

    def publish(self, state: DocState) -> None:
        """Push diagnostics (push clients only), stamped with the scanned version."""
        if self.use_pull or self.documents.get(state.document.uri) is not state:
            return
        protocol = self.protocol
        assert isinstance(protocol, ErrkbProtocol)
        protocol.notify_json(
            types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS,
            {
                "uri": state.document.uri,
                "version": state.document.version,
                "diagnostics": self.diagnostics_json(state),
            },
        )

    async def pulled_report(
        self, params: types.DocumentDiagnosticParams
    ) -> types.DocumentDiagnosticReport:
        """Answer a pull: wait until the current version is scanned, then report it."""
        uri = params.text_document.uri
        while (state := self.documents.get(uri)) is not None and not state.clean.is_set():
            await state.clean.wait()
        if state is None or not state.scannable:
            return types.RelatedFullDocumentDiagnosticReport(items=[], result_id="none")
        result_id = f"{state.document.version}.{state.generation}"
        if params.previous_result_id == result_id:
            return types.RelatedUnchangedDocumentDiagnosticReport(result_id=result_id)
        return types.RelatedFullDocumentDiagnosticReport(
            items=self.diagnostics(state), result_id=result_id
        )

    # ----------------------------------------------------------------- queries

    def occurrences_at(self, uri: str, position: types.Position) -> list[Occurrence]:
        """Visible occurrences under a position (including those of a scan still running)."""
        state = self.documents.get(uri)
        if state is None or not state.scannable:
            return []
        pool: Iterable[Occurrence] = state.occurrences
        if state.partial is not None:
            pool = [*state.occurrences, *list(state.partial)]
        return [
            o
            for o in pool
            if o.contains(position.line, position.character)
            and not self.settings.is_ignored(o.record_id)
        ]

    def occurrences_in(self, uri: str, range_: types.Range) -> list[Occurrence]:
        """Visible occurrences overlapping a range."""
        state = self.documents.get(uri)
        if state is None or not state.scannable:
            return []
        start = (range_.start.line, range_.start.character)
        end = (range_.end.line, range_.end.character)
        return [
            o
            for o in state.occurrences
            if (o.start_line, o.start_char) <= end
            and start <= (o.end_line, o.end_char)
            and not self.settings.is_ignored(o.record_id)
        ]

    async def environment(self) -> Any:
        """The environment fixes are rendered for.

        Detected (shell, OS, packages of the server's interpreter), then the packages of the
        ``interpreter`` setting, then the ``environment`` setting over both.
        """
        if self.detected_env is None:
            try:
                self.detected_env = await self.in_thread(errkb.Environment.detect)
            except Exception:
                self.detected_env = errkb.Environment()
        env = self.detected_env
        interpreter = self.settings.interpreter
        if interpreter:
            if interpreter not in self.interpreter_packages:
                self.interpreter_packages[interpreter] = await self.in_thread(
                    installed_distributions, interpreter
                )
            env = dataclasses.replace(
                env, installed=self.interpreter_packages[interpreter], detect_packages=False
            )
        override = self.settings.environment
        if override is None:
            return env
        return dataclasses.replace(
            env,
            shell=override.shell or env.shell,
            os=override.os or env.os,
            installed={**env.installed, **override.installed},
        )

    async def show_document(self, uri: str, *, external: bool, otherwise: str) -> bool:
        """Ask the client to show a document or web page; tell the user where it is if not."""
        shown = False
        if self.capability("window.show_document.support"):
            params = types.ShowDocumentParams(
                uri=uri, external=True if external else None, take_focus=None if external else True
            )
            try:
                result = await asyncio.wait_for(self.window_show_document_async(params), timeout=10)
                shown = bool(result and result.success)
            except Exception:
                shown = False
        if not shown:
            self.tell(otherwise)
        return shown

    def read_project_file(self, path: Path) -> str | None:
        """A project file's text: the editor's unsaved version if open, else the disk's."""
        uri = from_fs_path(str(path))
        if uri is not None and (state := self.documents.get(uri)) is not None:
            return state.document.text
        try:
            return path.read_text(encoding="utf-8")
        except (OSError, UnicodeDecodeError):
            return None

    def open_version(self, path: Path) -> int | None:
        """The editor's version of a file if it is open."""
        uri = from_fs_path(str(path))
        state = self.documents.get(uri) if uri else None
        return state.document.version if state else None

    @property
    def explain_dir(self) -> Path:
        """A private temporary directory for rendered explanations."""
        if self._explain_dir is None:
            self._explain_dir = Path(tempfile.mkdtemp(prefix="errkb-explain-"))
        return self._explain_dir


def require_string(arguments: Sequence[Any], index: int, name: str) -> str:
    """A command's string argument, or an InvalidParams error naming it."""
    if len(arguments) <= index or not isinstance(arguments[index], str) or not arguments[index]:
        raise JsonRpcInvalidParams(f"expected {name} (a non-empty string) as argument {index + 1}")
    return str(arguments[index])
