"""Confirming candidates in a big raw text (1 MiB or more), which is neither normalised nor
decoded as a whole: positions are byte offsets, and only the lines being checked are decoded
and normalised."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from errkb.engine.confirm import Found, LineWindows, holds, literal_pass
from errkb.engine.databases import PATTERN_LINES, pattern_lines_key
from errkb.engine.index import PatternIndex
from errkb.engine.normalize import Normalized, line_prefix_length, normalize
from errkb.engine.patterns import IndexedPattern
from errkb.engine.utf8 import Utf8Text, escaped_lines

__all__ = ["HOT_LINES", "UNBOUNDED_REACH_IN_BIG_TEXTS", "LazyConfirmer", "bytes_of"]


#: Lines of windows from which a candidate of a big text is placed by its matches instead (a
#: literal's line with the pattern's reach either side): a one-line window costs some 15
#: microseconds, a database of the pattern ten milliseconds to compile and a few to scan.
HOT_LINES = 2048
#: Lines around its literals' lines a pattern that can span any number of lines is confined
#: to in a text of LAZY_NORMALIZE_MIN or more (a match running further is not found there).
UNBOUNDED_REACH_IN_BIG_TEXTS = 8


@dataclass(frozen=True)
class _Escaped:
    """The lines of a text that hold escape sequences, stripped of them, and where they are."""

    text: Utf8Text
    offsets: list[int]  # where each line starts in `text`
    starts: list[int]  # where each line starts in the whole text

    def lines_in_source(self, starts: Iterable[int]) -> list[int]:
        """The whole text's line starts of offsets in `text`."""
        return [self.starts[bisect_right(self.offsets, s) - 1] for s in starts]


class LazyConfirmer(LineWindows):
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
        """Place the candidates whose windows would hold HOT_LINES lines or more by their
        matches instead (one database scan for them all), in the escape-stripped lines too."""
        hot = []
        for pid in candidates:
            pattern = index.patterns[pid]
            if pattern_lines_key(pid) in positions or pattern.newline_reach is None:
                continue
            literal_lines = sum(
                len(positions.get(lit, ())) for lit in pattern.prefilter_literals or ()
            )
            if literal_lines * (2 * pattern.newline_reach + 1) >= HOT_LINES:
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
