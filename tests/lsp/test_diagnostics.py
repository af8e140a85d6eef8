"""Diagnostics end to end: on open, after edits, ranges, pull vs push, selection, limits."""

from __future__ import annotations

import asyncio
from pathlib import Path

import pytest
from lsprotocol import types
from pytest_lsp import LanguageClient

from tests.lsp.conftest import (
    base_options,
    diagnostics_for,
    errkb_codes,
    latest,
    lsp_session,
    open_document,
    wait_for,
)

pytestmark = [pytest.mark.e2e, pytest.mark.asyncio(loop_scope="module")]

UVICORN = "uvicorn/websocket-library-missing"
MODULE = "python/module-not-found"
DISK = "disk/no-space-left"


def _change(
    uri: str, version: int, start: tuple[int, int], end: tuple[int, int], text: str
) -> types.DidChangeTextDocumentParams:
    return types.DidChangeTextDocumentParams(
        text_document=types.VersionedTextDocumentIdentifier(uri=uri, version=version),
        content_changes=[
            types.TextDocumentContentChangePartial(
                range=types.Range(
                    start=types.Position(line=start[0], character=start[1]),
                    end=types.Position(line=end[0], character=end[1]),
                ),
                text=text,
            )
        ],
    )


def _units(text: str, encoding: str) -> int:
    if encoding == types.PositionEncodingKind.Utf8:
        return len(text.encode("utf-8"))
    if encoding == types.PositionEncodingKind.Utf32:
        return len(text)
    return len(text.encode("utf-16-le")) // 2


async def test_diagnostics_on_open_and_after_edits(
    shared_client: LanguageClient, shared_workspace: Path
) -> None:
    """One diagnostic per incident, with record data; edits shift, add and remove them."""
    client, workspace = shared_client, shared_workspace
    path = workspace / "logs" / "server.log"
    uri = open_document(client, workspace / "edits.log", path.read_text())
    diagnostics = await diagnostics_for(client, uri, version=1)
    assert errkb_codes(diagnostics) == [UVICORN, MODULE]
    uvicorn, module = diagnostics
    assert uvicorn.source == "errkb"
    assert uvicorn.range == types.Range(
        start=types.Position(line=2, character=10), end=types.Position(line=2, character=38)
    )
    assert uvicorn.severity == types.DiagnosticSeverity.Error
    # The title is what the log says (the record has no title template), then why.
    assert uvicorn.message.startswith("Unsupported upgrade request. — ")
    assert "refuses every upgrade" in uvicorn.message
    assert uvicorn.data == {"id": UVICORN, "groups": {}, "repeats": 1}
    assert module.data == {"id": MODULE, "groups": {"module": "yaml"}, "repeats": 1}
    assert module.range.start.line == 7

    # Insert an error above the others: it is found, and the others move down a line.
    client.text_document_did_change(
        _change(uri, 2, (1, 0), (1, 0), "OSError: [Errno 28] No space left on device\n")
    )
    diagnostics = await diagnostics_for(client, uri, version=2)
    assert errkb_codes(diagnostics) == [DISK, UVICORN, MODULE]
    assert [d.range.start.line for d in diagnostics] == [1, 3, 8]

    # Delete the ModuleNotFoundError line: its diagnostic goes away.
    client.text_document_did_change(_change(uri, 3, (8, 0), (9, 0), ""))
    diagnostics = await diagnostics_for(client, uri, version=3)
    assert errkb_codes(diagnostics) == [DISK, UVICORN]


async def test_utf16_columns_on_a_non_ascii_line(
    shared_client: LanguageClient, shared_workspace: Path
) -> None:
    """Columns are in the negotiated encoding (UTF-16 for VS Code), also after an edit."""
    client, workspace, client_name = shared_client, shared_workspace, shared_client.name  # type: ignore[attr-defined]
    encoding = client.init_result.capabilities.position_encoding or "utf-16"  # type: ignore[attr-defined]
    if client_name == "visual-studio-code":
        assert encoding == types.PositionEncodingKind.Utf16
    prefix = "2024-05-01 ошибка ✓ 😀 диск: OSError: [Errno 28] "
    line = prefix + "No space left on device"
    uri = open_document(client, workspace / "logs" / "disk.log", f"start\n{line}\nend\n")
    (diagnostic,) = await diagnostics_for(client, uri, version=1)
    start = _units(prefix, encoding)
    assert diagnostic.range == types.Range(
        start=types.Position(line=1, character=start),
        end=types.Position(line=1, character=start + len("No space left on device")),
    )
    if encoding == types.PositionEncodingKind.Utf16:
        assert start == len(prefix) + 1  # the emoji is two UTF-16 units

    # Insert an astral character before the error, addressed in client units.
    client.text_document_did_change(_change(uri, 2, (1, 0), (1, 0), "🔥"))
    (diagnostic,) = await diagnostics_for(client, uri, version=2)
    assert diagnostic.range.start.character == start + _units("🔥", encoding)


async def test_pull_when_the_client_can_pull_and_refresh(workspace: Path) -> None:
    """A client with pull diagnostics and refresh support pulls, and gets no pushes."""
    async with lsp_session("pull", workspace) as client:
        provider = client.init_result.capabilities.diagnostic_provider  # type: ignore[attr-defined]
        path = workspace / "logs" / "server.log"
        uri = open_document(client, path, path.read_text())
        assert provider is not None
        report = await client.text_document_diagnostic_async(
            types.DocumentDiagnosticParams(text_document=types.TextDocumentIdentifier(uri=uri))
        )
        assert isinstance(report, types.RelatedFullDocumentDiagnosticReport)
        assert errkb_codes(list(report.items)) == [UVICORN, MODULE]
        again = await client.text_document_diagnostic_async(
            types.DocumentDiagnosticParams(
                text_document=types.TextDocumentIdentifier(uri=uri),
                previous_result_id=report.result_id,
            )
        )
        assert isinstance(again, types.RelatedUnchangedDocumentDiagnosticReport)
        await asyncio.sleep(0.3)
        assert latest(client, uri) is None, "a pull client must not also get pushes"

        # A server-side change (here: ignoring a record) asks the client to pull again.
        refreshes = client.diagnostic_refresh_count
        await client.workspace_execute_command_async(
            types.ExecuteCommandParams(command="errkb.ignore", arguments=[UVICORN, uri])
        )
        await wait_for(lambda: client.diagnostic_refresh_count > refreshes, what="a refresh")
        report = await client.text_document_diagnostic_async(
            types.DocumentDiagnosticParams(
                text_document=types.TextDocumentIdentifier(uri=uri),
                previous_result_id=again.result_id,
            )
        )
        assert isinstance(report, types.RelatedFullDocumentDiagnosticReport)
        assert errkb_codes(list(report.items)) == [MODULE]
        assert latest(client, uri) is None


async def test_push_for_the_recorded_editors(shared_client: LanguageClient) -> None:
    """VS Code 1.65 and Emacs 29 cannot pull; Neovim 0.11 can pull but not be asked to
    refresh, so it gets pushes too (an ignored id or a reloaded record could never reach
    its diagnostics otherwise)."""
    assert shared_client.init_result.capabilities.diagnostic_provider is None  # type: ignore[attr-defined]
    assert any(p.uri.endswith("edits.log") for p in shared_client.published)  # type: ignore[attr-defined]


async def test_closing_clears_diagnostics(
    shared_client: LanguageClient, shared_workspace: Path
) -> None:
    """didClose publishes an empty list, so no stale squiggles remain."""
    client, workspace = shared_client, shared_workspace
    path = workspace / "logs" / "server.log"
    uri = open_document(client, workspace / "closing.log", path.read_text())
    assert await diagnostics_for(client, uri, version=1)
    client.text_document_did_close(
        types.DidCloseTextDocumentParams(text_document=types.TextDocumentIdentifier(uri=uri))
    )
    await wait_for(lambda: (p := latest(client, uri)) and p.diagnostics == [], what="clear")


async def test_related_information_and_links_follow_capabilities(
    shared_client: LanguageClient, shared_workspace: Path
) -> None:
    """A repeat of an incident's error points back at it where the client accepts that."""
    text = "setup\nnpm ERR! code ERESOLVE\nnpm ERR! ERESOLVE unable to resolve dependency tree\n"
    text += (
        "retrying\nnpm ERR! code ERESOLVE\nnpm ERR! ERESOLVE unable to resolve dependency tree\n"
    )
    client, workspace, client_name = shared_client, shared_workspace, shared_client.name  # type: ignore[attr-defined]
    uri = open_document(client, workspace / "npm.log", text)
    # One incident over both lines of its first occurrence; the second is its repeat.
    (diagnostic,) = await diagnostics_for(client, uri, version=1)
    assert diagnostic.range.start == types.Position(line=1, character=0)
    assert diagnostic.range.end == types.Position(line=2, character=51)
    assert "× 2, last at line 5" in diagnostic.message
    if client_name == "emacs":  # Emacs 29 declares neither feature
        assert diagnostic.related_information is None
        assert diagnostic.code_description is None
        return
    assert diagnostic.related_information is not None
    (related,) = diagnostic.related_information
    assert related.location.uri == uri
    assert related.location.range.start == types.Position(line=4, character=0)
    assert "again (2 of 2)" in related.message
    # uvicorn links its documentation; npm/eresolve has none.
    path = workspace / "logs" / "server.log"
    other = open_document(client, workspace / "links.log", path.read_text())
    first = (await diagnostics_for(client, other, version=1))[0]
    if client_name == "visual-studio-code":
        assert first.code_description is not None
        assert first.code_description.href == "https://www.uvicorn.org/#quickstart"


async def test_only_logs_plain_text_globs_and_untitled_are_scanned(
    shared_client: LanguageClient, shared_workspace: Path
) -> None:
    """A Python file and the editor's output panel are left alone; untitled buffers are not."""
    error = "OSError: [Errno 28] No space left on device\n"
    client, workspace = shared_client, shared_workspace
    python_uri = open_document(client, workspace / "app.py", error, language_id="python")
    output_uri = open_document(client, "output:extension-output-errkb", error)
    untitled = open_document(client, "untitled:Untitled-1", error, language_id="markdown")
    text_file = open_document(client, workspace / "notes.txt", error, language_id="text")
    assert errkb_codes(await diagnostics_for(client, untitled, version=1)) == [DISK]
    assert errkb_codes(await diagnostics_for(client, text_file, version=1)) == [DISK]
    await asyncio.sleep(0.2)
    assert latest(client, python_uri) is None
    assert latest(client, output_uri) is None


async def test_stale_versions_are_never_published(
    shared_client: LanguageClient, shared_workspace: Path
) -> None:
    """A burst of edits is debounced, and every publication matches the version it names.

    Version v holds v - 1 lines of one error, one incident counting v - 1 occurrences, so a
    result computed for an older text but stamped with a newer version would show up as a
    wrong count.
    """
    client, workspace = shared_client, shared_workspace
    uri = open_document(client, workspace / "burst.log", "start\n")
    await diagnostics_for(client, uri, version=1)
    for version in range(2, 12):
        client.text_document_did_change(
            _change(
                uri, version, (version - 1, 0), (version - 1, 0), "Unsupported upgrade request.\n"
            )
        )
    diagnostics = await diagnostics_for(client, uri, version=11)
    (incident,) = diagnostics
    assert "× 10, last at line 11" in incident.message
    published = [p for p in client.published if p.uri == uri]  # type: ignore[attr-defined]
    versions = [p.version for p in published]
    assert versions == sorted(set(versions))
    assert versions[-1] == 11
    assert len(versions) < 6, f"the edits were not debounced: {versions}"
    for item in published:
        counts = [d.data["repeats"] for d in item.diagnostics]
        assert counts == ([item.version - 1] if item.version > 1 else [])


async def test_documents_over_the_size_limit_are_scanned_in_part_and_say_so(
    workspace: Path,
) -> None:
    """Over maxFileSize: a prefix is scanned, a notice marks where it stopped, a message says so."""
    filler = "INFO benign line that says nothing at all ............................\n"
    text = "Unsupported upgrade request.\n" + filler * 60 + "No space left on device\n"
    async with lsp_session(
        "visual-studio-code", workspace, options=base_options(maxFileSize=2048)
    ) as client:
        uri = open_document(client, workspace / "big.log", text)
        diagnostics = await diagnostics_for(client, uri, version=1)
        assert errkb_codes(diagnostics) == [UVICORN]
        notice = diagnostics[-1]
        assert notice.severity == types.DiagnosticSeverity.Information
        assert "maxFileSize" in notice.message
        cut_line = notice.range.start.line
        assert 0 < cut_line < 61
        assert len(("Unsupported upgrade request.\n" + filler * (cut_line - 1)).encode()) <= 2048
        await wait_for(
            lambda: any("maxFileSize" in m.message for m in client.messages), what="message"
        )


async def test_diagnostics_are_capped_and_the_user_is_told(workspace: Path) -> None:
    """Over maxDiagnostics: the first ones, a notice where the rest begin, one message."""
    # Six different missing modules: six incidents (one module six times would be one).
    text = "".join(f"line {n}\nModuleNotFoundError: No module named 'm{n}'\n" for n in range(6))
    async with lsp_session(
        "visual-studio-code", workspace, options=base_options(maxDiagnostics=4)
    ) as client:
        uri = open_document(client, workspace / "many.log", text)
        diagnostics = await diagnostics_for(client, uri, version=1)
        assert errkb_codes(diagnostics) == [MODULE] * 4
        assert [d.range.start.line for d in diagnostics[:4]] == [1, 3, 5, 7]
        notice = diagnostics[4]
        assert notice.severity == types.DiagnosticSeverity.Information
        assert notice.range.start.line == 9
        assert "2 more incidents" in notice.message
        assert "maxDiagnostics" in notice.message
        await wait_for(
            lambda: any("maxDiagnostics" in m.message for m in client.messages), what="message"
        )
        # An edit republishes within the cap, and the user is not told again.
        client.text_document_did_change(_change(uri, 2, (0, 0), (2, 0), ""))
        diagnostics = await diagnostics_for(client, uri, version=2)
        assert [d.range.start.line for d in diagnostics[:4]] == [1, 3, 5, 7]
        assert "1 more" in diagnostics[4].message
        told = [m for m in client.messages if "maxDiagnostics" in m.message]
        assert len(told) == 1


async def test_a_single_edit_is_rescanned_without_waiting_for_the_debounce(
    workspace: Path,
) -> None:
    """Leading-edge debounce: the first edit after a quiet spell is rescanned at once."""
    async with lsp_session("neovim", workspace, options=base_options(debounceMs=30_000)) as client:
        uri = open_document(client, workspace / "quiet.log", "start\n")
        await diagnostics_for(client, uri, version=1)
        client.text_document_did_change(
            _change(uri, 2, (1, 0), (1, 0), "No space left on device\n")
        )
        diagnostics = await diagnostics_for(client, uri, version=2, timeout=10)
        assert errkb_codes(diagnostics) == [DISK]
        # The next edit comes within debounceMs: it waits for the pause (30 s here).
        client.text_document_did_change(_change(uri, 3, (0, 0), (1, 0), ""))
        await asyncio.sleep(1.0)
        assert latest(client, uri, version=3) is None
