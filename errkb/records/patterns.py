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
    "MIN_PATTERN_WIDTH",
    "REPEAT_OPS",
    "UNBOUNDED",
    "backtracking_risk",
    "broadness",
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


#: The fewest characters a pattern's shortest match may have. Shorter ones (``wai``, ``503``,
#: ``\.\.\.``, ``ASK``) occur inside ordinary words, numbers and paths of any log: they turn
#: every big log into thousands of matches of errors it does not show (ERRKB015).
MIN_PATTERN_WIDTH = 5


def broadness(regex: str, *, ignore_case: bool = False) -> str | None:
    """Why a pattern is too broad to recognise an error, or None: its shortest match is under
    MIN_PATTERN_WIDTH characters."""
    try:
        shortest = parse_pattern(regex, re.MULTILINE | (re.IGNORECASE if ignore_case else 0))
        width = shortest.getwidth()[0]
    except (re.error, RecursionError, OverflowError):
        return None
    if width >= MIN_PATTERN_WIDTH:
        return None
    return (
        f"it matches texts of {width} character{'s' if width != 1 else ''}, which occur inside "
        f"ordinary words and numbers of any log (at least {MIN_PATTERN_WIDTH} are needed)"
    )


def provably_linear(regex: str) -> bool:
    """Whether a pattern cannot backtrack exponentially whatever the analysis above may miss:
    no repeat holds another repeat or an alternation, and nothing refers back to a group.
    Patterns that are not get a time budget when they run."""
    try:
        tree = parse_pattern(regex, re.MULTILINE)
    except re.error:
        return False
    return _linear(list(tree), inside_repeat=False)


def _linear(seq: list[tuple[Any, Any]], *, inside_repeat: bool) -> bool:
    for op, av in seq:
        if op in (_c.GROUPREF, _c.GROUPREF_EXISTS):
            return False
        repeated = op in REPEAT_OPS and av[1] > 1
        variable = op in REPEAT_OPS and av[0] != av[1]
        if inside_repeat and (variable or op is _c.BRANCH):
            return False
        for child in _children(op, av):
            if not _linear(list(child), inside_repeat=inside_repeat or repeated):
                return False
    return True


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
        # A bounded repeat of an ambiguous alternation is exponential in its bound as well.
        if op in REPEAT_OPS and av[1] > _AMBIGUITY_BOUND:
            body = list(flatten(av[2]))
            if _unbounded(av[1]) and _ambiguous_iterations(body):
                return "nested unbounded repetition without a separator (like (a+)+)"
            if _overlapping_branches(body):
                return "repeated alternation whose branches match the same text (like (a|a)*)"
        for child in _children(op, av):
            reason = _risk_in(list(child))
            if reason:
                return reason
    return None


#: Repeats allowed more iterations than this are checked for ambiguous alternations.
_AMBIGUITY_BOUND = 8


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


def _first_chars(items: list[tuple[Any, Any]]) -> tuple[set[str], bool]:
    """The sample characters a match of `items` can start with, and whether it can be empty
    (then what follows the items decides)."""
    found: set[str] = set()
    for op, av in items:
        chars = _chars((op, av))
        if chars is not None:
            return found | chars, False
        if op is _c.AT:
            continue  # anchors take no character
        if op in REPEAT_OPS:
            inner, empty = _first_chars(list(flatten(av[2])))
            found |= inner
            if av[0] >= 1 and not empty:
                return found, False
            continue
        if op is _c.BRANCH:
            nullable = False
            for branch in av[1]:
                inner, empty = _first_chars(list(flatten(branch)))
                found |= inner
                nullable = nullable or empty
            if not nullable:
                return found, False
            continue
        return found | set(_SAMPLE), False  # an item of unknown shape: assume anything
    return found, True


def _overlapping_branches(body: list[tuple[Any, Any]]) -> bool:
    """Whether an alternation in a repeated body has two branches that can start the same way,
    counting what follows a branch that can be empty: the rest of the body, then the next
    iteration. ``(a|aa)+`` (parsed ``a(?:|a)``), ``(a|a)*`` and ``(?:a|ab)*`` can, so each
    character of a long run can be matched two ways; ``(ab|cd)+`` and ``(ab|a)+c`` cannot."""
    for index, (op, av) in enumerate(body):
        if op is not _c.BRANCH:
            continue
        after = body[index + 1 :] + body[: index + 1]
        follow, _empty = _first_chars(after) if after else (set(_SAMPLE), False)
        starts: list[set[str]] = []
        for branch in av[1]:
            chars, empty = _first_chars(list(flatten(branch)))
            starts.append(chars | follow if empty else chars)
        for i, left in enumerate(starts):
            if any(left & right for right in starts[i + 1 :]):
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
