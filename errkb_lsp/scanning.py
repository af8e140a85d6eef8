"""Scanning a document, or some of its lines, with errkb in bounded, cancellable chunks."""

# Runs in a worker thread. ``kb.scan`` sees one slice of lines at a time: each chunk is padded
# with ``CONTEXT_LINES`` lines on both sides, so that a multi-line pattern that starts in the
# chunk can finish and the context hints around a match (which errkb looks for within 30
# lines) are the same as in a scan of the whole text; only matches that start inside the chunk
# are kept, so padding never produces duplicates. Offsets errkb returns are code points in the
# slice; they are shifted to the document and converted to the client's position encoding
# here, once, so that publishing never touches the text again.

from __future__ import annotations

import bisect
import dataclasses
import threading
from collections.abc import Callable, Sequence
from typing import Any, Protocol

import errkb
from errkb_lsp.positions import cp_to_units, line_starts_of
from errkb_lsp.snapshot import Snapshot

__all__ = [
    "CONTEXT_LINES",
    "Occurrence",
    "ScanOutcome",
    "Scanner",
    "scan_lines",
]

#: errkb looks for context hints within 30 lines of a match; a bit more covers the pattern.
CONTEXT_LINES = 40
#: Characters handed to kb.scan at once. errkb takes a faster path on texts of a megabyte
#: or more (it normalises only the lines around candidate matches): on a 50 MB log, chunks
#: of 512 KB took 0.4 to 1.2 s in all, chunks of 2 MB 0.07 s. Cancellation stays prompt, as
#: errkb polls ``cancel`` between patterns within a chunk; progress is reported per chunk.
CHUNK_CHARS = 2 * 1024 * 1024
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

    #: The match as errkb returned it, in terms of the piece of text it scanned.
    raw_match: Any
    start_line: int
    start_char: int
    end_line: int
    end_char: int
    #: End column (client units) of each following line of a multi-line match, capped.
    continuation: tuple[int, ...] = ()
    #: What moves ``raw_match`` into the document: the piece's offset (plus characters added
    #: above it since) and the lines to add to errkb's line numbers.
    offset: int = 0
    line_shift: int = 0

    @property
    def match(self) -> Any:
        """The match in document terms (its offsets and lines are the document's)."""
        return _in_document(self.raw_match, offset=self.offset, lines=self.line_shift)

    @property
    def record_id(self) -> str:
        """The id of the matched record."""
        return str(self.raw_match.record.id)

    def shifted(self, lines: int, chars: int = 0) -> Occurrence:
        """The same occurrence after an edit above it added ``lines`` lines, ``chars`` chars."""
        if not lines and not chars:
            return self
        # Called for every result below an edit: a plain constructor call, and the match
        # itself is moved only when someone asks for it.
        return Occurrence(
            self.raw_match,
            self.start_line + lines,
            self.start_char,
            self.end_line + lines,
            self.end_char,
            self.continuation,
            self.offset + chars,
            self.line_shift + lines,
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


def _line_end(text: str, starts: Sequence[int], line: int) -> int:
    end = starts[line + 1] if line + 1 < len(starts) else len(text)
    while end > starts[line] and text[end - 1] in "\r\n":
        end -= 1
    return end


def _in_document(match: Any, *, offset: int, lines: int) -> Any:
    """The match moved from the scanned piece to the document (as is if errkb cannot)."""
    shifted = getattr(match, "shifted", None)
    if shifted is None or (not offset and not lines):
        return match
    return shifted(offset=offset, lines=lines)


def _place(
    match: Any, text: str, starts: Sequence[int], first_line: int, base: int, encoding: str
) -> Occurrence:
    """Place a match found in ``text``, whose line 0 is document line ``first_line``.

    ``starts`` are the line starts of ``text``; ``base`` is its offset in the document.
    """
    start = int(match.start)
    end = max(start, int(match.end))
    start_line = bisect.bisect_right(starts, start) - 1
    end_line = bisect.bisect_right(starts, end) - 1
    # A match that swallowed the line break ends at the start of the next line: end it on
    # the line it covers instead, so the squiggle does not run onto an untouched line.
    while end_line > start_line and end <= starts[end_line]:
        end_line -= 1
        end = _line_end(text, starts, end_line)
    start_text = text[starts[start_line] : _line_end(text, starts, start_line)]
    start_char = cp_to_units(start_text, start - starts[start_line], encoding)
    # Hovers print the match's line: errkb counts only "\n" as a line break, so the shift
    # into the document is taken from the line found here.
    shift = first_line + start_line - int(match.line)
    if end_line == start_line:
        end_char = cp_to_units(start_text, end - starts[start_line], encoding)
        line = first_line + start_line
        return Occurrence(match, line, start_char, line, end_char, (), base, shift)
    end_text = text[starts[end_line] : _line_end(text, starts, end_line)]
    end_char = cp_to_units(end_text, min(end - starts[end_line], len(end_text)), encoding)
    continuation = []
    for line in range(start_line + 1, min(end_line, start_line + MAX_RELATED_LINES) + 1):
        if line == end_line:
            continuation.append(end_char)
        else:
            line_text = text[starts[line] : _line_end(text, starts, line)]
            continuation.append(cp_to_units(line_text, len(line_text), encoding))
    return Occurrence(
        match,
        first_line + start_line,
        start_char,
        first_line + end_line,
        end_char,
        tuple(continuation),
        base,
        shift,
    )


def scan_lines(
    kb: Scanner,
    snapshot: Snapshot,
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
    line_total = snapshot.line_count
    first = max(first, 0)
    last = min(last, line_total - 1)
    line = first
    begin = snapshot.line_start(first)
    span = max(1, snapshot.line_end(last) - begin)
    while line <= last:
        if cancel.is_set():
            return ScanOutcome(found, stopped_at=line)
        chunk_start = snapshot.line_start(line)
        chunk_last = snapshot.line_of_offset(chunk_start + chunk_chars)
        chunk_last = min(max(chunk_last, line), last)
        low = max(0, line - CONTEXT_LINES)
        high = min(line_total - 1, chunk_last + CONTEXT_LINES)
        base = snapshot.line_start(low)
        piece = snapshot.lines(low, high)
        try:
            matches = kb.scan(piece, fuzzy=fuzzy, cancel=cancel.is_set)
        except errkb.ScanCancelled:
            return ScanOutcome(found, stopped_at=line)
        if matches:
            starts = [0, *line_starts_of(piece)]
            keep_from = chunk_start - base
            keep_to = snapshot.line_end(chunk_last) - base
            if chunk_last + 1 >= line_total:
                keep_to = len(piece) + 1  # the last line: a match may start at its very end
            for match in matches:
                if keep_from <= int(match.start) < keep_to:
                    found.append(_place(match, piece, starts, low, base, encoding))
        line = chunk_last + 1
        if on_chunk is not None:
            done = snapshot.line_start(line) - begin
            on_chunk(min(1.0, done / span), found)
    found.sort(key=lambda o: (o.start_line, o.start_char))
    return ScanOutcome(found)
