"""Matches, and the engine that finds them: prefilter, confirm with ``re``, rank, go fuzzy."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import chain
from typing import TYPE_CHECKING, Literal

from ._normalize import (
    Normalized,
    escapes_span_lines,
    line_prefix_length,
    normalize,
    strip_escapes,
)
from ._record import Record
from ._regex import fold, fold_utf8

if TYPE_CHECKING:
    from ._env import Environment
    from ._fix import RenderedFix
    from ._index import IndexedPattern, PatternIndex

__all__ = [
    "FuzzyIndex",
    "Match",
    "MatchKind",
    "ScanCancelled",
    "find_fuzzy_matches",
    "find_matches",
    "rank",
]

MatchKind = Literal["regex", "fuzzy"]

#: Lines around a match searched for a record's context hints.
CONTEXT_LINES = 30
CONTEXT_CHARS = 4000
#: The most a fuzzy match can score; every regex match scores above it.
FUZZY_CEILING = 0.45
_REGEX_FLOOR = 0.5

_ERROR_LOOKING = re.compile(
    r"(?i)\b(?:error|exception|fatal|failed|failure|denied|refused|cannot|can't|could not|"
    r"unable to|not found|no such|invalid|traceback|panic|segmentation fault|timed out)\b"
)
_TOKEN = re.compile(r"[a-z][a-z0-9_]{2,}")


class ScanCancelled(Exception):
    """Raised inside a scan when its `cancel` callback returns true."""


@dataclass(frozen=True)
class Match:
    """One recognised error in a text: which record, how sure, and where.

    Offsets are Python string indices into the text that was given; ``line`` and ``column`` are
    0-based (column in code points: convert for UTF-16 clients).
    """

    record: Record
    score: float
    kind: MatchKind
    start: int
    end: int
    line: int
    column: int
    end_line: int
    end_column: int
    text: str
    groups: dict[str, str | None] = field(default_factory=dict)
    positional: tuple[str | None, ...] = ()
    pattern: str | None = None

    @property
    def id(self) -> str:
        """The record id."""
        return self.record.id

    def __repr__(self) -> str:
        return (
            f"<Match {self.record.id} {self.kind} score={self.score} "
            f"line={self.line} column={self.column} text={self.text[:60]!r}>"
        )

    def fixes(self, env: Environment | None = None) -> list[RenderedFix]:
        """The record's fixes rendered for `env` (detected when None), with captured values."""
        from ._env import Environment
        from ._fix import render_fixes

        return render_fixes(self.record, env or Environment.detect(), self.groups)

    def render(
        self, fmt: Literal["text", "markdown", "json"] = "text", *, env: Environment | None = None
    ) -> str:
        """This match as plain text, Markdown or JSON."""
        from ._render import render

        return render(self, fmt, env=env)

    def shifted(self, *, offset: int, lines: int, first_line_columns: int = 0) -> Match:
        """The same match in a larger text where the scanned text started at `offset`.

        `first_line_columns` is the column at which the scanned text began on its first line.
        """
        column = self.column + (first_line_columns if self.line == 0 else 0)
        end_column = self.end_column + (first_line_columns if self.end_line == 0 else 0)
        return Match(
            self.record, self.score, self.kind, self.start + offset, self.end + offset,
            self.line + lines, column, self.end_line + lines, end_column, self.text,
            self.groups, self.positional, self.pattern,
        )  # fmt: skip


# --- positions ---------------------------------------------------------------------------


class _LineCounter:
    """Line and column of ascending offsets in O(len(text)) overall.

    Tracks the last line start seen, so a column on a 10 MB single line is not found by
    searching back to the line's start for every match.
    """

    def __init__(self, text: str):
        self.text = text
        self.pos = 0
        self.line = 0
        self.line_start = 0

    def locate(self, offset: int) -> tuple[int, int]:
        if offset < self.pos:
            self.pos, self.line, self.line_start = 0, 0, 0
        newlines = self.text.count("\n", self.pos, offset)
        if newlines:
            self.line += newlines
            self.line_start = self.text.rfind("\n", self.pos, offset) + 1
        self.pos = offset
        return self.line, offset - self.line_start


# --- fuzzy -------------------------------------------------------------------------------


class FuzzyIndex:
    """Signatures and aliases, with an inverted index of their tokens to narrow candidates."""

    def __init__(
        self,
        records: Iterable[Record] = (),
        *,
        phrases: Iterable[tuple[str, Sequence[str]]] = (),
    ):
        """From records, or from (record id, [signature, *aliases]) pairs."""
        self.choices: list[str] = []
        self.owners: list[str] = []
        postings: dict[str, list[int]] = {}
        pairs = chain(((r.id, (r.signature, *r.aliases)) for r in records), phrases)
        for record_id, record_phrases in pairs:
            for phrase in record_phrases:
                if not phrase:
                    continue
                number = len(self.choices)
                self.choices.append(phrase)
                self.owners.append(record_id)
                for token in set(_TOKEN.findall(phrase.lower())):
                    postings.setdefault(token, []).append(number)
        self.postings = postings

    def best(
        self, line: str, *, cutoff: float = 86.0, budget: int = 300
    ) -> tuple[str, float] | None:
        """The record whose signature is most like `line`, with a 0-100 similarity."""
        # Imported here: only the fuzzy fallback needs it, and it costs start-up time.
        from rapidfuzz import fuzz, process, utils

        tokens = [t for t in set(_TOKEN.findall(line.lower())) if t in self.postings]
        if not tokens:
            return None
        # Rare tokens first: they narrow the candidates to the phrases worth scoring.
        tokens.sort(key=lambda t: len(self.postings[t]))
        candidates: dict[int, None] = {}
        for token in tokens[:6]:
            for number in self.postings[token]:
                candidates[number] = None
                if len(candidates) >= budget:
                    break
        numbers = list(candidates)
        found = process.extractOne(
            line,
            [self.choices[n] for n in numbers],
            scorer=fuzz.token_set_ratio,
            processor=utils.default_process,
            score_cutoff=cutoff,
        )
        if found is None:
            return None
        _choice, score, position = found
        # token_set_ratio rewards a short signature contained in a long line; require that the
        # line and the phrase also agree as wholes, so one shared word is not enough.
        whole = fuzz.WRatio(line, self.choices[numbers[position]], processor=utils.default_process)
        if whole < cutoff - 10:
            return None
        return self.owners[numbers[position]], float(score)


# --- the engine ----------------------------------------------------------------------------


#: Context hints are looked for in blocks of about this many characters around matches, so a
#: match in a 100 MB log does not search the whole log for its record's hints.
HINT_BLOCK = 1 << 12


class _HintFinder:
    """Where each record's context hints occur near matches, found once per block and record.

    A text no longer than `HINT_BLOCK` is one block: its hints are found in the whole text.
    With `normalize_blocks` the text is raw and each block is normalised before searching
    (positions stay raw).
    """

    def __init__(self, text: str, *, normalize_blocks: bool = False):
        self.text = text
        self.normalize_blocks = normalize_blocks
        self._positions: dict[tuple[str, int], list[int]] = {}
        self._strengths: dict[tuple[tuple[str, ...], int, int], float] = {}
        self._compiled: dict[str, re.Pattern[str]] = {}
        self._blocks: dict[int, tuple[int, str, Normalized | None]] = {}

    def _hint(self, hint: str) -> re.Pattern[str]:
        compiled = self._compiled.get(hint)
        if compiled is None:
            compiled = re.compile(hint, re.IGNORECASE | re.MULTILINE)
            self._compiled[hint] = compiled
        return compiled

    def _block(self, block: int) -> tuple[int, str, Normalized | None]:
        """Where a block starts, the text hints are searched in, and its normalisation."""
        cached = self._blocks.get(block)
        if cached is not None:
            return cached
        text = self.text
        if len(text) <= HINT_BLOCK:
            low, high = 0, len(text)
        else:
            # Whole lines, so a hint on a line straddling the block border is still seen.
            low = text.rfind("\n", 0, block * HINT_BLOCK) + 1
            newline = text.find("\n", min(len(text), (block + 1) * HINT_BLOCK))
            high = len(text) if newline == -1 else newline + 1
        piece = text if (low, high) == (0, len(text)) else text[low:high]
        if self.normalize_blocks:
            norm = normalize(piece)
            cached = (low, norm.text, norm)
        else:
            cached = (low, piece, None)
        self._blocks[block] = cached
        return cached

    def _hint_positions(self, hint: str, block: int) -> list[int]:
        # Kept by hint, not by record: records often share hints (variants of one error).
        found = self._positions.get((hint, block))
        if found is not None:
            return found
        low, searched, norm = self._block(block)
        starts = (m.start() for m in self._hint(hint).finditer(searched))
        if norm is not None:
            found = [low + norm.to_raw(start) for start in starts]
        else:
            found = [low + start for start in starts]
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
        if len(self.text) <= HINT_BLOCK:
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
        text = self.text
        low = max(0, start - CONTEXT_CHARS)
        high = min(len(text), end + CONTEXT_CHARS)
        before = start
        for _ in range(CONTEXT_LINES):
            before = text.rfind("\n", low, before)
            if before == -1:
                before = low
                break
        after = end
        for _ in range(CONTEXT_LINES):
            after = text.find("\n", after + 1, high)
            if after == -1:
                after = high
                break
        return before, after


def _regex_score(pattern: IndexedPattern, record: Record, context: float, position: float) -> float:
    score = (
        _REGEX_FLOOR
        + 0.25 * pattern.weight * (0.5 + 0.5 * pattern.specificity)
        + 0.12 * context
        + 0.05 * record.confidence
        + 0.03 * position
        - (0.05 if record.is_generic else 0.0)
    )
    return max(FUZZY_CEILING + 0.01, min(1.0, score))


#: Texts at least this long, when normalising them can only delete line prefixes, are not
#: normalised as a whole: candidates come from literals in the raw text, and only the lines
#: that hold a candidate's literals are normalised and searched.
LAZY_NORMALIZE_MIN = 1 << 20
#: What makes normalising a line more than cutting its prefix.
_NOISE = re.compile("[\x1b\r]")
#: Patterns that can span more lines than this are searched in the whole text.
MAX_WINDOW_REACH = 40


class _Confirmer:
    """Runs candidate patterns with Python's ``re`` over a text, as little of it as possible.

    A pattern with required literals and a bounded line reach is run only on the lines
    containing one of its literals, with `reach` non-blank lines either side, searched in place
    (or, lazily normalised, with the lines before them), so its assertions see what they would
    see in the whole text: the matches are exactly those of a search of the whole normalised
    text. Other patterns, and patterns whose literals occur on too many lines, search
    everything.

    Positions are kept twice: `key` positions (in the normalised text, or in the raw text when
    the text is not normalised as a whole) for context hints and the position score, and raw
    positions for the `Match`.
    """

    def __init__(
        self, text: str, normalized: Normalized | None, *, lazy: bool, data: bytes | None = None
    ) -> None:
        self.text = text
        self.lazy = lazy
        self._norm = normalized
        self._literal_positions: dict[str, list[int]] = {}
        self._positions_known = False
        self._data: bytes | None = data if lazy else None

    def norm(self) -> Normalized:
        if self._norm is None:
            self._norm = normalize(self.text)
        return self._norm

    @property
    def key_text(self) -> str:
        return self.text if self.lazy else self.norm().text

    @property
    def data(self) -> bytes:
        """The key text in UTF-8 (what hyperscan scans), encoded once."""
        if self._data is None:
            self._data = self.key_text.encode("utf-8", "surrogatepass")
        return self._data

    @staticmethod
    def _windowable(pattern: IndexedPattern) -> bool:
        reach = pattern.newline_reach
        return (
            pattern.prefilter_literals is not None
            and reach is not None
            and reach <= MAX_WINDOW_REACH
        )

    def literals(self, index: PatternIndex) -> list[int]:
        """The candidate patterns, and the lines holding their literals, from one pass over
        the key text (hyperscan's literal database, or the Aho-Corasick automaton).

        A big text is searched raw, and its lines with escape sequences also with them
        stripped, since one may split a literal; literals found there are placed at their
        line's start (only lines matter). Whatever else normalising deletes leaves the rest
        of a line in one piece, so every literal of the normalised text is found.
        """
        if not self.lazy:
            candidates, self._literal_positions = self._literal_lines(index, self.key_text, None)
            self._positions_known = True
            return sorted(candidates)
        text = self.text
        candidates, positions = self._literal_lines(index, text, self.data)
        if b"\x1b" in self.data:
            stripped, offsets, line_starts = _escaped_lines(self.data)
            more, found = self._literal_lines(index, stripped, None)
            candidates |= more
            # Only the lines a literal was found on are placed in characters (few, if any).
            to_char = _CharOffsets(text, self.data)
            lines = sorted(
                {line_starts[bisect_right(offsets, s) - 1] for f in found.values() for s in f}
            )
            chars = {line: to_char(line) for line in lines}
            for literal, starts in found.items():
                at = positions.setdefault(literal, [])
                at.extend(chars[line_starts[bisect_right(offsets, s) - 1]] for s in starts)
                at.sort()
        self._literal_positions = positions
        self._positions_known = True
        return sorted(candidates)

    def _literal_lines(
        self, index: PatternIndex, text: str, data: bytes | None
    ) -> tuple[set[int], dict[str, list[int]]]:
        if data is None:
            data = text.encode("utf-8", "surrogatepass")
        found = index.literal_lines(data, normalized=not self.lazy)
        if found is not None:
            candidates, by_bytes = found
            return candidates, _to_char_offsets(text, data, by_bytes)
        folded = fold_utf8(data)
        folded_data = folded.encode("utf-8", "surrogatepass")
        candidates, by_bytes = index.folded_literal_lines(folded_data)
        if len(folded) != len(text):
            # A fold that changed the length cannot place literals: every candidate searches
            # the whole text (`_windows` finds no positions).
            return candidates, {}
        # Each character folded to one: offsets in the folded text are offsets in `text`.
        return candidates, _to_char_offsets(folded, folded_data, by_bytes)

    def _blank(self, start: int, end: int) -> bool:
        """Whether the line [start, end) of the key text is blank once normalised."""
        line = self.key_text[start:end]
        if self.lazy and line:
            # With the newline: a carriage return before it ends the line, not rewrites it.
            line = (
                normalize(line + "\n").text
                if _NOISE.search(line)
                else line[line_prefix_length(line) :]
            )
        return not line or line.isspace()

    def _back(self, start: int, steps: int) -> int:
        """The start of the line `steps` non-blank lines above the line starting at `start`,
        blank lines in between not counted, and blank lines above it included."""
        base = self.key_text
        while start > 0:
            previous = base.rfind("\n", 0, start - 1) + 1
            if not self._blank(previous, start - 1):
                if not steps:
                    break
                steps -= 1
            start = previous
        return start

    def _forward(self, end: int, steps: int) -> int:
        """The end (after its newline) of the line `steps` non-blank lines below the line
        ending at `end`, blank lines in between not counted, and blank lines below included."""
        base = self.key_text
        while end < len(base):
            newline = base.find("\n", end)
            following = len(base) if newline == -1 else newline + 1
            if not self._blank(end, following - 1 if newline != -1 else following):
                if not steps:
                    break
                steps -= 1
            end = following
        return end

    def _windows(self, pattern: IndexedPattern, reach: int) -> list[tuple[int, int]] | None:
        """[start, end) spans of whole lines (newlines included): the line holding each
        occurrence of one of the pattern's literals, with `reach` non-blank lines either side
        (and the blank lines among them), overlapping spans merged."""
        assert pattern.prefilter_literals is not None
        base = self.key_text
        if not self._positions_known:
            return None
        # Beyond this many literal lines one search of the whole text costs less than
        # searching each line: a line costs a few microseconds of Python, the whole text
        # tens of nanoseconds a character.
        limit = max(256, len(base) // 200)
        positions: list[int] = []
        for literal in pattern.prefilter_literals:
            positions.extend(self._literal_positions.get(literal, ()))
            if len(positions) > limit:
                return None
        positions.sort()
        windows: list[tuple[int, int]] = []
        line_end = -1
        for at in positions:
            if at < line_end:
                continue  # another literal on the line just done
            start = base.rfind("\n", 0, at) + 1
            newline = base.find("\n", at)
            end = line_end = len(base) if newline == -1 else newline + 1
            if reach:
                start = self._back(start, reach)
                end = self._forward(end, reach)
            if windows and start < windows[-1][1]:
                windows[-1] = (windows[-1][0], max(end, windows[-1][1]))
            else:
                windows.append((start, end))
        return windows

    def confirm(
        self,
        pattern: IndexedPattern,
        found: list[tuple[int, int, int, int, IndexedPattern, re.Match[str]]],
        *,
        windowed: bool,
    ) -> None:
        reach = pattern.newline_reach
        windows = (
            self._windows(pattern, reach)
            if windowed and reach is not None and self._windowable(pattern)
            else None
        )
        if windows is None:
            norm = self.norm()
            for hit in pattern.compiled.finditer(norm.text):
                start, end = hit.span()
                if end == start:
                    continue  # an empty match recognises nothing
                raw_start, raw_end = norm.to_raw(start), norm.to_raw_end(end)
                if self.lazy:
                    found.append((raw_start, raw_end, raw_start, raw_end, pattern, hit))
                else:
                    found.append((start, end, raw_start, raw_end, pattern, hit))
            return
        # A window lacking one of the pattern's other required literals holds no match:
        # checking costs less than compiling the pattern (a third of a millisecond).
        needed = pattern.window_literals
        if not self.lazy:
            norm = self.norm()
            body = norm.text
            for window_start, window_end in windows:
                if needed and not _holds(needed, body[window_start:window_end]):
                    continue
                # pos/endpos, not a slice: look-behinds and \A see the text before the window.
                for hit in pattern.compiled.finditer(body, window_start, window_end):
                    start, end = hit.span()
                    if end == start:
                        continue
                    found.append(
                        (start, end, norm.to_raw(start), norm.to_raw_end(end), pattern, hit)
                    )
            return
        text = self.text
        assert reach is not None
        for window_start, window_end in windows:
            if reach == 0 and not _NOISE.search(text, window_start, window_end):
                # One line: strip its prefix; the newline before it is kept so look-behinds
                # and \A see what they would see in the whole normalised text.
                line = text[window_start:window_end]
                deleted = line_prefix_length(line)
                if needed and not _holds(needed, line[deleted:]):
                    continue
                pad = 1 if window_start else 0
                window = ("\n" if pad else "") + (line[deleted:] if deleted else line)
                shift = window_start + deleted - pad
                for hit in pattern.compiled.finditer(window, pad):
                    start, end = hit.span()
                    if end == start:
                        continue
                    found.append(
                        (start + shift, end + shift, start + shift, end + shift, pattern, hit)
                    )
                continue
            # Several lines, or escapes and carriage returns: normalise them, and `reach` + 1
            # lines before them that look-behinds may inspect (normalising from a line start is
            # exactly what normalising the whole text does to those lines).
            tail = normalize(text[window_start:window_end])
            if needed and not _holds(needed, tail.text):
                continue
            margin = self._back(window_start, reach + 1)
            head = normalize(text[margin:window_start]).text
            for hit in pattern.compiled.finditer(head + tail.text, len(head)):
                start, end = hit.span()
                if end == start:
                    continue
                raw_start = window_start + tail.to_raw(start - len(head))
                raw_end = window_start + tail.to_raw_end(end - len(head))
                found.append((raw_start, raw_end, raw_start, raw_end, pattern, hit))


def _holds(needed: tuple[tuple[str, ...], ...], window: str) -> bool:
    """Whether `window` holds one literal of each set in `needed` (folded, as they are)."""
    folded = fold(window)
    return all(any(literal in folded for literal in option) for option in needed)


#: The stretch `_char_count` checks for ASCII at a time (and decodes when it is not).
_COUNT_BLOCK = 1 << 14


def _char_count(data: bytes, start: int, end: int, *, block_bytes: int = _COUNT_BLOCK) -> int:
    """How many characters `data[start:end]` (UTF-8, cut at character boundaries) holds,
    decoding only the blocks with non-ASCII bytes: a 5 MB stretch with one emoji in it would
    otherwise decode into 20 MB. Block by block, so the stretch is copied once."""
    count = 0
    while start < end:
        stop = min(end, start + block_bytes)
        while stop < end and 0x80 <= data[stop] < 0xC0:
            stop += 1  # a character boundary: not inside a multi-byte sequence
        block = data[start:stop]
        count += len(block) if block.isascii() else len(block.decode("utf-8", "surrogatepass"))
        start = stop
    return count


class _CharOffsets:
    """Character offsets of ascending byte offsets (character boundaries) in `data`, the UTF-8
    of `text`. A stretch of ASCII between two offsets is not decoded: a log is mostly ASCII."""

    def __init__(self, text: str, data: bytes) -> None:
        self.identity = len(data) == len(text)
        self.data = data
        self.byte_at = self.char_at = 0

    def __call__(self, offset: int) -> int:
        if self.identity:
            return offset
        if offset < self.byte_at:
            self.byte_at = self.char_at = 0
        self.char_at += _char_count(self.data, self.byte_at, offset)
        self.byte_at = offset
        return self.char_at


def _to_char_offsets(
    text: str, data: bytes, by_bytes: dict[str, list[int]]
) -> dict[str, list[int]]:
    """Byte offsets (character boundaries) in `data`, the UTF-8 of `text`, as character
    offsets."""
    if len(data) == len(text):
        return by_bytes
    to_char = _CharOffsets(text, data)
    chars = {o: to_char(o) for o in sorted({o for starts in by_bytes.values() for o in starts})}
    return {literal: [chars[o] for o in starts] for literal, starts in by_bytes.items()}


def _has_osc(data: bytes) -> bool:
    """Whether `data` holds an OSC sequence (ESC ]). Each ESC is found with a one-byte search
    (memchr): searching for the two bytes at once is some fifty times slower."""
    at = data.find(b"\x1b")
    while at != -1:
        if data[at + 1 : at + 2] == b"]":
            return True
        at = data.find(b"\x1b", at + 1)
    return False


def _escaped_lines(data: bytes) -> tuple[str, list[int], list[int]]:
    """The lines of the UTF-8 `data` holding escape sequences, escapes stripped, one per line;
    where each starts there; and the byte offset where each starts in `data` (a byte search is
    several times faster than a search of the decoded string)."""
    pieces: list[str] = []
    offsets: list[int] = []
    starts: list[int] = []
    size = 0
    at = data.find(b"\x1b")
    while at != -1:
        start = data.rfind(b"\n", 0, at) + 1
        newline = data.find(b"\n", at)
        end = len(data) if newline == -1 else newline
        line = data[start:end].decode("utf-8", "surrogatepass")
        line = strip_escapes(line) + "\n"
        pieces.append(line)
        offsets.append(size)
        starts.append(start)
        size += len(line)
        at = -1 if newline == -1 else data.find(b"\x1b", newline)
    return "".join(pieces), offsets, starts


def find_matches(
    text: str,
    records: Mapping[str, Record],
    index: PatternIndex,
    *,
    fuzzy: FuzzyIndex | None = None,
    cancel: Callable[[], bool] | None = None,
    normalized: Normalized | None = None,
    lazy_normalize_min: int = LAZY_NORMALIZE_MIN,
    data: bytes | None = None,
) -> list[Match]:
    """Every occurrence of every record in `text`, in order of position.

    `data`, when given, is `text` in UTF-8 (what it was decoded from), saving an encoding.

    Regex matches come first; when `fuzzy` is given, error-looking lines no regex covered are
    compared with the signatures. Overlapping occurrences of the same record keep the best.
    """
    windowed = index.windowed
    # A big text is not normalised as a whole: normalising is line by line (see
    # `escapes_span_lines`), so only the lines that hold a candidate's literals are.
    lazy = (
        normalized is None
        and fuzzy is None
        and windowed
        and len(text) >= lazy_normalize_min
        and not ((data is None or _has_osc(data)) and escapes_span_lines(text))
    )
    confirmer = _Confirmer(text, normalized, lazy=lazy, data=data)
    candidates = confirmer.literals(index) if windowed else index.candidates(text)
    found: list[tuple[int, int, int, int, IndexedPattern, re.Match[str]]] = []
    for pid in candidates:
        if cancel is not None and cancel():
            raise ScanCancelled
        confirmer.confirm(index.patterns[pid], found, windowed=windowed)
    found.sort(key=lambda item: (item[2], -item[3], item[4].pid))
    key_text = confirmer.key_text
    # Position in the raw text: the same whether or not the whole text was normalised.
    length = max(1, len(text))
    counter = _LineCounter(text)
    hints = _HintFinder(key_text, normalize_blocks=lazy)
    matches: list[Match] = []
    covered: list[tuple[int, int]] = []
    for start, end, raw_start, raw_end, pattern, hit in found:
        record = records[pattern.record_id]
        context = hints.strength(record, start, end)
        score = _regex_score(pattern, record, context, raw_start / length)
        matches.append(
            _make(record, score, "regex", text, raw_start, raw_end, counter, hit, pattern.regex)
        )
        covered.append((start, end))
    if fuzzy is not None:
        matches.extend(
            _fuzzy_matches(
                text, confirmer.norm(), records, fuzzy, covered, _LineCounter(text), cancel
            )
        )
        matches.sort(key=lambda m: (m.start, -m.end))
    return _dedupe(matches)


def find_fuzzy_matches(
    text: str,
    records: Mapping[str, Record],
    fuzzy: FuzzyIndex,
    *,
    cancel: Callable[[], bool] | None = None,
) -> list[Match]:
    """Fuzzy matches only, for a text in which no pattern matched (the lookup fallback)."""
    found = _fuzzy_matches(text, normalize(text), records, fuzzy, [], _LineCounter(text), cancel)
    found.sort(key=lambda m: (m.start, -m.end))
    return _dedupe(found)


def _make(
    record: Record,
    score: float,
    kind: MatchKind,
    text: str,
    start: int,
    end: int,
    counter: _LineCounter,
    hit: re.Match[str] | None,
    regex: str | None,
) -> Match:
    line, column = counter.locate(start)
    inner_newlines = text.count("\n", start, end)
    end_line = line + inner_newlines
    end_column = (
        end - (text.rfind("\n", start, end) + 1) if inner_newlines else column + (end - start)
    )
    groups = hit.groupdict() if hit is not None else {}
    positional = hit.groups() if hit is not None else ()
    return Match(
        record, round(score, 4), kind, start, end, line, column, end_line, end_column,
        text[start:end], groups, positional, regex,
    )  # fmt: skip


def _fuzzy_matches(
    text: str,
    norm: Normalized,
    records: Mapping[str, Record],
    fuzzy: FuzzyIndex,
    covered: list[tuple[int, int]],
    counter: _LineCounter,
    cancel: Callable[[], bool] | None,
) -> list[Match]:
    body = norm.text
    spans = sorted(covered)
    results: list[Match] = []
    for hit in _ERROR_LOOKING.finditer(body):
        if cancel is not None and cancel():
            raise ScanCancelled
        line_start = body.rfind("\n", 0, hit.start()) + 1
        line_end = body.find("\n", hit.end())
        line_end = len(body) if line_end == -1 else line_end
        if results and norm.to_raw(line_start) < results[-1].end:
            continue  # one fuzzy match per line
        if any(s < line_end and e > line_start for s, e in spans):
            continue
        line = body[line_start:line_end].strip()
        if len(line) < 12 or len(line) > 500:
            continue
        best = fuzzy.best(line)
        if best is None:
            continue
        record_id, similarity = best
        record = records[record_id]
        score = FUZZY_CEILING * (similarity / 100.0) * (0.8 + 0.2 * record.confidence)
        leading = len(body[line_start:line_end]) - len(body[line_start:line_end].lstrip())
        start = norm.to_raw(line_start + leading)
        end = norm.to_raw_end(line_start + leading + len(line))
        results.append(_make(record, score, "fuzzy", text, start, end, counter, None, None))
    return results


def _dedupe(matches: list[Match]) -> list[Match]:
    """Keep one match per record per overlapping span (the best-scoring pattern)."""
    kept: list[Match] = []
    last_by_record: dict[str, int] = {}
    for match in matches:
        index = last_by_record.get(match.record.id)
        if index is not None and match.start < kept[index].end:
            if match.score > kept[index].score:
                kept[index] = match
            continue
        last_by_record[match.record.id] = len(kept)
        kept.append(match)
    return kept


def rank(matches: Iterable[Match], *, limit: int | None = None) -> list[Match]:
    """Best match per record, best first (score, then the later occurrence)."""
    best: dict[str, Match] = {}
    for match in matches:
        current = best.get(match.record.id)
        if current is None or (match.score, match.start) > (current.score, current.start):
            best[match.record.id] = match
    ordered = sorted(best.values(), key=lambda m: (-m.score, -m.start, m.record.id))
    return ordered if limit is None else ordered[:limit]
