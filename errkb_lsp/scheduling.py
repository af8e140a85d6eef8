"""Scans: the per-document debounce, and one scan of a snapshot off the event loop."""

from __future__ import annotations

import asyncio
import logging
import threading
import time
from pathlib import Path

from lsprotocol import types
from pygls.uris import to_fs_path

from errkb_lsp import diagnostics, progress
from errkb_lsp.documents import DocState
from errkb_lsp.environment import fix_environment
from errkb_lsp.incidents import group_occurrences
from errkb_lsp.scanning import Occurrence, ScanOutcome, scan_lines
from errkb_lsp.snapshot import Snapshot
from errkb_lsp.state import ErrkbLanguageServer

__all__ = ["PROGRESS_MIN_CHARS", "run_scan", "scan_later", "schedule_scan"]

logger = logging.getLogger(__name__)

#: Full scans of documents larger than this report work-done progress.
PROGRESS_MIN_CHARS = 2 * 1024 * 1024


def schedule_scan(ls: ErrkbLanguageServer, state: DocState, *, delay: float) -> None:
    """(Re)start the per-document debounce; a newer edit cancels the running scan."""
    state.cancel_work()
    state.clean.clear()
    state.debounce = asyncio.ensure_future(scan_later(ls, state, delay))


async def scan_later(ls: ErrkbLanguageServer, state: DocState, delay: float) -> None:
    """After the debounce, scan the dirty lines (or everything) of one snapshot."""
    try:
        if delay > 0:
            await asyncio.sleep(delay)
        await ls.kb_ready.wait()
        await run_scan(ls, state)
    except asyncio.CancelledError:
        raise
    except Exception as error:  # a failed scan must not leave the document unusable
        logger.exception("scan failed")
        ls.log(f"errkb: scanning {state.document.uri} failed: {error!r}", types.MessageType.Error)
        if ls.documents.get(state.document.uri) is state:
            state.clean.set()


async def run_scan(ls: ErrkbLanguageServer, state: DocState) -> None:
    """Scan one version off the event loop; apply the result only if still current."""
    document = state.document
    uri, version = document.uri, document.version
    if (raw := document.raw_text) is not None:
        # Split a freshly opened (possibly huge) text in a thread, not on the event loop.
        began = time.perf_counter()
        built = await ls.in_thread(Snapshot.from_text, raw)
        logger.info("indexed %s in %.3fs", uri, time.perf_counter() - began)
        if document.version != version or ls.documents.get(uri) is not state:
            return
        if not document.indexed:
            document.adopt(built)
    # This version's snapshot is immutable: edits arriving during the scan make new ones.
    snapshot = document.snapshot
    kb, settings, encoding = ls.kb, ls.settings, ls.encoding
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
        token = await progress.begin_progress(ls, document, cancel, user_cancel)
    loop = asyncio.get_running_loop()

    def on_chunk(fraction: float, found: list[Occurrence]) -> None:
        state.partial = found
        if token is not None:
            loop.call_soon_threadsafe(progress.report_progress, ls, token, fraction, len(found))

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
        cut, outcome = await loop.run_in_executor(ls.scan_executor, work)
    finally:
        state.partial = None
        if token is not None:
            progress.end_progress(ls, token, cancelled=cancel.is_set())
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
        ls.documents.get(uri) is not state
        or document.version != version
        or ls.kb is not kb
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
            ls.tell(
                f"errkb: {Path(to_fs_path(uri) or uri).name} is larger than maxFileSize "
                f"({settings.max_file_size} bytes); only lines 1-{cut} were checked.",
                types.MessageType.Warning,
            )
    elif full:
        state.scan_end = None
    state.cancel = None
    # Incidents need the whole text (CI steps, the log's environment): grouped after every
    # scan, off the event loop, and published only if nothing changed meanwhile.
    occurrences = state.occurrences
    default_env = await fix_environment(ls)
    grouping = await loop.run_in_executor(
        ls.scan_executor, lambda: group_occurrences(snapshot.text, occurrences, default_env)
    )
    if (
        ls.documents.get(uri) is not state
        or document.version != version
        or state.occurrences is not occurrences
    ):
        return
    state.grouping = grouping
    state.generation += 1
    state.clean.set()
    diagnostics.publish(ls, state)
