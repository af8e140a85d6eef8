"""Match: one recognised error in a text (which record, how sure, where, what it captured), the
unit every later stage works on."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Literal

from errkb.engine.utf8 import LineCounter
from errkb.environment.local import Environment
from errkb.records.fixes import RenderedFix, render_fixes
from errkb.records.model import Record

__all__ = [
    "CONTEXT_CHARS",
    "CONTEXT_LINES",
    "FUZZY_CEILING",
    "REGEX_FLOOR",
    "Match",
    "MatchKind",
    "ScanCancelled",
    "dedupe",
    "make_match",
]


MatchKind = Literal["regex", "fuzzy"]

#: Lines around a match searched for a record's context hints.
CONTEXT_LINES = 30
CONTEXT_CHARS = 4000
#: The most a fuzzy match can score; every regex match scores above it.
FUZZY_CEILING = 0.45
REGEX_FLOOR = 0.5


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

        return render_fixes(self.record, env or Environment.detect(), self.groups)

    def render(
        self, fmt: Literal["text", "markdown", "json"] = "text", *, env: Environment | None = None
    ) -> str:
        """This match as plain text, Markdown or JSON."""
        # The one upward import in the engine: a convenience of the public Match, kept lazy so
        # the engine never loads the render stage unless a caller asks for it.
        from errkb.render.match import render

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


def make_match(
    record: Record,
    score: float,
    kind: MatchKind,
    text: str,
    start: int,
    end: int,
    counter: LineCounter,
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


def dedupe(matches: list[Match]) -> list[Match]:
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
