"""Options every command shares: knowledge-base directories, fuzzy matching, the shell and OS fixes
are rendered for, JSON output."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from errkb.cli.output import UsageError, error_line
from errkb.environment.local import Environment, detect_os, detect_shell
from errkb.kb.knowledge_base import KnowledgeBase

__all__ = [
    "SHOWN_PROBLEMS",
    "common_options",
    "environment_for",
    "fix_environment",
    "knowledge_base_for",
    "read_input",
    "report_load_problems",
    "report_pattern_warnings",
]

#: Load problems named one by one on stderr before the rest are only counted.
SHOWN_PROBLEMS = 5


def knowledge_base_for(args: argparse.Namespace, *, report: bool = True) -> KnowledgeBase:
    """The knowledge base the options ask for; its load problems said once on stderr."""
    for directory in args.kb or ():
        if report and not Path(directory).is_dir():
            # An explicit request: a typo must not quietly scan without the team's records.
            error_line(f"errkb: --kb {directory}: no such directory; going on without it")
    kb = KnowledgeBase.from_environment(
        args.kb or (), include_bundled=not args.no_bundled, fuzzy=not args.no_fuzzy
    )
    if report:
        report_load_problems(kb)
    return kb


def report_load_problems(kb: KnowledgeBase) -> None:
    """Say once how many record files were skipped or partly disabled, naming file and field:
    a bad team record must not vanish silently (``errkb validate`` lists them all)."""
    errors = list(kb.errors)
    if not errors:
        return
    files = sorted({error.path for error in errors})
    error_line(
        f"errkb: {len(errors)} problem(s) in {len(files)} record file(s); "
        f"{len(kb.records)} records loaded (`errkb validate` lists every problem):"
    )
    for error in errors[:SHOWN_PROBLEMS]:
        error_line(f"  {error}")
    if len(errors) > SHOWN_PROBLEMS:
        error_line(f"  ... and {len(errors) - SHOWN_PROBLEMS} more")


def report_pattern_warnings(kb: KnowledgeBase) -> None:
    """Name the patterns disabled during this run for running out of their time budget."""
    for warning in kb.warnings:
        error_line(f"errkb: {warning}")


def environment_for(args: argparse.Namespace) -> Environment:
    """This machine, or the shell and OS the options name."""
    given = bool(args.shell or args.os)
    return Environment(
        shell=args.shell or detect_shell(),
        os=args.os or detect_os(),
        detect_packages=True,
        source="given" if given else "local",
    )


def fix_environment(args: argparse.Namespace, text: str | bytes) -> Environment:
    """Where the fixes for a log apply: the options' shell and OS when given, else the
    machine the log shows it came from, else this one."""
    local = environment_for(args)
    if local.source == "given":
        return local
    if isinstance(text, bytes):
        text = text.decode("utf-8", "replace")
    return Environment.from_text(text, default=local)


def read_input(source: str) -> str:
    try:
        raw = sys.stdin.buffer.read() if source == "-" else Path(source).read_bytes()
    except OSError as exc:
        raise UsageError(f"cannot read {source}: {exc.strerror or exc}") from exc
    return raw.decode("utf-8", "replace")


def common_options() -> argparse.ArgumentParser:
    """The parent parser of the options every matching command takes."""
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument(
        "--kb", action="append", metavar="DIR", help="extra knowledge-base directory (repeatable)"
    )
    common.add_argument("--no-bundled", action="store_true", help="leave out the bundled records")
    common.add_argument("--no-fuzzy", action="store_true", help="no fuzzy fallback in lookups")
    common.add_argument("--shell", help="render fixes for this shell (default: $SHELL)")
    common.add_argument(
        "--os", choices=["linux", "macos", "windows"], help="render fixes for this OS"
    )
    common.add_argument("--json", action="store_true", help="machine-readable output")
    return common
