"""A 50 MB log: scanned off the event loop, with progress, incremental rescans and cancellation."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Any

import pytest
from lsprotocol import types

from tests.lsp.conftest import (
    diagnostics_for,
    errkb_codes,
    latest,
    lsp_session,
    open_document,
    wait_for,
)

pytestmark = [pytest.mark.e2e, pytest.mark.slow]

BENIGN = "2024-05-01T12:00:00.123Z INFO  worker-7 processed job 123456 in 35 ms (queue=default)\n"
SIZE = 50 * 1000 * 1000


def _big_log() -> tuple[str, dict[int, str]]:
    count = SIZE // len(BENIGN)
    lines = [BENIGN] * count
    errors = {
        5: "WARNING:  Unsupported upgrade request.\n",
        count // 2: "OSError: [Errno 28] No space left on device\n",
        count - 3: "ModuleNotFoundError: No module named 'yaml'\n",
    }
    for number, line in errors.items():
        lines[number] = line
    return "".join(lines), errors


def _progress(client: Any, title_part: str) -> list[list[Any]]:
    return [
        values
        for values in client.progress_reports.values()
        if values
        and isinstance(values[0], types.WorkDoneProgressBegin)
        and title_part in values[0].title
    ]


async def test_fifty_megabytes_open_edit_and_cancel(workspace: Path, record_property: Any) -> None:
    """Hover answered while 50 MB are scanned; an edit rescans a window; a scan can be cancelled."""
    text, errors = _big_log()
    assert len(text.encode()) >= 49_000_000
    async with lsp_session("visual-studio-code", workspace) as client:
        small = open_document(client, workspace / "small.log", "No space left on device\n")
        await diagnostics_for(client, small, version=1)
        hover_small = types.HoverParams(
            text_document=types.TextDocumentIdentifier(uri=small),
            position=types.Position(line=0, character=3),
        )
        hover_small_range = types.Range(start=hover_small.position, end=hover_small.position)

        actions_small = types.CodeActionParams(
            text_document=types.TextDocumentIdentifier(uri=small),
            range=hover_small_range,
            context=types.CodeActionContext(diagnostics=[]),
        )

        started = time.monotonic()
        responses_before = len(client.responses_at)  # type: ignore[attr-defined]
        big = open_document(client, workspace / "big.log", text)
        # Both sent right behind the didOpen, answered while the big document is scanned.
        hover_pending = client.text_document_hover_async(hover_small)
        actions_pending = client.text_document_code_action_async(actions_small)
        hover = await hover_pending
        assert hover is not None
        actions = await actions_pending
        assert actions, "no code action for the small document's error"

        diagnostics = await diagnostics_for(client, big, version=1, timeout=150)
        published = latest(client, big)
        assert published is not None
        open_to_diagnostics = published.at - started
        hover_read, actions_read = client.responses_at[responses_before:][:2]  # type: ignore[attr-defined]
        assert hover_read < published.at, "the hover waited for the big scan"
        assert actions_read < published.at, "the code action waited for the big scan"
        assert errkb_codes(diagnostics) == [
            "uvicorn/websocket-library-missing",
            "disk/no-space-left",
            "python/module-not-found",
        ]
        assert [d.range.start.line for d in diagnostics] == sorted(errors)
        (scan,) = _progress(client, "big.log")
        assert isinstance(scan[-1], types.WorkDoneProgressEnd)
        assert any(isinstance(v, types.WorkDoneProgressReport) for v in scan)

        # An edit in the middle: only the lines around it are rescanned.
        middle = sorted(errors)[1] + 1000
        edit_sent = time.monotonic()
        client.text_document_did_change(
            types.DidChangeTextDocumentParams(
                text_document=types.VersionedTextDocumentIdentifier(uri=big, version=2),
                content_changes=[
                    types.TextDocumentContentChangePartial(
                        range=types.Range(
                            start=types.Position(line=middle, character=0),
                            end=types.Position(line=middle, character=0),
                        ),
                        text="WARNING:  Unsupported upgrade request.\n",
                    )
                ],
            )
        )
        diagnostics = await diagnostics_for(client, big, version=2, timeout=60)
        edited = latest(client, big, version=2)
        assert edited is not None
        edit_to_update = edited.at - edit_sent
        lines = [d.range.start.line for d in diagnostics]
        # The inserted line is the first error again: a repeat counted on its incident.
        assert lines == [5, sorted(errors)[1], sorted(errors)[2] + 1]
        assert f"× 2, last at line {middle + 1}" in diagnostics[0].message
        assert len(_progress(client, "big.log")) == 1, "an edit must not rescan everything"

        # A full rescan (errkb.reload) cancelled from the progress UI stops and says so. The
        # rescan takes a tenth of a second or so: cancel the moment its progress begins.
        def cancel_at_begin(params: types.ProgressParams) -> None:
            value = params.value
            if (
                isinstance(value, dict)
                and value.get("kind") == "begin"
                and "big.log" in str(value.get("title"))
            ):
                client.window_work_done_progress_cancel(
                    types.WorkDoneProgressCancelParams(token=params.token)
                )

        client.progress_hook = cancel_at_begin  # type: ignore[attr-defined]
        await client.workspace_execute_command_async(
            types.ExecuteCommandParams(command="errkb.reload", arguments=[])
        )
        await wait_for(
            lambda: len(_progress(client, "big.log")) == 2 and _progress(client, "big.log")[1],
            what="progress of the rescan",
        )
        notice = await wait_for(
            lambda: any(
                "scan cancelled" in d.message
                for d in (latest(client, big) or published).diagnostics
            ),
            timeout=60,
            what="the cancellation notice",
        )
        assert notice

        record_property("open_to_diagnostics_s", round(open_to_diagnostics, 2))
        record_property("hover_during_scan_s", round(hover_read - started, 2))
        record_property("edit_to_update_s", round(edit_to_update, 2))
        print(  # noqa: T201 - the figures are the point of running this with -s
            f"\n50 MB log: open->diagnostics {open_to_diagnostics:.2f}s, hover answered after "
            f"{hover_read - started:.2f}s, code action after {actions_read - started:.2f}s, "
            f"edit->update {edit_to_update:.2f}s"
        )
