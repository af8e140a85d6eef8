"""Everything errkb_mcp needs from errkb beyond its top-level API, in one place.

The rest of the package imports only ``errkb.*`` names and this module. errkb's internals
are its subpackages (errkb.lint, ...); when they move, only the imports here need re-pointing.

It also holds the one adapter between errkb's incidents and the ``diagnose`` tool, `diagnose`:
the tool's view keeps only what it reports, and its fixes take the environment the caller chose.
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


def _view(incident: errkb.Incident) -> IncidentView:
    def fixes(env: errkb.Environment) -> list[errkb.RenderedFix]:
        return incident.fixes(env)

    first = incident.matches[0] if incident.matches else None
    return IncidentView(
        record=incident.record,
        score=incident.score,
        kind=first.kind if first else "regex",
        title=incident.title,
        line=incident.line,
        column=incident.column,
        end_line=incident.end_line,
        end_column=incident.end_column,
        lines=incident.lines or tuple(range(incident.line, incident.end_line + 1)),
        captures=dict(incident.captures),
        excerpt="\n".join(match.text for match in incident.matches),
        repeats=incident.repeats,
        last_line=incident.last_line,
        fixes=fixes,
        consequences=tuple(ConsequenceView(c.record, c.line) for c in incident.consequences),
        log_environment=incident.environment if incident.environment.source == "log" else None,
    )


def diagnose(kb: errkb.KnowledgeBase, text: str) -> Sequence[IncidentView]:
    """The incidents in `text`, root causes first, as ``KnowledgeBase.diagnose`` gives them."""
    return [_view(incident) for incident in kb.diagnose(text)]


def lint_codes() -> Mapping[str, str]:
    """Every linter code and what it means."""
    return LINT_CODES


def run_lint(kb: Any, ids: set[str]) -> list[Any]:
    """`errkb._lint.lint` over a knowledge base (or a view that behaves like one)."""
    return lint_knowledge_base(kb, ids=ids)
