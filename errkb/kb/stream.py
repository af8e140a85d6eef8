"""Big logs read in parts, so memory stays bounded whatever the file's size.

A part is about `PART_BYTES` of whole lines, scanned together with the next `OVERLAP_LINES`
lines so a message that crosses the cut is still seen whole; a match belongs to the part its
first character is in. Offsets and line numbers are those of the whole file.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import BinaryIO

from errkb.engine.match import Match
from errkb.environment.from_text import HEAD_CHARS, TAIL_CHARS
from errkb.environment.local import Environment
from errkb.incidents.grouping import build_incidents
from errkb.incidents.model import Incident
from errkb.incidents.sections import Sections

__all__ = [
    "OVERLAP_LINES",
    "PART_BYTES",
    "Scanner",
    "diagnose_stream",
    "read_parts",
    "sample_of",
    "scan_stream",
]

#: Bytes of whole lines per part.
PART_BYTES = 32 << 20
#: Lines after a part scanned with it: more than any windowed pattern reaches.
OVERLAP_LINES = 64

Scanner = Callable[[bytes], list[Match]]


def read_parts(handle: BinaryIO, *, part_bytes: int | None = None) -> Iterator[tuple[bytes, bytes]]:
    """(part, the lines after it) for the whole file; each part ends at a newline unless it
    is the file's last."""
    part_bytes = part_bytes or PART_BYTES
    pending = b""
    while True:
        chunk = handle.read(part_bytes)
        data = pending + chunk
        if not chunk:
            if data:
                yield data, b""
            return
        cut = data.rfind(b"\n") + 1
        if cut == 0:  # one line longer than a part: keep reading until it ends
            pending = data
            continue
        own, pending = data[:cut], data[cut:]
        ahead = pending
        while ahead.count(b"\n") < OVERLAP_LINES:
            more = handle.read(1 << 16)
            if not more:
                break
            pending += more
            ahead = pending
        yield own, _first_lines(ahead, OVERLAP_LINES)


def _first_lines(data: bytes, count: int) -> bytes:
    at = -1
    for _ in range(count):
        at = data.find(b"\n", at + 1)
        if at == -1:
            return data
    return data[: at + 1]


def scan_stream(scan: Scanner, handle: BinaryIO) -> Iterator[Match]:
    """Every match of the file, in order, offsets and lines those of the whole file."""
    chars = lines = 0
    for own, ahead in read_parts(handle):
        own_text = own.decode("utf-8", "replace")
        for match in scan(own + ahead):
            if match.start < len(own_text):
                yield match.shifted(offset=chars, lines=lines)
        chars += len(own_text)
        lines += own.count(b"\n")


def diagnose_stream(scan: Scanner, handle: BinaryIO, env: Environment) -> list[Incident]:
    """The incidents of a file read in parts: its matches and its sections, part by part."""
    matches: list[Match] = []
    sections: Sections | None = None
    chars = lines = 0
    for own, ahead in read_parts(handle):
        own_text = own.decode("utf-8", "replace")
        matches.extend(
            m.shifted(offset=chars, lines=lines)
            for m in scan(own + ahead)
            if m.start < len(own_text)
        )
        part = Sections.of(own_text, first_line=lines)
        sections = part if sections is None else sections.then(part)
        chars += len(own_text)
        lines += own.count(b"\n")
    return build_incidents(sections or Sections.of(""), matches, env)


def sample_of(handle: BinaryIO, size: int) -> str:
    """The head and the tail of a file, which is where a log says where it ran."""
    head = handle.read(HEAD_CHARS)
    if size > HEAD_CHARS + TAIL_CHARS:
        handle.seek(size - TAIL_CHARS)
    tail = handle.read(TAIL_CHARS)
    handle.seek(0)
    return (head + b"\n" + tail).decode("utf-8", "replace")
