"""Options every command shares: knowledge-base directories, fuzzy matching, the shell and OS fixes
are rendered for, JSON output."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from errkb.cli.output import UsageError
from errkb.environment.local import Environment, detect_os, detect_shell
from errkb.kb.knowledge_base import KnowledgeBase

if TYPE_CHECKING:
    pass

__all__ = ["common_options", "environment_for", "knowledge_base_for", "read_input"]


def knowledge_base_for(args: argparse.Namespace) -> KnowledgeBase:
    return KnowledgeBase.from_environment(
        args.kb or (), include_bundled=not args.no_bundled, fuzzy=not args.no_fuzzy
    )


def environment_for(args: argparse.Namespace) -> Environment:
    return Environment(
        shell=args.shell or detect_shell(), os=args.os or detect_os(), detect_packages=True
    )


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
