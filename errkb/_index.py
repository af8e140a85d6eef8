"""The multi-pattern prefilter: which patterns can possibly match a text.

Two prefilters give the same answer (a superset of the patterns that match), at different
speeds:

* hyperscan, when the ``fast`` extra is installed: every pattern compiled once with
  ``HS_FLAG_PREFILTER`` (which accepts constructs hyperscan cannot run exactly by widening
  them), scanned in one pass;
* otherwise an Aho-Corasick automaton over, for each pattern, literals one of which every match
  must contain (see `_regex.required_literals`).

Patterns neither can index are candidates for every text. Candidates are then confirmed with
Python's ``re``, so captures and semantics are exactly Python's.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

import ahocorasick

from ._regex import RequiredLiterals, compile_pattern, fold, hyperscan_expression, required_literals

__all__ = ["IndexedPattern", "PatternIndex", "hyperscan_available", "index_patterns"]

_hs: Any
try:  # the `fast` extra
    import hyperscan as _hs
except ImportError:  # pragma: no cover - depends on the installation
    _hs = None


def hyperscan_available() -> bool:
    """Whether the hyperscan prefilter can be used here."""
    return _hs is not None


@dataclass
class IndexedPattern:
    """One pattern of one record, with what the prefilter and the ranking need."""

    pid: int
    record_id: str
    spec_index: int
    regex: str
    ignore_case: bool
    weight: float
    literals: RequiredLiterals | None
    _compiled: re.Pattern[str] | None = field(default=None, repr=False, compare=False)

    @cached_property
    def specificity(self) -> float:
        """0..1: how much fixed text the pattern demands (longer literals, fewer false hits)."""
        strength = self.literals.strength if self.literals else 0
        return min(1.0, strength / 30.0)

    @property
    def compiled(self) -> re.Pattern[str]:
        # Compiled on first use: a knowledge base of 10k records touches few patterns per text.
        if self._compiled is None:
            self._compiled = compile_pattern(self.regex, ignore_case=self.ignore_case)
        return self._compiled

    def __getstate__(self) -> dict[str, Any]:
        state = dict(self.__dict__)
        state["_compiled"] = None
        return state


class PatternIndex:
    """Prefilter over every enabled pattern of a knowledge base."""

    def __init__(self, patterns: list[IndexedPattern], *, use_hyperscan: bool | None = None):
        self.patterns = patterns
        self.always: list[int] = [p.pid for p in patterns if p.literals is None]
        self._automaton = self._build_automaton(patterns)
        want = hyperscan_available() if use_hyperscan is None else use_hyperscan
        self._hs_db: Any = None
        self._hs_pids: set[int] = set()
        self._hs_serialized: bytes | None = None
        self._local = threading.local()
        if want and _hs is not None:
            self._build_hyperscan()

    # --- construction ---------------------------------------------------------------------

    @staticmethod
    def _build_automaton(patterns: list[IndexedPattern]) -> Any:
        automaton = ahocorasick.Automaton()
        owners: dict[str, list[int]] = {}
        for pattern in patterns:
            if pattern.literals is None:
                continue
            for literal in pattern.literals.alternatives:
                owners.setdefault(literal, []).append(pattern.pid)
        for literal, pids in owners.items():
            automaton.add_word(literal, tuple(pids))
        if owners:
            automaton.make_automaton()
        return automaton

    def _build_hyperscan(self) -> None:
        assert _hs is not None
        flags_base = (
            _hs.HS_FLAG_PREFILTER
            | _hs.HS_FLAG_SINGLEMATCH
            | _hs.HS_FLAG_MULTILINE
            | _hs.HS_FLAG_ALLOWEMPTY
        )
        entries = []
        for pattern in self.patterns:
            translated = hyperscan_expression(pattern.regex, ignore_case=pattern.ignore_case)
            if translated is None:
                continue  # left to the literal prefilter
            expression, caseless = translated
            entries.append(
                (pattern.pid, expression, flags_base | (_hs.HS_FLAG_CASELESS if caseless else 0))
            )
        accepted = self._compilable(entries)
        if not accepted:
            return
        db = _hs.Database(mode=_hs.HS_MODE_BLOCK)
        db.compile(
            expressions=[e[1] for e in accepted],
            ids=[e[0] for e in accepted],
            elements=len(accepted),
            flags=[e[2] for e in accepted],
        )
        self._hs_db = db
        self._hs_pids = {e[0] for e in accepted}

    def _compilable(self, entries: list[tuple[int, bytes, int]]) -> list[tuple[int, bytes, int]]:
        """The entries hyperscan accepts, found by bisection (its errors do not say which)."""
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
            return entries
        except _hs.error:
            if len(entries) == 1:
                return []
            middle = len(entries) // 2
            return self._compilable(entries[:middle]) + self._compilable(entries[middle:])

    # --- persistence (the knowledge-base cache) -------------------------------------------

    def __getstate__(self) -> dict[str, Any]:
        state = dict(self.__dict__)
        state.pop("_local", None)
        db = state.pop("_hs_db", None)
        if db is not None and _hs is not None:
            state["_hs_serialized"] = _hs.dumpb(db)
        return state

    def __setstate__(self, state: dict[str, Any]) -> None:
        serialized = state.pop("_hs_serialized", None)
        self.__dict__.update(state)
        self._local = threading.local()
        self._hs_db = None
        self._hs_serialized = None
        if serialized is not None and _hs is not None:
            self._hs_db = _hs.loadb(serialized, mode=_hs.HS_MODE_BLOCK)
        elif serialized is not None:
            self._hs_pids = set()

    # --- querying ---------------------------------------------------------------------------

    @property
    def uses_hyperscan(self) -> bool:
        """Whether the hyperscan prefilter is active."""
        return self._hs_db is not None

    def candidates(self, text: str) -> list[int]:
        """Pattern ids that may match `text` (a superset of those that do), ascending."""
        found: set[int] = set(self.always)
        if self._hs_db is not None:
            found |= self._hyperscan_candidates(text)
            if len(self._hs_pids) < len(self.patterns) - len(self.always):
                found |= {p for p in self._literal_candidates(text) if p not in self._hs_pids}
        else:
            found |= self._literal_candidates(text)
        return sorted(found)

    def _literal_candidates(self, text: str) -> set[int]:
        if not len(self._automaton):
            return set()
        found: set[int] = set()
        for _end, pids in self._automaton.iter(fold(text)):
            found.update(pids)
        return found

    def _hyperscan_candidates(self, text: str) -> set[int]:
        assert _hs is not None
        scratch = getattr(self._local, "scratch", None)
        if scratch is None:
            # Scratch space is per thread: the language server scans from worker threads.
            scratch = _hs.Scratch(self._hs_db)
            self._local.scratch = scratch
        found: set[int] = set()

        def on_match(pid: int, _start: int, _end: int, _flags: int, _context: Any) -> None:
            found.add(pid)

        data = text.encode("utf-8", "surrogatepass")
        self._hs_db.scan(data, match_event_handler=on_match, scratch=scratch)
        return found


def index_patterns(
    records: Iterable[tuple[str, list[tuple[int, str, bool, float]]]],
) -> list[IndexedPattern]:
    """Number every (record, pattern) pair and extract its required literals."""
    patterns: list[IndexedPattern] = []
    for record_id, specs in records:
        for spec_index, regex, ignore_case, weight in specs:
            literals = required_literals(regex, ignore_case=ignore_case)
            patterns.append(
                IndexedPattern(
                    len(patterns), record_id, spec_index, regex, ignore_case, weight, literals
                )
            )
    return patterns
