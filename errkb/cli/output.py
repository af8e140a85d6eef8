"""What the CLI prints with: plain text written directly to a pipe, rich on a terminal, JSON for
scripts; exit statuses and the usage error."""

from __future__ import annotations

import json
import os
import sys
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from rich.console import Console

__all__ = [
    "EXIT_NOT_FOUND",
    "EXIT_OK",
    "EXIT_USAGE",
    "PROGRESS_THRESHOLD",
    "RUN_CAPTURE_LIMIT",
    "Output",
    "Segment",
    "UsageError",
    "error_console",
    "print_json",
]


EXIT_OK = 0
EXIT_NOT_FOUND = 1
EXIT_USAGE = 2
#: Output kept from `errkb run` for recognition; the command's output is passed through whole.
RUN_CAPTURE_LIMIT = 8 * 1024 * 1024
#: Files at least this large get a progress bar when scanning on a terminal.
PROGRESS_THRESHOLD = 16 * 1024 * 1024


class UsageError(Exception):
    """Bad arguments or unreadable input: exit status 2."""


# --- output -----------------------------------------------------------------------------------

#: A piece of a printed line: plain text, or (rich style, text).
Segment = str | tuple[str, str]


def _surely_not_a_terminal(stream: Any) -> bool:
    """True when rich would not style output to `stream` (the common case is checked; anything
    unusual — forced colour, notebooks, IDLE, no stream — is left to rich)."""
    if stream is None or "FORCE_COLOR" in os.environ or "TTY_COMPATIBLE" in os.environ:
        return False
    if "IPython" in sys.modules or "idlelib" in sys.modules:
        return False
    isatty = getattr(stream, "isatty", None)
    try:
        return isatty is not None and not isatty()
    except ValueError:
        return False


class Output:
    """Standard output of a command: styled by rich on a terminal, plain text otherwise.

    To a file or a pipe the text is written as it is, without importing rich (about 25 ms of a
    lookup's start-up). Text is never read as rich markup or emoji codes, on a terminal either:
    `build.log:100:5` must not become `build.log💯5`, nor `pip install 'x[y]'` lose its
    brackets.
    """

    def __init__(self) -> None:
        self._plain = _surely_not_a_terminal(sys.stdout)
        self._console: Console | None = None

    @property
    def console(self) -> Console:
        """The rich console, for tables and progress bars, created on first use."""
        if self._console is None:
            from rich.console import Console

            self._console = Console(highlight=False, soft_wrap=True, emoji=False)
        return self._console

    @property
    def is_terminal(self) -> bool:
        """Whether rich styles this output (as `rich.console.Console.is_terminal`)."""
        return not self._plain and self.console.is_terminal

    def print(self, *segments: Segment, style: str | None = None, end: str = "\n") -> None:
        """Print the segments as one line (`end` ends it), styled on a terminal."""
        if self._plain:
            text = "".join(part if isinstance(part, str) else part[1] for part in segments) + end
            try:
                sys.stdout.write(text)
            except UnicodeEncodeError:  # a stdout that cannot encode it: say what we can
                encoding = sys.stdout.encoding or "utf-8"
                sys.stdout.write(text.encode(encoding, "replace").decode(encoding))
            sys.stdout.flush()  # as rich does: a closed pipe shows up here, in the command
            return
        from rich.text import Text

        line = Text(style=style or "")
        for part in segments:
            if isinstance(part, str):
                line.append(part)
            else:
                line.append(part[1], style=part[0])
        self.console.print(line, end=end)


def error_console() -> Console:
    from rich.console import Console

    return Console(stderr=True)


def print_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


# --- commands ---------------------------------------------------------------------------------
