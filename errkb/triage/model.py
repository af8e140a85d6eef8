"""What triage learns of one log, small enough to send back from a worker process or a Dask
worker: its incidents as summaries, its unrecognised failure lines, when it ran."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

__all__ = ["KnownIncident", "LogResult", "Span", "UnknownLine", "widen"]

#: (first seen, last seen)
Span = tuple[datetime | None, datetime | None]


def widen(span: Span, seen: datetime | None) -> Span:
    """`span` stretched to include `seen` (unchanged when `seen` is unknown)."""
    first, last = span
    if seen is None:
        return span
    earliest = seen if first is None or seen < first else first
    latest = seen if last is None or seen > last else last
    return earliest, latest


@dataclass(frozen=True)
class KnownIncident:
    """One incident of a log, reduced to what a fleet summary counts."""

    record_id: str
    title: str
    line: int
    repeats: int
    consequence: bool


@dataclass(frozen=True)
class UnknownLine:
    """A line that says something failed and that no record explains (prefixes stripped)."""

    line: int
    text: str
    #: How many lines of the log read exactly the same.
    count: int = 1


@dataclass
class LogResult:
    """One log's triage. ``error`` says why a log could not be read (the rest is empty)."""

    path: str
    size: int
    #: When the log ran: its first timestamp, else the file's modification time.
    seen: datetime | None
    seen_from: str  # "log" (a timestamp in the log), "mtime" or "" (neither)
    incidents: list[KnownIncident] = field(default_factory=list)
    unknown: list[UnknownLine] = field(default_factory=list)
    #: Unrecognised failure lines beyond those kept in ``unknown``.
    unknown_dropped: int = 0
    error: str | None = None

    @property
    def failed_to_read(self) -> bool:
        return self.error is not None
