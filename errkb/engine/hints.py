"""Context hints: how strongly the lines around a match point to a record, found block by block so
a big log is never searched whole for them; and the regex score they feed."""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import partial

from errkb.engine.match import CONTEXT_CHARS, CONTEXT_LINES, FUZZY_CEILING, REGEX_FLOOR
from errkb.engine.normalize import Normalized, normalize
from errkb.engine.patterns import IndexedPattern
from errkb.engine.utf8 import Utf8Text
from errkb.records.model import Record

__all__ = ["HINT_BLOCK", "HintFinder", "regex_score"]


#: Context hints are looked for in blocks of about this many characters around matches, so a
#: match in a 100 MB log does not search the whole log for its record's hints.
HINT_BLOCK = 1 << 12


class HintFinder:
    """Where each record's context hints occur near matches, found once per block and record.

    A text no longer than `HINT_BLOCK` is one block: its hints are found in the whole text.
    Given a `source`, the text is big and raw: positions are byte offsets in its UTF-8, and
    each block is decoded and normalised before searching (positions stay raw).
    """

    def __init__(self, text: str, *, source: Utf8Text | None = None):
        self.text = text
        self.source = source
        self.size = len(source.data) if source is not None else len(text)
        self._positions: dict[tuple[str, int], list[int]] = {}
        self._strengths: dict[tuple[tuple[str, ...], int, int], float] = {}
        self._compiled: dict[str, re.Pattern[str]] = {}
        self._blocks: dict[int, tuple[int, str, Normalized | None, str | None]] = {}

    def _hint(self, hint: str) -> re.Pattern[str]:
        compiled = self._compiled.get(hint)
        if compiled is None:
            compiled = re.compile(hint, re.IGNORECASE | re.MULTILINE)
            self._compiled[hint] = compiled
        return compiled

    def _block(self, block: int) -> tuple[int, str, Normalized | None, str | None]:
        """Where a block starts; the text hints are searched in; from a source, its
        normalisation, and its raw text when not ASCII (to turn characters into bytes)."""
        cached = self._blocks.get(block)
        if cached is not None:
            return cached
        if self.size <= HINT_BLOCK:
            low, high = 0, self.size
        elif self.source is None:
            # Whole lines, so a hint on a line straddling the block border is still seen.
            low = self.text.rfind("\n", 0, block * HINT_BLOCK) + 1
            newline = self.text.find("\n", min(self.size, (block + 1) * HINT_BLOCK))
            high = self.size if newline == -1 else newline + 1
        else:
            data = self.source.data
            low = data.rfind(b"\n", 0, block * HINT_BLOCK) + 1
            newline = data.find(b"\n", min(self.size, (block + 1) * HINT_BLOCK))
            high = self.size if newline == -1 else newline + 1
        if self.source is None:
            text = self.text
            cached = (low, text if (low, high) == (0, len(text)) else text[low:high], None, None)
        else:
            raw = self.source.decode(low, high)
            norm = normalize(raw)
            cached = (low, norm.text, norm, None if len(raw) == high - low else raw)
        self._blocks[block] = cached
        return cached

    def _hint_positions(self, hint: str, block: int) -> list[int]:
        # Kept by hint, not by record: records often share hints (variants of one error).
        found = self._positions.get((hint, block))
        if found is not None:
            return found
        low, searched, norm, raw = self._block(block)
        starts = [m.start() for m in self._hint(hint).finditer(searched)]
        if norm is None:
            found = [low + start for start in starts]
        elif raw is None:
            found = [low + norm.to_raw(start) for start in starts]
        else:
            errors = self.source.errors if self.source is not None else "strict"
            found = [
                low + len(raw[: norm.to_raw(start)].encode("utf-8", errors)) for start in starts
            ]
        self._positions[(hint, block)] = found
        return found

    def strength(self, record: Record, start: int, end: int) -> float:
        """0..1: how many of the record's hints occur near [start, end) (two or more: 1)."""
        if not record.context_hints:
            return 0.0
        # Variants of one error often match the same span and share their hints.
        key = (tuple(record.context_hints), start, end)
        known = self._strengths.get(key)
        if known is None:
            known = self._strengths[key] = self._strength(record.context_hints, start, end)
        return known

    def _strength(self, hints: list[str], start: int, end: int) -> float:
        low, high = self._window(start, end)
        blocks = range(low // HINT_BLOCK, max(low, high - 1) // HINT_BLOCK + 1)
        if self.size <= HINT_BLOCK:
            blocks = range(1)
        hits = 0
        for hint in hints:
            for block in blocks:
                positions = self._hint_positions(hint, block)
                index = bisect_left(positions, low)
                if index < len(positions) and positions[index] < high:
                    hits += 1
                    break
        return min(1.0, hits / 2.0)

    def _window(self, start: int, end: int) -> tuple[int, int]:
        # CONTEXT_LINES lines either side, and at most CONTEXT_CHARS characters, so a huge
        # single-line log does not make every match look at the whole line.
        source = self.source
        if source is None:
            low = max(0, start - CONTEXT_CHARS)
            high = min(self.size, end + CONTEXT_CHARS)
            rfind, find = partial(self.text.rfind, "\n"), partial(self.text.find, "\n")
        else:
            low = source.byte_at(max(0, source.char_at(start) - CONTEXT_CHARS))
            high = source.byte_at(min(source.length, source.char_at(end) + CONTEXT_CHARS))
            rfind, find = partial(source.data.rfind, b"\n"), partial(source.data.find, b"\n")
        before = start
        for _ in range(CONTEXT_LINES):
            before = rfind(low, before)
            if before == -1:
                before = low
                break
        after = end
        for _ in range(CONTEXT_LINES):
            after = find(after + 1, high)
            if after == -1:
                after = high
                break
        return before, after


def regex_score(pattern: IndexedPattern, record: Record, context: float, position: float) -> float:
    score = (
        REGEX_FLOOR
        + 0.25 * pattern.weight * (0.5 + 0.5 * pattern.specificity)
        + 0.12 * context
        + 0.05 * record.confidence
        + 0.03 * position
        - (0.05 if record.is_generic else 0.0)
    )
    return max(FUZZY_CEILING + 0.01, min(1.0, score))
