"""Write records out: Markdown pages, the flat seed JSON, and canonical YAML record files.

``errkb export ID...`` renders records of the knowledge base for people (Markdown, in the
shape of the seed's rendered page) or for other tools (the flat seed JSON, which every seed
consumer reads). :func:`export_yaml` is the authoring format the importers write.
"""

from __future__ import annotations

import argparse
import json
import shlex
from collections.abc import Iterable
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from errkb._kb import KnowledgeBase
from errkb._record import FixCommand, Record, VersionInfo, Workaround

if TYPE_CHECKING:
    import yaml
    from rich.console import Console

__all__ = [
    "EXPORT_FORMATS",
    "add_export_parser",
    "export_markdown",
    "export_record",
    "export_seed_json",
    "export_yaml",
    "run_export",
]

#: ``--format`` name -> file suffix.
EXPORT_FORMATS: dict[str, str] = {"md": ".md", "json": ".json", "yaml": ".yaml"}

_NONE = "—"  # what the seed's pages print for an empty table cell


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


def export_seed_json(record: Record) -> str:
    """The record in the flat seed JSON shape (seed fields only, all present, seed order).

    The text has no trailing newline, like the seed file; a seed file exported from the record
    it was imported from is byte-for-byte the original.
    """
    return json.dumps(record.seed_dict(), indent=2, ensure_ascii=False)


def _represent_str(dumper: Any, value: str) -> yaml.ScalarNode:
    style: str | None = None
    if "\n" in value:
        style = "|"
    elif "\\" in value:
        # Single quotes keep a backslash literal: what record authors are told to write.
        style = "'"
    node: yaml.ScalarNode = dumper.represent_scalar("tag:yaml.org,2002:str", value, style=style)
    return node


@cache
def _record_dumper() -> Any:
    """YAML that reads well: block style for multi-line text, single quotes for regexes.

    Made on first use: Markdown pages (the language server's hovers, ``errkb explain
    --markdown``) need no PyYAML.
    """
    import yaml

    # libyaml's emitter when PyYAML has it (8x faster on big imports), else the pure-Python one.
    base: Any = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
    dumper: Any = type("_RecordDumper", (base,), {})
    dumper.add_representer(str, _represent_str)
    return dumper


def export_yaml(record: Record) -> str:
    """The record as a YAML record file: the fields it sets, in the model's order.

    Loading the text back gives an equal record: nothing is dropped (unknown keys included) and
    no default is spelled out that the source did not set.
    """
    import yaml

    data: dict[str, Any] = record.model_dump(mode="json", exclude_unset=True)
    text: str = yaml.dump(
        data,
        Dumper=_record_dumper(),
        sort_keys=False,
        allow_unicode=True,
        width=100,
        default_flow_style=False,
    )
    return text


def export_record(record: Record, fmt: str) -> str:
    """The record in one of :data:`EXPORT_FORMATS`, ending with a newline."""
    if fmt == "md":
        return export_markdown(record)
    if fmt == "json":
        return export_seed_json(record) + "\n"
    if fmt == "yaml":
        return export_yaml(record)
    raise ValueError(f"unknown export format {fmt!r}; choose one of {', '.join(EXPORT_FORMATS)}")


# --- command line ---------------------------------------------------------------------------


def add_export_parser(subparsers: Any) -> None:
    """Add ``errkb export ID... [--format md|json|yaml] [-o DIR] [--kb-path DIR]...``."""
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "export",
        help="write records as Markdown pages or seed JSON",
        description=(
            "Render knowledge-base records by id: Markdown pages (md), the flat seed JSON "
            "(json) or YAML record files (yaml). Without -o the output goes to standard output; "
            "several JSON records are printed as one JSON array."
        ),
    )
    parser.add_argument("ids", nargs="+", metavar="ID", help="record id, like python/foo-bar")
    parser.add_argument(
        "--format", dest="export_format", choices=sorted(EXPORT_FORMATS), default="md"
    )
    parser.add_argument(
        "-o",
        "--output",
        dest="export_output",
        type=Path,
        metavar="DIR",
        help="write <DIR>/<domain>/<slug>.<ext> files instead of printing",
    )
    parser.add_argument(
        "--kb-path",
        "--kb",
        dest="kb",
        action="append",
        type=Path,
        metavar="DIR",
        # SUPPRESS: an absent option must not hide a --kb given to the main parser.
        default=argparse.SUPPRESS,
        help="extra knowledge-base directory searched for the ids (repeatable)",
    )
    parser.set_defaults(handler=run_export)


def _load_records(kb_paths: Iterable[Path]) -> dict[str, Record]:
    # The directories every errkb command sees (bundled, user, $ERRKB_PATH, project), then ours.
    # Exporting matches nothing: no hyperscan database to compile.
    kb = KnowledgeBase.from_environment(list(kb_paths), fuzzy=False, use_hyperscan=False)
    return dict(kb.records)


def run_export(args: argparse.Namespace, console: Console) -> int:
    """Handle ``errkb export``: 0 when every id was exported, 1 when some id is unknown."""
    records = _load_records(getattr(args, "kb", None) or [])
    fmt: str = args.export_format
    found: list[Record] = []
    missing = [record_id for record_id in args.ids if record_id not in records]
    for record_id in args.ids:
        if record_id in records:
            found.append(records[record_id])
    from rich.console import Console
    from rich.markup import escape

    # Errors go to stderr: stdout may be redirected into the exported file.
    errors = Console(stderr=True, highlight=False)
    for record_id in missing:
        errors.print(f"[red]errkb export:[/red] no record with id {escape(record_id)}")
    out_dir: Path | None = args.export_output
    if out_dir is not None:
        for record in found:
            domain, slug = record.id.split("/", 1)
            target = out_dir / domain / f"{slug}{EXPORT_FORMATS[fmt]}"
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(export_record(record, fmt), encoding="utf-8")
            console.print(f"wrote {escape(str(target))}", highlight=False)
    elif fmt == "json" and len(found) > 1:
        console.file.write(
            json.dumps([r.seed_dict() for r in found], indent=2, ensure_ascii=False) + "\n"
        )
    else:
        # Written to the console's file untouched: rich markup or wrapping would alter the text.
        console.file.write("\n".join(export_record(r, fmt) for r in found))
    return 1 if missing else 0
