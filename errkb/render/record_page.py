"""A record as a Markdown page, in the shape of the seed's rendered page: what explain --markdown
and export show people."""

from __future__ import annotations

import shlex
from typing import TYPE_CHECKING

from errkb.records.model import FixCommand, Record, VersionInfo, Workaround

if TYPE_CHECKING:
    pass

_NONE = "—"  # what the seed's pages print for an empty table cell

__all__ = ["export_markdown"]


def _percent(rate: float) -> str:
    return f"{round(rate * 100)}%"


def _cell(value: str | None) -> str:
    if value is None or not str(value).strip():
        return _NONE
    # A pipe would end the cell; a newline would end the row.
    return " ".join(str(value).split()).replace("|", "\\|")


def _bullets(record: Record) -> list[str]:
    verification = record.verification_tier or (
        record.verification.method if record.verification else None
    )
    rows: list[tuple[str, str | None]] = [
        ("ID", f"`{record.id}`"),
        ("Domain", record.domain or None),
        ("Category", record.category),
        ("Error Code", f"`{record.error_code}`" if record.error_code else None),
        ("Verification", verification),
        (
            "Fix Rate",
            _percent(record.fix_success_rate) if record.fix_success_rate is not None else None,
        ),
    ]
    return [f"- **{label}:** {value}" for label, value in rows if value]


def _version_table(versions: list[VersionInfo]) -> list[str]:
    # The seed's four columns; a fifth only when some version says what changed.
    with_change = any(v.behavior_change for v in versions)
    header = ["Version", "Status", "Introduced", "Deprecated"] + (["Change"] if with_change else [])
    lines = [
        "| " + " | ".join(header) + " |",
        "|" + "|".join("-" * (len(name) + 2) for name in header) + "|",
    ]
    for version in versions:
        cells = [
            _cell(version.version),
            _cell(version.status),
            _cell(version.introduced),
            _cell(version.deprecated),
        ]
        if with_change:
            cells.append(_cell(version.behavior_change))
        lines.append("| " + " | ".join(cells) + " |")
    return lines


def _command_text(command: FixCommand) -> str:
    if command.argv is not None:
        return shlex.join(command.argv)
    return command.script or ""


def _fenced(text: str, indent: str, language: str = "") -> list[str]:
    body = text.rstrip("\n").splitlines() or [""]
    # A fence must be longer than any backtick run inside the block.
    longest = max(
        (len(run) for run in "".join(c if c == "`" else " " for c in text).split()), default=0
    )
    fence = "`" * max(3, longest + 1)
    return [f"{indent}{fence}{language}", *(f"{indent}{line}" for line in body), f"{indent}{fence}"]


def _workaround_lines(number: int, workaround: Workaround, *, prose_how: bool) -> list[str]:
    indent = " " * (len(str(number)) + 2)
    lines = [f"{number}. **{workaround.action}** ({_percent(workaround.success_rate)} success)"]
    if workaround.condition:
        lines.append(f"{indent}*When:* {' '.join(workaround.condition.split())}")
    if workaround.how and prose_how:
        lines.append(f"{indent}{' '.join(workaround.how.split())}")
    elif workaround.how:
        # Seed records: `how` holds the steps, shown verbatim as the seed's pages do.
        lines.extend(_fenced(workaround.how, indent))
    if workaround.commands:
        script = "\n".join(_command_text(c) for c in workaround.commands)
        lines.extend(_fenced(script, indent, "sh"))
    return lines


def export_markdown(record: Record) -> str:
    """The record as a Markdown page: the shape of the seed's rendered record.

    Title, a bullet list of identifiers, then Root Cause, Version Compatibility, Workarounds
    (numbered, with success rates) and Dead Ends (with fail rates). Sections with nothing to
    show are left out; Fixed Releases and References follow when the record has them.

    >>> from errkb._record import Record
    >>> print(export_markdown(Record(id="a/b", signature="Boom")).splitlines()[0])
    # Boom
    """
    lines = [f"# {record.signature}", "", *_bullets(record)]
    if record.root_cause.strip():
        lines += ["", "## Root Cause", "", record.root_cause.strip()]
    if record.versions:
        lines += ["", "## Version Compatibility", "", *_version_table(record.versions)]
    if record.workarounds:
        # A record that spells its fixes out as commands (errkb's own) writes `how` as prose; a
        # seed or imported record keeps its steps in `how`.
        prose_how = any(w.commands for w in record.workarounds)
        lines += ["", "## Workarounds", ""]
        for number, workaround in enumerate(record.workarounds, start=1):
            lines += _workaround_lines(number, workaround, prose_how=prose_how)
    if record.dead_ends:
        lines += ["", "## Dead Ends", ""]
        for dead_end in record.dead_ends:
            why = f" — {dead_end.why_fails}" if dead_end.why_fails else ""
            when = f"; when {dead_end.condition}" if dead_end.condition else ""
            lines.append(
                f"- **{dead_end.action}**{why} ({_percent(dead_end.fail_rate)} fail{when})"
            )
    if record.fixed_releases:
        lines += ["", "## Fixed Releases", ""]
        for release in record.fixed_releases:
            change = f" — {release.change}" if release.change else ""
            note = f" ({release.note})" if release.note else ""
            lines.append(
                f"- **{release.package}** {release.version} ({release.ecosystem}){change}{note}"
            )
    if record.references:
        lines += ["", "## References", ""]
        for reference in record.references:
            title = reference.title or reference.url
            lines.append(f"- [{title}]({reference.url}) ({reference.kind})")
    return "\n".join(lines) + "\n"
