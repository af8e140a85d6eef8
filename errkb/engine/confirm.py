"""Confirming candidates with Python's re: on the windows of lines that hold a pattern's literals
where its reach allows, on the whole text otherwise, for small and big texts alike."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from errkb.engine.databases import PATTERN_LINES, pattern_lines_key
from errkb.engine.fold import fold, fold_utf8
from errkb.engine.guard import PatternTimedOut
from errkb.engine.index import PatternIndex
from errkb.engine.match import ScanCancelled
from errkb.engine.normalize import Normalized, line_prefix_length, normalize
from errkb.engine.patterns import IndexedPattern
from errkb.engine.utf8 import MAX_WINDOW_REACH, Utf8Text, escaped_lines, newline_searches

__all__ = [
    "UNBOUNDED_REACH_IN_BIG_TEXTS",
    "Confirmer",
    "Found",
    "LazyConfirmer",
    "bytes_of",
    "char_offsets",
    "folded_literal_lines",
    "holds",
    "literal_pass",
]


#: Literal lines from which a candidate of a big text is placed by its matches instead: the
#: windows cost some 15 microseconds each, a database of the pattern ten milliseconds to
#: compile and a few to scan.
HOT_LINES = 4096
#: Lines around its literals' lines a pattern that can span any number of lines is confined
#: to in a text of LAZY_NORMALIZE_MIN or more (a match running further is not found there).
UNBOUNDED_REACH_IN_BIG_TEXTS = 8


def holds(needed: tuple[tuple[str, ...], ...], window: str) -> bool:
    """Whether `window` holds one literal of each set in `needed` (folded, as they are)."""
    folded = fold(window)
    return all(any(literal in folded for literal in option) for option in needed)


#: Found occurrences: key start and end (for context hints), raw start and end, the pattern,
#: and its match.
Found = tuple[int, int, int, int, "IndexedPattern", re.Match[str]]


class _Lines:
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
        if self._positions_known and pattern_lines_key(pattern.pid) in self._literal_positions:
            return self._windows(pattern, reach)
        if pattern.prefilter_literals is None or reach > MAX_WINDOW_REACH:
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
        placed = self._literal_positions.get(pattern_lines_key(pattern.pid))
        keys = [pattern_lines_key(pattern.pid)] if placed is not None else None
        if keys is None:
            assert pattern.prefilter_literals is not None
            keys = list(pattern.prefilter_literals)
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


class Confirmer(_Lines):
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


@dataclass(frozen=True)
class _Escaped:
    """The lines of a text that hold escape sequences, stripped of them, and where they are."""

    text: Utf8Text
    offsets: list[int]  # where each line starts in `text`
    starts: list[int]  # where each line starts in the whole text

    def lines_in_source(self, starts: Iterable[int]) -> list[int]:
        """The whole text's line starts of offsets in `text`."""
        return [self.starts[bisect_right(self.offsets, s) - 1] for s in starts]


class LazyConfirmer(_Lines):
    """`Confirmer` for a big raw text, which is neither normalised nor decoded as a whole:
    it works on the text's UTF-8, positions are byte offsets, and only the lines around the
    candidates' literals are decoded and normalised (normalising is line by line: see
    `escapes_span_lines`)."""

    def __init__(self, source: Utf8Text) -> None:
        super().__init__(source.data)
        self.source = source
        self._norm: Normalized | None = None

    def whole_text(self) -> Normalized:
        """The whole text normalised, for the patterns that cannot be windowed (made once)."""
        if self._norm is None:
            self._norm = normalize(self.source.text)
        return self._norm

    def _blank(self, start: int, end: int) -> bool:
        """Whether the line [start, end) is blank once normalised."""
        raw = self.source.data[start:end]
        if not raw:
            return True
        line = self.source.decode(start, end)
        if b"\x1b" in raw or b"\r" in raw:
            # With the newline: a carriage return before it ends the line, not rewrites it.
            line = normalize(line + "\n").text
        else:
            line = line[line_prefix_length(line) :]
        return not line or line.isspace()

    def literals(self, index: PatternIndex) -> list[int]:
        """The candidate patterns, and the lines holding their literals, from one pass over
        the raw bytes; and over the lines with escape sequences again, stripped of them, since
        one may split a literal. Whatever else normalising deletes leaves the rest of a line in
        one piece, so every literal of the normalised text is found (placed at its line's
        start: only lines matter)."""
        source = self.source
        candidates, positions = literal_pass(index, source, normalized=False)
        escaped: _Escaped | None = None
        if positions is not None and b"\x1b" in source.data:
            stripped, offsets, line_starts = escaped_lines(source.data)
            escaped = _Escaped(Utf8Text(stripped, errors="surrogatepass"), offsets, line_starts)
            more, more_at = literal_pass(index, escaped.text, normalized=False, spanning=False)
            candidates |= more
            if more_at is None or (PATTERN_LINES in more_at) != (PATTERN_LINES in positions):
                # One pass placed the database patterns by their matches, the other by their
                # literals, which the first did not gather: neither placing is complete.
                positions = None
            else:
                for literal, starts in more_at.items():
                    at = positions.setdefault(literal, [])
                    at.extend(escaped.lines_in_source(starts))
                    at.sort()
        if positions is not None:
            self._place_hot(index, candidates, positions, escaped)
        self._place(positions)
        return sorted(candidates)

    def _place_hot(
        self,
        index: PatternIndex,
        candidates: set[int],
        positions: dict[str, list[int]],
        escaped: _Escaped | None,
    ) -> None:
        """Place the candidates whose literals are on HOT_LINES lines or more by their
        matches instead (one database scan for them all), in the escape-stripped lines too."""
        hot = []
        for pid in candidates:
            literals = index.patterns[pid].prefilter_literals or ()
            if (
                pattern_lines_key(pid) not in positions
                and sum(len(positions.get(literal, ())) for literal in literals) >= HOT_LINES
            ):
                hot.append(pid)
        if not hot:
            return
        placed = index.place(self.source.data, hot, spanning=escaped is None)
        if escaped is not None and placed:
            more = index.place(escaped.text.data, placed, spanning=False)
            if more.keys() != placed.keys():
                return  # not placed in both: the literals place them
            for pid, starts in more.items():
                placed[pid] = sorted({*placed[pid], *escaped.lines_in_source(starts)})
        for pid, starts in placed.items():
            positions[pattern_lines_key(pid)] = starts

    def _reach(self, pattern: IndexedPattern) -> int | None:
        # Demoted: a pattern that can run over any number of lines (ERRKB013) would have the
        # whole text normalised for it, as big again as the text; in a big text it is held to
        # the lines around its literals instead.
        reach = pattern.newline_reach
        if reach is None and pattern.prefilter_literals is not None:
            return UNBOUNDED_REACH_IN_BIG_TEXTS
        return reach

    def confirm(self, pattern: IndexedPattern, found: list[Found], *, windowed: bool) -> None:
        source = self.source
        reach = self._reach(pattern)
        windows = self._windows_of(pattern, windowed=windowed)
        if windows is None:
            norm = self.whole_text()
            start_at, end_at = source.byte_walker(), source.byte_walker()
            for hit in pattern.compiled.finditer(norm.text):
                start, end = hit.span()
                if end == start:
                    continue
                raw_start = start_at(norm.to_raw(start))
                raw_end = end_at(norm.to_raw_end(end))
                found.append((raw_start, raw_end, raw_start, raw_end, pattern, hit))
            return
        needed = pattern.window_literals
        data = source.data
        assert reach is not None
        for window_start, window_end in windows:
            raw = data[window_start:window_end]
            text = self.source.decode(window_start, window_end)
            to_bytes = bytes_of(text, window_start, len(raw), source.errors)
            if reach == 0 and b"\x1b" not in raw and b"\r" not in raw:
                # One line: strip its prefix; the newline before it is kept so look-behinds
                # and \A see what they would see in the whole normalised text.
                deleted = line_prefix_length(text)
                if needed and not holds(needed, text[deleted:]):
                    continue
                pad = 1 if window_start else 0
                window = ("\n" if pad else "") + (text[deleted:] if deleted else text)
                shift = deleted - pad
                for hit in pattern.compiled.finditer(window, pad):
                    start, end = hit.span()
                    if end == start:
                        continue
                    raw_start, raw_end = to_bytes(start + shift), to_bytes(end + shift)
                    found.append((raw_start, raw_end, raw_start, raw_end, pattern, hit))
                continue
            # Several lines, or escapes and carriage returns: normalise them, and `reach` + 1
            # lines before them that look-behinds may inspect (normalising from a line start is
            # exactly what normalising the whole text does to those lines).
            if needed and b"\x1b" not in raw and not holds(needed, text):
                continue  # normalising only deletes, and no escape sequence splits a literal
            tail = normalize(text)
            if needed and not holds(needed, tail.text):
                continue
            margin = self._back(window_start, reach + 1)
            head = normalize(self.source.decode(margin, window_start)).text
            for hit in pattern.compiled.finditer(head + tail.text, len(head)):
                start, end = hit.span()
                if end == start:
                    continue
                raw_start = to_bytes(tail.to_raw(start - len(head)))
                raw_end = to_bytes(tail.to_raw_end(end - len(head)))
                found.append((raw_start, raw_end, raw_start, raw_end, pattern, hit))


def bytes_of(text: str, start: int, size: int, errors: str) -> Callable[[int], int]:
    """Byte offsets, in the whole UTF-8, of character offsets in `text`, the decoding of the
    `size` bytes at `start`."""
    if len(text) == size:
        return lambda offset: start + offset
    return lambda offset: start + len(text[:offset].encode("utf-8", errors))


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
