"""errkb scan PATH...: every recognised error in files, directories or stdin."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from errkb.cli.options import environment_for, knowledge_base_for, read_input
from errkb.cli.output import (
    EXIT_NOT_FOUND,
    EXIT_OK,
    PROGRESS_THRESHOLD,
    Output,
    Segment,
    error_console,
    print_json,
)
from errkb.engine.match import Match
from errkb.kb.knowledge_base import KnowledgeBase
from errkb.render.match import match_to_dict

if TYPE_CHECKING:
    pass

__all__ = ["add_parser", "cmd_scan", "scan_sources", "scan_with_progress"]


def scan_sources(sources: list[str]) -> list[str]:
    expanded: list[str] = []
    for source in sources:
        path = Path(source)
        if source != "-" and path.is_dir():
            expanded.extend(str(p) for p in sorted(path.rglob("*")) if p.is_file())
        else:
            expanded.append(source)
    return expanded


def scan_with_progress(
    kb: KnowledgeBase, sources: list[str], sizes: dict[str, int], fuzzy: bool
) -> list[tuple[str, Match]]:
    from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

    results: list[tuple[str, Match]] = []
    with Progress(
        TextColumn("scanning {task.description}"), BarColumn(), TimeElapsedColumn(),
        console=error_console(), transient=True,
    ) as progress:  # fmt: skip
        task = progress.add_task("", total=max(1, sum(sizes.values())))
        for source in sources:
            progress.update(task, description=source)
            text = read_input(source)
            results.extend((source, m) for m in kb.scan(text, fuzzy=fuzzy))
            progress.advance(task, max(1, sizes[source]))
    return results


def cmd_scan(args: argparse.Namespace, out: Output) -> int:
    kb = knowledge_base_for(args)
    env = environment_for(args)
    sources = scan_sources(args.paths)
    sizes = {s: (Path(s).stat().st_size if s != "-" and Path(s).exists() else 0) for s in sources}
    if not args.json and sum(sizes.values()) >= PROGRESS_THRESHOLD and out.is_terminal:
        results = scan_with_progress(kb, sources, sizes, args.fuzzy)
    else:
        results = [
            (source, m) for source in sources for m in kb.scan(read_input(source), fuzzy=args.fuzzy)
        ]
    if args.json:
        print_json([{"path": path, **match_to_dict(m, env=env)} for path, m in results])
        return EXIT_OK if results else EXIT_NOT_FOUND
    fuzzy: list[Segment] = [" ", ("dim", "(fuzzy)")]
    for path, match in results:
        name = "<stdin>" if path == "-" else path
        out.print(
            ("bold", f"{name}:{match.line + 1}:{match.column + 1}"),
            ": ",
            ("red", match.record.id),
            *(fuzzy if match.kind == "fuzzy" else ()),
            " ",
            match.record.signature,
        )
        if args.explain:
            best = match.fixes(env)
            if best:
                out.print(f"    fix: {best[0].action}")
                for command in best[0].commands:
                    out.print(f"      $ {command}")
    files = len({path for path, _ in results})
    out.print(f"\n{len(results)} recognised in {files} of {len(sources)} input(s)", style="dim")
    return EXIT_OK if results else EXIT_NOT_FOUND


def add_parser(sub: Any, common: argparse.ArgumentParser) -> None:
    """Add this command to the `errkb` parser."""
    p = sub.add_parser("scan", parents=[common], help="every recognised error in files or stdin")
    p.add_argument("paths", nargs="+", metavar="PATH", help="files or directories; - for stdin")
    p.add_argument("--fuzzy", action="store_true", help="also report fuzzy matches")
    p.add_argument("--explain", action="store_true", help="show the best fix under each occurrence")
    p.set_defaults(handler=cmd_scan)
