"""Confirming candidates with Python's re: on the windows of lines that hold a pattern's literals
(or where the pattern databases saw it match) where its reach allows, on the whole text
otherwise. `Confirmer` works on a normalised text; `lazy_confirm.LazyConfirmer` on big raw
ones."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from errkb.engine.databases import pattern_lines_key
from errkb.engine.fold import fold, fold_utf8
from errkb.engine.guard import PatternTimedOut
from errkb.engine.index import PatternIndex
from errkb.engine.match import ScanCancelled
from errkb.engine.normalize import Normalized
from errkb.engine.patterns import IndexedPattern
from errkb.engine.utf8 import MAX_WINDOW_REACH, Utf8Text, newline_searches

__all__ = [
    "Confirmer",
    "Found",
    "LineWindows",
    "char_offsets",
    "folded_literal_lines",
    "holds",
    "literal_pass",
]


def holds(needed: tuple[tuple[str, ...], ...], window: str) -> bool:
    """Whether `window` holds one literal of each set in `needed` (folded, as they are)."""
    folded = fold(window)
    return all(any(literal in folded for literal in option) for option in needed)


#: Found occurrences: key start and end (for context hints), raw start and end, the pattern,
#: and its match.
Found = tuple[int, int, int, int, "IndexedPattern", re.Match[str]]


class LineWindows:
    """Windows of whole lines around the lines holding a pattern's literals, in a text or its
    UTF-8 (`base`); what is blank is for the subclass to say."""

    def __init__(self, base: str | bytes) -> None:
        _count, self._rfind, self._find = newline_searches(base)
        self._size = len(base)
        self._literal_positions: dict[str, list[int]] = {}
        self._positions_known = False

    def _blank(self, start: int, end: int) -> bool:
        raise NotImplementedError

    def confirm(self, pattern: IndexedPattern, found: list[Found], *, windowed: bool) -> None:
        raise NotImplementedError

    def confirm_all(
        self,
        index: PatternIndex,
        candidates: Iterable[int],
        *,
        windowed: bool,
        cancel: Callable[[], bool] | None,
    ) -> list[Found]:
        """What the candidate patterns match, by raw start (longest first), polling `cancel`
        between patterns."""
        found: list[Found] = []
        for pid in candidates:
            if cancel is not None and cancel():
                raise ScanCancelled
            if pid in index.timed_out:
                continue
            kept = len(found)
            try:
                self.confirm(index.patterns[pid], found, windowed=windowed)
            except PatternTimedOut:
                del found[kept:]
                index.time_out(pid)
        found.sort(key=lambda item: (item[2], -item[3], item[4].pid))
        return found

    def _place(self, positions: dict[str, list[int]] | None) -> None:
        """Keep where each literal's lines start; None: they could not be placed (every
        candidate then searches the whole text)."""
        if positions is not None:
            self._literal_positions = positions
            self._positions_known = True

    def _windows_of(
        self, pattern: IndexedPattern, *, windowed: bool
    ) -> list[tuple[int, int]] | None:
        """The windows to confirm `pattern` in, or None to search the whole text."""
        reach = self._reach(pattern)
        if not windowed or reach is None:
            return None
        placed = self._positions_known and pattern_lines_key(pattern.pid) in self._literal_positions
        if not placed and (pattern.prefilter_literals is None or reach > MAX_WINDOW_REACH):
            return None
        return self._windows(pattern, reach)

    def _reach(self, pattern: IndexedPattern) -> int | None:
        """The line reach windows give `pattern` (None: it searches the whole text)."""
        return pattern.newline_reach

    def _back(self, start: int, steps: int) -> int:
        """The start of the line `steps` non-blank lines above the line starting at `start`,
        blank lines in between not counted, and blank lines above it included."""
        while start > 0:
            previous = self._rfind(0, start - 1) + 1
            if not self._blank(previous, start - 1):
                if not steps:
                    break
                steps -= 1
            start = previous
        return start

    def _forward(self, end: int, steps: int) -> int:
        """The end (after its newline) of the line `steps` non-blank lines below the line
        ending at `end`, blank lines in between not counted, and blank lines below included."""
        while end < self._size:
            newline = self._find(end, self._size)
            following = self._size if newline == -1 else newline + 1
            if not self._blank(end, following - 1 if newline != -1 else following):
                if not steps:
                    break
                steps -= 1
            end = following
        return end

    def _windows(self, pattern: IndexedPattern, reach: int) -> list[tuple[int, int]] | None:
        """[start, end) spans of whole lines (newlines included): the line holding each
        occurrence of one of the pattern's literals, with `reach` non-blank lines either side
        (and the blank lines among them), overlapping spans merged. None when the whole text
        is to be searched."""
        if not self._positions_known:
            return None
        # The lines the pattern databases saw it match on, if they placed it; else the lines
        # holding one of its literals.
        keys: Iterable[str] = (pattern_lines_key(pattern.pid),)
        if pattern_lines_key(pattern.pid) not in self._literal_positions:
            assert pattern.prefilter_literals is not None
            keys = pattern.prefilter_literals
        # Beyond this many literal lines one search of the whole text costs less than
        # searching each line: a line costs a few microseconds of Python, the whole text
        # tens of nanoseconds a character.
        limit = max(256, self._size // 200)
        positions: list[int] = []
        for literal in keys:
            positions.extend(self._literal_positions.get(literal, ()))
            if len(positions) > limit:
                return None
        positions.sort()
        windows: list[tuple[int, int]] = []
        line_end = -1
        for at in positions:
            if at < line_end:
                continue  # another literal on the line just done
            start = self._rfind(0, at) + 1
            newline = self._find(at, self._size)
            end = line_end = self._size if newline == -1 else newline + 1
            if reach:
                start = self._back(start, reach)
                end = self._forward(end, reach)
            if windows and start < windows[-1][1]:
                windows[-1] = (windows[-1][0], max(end, windows[-1][1]))
            else:
                windows.append((start, end))
        return windows


class Confirmer(LineWindows):
    """Runs candidate patterns with Python's ``re`` over a normalised text, as little of it as
    possible.

    A pattern with required literals and a bounded line reach is run only on the lines
    containing one of its literals, with `reach` non-blank lines either side, searched in place
    so its assertions see what they would see in the whole text: the matches are exactly those
    of a search of the whole normalised text. Other patterns, and patterns whose literals
    occur on too many lines, search everything.
    """

    def __init__(self, norm: Normalized) -> None:
        super().__init__(norm.text)
        self.norm = norm

    def _blank(self, start: int, end: int) -> bool:
        line = self.norm.text[start:end]
        return not line or line.isspace()

    def literals(self, index: PatternIndex) -> list[int]:
        """The candidate patterns, and the lines holding their literals, from one pass over
        the text (hyperscan's literal databases, or the Aho-Corasick automaton)."""
        text = self.norm.text
        source = Utf8Text(text.encode("utf-8", "surrogatepass"), text=text, errors="surrogatepass")
        candidates, by_bytes = literal_pass(index, source, normalized=True)
        self._place(None if by_bytes is None else char_offsets(source, by_bytes))
        return sorted(candidates)

    def confirm(self, pattern: IndexedPattern, found: list[Found], *, windowed: bool) -> None:
        norm = self.norm
        windows = self._windows_of(pattern, windowed=windowed)
        if windows is None:
            spans: Iterable[tuple[int, int]] = [(0, len(norm.text))]
        else:
            spans = windows
        # A window lacking one of the pattern's other required literals holds no match:
        # checking costs less than compiling the pattern (a third of a millisecond).
        needed = pattern.window_literals if windows is not None else ()
        body = norm.text
        for window_start, window_end in spans:
            if needed and not holds(needed, body[window_start:window_end]):
                continue
            # pos/endpos, not a slice: look-behinds and \A see the text before the window.
            for hit in pattern.compiled.finditer(body, window_start, window_end):
                start, end = hit.span()
                if end == start:
                    continue  # an empty match recognises nothing
                found.append((start, end, norm.to_raw(start), norm.to_raw_end(end), pattern, hit))


def literal_pass(
    index: PatternIndex, source: Utf8Text, *, normalized: bool, spanning: bool | None = None
) -> tuple[set[int], dict[str, list[int]] | None]:
    """The candidate patterns of `source`, and the byte offsets of the lines holding each
    literal found (None when they cannot be placed)."""
    found = index.literal_lines(source.data, normalized=normalized, spanning=spanning)
    if found is None:
        return folded_literal_lines(index, source)
    candidates, positions = found
    return candidates, positions


def folded_literal_lines(
    index: PatternIndex, source: Utf8Text
) -> tuple[set[int], dict[str, list[int]] | None]:
    """The literal pass over the folded text, for a text the raw pass cannot fold: the lines
    as byte offsets in `source`, or None when folding changed the text's length (no line can
    be placed: every candidate searches the whole text)."""
    folded = fold_utf8(source.data)
    folded_data = folded.encode("utf-8", "surrogatepass")
    candidates, by_folded = index.folded_literal_lines(folded_data)
    if len(folded) != source.length:
        return candidates, None
    # Each character folded to one: a character offset in the folded text is one in the text.
    in_folded = Utf8Text(folded_data, text=folded, errors="surrogatepass")
    starts = sorted({o for found in by_folded.values() for o in found})
    folded_char_at = in_folded.char_walker()
    at = {o: source.byte_at(folded_char_at(o)) for o in starts}
    return candidates, {literal: [at[o] for o in found] for literal, found in by_folded.items()}


def char_offsets(source: Utf8Text, by_bytes: dict[str, list[int]]) -> dict[str, list[int]]:
    """Byte offsets (character boundaries) in `source` as character offsets."""
    if source.ascii:
        return by_bytes
    char_at = source.char_walker()
    chars = {o: char_at(o) for o in sorted({o for starts in by_bytes.values() for o in starts})}
    return {literal: [chars[o] for o in starts] for literal, starts in by_bytes.items()}
