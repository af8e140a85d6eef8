"""The multi-pattern prefilter: which patterns can possibly match a text (hyperscan when the fast
extra is installed, else Aho-Corasick over required literals); candidates are then confirmed
with Python's re."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterable, Sequence
from typing import Any

import ahocorasick_rs

from errkb.engine.fold import fold
from errkb.engine.hyperscan import hyperscan_available, hyperscan_expression
from errkb.engine.hyperscan import hyperscan_module as _hs
from errkb.engine.literals import required_literals
from errkb.engine.patterns import IndexedPattern, PatternTable, is_strong
from errkb.engine.spellings import (
    DFA_MAX_LITERALS,
    DFA_MIN_TEXT,
    FOLDED_BYTES,
    cased_non_ascii,
    literal_expression,
    literal_spellings,
)

__all__ = ["HYPERSCAN_BUDGET", "HYPERSCAN_CHUNK", "PatternIndex", "index_patterns"]


#: Patterns compiled into one hyperscan database: joint compilation grows faster than linearly
#: with the patterns, so several small databases compile far sooner than one big one.
HYPERSCAN_CHUNK = 128
#: Seconds spent compiling the hyperscan pattern databases before the rest of the patterns are
#: left to the literal prefilter (the result is cached, so this is paid once per knowledge base).
HYPERSCAN_BUDGET = 30.0


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
            if not cased_non_ascii(literal):
                continue
            spellings = literal_spellings(literal)
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
        needles += FOLDED_BYTES
        numbers += range(len(self._literals), len(self._literals) + len(FOLDED_BYTES))
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
            if is_strong(pattern):
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
        cased = [n for n, literal in enumerate(self._literals) if cased_non_ascii(literal)]
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
                else literal_expression(self._literals[n])
                for n in numbers
            ]
            ids = list(numbers)
            if pure:
                expressions += FOLDED_BYTES
                ids += range(folds, folds + len(FOLDED_BYTES))
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
        state["patterns"] = PatternTable.columns_of(self.patterns)
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
        self.patterns = PatternTable(columns, literals)
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
