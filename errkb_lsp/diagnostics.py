"""Diagnostics: what a document's results publish (push) or report (pull), and refreshes."""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import Any

from lsprotocol import types
from pygls.uris import to_fs_path

from errkb_lsp import lsp_incidents, lsp_utils
from errkb_lsp.documents import DocState
from errkb_lsp.incidents import DocIncident
from errkb_lsp.protocol import ErrkbProtocol
from errkb_lsp.state import ErrkbLanguageServer

__all__ = [
    "capped_notice",
    "diagnostic_writer",
    "diagnostics",
    "diagnostics_json",
    "publish",
    "pulled_report",
    "report",
    "republish_all",
    "request_refresh",
    "visible",
]


def visible(ls: ErrkbLanguageServer, state: DocState) -> list[DocIncident]:
    """Incidents of records the user has not ignored."""
    incidents = list(state.grouping.incidents)
    if not ls.settings.ignore:
        return incidents
    return [i for i in incidents if not ls.settings.is_ignored(i.record_id)]


def report(
    ls: ErrkbLanguageServer, state: DocState
) -> tuple[list[DocIncident], list[types.Diagnostic]]:
    """What to publish for a document: one diagnostic per incident shown, and notices."""
    if not state.scannable:
        return [], []
    kept = visible(ls, state)
    cap = ls.settings.max_diagnostics
    shown = kept[:cap] if cap else kept
    notices: list[types.Diagnostic] = []
    if len(shown) < len(kept):
        notices.append(capped_notice(ls, state, kept[len(shown)], len(kept) - len(shown)))
    if state.scan_end is not None:
        if state.scan_end_reason == "cancelled":
            message = (
                f"errkb: scan cancelled here; lines from {state.scan_end + 1} on were not "
                "checked (run errkb.reload or reopen the document to scan it all)."
            )
        else:
            message = (
                f"errkb: this document is larger than maxFileSize "
                f"({ls.settings.max_file_size} bytes); lines from {state.scan_end + 1} on "
                "were not checked."
            )
        notices.append(lsp_utils.lsp_notice(state.scan_end, message))
    return shown, notices


def diagnostics(ls: ErrkbLanguageServer, state: DocState) -> list[types.Diagnostic]:
    """LSP diagnostics of a document's current results (pull reports)."""
    shown, notices = report(ls, state)
    write = diagnostic_writer(ls).diagnostic
    uri = state.document.uri
    return [*(lsp_incidents.as_diagnostic(write(o, uri)) for o in shown), *notices]


def diagnostic_writer(ls: ErrkbLanguageServer) -> lsp_incidents.DiagnosticWriter:
    """The JSON writer for the current settings and client features."""
    writer = ls._diagnostic_writer
    if (
        writer is None
        or writer.settings is not ls.settings
        or writer.features is not ls.diagnostic_features
    ):
        writer = lsp_incidents.DiagnosticWriter(ls.settings, ls.diagnostic_features)
        ls._diagnostic_writer = writer
    return writer


def diagnostics_json(ls: ErrkbLanguageServer, state: DocState) -> list[dict[str, Any]]:
    """The same diagnostics as ``diagnostics``, as JSON-ready dicts (push)."""
    shown, notices = report(ls, state)
    uri = state.document.uri
    write = diagnostic_writer(ls).diagnostic
    converter = ls.protocol._converter  # pygls' own lsprotocol converter
    return [*(write(o, uri) for o in shown), *map(converter.unstructure, notices)]


def capped_notice(
    ls: ErrkbLanguageServer, state: DocState, first_hidden: DocIncident, hidden: int
) -> types.Diagnostic:
    """The notice at the first diagnostic left out by maxDiagnostics; told once as well."""
    cap = ls.settings.max_diagnostics
    if not state.capped_warned:
        state.capped_warned = True
        name = Path(to_fs_path(state.document.uri) or state.document.uri).name
        ls.tell(
            f"errkb: {name} has more than {cap} incidents; only the first {cap} "
            "are shown (setting maxDiagnostics).",
            types.MessageType.Warning,
        )
    return lsp_utils.lsp_notice(
        first_hidden.first.start_line,
        f"errkb: {hidden} more incidents from here on are not shown (maxDiagnostics = {cap}).",
    )


def publish(ls: ErrkbLanguageServer, state: DocState) -> None:
    """Push diagnostics (push clients only), stamped with the scanned version."""
    if ls.use_pull or ls.documents.get(state.document.uri) is not state:
        return
    protocol = ls.protocol
    assert isinstance(protocol, ErrkbProtocol)
    protocol.notify_json(
        types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS,
        {
            "uri": state.document.uri,
            "version": state.document.version,
            "diagnostics": diagnostics_json(ls, state),
        },
    )


async def pulled_report(
    ls: ErrkbLanguageServer, params: types.DocumentDiagnosticParams
) -> types.DocumentDiagnosticReport:
    """Answer a pull: wait until the current version is scanned, then report it."""
    uri = params.text_document.uri
    while (state := ls.documents.get(uri)) is not None and not state.clean.is_set():
        await state.clean.wait()
    if state is None or not state.scannable:
        return types.RelatedFullDocumentDiagnosticReport(items=[], result_id="none")
    result_id = f"{state.document.version}.{state.generation}"
    if params.previous_result_id == result_id:
        return types.RelatedUnchangedDocumentDiagnosticReport(result_id=result_id)
    return types.RelatedFullDocumentDiagnosticReport(
        items=diagnostics(ls, state), result_id=result_id
    )


def republish_all(ls: ErrkbLanguageServer) -> None:
    """Publish again after ignore or severity changes (no rescan needed)."""
    for state in ls.documents.values():
        state.generation += 1
        if state.clean.is_set():
            publish(ls, state)
    request_refresh(ls)


def request_refresh(ls: ErrkbLanguageServer) -> None:
    """Ask a pull client to pull again."""
    if ls.use_pull and ls.refresh_support:
        with contextlib.suppress(Exception):
            ls.workspace_diagnostic_refresh(None)
