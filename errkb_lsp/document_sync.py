"""Document synchronisation: didOpen/didChange/didClose, and rescans when settings change."""

from __future__ import annotations

import logging
import time

from lsprotocol import types

from errkb_lsp import diagnostics, scheduling
from errkb_lsp.documents import DocState, LogDocument, is_scannable
from errkb_lsp.state import ErrkbLanguageServer

__all__ = ["change_document", "close_document", "open_document", "rescan_all", "reselect_documents"]

logger = logging.getLogger(__name__)


def open_document(ls: ErrkbLanguageServer, item: types.TextDocumentItem) -> None:
    """Start tracking a document and scan it now."""
    previous = ls.documents.pop(item.uri, None)
    if previous is not None:
        previous.cancel_work()
    logger.info("didOpen %s (%d characters)", item.uri, len(item.text))
    document = LogDocument(item.uri, item.language_id, item.version, item.text)
    state = DocState(document, is_scannable(item.uri, item.language_id, ls.settings.globs))
    ls.documents[item.uri] = state
    if state.scannable:
        scheduling.schedule_scan(ls, state, delay=0)
    else:
        state.clean.set()


def change_document(ls: ErrkbLanguageServer, params: types.DidChangeTextDocumentParams) -> None:
    """Apply edits to the snapshot, keep unaffected results, rescan after a pause."""
    state = ls.documents.get(params.text_document.uri)
    if state is None:
        return
    document = state.document
    for change in params.content_changes:
        changed = document.apply_change(change, ls.encoding)
        if state.scannable:
            state.note_change(changed)
    document.version = params.text_document.version
    if state.scannable:
        # Leading-edge debounce: an edit after a quiet spell is rescanned at once (an edit
        # rescans a window of lines, a few milliseconds); edits in a burst wait until the
        # burst has paused for debounceMs.
        now = time.monotonic()
        pause = ls.settings.debounce_ms / 1000
        quiet = now - state.last_change >= pause and (
            state.debounce is None or state.debounce.done()
        )
        state.last_change = now
        scheduling.schedule_scan(ls, state, delay=0 if quiet else pause)


def close_document(ls: ErrkbLanguageServer, uri: str) -> None:
    """Stop tracking a document and clear its diagnostics."""
    state = ls.documents.pop(uri, None)
    if state is None:
        return
    state.cancel_work()
    state.clean.set()
    if not ls.use_pull:
        ls.text_document_publish_diagnostics(
            types.PublishDiagnosticsParams(uri=uri, diagnostics=[])
        )


def reselect_documents(ls: ErrkbLanguageServer) -> None:
    """Apply changed globs: scan newly selected documents, clear deselected ones."""
    for uri, state in ls.documents.items():
        now = is_scannable(uri, state.document.language_id, ls.settings.globs)
        if now == state.scannable:
            continue
        state.scannable = now
        if now:
            state.occurrences = []
            state.mark_all_dirty()
            scheduling.schedule_scan(ls, state, delay=0)
        else:
            state.cancel_work()
            state.occurrences = []
            state.scan_end = None
            state.clean.set()
            diagnostics.publish(ls, state)


def rescan_all(ls: ErrkbLanguageServer) -> None:
    """Scan every selected document again (knowledge base or scan options changed)."""
    for uri, state in ls.documents.items():
        was_scannable = state.scannable
        state.scannable = is_scannable(uri, state.document.language_id, ls.settings.globs)
        if state.scannable:
            state.mark_all_dirty()
            scheduling.schedule_scan(ls, state, delay=0)
        elif was_scannable:
            state.cancel_work()
            state.occurrences = []
            state.scan_end = None
            state.clean.set()
            diagnostics.publish(ls, state)
    diagnostics.request_refresh(ls)
