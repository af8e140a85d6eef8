"""Positions in big texts: a text as UTF-8 bytes with block checkpoints for byte/character offsets,
line counting over ascending offsets, and escape lines found in the bytes."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from functools import partial

from errkb.engine.normalize import strip_escapes

__all__ = [
    "LAZY_NORMALIZE_MIN",
    "MAX_WINDOW_REACH",
    "LineCounter",
    "Utf8Text",
    "escaped_lines",
    "has_osc",
    "newline_searches",
]


# --- positions ---------------------------------------------------------------------------


class LineCounter:
    """Line and column of ascending offsets in O(len(text)) overall (in a text, or in bytes
    of its UTF-8, where the column is in bytes).

    Tracks the last line start seen, so a column on a 10 MB single line is not found by
    searching back to the line's start for every match.
    """

    def __init__(self, text: str | bytes):
        self._count, self._rfind, _find = newline_searches(text)
        self.pos = 0
        self.line = 0
        self.line_start = 0

    def locate(self, offset: int) -> tuple[int, int]:
        if offset < self.pos:
            self.pos, self.line, self.line_start = 0, 0, 0
        newlines = self._count(self.pos, offset)
        if newlines:
            self.line += newlines
            self.line_start = self._rfind(self.pos, offset) + 1
        self.pos = offset
        return self.line, offset - self.line_start


def newline_searches(
    base: str | bytes,
) -> tuple[Callable[[int, int], int], Callable[[int, int], int], Callable[[int, int], int]]:
    """`count`, `rfind` and `find` of the newline in `base` between two offsets."""
    if isinstance(base, str):
        return partial(base.count, "\n"), partial(base.rfind, "\n"), partial(base.find, "\n")
    return partial(base.count, b"\n"), partial(base.rfind, b"\n"), partial(base.find, b"\n")


#: normalised as a whole: candidates come from literals in the raw text, and only the lines
#: that hold a candidate's literals are normalised and searched.
LAZY_NORMALIZE_MIN = 1 << 20
#: Patterns that can span more lines than this are searched in the whole text.
MAX_WINDOW_REACH = 40
#: Bytes between the checkpoints of `Utf8Text`.
_UTF8_BLOCK = 1 << 14


class Utf8Text:
    """A text as UTF-8 bytes, with the character offset of every block's start: offsets
    convert either way decoding at most one block.

    Made in one pass that decodes only the blocks holding non-ASCII bytes (most of a log is
    ASCII), which checks the bytes are UTF-8 (`errors="strict"`, for input bytes) in a tenth of
    the time decoding them would take. `errors="surrogatepass"` reads back the encoding of a
    string, lone surrogates included.
    """

    def __init__(
        self,
        data: bytes,
        *,
        text: str | None = None,
        errors: str = "strict",
        block_bytes: int = _UTF8_BLOCK,
    ) -> None:
        self.data = data
        self.errors = errors
        self._text = text
        self.ascii = data.isascii()
        self._byte_starts = [0]
        self._char_starts = [0]
        self._ascii_blocks: list[bool] = []
        if self.ascii:
            self.length = len(data)
            return
        start = chars = 0
        while start < len(data):
            stop = min(len(data), start + block_bytes)
            while stop < len(data) and 0x80 <= data[stop] < 0xC0:
                stop += 1  # a character boundary: not inside a multi-byte sequence
            block = data[start:stop]
            is_ascii = block.isascii()
            chars += len(block) if is_ascii else len(block.decode("utf-8", errors))
            self._ascii_blocks.append(is_ascii)
            self._byte_starts.append(stop)
            self._char_starts.append(chars)
            start = stop
        self.length = chars

    @property
    def text(self) -> str:
        """The whole text, decoded when first asked for (rarely, for a big text)."""
        if self._text is None:
            self._text = self.data.decode("utf-8", self.errors)
        return self._text

    def decode(self, start: int, end: int) -> str:
        return self.data[start:end].decode("utf-8", self.errors)

    def char_at(self, offset: int) -> int:
        """The character offset of the byte offset `offset` (a character boundary)."""
        return self.char_walker()(offset)

    def char_walker(self) -> Callable[[int], int]:
        """`char_at` for offsets that mostly ascend: each decodes only the bytes since the
        previous one, or since its block's start (a million literal lines in one block would
        otherwise decode it a million times)."""
        if self.ascii:
            return lambda offset: offset
        byte = char = 0

        def char_at(offset: int) -> int:
            nonlocal byte, char
            block = bisect_right(self._byte_starts, offset) - 1
            if block >= len(self._ascii_blocks):
                return self.length
            start = self._byte_starts[block]
            if offset < byte or start > byte:
                byte, char = start, self._char_starts[block]
            if self._ascii_blocks[block]:
                char += offset - byte
            else:
                char += len(self.decode(byte, offset))
            byte = offset
            return char

        return char_at

    def byte_walker(self) -> Callable[[int], int]:
        """`byte_at` for offsets that mostly ascend, from the whole decoded text: each encodes
        only the characters since the previous one."""
        if self.ascii:
            return lambda offset: offset
        text, errors = self.text, self.errors
        char = byte = 0

        def byte_at(offset: int) -> int:
            nonlocal char, byte
            if offset < char:
                char = byte = 0
            byte += len(text[char:offset].encode("utf-8", errors))
            char = offset
            return byte

        return byte_at

    def byte_at(self, offset: int) -> int:
        """The byte offset of the character offset `offset`."""
        if self.ascii:
            return offset
        block = bisect_right(self._char_starts, offset) - 1
        if block >= len(self._ascii_blocks):
            return len(self.data)
        start = self._byte_starts[block]
        chars = offset - self._char_starts[block]
        if self._ascii_blocks[block]:
            return start + chars
        piece = self.decode(start, self._byte_starts[block + 1])[:chars]
        return start + len(piece.encode("utf-8", self.errors))


def has_osc(data: bytes) -> bool:
    """Whether `data` holds an OSC sequence (ESC ]). Each ESC is found with a one-byte search
    (memchr): searching for the two bytes at once is some fifty times slower."""
    at = data.find(b"\x1b")
    while at != -1:
        if data[at + 1 : at + 2] == b"]":
            return True
        at = data.find(b"\x1b", at + 1)
    return False


def escaped_lines(data: bytes) -> tuple[bytes, list[int], list[int]]:
    """The lines of the UTF-8 `data` holding escape sequences, escapes stripped, one per line
    (in UTF-8); where each starts there; and where each starts in `data`."""
    pieces: list[bytes] = []
    offsets: list[int] = []
    starts: list[int] = []
    size = 0
    at = data.find(b"\x1b")
    while at != -1:
        start = data.rfind(b"\n", 0, at) + 1
        newline = data.find(b"\n", at)
        end = len(data) if newline == -1 else newline
        line = strip_escapes(data[start:end].decode("utf-8", "surrogatepass")) + "\n"
        piece = line.encode("utf-8", "surrogatepass")
        pieces.append(piece)
        offsets.append(size)
        starts.append(start)
        size += len(piece)
        at = -1 if newline == -1 else data.find(b"\x1b", newline)
    return b"".join(pieces), offsets, starts
