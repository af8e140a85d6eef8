"""Matches, and the engine that finds them: prefilter, confirm with ``re``, rank, go fuzzy."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import partial
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
    """Line and column of ascending offsets in O(len(text)) overall (in a text, or in bytes
    of its UTF-8, where the column is in bytes).

    Tracks the last line start seen, so a column on a 10 MB single line is not found by
    searching back to the line's start for every match.
    """

    def __init__(self, text: str | bytes):
        self._count, self._rfind, _find = _newline_searches(text)
        self.pos = 0
        self.line = 0
        self.line_start = 0

    def locate(self, offset: int) -> tuple[int, int]:
        if offset < self.pos:
            self.pos, self.line, self.line_start = 0, 0, 0
        newlines = self._count(self.pos, offset)
        if newlines:
            self.line += newlines
            self.line_start = self._rfind(self.pos, offset) + 1
        self.pos = offset
        return self.line, offset - self.line_start


def _newline_searches(
    base: str | bytes,
) -> tuple[Callable[[int, int], int], Callable[[int, int], int], Callable[[int, int], int]]:
    """`count`, `rfind` and `find` of the newline in `base` between two offsets."""
    if isinstance(base, str):
        return partial(base.count, "\n"), partial(base.rfind, "\n"), partial(base.find, "\n")
    return partial(base.count, b"\n"), partial(base.rfind, b"\n"), partial(base.find, b"\n")


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
    Given a `source`, the text is big and raw: positions are byte offsets in its UTF-8, and
    each block is decoded and normalised before searching (positions stay raw).
    """

    def __init__(self, text: str, *, source: _Utf8 | None = None):
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
#: Patterns that can span more lines than this are searched in the whole text.
MAX_WINDOW_REACH = 40
#: Bytes between the checkpoints of `_Utf8`.
_UTF8_BLOCK = 1 << 14


class _Utf8:
    """A text as UTF-8 bytes, with the character offset of every block's start: offsets
    convert either way decoding at most one block.

    Made in one pass that decodes only the blocks holding non-ASCII bytes (most of a log is
    ASCII), which checks the bytes are UTF-8 (`errors="strict"`, for input bytes) in a tenth of
    the time decoding them would take. `errors="surrogatepass"` reads back the encoding of a
    string, lone surrogates included.
    """

    def __init__(
        self,
        data: bytes,
        *,
        text: str | None = None,
        errors: str = "strict",
        block_bytes: int = _UTF8_BLOCK,
    ) -> None:
        self.data = data
        self.errors = errors
        self._text = text
        self.ascii = data.isascii()
        self._byte_starts = [0]
        self._char_starts = [0]
        self._ascii_blocks: list[bool] = []
        if self.ascii:
            self.length = len(data)
            return
        start = chars = 0
        while start < len(data):
            stop = min(len(data), start + block_bytes)
            while stop < len(data) and 0x80 <= data[stop] < 0xC0:
                stop += 1  # a character boundary: not inside a multi-byte sequence
            block = data[start:stop]
            is_ascii = block.isascii()
            chars += len(block) if is_ascii else len(block.decode("utf-8", errors))
            self._ascii_blocks.append(is_ascii)
            self._byte_starts.append(stop)
            self._char_starts.append(chars)
            start = stop
        self.length = chars

    @property
    def text(self) -> str:
        """The whole text, decoded when first asked for (rarely, for a big text)."""
        if self._text is None:
            self._text = self.data.decode("utf-8", self.errors)
        return self._text

    def decode(self, start: int, end: int) -> str:
        return self.data[start:end].decode("utf-8", self.errors)

    def char_at(self, offset: int) -> int:
        """The character offset of the byte offset `offset` (a character boundary)."""
        return self.char_walker()(offset)

    def char_walker(self) -> Callable[[int], int]:
        """`char_at` for offsets that mostly ascend: each decodes only the bytes since the
        previous one, or since its block's start (a million literal lines in one block would
        otherwise decode it a million times)."""
        if self.ascii:
            return lambda offset: offset
        byte = char = 0

        def char_at(offset: int) -> int:
            nonlocal byte, char
            block = bisect_right(self._byte_starts, offset) - 1
            if block >= len(self._ascii_blocks):
                return self.length
            start = self._byte_starts[block]
            if offset < byte or start > byte:
                byte, char = start, self._char_starts[block]
            if self._ascii_blocks[block]:
                char += offset - byte
            else:
                char += len(self.decode(byte, offset))
            byte = offset
            return char

        return char_at

    def byte_walker(self) -> Callable[[int], int]:
        """`byte_at` for offsets that mostly ascend, from the whole decoded text: each encodes
        only the characters since the previous one."""
        if self.ascii:
            return lambda offset: offset
        text, errors = self.text, self.errors
        char = byte = 0

        def byte_at(offset: int) -> int:
            nonlocal char, byte
            if offset < char:
                char = byte = 0
            byte += len(text[char:offset].encode("utf-8", errors))
            char = offset
            return byte

        return byte_at

    def byte_at(self, offset: int) -> int:
        """The byte offset of the character offset `offset`."""
        if self.ascii:
            return offset
        block = bisect_right(self._char_starts, offset) - 1
        if block >= len(self._ascii_blocks):
            return len(self.data)
        start = self._byte_starts[block]
        chars = offset - self._char_starts[block]
        if self._ascii_blocks[block]:
            return start + chars
        piece = self.decode(start, self._byte_starts[block + 1])[:chars]
        return start + len(piece.encode("utf-8", self.errors))


def _windowable(pattern: IndexedPattern) -> bool:
    reach = pattern.newline_reach
    return (
        pattern.prefilter_literals is not None and reach is not None and reach <= MAX_WINDOW_REACH
    )


def _holds(needed: tuple[tuple[str, ...], ...], window: str) -> bool:
    """Whether `window` holds one literal of each set in `needed` (folded, as they are)."""
    folded = fold(window)
    return all(any(literal in folded for literal in option) for option in needed)


#: Found occurrences: key start and end (for context hints), raw start and end, the pattern,
#: and its match.
_Found = tuple[int, int, int, int, "IndexedPattern", re.Match[str]]


class _Lines:
    """Windows of whole lines around the lines holding a pattern's literals, in a text or its
    UTF-8 (`base`); what is blank is for the subclass to say."""

    def __init__(self, base: str | bytes) -> None:
        _count, self._rfind, self._find = _newline_searches(base)
        self._size = len(base)
        self._literal_positions: dict[str, list[int]] = {}
        self._positions_known = False

    def _blank(self, start: int, end: int) -> bool:
        raise NotImplementedError

    def confirm(self, pattern: IndexedPattern, found: list[_Found], *, windowed: bool) -> None:
        raise NotImplementedError

    def confirm_all(
        self,
        index: PatternIndex,
        candidates: Iterable[int],
        *,
        windowed: bool,
        cancel: Callable[[], bool] | None,
    ) -> list[_Found]:
        """What the candidate patterns match, by raw start (longest first), polling `cancel`
        between patterns."""
        found: list[_Found] = []
        for pid in candidates:
            if cancel is not None and cancel():
                raise ScanCancelled
            self.confirm(index.patterns[pid], found, windowed=windowed)
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
        reach = pattern.newline_reach
        if not windowed or reach is None or not _windowable(pattern):
            return None
        return self._windows(pattern, reach)

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
        assert pattern.prefilter_literals is not None
        if not self._positions_known:
            return None
        # Beyond this many literal lines one search of the whole text costs less than
        # searching each line: a line costs a few microseconds of Python, the whole text
        # tens of nanoseconds a character.
        limit = max(256, self._size // 200)
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


class _Confirmer(_Lines):
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
        source = _Utf8(text.encode("utf-8", "surrogatepass"), text=text, errors="surrogatepass")
        candidates, by_bytes = _literal_pass(index, source, normalized=True)
        self._place(None if by_bytes is None else _char_offsets(source, by_bytes))
        return sorted(candidates)

    def confirm(self, pattern: IndexedPattern, found: list[_Found], *, windowed: bool) -> None:
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
            if needed and not _holds(needed, body[window_start:window_end]):
                continue
            # pos/endpos, not a slice: look-behinds and \A see the text before the window.
            for hit in pattern.compiled.finditer(body, window_start, window_end):
                start, end = hit.span()
                if end == start:
                    continue  # an empty match recognises nothing
                found.append((start, end, norm.to_raw(start), norm.to_raw_end(end), pattern, hit))


class _LazyConfirmer(_Lines):
    """`_Confirmer` for a big raw text, which is neither normalised nor decoded as a whole:
    it works on the text's UTF-8, positions are byte offsets, and only the lines around the
    candidates' literals are decoded and normalised (normalising is line by line: see
    `escapes_span_lines`)."""

    def __init__(self, source: _Utf8) -> None:
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
        candidates, positions = _literal_pass(index, source, normalized=False)
        if positions is not None and b"\x1b" in source.data:
            stripped, offsets, line_starts = _escaped_lines(source.data)
            escaped = _Utf8(stripped, errors="surrogatepass")
            more, more_at = _literal_pass(index, escaped, normalized=False)
            candidates |= more
            if more_at is None:
                positions = None
            else:
                for literal, starts in more_at.items():
                    at = positions.setdefault(literal, [])
                    at.extend(line_starts[bisect_right(offsets, s) - 1] for s in starts)
                    at.sort()
        self._place(positions)
        return sorted(candidates)

    def confirm(self, pattern: IndexedPattern, found: list[_Found], *, windowed: bool) -> None:
        source = self.source
        reach = pattern.newline_reach
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
            to_bytes = _bytes_of(text, window_start, len(raw), source.errors)
            if reach == 0 and b"\x1b" not in raw and b"\r" not in raw:
                # One line: strip its prefix; the newline before it is kept so look-behinds
                # and \A see what they would see in the whole normalised text.
                deleted = line_prefix_length(text)
                if needed and not _holds(needed, text[deleted:]):
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
            tail = normalize(text)
            if needed and not _holds(needed, tail.text):
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


def _bytes_of(text: str, start: int, size: int, errors: str) -> Callable[[int], int]:
    """Byte offsets, in the whole UTF-8, of character offsets in `text`, the decoding of the
    `size` bytes at `start`."""
    if len(text) == size:
        return lambda offset: start + offset
    return lambda offset: start + len(text[:offset].encode("utf-8", errors))


def _literal_pass(
    index: PatternIndex, source: _Utf8, *, normalized: bool
) -> tuple[set[int], dict[str, list[int]] | None]:
    """The candidate patterns of `source`, and the byte offsets of the lines holding each
    literal found (None when they cannot be placed)."""
    found = index.literal_lines(source.data, normalized=normalized)
    if found is None:
        return _folded_literal_lines(index, source)
    candidates, positions = found
    return candidates, positions


def _folded_literal_lines(
    index: PatternIndex, source: _Utf8
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
    in_folded = _Utf8(folded_data, text=folded, errors="surrogatepass")
    starts = sorted({o for found in by_folded.values() for o in found})
    folded_char_at = in_folded.char_walker()
    at = {o: source.byte_at(folded_char_at(o)) for o in starts}
    return candidates, {literal: [at[o] for o in found] for literal, found in by_folded.items()}


def _char_offsets(source: _Utf8, by_bytes: dict[str, list[int]]) -> dict[str, list[int]]:
    """Byte offsets (character boundaries) in `source` as character offsets."""
    if source.ascii:
        return by_bytes
    char_at = source.char_walker()
    chars = {o: char_at(o) for o in sorted({o for starts in by_bytes.values() for o in starts})}
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


def _escaped_lines(data: bytes) -> tuple[bytes, list[int], list[int]]:
    """The lines of the UTF-8 `data` holding escape sequences, escapes stripped, one per line
    (in UTF-8); where each starts there; and where each starts in `data`."""
    pieces: list[bytes] = []
    offsets: list[int] = []
    starts: list[int] = []
    size = 0
    at = data.find(b"\x1b")
    while at != -1:
        start = data.rfind(b"\n", 0, at) + 1
        newline = data.find(b"\n", at)
        end = len(data) if newline == -1 else newline
        line = strip_escapes(data[start:end].decode("utf-8", "surrogatepass")) + "\n"
        piece = line.encode("utf-8", "surrogatepass")
        pieces.append(piece)
        offsets.append(size)
        starts.append(start)
        size += len(piece)
        at = -1 if newline == -1 else data.find(b"\x1b", newline)
    return b"".join(pieces), offsets, starts


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
    if (
        normalized is None
        and fuzzy is None
        and windowed
        and len(text) >= lazy_normalize_min
        and not ((data is None or _has_osc(data)) and escapes_span_lines(text))
    ):
        data = text.encode("utf-8", "surrogatepass") if data is None else data
        source = _Utf8(data, text=text, errors="surrogatepass")
        return _big_text_matches(source, records, index, cancel)
    norm = normalized if normalized is not None else normalize(text)
    confirmer = _Confirmer(norm)
    candidates = confirmer.literals(index) if windowed else index.candidates(text)
    found = confirmer.confirm_all(index, candidates, windowed=windowed, cancel=cancel)
    # Position in the raw text: the same whether or not the whole text was normalised.
    length = max(1, len(text))
    counter = _LineCounter(text)
    hints = _HintFinder(norm.text)
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
            _fuzzy_matches(text, norm, records, fuzzy, covered, _LineCounter(text), cancel)
        )
        matches.sort(key=lambda m: (m.start, -m.end))
    return _dedupe(matches)


def find_matches_utf8(
    data: bytes,
    records: Mapping[str, Record],
    index: PatternIndex,
    *,
    cancel: Callable[[], bool] | None = None,
    lazy_normalize_min: int = LAZY_NORMALIZE_MIN,
) -> list[Match]:
    """`find_matches` of `data` decoded from UTF-8, regex matches only, with offsets in the
    decoded text. A big text is never decoded whole. Raises UnicodeDecodeError when `data` is
    not UTF-8."""
    if len(data) < lazy_normalize_min or not index.windowed:
        return find_matches(data.decode("utf-8"), records, index, cancel=cancel, data=data)
    source = _Utf8(data)  # checks the bytes are UTF-8
    if source.length < lazy_normalize_min or (_has_osc(data) and escapes_span_lines(source.text)):
        return find_matches(source.text, records, index, cancel=cancel, data=data)
    return _big_text_matches(source, records, index, cancel)


def _big_text_matches(
    source: _Utf8,
    records: Mapping[str, Record],
    index: PatternIndex,
    cancel: Callable[[], bool] | None,
) -> list[Match]:
    confirmer = _LazyConfirmer(source)
    found = confirmer.confirm_all(index, confirmer.literals(index), windowed=True, cancel=cancel)
    length = max(1, source.length)
    counter = _LineCounter(source.data)
    hints = _HintFinder("", source=source)
    matches: list[Match] = []
    # Starts ascend, and so (mostly) do the starts of their lines.
    char_at, line_char_at = source.char_walker(), source.char_walker()
    for start, end, _raw_start, _raw_end, pattern, hit in found:
        record = records[pattern.record_id]
        context = hints.strength(record, start, end)
        char_start = char_at(start)
        score = _regex_score(pattern, record, context, char_start / length)
        line, column_bytes = counter.locate(start)
        column = char_start - line_char_at(start - column_bytes)
        inner_newlines = source.data.count(b"\n", start, end)
        matched = source.decode(start, end)
        if inner_newlines:
            end_column = len(matched) - (matched.rfind("\n") + 1)
        else:
            end_column = column + len(matched)
        matches.append(
            Match(
                record,
                round(score, 4),
                "regex",
                char_start,
                char_start + len(matched),
                line,
                column,
                line + inner_newlines,
                end_column,
                matched,
                hit.groupdict(),
                hit.groups(),
                pattern.regex,
            )
        )
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
