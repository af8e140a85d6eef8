"""Incidents for people (the lines `errkb scan` prints) and for programs (JSON-ready dicts)."""

from __future__ import annotations

from typing import Any

from errkb.engine.match import Match
from errkb.environment.local import Environment
from errkb.incidents.model import Incident

__all__ = ["environment_to_dict", "incident_lines", "incident_location", "incident_to_dict"]

#: Consequences and repeat lines listed under an incident before the rest are counted.
LISTED = 3
#: Repeat lines given in JSON; `repeats` counts them all.
REPEAT_LINES_SHOWN = 100


def incident_location(incident: Incident) -> str:
    """``5:37``: the 1-based line and column where it starts, as editors and terminals link."""
    return f"{incident.line + 1}:{incident.column + 1}"


def _consequence_text(match: Match) -> str:
    return " ".join(match.text.split())[:120]


def incident_lines(incident: Incident, *, explain: bool = False) -> list[str]:
    """What is printed under an incident's heading: consequences, repeats, the note, and with
    `explain` the best fix and its commands."""
    lines: list[str] = []
    if incident.end_line > incident.line:
        lines.append(f"lines {incident.line + 1}-{incident.end_line + 1}")
    for match in incident.consequences[:LISTED]:
        lines.append(f"then line {match.line + 1}: {_consequence_text(match)}")
    if len(incident.consequences) > LISTED:
        lines.append(f"and {len(incident.consequences) - LISTED} more consequence line(s)")
    if incident.repeat_lines:
        lines.append(f"× {incident.repeats}, last at line {incident.last_line + 1}")
    if incident.note:
        lines.append(incident.note)
    if explain:
        fixes = incident.fixes()
        if fixes:
            lines.append(f"fix: {fixes[0].action}")
            lines.extend(f"  $ {command}" for command in fixes[0].commands)
    return lines


def environment_to_dict(env: Environment) -> dict[str, Any]:
    """The environment fixes are rendered for, for JSON."""
    return {
        "description": env.describe(),
        "source": env.source,
        "ci": env.ci,
        "os": env.os,
        "shell": env.shell,
        "tools": dict(env.installed) if env.source == "log" else {},
    }


def incident_to_dict(incident: Incident, *, path: str | None = None) -> dict[str, Any]:
    """One incident as JSON-ready data: lines and columns 0-based, like matches."""
    data: dict[str, Any] = {"path": path} if path is not None else {}
    record = incident.record
    data.update(
        {
            "id": record.id,
            "title": incident.title,
            "signature": record.signature,
            "summary": record.short_cause,
            "severity": record.severity,
            "score": round(incident.score, 4),
            "kind": incident.matches[0].kind,
            "role": record.role,
            "line": incident.line,
            "column": incident.column,
            "end_line": incident.end_line,
            "end_column": incident.end_column,
            "lines": list(incident.lines),
            "section": incident.section,
            "captures": dict(incident.captures),
            "repeats": incident.repeats,
            # 100k repeats are a count, not 100k line numbers: the first ones say enough.
            "repeat_lines": list(incident.repeat_lines[:REPEAT_LINES_SHOWN]),
            "last_line": incident.last_line,
            "consequences": [
                {"id": m.record.id, "line": m.line, "column": m.column, "text": m.text}
                for m in incident.consequences[:REPEAT_LINES_SHOWN]
            ],
            "consequence_count": len(incident.consequences),
            "note": incident.note,
            "environment": environment_to_dict(incident.environment),
            "fixes": [
                {
                    "action": fix.action,
                    "success_rate": fix.success_rate,
                    "commands": fix.commands,
                    "notes": fix.notes,
                }
                for fix in incident.fixes()
            ],
            "documentation": record.documentation_url,
        }
    )
    return data
