"""The server object: every piece of per-server state, and the helpers every feature uses."""

# Nothing is module-level: each ``create_server()`` gets its own documents, settings, knowledge
# base and executor. The features (diagnostics.py, hover.py, ...) are functions of this object.

from __future__ import annotations

import asyncio
import logging
import shutil
import tempfile
from collections.abc import Callable, Coroutine
from concurrent.futures import ThreadPoolExecutor
from functools import partial
from pathlib import Path
from typing import Any, BinaryIO, TypeVar

from lsprotocol import types
from pygls.lsp.server import LanguageServer
from pygls.uris import to_fs_path

from errkb_lsp import __version__, lsp_incidents, lsp_utils
from errkb_lsp.documents import DocState
from errkb_lsp.options import Layer, Settings
from errkb_lsp.protocol import ErrkbProtocol
from errkb_lsp.transport import serve_stdio

__all__ = ["ErrkbLanguageServer"]

logger = logging.getLogger(__name__)

T = TypeVar("T")


class ErrkbLanguageServer(LanguageServer):
    """errkb-lsp: diagnostics, hovers and quick fixes for logs and terminal output."""

    def __init__(self) -> None:
        super().__init__("errkb-lsp", __version__, protocol_cls=ErrkbProtocol)
        self.documents: dict[str, DocState] = {}
        self.init_layer: Layer = {}
        self.client_layer: Layer = {}
        self.layer_problems: dict[str, list[str]] = {}
        self.shown_problems: tuple[str, ...] = ()
        #: The knowledge-base load errors last shown, so a rebuild does not repeat them.
        self.told_load_errors: tuple[str, ...] = ()
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
        self._diagnostic_writer: lsp_incidents.DiagnosticWriter | None = None
        self._explain_dir: Path | None = None

    async def register_capability(
        self, registration_id: str, method: str, options: Any = None
    ) -> None:
        """Ask the client to send ``method`` from now on (dynamic registration), waiting at
        most 10 s: a client that never answers must not hold the server up."""
        registration = types.Registration(
            id=registration_id, method=method, register_options=options
        )
        await asyncio.wait_for(
            self.client_register_capability_async(
                types.RegistrationParams(registrations=[registration])
            ),
            timeout=10,
        )

    async def unregister_capability(self, registration_id: str, method: str) -> None:
        """Withdraw a registration made by `register_capability`, waiting at most 10 s."""
        unregistration = types.Unregistration(id=registration_id, method=method)
        await asyncio.wait_for(
            self.client_unregister_capability_async(
                types.UnregistrationParams(unregisterations=[unregistration])
            ),
            timeout=10,
        )

    def start_io(self, stdin: BinaryIO | None = None, stdout: BinaryIO | None = None) -> None:
        """Serve over stdio with a reader that recovers from malformed input (transport.py)."""
        serve_stdio(self, stdin, stdout)

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

    @property
    def explain_dir(self) -> Path:
        """A private temporary directory for rendered explanations."""
        if self._explain_dir is None:
            self._explain_dir = Path(tempfile.mkdtemp(prefix="errkb-explain-"))
        return self._explain_dir

    def on_shutdown(self) -> None:
        """Stop background work and remove temporary files."""
        for state in self.documents.values():
            state.cancel_work()
        for task in list(self.background):
            task.cancel()
        if self.poll_task is not None:
            self.poll_task.cancel()
        if self._scan_executor is not None:
            self._scan_executor.shutdown(wait=False, cancel_futures=True)
        if self._explain_dir is not None:
            shutil.rmtree(self._explain_dir, ignore_errors=True)
