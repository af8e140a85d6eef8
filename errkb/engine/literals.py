"""Literals every match of a pattern must contain, read from Python's own parse tree: what the
prefilters search for."""

from __future__ import annotations

import re
from collections.abc import Iterable
from collections.abc import Set as AbstractSet
from dataclasses import dataclass

# The parser is private but stable across 3.11-3.13; it is the only way to read a pattern the
# way `re` itself reads it.
from re import _constants as _c  # type: ignore[attr-defined]
from typing import Any

from errkb.engine.fold import fold
from errkb.records.patterns import REPEAT_OPS, flatten, parse_pattern

__all__ = ["MIN_LITERAL", "RequiredLiterals", "literal_size", "required_literals"]


#: Literals shorter than this are too common to prefilter on.
MIN_LITERAL = 3


def literal_size(literal: str) -> int:
    """A literal's length in UTF-8 bytes: what makes it selective (two CJK characters are as
    rare in logs as three ASCII letters), and what the byte-level prefilters compare."""
    return len(literal.encode("utf-8", "surrogatepass"))


@dataclass(frozen=True)
class RequiredLiterals:
    """Folded strings (see `fold`) of which at least one occurs in the folded text of every
    match; and the other such sets found, a string of each of which occurs there too."""

    alternatives: frozenset[str]
    others: tuple[frozenset[str], ...] = ()

    @property
    def strength(self) -> int:
        """Length of the weakest alternative: how selective the prefilter is."""
        return min((len(a) for a in self.alternatives), default=0)


def required_literals(regex: str, *, ignore_case: bool = False) -> RequiredLiterals | None:
    """The most selective set of literals one of which every match must contain (and the
    other sets of at least MIN_LITERAL bytes).

    Returns None when no such set of literals of at least MIN_LITERAL bytes exists (the
    pattern then cannot be prefiltered and is confirmed on every text).
    """
    flags = re.MULTILINE | (re.IGNORECASE if ignore_case else 0)
    try:
        tree = parse_pattern(regex, flags)
    except re.error:
        return None
    options: list[frozenset[str]] = []
    for option in _requirements(tree):
        if min(literal_size(a) for a in option) >= MIN_LITERAL and option not in options:
            options.append(option)
    if not options:
        return None
    best = max(options, key=_score)
    return RequiredLiterals(best, tuple(option for option in options if option != best))


def _score(option: AbstractSet[str]) -> tuple[int, int]:
    # Prefer the longest weakest alternative, then fewer alternatives.
    return (min(literal_size(a) for a in option), -len(option))


def _requirements(seq: Iterable[tuple[Any, Any]]) -> list[frozenset[str]]:
    """Every literal requirement found in a sequence: each a set of alternatives."""
    found: list[frozenset[str]] = []
    run: list[str] = []

    def flush() -> None:
        if run:
            found.append(frozenset({fold("".join(run))}))
            run.clear()

    for op, av in flatten(seq):
        if op is _c.LITERAL:
            run.append(chr(av))
            continue
        flush()
        if op is _c.BRANCH:
            option = _branch_requirement(av[1])
            if option:
                found.append(option)
        elif op in REPEAT_OPS:
            low, _high, item = av
            if low >= 1:
                found.extend(_requirements(item))
        elif op is _c.IN:
            option = _class_requirement(av)
            if option:
                found.append(option)
        elif op is _c.ATOMIC_GROUP if hasattr(_c, "ATOMIC_GROUP") else False:
            found.extend(_requirements(av))
    flush()
    return _merge_adjacent(found)


def _merge_adjacent(found: list[frozenset[str]]) -> list[frozenset[str]]:
    # A small character class between two runs (`Errno [0-9]`) is common; keeping the runs as
    # separate requirements is correct, merging them would need position tracking: not worth it.
    return found


def _branch_requirement(branches: list[Any]) -> frozenset[str] | None:
    union: set[str] = set()
    for branch in branches:
        options = [
            o for o in _requirements(branch) if min(literal_size(a) for a in o) >= MIN_LITERAL
        ]
        if not options:
            return None
        union |= max(options, key=_score)
    return frozenset(union)


def _class_requirement(items: list[tuple[Any, Any]]) -> frozenset[str] | None:
    # A class is a requirement only if it is a handful of literal characters; it is then too
    # short alone but lets `_requirements` report it for completeness (it will be filtered out).
    chars = [chr(av) for op, av in items if op is _c.LITERAL]
    if len(chars) == len(items) and 0 < len(chars) <= 4:
        return frozenset(fold(c) for c in chars)
    return None
