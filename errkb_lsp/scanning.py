"""Scanning a document, or some of its lines, with errkb in bounded, cancellable chunks.

Runs in a worker thread. ``kb.scan`` sees one slice of lines at a time: each chunk is padded
with ``CONTEXT_LINES`` lines on both sides, so that a multi-line pattern that starts in the
chunk can finish and the context hints around a match (which errkb looks for within 30
lines) are the same as in a scan of the whole text; only matches that start inside the chunk
are kept, so padding never produces duplicates. Offsets errkb returns are code points in the
slice; they are shifted to the document and converted to the client's position encoding
here, once, so that publishing never touches the text again.
"""

from __future__ import annotations

import bisect
import dataclasses
import threading
from collections.abc import Callable, Sequence
from typing import Any, Protocol

import errkb
from errkb_lsp.documents import cp_to_units

__all__ = [
    "CONTEXT_LINES",
    "Occurrence",
    "ScanOutcome",
    "Scanner",
    "limit_line",
    "scan_lines",
]

#: errkb looks for context hints within 30 lines of a match; a bit more covers the pattern.
CONTEXT_LINES = 40
#: Characters handed to kb.scan at once: small enough that cancellation and progress are
#: prompt (a chunk takes tens of milliseconds) and that the GIL is released often.
CHUNK_CHARS = 512 * 1024
#: Related-information entries are capped: a 500-line traceback match would otherwise
#: carry 499 of them.
MAX_RELATED_LINES = 20


class Scanner(Protocol):
    """The part of errkb.KnowledgeBase the scanner uses."""

    def scan(
        self, text: str, *, fuzzy: bool | None = ..., cancel: Callable[[], bool] | None = ...
    ) -> Sequence[Any]:
        """Every occurrence of a known error in ``text``."""
        ...


@dataclasses.dataclass(frozen=True, slots=True)
class Occurrence:
    """One errkb match placed in a document, in the client's position units."""

    match: Any
    start_line: int
    start_char: int
    end_line: int
    end_char: int
    #: End column (client units) of each following line of a multi-line match, capped.
    continuation: tuple[int, ...] = ()

    @property
    def record_id(self) -> str:
        """The id of the matched record."""
        return str(self.match.record.id)

    def shifted(self, lines: int) -> Occurrence:
        """The same occurrence moved down by ``lines`` (after an edit above it)."""
        if not lines:
            return self
        return dataclasses.replace(
            self, start_line=self.start_line + lines, end_line=self.end_line + lines
        )

    def contains(self, line: int, character: int) -> bool:
        """Whether a position lies in the matched span (both ends included, for hovers)."""
        if line < self.start_line or line > self.end_line:
            return False
        if line == self.start_line and character < self.start_char:
            return False
        return not (line == self.end_line and character > self.end_char)


@dataclasses.dataclass
class ScanOutcome:
    """What a scan job found, and where it stopped if it did not finish."""

    occurrences: list[Occurrence]
    #: First line not scanned because the job was cancelled (None: all lines were scanned).
    stopped_at: int | None = None


def limit_line(text: str, starts: Sequence[int], max_bytes: int) -> int | None:
    """First line that is not entirely within the first ``max_bytes`` UTF-8 bytes, or None."""
    if len(text) <= max_bytes // 4:
        return None  # even all-4-byte characters fit: skip the encode
    if text.isascii():
        cut = max_bytes
    else:
        head = text[:max_bytes].encode("utf-8", "surrogatepass")[:max_bytes]
        cut = len(head.decode("utf-8", "ignore"))
    if cut >= len(text):
        return None
    line = bisect.bisect_right(starts, cut) - 1
    return line if line < len(starts) else None


def _line_end(text: str, starts: Sequence[int], line: int) -> int:
    end = starts[line + 1] if line + 1 < len(starts) else len(text)
    while end > starts[line] and text[end - 1] in "\r\n":
        end -= 1
    return end


def _place(match: Any, base: int, text: str, starts: Sequence[int], encoding: str) -> Occurrence:
    start = base + int(match.start)
    end = max(start, base + int(match.end))
    start_line = bisect.bisect_right(starts, start) - 1
    end_line = bisect.bisect_right(starts, end) - 1
    # A match that swallowed the line break ends at the start of the next line: end it on
    # the line it covers instead, so the squiggle does not run onto an untouched line.
    while end_line > start_line and end <= starts[end_line]:
        end_line -= 1
        end = _line_end(text, starts, end_line)
    start_text = text[starts[start_line] : _line_end(text, starts, start_line)]
    start_char = cp_to_units(start_text, start - starts[start_line], encoding)
    if end_line == start_line:
        end_char = cp_to_units(start_text, end - starts[start_line], encoding)
        return Occurrence(match, start_line, start_char, end_line, end_char)
    end_text = text[starts[end_line] : _line_end(text, starts, end_line)]
    end_char = cp_to_units(end_text, min(end - starts[end_line], len(end_text)), encoding)
    continuation = []
    for line in range(start_line + 1, min(end_line, start_line + MAX_RELATED_LINES) + 1):
        if line == end_line:
            continuation.append(end_char)
        else:
            line_text = text[starts[line] : _line_end(text, starts, line)]
            continuation.append(cp_to_units(line_text, len(line_text), encoding))
    return Occurrence(match, start_line, start_char, end_line, end_char, tuple(continuation))


def scan_lines(
    kb: Scanner,
    text: str,
    starts: Sequence[int],
    first: int,
    last: int,
    *,
    encoding: str,
    fuzzy: bool,
    cancel: threading.Event,
    on_chunk: Callable[[float, list[Occurrence]], None] | None = None,
    chunk_chars: int = CHUNK_CHARS,
) -> ScanOutcome:
    """Scan lines ``first..last`` (inclusive) of a snapshot; keep matches starting there."""
    found: list[Occurrence] = []
    line_total = len(starts)
    first = max(first, 0)
    last = min(last, line_total - 1)
    line = first
    span = max(1, starts[last] - starts[first])
    while line <= last:
        if cancel.is_set():
            return ScanOutcome(found, stopped_at=line)
        chunk_last = bisect.bisect_right(starts, starts[line] + chunk_chars, lo=line) - 1
        chunk_last = min(max(chunk_last, line), last)
        low = max(0, line - CONTEXT_LINES)
        high = min(line_total - 1, chunk_last + CONTEXT_LINES)
        base = starts[low]
        piece = text[base : starts[high + 1] if high + 1 < line_total else len(text)]
        try:
            matches = kb.scan(piece, fuzzy=fuzzy, cancel=cancel.is_set)
        except errkb.ScanCancelled:
            return ScanOutcome(found, stopped_at=line)
        for match in matches:
            offset = base + int(match.start)
            if starts[line] <= offset and (
                chunk_last + 1 >= line_total or offset < starts[chunk_last + 1]
            ):
                found.append(_place(match, base, text, starts, encoding))
        line = chunk_last + 1
        if on_chunk is not None:
            done = (starts[line] if line < line_total else len(text)) - starts[first]
            on_chunk(min(1.0, done / span), found)
    found.sort(key=lambda o: (o.start_line, o.start_char))
    return ScanOutcome(found)
