"""Incidents for CI: GitHub Actions workflow commands (annotations on the run) and SARIF 2.1.0
(code-scanning uploads)."""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from errkb._version import __version__
from errkb.incidents.model import Incident

__all__ = ["github_annotation", "sarif_log"]

_GITHUB_LEVELS = {"error": "error", "warning": "warning", "information": "notice", "hint": "notice"}
_SARIF_LEVELS = {"error": "error", "warning": "warning", "information": "note", "hint": "note"}
#: Consequences given as related locations of one result.
RELATED_SHOWN = 100
SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"


def _escape_data(text: str) -> str:
    # The escapes GitHub's runner undoes in a workflow command's message.
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


def github_annotation(incident: Incident, path: str) -> str:
    """One ``::error file=...,line=...::message`` line for the incident."""
    record = incident.record
    level = _GITHUB_LEVELS.get(record.severity, "error")
    properties = {
        "file": path,
        "line": str(incident.line + 1),
        "endLine": str(incident.end_line + 1),
        "title": f"{incident.title} [{record.id}]",
    }
    if incident.line == incident.end_line:
        properties["col"] = str(incident.column + 1)
        properties["endColumn"] = str(incident.end_column + 1)
    message = [record.short_cause]
    fixes = incident.fixes()
    if fixes:
        message.append(f"Fix: {fixes[0].action}")
        message.extend(f"  $ {command}" for command in fixes[0].commands)
    if incident.repeat_lines:
        message.append(f"Seen {incident.repeats} times, last at line {incident.last_line + 1}.")
    if incident.note:
        message.append(incident.note)
    head = ",".join(f"{key}={_escape_property(value)}" for key, value in properties.items())
    return f"::{level} {head}::{_escape_data(chr(10).join(message))}"


def _region(line: int, column: int, end_line: int, end_column: int) -> dict[str, int]:
    return {
        "startLine": line + 1,
        "startColumn": column + 1,
        "endLine": end_line + 1,
        "endColumn": end_column + 1,
    }


def _rule(incident: Incident) -> dict[str, Any]:
    record = incident.record
    rule: dict[str, Any] = {
        "id": record.id,
        "name": record.id.replace("/", "-"),
        "shortDescription": {"text": record.signature[:1000]},
        "fullDescription": {"text": " ".join(record.root_cause.split())},
        "defaultConfiguration": {"level": _SARIF_LEVELS.get(record.severity, "error")},
        "properties": {"tags": list(record.tags), "role": record.role},
    }
    if record.documentation_url:
        rule["helpUri"] = record.documentation_url
    fixes = [w.action for w in record.ranked_workarounds]
    if fixes:
        rule["help"] = {"text": "\n".join(f"- {action}" for action in fixes)}
    return rule


def _result(incident: Incident, path: str, rule_index: int) -> dict[str, Any]:
    location = {
        "physicalLocation": {
            "artifactLocation": {"uri": path},
            "region": _region(
                incident.line, incident.column, incident.end_line, incident.end_column
            ),
        }
    }
    related = [
        {
            "id": number,
            "message": {"text": f"consequence: {' '.join(match.text.split())[:200]}"},
            "physicalLocation": {
                "artifactLocation": {"uri": path},
                "region": _region(match.line, match.column, match.end_line, match.end_column),
            },
        }
        for number, match in enumerate(incident.consequences[:RELATED_SHOWN])
    ]
    fixes = incident.fixes()
    text = incident.title + (f". Fix: {fixes[0].action}" if fixes else "")
    result: dict[str, Any] = {
        "ruleId": incident.record.id,
        "ruleIndex": rule_index,
        "level": _SARIF_LEVELS.get(incident.record.severity, "error"),
        "message": {"text": text},
        "locations": [location],
        "partialFingerprints": {
            "errkbIncident/v1": f"{incident.record.id}:{sorted(incident.captures.items())}"
        },
        "properties": {
            "score": round(incident.score, 4),
            "repeats": incident.repeats,
            "environment": incident.environment.describe(),
        },
    }
    if related:
        result["relatedLocations"] = related
    return result


def sarif_log(found: Iterable[tuple[str, Incident]]) -> str:
    """A SARIF 2.1.0 log with one result per incident (consequences as related locations)."""
    rules: list[dict[str, Any]] = []
    rule_index: dict[str, int] = {}
    results: list[dict[str, Any]] = []
    for path, incident in found:
        if incident.record.id not in rule_index:
            rule_index[incident.record.id] = len(rules)
            rules.append(_rule(incident))
        results.append(_result(incident, path, rule_index[incident.record.id]))
    log = {
        "$schema": SARIF_SCHEMA,
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "errkb",
                        "version": __version__,
                        "informationUri": "https://pypi.org/project/errkb/",
                        "rules": rules,
                    }
                },
                "results": results,
            }
        ],
    }
    return json.dumps(log, indent=2, ensure_ascii=False)
