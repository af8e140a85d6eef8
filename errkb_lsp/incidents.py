"""Incidents of a document: its occurrences grouped by root cause with errkb.build_incidents."""

# A document's matches are found in chunks and kept per match so that edits only rescan the
# lines they touch; the grouping into incidents needs the whole text (CI steps, sections, the
# environment the log shows), so it is redone after every scan, in the scan's worker thread,
# and published with it. Between an edit and the next scan, hovers and quick fixes reach an
# incident through its matches: an occurrence keeps its errkb match when an edit moves it.

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Sequence
from typing import Any

import errkb
from errkb_lsp.scanning import Occurrence

__all__ = ["DocIncident", "Grouping", "group_occurrences"]


@dataclasses.dataclass(frozen=True, eq=False)
class DocIncident:
    """One incident placed in a document: the errkb incident and its occurrences."""

    incident: errkb.Incident
    #: The occurrences of the incident's own matches (its first occurrence), in line order.
    parts: tuple[Occurrence, ...]
    #: Lines that only report the failure ("exit code 1"), attached to this root cause.
    consequences: tuple[Occurrence, ...] = ()
    #: The first occurrence of each later repeat of the same error, same captured values.
    repeats: tuple[Occurrence, ...] = ()

    @property
    def record_id(self) -> str:
        """The id of the incident's record."""
        return self.incident.record.id

    @property
    def first(self) -> Occurrence:
        """Where the incident starts."""
        return self.parts[0]

    @property
    def last(self) -> Occurrence:
        """The part that ends last (a traceback's final exception line)."""
        return max(self.parts, key=lambda o: (o.end_line, o.end_char))

    @property
    def start(self) -> tuple[int, int]:
        """(line, character) of the span's start, in the client's units."""
        return self.first.start_line, self.first.start_char

    @property
    def end(self) -> tuple[int, int]:
        """(line, character) of the span's end, in the client's units."""
        return self.last.end_line, self.last.end_char


@dataclasses.dataclass(frozen=True)
class Grouping:
    """A document's incidents, and which incident each match belongs to."""

    incidents: tuple[DocIncident, ...] = ()
    #: id() of an errkb match -> its incident; the incidents keep the matches alive.
    by_match: dict[int, DocIncident] = dataclasses.field(default_factory=dict)

    def incident_of(self, occurrence: Occurrence) -> DocIncident | None:
        """The incident an occurrence is part of, repeats and consequences included."""
        return self.by_match.get(id(occurrence.raw_match))

    def split(
        self, occurrences: Iterable[Occurrence]
    ) -> tuple[list[DocIncident], list[Occurrence]]:
        """The incidents these occurrences belong to (each once, in order), and the
        occurrences that belong to none yet (found by a scan still running)."""
        incidents: list[DocIncident] = []
        loose: list[Occurrence] = []
        for occurrence in occurrences:
            found = self.incident_of(occurrence)
            if found is None:
                loose.append(occurrence)
            elif found not in incidents:
                incidents.append(found)
        return incidents, loose


def group_occurrences(
    text: str, occurrences: Sequence[Occurrence], default_env: errkb.Environment
) -> Grouping:
    """Group a document's occurrences into incidents, with fixes for the environment the
    text shows it came from (a CI runner), else `default_env` (the editor's machine)."""
    if not occurrences:
        return Grouping()
    # `Occurrence.match` moves errkb's match into the document anew on each call: once here.
    in_document = [(occurrence, occurrence.match) for occurrence in occurrences]
    placed = {id(match): occurrence for occurrence, match in in_document}
    env = errkb.Environment.from_text(text, default=default_env)
    incidents = errkb.build_incidents(text, [match for _, match in in_document], env)
    by_line: dict[tuple[str, int], Occurrence] = {}
    for occurrence, match in in_document:
        by_line.setdefault((occurrence.record_id, int(match.line)), occurrence)

    grouped: list[DocIncident] = []
    by_match: dict[int, DocIncident] = {}
    for incident in incidents:
        parts = _placed(placed, incident.matches)
        if not parts:
            continue
        repeats = tuple(
            found
            for line in incident.repeat_lines
            if (found := by_line.get((incident.record.id, line))) is not None
        )
        doc_incident = DocIncident(incident, parts, _placed(placed, incident.consequences), repeats)
        grouped.append(doc_incident)
        for occurrence in (*parts, *doc_incident.consequences, *repeats):
            by_match[id(occurrence.raw_match)] = doc_incident
    return Grouping(tuple(grouped), by_match)


def _placed(placed: dict[int, Occurrence], matches: Sequence[Any]) -> tuple[Occurrence, ...]:
    found = [o for o in (placed.get(id(match)) for match in matches) if o is not None]
    return tuple(sorted(found, key=lambda o: (o.start_line, o.start_char)))
