"""Open documents: the current snapshot of each, and which documents errkb scans."""

from __future__ import annotations

import fnmatch
from collections.abc import Sequence
from urllib.parse import unquote, urlparse

from lsprotocol import types

from errkb_lsp.snapshot import ChangedLines, Snapshot

__all__ = ["LogDocument", "is_scannable"]


class LogDocument:
    """One open document: uri, language, version and the snapshot of its current text.

    A freshly opened text is kept as it came until ``snapshot`` is first needed, so that the
    split into blocks can run in a thread (``adopt``) instead of on the event loop.
    """

    def __init__(self, uri: str, language_id: str, version: int, text: str) -> None:
        self.uri = uri
        self.language_id = language_id
        self.version = version
        self._raw: str | None = text
        self._snapshot: Snapshot | None = None

    @property
    def raw_text(self) -> str | None:
        """The text as opened, while it has not been split into blocks yet."""
        return self._raw

    @property
    def indexed(self) -> bool:
        """Whether the current text is split into blocks."""
        return self._snapshot is not None

    def adopt(self, snapshot: Snapshot) -> None:
        """Use a snapshot of the opened text built elsewhere (in a thread)."""
        self._snapshot = snapshot
        self._raw = None

    @property
    def snapshot(self) -> Snapshot:
        """The current version's immutable snapshot."""
        if self._snapshot is None:
            self.adopt(Snapshot.from_text(self._raw or ""))
        assert self._snapshot is not None
        return self._snapshot

    @property
    def text(self) -> str:
        """The whole current text (a copy: for small documents only)."""
        return self._raw if self._raw is not None else self.snapshot.text

    @property
    def line_starts(self) -> list[int]:
        """Offset of every line's first character (a new list: for small documents only)."""
        return self.snapshot.line_starts

    @property
    def line_count(self) -> int:
        """Number of lines (a trailing break starts one more, empty line)."""
        return self.snapshot.line_count

    def line_text(self, line: int) -> str:
        """The text of one line without its line break."""
        return self.snapshot.line_text(line)

    def line_of_offset(self, offset: int) -> int:
        """The line holding a code-point offset."""
        return self.snapshot.line_of_offset(offset)

    def offset_at(self, position: types.Position, encoding: str) -> int:
        """Code-point offset of an LSP position (clamped to the document)."""
        return self.snapshot.offset_at(position, encoding)

    def apply_change(
        self, change: types.TextDocumentContentChangeEvent, encoding: str
    ) -> ChangedLines | None:
        """Apply one content change; return the changed lines, or None if all text changed."""
        if not isinstance(change, types.TextDocumentContentChangePartial):
            self._raw = change.text
            self._snapshot = None
            return None
        snapshot = self.snapshot
        start = snapshot.offset_at(change.range.start, encoding)
        end = max(start, snapshot.offset_at(change.range.end, encoding))
        self._snapshot, changed = snapshot.replace(start, end, change.text)
        return changed


def _uri_path(uri: str) -> tuple[str, str]:
    parsed = urlparse(uri)
    return parsed.scheme, unquote(parsed.path)


def is_scannable(uri: str, language_id: str, globs: Sequence[str]) -> bool:
    """Whether errkb scans this document: logs, plain text, glob matches, untitled buffers.

    Never the editor's own output panels (``output:`` scheme): the server's trace shown there
    would be scanned, produce diagnostics, be traced again, and feed itself.
    """
    scheme, path = _uri_path(uri)
    if scheme == "output":
        return False
    if scheme == "untitled" or language_id in {"log", "plaintext"}:
        return True
    name = path.rsplit("/", 1)[-1]
    for glob in globs:
        target = path if "/" in glob else name
        if fnmatch.fnmatchcase(target, glob) or fnmatch.fnmatchcase(target.lower(), glob):
            return True
    return False
