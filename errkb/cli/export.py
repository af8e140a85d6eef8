"""errkb export ID...: records of the knowledge base as Markdown pages, seed JSON or YAML files."""

from __future__ import annotations

import argparse
import json
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from errkb.kb.knowledge_base import KnowledgeBase
from errkb.records.dump import export_seed_json, export_yaml
from errkb.records.model import Record
from errkb.render.record_page import export_markdown

if TYPE_CHECKING:
    from rich.console import Console

__all__ = ["EXPORT_FORMATS", "add_parser", "export_record", "run_export"]


#: ``--format`` name -> file suffix.
EXPORT_FORMATS: dict[str, str] = {"md": ".md", "json": ".json", "yaml": ".yaml"}


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


def add_parser(subparsers: Any, common: argparse.ArgumentParser | None = None) -> None:
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
