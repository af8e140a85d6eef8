"""errkb import {seed,deadends,fix-page}: third-party error knowledge turned into errkb record
files in a directory the user adds to their path."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

from rich.console import Console
from rich.markup import escape

from errkb.records.importers.common import RecordImportError, bundled_ids, write_records
from errkb.records.importers.deadends import import_deadends
from errkb.records.importers.fix_page import import_fix_page
from errkb.records.importers.seed import seed_from_text
from errkb.records.model import Record

__all__ = ["IMPORT_FORMATS", "add_parser", "run_import"]


#: The ``errkb import`` sub-commands.
IMPORT_FORMATS = ("seed", "deadends", "fix-page")


def add_parser(subparsers: Any, common: argparse.ArgumentParser | None = None) -> None:
    """Add ``errkb import {seed,deadends,fix-page} SRC... -o DIR [--json] [--allow-override]``."""
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "import",
        help="turn third-party error knowledge into record files",
        description=(
            "Convert seed records, deadends.dev canons or fix pages into errkb record files "
            "(<DIR>/<domain>/<slug>.yaml). Add DIR to your knowledge-base path to use them."
        ),
    )
    formats = parser.add_subparsers(dest="import_format", metavar="FORMAT", required=True)
    helps = {
        "seed": "flat seed JSON records (*.record.json); '-' reads standard input",
        "deadends": "deadends.dev canon folders (<domain>/<slug>/<env>.json) or files",
        "fix-page": "fix pages (plain text from a closed upstream issue); '-' reads stdin",
    }
    for name in IMPORT_FORMATS:
        sub = formats.add_parser(name, help=helps[name], description=helps[name])
        sub.add_argument("sources", nargs="+", metavar="SRC")
        sub.add_argument(
            "-o", "--output", required=True, type=Path, metavar="DIR", help="where to write"
        )
        sub.add_argument("--json", action="store_true", help="print a JSON report")
        sub.add_argument(
            "--allow-override",
            action="store_true",
            help="also write records whose id a bundled record uses (they then replace it)",
        )
        if name == "fix-page":
            sub.add_argument("--source-url", help="the page's address, kept as a reference")
        sub.set_defaults(handler=run_import, import_format=name)


def _read_source(source: str) -> str:
    if source == "-":
        return sys.stdin.read()
    return Path(source).read_text(encoding="utf-8")


def _collect(
    args: argparse.Namespace,
) -> tuple[list[Record], list[tuple[str, str]], dict[str, str]]:
    records: list[Record] = []
    rejected: list[tuple[str, str]] = []
    origin: dict[str, str] = {}
    fmt: str = args.import_format
    for source in args.sources:
        try:
            if fmt == "deadends":
                root = Path(source)
                if not root.exists():
                    raise RecordImportError("no such file or directory")
                report = import_deadends(root)
                rejected.extend((str(path), reason) for path, reason in report.rejected)
                for record in report.records:
                    records.append(record)
                    origin[record.id] = str(report.sources[record.id])
                continue
            text = _read_source(source)
            if fmt == "seed":
                record = seed_from_text(text)
            else:
                page_source = getattr(args, "source_url", None) or (
                    None if source == "-" else source
                )
                record = import_fix_page(text, source=page_source)
        except (RecordImportError, OSError, UnicodeDecodeError) as exc:
            rejected.append((source, str(exc)))
            continue
        records.append(record)
        origin[record.id] = source
    return records, rejected, origin


def run_import(args: argparse.Namespace, console: Console) -> int:
    """Handle ``errkb import``: 0 when every source was written, 1 when any was not."""
    records, rejected, origin = _collect(args)
    unique: list[Record] = []
    seen: set[str] = set()
    for record in records:
        if record.id in seen:
            rejected.append(
                (origin.get(record.id, "?"), f"duplicate: id {record.id} imported twice")
            )
            continue
        seen.add(record.id)
        unique.append(record)
    bundled = bundled_ids()
    collisions = sorted(record.id for record in unique if record.id in bundled)
    skipped: list[tuple[str, str]] = []
    if not args.allow_override:
        skipped = [
            (rid, "a bundled record has this id; pass --allow-override to replace it")
            for rid in collisions
        ]
        unique = [record for record in unique if record.id not in bundled]
    written = write_records(unique, args.output)

    if args.json:
        report = {
            "format": args.import_format,
            "output": str(args.output),
            "imported": len(written),
            "written": [str(path) for path in written],
            "rejected": [{"source": s, "reason": r} for s, r in rejected],
            "collisions": collisions,
            "overridden": collisions if args.allow_override else [],
            "skipped": [{"id": i, "reason": r} for i, r in skipped],
        }
        console.file.write(json.dumps(report, indent=2) + "\n")
    else:
        for source, reason in rejected:
            console.print(f"[yellow]rejected[/yellow] {escape(source)}: {escape(reason)}")
        for record_id, reason in skipped:
            console.print(f"[yellow]skipped[/yellow] {escape(record_id)}: {escape(reason)}")
        if args.allow_override and collisions:
            names = ", ".join(collisions)
            console.print(f"[yellow]overrides bundled[/yellow] {escape(names)}")
        console.print(
            f"imported {len(written)} record(s) into {escape(str(args.output))}; "
            f"{len(rejected)} rejected, {len(skipped)} skipped",
            highlight=False,
        )
    return 1 if rejected or skipped else 0
