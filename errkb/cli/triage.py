"""errkb triage PATHS...: every log's incidents, then the fleet's known failures by record and
its unknown failures by cluster; a rich table on a terminal, --json, --html report.html."""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from errkb.cli.options import knowledge_base_for, report_pattern_warnings
from errkb.cli.output import EXIT_NOT_FOUND, EXIT_OK, EXIT_USAGE, Output, error_console, error_line
from errkb.kb.cache import default_cache_dir
from errkb.render.triage import (
    KNOWN_COLUMNS,
    UNKNOWN_COLUMNS,
    headline,
    known_rows,
    triage_to_dict,
    unknown_rows,
)
from errkb.triage.model import LogResult
from errkb.triage.runner import Progress, default_jobs, run_local
from errkb.triage.summary import TriageReport, summarise

__all__ = ["add_parser", "cmd_triage", "last_report_path"]

#: Below this many logs a pool costs more to start than it saves.
_POOL_FROM_FILES = 8


def last_report_path() -> Path:
    """Where the last triage's JSON report is kept, for `errkb draft CLUSTER_ID`."""
    return default_cache_dir() / "last-triage.json"


def _results(
    args: argparse.Namespace, files: list[str], progress: Progress | None
) -> Iterator[LogResult]:
    kb = knowledge_base_for(args)
    if args.dask:
        from errkb.triage.dask_backend import run_dask

        yield from run_dask(kb, files, args.dask, progress=progress)
    else:
        yield from run_local(kb, files, jobs=args.jobs, progress=progress)
    report_pattern_warnings(kb)


def _collect(args: argparse.Namespace, files: list[str], out: Output) -> list[LogResult]:
    if not out.is_terminal or args.json or len(files) < 2:
        return list(_results(args, files, None))
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeRemainingColumn

    with Progress(
        "triage", BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
        console=error_console(), transient=True,
    ) as bar:  # fmt: skip
        task = bar.add_task("", total=len(files))
        return list(_results(args, files, lambda done: bar.advance(task, done)))


def _print_logs(report: TriageReport, out: Output) -> None:
    for result in report.logs:
        if result.error:
            out.print(("bold", result.path), ": ", ("yellow", f"unreadable ({result.error})"))
            continue
        if not result.incidents and not result.unknown:
            continue
        found = ", ".join(
            f"{i.record_id} (line {i.line + 1}{f', x{i.repeats}' if i.repeats > 1 else ''})"
            for i in result.incidents
        )
        unknown = sum(u.count for u in result.unknown) + result.unknown_dropped
        tail = f"{'; ' if found else ''}{unknown} unrecognised failure line(s)" if unknown else ""
        out.print(("bold", result.path), ": ", found, tail)


def _print_table(
    out: Output, title: str, columns: tuple[str, ...], rows: list[tuple[str, ...]]
) -> None:
    if not rows:
        out.print(f"{title}: none")
        return
    if out.is_terminal:
        from rich.table import Table

        table = Table(title=title, title_justify="left", highlight=False)
        for column in columns:
            numeric = column in ("logs", "share", "occurrences", "lines")
            table.add_column(column, justify="right" if numeric else "left", overflow="fold")
        for row in rows:
            table.add_row(*row)
        out.console.print(table)
        return
    widths = [max(len(c), *(len(r[i]) for r in rows)) for i, c in enumerate(columns)]
    out.print(title)
    for row in (columns, *rows):
        cells = [value.ljust(width) for value, width in zip(row[:-1], widths, strict=False)]
        out.print("  " + "  ".join([*cells, row[-1]]).rstrip())


def _print_report(report: TriageReport, out: Output, *, summary_only: bool) -> None:
    if not summary_only:
        _print_logs(report, out)
        out.print("")
    out.print(headline(report), style="dim")
    out.print("")
    _print_table(out, "Known failures", KNOWN_COLUMNS, known_rows(report))
    out.print("")
    if report.clustering_note:
        out.print(f"Unknown failures: not clustered: {report.clustering_note}")
        return
    _print_table(out, "Unknown failures", UNKNOWN_COLUMNS, unknown_rows(report))
    if report.clusters:
        out.print(
            f"\n`errkb draft {report.clusters[0].id}` writes a record skeleton for a cluster.",
            style="dim",
        )


def _save(path: Path, data: dict[str, Any]) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(data, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    except OSError as exc:
        error_line(f"errkb: cannot write {path}: {exc.strerror or exc}")


def cmd_triage(args: argparse.Namespace, out: Output) -> int:
    from errkb.triage.sources import expand_sources

    sources = expand_sources(args.paths, stdin=sys.stdin if "-" in args.paths else None)
    for missing in sources.missing:
        error_line(f"errkb: {missing}: no such file, directory or matching glob")
    if not sources.files:
        error_line("errkb: no logs to triage")
        return EXIT_USAGE
    if len(sources.files) < _POOL_FROM_FILES:
        args.jobs = 1
    started = time.perf_counter()
    results = _collect(args, sources.files, out)
    report = summarise(results, cluster=not args.no_cluster)
    report.elapsed = time.perf_counter() - started
    report.backend = "dask" if args.dask else ("processes" if args.jobs > 1 else "one process")
    report.workers = 0 if args.dask else args.jobs
    data = triage_to_dict(report)
    _save(last_report_path(), data)
    if args.html:
        from errkb.render.triage_html import triage_html

        Path(args.html).write_text(triage_html(report), encoding="utf-8")
    if args.draft:
        from errkb.cli.draft import write_drafts

        write_drafts(data["unknown"], Path(args.draft), domain=args.domain)
    if args.json:
        sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
    else:
        _print_report(report, out, summary_only=args.summary_only)
    if sources.missing:
        return EXIT_USAGE
    return EXIT_OK if report.known or report.clusters else EXIT_NOT_FOUND


def add_parser(sub: Any, common: argparse.ArgumentParser) -> None:
    """Add this command to the `errkb` parser."""
    p = sub.add_parser(
        "triage",
        parents=[common],
        help="many logs at once: known failures counted, unknown ones clustered",
    )
    p.add_argument(
        "paths", nargs="+", metavar="PATH",
        help="log files (.gz and .zst too), directories, globs; - reads a list of paths from stdin",
    )  # fmt: skip
    p.add_argument("--html", metavar="FILE", help="also write a self-contained HTML report")
    p.add_argument(
        "-j", "--jobs", type=int, default=default_jobs(), metavar="N",
        help="worker processes (default: the CPUs this process may use)",
    )  # fmt: skip
    p.add_argument(
        "--dask", metavar="SCHEDULER", help="run on the Dask cluster at this address (errkb[dask])"
    )
    p.add_argument("--draft", metavar="DIR", help="write a record skeleton per unknown cluster")
    p.add_argument("--domain", default="local", help="the domain of drafted records")
    p.add_argument("--no-cluster", action="store_true", help="do not cluster unknown failures")
    p.add_argument("--summary-only", action="store_true", help="leave out the per-log lines")
    p.set_defaults(handler=cmd_triage)
