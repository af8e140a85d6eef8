"""How many lines a match of a pattern can span, read from the parse tree: what lets the confirmer
search windows of lines instead of the whole text."""

from __future__ import annotations

import re
from re import _constants as _c  # type: ignore[attr-defined]
from re import _parser as _p  # type: ignore[attr-defined]
from typing import Any

from errkb.records.patterns import class_matches

__all__ = ["newline_reach"]


_REPEAT_OPS = {_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", _c.MAX_REPEAT)}


_SPACE_CATEGORIES = {"CATEGORY_SPACE", "CATEGORY_UNI_SPACE", "CATEGORY_LOC_SPACE"}


def _whitespace_only(body: list[tuple[Any, Any]]) -> bool:
    """Whether a repeated item matches only whitespace (what ``str.isspace`` accepts)."""
    if len(body) != 1:
        return False
    op, av = body[0]
    items = av if op is _c.IN else [(op, av)]
    for item_op, item_av in items:
        if item_op is _c.LITERAL:
            if not chr(item_av).isspace():
                return False
        elif item_op is _c.CATEGORY:
            if str(item_av).upper().split(".")[-1] not in _SPACE_CATEGORIES:
                return False
        else:  # negation, ranges, anything else: not provably whitespace
            return False
    return True


def _one_char_reach(op: Any, av: Any, dotall: bool) -> int:
    if op is _c.LITERAL:
        return int(av == 10)
    if op is _c.NOT_LITERAL:
        return int(av != 10)
    if op is _c.ANY:
        return int(dotall)
    if op is _c.IN:
        return int(class_matches(av, "\n"))
    return int(class_matches([(op, av)], "\n"))


def newline_reach(regex: str, *, ignore_case: bool = False) -> int | None:
    """`IndexedPattern.newline_reach` of a pattern (None: unbounded, or it does not parse)."""
    flags = re.MULTILINE | (re.IGNORECASE if ignore_case else 0)
    try:
        tree = _p.parse(regex, flags)
        return _newline_reach(list(tree), bool(tree.state.flags & re.DOTALL), {})
    except (re.error, RecursionError):
        return None


def _newline_reach(
    seq: list[tuple[Any, Any]], dotall: bool, groups: dict[int, int | None]
) -> int | None:
    """Most newlines a parsed sequence can consume or inspect (None: unbounded or unknown)."""
    total = 0
    for op, av in seq:
        reach: int | None
        if op in (_c.LITERAL, _c.NOT_LITERAL, _c.ANY, _c.IN, _c.CATEGORY):
            reach = _one_char_reach(op, av, dotall)
        elif op is _c.SUBPATTERN:
            group, add_flags, del_flags, body = av
            inner_dotall = (dotall or bool(add_flags & re.DOTALL)) and not del_flags & re.DOTALL
            reach = _newline_reach(list(body), inner_dotall, groups)
            if group is not None:
                groups[group] = reach
        elif op is _c.BRANCH:
            options = [_newline_reach(list(branch), dotall, groups) for branch in av[1]]
            reach = None if None in options else max((o or 0) for o in options)
        elif op in _REPEAT_OPS:
            _low, high, body = av
            inner = _newline_reach(list(body), dotall, groups)
            if inner == 0:
                reach = 0
            elif _whitespace_only(list(body)):
                reach = 1
            elif inner is None or high == _c.MAXREPEAT:
                reach = None
            else:
                reach = inner * high
        elif op in (_c.ASSERT, _c.ASSERT_NOT):
            reach = _newline_reach(list(av[1]), dotall, groups)
        elif op is _c.GROUPREF:
            reach = groups.get(av)
        elif op is _c.GROUPREF_EXISTS:
            _group, yes, no = av
            options = [_newline_reach(list(yes), dotall, groups)]
            if no is not None:
                options.append(_newline_reach(list(no), dotall, groups))
            reach = None if None in options else max((o or 0) for o in options)
        elif hasattr(_c, "ATOMIC_GROUP") and op is _c.ATOMIC_GROUP:
            reach = _newline_reach(list(av), dotall, groups)
        elif op is _c.AT:
            reach = 0
        else:
            reach = None
        if reach is None:
            return None
        total += reach
    return total
