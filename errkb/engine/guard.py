"""A time budget for patterns that cannot be proven safe from catastrophic backtracking.

Python's ``re`` cannot be interrupted, so a pattern the static check misses (a team's record
with an alternation under a repeat, say) could freeze a scan, the CLI or the language server.
Patterns that `provably_linear` cannot vouch for therefore run on the ``regex`` module, which
has the same syntax and semantics for these patterns and can stop a match after a timeout. A
pattern that runs out of time is disabled for the knowledge base's lifetime and reported.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any, cast

__all__ = ["PATTERN_BUDGET", "GuardedPattern", "PatternTimedOut"]

#: Seconds one search of one text (or window) may take before the pattern is given up.
PATTERN_BUDGET = 0.5


class PatternTimedOut(Exception):
    """A guarded pattern ran out of its time budget."""


class GuardedPattern:
    """A compiled pattern whose searches stop after `PATTERN_BUDGET` seconds."""

    def __init__(self, regex: str, *, ignore_case: bool = False) -> None:
        # Imported here: only knowledge bases holding such patterns need the module.
        import regex as regex_module

        flags = regex_module.MULTILINE | regex_module.VERSION0
        if ignore_case:
            flags |= regex_module.IGNORECASE
        self.pattern = regex
        try:
            self._compiled: Any = regex_module.compile(regex, flags)
        except regex_module.error as exc:  # one exception type for callers, whatever the engine
            raise re.error(str(exc), regex) from exc

    def search(self, string: str) -> re.Match[str] | None:
        """The first match in `string`, or None, within the time budget."""
        try:
            found = self._compiled.search(string, timeout=PATTERN_BUDGET)
        except TimeoutError as exc:
            raise PatternTimedOut(self.pattern) from exc
        return cast("re.Match[str] | None", found)

    def finditer(
        self, string: str, pos: int = 0, endpos: int | None = None
    ) -> Iterator[re.Match[str]]:
        """The matches in `string[pos:endpos]`, all found before any is returned, so a
        timeout never leaves a half-confirmed pattern behind."""
        try:
            found = list(
                self._compiled.finditer(
                    string, pos, len(string) if endpos is None else endpos,
                    timeout=PATTERN_BUDGET,
                )
            )  # fmt: skip
        except TimeoutError as exc:
            raise PatternTimedOut(self.pattern) from exc
        # The regex module's Match has the API the engine uses (group, groupdict, span...).
        return iter(cast("list[re.Match[str]]", found))
