"""Where errkb incidents become LSP values: one diagnostic per incident, and its hover."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from lsprotocol import types
from pygls.protocol import default_converter

import errkb
from errkb_lsp.incidents import DocIncident
from errkb_lsp.lsp_utils import SOURCE, DiagnosticFeatures, lsp_severity, sanitize
from errkb_lsp.options import Settings
from errkb_lsp.scanning import Occurrence

__all__ = [
    "MAX_RELATED",
    "DiagnosticWriter",
    "as_diagnostic",
    "incident_markdown",
    "lsp_diagnostic",
    "lsp_incident_hover",
]

#: Related-information entries per diagnostic: a job that fails the same way 500 times would
#: otherwise send 500 of them with every publish.
MAX_RELATED = 20
_CONVERTER = default_converter()  # type: ignore[no-untyped-call]  # pygls is untyped here


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _range(start: tuple[int, int], end: tuple[int, int]) -> dict[str, Any]:
    return {
        "start": {"line": start[0], "character": start[1]},
        "end": {"line": end[0], "character": end[1]},
    }


def _occurrence_range(occurrence: Occurrence) -> dict[str, Any]:
    return _range(
        (occurrence.start_line, occurrence.start_char), (occurrence.end_line, occurrence.end_char)
    )


def incident_message(found: DocIncident) -> str:
    """The diagnostic's text: the title with the log's values, why, and how often."""
    incident = found.incident
    cause = _one_line(incident.record.short_cause)
    message = _one_line(incident.title) + (f" — {cause}" if cause else "")
    if incident.repeats > 1:
        message += f" (× {incident.repeats}, last at line {incident.last_line + 1})"
    if incident.note:
        message += f" ({incident.note})"
    return message


def _related(found: DocIncident, uri: str) -> list[dict[str, Any]]:
    record_id = found.record_id
    entries: list[tuple[Occurrence, str]] = [
        (part, f"part of {record_id}") for part in found.parts[1:]
    ]
    entries += [
        (c, f"consequence of {record_id}: {_one_line(c.raw_match.text)[:120]}")
        for c in found.consequences
    ]
    total = found.incident.repeats
    entries += [
        (r, f"{record_id} again ({n} of {total})") for n, r in enumerate(found.repeats, start=2)
    ]
    return [
        {"location": {"uri": uri, "range": _occurrence_range(o)}, "message": sanitize(m)}
        for o, m in entries[:MAX_RELATED]
    ]


class DiagnosticWriter:
    """Diagnostics as JSON-ready dicts, for publishing many of them quickly.

    Building lsprotocol objects and having cattrs unstructure them costs about 15
    microseconds per diagnostic, and a log with a thousand incidents is republished after
    every edit: this builds the JSON directly, and the parts that depend only on the record
    once per record. One writer serves one combination of settings and client features.
    """

    def __init__(self, settings: Settings, features: DiagnosticFeatures) -> None:
        self.settings = settings
        self.features = features
        self._record_parts: dict[str, dict[str, Any]] = {}

    def _record_part(self, record: errkb.Record) -> dict[str, Any]:
        part = self._record_parts.get(record.id)
        if part is None:
            part = {
                "severity": int(lsp_severity(record.id, record.severity, self.settings)),
                "code": record.id,
                "source": SOURCE,
            }
            href = record.documentation_url
            if href and self.features.code_description:
                part["codeDescription"] = {"href": href}
            self._record_parts[record.id] = part
        return part

    def diagnostic(self, found: DocIncident, uri: str) -> dict[str, Any]:
        """One incident's diagnostic, over its span, as JSON."""
        incident = found.incident
        result: dict[str, Any] = {
            "range": _range(found.start, found.end),
            "message": sanitize(incident_message(found)),
            **self._record_part(incident.record),
            "data": {
                "id": incident.record.id,
                "groups": sanitize(dict(incident.captures)),
                "repeats": incident.repeats,
            },
        }
        if self.features.related_information:
            related = _related(found, uri)
            if related:
                result["relatedInformation"] = related
        return result


def lsp_diagnostic(
    found: DocIncident, *, uri: str, settings: Settings, features: DiagnosticFeatures
) -> types.Diagnostic:
    """The same diagnostic as lsprotocol's type (code actions)."""
    return as_diagnostic(DiagnosticWriter(settings, features).diagnostic(found, uri))


def as_diagnostic(written: dict[str, Any]) -> types.Diagnostic:
    """A diagnostic written as JSON by `DiagnosticWriter`, as lsprotocol's type (pull)."""
    diagnostic: types.Diagnostic = _CONVERTER.structure(written, types.Diagnostic)
    return diagnostic


def incident_markdown(found: DocIncident, *, markdown: bool) -> str:
    """Hover text of an incident: title, where it is, what followed, fixes for its machine."""
    incident = found.incident
    match = found.first.match
    env = incident.environment
    facts = []
    if incident.end_line > incident.line:
        facts.append(f"lines {incident.line + 1}-{incident.end_line + 1}")
    if incident.repeats > 1:
        facts.append(f"× {incident.repeats}, last at line {incident.last_line + 1}")
    facts += [
        f"then line {c.start_line + 1}: {_one_line(c.raw_match.text)[:100]}"
        for c in found.consequences[:3]
    ]
    if incident.note:
        facts.append(incident.note)
    where = f"Fixes for {env.describe()}."
    if not markdown:
        body = errkb.render_text(match, env=env)
        return "\n".join([_one_line(incident.title), *facts, where, "", body])
    brief = errkb.render_markdown(match, env=env, brief=True)
    # The brief page opens with the record's generic signature: the title replaces it.
    body = brief.split("\n", 1)[1] if brief.startswith("**") else brief
    header = [f"**{_one_line(incident.title)}**", ""]
    if facts:
        header += [" · ".join(facts), ""]
    header += [f"*{where}*"]
    return "\n".join(header) + "\n" + body


def lsp_incident_hover(
    found: Sequence[DocIncident], loose: Sequence[Occurrence], env: Any, *, markdown: bool
) -> types.Hover | None:
    """Hover for what is under the cursor: its incidents, then any match not grouped yet
    (a scan still running, lines edited since the last scan)."""
    if not found and not loose:
        return None
    parts = [incident_markdown(i, markdown=markdown) for i in found]
    if markdown:
        parts += [errkb.render_markdown(o.match, env=env, brief=True) for o in loose]
        value, kind = "\n\n---\n\n".join(parts), types.MarkupKind.Markdown
    else:
        parts += [errkb.render_text(o.match, env=env) for o in loose]
        value, kind = "\n\n".join(parts), types.MarkupKind.PlainText
    if found:
        span = types.Range(start=types.Position(*found[0].start), end=types.Position(*found[0].end))
    else:
        first = loose[0]
        span = types.Range(
            start=types.Position(first.start_line, first.start_char),
            end=types.Position(first.end_line, first.end_char),
        )
    return types.Hover(contents=types.MarkupContent(kind=kind, value=sanitize(value)), range=span)
