"""Code actions: quick fixes for the errors in a range, with edits to the project's files."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from lsprotocol import types
from pygls.uris import from_fs_path

import errkb
from errkb_lsp import lsp_incidents, lsp_utils
from errkb_lsp.incidents import DocIncident
from errkb_lsp.project_edits import project_fixes
from errkb_lsp.scanning import Occurrence
from errkb_lsp.state import ErrkbLanguageServer

__all__ = ["code_actions", "occurrences_in", "open_version", "read_project_file"]


def occurrences_in(ls: ErrkbLanguageServer, uri: str, range_: types.Range) -> list[Occurrence]:
    """Visible occurrences overlapping a range."""
    state = ls.documents.get(uri)
    if state is None or not state.scannable:
        return []
    start = (range_.start.line, range_.start.character)
    end = (range_.end.line, range_.end.character)
    return [
        o
        for o in state.occurrences
        if (o.start_line, o.start_char) <= end
        and start <= (o.end_line, o.end_char)
        and not ls.settings.is_ignored(o.record_id)
    ]


def read_project_file(ls: ErrkbLanguageServer, path: Path) -> str | None:
    """A project file's text: the editor's unsaved version if open, else the disk's."""
    uri = from_fs_path(str(path))
    if uri is not None and (state := ls.documents.get(uri)) is not None:
        return state.document.text
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        return None


def open_version(ls: ErrkbLanguageServer, path: Path) -> int | None:
    """The editor's version of a file if it is open."""
    uri = from_fs_path(str(path))
    state = ls.documents.get(uri) if uri else None
    return state.document.version if state else None


def code_actions(ls: ErrkbLanguageServer, params: types.CodeActionParams) -> list[types.CodeAction]:
    """Quick fixes: dependency-file edits, full explanation, documentation, ignore."""
    uri = params.text_document.uri
    folder = ls.folder_for(uri)
    document_changes = bool(ls.capability("workspace.workspace_edit.document_changes"))
    show_document = bool(ls.capability("window.show_document.support"))
    distribution_for = getattr(errkb, "distribution_for", lambda name: name)
    actions: list[types.CodeAction] = []
    state = ls.documents.get(uri)
    if state is None:
        return actions
    incidents, loose = state.grouping.split(occurrences_in(ls, uri, params.range))
    targets: list[tuple[errkb.Record, Mapping[str, str], DocIncident | None]] = [
        (i.incident.record, i.incident.captures, i) for i in incidents
    ]
    targets += [(o.match.record, o.match.groups or {}, None) for o in loose]
    for record, captures, incident in targets:
        edits = (
            project_fixes(
                record.id,
                record.domain or record.id.split("/", 1)[0],
                captures,
                folder,
                lambda path: read_project_file(ls, path),
                distribution_for,
            )
            if folder is not None
            else []
        )
        # A match edited since the last scan has no published diagnostic to point at yet.
        diagnostic = explain_env = None
        if incident is not None:
            diagnostic = lsp_incidents.lsp_diagnostic(
                incident, uri=uri, settings=ls.settings, features=ls.diagnostic_features
            )
            env = incident.incident.environment
            if env.source == "log":
                explain_env = {"shell": env.shell, "os": env.os}
        actions += lsp_utils.lsp_code_actions(
            record,
            diagnostic,
            edits,
            workspace_edit=lambda edit: lsp_utils.lsp_workspace_edit(
                edit,
                version=open_version(ls, edit.path),
                encoding=ls.encoding,
                document_changes=document_changes,
            ),
            uri=uri,
            show_document=show_document,
            only=params.context.only,
            explain_env=explain_env,
        )
    return actions
