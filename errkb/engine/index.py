"""The multi-pattern prefilter: which patterns can possibly match a text (hyperscan when the fast
extra is installed, else Aho-Corasick over required literals); candidates are then confirmed
with Python's re."""

from __future__ import annotations

import time
from collections.abc import Iterable, Sequence
from typing import Any

import ahocorasick_rs

from errkb.engine.databases import (
    PATTERN_LINES,
    OnDemand,
    Scratches,
    compilable,
    entries_of,
    pattern_lines,
    pattern_lines_key,
    placeable,
)
from errkb.engine.fold import fold
from errkb.engine.hyperscan import hyperscan_available
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
        # Patterns of the databases whose matches lie on one line: the databases' match ends
        # give the lines to confirm them on, so their (short, common) literals need not.
        self._hs_line_pids: frozenset[int] = frozenset()
        # And those whose matches span a bounded number of lines: placed the same way, except
        # in raw text with escape sequences (which split what the databases look for).
        self._hs_spanning_pids: frozenset[int] = frozenset()
        self._scratches = Scratches()
        self._on_demand = OnDemand()
        self.timed_out: set[int] = set()
        if want and _hs is not None:
            self._build_hyperscan(hyperscan_budget)

    def time_out(self, pid: int) -> None:
        """Give up a pattern that ran out of its time budget: it is never searched again."""
        self.timed_out.add(pid)

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
        # Patterns with long literals are left to the literal database, which makes them
        # candidates rarely enough (and `place` places the common ones on demand).
        entries = entries_of(p for p in self.patterns if not is_strong(p))
        # Patterns without literals first (otherwise they run on every text), then short
        # expressions: they compile fastest, so the budget covers the most patterns.
        always = set(self.always)
        entries.sort(key=lambda entry: (entry[0] not in always, len(entry[1])))
        deadline = time.monotonic() + budget
        for first in range(0, len(entries), HYPERSCAN_CHUNK):
            if first and time.monotonic() > deadline:
                break  # the rest stay with the literal prefilter
            for db, accepted in compilable(entries[first : first + HYPERSCAN_CHUNK]):
                self._hs_dbs.append(db)
                self._hs_pids.update(entry[0] for entry in accepted)
        reaches = {pid: self.patterns[pid].newline_reach for pid in self._hs_pids}
        self._hs_line_pids = frozenset(pid for pid, reach in reaches.items() if reach == 0)
        self._hs_spanning_pids = frozenset(
            pid for pid, reach in reaches.items() if reach and placeable(reach, spanning=True)
        )
        self._build_hyperscan_literals()

    def _build_hyperscan_literals(self) -> None:
        assert _hs is not None
        if not self._literals and not self._hs_dbs:
            return
        # Every occurrence is reported (no SINGLEMATCH): big texts take both their candidates
        # and the lines to confirm them on from this one pass. Hyperscan's caseless matching
        # covers ASCII only, so literals with cased non-ASCII letters (few) go to a second
        # database of expressions that accept any case of them; the rest are compiled as pure
        # literals, which compile and load many times faster.
        # Literals only line-local database patterns own are left out: those patterns take
        # their candidacy and their lines from the pattern databases.
        line_pids = self._hs_line_pids
        needed = [
            n for n, owners in enumerate(self._literal_owners) if not line_pids.issuperset(owners)
        ]
        cased = [n for n in needed if cased_non_ascii(self._literals[n])]
        plain = sorted(set(needed) - set(cased))
        # The letters that Python's IGNORECASE equates with i, k and s are reported too (as
        # numbers past the literals'): a text holding one takes the Aho-Corasick path.
        folds = len(self._literals)
        for numbers, pure in ((plain, True), (cased, False)):
            if not numbers and not pure:
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

    # --- persistence (the knowledge-base cache) -------------------------------------------

    def __getstate__(self) -> dict[str, Any]:
        state = dict(self.__dict__)
        state["patterns"] = PatternTable.columns_of(self.patterns)
        state.pop("_scratches", None)
        state.pop("_on_demand", None)  # compiled for one run's texts
        state.pop("timed_out", None)  # what ran out of time on one run's texts
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
        self._scratches = Scratches()
        self._on_demand = OnDemand()
        self.timed_out = set()
        self._hs_dbs = []
        self._hs_literal_dbs = []
        if _hs is not None and (serialized or literal_serialized):
            self._hs_dbs = [_hs.loadb(blob, mode=_hs.HS_MODE_BLOCK) for blob in serialized]
            self._hs_literal_dbs = [
                _hs.loadb(blob, mode=_hs.HS_MODE_BLOCK) for blob in literal_serialized
            ]
        else:
            self._hs_pids = set()
            self._hs_line_pids = frozenset()
            self._hs_spanning_pids = frozenset()

    # --- querying ---------------------------------------------------------------------------

    @property
    def uses_hyperscan(self) -> bool:
        """Whether the hyperscan prefilter is active."""
        return bool(self._hs_dbs) or bool(self._hs_literal_dbs)

    def place(self, data: bytes, pids: Iterable[int], *, spanning: bool) -> dict[int, list[int]]:
        """Starts of the lines of `data` on which patterns `pids` may match, for those a
        database (compiled on first use) can place: line-local ones, and when `spanning`
        those reaching a bounded number of lines. Patterns it cannot place are left out."""
        if not self.uses_hyperscan:
            return {}
        wanted = [
            self.patterns[pid]
            for pid in pids
            if placeable(self.patterns[pid].newline_reach, spanning=spanning)
        ]
        if not wanted:
            return {}
        dbs, accepted, scratches = self._on_demand.databases(wanted)
        lines = pattern_lines(dbs, data, scratches) if dbs else None
        if lines is None:
            return {}
        return {pid: lines.get(pid, []) for pid in accepted}

    def candidates(self, text: str) -> list[int]:
        """Pattern ids that may match `text`, raw or normalised (a superset of those that do),
        ascending: the patterns whose literals occur in it, and those without literals."""
        found = self.literal_lines(text.encode("utf-8", "surrogatepass"), normalized=False)
        if found is None:
            found = self.folded_literal_lines(fold(text).encode("utf-8", "surrogatepass"))
        return sorted(found[0])

    def literal_lines(
        self, data: bytes, *, normalized: bool, spanning: bool | None = None
    ) -> tuple[set[int], dict[str, list[int]]] | None:
        """In one pass over `data` (UTF-8): the candidate patterns, and for each literal
        found, the byte offsets of the starts of the lines holding it. None when `data` has
        characters that the pass cannot fold: the caller folds the text and calls
        `folded_literal_lines`.

        With hyperscan, database patterns are placed by the lines their matches end on
        (under `pattern_lines_key`): line-local ones always, those spanning lines when
        `spanning` (default: in normalised text, or raw text without escape sequences)."""
        if spanning is None:
            spanning = normalized or b"\x1b" not in data
        if self._hs_literal_dbs or self._hs_dbs:
            return self._hyperscan_literal_lines(data, normalized=normalized, spanning=spanning)
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
        self, data: bytes, *, normalized: bool, spanning: bool
    ) -> tuple[set[int], dict[str, list[int]]] | None:
        ends: list[tuple[int, int]] = []

        def on_match(number: int, _start: int, end: int, _flags: int, _context: Any) -> None:
            ends.append((number, end))

        for db in self._hs_literal_dbs:
            db.scan(data, match_event_handler=on_match, scratch=self._scratches.of(db))
        if any(number >= len(self._literals) for number, _end in ends):
            return None  # a letter the literal databases cannot fold
        # A hit's end lies on its literal's line (literals hold no newline).
        candidates, starts = self._gather(data, [(number, end - 1) for number, end in ends])
        if not self._hs_dbs:
            return candidates, starts
        lines = pattern_lines(self._hs_dbs, data, self._scratches)
        if lines is None:
            return None  # the automaton places every literal instead
        # In a normalised text every database pattern is a candidate only if it matched (the
        # expressions are supersets there too); in a raw one only those it places: a match
        # split by an escape sequence is found in the escape-stripped lines, by literals.
        placed = self._hs_line_pids | self._hs_spanning_pids if spanning else self._hs_line_pids
        held = self._hs_pids if normalized else placed
        candidates -= held
        candidates.update(pid for pid in lines if pid in held)
        starts[PATTERN_LINES] = []
        for pid in placed:
            starts[pattern_lines_key(pid)] = lines.get(pid, [])
        return candidates, starts


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
