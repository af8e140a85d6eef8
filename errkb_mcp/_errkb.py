"""Everything errkb_mcp needs from errkb beyond its top-level API, in one place.

The rest of the package imports only ``errkb.*`` names and this module. errkb's internals
are its subpackages (errkb.lint, ...); when they move, only the imports here need re-pointing.

It also holds the one adapter between errkb and the ``diagnose`` tool, `diagnose`, so the tool
does not change when the SDK's own ``errkb.diagnose`` arrives (it then only maps its incidents).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal

import errkb

# The record linter and its code descriptions: not re-exported by errkb's top level.
from errkb.lint import CODES as LINT_CODES
from errkb.lint import lint as lint_knowledge_base

__all__ = [
    "ConsequenceView",
    "IncidentView",
    "diagnose",
    "lint_codes",
    "run_lint",
]

MatchKind = Literal["regex", "fuzzy"]


@dataclass(frozen=True)
class ConsequenceView:
    """A line that follows from an incident (an error caused by it), as the tool reports it."""

    record: errkb.Record
    line: int


@dataclass(frozen=True)
class IncidentView:
    """One incident of a known error in a log: what ``diagnose`` reports, whatever built it."""

    record: errkb.Record
    score: float
    kind: MatchKind
    title: str
    line: int
    column: int
    end_line: int
    end_column: int
    lines: tuple[int, ...]
    captures: Mapping[str, str | None]
    excerpt: str
    repeats: int
    last_line: int
    fixes: Callable[[errkb.Environment], list[errkb.RenderedFix]]
    consequences: tuple[ConsequenceView, ...] = ()
    #: The environment the log itself shows (shell, OS), when it shows one.
    log_environment: errkb.Environment | None = field(default=None, compare=False)


def _from_match(match: errkb.Match) -> IncidentView:
    def fixes(env: errkb.Environment) -> list[errkb.RenderedFix]:
        return match.fixes(env)

    return IncidentView(
        record=match.record,
        score=match.score,
        kind=match.kind,
        title=match.record.signature,
        line=match.line,
        column=match.column,
        end_line=match.end_line,
        end_column=match.end_column,
        lines=tuple(range(match.line, match.end_line + 1)),
        captures=dict(match.groups),
        excerpt=match.text,
        repeats=1,
        last_line=match.line,
        fixes=fixes,
    )


def diagnose(kb: errkb.KnowledgeBase, text: str) -> Sequence[IncidentView]:
    """The incidents in `text`, in the order the SDK gives them.

    Until ``errkb.diagnose`` (issue 13) is in errkb, every pattern match of
    `KnowledgeBase.scan` is one incident.
    """
    return [_from_match(match) for match in kb.scan(text)]


def lint_codes() -> Mapping[str, str]:
    """Every linter code and what it means."""
    return LINT_CODES


def run_lint(kb: Any, ids: set[str]) -> list[Any]:
    """`errkb._lint.lint` over a knowledge base (or a view that behaves like one)."""
    return lint_knowledge_base(kb, ids=ids)
