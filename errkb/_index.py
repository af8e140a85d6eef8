"""The multi-pattern prefilter: which patterns can possibly match a text.

Two prefilters give the same answer (a superset of the patterns that match), at different
speeds:

* hyperscan, when the ``fast`` extra is installed: every pattern compiled once with
  ``HS_FLAG_PREFILTER`` (which accepts constructs hyperscan cannot run exactly by widening
  them), scanned in one pass;
* otherwise an Aho-Corasick automaton (ahocorasick-rs, on bytes) over, for each pattern,
  literals one of which every match must contain (see `_regex.required_literals`).

Patterns neither can index are candidates for every text. Candidates are then confirmed with
Python's ``re``, so captures and semantics are exactly Python's.
"""

from __future__ import annotations

import re
import threading
import time
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache, cached_property
from re import _constants as _c  # type: ignore[attr-defined]
from re import _parser as _p  # type: ignore[attr-defined]
from typing import Any, Literal, overload

import ahocorasick_rs

from ._regex import (
    ASCII_FOLDS,
    MIN_LITERAL,
    SAME_LETTERS,
    RequiredLiterals,
    class_matches,
    compile_pattern,
    fold,
    hyperscan_expression,
    literal_size,
    required_literals,
)

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


def _strong(pattern: IndexedPattern) -> bool:
    literals = pattern.prefilter_literals
    if not literals:
        return False
    return min(literal_size(literal) for literal in literals) >= STRONG_LITERAL


#: Patterns compiled into one hyperscan database: joint compilation grows faster than linearly
#: with the patterns, so several small databases compile far sooner than one big one.
HYPERSCAN_CHUNK = 128
#: Seconds spent compiling the hyperscan pattern databases before the rest of the patterns are
#: left to the literal prefilter (the result is cached, so this is paid once per knowledge base).
HYPERSCAN_BUDGET = 30.0

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


def _literal_expression(literal: str) -> bytes:
    """A caseless hyperscan expression for a folded literal, on UTF-8 bytes of unfolded text.

    Matches wherever `fold(text)` contains `literal`: ASCII letters are matched caselessly,
    the non-ASCII characters that fold to ``i``, ``k`` or ``s`` are spelled out, and a
    non-ASCII character (whose other case forms differ in UTF-8) becomes any non-ASCII
    character.
    """
    parts: list[str] = []
    for char in literal:
        code = ord(char)
        if code < 0x80:
            variants = [f"\\x{code:02x}"] + [
                "".join(f"\\x{b:02x}" for b in other.encode())
                for other in ASCII_FOLDS.get(char, "")
            ]
            parts.append(variants[0] if len(variants) == 1 else "(?:" + "|".join(variants) + ")")
        else:
            parts.append("[\\xc0-\\xff][\\x80-\\xbf]{1,3}")
    return "".join(parts).encode("ascii")


_FOLDED_BYTES = [char.encode() for chars in ASCII_FOLDS.values() for char in chars]


def _cased_non_ascii(literal: str) -> bool:
    """Whether a folded literal has a non-ASCII character that text may hold in another case."""
    return any(
        ord(char) > 0x7F and (char.upper() != char or char.casefold() != char) for char in literal
    )


#: Texts from this size on are searched with the DFA (when there are few enough literals).
DFA_MIN_TEXT = 1 << 20
DFA_MAX_LITERALS = 4000
#: Beyond this many spellings a literal is not listed in the automaton's raw-text needles.
MAX_SPELLINGS = 64
#: Past the last code point with a case (Adlam).
_LAST_CASED = 0x1E950


@cache
def _folded_from() -> dict[str, tuple[str, ...]]:
    """For each folded non-ASCII letter, the other characters that lowercase to it, or to a
    letter IGNORECASE equates with it (see `fold`)."""
    sources: dict[str, list[str]] = {}
    for code in range(0x80, _LAST_CASED):
        char = chr(code)
        lowered = char.lower()
        if len(lowered) != 1:
            continue  # İ, which folds to ASCII
        folded = SAME_LETTERS.get(lowered, lowered)
        if folded != char and folded > "\x7f":
            sources.setdefault(folded, []).append(char)
    return {folded: tuple(chars) for folded, chars in sources.items()}


def _spellings(literal: str) -> list[str] | None:
    """The strings that `fold` turns into the folded `literal`, or into the longest piece of
    it that has no more than MAX_SPELLINGS of them, and that differ from it in non-ASCII
    letters only (ASCII case is taken care of by lowering the text's bytes). A piece stands
    for the literal: wherever the literal is, the piece is, on the same line. None when no
    piece of MIN_LITERAL bytes has few enough."""
    sources = _folded_from()
    forms = [(char, *sources.get(char, ())) if ord(char) > 0x7F else (char,) for char in literal]
    best_start = best_end = start = 0
    count = 1
    for end in range(1, len(literal) + 1):
        count *= len(forms[end - 1])
        while count > MAX_SPELLINGS:
            count //= len(forms[start])
            start += 1
        if literal_size(literal[start:end]) > literal_size(literal[best_start:best_end]):
            best_start, best_end = start, end
    if literal_size(literal[best_start:best_end]) < MIN_LITERAL:
        return None
    spellings = [""]
    for choices in forms[best_start:best_end]:
        spellings = [spelling + form for spelling in spellings for form in choices]
    return spellings


def prefilter_literal(literal: str) -> str | None:
    """The longest newline-free piece of a literal, if long enough to prefilter on.

    Every piece of a literal lies within one line of the normalised text, hence within the
    same line of the raw text (normalising a line deletes at most a prefix of it): so the
    piece can be looked for in raw text, and it places the match within the pattern's
    newline reach of its line.
    """
    if "\n" not in literal:
        return literal
    piece = max(literal.split("\n"), key=len)
    return piece if literal_size(piece) >= MIN_LITERAL else None


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


class _PatternTable(Sequence[IndexedPattern]):
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


class PatternIndex:
    """Prefilter over every enabled pattern of a knowledge base."""

    #: Whether the engine may confirm line-local candidates only on the lines holding their
    #: literals (the reference loop turns this off).
    windowed = True

    def __init__(
        self,
        patterns: Sequence[IndexedPattern],
        *,
        use_hyperscan: bool | None = None,
        hyperscan_budget: float = HYPERSCAN_BUDGET,
    ):
        self.patterns = patterns
        self.always: list[int] = [p.pid for p in patterns if p.prefilter_literals is None]
        self._literal_owners: list[tuple[int, ...]] = []
        self._collect_literals(patterns)
        self._variants, self._fold_non_ascii = self._literal_variants()
        want = hyperscan_available() if use_hyperscan is None else use_hyperscan
        self._hs_dbs: list[Any] = []
        self._hs_literal_dbs: list[Any] = []
        self._hs_pids: set[int] = set()
        self._local = threading.local()
        if want and _hs is not None:
            self._build_hyperscan(hyperscan_budget)

    # --- construction ---------------------------------------------------------------------

    def _collect_literals(self, patterns: Sequence[IndexedPattern]) -> None:
        owners: dict[str, list[int]] = {}
        for pattern in patterns:
            for literal in pattern.prefilter_literals or ():
                owners.setdefault(literal, []).append(pattern.pid)
        self._literals = list(owners)
        self._literal_owners = [tuple(pids) for pids in owners.values()]

    def _literal_variants(self) -> tuple[list[tuple[bytes, int]], bool]:
        """The other spellings, in UTF-8, of the literals with cased non-ASCII letters (which
        lowering the text's ASCII bytes leaves alone); and whether some literal has too many
        of them to list, so that text with non-ASCII characters must be folded instead."""
        variants: list[tuple[bytes, int]] = []
        unlisted = False
        for number, literal in enumerate(self._literals):
            if not _cased_non_ascii(literal):
                continue
            spellings = _spellings(literal)
            if spellings is None:
                unlisted = True
                continue
            variants.extend(
                (spelling.encode("utf-8", "surrogatepass"), number)
                for spelling in spellings
                if spelling != literal
            )
        return variants, unlisted

    def _needles(self) -> tuple[list[bytes], list[int]]:
        """What the automata search for: the literals' UTF-8, the spellings of their cased
        non-ASCII letters, and (numbered past the literals) the letters that fold to ASCII
        ones; with the literal number of each."""
        needles = [literal.encode("utf-8", "surrogatepass") for literal in self._literals]
        numbers = list(range(len(needles)))
        for spelling, number in self._variants:
            needles.append(spelling)
            numbers.append(number)
        needles += _FOLDED_BYTES
        numbers += range(len(self._literals), len(self._literals) + len(_FOLDED_BYTES))
        return needles, numbers

    def _automaton(self, *, big: bool) -> tuple[Any, list[int]] | None:
        """Aho-Corasick over the needles, built on first use (with hyperscan the literal
        databases do this job, and it takes longer to load than to build): a contiguous NFA,
        and for big texts a DFA, which searches 1.7 times faster but takes 50 ms to build and
        some 13 MB per thousand literals, so only up to DFA_MAX_LITERALS."""
        if not self._literals:
            return None
        key = "_dfa_built" if big and len(self._literals) <= DFA_MAX_LITERALS else "_nfa_built"
        built: tuple[Any, list[int]] | None = self.__dict__.get(key)
        if built is None:
            needles, numbers = self._needles()
            kind = ahocorasick_rs.Implementation
            automaton = ahocorasick_rs.BytesAhoCorasick(
                needles, implementation=kind.DFA if key == "_dfa_built" else kind.ContiguousNFA
            )
            built = self.__dict__[key] = (automaton, numbers)
        return built

    def _build_hyperscan(self, budget: float) -> None:
        assert _hs is not None
        self._build_hyperscan_literals()
        flags_base = (
            _hs.HS_FLAG_PREFILTER
            | _hs.HS_FLAG_SINGLEMATCH
            | _hs.HS_FLAG_MULTILINE
            | _hs.HS_FLAG_ALLOWEMPTY
        )
        entries = []
        for pattern in self.patterns:
            if _strong(pattern):
                continue  # the literal database alone makes it a candidate rarely enough
            translated = hyperscan_expression(pattern.regex, ignore_case=pattern.ignore_case)
            if translated is None:
                continue  # left to the literal prefilter
            expression, caseless = translated
            entries.append(
                (pattern.pid, expression, flags_base | (_hs.HS_FLAG_CASELESS if caseless else 0))
            )
        # Patterns without literals first (otherwise they run on every text), then short
        # expressions: they compile fastest, so the budget covers the most patterns.
        always = set(self.always)
        entries.sort(key=lambda entry: (entry[0] not in always, len(entry[1])))
        deadline = time.monotonic() + budget
        for first in range(0, len(entries), HYPERSCAN_CHUNK):
            if first and time.monotonic() > deadline:
                break  # the rest stay with the literal prefilter
            for db, accepted in self._compilable(entries[first : first + HYPERSCAN_CHUNK]):
                self._hs_dbs.append(db)
                self._hs_pids.update(entry[0] for entry in accepted)

    def _build_hyperscan_literals(self) -> None:
        assert _hs is not None
        if not self._literals:
            return
        # Every occurrence is reported (no SINGLEMATCH): big texts take both their candidates
        # and the lines to confirm them on from this one pass. Hyperscan's caseless matching
        # covers ASCII only, so literals with cased non-ASCII letters (few) go to a second
        # database of expressions that accept any case of them; the rest are compiled as pure
        # literals, which compile and load many times faster.
        cased = [n for n, literal in enumerate(self._literals) if _cased_non_ascii(literal)]
        plain = sorted(set(range(len(self._literals))) - set(cased))
        # The letters that Python's IGNORECASE equates with i, k and s are reported too (as
        # numbers past the literals'): a text holding one takes the Aho-Corasick path.
        folds = len(self._literals)
        for numbers, pure in ((plain, True), (cased, False)):
            if not numbers:
                continue
            expressions = [
                self._literals[n].encode("utf-8", "surrogatepass")
                if pure
                else _literal_expression(self._literals[n])
                for n in numbers
            ]
            ids = list(numbers)
            if pure:
                expressions += _FOLDED_BYTES
                ids += range(folds, folds + len(_FOLDED_BYTES))
            db = _hs.Database(mode=_hs.HS_MODE_BLOCK)
            db.compile(
                expressions=expressions,
                ids=ids,
                elements=len(ids),
                flags=_hs.HS_FLAG_CASELESS,
                literal=pure,
            )
            self._hs_literal_dbs.append(db)

    def _compilable(
        self, entries: list[tuple[int, bytes, int]]
    ) -> list[tuple[Any, list[tuple[int, bytes, int]]]]:
        """Databases of the entries hyperscan accepts, found by bisection (its errors do not
        say which expression failed); each database compiled once and kept."""
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
            return [(db, entries)]
        except _hs.error:
            if len(entries) == 1:
                return []
            middle = len(entries) // 2
            return self._compilable(entries[:middle]) + self._compilable(entries[middle:])

    # --- persistence (the knowledge-base cache) -------------------------------------------

    def __getstate__(self) -> dict[str, Any]:
        state = dict(self.__dict__)
        state["patterns"] = _PatternTable.columns_of(self.patterns)
        state.pop("_local", None)
        state.pop("_nfa_built", None)  # rebuilt from the literals when needed
        state.pop("_dfa_built", None)
        dbs = state.pop("_hs_dbs", [])
        literal_dbs = state.pop("_hs_literal_dbs", [])
        if _hs is not None:
            state["_hs_serialized"] = [_hs.dumpb(db) for db in dbs]
            state["_hs_literal_serialized"] = [_hs.dumpb(db) for db in literal_dbs]
        return state

    def __setstate__(self, state: dict[str, Any]) -> None:
        serialized = state.pop("_hs_serialized", None) or []
        literal_serialized = state.pop("_hs_literal_serialized", None) or []
        columns = state.pop("patterns")
        literals = columns.pop("literals")
        self.__dict__.update(state)
        self.patterns = _PatternTable(columns, literals)
        self._local = threading.local()
        self._hs_dbs = []
        self._hs_literal_dbs = []
        if _hs is not None and (serialized or literal_serialized):
            self._hs_dbs = [_hs.loadb(blob, mode=_hs.HS_MODE_BLOCK) for blob in serialized]
            self._hs_literal_dbs = [
                _hs.loadb(blob, mode=_hs.HS_MODE_BLOCK) for blob in literal_serialized
            ]
        else:
            self._hs_pids = set()

    # --- querying ---------------------------------------------------------------------------

    @property
    def uses_hyperscan(self) -> bool:
        """Whether the hyperscan prefilter is active."""
        return bool(self._hs_dbs) or bool(self._hs_literal_dbs)

    def candidates(self, text: str) -> list[int]:
        """Pattern ids that may match `text`, raw or normalised (a superset of those that do),
        ascending: the patterns whose literals occur in it, and those without literals."""
        found = self.literal_lines(text.encode("utf-8", "surrogatepass"), normalized=False)
        if found is None:
            found = self.folded_literal_lines(fold(text).encode("utf-8", "surrogatepass"))
        return sorted(found[0])

    def literal_lines(
        self, data: bytes, *, normalized: bool
    ) -> tuple[set[int], dict[str, list[int]]] | None:
        """In one pass over `data` (UTF-8): the candidate patterns, and for each literal
        found, the byte offsets of the starts of the lines holding it. None when `data` has
        characters that the pass cannot fold: the caller folds the text and calls
        `folded_literal_lines`."""
        if self._hs_literal_dbs:
            return self._hyperscan_literal_lines(data, normalized=normalized)
        ascii_only = data.isascii()
        if self._fold_non_ascii and not ascii_only:
            return None
        # Lowering the bytes lowers ASCII letters only: the automaton holds the other
        # spellings of the literals' non-ASCII letters.
        return self._automaton_lines(data.lower(), raw=not ascii_only)

    def folded_literal_lines(self, folded: bytes) -> tuple[set[int], dict[str, list[int]]]:
        """`literal_lines` of a text folded with `fold` (UTF-8)."""
        found = self._automaton_lines(folded, raw=False)
        assert found is not None  # folded text holds no letter that folds further
        return found

    def _automaton_lines(
        self, data: bytes, *, raw: bool
    ) -> tuple[set[int], dict[str, list[int]]] | None:
        built = self._automaton(big=len(data) >= DFA_MIN_TEXT)
        if built is None:
            return set(self.always), {}
        automaton, numbers = built
        hits = [
            (numbers[needle], start)
            for needle, start, _end in automaton.find_matches_as_indexes(data, overlapping=True)
        ]
        if raw and any(number >= len(self._literals) for number, _start in hits):
            return None  # a letter that folds to an ASCII one
        return self._gather(data, hits)

    def _gather(
        self, data: bytes, hits: list[tuple[int, int]]
    ) -> tuple[set[int], dict[str, list[int]]]:
        """The candidates and literal lines of (literal number, offset in its line) hits."""
        candidates = set(self.always)
        starts: dict[str, list[int]] = {}
        literals, owners = self._literals, self._literal_owners
        seen: set[int] = set()
        for number, at in hits:
            starts.setdefault(literals[number], []).append(data.rfind(b"\n", 0, at) + 1)
            if number not in seen:
                seen.add(number)
                candidates.update(owners[number])
        return candidates, starts

    def _hyperscan_literal_lines(
        self, data: bytes, *, normalized: bool
    ) -> tuple[set[int], dict[str, list[int]]] | None:
        ends: list[tuple[int, int]] = []

        def on_match(number: int, _start: int, end: int, _flags: int, _context: Any) -> None:
            ends.append((number, end))

        for db in self._hs_literal_dbs:
            db.scan(data, match_event_handler=on_match, scratch=self._scratch(db))
        if any(number >= len(self._literals) for number, _end in ends):
            return None  # a letter the literal databases cannot fold
        # A hit's end lies on its literal's line (literals hold no newline).
        candidates, starts = self._gather(data, [(number, end - 1) for number, end in ends])
        if self._hs_dbs and normalized:
            # The patterns the databases hold are candidates only if hyperscan says so; not in
            # raw text, where a line prefix stands between `^` and what follows it.
            candidates -= self._hs_pids
            candidates |= self._hyperscan_candidates(data)
        return candidates, starts

    def _scratch(self, db: Any) -> Any:
        assert _hs is not None
        # Scratch space is per thread (the language server scans from worker threads); one
        # scratch allocated for the largest database serves them all.
        scratches: dict[int, Any] | None = getattr(self._local, "scratches", None)
        if scratches is None:
            scratches = {}
            self._local.scratches = scratches
        scratch = scratches.get(id(db))
        if scratch is None:
            scratch = _hs.Scratch(db)
            scratches[id(db)] = scratch
        return scratch

    def _scan_hyperscan(self, db: Any, data: bytes) -> set[int]:
        found: set[int] = set()

        def on_match(number: int, _start: int, _end: int, _flags: int, _context: Any) -> None:
            found.add(number)

        db.scan(data, match_event_handler=on_match, scratch=self._scratch(db))
        return found

    def _hyperscan_candidates(self, data: bytes) -> set[int]:
        found: set[int] = set()
        for db in self._hs_dbs:
            found |= self._scan_hyperscan(db, data)
        return found


def index_patterns(
    records: Iterable[tuple[str, list[tuple[int, str, bool, float]]]],
) -> list[IndexedPattern]:
    """Number every (record, pattern) pair and extract its required literals."""
    patterns: list[IndexedPattern] = []
    for record_id, specs in records:
        for spec_index, regex, ignore_case, weight in specs:
            literals = required_literals(regex, ignore_case=ignore_case)
            pattern = IndexedPattern(
                len(patterns), record_id, spec_index, regex, ignore_case, weight, literals
            )
            # Worked out now so the cached index carries them: a scan need not parse patterns.
            _ = pattern.prefilter_literals, pattern.window_literals
            _ = pattern.newline_reach, pattern.specificity
            patterns.append(pattern)
    return patterns
