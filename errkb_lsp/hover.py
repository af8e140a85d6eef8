"""Hovers: the incidents under the cursor, with fixes for the machine the log came from."""

from __future__ import annotations

from collections.abc import Iterable

from lsprotocol import types

from errkb_lsp import lsp_incidents
from errkb_lsp.environment import fix_environment
from errkb_lsp.scanning import Occurrence
from errkb_lsp.state import ErrkbLanguageServer

__all__ = ["hover", "occurrences_at"]


def occurrences_at(ls: ErrkbLanguageServer, uri: str, position: types.Position) -> list[Occurrence]:
    """Visible occurrences under a position (including those of a scan still running)."""
    state = ls.documents.get(uri)
    if state is None or not state.scannable:
        return []
    pool: Iterable[Occurrence] = state.occurrences
    if state.partial is not None:
        pool = [*state.occurrences, *list(state.partial)]
    return [
        o
        for o in pool
        if o.contains(position.line, position.character) and not ls.settings.is_ignored(o.record_id)
    ]


async def hover(ls: ErrkbLanguageServer, params: types.HoverParams) -> types.Hover | None:
    """Markdown (or plain text) for the errors at a position; None if there are none."""
    state = ls.documents.get(params.text_document.uri)
    found = occurrences_at(ls, params.text_document.uri, params.position)
    if state is None or not found:
        return None
    formats = ls.capability("text_document.hover.content_format", None)
    markdown = formats is None or types.MarkupKind.Markdown in formats
    incidents, loose = state.grouping.split(found)
    env = await fix_environment(ls)
    return lsp_incidents.lsp_incident_hover(incidents, loose, env, markdown=markdown)
