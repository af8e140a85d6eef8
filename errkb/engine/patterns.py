"""The indexed form of a record's patterns: what the prefilter, the confirmer and the ranking need
of each, and the column table a cached index stores them in."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, Literal, overload

from errkb.engine.literals import RequiredLiterals, literal_size
from errkb.engine.reach import newline_reach
from errkb.engine.spellings import prefilter_literal
from errkb.records.patterns import compile_pattern

__all__ = ["STRONG_LITERAL", "IndexedPattern", "PatternTable", "is_strong"]


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

    @cached_property
    def prefilter_literals(self) -> tuple[str, ...] | None:
        """What the prefilters look for: the required literals, each cut to its longest
        newline-free piece (None when some alternative has no piece long enough)."""
        if self.literals is None:
            return None
        pieces = [prefilter_literal(literal) for literal in sorted(self.literals.alternatives)]
        if any(piece is None for piece in pieces):
            return None
        return tuple(piece for piece in pieces if piece is not None)

    @cached_property
    def window_literals(self) -> tuple[tuple[str, ...], ...]:
        """The other sets of required literals: a window where one of them has no string is
        not searched (nor the pattern compiled for it)."""
        if self.literals is None:
            return ()
        return tuple(tuple(sorted(option)) for option in self.literals.others)

    @cached_property
    def newline_reach(self) -> int | None:
        """How many line boundaries into a non-blank line a match can cross, look-arounds
        included (None: unbounded).

        A run of whitespace (`\\s+`, `[ \\t\\n]*`) may hold any number of newlines, but every
        line it runs through, except the one it ends on, is blank: so it counts once. A match
        containing one of the pattern's literals then lies, with everything its assertions
        look at, within this many non-blank lines either side of the literal's line (blank
        lines between them not counted), so confirming the pattern on those lines finds
        exactly what a search of the whole text finds.
        """
        return newline_reach(self.regex, ignore_case=self.ignore_case)

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


#: A pattern whose required literals are all at least this long (in UTF-8 bytes) is left to
#: the literal database: its literals occur rarely enough that confirming it with `re` where
#: they occur costs less than scanning one more hyperscan database on every text.
STRONG_LITERAL = 8


def is_strong(pattern: IndexedPattern) -> bool:
    literals = pattern.prefilter_literals
    if not literals:
        return False
    return min(literal_size(literal) for literal in literals) >= STRONG_LITERAL


_COLUMNS = (
    "record_id",
    "spec_index",
    "regex",
    "ignore_case",
    "weight",
    "prefilter_literals",
    "window_literals",
    "newline_reach",
    "specificity",
)


class PatternTable(Sequence[IndexedPattern]):
    """The patterns of a cached index, stored by column and made into `IndexedPattern`
    objects only when used: unpickling 20k dataclass objects would take most of the 100 ms
    a cached 10k-record knowledge base may take to load."""

    def __init__(
        self, columns: dict[str, list[Any]], literals: list[tuple[str, ...] | Literal[True] | None]
    ):
        self._columns = columns
        self._literals = literals
        self._made: dict[int, IndexedPattern] = {}

    def __len__(self) -> int:
        return len(self._literals)

    @overload
    def __getitem__(self, pid: int) -> IndexedPattern: ...

    @overload
    def __getitem__(self, pid: slice) -> list[IndexedPattern]: ...

    def __getitem__(self, pid: int | slice) -> IndexedPattern | list[IndexedPattern]:
        if isinstance(pid, slice):
            return [self[i] for i in range(len(self))[pid]]
        if pid < 0:
            pid += len(self)
        made = self._made.get(pid)
        if made is None:
            columns = self._columns
            stored = self._literals[pid]
            alternatives: tuple[str, ...] | None = (
                columns["prefilter_literals"][pid] if stored is True else stored
            )
            made = IndexedPattern(
                pid,
                columns["record_id"][pid],
                columns["spec_index"][pid],
                columns["regex"][pid],
                columns["ignore_case"][pid],
                columns["weight"][pid],
                RequiredLiterals(frozenset(alternatives)) if alternatives is not None else None,
            )
            for name in ("prefilter_literals", "newline_reach", "specificity"):
                made.__dict__[name] = columns[name][pid]
            made.__dict__["window_literals"] = _unpack_sets(columns["window_literals"][pid])
            self._made[pid] = made
        return made

    @staticmethod
    def columns_of(patterns: Sequence[IndexedPattern]) -> dict[str, Any]:
        # Strings and singletons rather than nested tuples where it can: they unpickle several
        # times faster, and loading a 10k-record index has 100 ms.
        columns: dict[str, Any] = {name: [getattr(p, name) for p in patterns] for name in _COLUMNS}
        columns["window_literals"] = [_pack_sets(p.window_literals) for p in patterns]
        literals: list[tuple[str, ...] | Literal[True] | None] = []
        for p in patterns:
            alternatives = tuple(sorted(p.literals.alternatives)) if p.literals else None
            same = alternatives is not None and alternatives == p.prefilter_literals
            literals.append(True if same else alternatives)
        columns["literals"] = literals
        return columns


_OPTION_SEPARATOR, _LITERAL_SEPARATOR = "\x01", "\x00"


def _pack_sets(sets: tuple[tuple[str, ...], ...]) -> str | tuple[tuple[str, ...], ...]:
    """Sets of literals as one string, unless a literal holds a separator."""
    if any(_OPTION_SEPARATOR in lit or _LITERAL_SEPARATOR in lit for o in sets for lit in o):
        return sets
    return _OPTION_SEPARATOR.join(_LITERAL_SEPARATOR.join(option) for option in sets)


def _unpack_sets(packed: str | tuple[tuple[str, ...], ...]) -> tuple[tuple[str, ...], ...]:
    if not isinstance(packed, str):
        return packed
    if not packed:
        return ()
    return tuple(
        tuple(option.split(_LITERAL_SEPARATOR)) for option in packed.split(_OPTION_SEPARATOR)
    )
