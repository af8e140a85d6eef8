"""From matches to incidents: the matches of one occurrence become one incident, consequences
join the cause before them in their section, repeats are counted on the first occurrence.

The engine reports every pattern occurrence; a user wants one report per root cause. Three
rules get there:

1. *One occurrence.* A match joins the latest occurrence of its record when it is in the same
   section, within `OCCURRENCE_GAP` lines, no other error came between, it was found by a
   pattern that occurrence has not used yet (one message hits each of its patterns once; the
   same pattern again is the error again), and its captured values agree.
2. *Consequences.* A record with ``role: consequence`` says only that something failed. It is
   attached to the latest cause before it in the same section, or reported alone with a note
   naming the first error-looking line above it.
3. *Repeats.* A later occurrence with the same record and the same captured values is counted
   on the first one, not listed again.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from errkb.engine.match import Match
from errkb.environment.local import Environment
from errkb.incidents.model import Incident, render_title
from errkb.incidents.sections import Sections
from errkb.records.model import Record

__all__ = ["OCCURRENCE_GAP", "build_incidents"]

#: Most lines between two matches of one occurrence (a traceback's first and last lines).
OCCURRENCE_GAP = 40


@dataclass
class _Occurrence:
    record: Record
    section: int
    matches: list[Match] = field(default_factory=list)
    patterns: set[str | None] = field(default_factory=set)
    captures: dict[str, str] = field(default_factory=dict)
    consequences: list[Match] = field(default_factory=list)
    repeat_lines: list[int] = field(default_factory=list)

    @property
    def first_line(self) -> int:
        return self.matches[0].line

    @property
    def end_line(self) -> int:
        return max(m.end_line for m in self.matches)

    def agrees(self, match: Match) -> bool:
        return all(
            self.captures.get(name, value) == value
            for name, value in match.groups.items()
            if value is not None
        )

    def add(self, match: Match) -> None:
        self.matches.append(match)
        self.patterns.add(match.pattern)
        for name, value in match.groups.items():
            if value is not None:
                self.captures.setdefault(name, value)

    def key(self) -> tuple[str, tuple[tuple[str, str], ...]]:
        return self.record.id, tuple(sorted(self.captures.items()))


def _occurrences(matches: Iterable[Match], sections: Sections) -> list[_Occurrence]:
    found: list[_Occurrence] = []
    latest: dict[str, _Occurrence] = {}
    last_cause: _Occurrence | None = None
    for match in sorted(matches, key=lambda m: (m.line, m.column, m.start)):
        section = sections.index_of(match.line)
        occurrence = latest.get(match.record.id)
        consequence = match.record.role == "consequence"
        joins = (
            occurrence is not None
            and occurrence.section == section
            and match.line - occurrence.end_line <= OCCURRENCE_GAP
            and match.pattern not in occurrence.patterns
            and occurrence.agrees(match)
            and (consequence or occurrence is last_cause)
        )
        if not joins or occurrence is None:
            occurrence = _Occurrence(match.record, section)
            found.append(occurrence)
            latest[match.record.id] = occurrence
        occurrence.add(match)
        if not consequence:
            last_cause = occurrence
    return found


def _attach(
    occurrences: list[_Occurrence], sections: Sections
) -> tuple[list[_Occurrence], list[tuple[_Occurrence, str]]]:
    """Causes with their consequences attached, and the consequences left alone with a note."""
    causes: list[_Occurrence] = []
    alone: list[tuple[_Occurrence, str]] = []
    for occurrence in occurrences:
        if occurrence.record.role != "consequence":
            causes.append(occurrence)
            continue
        owner = next((c for c in reversed(causes) if c.section == occurrence.section), None)
        if owner is not None:
            owner.consequences.extend(occurrence.matches)
            continue
        candidate = sections.first_error_before(occurrence.section, occurrence.first_line)
        note = "no known cause above" + (
            f"; first error-looking line: {candidate + 1}" if candidate is not None else ""
        )
        alone.append((occurrence, note))
    return causes, alone


def _merge_repeats(occurrences: list[_Occurrence]) -> list[_Occurrence]:
    first: dict[tuple[str, tuple[tuple[str, str], ...]], _Occurrence] = {}
    kept: list[_Occurrence] = []
    for occurrence in occurrences:
        key = occurrence.key()
        earlier = first.get(key)
        if earlier is None:
            first[key] = occurrence
            kept.append(occurrence)
            continue
        earlier.repeat_lines.append(occurrence.first_line)
        earlier.repeat_lines.extend(occurrence.repeat_lines)
        earlier.consequences.extend(occurrence.consequences)
    return kept


def _title_match(occurrence: _Occurrence) -> Match:
    """The match found by the record's earliest pattern: record authors list the pattern that
    names the error best first."""
    order = {spec.regex: i for i, spec in enumerate(occurrence.record.all_patterns)}
    return min(occurrence.matches, key=lambda m: (order.get(m.pattern or "", len(order)), m.line))


def _incident(
    occurrence: _Occurrence, sections: Sections, env: Environment, note: str | None
) -> Incident:
    first = occurrence.matches[0]
    last = max(occurrence.matches, key=lambda m: (m.end_line, m.end_column))
    covered = sorted({n for m in occurrence.matches for n in range(m.line, m.end_line + 1)})
    return Incident(
        record=occurrence.record,
        score=max(m.score for m in occurrence.matches),
        title=render_title(occurrence.record, occurrence.captures, _title_match(occurrence).text),
        line=first.line,
        column=first.column,
        end_line=last.end_line,
        end_column=last.end_column,
        matches=tuple(occurrence.matches),
        captures=dict(occurrence.captures),
        environment=env,
        consequences=tuple(sorted(occurrence.consequences, key=lambda m: m.start)),
        repeat_lines=tuple(sorted(occurrence.repeat_lines)),
        section=sections.title_of(first.line),
        note=note,
        lines=tuple(covered),
    )


def build_incidents(
    text: str | Sections, matches: Iterable[Match], env: Environment
) -> list[Incident]:
    """The incidents of `text` (or of a text read in parts, given by its sections) from its
    matches: root causes in order, then consequences no known cause explains."""
    matches = list(matches)
    if not matches:
        return []
    sections = text if isinstance(text, Sections) else Sections.of(text)
    occurrences = _occurrences(matches, sections)
    causes, alone = _attach(occurrences, sections)
    notes = {id(occurrence): note for occurrence, note in alone}
    ordered = _merge_repeats(causes) + _merge_repeats([o for o, _note in alone])
    return [_incident(o, sections, env, notes.get(id(o))) for o in ordered]
