"""hyperscan (a dependency; absent only where it cannot be installed), and the byte-level
translation of a Python pattern into a hyperscan expression that accepts at least what the
pattern matches."""

from __future__ import annotations

import re

# The parser is private but stable across 3.11-3.13; it is the only way to read a pattern the
# way `re` itself reads it.
from re import _constants as _c  # type: ignore[attr-defined]
from typing import Any

from errkb.engine.fold import ASCII_FOLD_TABLE, ASCII_FOLDS
from errkb.records.patterns import REPEAT_OPS, UNBOUNDED, parse_pattern

__all__ = ["hyperscan_available", "hyperscan_expression", "hyperscan_module"]

hyperscan_module: Any
try:  # a dependency, but the engine runs without it (the literal pass alone)
    import hyperscan as hyperscan_module
except ImportError:  # pragma: no cover - depends on the installation
    hyperscan_module = None


def hyperscan_available() -> bool:
    """Whether the hyperscan prefilter can be used here."""
    return hyperscan_module is not None


# Hyperscan runs over UTF-8 bytes without UTF-8/UCP mode (which makes large Unicode classes
# very slow to compile). The translation below is a *superset* of the Python pattern over the
# UTF-8 encoding of any text: every non-ASCII code point is one to four bytes >= 0x80, so
# wherever Python could match a non-ASCII character the translation accepts such a run.
_NON_ASCII_CHAR = r"[\x80-\xff]{1,4}"
_MAX_EXACT_REPEAT = 16
# Where the pattern crosses a line end, a raw text may hold what normalising deletes: carriage
# returns before the newline, and the next line's prefix (a timestamp) or the part of it a
# carriage return rewrote. Accepting both keeps the expression a superset on raw text.
_NEWLINE = r"(?:\x0d*\x0a[^\x0a]*)"
_CATEGORY_ASCII = {
    "DIGIT": r"0-9",
    "WORD": r"0-9A-Za-z_",
    "SPACE": r"\t\n\x0b\x0c\r ",
}


class _Untranslatable(Exception):
    pass


def hyperscan_expression(regex: str, *, ignore_case: bool = False) -> tuple[bytes, bool] | None:
    """A byte-level PCRE expression accepting at least what `regex` matches, and whether it
    needs caseless matching; None when the pattern cannot be translated.

    Every match of `regex` in a text, or in any suffix of one of its lines, has a match of the
    expression ending on the same line: ``^`` is dropped (a raw line's prefix, deleted by
    normalising, stands before what the pattern anchors), and so is what the pattern's tail
    may leave out (`_trim_tail`), since the databases report every end of every match and
    ``error: .*`` would otherwise end at each character of the line."""
    flags = re.MULTILINE | (re.IGNORECASE if ignore_case else 0)
    try:
        tree = parse_pattern(regex, flags)
        caseless = bool(tree.state.flags & re.IGNORECASE)
        return _emit(_trim_tail(list(tree)), caseless).encode("ascii"), caseless
    except (re.error, _Untranslatable, RecursionError):
        return None


def _trim_tail(seq: list[tuple[Any, Any]]) -> list[tuple[Any, Any]]:
    """`seq` without the end a match may do without: trailing assertions and optional
    repeats dropped, a trailing ``x{m,n}`` cut to ``x{m-1}`` and a trimmed ``x``. Whatever
    matches `seq` starts with a match of the result."""
    items = list(seq)
    while items:
        op, av = items[-1]
        if op is _c.AT or op in (_c.ASSERT, _c.ASSERT_NOT):
            items.pop()
        elif op in REPEAT_OPS:
            low, _high, body = av
            items.pop()
            if low == 0:
                continue
            if low > 1:
                items.append((op, (low - 1, low - 1, body)))
            items.append((_c.SUBPATTERN, (None, 0, 0, _trim_tail(list(body)))))
            break
        elif op is _c.SUBPATTERN:
            group, add_flags, del_flags, body = av
            items[-1] = (op, (group, add_flags, del_flags, _trim_tail(list(body))))
            break
        elif op is _c.BRANCH:
            items[-1] = (op, (av[0], [_trim_tail(list(branch)) for branch in av[1]]))
            break
        else:
            break
    return items


def _ascii_escape(code: int) -> str:
    return f"\\x{code:02x}"


def _emit(seq: list[tuple[Any, Any]], caseless: bool) -> str:
    return "".join(_emit_item(op, av, caseless) for op, av in seq)


def _emit_literal(code: int, caseless: bool) -> str:
    if code == 0x0A:
        return _NEWLINE
    if code < 0x80:
        folds = ASCII_FOLDS.get(chr(code).lower(), "") if caseless else ""
        if folds:
            variants = [_ascii_escape(code)] + [
                "".join(_ascii_escape(b) for b in f.encode()) for f in folds
            ]
            return "(?:" + "|".join(variants) + ")"
        return _ascii_escape(code)
    if caseless:
        # Case folding of non-ASCII letters is left to Python; İ, ı, K and ſ also match the
        # ASCII letter they fold to.
        letter = ASCII_FOLD_TABLE.get(code)
        if letter is not None:
            return f"(?:{_NON_ASCII_CHAR}|{_ascii_escape(ord(letter))})"
        return _NON_ASCII_CHAR
    return "".join(_ascii_escape(b) for b in chr(code).encode("utf-8", "surrogatepass"))


def _emit_class(items: list[tuple[Any, Any]], caseless: bool = False) -> str:
    negate = any(op is _c.NEGATE for op, _ in items)
    parts: list[str] = []
    # Under IGNORECASE a class with letters may match a non-ASCII fold (K for k): widen.
    non_ascii = negate or caseless
    for op, av in items:
        if op is _c.NEGATE:
            continue
        if op is _c.LITERAL:
            if av < 0x80:
                parts.append(_ascii_escape(av))
            else:
                non_ascii = True
                letter = ASCII_FOLD_TABLE.get(av) if caseless else None
                if letter is not None:
                    parts.append(_ascii_escape(ord(letter)))
        elif op is _c.RANGE:
            low, high = av
            if low < 0x80:
                parts.append(f"{_ascii_escape(low)}-{_ascii_escape(min(high, 0x7F))}")
            if high >= 0x80:
                non_ascii = True
                if caseless:
                    letters = {
                        letter for code, letter in ASCII_FOLD_TABLE.items() if low <= code <= high
                    }
                    parts.extend(_ascii_escape(ord(letter)) for letter in sorted(letters))
        elif op is _c.CATEGORY:
            name = str(av)
            base = next((v for k, v in _CATEGORY_ASCII.items() if k in name), None)
            if base is None:
                raise _Untranslatable(name)
            if "NOT_" in name:
                # A negated category inside a class: every ASCII character outside it.
                parts.append(
                    "".join(
                        _ascii_escape(c)
                        for c in range(1, 0x80)
                        if not re.match(f"[{base}]", chr(c))
                    )
                )
            else:
                parts.append(base)
            non_ascii = True
        else:
            raise _Untranslatable(str(op))
    if negate:
        # [^...] matches any character not listed: over ASCII, exactly that; plus non-ASCII.
        ascii_class = f"[^{''.join(parts)}\\x80-\\xff]" if parts else "[\\x00-\\x7f]"
    else:
        ascii_class = f"[{''.join(parts)}]" if parts else ""
    options = [o for o in (ascii_class, _NON_ASCII_CHAR if non_ascii else "") if o]
    if not options:
        return "(?!)"
    if ascii_class and re.fullmatch(ascii_class, "\n"):
        options.append(_NEWLINE)
    return options[0] if len(options) == 1 else f"(?:{'|'.join(options)})"


def _emit_item(op: Any, av: Any, caseless: bool) -> str:
    if op is _c.LITERAL:
        return _emit_literal(av, caseless)
    if op is _c.NOT_LITERAL:
        return _emit_class([(_c.NEGATE, None), (_c.LITERAL, av)], caseless)
    if op is _c.ANY:
        return f"(?:[^\\n\\x80-\\xff]|{_NON_ASCII_CHAR})"
    if op is _c.IN:
        return _emit_class(av, caseless)
    if op is _c.SUBPATTERN:
        _group, add_flags, _del_flags, body = av
        inner_caseless = caseless or bool(add_flags & re.IGNORECASE)
        inner = _emit(list(body), inner_caseless)
        return f"(?i:{inner})" if inner_caseless and not caseless else f"(?:{inner})"
    if op is _c.BRANCH:
        return "(?:" + "|".join(_emit(list(b), caseless) for b in av[1]) + ")"
    if op in REPEAT_OPS:
        low, high, body = av
        inner = f"(?:{_emit(list(body), caseless)})"
        low = min(low, _MAX_EXACT_REPEAT)
        if high == UNBOUNDED or high > _MAX_EXACT_REPEAT:
            return f"{inner}{{{low},}}"
        return f"{inner}{{{low},{high}}}"
    if op is _c.AT:
        return ""  # ^, $, \b, \B, \A, \Z: dropping an assertion only widens the language
    if op in (_c.ASSERT, _c.ASSERT_NOT):
        return ""  # lookarounds: dropped (widening)
    if op is _c.GROUPREF or op is _c.GROUPREF_EXISTS:
        return "(?:[\\x00-\\xff]*)" if op is _c.GROUPREF else _untranslatable(op)
    if hasattr(_c, "ATOMIC_GROUP") and op is _c.ATOMIC_GROUP:
        return f"(?:{_emit(list(av), caseless)})"
    if op is _c.CATEGORY:
        return _emit_class([(op, av)], caseless)
    return _untranslatable(op)


def _untranslatable(op: Any) -> str:
    raise _Untranslatable(str(op))
