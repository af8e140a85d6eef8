"""Matches, and the engine that finds them: prefilter, confirm with ``re``, rank, go fuzzy."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Literal

from rapidfuzz import fuzz, process, utils

from ._normalize import Normalized, normalize
from ._record import Record

if TYPE_CHECKING:
    from ._env import Environment
    from ._fix import RenderedFix
    from ._index import IndexedPattern, PatternIndex

__all__ = ["FuzzyIndex", "Match", "MatchKind", "ScanCancelled", "find_matches", "rank"]

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

    def __init__(self, records: Iterable[Record]):
        self.choices: list[str] = []
        self.owners: list[str] = []
        postings: dict[str, list[int]] = {}
        for record in records:
            for phrase in (record.signature, *record.aliases):
                if not phrase:
                    continue
                number = len(self.choices)
                self.choices.append(phrase)
                self.owners.append(record.id)
                for token in set(_TOKEN.findall(phrase.lower())):
                    postings.setdefault(token, []).append(number)
        self.postings = postings

    def best(
        self, line: str, *, cutoff: float = 86.0, budget: int = 300
    ) -> tuple[str, float] | None:
        """The record whose signature is most like `line`, with a 0-100 similarity."""
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


class _HintFinder:
    """Where each record's context hints occur in a text, found once per text and record."""

    def __init__(self, text: str):
        self.text = text
        self._positions: dict[str, list[list[int]]] = {}

    def _hint_positions(self, record: Record) -> list[list[int]]:
        found = self._positions.get(record.id)
        if found is None:
            found = [
                [m.start() for m in re.finditer(hint, self.text, re.IGNORECASE | re.MULTILINE)]
                for hint in record.context_hints
            ]
            self._positions[record.id] = found
        return found

    def strength(self, record: Record, start: int, end: int) -> float:
        """0..1: how many of the record's hints occur near [start, end) (two or more: 1)."""
        if not record.context_hints:
            return 0.0
        low, high = self._window(start, end)
        hits = 0
        for positions in self._hint_positions(record):
            index = bisect_left(positions, low)
            if index < len(positions) and positions[index] < high:
                hits += 1
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


def find_matches(
    text: str,
    records: Mapping[str, Record],
    index: PatternIndex,
    *,
    fuzzy: FuzzyIndex | None = None,
    cancel: Callable[[], bool] | None = None,
    normalized: Normalized | None = None,
) -> list[Match]:
    """Every occurrence of every record in `text`, in order of position.

    Regex matches come first; when `fuzzy` is given, error-looking lines no regex covered are
    compared with the signatures. Overlapping occurrences of the same record keep the best.
    """
    norm = normalized or normalize(text)
    body = norm.text
    found: list[tuple[int, int, IndexedPattern, re.Match[str]]] = []
    for pid in index.candidates(body):
        if cancel is not None and cancel():
            raise ScanCancelled
        pattern = index.patterns[pid]
        for hit in pattern.compiled.finditer(body):
            if hit.end() == hit.start():
                continue  # an empty match recognises nothing
            found.append((hit.start(), hit.end(), pattern, hit))
    found.sort(key=lambda item: (item[0], -item[1], item[2].pid))
    length = max(1, len(body))
    counter = _LineCounter(text)
    hints = _HintFinder(body)
    matches: list[Match] = []
    covered: list[tuple[int, int]] = []
    for start, end, pattern, hit in found:
        record = records[pattern.record_id]
        context = hints.strength(record, start, end)
        score = _regex_score(pattern, record, context, start / length)
        raw_start, raw_end = norm.to_raw(start), norm.to_raw_end(end)
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
