"""Record patterns as the engine compiles them, and the static check that rejects patterns risking
catastrophic backtracking (read from Python's own parse tree)."""

from __future__ import annotations

import re
from collections.abc import Iterable

# The parser is private but stable across 3.11-3.13; it is the only way to read a pattern the
# way `re` itself reads it.
from re import _constants as _c  # type: ignore[attr-defined]
from re import _parser as _p  # type: ignore[attr-defined]
from typing import Any

__all__ = [
    "REPEAT_OPS",
    "UNBOUNDED",
    "backtracking_risk",
    "class_matches",
    "compile_pattern",
    "flatten",
    "parse_pattern",
]


REPEAT_OPS = {_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", _c.MAX_REPEAT)}
UNBOUNDED = _c.MAXREPEAT


def compile_pattern(regex: str, *, ignore_case: bool = False) -> re.Pattern[str]:
    """Compile a record pattern the way the engine runs it (multi-line anchors)."""
    flags = re.MULTILINE | (re.IGNORECASE if ignore_case else 0)
    return re.compile(regex, flags)


def parse_pattern(regex: str, flags: int) -> Any:
    return _p.parse(regex, flags)


# --- catastrophic backtracking -------------------------------------------------------------

# Characters used to decide whether two character sets overlap: all of ASCII plus a few
# non-ASCII letters, digits and spaces, which is where log text lives.
_SAMPLE = [chr(c) for c in range(1, 128)] + ["é", "ß", "中", "\u00a0", "٣"]


def backtracking_risk(regex: str) -> str | None:
    """Why a pattern risks exponential backtracking, or None when it looks safe.

    An unbounded repeat is dangerous when one iteration can be split into several in more than
    one way: its body holds another unbounded repeat and nothing in the body marks where an
    iteration ends (``(a+)+``, ``(\\w+\\s?)*``, ``(.*,)*``), or its branches can match the
    same character (``(\\w|\\d)+``, ``(a|a)*``). ``(\\d+\\.)+`` is safe: the dot, which the
    digits cannot match, fences each iteration. Polynomial blow-ups such as ``.*x.*y`` are
    bounded at run time by matching line windows instead.
    """
    try:
        tree = parse_pattern(regex, re.MULTILINE)
    except re.error:
        return None
    return _risk_in(list(tree))


def _children(op: Any, av: Any) -> list[Any]:
    if op is _c.SUBPATTERN:
        return [av[-1]]
    if op in REPEAT_OPS:
        return [av[2]]
    if op is _c.BRANCH:
        return list(av[1])
    if op in (_c.ASSERT, _c.ASSERT_NOT):
        return [av[1]]
    if hasattr(_c, "ATOMIC_GROUP") and op is _c.ATOMIC_GROUP:
        return [av]
    return []


def _risk_in(seq: list[tuple[Any, Any]]) -> str | None:
    for op, av in seq:
        if op in REPEAT_OPS and _unbounded(av[1]):
            body = list(flatten(av[2]))
            if _ambiguous_iterations(body):
                return "nested unbounded repetition without a separator (like (a+)+)"
            if _overlapping_branches(body):
                return "repeated alternation whose branches match the same text (like (a|a)*)"
        for child in _children(op, av):
            reason = _risk_in(list(child))
            if reason:
                return reason
    return None


def _unbounded(high: int) -> bool:
    return bool(high == UNBOUNDED or high > 64)


def _chars(item: tuple[Any, Any]) -> set[str] | None:
    """The sample characters a single-character item matches; None if not single-character."""
    op, av = item
    if op is _c.ANY:
        return {ch for ch in _SAMPLE if ch != "\n"}
    if op is _c.LITERAL:
        return {chr(av)}
    if op is _c.NOT_LITERAL:
        return {ch for ch in _SAMPLE if ord(ch) != av}
    if op is _c.IN:
        return {ch for ch in _SAMPLE if class_matches(av, ch)}
    return None


def class_matches(items: list[tuple[Any, Any]], ch: str) -> bool:
    """Whether the parsed character class `items` (an ``IN`` item's list) matches `ch`.

    An item it cannot read counts as matching: both users want an answer that errs that way
    (the line reach of a pattern, and the characters a repeat can eat).
    """
    negate = False
    hit = False
    for op, av in items:
        if op is _c.NEGATE:
            negate = True
        elif op is _c.LITERAL:
            hit = hit or av == ord(ch)
        elif op is _c.RANGE:
            hit = hit or av[0] <= ord(ch) <= av[1]
        elif op is _c.CATEGORY:
            hit = hit or _category_matches(av, ch)
        else:
            return True
    return hit != negate


def _category_matches(category: Any, ch: str) -> bool:
    name = str(category)
    positive = "NOT_" not in name
    if "DIGIT" in name:
        result = ch.isdigit()
    elif "SPACE" in name:
        result = ch.isspace()
    elif "WORD" in name:
        result = ch.isalnum() or ch == "_"
    elif "LINEBREAK" in name:
        result = ch == "\n"
    else:
        return True
    return result if positive else not result


def _repeat_chars(body: list[tuple[Any, Any]]) -> set[str] | None:
    """Characters an inner unbounded repeat can eat; None if the body has no such repeat."""
    eaten: set[str] | None = None
    for op, av in body:
        if op in REPEAT_OPS and _unbounded(av[1]):
            inner = list(flatten(av[2]))
            chars = _chars(inner[0]) if len(inner) == 1 else None
            eaten = (eaten or set()) | (chars if chars is not None else set(_SAMPLE))
        elif op is _c.BRANCH:
            for branch in av[1]:
                sub = _repeat_chars(list(flatten(branch)))
                if sub is not None:
                    eaten = (eaten or set()) | sub
    return eaten


def _ambiguous_iterations(body: list[tuple[Any, Any]]) -> bool:
    """Whether characters can be traded between unbounded repeats of consecutive iterations.

    Walking the body cyclically (the end of one iteration meets the start of the next), each
    unbounded repeat must be followed by a required character it cannot eat (a fence) before
    another repeat that can eat the same characters, or itself again, comes up.
    ``(\\d+\\.)+`` and ``(?:\\n\\s+at .+)+`` are fenced; ``(a+)+``, ``(.*,)*`` and
    ``(?:\\s+at .+)+`` (``.+`` can eat the next iteration's spaces) are not.
    """
    if _repeat_chars(body) is None:
        return False
    steps: list[tuple[str, set[str], int]] = []  # (kind, chars, minimum count)
    for op, av in body:
        if op in REPEAT_OPS:
            inner = list(flatten(av[2]))
            chars = _chars(inner[0]) if len(inner) == 1 else None
            kind = "repeat" if _unbounded(av[1]) else "bounded"
            steps.append((kind, chars if chars is not None else set(_SAMPLE), av[0]))
            continue
        chars = _chars((op, av))
        if chars is not None:
            steps.append(("char", chars, 1))
        else:
            steps.append(("repeat", set(_SAMPLE), 0))  # unknown shape: assume the worst
    count = len(steps)
    for index, (kind, eats, _minimum) in enumerate(steps):
        if kind != "repeat":
            continue
        for offset in range(1, count + 1):
            next_kind, chars, minimum = steps[(index + offset) % count]
            overlap = bool(chars & eats)
            if not overlap and minimum >= 1:
                break  # fenced
            if overlap and next_kind == "repeat":
                return True
        else:
            return True
    return False


def _overlapping_branches(body: list[tuple[Any, Any]]) -> bool:
    if len(body) != 1 or body[0][0] is not _c.BRANCH:
        return False
    firsts: list[set[str]] = []
    for branch in body[0][1][1]:
        items = list(flatten(branch))
        chars = _chars(items[0]) if items else None
        if chars is None:
            return True
        firsts.append(chars)
    for i, left in enumerate(firsts):
        for right in firsts[i + 1 :]:
            if left & right:
                return True
    return False


def flatten(seq: Iterable[tuple[Any, Any]]) -> Iterable[tuple[Any, Any]]:
    """Inline plain groups so a literal run continues across `(...)` boundaries."""
    for op, av in seq:
        if op is _c.SUBPATTERN:
            yield from flatten(av[-1])
        elif op in REPEAT_OPS and av[0] == av[1] == 1:
            yield from flatten(av[2])
        else:
            yield op, av
