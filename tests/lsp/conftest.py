"""Harness for the errkb-lsp end-to-end tests: a server subprocess per test, driven by pytest-lsp.

The server only sees the fixture records in tests/lsp/kb (``includeBundled: false`` and
``ERRKB_NO_BUNDLED=1``), so the tests do not depend on the bundled knowledge base. Client
capabilities are the ones pytest-lsp recorded from real editors.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import shutil
import sys
import time
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest
import pytest_asyncio
from lsprotocol import types
from pygls.protocol import default_converter
from pytest_lsp import LanguageClient, client_capabilities
from pytest_lsp.client import DEFAULT_CLIENT_FEATURES, register_lsp_features

HERE = Path(__file__).resolve().parent
KB_DIR = HERE / "kb"
WORKSPACE_TEMPLATE = HERE / "workspace"
CLIENTS = ("visual-studio-code", "neovim", "emacs")
#: Pinned recordings, so a newer pytest-lsp cannot silently change what the tests present.
RECORDINGS = {
    "visual-studio-code": "visual-studio-code@v1.65.2",
    "neovim": "neovim@v0.11.0",
    "emacs": "emacs@v29.1",
}


@dataclass
class Published:
    """One textDocument/publishDiagnostics notification as received."""

    uri: str
    version: int | None
    diagnostics: list[types.Diagnostic]
    at: float


def _record_publish(client: LanguageClient, params: types.PublishDiagnosticsParams) -> None:
    client.diagnostics[params.uri] = params.diagnostics
    client.published.append(  # type: ignore[attr-defined]
        Published(params.uri, params.version, list(params.diagnostics), time.monotonic())
    )


def _record_progress(client: LanguageClient, params: types.ProgressParams) -> None:
    DEFAULT_CLIENT_FEATURES[types.PROGRESS](client, params)
    # A test may react at once, e.g. cancel a scan that takes a tenth of a second.
    hook = getattr(client, "progress_hook", None)
    if hook is not None:
        hook(params)


def _record_refresh(client: LanguageClient, params: None) -> None:
    client.diagnostic_refresh_count += 1


def _record_registration(client: LanguageClient, params: types.RegistrationParams) -> None:
    client.registrations.extend(params.registrations)  # type: ignore[attr-defined]


def _record_unregistration(client: LanguageClient, params: types.UnregistrationParams) -> None:
    ids = {u.id for u in params.unregisterations}
    client.registrations[:] = [  # type: ignore[attr-defined]
        r
        for r in client.registrations
        if r.id not in ids  # type: ignore[attr-defined]
    ]


def _command_or_code_action(value: Any, _: type) -> types.Command | types.CodeAction:
    # lsprotocol's own hook turns every CodeAction that has a command into a Command (with the
    # nested command object as its string); a Command's "command" is a string, a CodeAction's
    # an object.
    if isinstance(value.get("command"), str):
        return default_converter().structure(value, types.Command)
    return default_converter().structure(value, types.CodeAction)


def make_client() -> LanguageClient:
    """pytest-lsp's client, also keeping every publication (with its version) and registration."""
    client = LanguageClient(converter_factory=default_converter)
    client.protocol._converter.register_structure_hook(
        types.Command | types.CodeAction,  # type: ignore[arg-type]
        _command_or_code_action,
    )
    features = dict(DEFAULT_CLIENT_FEATURES)
    features[types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS] = _record_publish
    features[types.CLIENT_REGISTER_CAPABILITY] = _record_registration
    features[types.PROGRESS] = _record_progress
    features[types.CLIENT_UNREGISTER_CAPABILITY] = _record_unregistration
    register_lsp_features(client, features)
    client.published = []  # type: ignore[attr-defined]
    client.registrations = []  # type: ignore[attr-defined]
    client.responses_at = []  # type: ignore[attr-defined]
    handle_message = client.protocol.handle_message

    def stamp_responses(message: Any) -> None:
        # Stamped when read, like publications: a test awaiting the response resumes only
        # after the client has also handled whatever arrived in the same read.
        if getattr(message, "method", None) is None and getattr(message, "id", None) is not None:
            client.responses_at.append(time.monotonic())  # type: ignore[attr-defined]
        handle_message(message)

    client.protocol.handle_message = stamp_responses  # type: ignore[method-assign]
    return client


def capabilities(name: str) -> types.ClientCapabilities:
    """Recorded capabilities of a client; ``pull`` is VS Code with pull diagnostics added."""
    if name == "pull":
        caps = client_capabilities(RECORDINGS["visual-studio-code"])
        assert caps.text_document is not None
        assert caps.workspace is not None
        caps.text_document.diagnostic = types.DiagnosticClientCapabilities(
            related_document_support=False
        )
        caps.workspace.diagnostics = types.DiagnosticWorkspaceClientCapabilities(
            refresh_support=True
        )
        return caps
    return client_capabilities(RECORDINGS[name])


def base_options(**extra: Any) -> dict[str, Any]:
    """initializationOptions that point the server at the fixture knowledge base."""
    return {
        "knowledgeBasePaths": [str(KB_DIR)],
        "includeBundled": False,
        "debounceMs": 50,
        # The shell comes from $SHELL (zsh, set below); the installed version from here.
        "environment": {"installed": {"uvicorn": "0.13.4"}},
        **extra,
    }


@contextlib.asynccontextmanager
async def lsp_session(
    client_name: str,
    root: Path,
    *,
    options: dict[str, Any] | None = None,
    configuration: dict[str, Any] | None = None,
    caps: types.ClientCapabilities | None = None,
) -> AsyncIterator[LanguageClient]:
    """Start errkb-lsp, initialize it as ``client_name`` would, and shut it down after."""
    env = {
        **os.environ,
        "ERRKB_NO_BUNDLED": "1",
        "SHELL": "/bin/zsh",
        # No user records: ~/.config/errkb would be searched otherwise.
        "XDG_CONFIG_HOME": str(root.parent / "xdg-config"),
    }
    client = make_client()
    # Started in the workspace, as editors do: the project's .errkb/ is found from there.
    await client.start_io(sys.executable, "-m", "errkb_lsp", env=env, cwd=str(root))
    if configuration is not None:
        client.set_configuration(configuration, section="errkb")
    root_uri = root.as_uri()
    result = await client.initialize_session(
        types.InitializeParams(
            capabilities=caps or capabilities(client_name),
            root_uri=root_uri,
            workspace_folders=[types.WorkspaceFolder(uri=root_uri, name=root.name)],
            initialization_options=base_options() if options is None else options,
        )
    )
    client.init_result = result  # type: ignore[attr-defined]
    try:
        yield client
    finally:
        with contextlib.suppress(Exception):
            await asyncio.wait_for(client.shutdown_session(), timeout=10)
        await client.stop()


@pytest.fixture(params=CLIENTS)
def client_name(request: pytest.FixtureRequest) -> str:
    """The editor whose recorded capabilities the test client presents."""
    return str(request.param)


@pytest.fixture
def workspace(tmp_path: Path) -> Path:
    """A fresh copy of the fixture workspace (requirements.txt, pyproject.toml, logs/)."""
    root = tmp_path / "project"
    shutil.copytree(WORKSPACE_TEMPLATE, root)
    return root


@pytest.fixture(scope="module")
def shared_workspace(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A workspace copy shared by the tests of one module (they must not change settings)."""
    root = tmp_path_factory.mktemp("shared") / "project"
    shutil.copytree(WORKSPACE_TEMPLATE, root)
    return root


@pytest_asyncio.fixture(scope="module", loop_scope="module", params=CLIENTS)
async def shared_client(
    request: pytest.FixtureRequest, shared_workspace: Path
) -> AsyncIterator[LanguageClient]:
    """One server per client kind and test module; tests use their own document uris.

    Starting a server costs about a second (importing lsprotocol dominates), so tests that
    only open documents and query share one instead of starting their own.
    """
    async with lsp_session(str(request.param), shared_workspace) as client:
        client.name = str(request.param)  # type: ignore[attr-defined]
        yield client


async def wait_for(
    predicate: Callable[[], Any], *, timeout: float = 10.0, what: str = "condition"
) -> Any:
    """Poll until ``predicate()`` is truthy; return its value."""
    deadline = time.monotonic() + timeout
    while True:
        value = predicate()
        if value:
            return value
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out after {timeout}s waiting for {what}")
        await asyncio.sleep(0.02)


def latest(client: LanguageClient, uri: str, *, version: int | None = None) -> Published | None:
    """The last publication for a uri (optionally: for exactly this version)."""
    for item in reversed(client.published):  # type: ignore[attr-defined]
        if item.uri == uri and (version is None or item.version == version):
            return item
    return None


async def diagnostics_for(
    client: LanguageClient, uri: str, *, version: int | None = None, timeout: float = 10.0
) -> list[types.Diagnostic]:
    """Wait for the diagnostics of a document version (pushed or pulled, as the client does)."""
    if getattr(client.init_result.capabilities, "diagnostic_provider", None):  # type: ignore[attr-defined]
        report = await client.text_document_diagnostic_async(
            types.DocumentDiagnosticParams(text_document=types.TextDocumentIdentifier(uri=uri))
        )
        assert isinstance(report, types.RelatedFullDocumentDiagnosticReport)
        return list(report.items)
    item = await wait_for(
        lambda: latest(client, uri, version=version), timeout=timeout, what=f"diagnostics of {uri}"
    )
    return list(item.diagnostics)


def open_document(
    client: LanguageClient,
    path: Path | str,
    text: str,
    *,
    language_id: str = "log",
    version: int = 1,
) -> str:
    """Send didOpen; return the uri."""
    uri = path if isinstance(path, str) else path.as_uri()
    client.text_document_did_open(
        types.DidOpenTextDocumentParams(
            text_document=types.TextDocumentItem(
                uri=uri, language_id=language_id, version=version, text=text
            )
        )
    )
    return uri


def errkb_codes(diagnostics: list[types.Diagnostic]) -> list[str]:
    """Record ids of the errkb diagnostics, in order."""
    return [str(d.code) for d in diagnostics if d.source == "errkb" and d.code]
