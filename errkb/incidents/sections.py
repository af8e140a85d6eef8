"""The sections of a log: CI steps (GitHub Actions groups, GitLab sections, Azure Pipelines
sections, Jenkins stages) and shell command boundaries. A consequence ("exit code 1") belongs
to the error found before it in the same section, never to one from an earlier step."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

__all__ = ["ERROR_LOOKING", "Sections"]

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


# Where a marker can be, found with searches that run at memory speed; `_MARKERS` then reads
# the line itself. One alternation over a whole log tries every position: 2.4 s per 32 MB.
_CANDIDATES = re.compile(
    r"##\[(?:group|section)\]|section_start:|\[Pipeline\] \{"
    r"|\n(?:\$ |\+ |PS [A-Za-z]:\\)|\n[\w.-]+@[\w.-]+:|\n(?=[ \t]*\n[ \t]*\n)"
)


def _markers(text: str) -> list[re.Match[str]]:
    """The matches of `_MARKERS` in `text`, in order, looking only at candidate lines."""
    starts = {0}
    for candidate in _CANDIDATES.finditer(text):
        at = candidate.start()
        if text.startswith("\n", at):
            at += 1
        starts.add(text.rfind("\n", 0, at) + 1)
    found: dict[int, re.Match[str]] = {}
    for start in sorted(starts):
        end = start
        for _ in range(3):  # two blank lines need the two lines after the first
            newline = text.find("\n", end)
            end = len(text) if newline == -1 else newline + 1
        for marker in _MARKERS.finditer(text, start, end):
            found.setdefault(marker.start(), marker)
    kept: list[re.Match[str]] = []
    for at in sorted(found):  # as one pass would: no marker inside the one before it
        if not kept or at >= kept[-1].end():
            kept.append(found[at])
    return kept


#: A line that reads like an error, named when a consequence has no known cause above it.
ERROR_LOOKING = re.compile(
    r"(?i)\b(?:error|exception|fatal|failed|failure|denied|refused|cannot|can't|could not|"
    r"unable to|not found|no such|invalid|traceback|panic|segmentation fault|timed out)\b"
)


@dataclass(frozen=True)
class Sections:
    """Where each section starts (0-based line numbers, ascending), its title, and its first
    error-looking line (None when it has none)."""

    starts: tuple[int, ...]
    titles: tuple[str, ...]
    first_errors: tuple[int | None, ...]

    @classmethod
    def of(cls, text: str, *, first_line: int = 0) -> Sections:
        """Find the sections of `text` in one pass over it (its first line numbered
        `first_line`, for a text read in parts)."""
        starts = [0]
        offsets = [0]
        titles = [""]
        line = 0
        at = 0
        for found in _markers(text):
            line += text.count("\n", at, found.start())
            at = found.start()
            title = next((value for value in found.groupdict().values() if value), "")
            blank = bool(found.group("blank"))
            boundary = line + 2 if blank else line
            if boundary == starts[-1]:
                titles[-1] = titles[-1] or title.strip()
            elif boundary > starts[-1]:
                starts.append(boundary)
                offsets.append(found.end() if blank else found.start())
                titles.append("" if blank else title.strip())
        offsets.append(len(text))
        first_errors: list[int | None] = []
        for number, start in enumerate(starts):
            hit = ERROR_LOOKING.search(text, offsets[number], offsets[number + 1])
            if hit is None:
                first_errors.append(None)
            else:
                before = text.count("\n", offsets[number], hit.start())
                first_errors.append(first_line + start + before)
        return cls(
            tuple(first_line + start for start in starts), tuple(titles), tuple(first_errors)
        )

    def then(self, later: Sections) -> Sections:
        """These sections followed by those of the text's next part (a section open at the
        end of this part goes on into it unless the next part starts a new one)."""
        starts, titles, errors = list(later.starts), list(later.titles), list(later.first_errors)
        if not titles[0]:  # the next part's first "section" continues this one's last
            starts, titles = starts[1:], titles[1:]
            carried, errors = errors[0], errors[1:]
            mine = list(self.first_errors)
            mine[-1] = mine[-1] if mine[-1] is not None else carried
            return Sections(
                self.starts + tuple(starts), self.titles + tuple(titles), tuple(mine + errors)
            )
        return Sections(
            self.starts + tuple(starts),
            self.titles + tuple(titles),
            self.first_errors + tuple(errors),
        )

    def index_of(self, line: int) -> int:
        """The section holding `line`."""
        return bisect.bisect_right(self.starts, line) - 1

    def title_of(self, line: int) -> str | None:
        """The title of the section holding `line` ("Run pytest -q"), if it has one."""
        return self.titles[self.index_of(line)] or None

    def first_error_before(self, section: int, line: int) -> int | None:
        """The first error-looking line of `section`, if it comes before `line`."""
        found = self.first_errors[section]
        return found if found is not None and found < line else None

    def start_of(self, line: int) -> int:
        """The first line of the section holding `line`."""
        return self.starts[self.index_of(line)]
