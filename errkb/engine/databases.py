"""Hyperscan databases of pattern expressions: compiling what hyperscan accepts, scanning
with per-thread scratch space, and placing patterns by the lines their matches end on.

A pattern placed this way is confirmed only on those lines (with its line reach either side)
instead of on every line holding one of its literals: for short or common literals (``wai``,
``block``, ``connection``) that is the difference between a few lines per megabyte and
thousands. The expressions accept at least what the patterns match (see `hyperscan_expression`),
so the placing never loses a match.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Sequence
from typing import Any

from errkb.engine.hyperscan import hyperscan_expression
from errkb.engine.hyperscan import hyperscan_module as _hs
from errkb.engine.patterns import IndexedPattern
from errkb.engine.utf8 import MAX_WINDOW_REACH

__all__ = [
    "MAX_ENDS_PER_BYTE",
    "PATTERN_LINES",
    "Entry",
    "OnDemand",
    "Scratches",
    "compilable",
    "entries_of",
    "pattern_lines",
    "pattern_lines_key",
    "placeable",
]

#: Match ends the databases may report per byte of text before a scan gives up on placing
#: them (an expression that still ends at every character): the literals then place them.
MAX_ENDS_PER_BYTE = 1 / 16
#: Key, among a literal pass's line starts, saying the pattern databases placed the lines of
#: their line-local patterns (under `pattern_lines_key`); literals never start with a NUL.
PATTERN_LINES = "\x00lines"

#: A database entry: pattern id, expression, hyperscan flags.
Entry = tuple[int, bytes, int]


def placeable(reach: int | None, *, spanning: bool) -> bool:
    """Whether a pattern of this line reach can be placed by its matches' ends: line-local
    ones always, those spanning a bounded number of lines where `spanning` (the text has no
    escape sequences to split what the databases look for)."""
    return reach == 0 or (spanning and reach is not None and 0 < reach <= MAX_WINDOW_REACH)


def pattern_lines_key(pid: int) -> str:
    """Where a literal pass keeps the starts of the lines on which pattern `pid` matched."""
    return f"\x00{pid}"


def entries_of(patterns: Iterable[IndexedPattern]) -> list[Entry]:
    """The entries of the patterns hyperscan's translation accepts, in prefilter mode: every
    end of every match is reported (no SINGLEMATCH), since those ends place the pattern."""
    assert _hs is not None
    base = _hs.HS_FLAG_PREFILTER | _hs.HS_FLAG_MULTILINE | _hs.HS_FLAG_ALLOWEMPTY
    entries = []
    for pattern in patterns:
        translated = hyperscan_expression(pattern.regex, ignore_case=pattern.ignore_case)
        if translated is None:
            continue  # left to the literal prefilter
        expression, caseless = translated
        entries.append((pattern.pid, expression, base | (_hs.HS_FLAG_CASELESS if caseless else 0)))
    return entries


def compilable(entries: Sequence[Entry]) -> list[tuple[Any, list[Entry]]]:
    """Databases of the entries hyperscan accepts, found by bisection (its errors do not say
    which expression failed); each database compiled once."""
    assert _hs is not None
    if not entries:
        return []
    try:
        db = _hs.Database(mode=_hs.HS_MODE_BLOCK)
        db.compile(
            expressions=[e[1] for e in entries],
            ids=[e[0] for e in entries],
            elements=len(entries),
            flags=[e[2] for e in entries],
        )
        return [(db, list(entries))]
    except _hs.error:
        if len(entries) == 1:
            return []
        middle = len(entries) // 2
        return compilable(entries[:middle]) + compilable(entries[middle:])


class Scratches:
    """Hyperscan scratch space, one per database and thread (the language server scans from
    worker threads)."""

    def __init__(self) -> None:
        self._local = threading.local()

    def of(self, db: Any) -> Any:
        assert _hs is not None
        scratches: dict[int, tuple[Any, Any]] | None = getattr(self._local, "scratches", None)
        if scratches is None:
            scratches = {}
            self._local.scratches = scratches
        # Keyed by id, checked by identity: a database freed and another allocated at the same
        # address must not get the first one's scratch (hyperscan refuses it: HS_INVALID).
        entry = scratches.get(id(db))
        if entry is None or entry[0] is not db:
            entry = (db, _hs.Scratch(db))
            scratches[id(db)] = entry
        return entry[1]


def pattern_lines(
    dbs: Iterable[Any], data: bytes, scratches: Scratches
) -> dict[int, list[int]] | None:
    """The patterns of `dbs` that match in `data`, each with the starts of the lines its
    matches end on (ascending); None when they end at too many places to list."""
    assert _hs is not None
    ends: list[tuple[int, int]] = []
    limit = max(4096, int(len(data) * MAX_ENDS_PER_BYTE))

    def on_match(number: int, _start: int, end: int, _flags: int, _context: Any) -> bool:
        ends.append((number, end))
        return len(ends) > limit  # true stops the scan

    try:
        for db in dbs:
            db.scan(data, match_event_handler=on_match, scratch=scratches.of(db))
    except _hs.ScanTerminated:
        return None
    lines: dict[int, set[int]] = {}
    for number, end in ends:
        # The end of a match lies on its line; an empty match at a line start is nothing.
        at = data.rfind(b"\n", 0, end - 1) + 1 if end else 0
        lines.setdefault(number, set()).add(at)
    return {number: sorted(starts) for number, starts in lines.items()}


class OnDemand:
    """Databases compiled when a big text needs them, for the patterns the literal pass found
    on too many lines to confirm line by line (a literal as common as ``connection``): one
    scan of a database of just those patterns places them by their matches instead. The last
    few databases are kept, since the texts of one log stream need the same patterns."""

    KEPT = 4

    def __init__(self) -> None:
        self._built: dict[frozenset[int], tuple[list[Any], frozenset[int], Scratches]] = {}
        self._lock = threading.Lock()

    def databases(
        self, patterns: Sequence[IndexedPattern]
    ) -> tuple[list[Any], frozenset[int], Scratches]:
        """Databases of `patterns`, the ids of the patterns hyperscan took, and the scratch
        space for them (dropped with them when they leave the cache)."""
        key = frozenset(p.pid for p in patterns)
        with self._lock:
            built = self._built.pop(key, None)
            if built is None:
                accepted = compilable(entries_of(patterns))
                dbs = [db for db, _entries in accepted]
                taken = frozenset(e[0] for _db, entries in accepted for e in entries)
                built = dbs, taken, Scratches()
            self._built[key] = built  # the most recent last
            while len(self._built) > self.KEPT:
                del self._built[next(iter(self._built))]
        return built
