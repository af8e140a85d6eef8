"""Incident: one root cause in a log, with where it is, what the log captured, the lines that
only say it failed because of it, and how often it repeats."""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field

from errkb.engine.match import Match
from errkb.environment.local import Environment
from errkb.records.fixes import RenderedFix, render_fixes
from errkb.records.model import Record

__all__ = ["Incident", "render_title"]

_PLACEHOLDER = re.compile(r"\{(?P<name>[A-Za-z_]\w*)\}")
#: Longest title taken from a log line; longer lines are cut at a word.
TITLE_LIMIT = 160


def render_title(record: Record, captures: Mapping[str, str], fallback: str) -> str:
    """The record's title template filled with the captured values; else `fallback` (the
    line the log printed), cut to one line."""
    if record.title:
        missing = [n for n in _PLACEHOLDER.findall(record.title) if not captures.get(n)]
        if not missing:
            return _PLACEHOLDER.sub(lambda m: captures[m.group("name")], record.title)
    line = " ".join(fallback.strip().splitlines()[0].split()) if fallback.strip() else ""
    if not line:
        return record.signature
    if len(line) > TITLE_LIMIT:
        line = line[:TITLE_LIMIT].rsplit(" ", 1)[0] + " …"
    return line


@dataclass(frozen=True)
class Incident:
    """One root cause in a text, as a user thinks of it: what broke, where, why, what to do.

    ``line``/``column``/``end_line``/``end_column`` span the lines of its first occurrence
    (0-based, columns in code points, like `Match`). ``matches`` are the pattern matches of
    that occurrence; ``consequences`` the matches of lines that only report the failure
    ("exit code 1") attached to it; ``repeat_lines`` the first lines of later occurrences of
    the same error with the same captured values.
    """

    record: Record
    score: float
    title: str
    line: int
    column: int
    end_line: int
    end_column: int
    matches: tuple[Match, ...]
    captures: dict[str, str]
    environment: Environment
    consequences: tuple[Match, ...] = ()
    repeat_lines: tuple[int, ...] = ()
    section: str | None = None
    #: Set on a consequence reported alone: why no cause was attached.
    note: str | None = None
    lines: tuple[int, ...] = field(default=())

    @property
    def id(self) -> str:
        """The record id."""
        return self.record.id

    @property
    def is_consequence(self) -> bool:
        """A consequence reported alone, because no known cause came before it."""
        return self.record.role == "consequence"

    @property
    def repeats(self) -> int:
        """How many times the error occurs: 1 for once."""
        return 1 + len(self.repeat_lines)

    @property
    def last_line(self) -> int:
        """The first line of the last occurrence (0-based)."""
        return self.repeat_lines[-1] if self.repeat_lines else self.line

    @property
    def environment_source(self) -> str:
        """``log`` when the fixes are for the machine the log came from, else ``local``."""
        return "log" if self.environment.source == "log" else "local"

    def fixes(self, env: Environment | None = None) -> list[RenderedFix]:
        """The record's fixes for the log's environment (or `env`), with captured values."""
        return render_fixes(self.record, env or self.environment, self.captures)

    def __repr__(self) -> str:
        return (
            f"<Incident {self.record.id} lines {self.line + 1}-{self.end_line + 1} "
            f"x{self.repeats} title={self.title!r}>"
        )
