"""Render matches and records for people (plain text, Markdown) and programs (JSON)."""

from __future__ import annotations

import json
from typing import Any, Literal

from errkb.engine.match import Match
from errkb.environment.local import Environment
from errkb.records.fixes import RenderedFix, render_fixes
from errkb.records.model import Record
from errkb.render.record_page import export_markdown

__all__ = ["Renderable", "match_to_dict", "render", "render_json", "render_markdown", "render_text"]

Renderable = Match | Record


def _split(item: Renderable) -> tuple[Record, Match | None]:
    return (item.record, item) if isinstance(item, Match) else (item, None)


def _fixes(item: Renderable, env: Environment | None) -> list[RenderedFix]:
    record, match = _split(item)
    return render_fixes(record, env or Environment.detect(), match.groups if match else {})


def _percent(rate: float) -> str:
    return f"{round(rate * 100)}%"


def _verification(record: Record) -> str:
    if record.verification is not None:
        return record.verification.method
    return record.verification_tier or "unverified"


def render_text(item: Renderable, *, env: Environment | None = None) -> str:
    """Plain text for a terminal: what happened, why, and what to run."""
    record, match = _split(item)
    lines = [f"{record.signature}  [{record.id}]"]
    if match is not None:
        kind = " (fuzzy)" if match.kind == "fuzzy" else ""
        where = f"line {match.line + 1}, column {match.column + 1}"
        lines.append(f"  matched at {where}{kind}: {match.text.strip()[:200]}")
    lines.append("")
    lines.append("Why: " + (" ".join(record.root_cause.split()) or record.short_cause))
    fixes = _fixes(item, env)
    if fixes:
        lines.append("")
        lines.append("Fixes, most likely first:")
        for number, fix in enumerate(fixes, 1):
            lines.append(f"  {number}. {fix.action} ({_percent(fix.success_rate)})")
            lines.extend(f"       $ {command}" for command in fix.commands)
            lines.extend(f"       note: {note}" for note in fix.notes)
    if record.dead_ends:
        lines.append("")
        lines.append("Don't bother:")
        for dead_end in sorted(record.dead_ends, key=lambda d: -d.fail_rate):
            why = f": {dead_end.why_fails}" if dead_end.why_fails else ""
            lines.append(f"  - {dead_end.action} (fails {_percent(dead_end.fail_rate)}){why}")
    doc = record.documentation_url
    if doc:
        lines.append("")
        lines.append(f"Docs: {doc}")
    return "\n".join(lines) + "\n"


def _markdown_fixes(fixes: list[RenderedFix], *, brief: bool) -> list[str]:
    lines: list[str] = []
    for number, fix in enumerate(fixes, 1):
        lines.append(f"{number}. **{fix.action}** ({_percent(fix.success_rate)} success)")
        if fix.how and not brief:
            lines.append(f"   {fix.how}")
        if fix.commands:
            lines.append("   ```sh")
            lines.extend(f"   {command}" for command in fix.commands)
            lines.append("   ```")
        lines.extend(f"   *{note}*" for note in fix.notes)
    return lines


def render_markdown(
    item: Renderable, *, env: Environment | None = None, brief: bool = False
) -> str:
    """Markdown: the record's page with its fixes for `env`, or a hover-sized summary.

    The page is the exporter's (the seed's shape), followed by the fixes as commands for the
    user's shell and OS and what the installed versions mean.
    """

    record, match = _split(item)
    environment = env or Environment.detect()
    fixes = _fixes(item, environment)
    if brief:
        return _brief_markdown(record, match, fixes)
    page = export_markdown(record)
    runnable = [fix for fix in fixes if fix.commands or fix.notes]
    if not runnable:
        return page
    lines = ["", f"## For your environment ({environment.shell} on {environment.os})", ""]
    lines += _markdown_fixes(runnable, brief=False)
    return page + "\n".join(lines) + "\n"


def _brief_markdown(record: Record, match: Match | None, fixes: list[RenderedFix]) -> str:
    fuzzy = (
        " *(similar wording, not an exact match)*"
        if match is not None and match.kind == "fuzzy"
        else ""
    )
    lines = [
        f"**{record.signature}**{fuzzy}",
        "",
        " ".join(record.root_cause.split()) or record.short_cause,
        "",
    ]
    if fixes:
        lines += ["**Fixes**, most likely first:", "", *_markdown_fixes(fixes[:3], brief=True), ""]
    dead_ends = sorted(record.dead_ends, key=lambda d: -d.fail_rate)[:2]
    if dead_ends:
        lines.append(
            "**Skip:** "
            + "; ".join(f"{d.action} (fails {_percent(d.fail_rate)})" for d in dead_ends)
        )
        lines.append("")
    footer = [
        f"confidence {_percent(record.confidence)}",
        f"verified: {_verification(record)}",
        f"`{record.id}`",
    ]
    doc = record.documentation_url
    if doc:
        footer.append(f"[docs]({doc})")
    lines.append(" · ".join(footer))
    return "\n".join(lines) + "\n"


def match_to_dict(item: Renderable, *, env: Environment | None = None) -> dict[str, Any]:
    """The JSON shape shared by the CLI's ``--json`` and the language server's commands."""
    record, match = _split(item)
    data: dict[str, Any] = {
        "id": record.id,
        "signature": record.signature,
        "summary": record.short_cause,
        "severity": record.severity,
    }
    if match is not None:
        data.update(
            score=match.score,
            kind=match.kind,
            start=match.start,
            end=match.end,
            line=match.line,
            column=match.column,
            end_line=match.end_line,
            end_column=match.end_column,
            text=match.text,
            groups=match.groups,
        )
    data["fixes"] = [
        {
            "action": f.action,
            "success_rate": f.success_rate,
            "commands": f.commands,
            "notes": f.notes,
        }
        for f in _fixes(item, env)
    ]
    data["documentation"] = record.documentation_url
    return data


def render_json(item: Renderable, *, env: Environment | None = None) -> str:
    """One match or record as a JSON document."""
    return json.dumps(match_to_dict(item, env=env), ensure_ascii=False, indent=2)


def render(
    item: Renderable, fmt: Literal["text", "markdown", "json"], *, env: Environment | None = None
) -> str:
    """Render in the named format."""
    if fmt == "markdown":
        return render_markdown(item, env=env)
    if fmt == "json":
        return render_json(item, env=env)
    return render_text(item, env=env)
