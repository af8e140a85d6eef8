"""Normalise captured output before matching, keeping a map back to the raw text.

Normalisation only deletes: ANSI escape sequences, carriage-return progress rewrites, and
line prefixes that tools put in front of every line (CI and ISO timestamps, syslog/journald
headers, docker compose ``svc-1  | ``, kubectl ``[pod/x/y]``, Markdown ``> `` quoting).
Because nothing is inserted, a position in the normalised text maps back to the raw text by
adding the number of characters deleted before it.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field

__all__ = ["Normalized", "escapes_span_lines", "line_prefix_length", "normalize", "strip_escapes"]

_ANSI = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]"  # CSI: colours, cursor movement
    r"|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)"  # OSC: titles, hyperlinks, shell-integration marks
    r"|\x1b[@-Z\\-_]"  # two-character escapes
)
# A lone carriage return rewrites the line from its start (progress bars); CRLF is a line end.
_LONE_CR = re.compile(r"\r(?!\n)")
_CR_BEFORE_LF = re.compile(r"\r+(?=\n)")

_PREFIX_ALTERNATIVES = (
    # GitHub Actions raw logs, Jenkins and most structured loggers: ISO 8601 timestamps.
    r"\[?\d{4}-\d\d-\d\d[T ]\d\d:\d\d:\d\d(?:[.,]\d+)?(?:Z|[+-]\d\d:?\d\d)?\]?[ \t]+",
    # syslog / journald: "Mar 10 12:00:00 host unit[123]: "
    r"[A-Z][a-z]{2} [ \d]\d \d\d:\d\d:\d\d [\w.-]+ [\w./@-]+(?:\[\d+\])?: ",
    # docker compose v2 ("api-1  | ") and v1 ("api_1  | ")
    r"[A-Za-z0-9][\w.-]*[-_]\d+[ \t]+\| ",
    # kubectl logs --prefix
    r"\[pod/[\w.-]+/[\w.-]+\] ",
    # GitHub Actions workflow commands
    r"##\[(?:error|warning|notice|debug|group|endgroup)\]",
    # bracketed clock times: "[10:23:45] ", "[10:23:45.123] "
    r"\[\d\d:\d\d:\d\d(?:[.,]\d+)?\][ \t]+",
    # Markdown / e-mail quoting
    r"> ?",
)
_PREFIX_BODY = "(?:" + "|".join(_PREFIX_ALTERNATIVES) + ")+"
_PREFIX_AT_START = re.compile(_PREFIX_BODY)
# Searching from each newline (a literal the engine scans for quickly) rather than trying `^` at
# every character keeps this pass fast on big logs.
_PREFIX_AFTER_NEWLINE = re.compile(r"\n(" + _PREFIX_BODY + ")")


@dataclass(frozen=True)
class _Shift:
    """Deletions made by one pass: at normalised position `starts[i]`, `totals[i]` chars gone."""

    starts: list[int]
    totals: list[int]

    def to_source(self, pos: int) -> int:
        index = bisect_right(self.starts, pos) - 1
        return pos + (self.totals[index] if index >= 0 else 0)


@dataclass(frozen=True)
class Normalized:
    """Normalised text and the way back to positions in the raw text."""

    text: str
    raw: str
    _passes: list[_Shift] = field(default_factory=list, repr=False)

    @property
    def changed(self) -> bool:
        """Whether normalisation deleted anything."""
        return bool(self._passes)

    def to_raw(self, pos: int) -> int:
        """Raw offset of the character at normalised offset `pos` (a start position)."""
        for shift in reversed(self._passes):
            pos = shift.to_source(pos)
        return pos

    def to_raw_end(self, pos: int) -> int:
        """Raw offset just after the character before normalised offset `pos` (an end)."""
        if pos <= 0:
            return self.to_raw(0) if pos == 0 and not self.text else 0
        return self.to_raw(pos - 1) + 1


def _apply(text: str, spans: list[tuple[int, int]]) -> tuple[str, _Shift | None]:
    if not spans:
        return text, None
    pieces: list[str] = []
    starts: list[int] = []
    totals: list[int] = []
    cursor = 0
    deleted = 0
    for start, end in spans:
        if end <= start or start < cursor:
            continue
        pieces.append(text[cursor:start])
        deleted += end - start
        starts.append(start - (deleted - (end - start)))
        totals.append(deleted)
        cursor = end
    pieces.append(text[cursor:])
    return "".join(pieces), _Shift(starts, totals)


def _ansi_and_cr_spans(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    if "\x1b" in text:
        spans.extend(m.span() for m in _ANSI.finditer(text))
    if "\r" in text:
        # From the line start to the carriage return. Searched as `[^\n]*\r(?!\n)`, the
        # regex would try every position of every line: quadratic in the line length.
        line_start = -1
        previous_end = 0
        for lone in _LONE_CR.finditer(text):
            at = lone.start()
            if line_start >= 0 and text.find("\n", previous_end, at) == -1:
                spans[-1] = (line_start, lone.end())  # a later carriage return on that line
            else:
                line_start = text.rfind("\n", previous_end, at) + 1
                spans.append((line_start, lone.end()))
            previous_end = lone.end()
        spans.extend(m.span() for m in _CR_BEFORE_LF.finditer(text))
    spans.sort()
    return _merge(spans)


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            if end > merged[-1][1]:
                merged[-1] = (merged[-1][0], end)
        else:
            merged.append((start, end))
    return merged


def _prefix_spans(text: str) -> list[tuple[int, int]]:
    spans: list[tuple[int, int]] = []
    first = _PREFIX_AT_START.match(text)
    if first and first.end() > 0:
        spans.append(first.span())
    spans.extend(m.span(1) for m in _PREFIX_AFTER_NEWLINE.finditer(text))
    return spans


def normalize(raw: str, *, prefixes: bool = True) -> Normalized:
    """Strip escapes, progress rewrites and line prefixes from `raw`, keeping an offset map."""
    passes: list[_Shift] = []
    text, shift = _apply(raw, _ansi_and_cr_spans(raw))
    if shift:
        passes.append(shift)
    if prefixes:
        text, shift = _apply(text, _prefix_spans(text))
        if shift:
            passes.append(shift)
    return Normalized(text, raw, passes)


def escapes_span_lines(raw: str) -> bool:
    """Whether an escape sequence of `raw` (an OSC title or hyperlink) holds a newline.

    When none does, normalising is line by line: escapes, carriage-return rewrites and
    prefixes all lie within one line, so normalising any run of whole lines gives what
    normalising the whole text gives there.
    """
    at = raw.find("\x1b]")
    while at != -1:
        found = _ANSI.match(raw, at)
        if found is not None and "\n" in found.group():
            return True
        at = raw.find("\x1b]", at + 2)
    return False


def strip_escapes(raw: str) -> str:
    """`raw` without its ANSI escape sequences (the first step of `normalize`, without the
    offset map)."""
    return _ANSI.sub("", raw) if "\x1b" in raw else raw


def line_prefix_length(line: str) -> int:
    """How many characters `normalize` deletes at the start of this line (prefixes only).

    Prefixes never contain a newline, so for a line without escapes or carriage returns this
    is exactly what normalising the whole text deletes at the line's start.
    """
    found = _PREFIX_AT_START.match(line)
    return found.end() if found else 0
