"""Static analysis of Python regular expressions: required literals and backtracking risk.

Both work on the parse tree of Python's own ``re`` parser, so they see a pattern exactly as the
matcher does (no second regex dialect to keep in sync).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from collections.abc import Set as AbstractSet
from dataclasses import dataclass

# The parser is private but stable across 3.11-3.13; it is the only way to read a pattern the
# way `re` itself reads it.
from re import _constants as _c  # type: ignore[attr-defined]
from re import _parser as _p  # type: ignore[attr-defined]
from typing import Any

__all__ = [
    "ASCII_FOLDS",
    "MIN_LITERAL",
    "SAME_LETTERS",
    "RequiredLiterals",
    "backtracking_risk",
    "class_matches",
    "compile_pattern",
    "fold",
    "fold_utf8",
    "hyperscan_expression",
    "literal_size",
    "required_literals",
]

#: Non-ASCII characters that Python's IGNORECASE matches with an ASCII letter.
ASCII_FOLDS = {"i": "\u0130\u0131", "k": "\u212a", "s": "\u017f"}
_FOLDED_CHARS = "".join(ASCII_FOLDS.values())
_FOLDS = str.maketrans({char: letter for letter, chars in ASCII_FOLDS.items() for char in chars})


def _same_letters() -> dict[str, str]:
    """Lowercase non-ASCII letters that IGNORECASE equates with others of a different
    lowercase (they share an uppercase form: σ and ς, в and ᲀ), each mapped to the first of
    its group. ``re``'s own table, so the prefilter equates exactly what ``re`` does."""
    from re import _compiler  # type: ignore[attr-defined]

    extra: dict[int, tuple[int, ...]] = getattr(_compiler, "_EXTRA_CASES", {})
    return {
        chr(code): chr(min(code, *others))
        for code, others in extra.items()
        if code > 0x7F and min(code, *others) != code and min(code, *others) > 0x7F
    }


SAME_LETTERS = _same_letters()
_SAME = str.maketrans(SAME_LETTERS)


def fold(text: str) -> str:
    """Case-fold the way the literal prefilter does, for literals and searched text alike:
    two strings IGNORECASE equates fold to the same string.

    Besides lowercasing, maps the non-ASCII characters that Python's IGNORECASE matches with
    an ASCII letter, and the lowercase letters it equates with another (`SAME_LETTERS`), so a
    literal search stays a superset of what ``re`` matches. The translation passes are
    skipped unless one of those characters occurs: on a big non-ASCII text they cost far
    more than the search for them.
    """
    if text.isascii():
        return text.lower()
    if any(char in text for char in _FOLDED_CHARS):
        text = text.translate(_FOLDS)
    text = text.lower()
    if any(char in text for char in SAME_LETTERS):
        text = text.translate(_SAME)
    return text


#: Bytes of UTF-8 folded at once by `fold_utf8`: ASCII pieces (most of a log) are lowered as
#: bytes, the others decoded and folded.
_FOLD_PIECE = 1 << 16


def fold_utf8(data: bytes, *, piece_bytes: int = _FOLD_PIECE) -> str:
    """`fold(data.decode())`, faster for mostly-ASCII text.

    Lowercasing a 100 MB string that holds one character above U+FFFF (four bytes a
    character) takes about a second; lowering the ASCII pieces as bytes takes a few
    milliseconds. Pieces end at newlines: lowercasing looks at neighbouring letters (a final
    sigma), never across a line.
    """
    pieces: list[str] = []
    start = 0
    while start < len(data):
        end = data.find(b"\n", start + piece_bytes)
        end = len(data) if end == -1 else end + 1
        piece = data[start:end]
        if piece.isascii():
            pieces.append(piece.lower().decode("ascii"))
        else:
            pieces.append(fold(piece.decode("utf-8", "surrogatepass")))
        start = end
    return "".join(pieces)


#: Literals shorter than this are too common to prefilter on.
MIN_LITERAL = 3


def literal_size(literal: str) -> int:
    """A literal's length in UTF-8 bytes: what makes it selective (two CJK characters are as
    rare in logs as three ASCII letters), and what the byte-level prefilters compare."""
    return len(literal.encode("utf-8", "surrogatepass"))


_REPEATS = {_c.MAX_REPEAT, _c.MIN_REPEAT, getattr(_c, "POSSESSIVE_REPEAT", _c.MAX_REPEAT)}
_UNBOUNDED = _c.MAXREPEAT


def compile_pattern(regex: str, *, ignore_case: bool = False) -> re.Pattern[str]:
    """Compile a record pattern the way the engine runs it (multi-line anchors)."""
    flags = re.MULTILINE | (re.IGNORECASE if ignore_case else 0)
    return re.compile(regex, flags)


def _parse(regex: str, flags: int) -> Any:
    return _p.parse(regex, flags)


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
        tree = _parse(regex, flags)
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

    for op, av in _flatten(seq):
        if op is _c.LITERAL:
            run.append(chr(av))
            continue
        flush()
        if op is _c.BRANCH:
            option = _branch_requirement(av[1])
            if option:
                found.append(option)
        elif op in _REPEATS:
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


def _flatten(seq: Iterable[tuple[Any, Any]]) -> Iterable[tuple[Any, Any]]:
    """Inline plain groups so a literal run continues across `(...)` boundaries."""
    for op, av in seq:
        if op is _c.SUBPATTERN:
            yield from _flatten(av[-1])
        elif op in _REPEATS and av[0] == av[1] == 1:
            yield from _flatten(av[2])
        else:
            yield op, av


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
        tree = _parse(regex, re.MULTILINE)
    except re.error:
        return None
    return _risk_in(list(tree))


def _children(op: Any, av: Any) -> list[Any]:
    if op is _c.SUBPATTERN:
        return [av[-1]]
    if op in _REPEATS:
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
        if op in _REPEATS and _unbounded(av[1]):
            body = list(_flatten(av[2]))
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
    return bool(high == _UNBOUNDED or high > 64)


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
        if op in _REPEATS and _unbounded(av[1]):
            inner = list(_flatten(av[2]))
            chars = _chars(inner[0]) if len(inner) == 1 else None
            eaten = (eaten or set()) | (chars if chars is not None else set(_SAMPLE))
        elif op is _c.BRANCH:
            for branch in av[1]:
                sub = _repeat_chars(list(_flatten(branch)))
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
        if op in _REPEATS:
            inner = list(_flatten(av[2]))
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
        items = list(_flatten(branch))
        chars = _chars(items[0]) if items else None
        if chars is None:
            return True
        firsts.append(chars)
    for i, left in enumerate(firsts):
        for right in firsts[i + 1 :]:
            if left & right:
                return True
    return False


# --- translation for the hyperscan prefilter -----------------------------------------------

# Hyperscan runs over UTF-8 bytes without UTF-8/UCP mode (which makes large Unicode classes
# very slow to compile). The translation below is a *superset* of the Python pattern over the
# UTF-8 encoding of any text: every non-ASCII code point is one to four bytes >= 0x80, so
# wherever Python could match a non-ASCII character the translation accepts such a run.
_NON_ASCII_CHAR = r"[\x80-\xff]{1,4}"
_MAX_EXACT_REPEAT = 16
_CATEGORY_ASCII = {
    "DIGIT": r"0-9",
    "WORD": r"0-9A-Za-z_",
    "SPACE": r"\t\n\x0b\x0c\r ",
}


class _Untranslatable(Exception):
    pass


def hyperscan_expression(regex: str, *, ignore_case: bool = False) -> tuple[bytes, bool] | None:
    """A byte-level PCRE expression accepting at least what `regex` matches, and whether it
    needs caseless matching; None when the pattern cannot be translated."""
    flags = re.MULTILINE | (re.IGNORECASE if ignore_case else 0)
    try:
        tree = _parse(regex, flags)
        caseless = bool(tree.state.flags & re.IGNORECASE)
        return _emit(list(tree), caseless).encode("ascii"), caseless
    except (re.error, _Untranslatable, RecursionError):
        return None


def _ascii_escape(code: int) -> str:
    return f"\\x{code:02x}"


def _emit(seq: list[tuple[Any, Any]], caseless: bool) -> str:
    return "".join(_emit_item(op, av, caseless) for op, av in seq)


def _emit_literal(code: int, caseless: bool) -> str:
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
        letter = _FOLDS.get(code)
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
                letter = _FOLDS.get(av) if caseless else None
                if letter is not None:
                    parts.append(_ascii_escape(ord(letter)))
        elif op is _c.RANGE:
            low, high = av
            if low < 0x80:
                parts.append(f"{_ascii_escape(low)}-{_ascii_escape(min(high, 0x7F))}")
            if high >= 0x80:
                non_ascii = True
                if caseless:
                    letters = {letter for code, letter in _FOLDS.items() if low <= code <= high}
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
    if op in _REPEATS:
        low, high, body = av
        inner = f"(?:{_emit(list(body), caseless)})"
        low = min(low, _MAX_EXACT_REPEAT)
        if high == _UNBOUNDED or high > _MAX_EXACT_REPEAT:
            return f"{inner}{{{low},}}"
        return f"{inner}{{{low},{high}}}"
    if op is _c.AT:
        name = str(av)
        if name == "AT_BEGINNING":
            return "^"
        if name == "AT_END":
            return "$"
        return ""  # \b, \B, \A, \Z: dropping an assertion only widens the language
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
