"""Open documents: each one's current snapshot and scan results, and which ones errkb scans."""

from __future__ import annotations

import asyncio
import bisect
import dataclasses
import fnmatch
import threading
from collections.abc import Sequence
from urllib.parse import unquote, urlparse

from lsprotocol import types

from errkb_lsp.incidents import Grouping
from errkb_lsp.scanning import CONTEXT_LINES, Occurrence
from errkb_lsp.snapshot import ChangedLines, Snapshot

__all__ = ["DocState", "LogDocument", "is_scannable"]


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


def _start_line(occurrence: Occurrence) -> int:
    return occurrence.start_line


@dataclasses.dataclass(eq=False)
class DocState:
    """Everything the server knows about one open document."""

    document: LogDocument
    scannable: bool
    #: Matches aligned with the current text, except inside ``dirty``.
    occurrences: list[Occurrence] = dataclasses.field(default_factory=list)
    #: Lines (current text) changed since the last scan; None when none are.
    dirty: tuple[int, int] | None = None
    full: bool = True
    #: First line that was not scanned (size limit or cancelled scan), None if all were.
    scan_end: int | None = None
    scan_end_reason: str = ""
    generation: int = 0
    clean: asyncio.Event = dataclasses.field(default_factory=asyncio.Event)
    debounce: asyncio.Task[None] | None = None
    cancel: threading.Event | None = None
    #: The occurrences grouped into incidents by the last scan (what diagnostics show).
    grouping: Grouping = dataclasses.field(default_factory=Grouping)
    #: Occurrences found so far by a running full scan, for hovers during the scan.
    partial: list[Occurrence] | None = None
    size_warned: bool = False
    capped_warned: bool = False
    #: When the document last changed (time.monotonic()), for the leading-edge debounce.
    last_change: float = -1e9

    def mark_all_dirty(self) -> None:
        """Forget the results; the next scan reads the whole document."""
        self.full = True
        self.dirty = None
        self.clean.clear()

    def cancel_work(self) -> None:
        """Cancel the pending debounce and the running scan."""
        if self.debounce is not None:
            self.debounce.cancel()
            self.debounce = None
        if self.cancel is not None:
            self.cancel.set()

    def note_change(self, changed: ChangedLines | None) -> None:
        """Shift results past an edit, drop those it touched, and widen the dirty lines."""
        self.clean.clear()
        if changed is None:
            self.mark_all_dirty()
            self.occurrences = []
            return
        first, last_old, delta = changed.first, changed.last_old, changed.delta
        chars = changed.delta_chars
        # Occurrences are sorted by start: find the edit's place instead of testing each one
        # (a log may have many thousands); only those below it are touched, to move them.
        occurrences = self.occurrences
        inside = bisect.bisect_left(occurrences, first, key=_start_line)
        below = bisect.bisect_right(occurrences, last_old, lo=inside, key=_start_line)
        above = occurrences[:inside]
        dirty_first = first
        cut = [o.start_line for o in above if o.end_line >= first]  # multi-line, reaching in
        if cut:
            dirty_first = min(cut)
            above = [o for o in above if o.end_line < first]
        above.extend(o.shifted(delta, chars) for o in occurrences[below:])
        self.occurrences = above

        def moved(line: int) -> int:
            if line < first:
                return line
            if line > last_old:
                return line + delta
            return min(max(line, first), changed.last_new)

        dirty = (dirty_first, changed.last_new)
        if self.dirty is not None:
            dirty = (min(dirty[0], moved(self.dirty[0])), max(dirty[1], moved(self.dirty[1])))
        self.dirty = dirty
        if self.scan_end is not None:
            self.scan_end = moved(self.scan_end)

    def rescan_bounds(self, line_total: int) -> tuple[int, int]:
        """Lines to rescan: the dirty lines plus context, widened over matches they cut."""
        if self.full or self.dirty is None:
            return 0, line_total - 1
        first = max(0, self.dirty[0] - CONTEXT_LINES)
        last = min(line_total - 1, self.dirty[1] + CONTEXT_LINES)
        for occurrence in self.occurrences:
            if occurrence.start_line < first <= occurrence.end_line:
                first = occurrence.start_line
            if occurrence.start_line <= last < occurrence.end_line:
                last = occurrence.end_line
        return first, last

    def merge(
        self,
        first: int,
        last: int,
        cut: int | None,
        found: list[Occurrence],
        *,
        full: bool,
    ) -> None:
        """Replace the results for lines first..last with a fresh scan's; now clean."""
        if full:
            self.occurrences = found
        else:
            occurrences = self.occurrences
            before = bisect.bisect_left(occurrences, first, key=_start_line)
            after = bisect.bisect_right(occurrences, last, lo=before, key=_start_line)
            self.occurrences = occurrences[:before] + found + occurrences[after:]
        if cut is not None:
            self.occurrences = [o for o in self.occurrences if o.start_line < cut]
        self.full = False
        self.dirty = None
