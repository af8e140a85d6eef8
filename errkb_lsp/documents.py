"""Open documents: one text snapshot per version, a line index, and which documents to scan.

pygls's own ``TextDocument`` re-splits the whole text on every incremental change and on every
``lines`` access; on a 50 MB log that is hundreds of milliseconds per keystroke. The server
keeps this store instead: applying a change costs one string splice plus re-indexing the
touched lines, and it reports which lines changed so that only those are rescanned.
"""

from __future__ import annotations

import bisect
import dataclasses
import fnmatch
import re
from collections.abc import Sequence
from urllib.parse import unquote, urlparse

from lsprotocol import types

__all__ = [
    "ChangedLines",
    "LogDocument",
    "cp_to_units",
    "is_scannable",
    "line_starts_of",
    "units_to_cp",
]

# Line breaks as the LSP specification counts them.
_BREAK = re.compile(r"\r\n|\r|\n")


def line_starts_of(text: str, start: int = 0, end: int | None = None) -> list[int]:
    """Offsets at which a line starts after each break in ``text[start:end]``."""
    stop = len(text) if end is None else end
    if "\r" not in text:
        # str.find runs in C; much faster than the regex on multi-megabyte logs.
        starts: list[int] = []
        find = text.find
        position = find("\n", start, stop)
        while position != -1:
            starts.append(position + 1)
            position = find("\n", position + 1, stop)
        return starts
    return [m.end() for m in _BREAK.finditer(text, start, stop)]


def cp_to_units(line: str, column: int, encoding: str) -> int:
    """Convert a code-point column on ``line`` to the negotiated position encoding."""
    prefix = line[:column]
    if encoding == types.PositionEncodingKind.Utf32 or prefix.isascii():
        return len(prefix)
    if encoding == types.PositionEncodingKind.Utf8:
        return len(prefix.encode("utf-8", "surrogatepass"))
    return len(prefix.encode("utf-16-le", "surrogatepass")) // 2


def units_to_cp(line: str, units: int, encoding: str) -> int:
    """Convert a column in the negotiated encoding to code points, clamped to the line."""
    if encoding == types.PositionEncodingKind.Utf32 or line.isascii():
        return max(0, min(units, len(line)))
    counted = 0
    for index, char in enumerate(line):
        if counted >= units:
            return index
        code = ord(char)
        if encoding == types.PositionEncodingKind.Utf8:
            counted += 1 if code < 0x80 else 2 if code < 0x800 else 3 if code < 0x10000 else 4
        else:
            counted += 2 if code >= 0x10000 else 1
    return len(line)


@dataclasses.dataclass(frozen=True)
class ChangedLines:
    """Lines ``first..last_new`` of the new text replaced lines ``first..last_old``."""

    first: int
    last_old: int
    last_new: int

    @property
    def delta(self) -> int:
        """How many lines the change added (negative when it removed lines)."""
        return self.last_new - self.last_old


class LogDocument:
    """One open document: uri, language, version and an immutable text snapshot per version."""

    def __init__(self, uri: str, language_id: str, version: int, text: str) -> None:
        self.uri = uri
        self.language_id = language_id
        self.version = version
        self.text = text
        self._line_starts: list[int] | None = None

    @property
    def line_starts(self) -> list[int]:
        """Offset of the first character of every line (index 0 is line 0)."""
        if self._line_starts is None:
            self._line_starts = [0, *line_starts_of(self.text)]
        return self._line_starts

    @property
    def indexed(self) -> bool:
        """Whether the line index of the current text is built."""
        return self._line_starts is not None

    def adopt_index(self, starts: list[int]) -> None:
        """Use a line index built elsewhere (in a thread) for the current text."""
        self._line_starts = starts

    @property
    def line_count(self) -> int:
        """Number of lines (a trailing break starts one more, empty line)."""
        return len(self.line_starts)

    def line_text(self, line: int, starts: Sequence[int] | None = None) -> str:
        """The text of one line without its line break."""
        starts = self.line_starts if starts is None else starts
        if line < 0 or line >= len(starts):
            return ""
        end = starts[line + 1] if line + 1 < len(starts) else len(self.text)
        return self.text[starts[line] : end].rstrip("\r\n")

    def line_of_offset(self, offset: int) -> int:
        """The line holding a code-point offset."""
        return bisect.bisect_right(self.line_starts, offset) - 1

    def offset_at(self, position: types.Position, encoding: str) -> int:
        """Code-point offset of an LSP position (clamped to the document, as the spec asks)."""
        starts = self.line_starts
        if position.line >= len(starts):
            return len(self.text)
        line = self.line_text(position.line, starts)
        return starts[position.line] + units_to_cp(line, position.character, encoding)

    def apply_change(
        self, change: types.TextDocumentContentChangeEvent, encoding: str
    ) -> ChangedLines | None:
        """Apply one content change; return the changed lines, or None if all text changed."""
        if not isinstance(change, types.TextDocumentContentChangePartial):
            self.text = change.text
            self._line_starts = None
            return None
        starts = self.line_starts
        start = self.offset_at(change.range.start, encoding)
        end = max(start, self.offset_at(change.range.end, encoding))
        first = bisect.bisect_right(starts, start) - 1
        last_old = bisect.bisect_right(starts, end) - 1
        old_length = len(self.text)
        text = self.text[:start] + change.text + self.text[end:]
        delta_chars = len(text) - old_length
        # Re-index from the line before the change: inserting "\n" right after a "\r" merges
        # the two into one break, which moves the start of the changed line. The line after
        # the change keeps being a line start (its break lies after the changed span).
        window_line = max(first - 1, 0)
        window_start = starts[window_line]
        if last_old + 1 < len(starts):
            window_end = starts[last_old + 1] + delta_chars
            tail = starts[last_old + 1 :]
            if delta_chars:
                tail = [s + delta_chars for s in tail]
        else:
            window_end = len(text)
            tail = []
        window = line_starts_of(text, window_start, window_end)
        if tail and window and window[-1] == window_end:
            window.pop()  # that break starts the first tail line, already in ``tail``
        new_starts = starts[: window_line + 1] + window + tail
        self.text = text
        self._line_starts = new_starts
        delta_lines = len(new_starts) - len(starts)
        return ChangedLines(
            first=window_line, last_old=last_old, last_new=max(last_old + delta_lines, window_line)
        )


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
