"""`diagnose`: a log -> the incidents of known errors in it, with ranked fixes, bounded."""

from __future__ import annotations

from itertools import islice
from typing import TYPE_CHECKING

import errkb

from . import _errkb
from .limits import FUZZY_ANSWER_MIN, check_count, check_text, count_lines, record_uri, shorten
from .models import (
    Consequence,
    DiagnoseResult,
    EnvironmentInput,
    Incident,
    InputStats,
    RecordCount,
)

if TYPE_CHECKING:
    from .service import Service

__all__ = ["diagnose"]


def diagnose(
    service: Service,
    text: str,
    environment: EnvironmentInput | None = None,
    max_incidents: int | None = None,
) -> DiagnoseResult:
    """The incidents of known errors in a log, bounded."""
    limits = service.limits
    shown = check_count(
        limits.default_incidents if max_incidents is None else max_incidents,
        1,
        limits.max_incidents,
        "max_incidents",
    )
    check_text(
        text,
        limits.max_text_chars,
        hint="Send the part of the log around the failure, or split the log.",
    )
    found = [
        incident
        for incident in _errkb.diagnose(service.kb, text)
        if incident.kind == "regex" or incident.score >= FUZZY_ANSWER_MIN
    ]
    from_log = next((i.log_environment for i in found if i.log_environment), None)
    env, used = service.environment(environment, from_log)
    stats = InputStats(characters=len(text), lines=count_lines(text))
    cut: set[str] = set()

    counts: dict[str, list[int]] = {}
    for incident in found:
        seen = counts.setdefault(incident.record.id, [0, 0])
        seen[0] += 1
        seen[1] += incident.repeats
    # The first incident of each record before any further one of a record already shown.
    firsts: dict[str, int] = {}
    for position, incident in enumerate(found):
        firsts.setdefault(incident.record.id, position)
    chosen = sorted(firsts.values())[:shown]
    if len(chosen) < shown:
        taken = set(chosen)
        others = (p for p in range(len(found)) if p not in taken)
        chosen = sorted([*chosen, *islice(others, shown - len(chosen))])
    if len(found) > shown:
        cut.add(
            f"incidents: {shown} of {len(found)} shown (the first of each error first, "
            "then in log order); raise max_incidents for more"
        )
    incidents = [_incident(service, found[p], env, cut) for p in chosen]

    by_record = sorted(counts.items(), key=lambda item: (-item[1][1], item[0]))
    if len(by_record) > limits.record_counts:
        cut.add(f"records: the {limits.record_counts} most frequent of {len(by_record)}")
    records = [
        RecordCount(
            record_id=record_id,
            signature=shorten(service.kb.records[record_id].signature, limits.title_chars),
            incidents=n_incidents,
            occurrences=n_occurrences,
        )
        for record_id, (n_incidents, n_occurrences) in by_record[: limits.record_counts]
    ]
    if found:
        top = ", ".join(f"{r.record_id} ({r.occurrences}x)" for r in records[:3])
        more = f" and {len(by_record) - 3} more" if len(by_record) > 3 else ""
        summary = (
            f"{len(found)} incident(s) of {len(by_record)} known error(s) in "
            f"{stats.lines:,} lines: {top}{more}"
        )
    else:
        summary = (
            f"not recognised: no known error in {stats.lines:,} lines. errkb has no record "
            "for this output, so it says nothing about its cause; search_records may find a "
            "related record, and validate_record checks a new one."
        )
    return DiagnoseResult(
        recognised=bool(found),
        summary=summary,
        input=stats,
        environment=used,
        incidents=incidents,
        incidents_total=len(found),
        records=records,
        truncated=sorted(cut),
    )


def _incident(
    service: Service, incident: _errkb.IncidentView, env: errkb.Environment, cut: set[str]
) -> Incident:
    limits = service.limits
    record = incident.record
    lines = list(incident.lines)
    if len(lines) > limits.lines:
        cut.add(f"lines: the first {limits.lines} line numbers of each incident")
    consequences = list(incident.consequences)
    if len(consequences) > limits.consequences:
        cut.add(f"consequences: the first {limits.consequences} of each incident")
    excerpt = incident.excerpt.strip("\n")
    if len(excerpt) > limits.excerpt_chars:
        cut.add(f"excerpt: the first {limits.excerpt_chars} characters of each match")
    return Incident(
        record_id=record.id,
        signature=shorten(record.signature, limits.title_chars),
        title=shorten(incident.title, limits.title_chars),
        summary=shorten(record.short_cause, limits.text_chars),
        severity=record.severity,
        score=round(incident.score, 4),
        match_kind=incident.kind,
        certainty=service.certainty(incident.kind, incident.score, record),
        line=incident.line,
        column=incident.column,
        end_line=incident.end_line,
        end_column=incident.end_column,
        lines=lines[: limits.lines],
        repeats=incident.repeats,
        last_line=incident.last_line,
        excerpt=shorten(excerpt, limits.excerpt_chars),
        captures=service.captures(incident.captures),
        fixes=service.fixes(incident.fixes(env), cut),
        dead_ends=service.dead_ends(record),
        consequences=[
            Consequence(
                record_id=c.record.id,
                signature=shorten(c.record.signature, limits.title_chars),
                line=c.line,
            )
            for c in consequences[: limits.consequences]
        ],
        documentation=record.documentation_url,
        resource=record_uri(record.id),
    )
