"""A document version as an immutable snapshot: blocks of whole lines shared between versions."""

from __future__ import annotations

import bisect
import dataclasses
from collections.abc import Sequence
from itertools import accumulate

from lsprotocol import types

from errkb_lsp.positions import line_starts_of, units_to_cp

__all__ = ["BLOCK_CHARS", "ChangedLines", "Snapshot"]

#: Target size of a block. Big enough that a 50 MB log is about 1,600 blocks (the per-edit
#: bookkeeping is proportional to that), small enough that re-splitting the blocks around an
#: edit costs well under a millisecond.
BLOCK_CHARS = 32 * 1024


def _utf8_length(text: str) -> int:
    # isascii() is O(1) in CPython: only non-ASCII blocks pay for an encode.
    return len(text) if text.isascii() else len(text.encode("utf-8", "surrogatepass"))


def _split_blocks(text: str, *, ends_document: bool) -> tuple[list[str], list[list[int]]]:
    """Cut text that starts at a line start into blocks of whole lines.

    When ``ends_document``, the last block is the document's last line without a break (empty
    if the text ends with one); otherwise ``text`` ends at a line start and has no such part.
    """
    starts = [0, *line_starts_of(text)]
    tail_start = starts[-1]
    blocks: list[str] = []
    block_starts: list[list[int]] = []
    index = 0  # index in starts of the first line of the next block
    last_full = len(starts) - 1  # lines before the tail
    while index < last_full:
        base = starts[index]
        # Whole lines up to BLOCK_CHARS; a single longer line makes a block of its own.
        stop = bisect.bisect_right(starts, base + BLOCK_CHARS, lo=index + 1, hi=last_full + 1) - 1
        stop = max(stop, index + 1)
        end = starts[stop]
        blocks.append(text[base:end])
        block_starts.append([s - base for s in starts[index:stop]] if base else starts[index:stop])
        index = stop
    if ends_document:
        blocks.append(text[tail_start:])
        block_starts.append([0])
    return blocks, block_starts


def _starts_in_block(block: str) -> list[int]:
    starts = [0, *line_starts_of(block)]
    if len(starts) > 1 and starts[-1] == len(block):
        starts.pop()  # the break ending the block starts the next block's first line
    return starts


@dataclasses.dataclass(frozen=True)
class ChangedLines:
    """Lines ``first..last_new`` of the new text replaced lines ``first..last_old``."""

    first: int
    last_old: int
    last_new: int
    #: Characters added by the change (negative when it removed some).
    delta_chars: int = 0

    @property
    def delta(self) -> int:
        """How many lines the change added (negative when it removed lines)."""
        return self.last_new - self.last_old


class Snapshot:
    """One immutable version of a document's text, kept as blocks of whole lines.

    pygls's own ``TextDocument`` re-splits the whole text on every incremental change and on every
    ``lines`` access, and even a plain ``str`` costs a copy of the whole text per keystroke (Python
    strings are immutable): on a 50 MB log that is hundreds of milliseconds on the event loop. The
    server keeps each document as a ``Snapshot`` instead: a tuple of blocks of whole lines (about
    ``BLOCK_CHARS`` characters each) with their line starts, plus cumulative character and line
    counts. Applying a change rebuilds only the few blocks around it and shares every other block
    with the previous version, so a scan thread can keep reading the version it started on while the
    editor moves on.

    Every block but the last holds whole lines, each with its line break; the last block is
    the document's last line, which has no break (it is empty when the text ends with one).
    Offsets and columns are code points; lines are counted as LSP counts them (``\\r\\n``,
    ``\\r`` and ``\\n`` each end a line).
    """

    __slots__ = (
        "_block_bytes",
        "_block_lines",
        "_block_starts",
        "_blocks",
        "_char_offsets",
        "_line_offsets",
        "length",
        "line_count",
    )

    def __init__(
        self,
        blocks: Sequence[str],
        block_starts: Sequence[list[int] | None],
        block_lines: Sequence[int],
        block_bytes: Sequence[int] | None = None,
    ) -> None:
        self._blocks = tuple(blocks)
        # Line starts within each block, computed when first needed: a full scan of a freshly
        # opened log only needs those of the blocks where its chunks begin and end. Filling in
        # an entry from two threads at once stores equal lists, so no lock is needed.
        self._block_starts = list(block_starts)
        self._block_lines = tuple(block_lines)
        self._block_bytes = (
            tuple(block_bytes) if block_bytes is not None else tuple(map(_utf8_length, blocks))
        )
        self._char_offsets = list(accumulate(map(len, self._blocks), initial=0))
        self._line_offsets = list(accumulate(self._block_lines, initial=0))
        self.length = self._char_offsets[-1]
        self.line_count = self._line_offsets[-1]

    @classmethod
    def from_text(cls, text: str) -> Snapshot:
        """Split a whole text into blocks (0.1 s for 50 MB: call it off the event loop).

        Blocks are cut after a ``\n`` found with ``find``, and only blocks holding a ``\r``
        get their line starts now; the others are counted with ``count``. Each step is a
        short C call on one block, so the event loop's thread gets the GIL back often (a
        single ``count`` over 50 MB would hold it for tens of milliseconds).
        """
        tail_start = max(text.rfind("\n"), text.rfind("\r")) + 1
        blocks: list[str] = []
        block_starts: list[list[int] | None] = []
        block_lines: list[int] = []
        position = 0
        while position < tail_start:
            newline = text.find("\n", position + BLOCK_CHARS - 1, tail_start)
            end = tail_start if newline == -1 else newline + 1
            if end - position > 2 * BLOCK_CHARS and "\r" in text[position:end]:
                # A long stretch without "\n" whose lines may end in "\r" alone.
                rest, rest_starts = _split_blocks(text[position:], ends_document=True)
                blocks += rest
                block_starts += rest_starts
                block_lines += map(len, rest_starts)
                return cls(blocks, block_starts, block_lines)
            block = text[position:end]
            if "\r" in block:
                starts = _starts_in_block(block)
                block_starts.append(starts)
                block_lines.append(len(starts))
            else:
                block_starts.append(None)
                block_lines.append(block.count("\n"))
            blocks.append(block)
            position = end
        blocks.append(text[tail_start:])
        block_starts.append([0])
        block_lines.append(1)
        return cls(blocks, block_starts, block_lines)

    def _starts(self, block: int) -> list[int]:
        starts = self._block_starts[block]
        if starts is None:
            starts = self._block_starts[block] = _starts_in_block(self._blocks[block])
        return starts

    # ------------------------------------------------------------------ reading

    @property
    def block_count(self) -> int:
        """Number of blocks (for tests and measurements)."""
        return len(self._blocks)

    @property
    def text(self) -> str:
        """The whole text (a copy: only for small documents such as project files)."""
        return "".join(self._blocks)

    @property
    def line_starts(self) -> list[int]:
        """Offset of every line's first character (a new list: not for big documents)."""
        result: list[int] = []
        for block, base in enumerate(self._char_offsets[:-1]):
            result.extend(s + base for s in self._starts(block))
        return result

    def _block_of_line(self, line: int) -> int:
        return bisect.bisect_right(self._line_offsets, line) - 1

    def _block_of_offset(self, offset: int) -> int:
        block = bisect.bisect_right(self._char_offsets, offset) - 1
        return min(max(block, 0), len(self._blocks) - 1)

    def line_start(self, line: int) -> int:
        """Offset of the first character of ``line``; the text's length past the last line."""
        if line >= self.line_count:
            return self.length
        block = self._block_of_line(max(line, 0))
        return self._char_offsets[block] + self._starts(block)[line - self._line_offsets[block]]

    def line_end(self, line: int) -> int:
        """Offset just past ``line`` including its break (the next line's start)."""
        return self.line_start(line + 1)

    def line_text(self, line: int) -> str:
        """The text of one line without its line break."""
        if line < 0 or line >= self.line_count:
            return ""
        block = self._block_of_line(line)
        text, starts = self._blocks[block], self._starts(block)
        index = line - self._line_offsets[block]
        end = starts[index + 1] if index + 1 < len(starts) else len(text)
        return text[starts[index] : end].rstrip("\r\n")

    def line_of_offset(self, offset: int) -> int:
        """The line holding a code-point offset."""
        block = self._block_of_offset(offset)
        relative = offset - self._char_offsets[block]
        return self._line_offsets[block] + bisect.bisect_right(self._starts(block), relative) - 1

    def slice(self, start: int, end: int) -> str:
        """``text[start:end]`` without materialising the rest of the text."""
        start, end = max(start, 0), min(end, self.length)
        if end <= start:
            return ""
        first, last = self._block_of_offset(start), self._block_of_offset(end - 1)
        base = self._char_offsets[first]
        if first == last:
            return self._blocks[first][start - base : end - base]
        joined = "".join(self._blocks[first : last + 1])
        return joined[start - base : end - base]

    def lines(self, first: int, last: int) -> str:
        """Lines ``first..last`` (inclusive), with their line breaks."""
        return self.slice(self.line_start(first), self.line_end(last))

    def offset_at(self, position: types.Position, encoding: str) -> int:
        """Code-point offset of an LSP position (clamped to the document, as the spec asks)."""
        if position.line >= self.line_count:
            return self.length
        line = self.line_text(position.line)
        return self.line_start(position.line) + units_to_cp(line, position.character, encoding)

    def limit_line(self, max_bytes: int) -> int | None:
        """First line that is not entirely within the first ``max_bytes`` UTF-8 bytes, or None."""
        if self.length <= max_bytes // 4:
            return None  # even all-4-byte characters fit
        counted = 0
        for block, size in enumerate(self._block_bytes):
            if counted + size > max_bytes:
                text = self._blocks[block]
                room = max_bytes - counted
                if text.isascii():
                    cut = room
                else:
                    head = text[:room].encode("utf-8", "surrogatepass")[:room]
                    cut = len(head.decode("utf-8", "ignore"))
                starts = self._starts(block)
                return self._line_offsets[block] + bisect.bisect_right(starts, cut) - 1
            counted += size
        return None

    # ------------------------------------------------------------------ editing

    def replace(self, start: int, end: int, new_text: str) -> tuple[Snapshot, ChangedLines]:
        """A new snapshot with ``text[start:end]`` replaced; this one is left as it was."""
        first = self.line_of_offset(start)
        last_old = self.line_of_offset(end)
        # The blocks around the change are re-split together with their neighbours: the outer
        # edges then lie at least one unchanged character away from the change, so they stay
        # line starts (inserting "\n" right after a "\r" merges two breaks into one), and
        # blocks that deletions have shrunk merge with the next ones instead of piling up.
        low = max(self._block_of_offset(start) - 1, 0)
        high = min(self._block_of_offset(end) + 1, len(self._blocks) - 1)
        base = self._char_offsets[low]
        region = "".join(self._blocks[low : high + 1])
        region = region[: start - base] + new_text + region[end - base :]
        ends_document = high == len(self._blocks) - 1
        blocks, starts = _split_blocks(region, ends_document=ends_document)
        snapshot = Snapshot(
            [*self._blocks[:low], *blocks, *self._blocks[high + 1 :]],
            [*self._block_starts[:low], *starts, *self._block_starts[high + 1 :]],
            [*self._block_lines[:low], *map(len, starts), *self._block_lines[high + 1 :]],
            [*self._block_bytes[:low], *map(_utf8_length, blocks), *self._block_bytes[high + 1 :]],
        )
        window_line = max(first - 1, 0)
        delta_lines = snapshot.line_count - self.line_count
        changed = ChangedLines(
            first=window_line,
            last_old=last_old,
            last_new=max(last_old + delta_lines, window_line),
            delta_chars=snapshot.length - self.length,
        )
        return snapshot, changed
