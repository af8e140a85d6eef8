"""errkb scan PATH...: the incidents in files, directories or stdin (one per root cause), or
with --lines every recognised line; as text, JSON, GitHub annotations or SARIF."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any, BinaryIO

from errkb.cli.options import fix_environment, knowledge_base_for, report_pattern_warnings
from errkb.cli.output import (
    EXIT_NOT_FOUND,
    EXIT_OK,
    EXIT_USAGE,
    PROGRESS_THRESHOLD,
    Output,
    Segment,
    error_console,
    error_line,
)
from errkb.engine.match import Match
from errkb.environment.local import Environment
from errkb.incidents.model import Incident
from errkb.kb.files import walk_files
from errkb.kb.knowledge_base import KnowledgeBase
from errkb.kb.sniff import BINARY_SNIFF, is_binary, utf16_text
from errkb.kb.stream import diagnose_stream, sample_of, scan_stream
from errkb.render.ci_formats import github_annotation, sarif_log
from errkb.render.incidents import incident_lines, incident_location, incident_to_dict
from errkb.render.match import match_to_dict

__all__ = [
    "BINARY_SNIFF",
    "FORMATS",
    "STREAM_BYTES",
    "add_parser",
    "cmd_scan",
    "is_binary",
    "scan_sources",
    "utf16_text",
]

#: Files at least this big are read in parts (see errkb.kb.stream), never held whole.
STREAM_BYTES = 64 << 20
FORMATS = ("text", "json", "github", "sarif")


def scan_sources(sources: list[str]) -> tuple[list[str], list[str]]:
    """The files to scan (directories walked by `walk_files`), and the sources that do not
    exist."""
    expanded: list[str] = []
    missing: list[str] = []
    for source in sources:
        path = Path(source)
        if source == "-":
            expanded.append(source)
        elif path.is_dir():
            expanded.extend(walk_files(path))
        elif path.exists() or path.is_symlink():  # a looping link fails when read, saying so
            expanded.append(source)
        else:
            missing.append(source)
    return expanded, missing


def _read(source: str) -> bytes:
    if source == "-":
        return sys.stdin.buffer.read()
    return Path(source).read_bytes()


class _Scan:
    """Scans the sources one by one, reporting unreadable and binary files as it goes."""

    def __init__(self, args: argparse.Namespace, kb: KnowledgeBase) -> None:
        self.args = args
        self.kb = kb
        self.failed: list[str] = []
        self.binary: list[str] = []
        self.files_with_findings = 0

    def inputs(self, sources: list[str]) -> Iterator[tuple[str, bytes]]:
        for source in sources:
            try:
                data = _read(source)
            except OSError as exc:
                error_line(f"errkb: cannot read {source}: {exc.strerror or exc}")
                self.failed.append(source)
                continue
            decoded = utf16_text(data)
            if decoded is not None:
                data = decoded
            elif is_binary(data[:BINARY_SNIFF]):
                self.binary.append(source)
                continue
            yield source, data

    def _scan(self, data: bytes) -> list[Match]:
        return self.kb.scan(data, fuzzy=self.args.fuzzy)

    def _streamed(self, sources: list[str]) -> Iterator[tuple[str, BinaryIO | None]]:
        """Each source, opened when it is a file big enough to be read in parts."""
        for source in sources:
            path = Path(source)
            if source != "-" and path.is_file() and path.stat().st_size >= STREAM_BYTES:
                try:
                    handle = path.open("rb")
                except OSError as exc:
                    error_line(f"errkb: cannot read {source}: {exc.strerror or exc}")
                    self.failed.append(source)
                    continue
                with handle:
                    if is_binary(handle.read(BINARY_SNIFF)):
                        self.binary.append(source)
                        continue
                    handle.seek(0)
                    yield source, handle
            else:
                yield source, None

    def incidents(self, sources: list[str]) -> Iterator[tuple[str, list[Incident]]]:
        for source, handle in self._streamed(sources):
            if handle is not None:
                sample = sample_of(handle, Path(source).stat().st_size)
                env = fix_environment(self.args, sample)
                found = diagnose_stream(self._scan, handle, env)
                self.files_with_findings += bool(found)
                yield source, found
                continue
            for _source, data in self.inputs([source]):
                env = fix_environment(self.args, data)
                found = self.kb.diagnose(data, env=env, fuzzy=self.args.fuzzy)
                self.files_with_findings += bool(found)
                yield source, found

    def matches(self, sources: list[str]) -> Iterator[tuple[str, Environment, list[Match]]]:
        for source, handle in self._streamed(sources):
            if handle is not None:
                env = fix_environment(self.args, sample_of(handle, Path(source).stat().st_size))
                # Reported part by part: a big log's matches are never all held at once.
                found_any = False
                for match in scan_stream(self._scan, handle):
                    found_any = True
                    yield source, env, [match]
                self.files_with_findings += found_any
                continue
            for _source, data in self.inputs([source]):
                matches = self._scan(data)
                self.files_with_findings += bool(matches)
                yield source, fix_environment(self.args, data), matches


def _name(source: str) -> str:
    return "<stdin>" if source == "-" else source


def _print_incidents(scan: _Scan, sources: list[str], out: Output) -> int:
    count = 0
    environments: set[str] = set()
    for source, incidents in scan.incidents(sources):
        for incident in incidents:
            count += 1
            environments.add(incident.environment.describe())
            fuzzy: list[Segment] = [" ", ("dim", "(fuzzy)")]
            out.print(
                ("bold", f"{_name(source)}:{incident_location(incident)}"),
                ": ",
                ("red", incident.record.id),
                *(fuzzy if incident.matches[0].kind == "fuzzy" else ()),
                "  ",
                incident.title,
            )
            for line in incident_lines(incident, explain=scan.args.explain):
                out.print(f"    {line}", style="dim" if line.startswith("then ") else None)
    where = ""
    if count and len(environments) == 1:
        where = f"; fixes for {environments.pop()}"
    out.print(
        f"\n{count} incident(s) in {scan.files_with_findings} of {len(sources)} input(s){where}",
        style="dim",
    )
    return count


def _print_lines(scan: _Scan, sources: list[str], out: Output) -> int:
    count = 0
    fuzzy: list[Segment] = [" ", ("dim", "(fuzzy)")]
    for source, env, matches in scan.matches(sources):
        for match in matches:
            count += 1
            if scan.args.format == "json":
                sys.stdout.write(
                    ("[\n" if count == 1 else ",\n")
                    + json.dumps({"path": source, **match_to_dict(match, env=env)}, indent=2)
                )
                continue
            out.print(
                ("bold", f"{_name(source)}:{match.line + 1}:{match.column + 1}"),
                ": ",
                ("red", match.record.id),
                *(fuzzy if match.kind == "fuzzy" else ()),
                " ",
                match.record.signature,
            )
            if scan.args.explain:
                best = match.fixes(env)
                if best:
                    out.print(f"    fix: {best[0].action}")
                    for command in best[0].commands:
                        out.print(f"      $ {command}")
    if scan.args.format == "json":
        sys.stdout.write("\n]\n" if count else "[]\n")
    else:
        files = scan.files_with_findings
        out.print(f"\n{count} recognised in {files} of {len(sources)} input(s)", style="dim")
    return count


def _write_machine(scan: _Scan, sources: list[str]) -> int:
    """JSON (streamed: one incident at a time), GitHub annotations, or SARIF."""
    count = 0
    found: list[tuple[str, Incident]] = []
    for source, incidents in scan.incidents(sources):
        for incident in incidents:
            count += 1
            if scan.args.format == "json":
                item = json.dumps(incident_to_dict(incident, path=source), indent=2)
                sys.stdout.write(("[\n" if count == 1 else ",\n") + item)
            elif scan.args.format == "github":
                sys.stdout.write(github_annotation(incident, _name(source)) + "\n")
            else:
                found.append((_name(source), incident))
    if scan.args.format == "json":
        sys.stdout.write("\n]\n" if count else "[]\n")
    elif scan.args.format == "sarif":
        text = sarif_log(found) + "\n"
        if scan.args.output:
            Path(scan.args.output).write_text(text, encoding="utf-8")
        else:
            sys.stdout.write(text)
    return count


def _size(source: str) -> int:
    if source == "-":
        return 0
    try:
        return Path(source).stat().st_size
    except OSError:
        return 0  # reported by the scan itself, with the reason


def cmd_scan(args: argparse.Namespace, out: Output) -> int:
    if args.json:
        args.format = "json"
    kb = knowledge_base_for(args)
    sources, missing = scan_sources(args.paths)
    for source in missing:
        error_line(f"errkb: cannot read {source}: No such file or directory")
    scan = _Scan(args, kb)
    sizes = sum(_size(source) for source in sources)
    if args.lines:
        count = _print_lines(scan, sources, out)
    elif args.format != "text":
        count = _write_machine(scan, sources)
    elif sizes >= PROGRESS_THRESHOLD and out.is_terminal:
        with _progress():
            count = _print_incidents(scan, sources, out)
    else:
        count = _print_incidents(scan, sources, out)
    report_pattern_warnings(kb)
    if scan.binary:
        shown = ", ".join(scan.binary[:3]) + (" ..." if len(scan.binary) > 3 else "")
        error_line(f"errkb: skipped {len(scan.binary)} binary file(s): {shown}")
    if missing or scan.failed:
        return EXIT_USAGE
    return EXIT_OK if count else EXIT_NOT_FOUND


def _progress() -> Any:
    from rich.progress import Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

    progress = Progress(
        SpinnerColumn(), TextColumn("scanning"), TimeElapsedColumn(),
        console=error_console(), transient=True,
    )  # fmt: skip
    progress.add_task("", total=None)
    return progress


def add_parser(sub: Any, common: argparse.ArgumentParser) -> None:
    """Add this command to the `errkb` parser."""
    p = sub.add_parser("scan", parents=[common], help="the incidents in files or stdin")
    p.add_argument("paths", nargs="+", metavar="PATH", help="files or directories; - for stdin")
    p.add_argument("--fuzzy", action="store_true", help="also report fuzzy matches")
    p.add_argument("--explain", action="store_true", help="show the best fix under each incident")
    p.add_argument(
        "--lines", action="store_true", help="every recognised line instead of incidents"
    )
    p.add_argument(
        "--format", choices=FORMATS, default="text",
        help="text, json, github (workflow-command annotations) or sarif (SARIF 2.1.0)",
    )  # fmt: skip
    p.add_argument("-o", "--output", metavar="FILE", help="write the SARIF log to FILE")
    p.set_defaults(handler=cmd_scan)
