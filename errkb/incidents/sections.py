"""The sections of a log: CI steps (GitHub Actions groups, GitLab sections, Azure Pipelines
sections, Jenkins stages) and shell command boundaries. A consequence ("exit code 1") belongs
to the error found before it in the same section, never to one from an earlier step."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

__all__ = ["Sections"]

# An optional CI timestamp before a marker ("2026-11-20T14:02:11.4816243Z ").
_STAMP = r"(?:\d{4}-\d\d-\d\dT[\d:.]+Z? ?)?"
_MARKERS = re.compile(
    rf"^{_STAMP}##\[group\](?P<gh>[^\n]*)"
    rf"|^{_STAMP}##\[section\]Starting: (?P<azure>[^\n]*)"
    r"|section_start:\d+:(?P<gitlab>[\w.-]+)"
    r"|^\[Pipeline\] \{ \((?P<jenkins>[^\n)]*)\)"
    # Shell prompts and echoed commands: `$ make`, `user@host:~/app$ npm test`, `PS C:\> x`,
    # `+ make` (set -x).
    r"|^(?:[\w.-]+@[\w.-]+:[^\n$#]*[$#]|\$) (?P<prompt>\S[^\n]*)"
    r"|^PS [A-Za-z]:\\[^>\n]*> (?P<ps>\S[^\n]*)"
    r"|^\+ (?P<xtrace>\S[^\n]*)"
    # Two blank lines in a row end what came before.
    r"|(?P<blank>^[ \t]*\n[ \t]*\n)",
    re.M,
)


@dataclass(frozen=True)
class Sections:
    """Where each section starts (0-based line numbers, ascending) and its title."""

    starts: tuple[int, ...]
    titles: tuple[str, ...]

    @classmethod
    def of(cls, text: str) -> Sections:
        """Find the sections of `text` in one pass over it."""
        starts = [0]
        titles = [""]
        line = 0
        at = 0
        for found in _MARKERS.finditer(text):
            line += text.count("\n", at, found.start())
            at = found.start()
            title = next((value for value in found.groupdict().values() if value), "")
            boundary = line + 2 if found.group("blank") else line
            if boundary == starts[-1]:
                titles[-1] = titles[-1] or title.strip()
            elif boundary > starts[-1]:
                starts.append(boundary)
                titles.append("" if found.group("blank") else title.strip())
        return cls(tuple(starts), tuple(titles))

    def index_of(self, line: int) -> int:
        """The section holding `line`."""
        return bisect.bisect_right(self.starts, line) - 1

    def title_of(self, line: int) -> str | None:
        """The title of the section holding `line` ("Run pytest -q"), if it has one."""
        return self.titles[self.index_of(line)] or None

    def start_of(self, line: int) -> int:
        """The first line of the section holding `line`."""
        return self.starts[self.index_of(line)]
