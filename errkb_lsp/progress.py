"""Work-done progress reports for long scans and knowledge-base builds."""

from __future__ import annotations

import asyncio
import contextlib
import threading
import uuid
from concurrent.futures import Future
from pathlib import Path
from typing import Any

from lsprotocol import types
from pygls.uris import to_fs_path

from errkb_lsp.documents import LogDocument
from errkb_lsp.state import ErrkbLanguageServer

__all__ = ["begin_progress", "create_progress", "end_progress", "report_progress"]


async def create_progress(ls: ErrkbLanguageServer, title: str, *, cancellable: bool) -> str | None:
    """Begin server-initiated work-done progress, if the client shows progress."""
    if not ls.capability("window.work_done_progress"):
        return None
    token = f"errkb-{uuid.uuid4()}"
    try:
        await asyncio.wait_for(ls.work_done_progress.create_async(token), timeout=5)
    except Exception:
        return None
    ls.work_done_progress.begin(
        token, types.WorkDoneProgressBegin(title=title, cancellable=cancellable, percentage=0)
    )
    return token


async def begin_progress(
    ls: ErrkbLanguageServer,
    document: LogDocument,
    cancel: threading.Event,
    user_cancel: threading.Event,
) -> str | None:
    """Start cancellable work-done progress for a long scan, if the client shows it."""
    name = Path(to_fs_path(document.uri) or document.uri).name
    token = await create_progress(ls, f"errkb: scanning {name}", cancellable=True)
    if token is None:
        return None
    future = ls.work_done_progress.tokens.get(token)
    if future is not None:

        def cancelled(done: Future[Any]) -> None:
            if done.cancelled():
                user_cancel.set()
                cancel.set()

        future.add_done_callback(cancelled)
    return token


def report_progress(ls: ErrkbLanguageServer, token: str, fraction: float, found: int) -> None:
    """Report scan progress (called on the event loop)."""
    with contextlib.suppress(Exception):
        ls.work_done_progress.report(
            token,
            types.WorkDoneProgressReport(
                percentage=int(fraction * 100), message=f"{found} errors so far"
            ),
        )


def end_progress(ls: ErrkbLanguageServer, token: str, *, cancelled: bool) -> None:
    """Close the progress report."""
    with contextlib.suppress(Exception):
        ls.work_done_progress.end(
            token, types.WorkDoneProgressEnd(message="cancelled" if cancelled else "done")
        )
    ls.work_done_progress.tokens.pop(token, None)
