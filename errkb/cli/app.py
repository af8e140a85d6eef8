"""The errkb command line: one module per command, and only the command being run is loaded.

Exit status: 0 success (something recognised, or a clean validation); 1 nothing recognised
(lookup, scan) or problems found (validate); 2 usage or input error. ``errkb run`` exits with
the command's own status.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence

from errkb._version import __version__
from errkb.cli.options import common_options
from errkb.cli.output import EXIT_OK, EXIT_USAGE, Output, UsageError, error_console

__all__ = ["COMMANDS", "build_parser", "main"]

#: Command name -> the module that defines its `add_parser(subparsers, common)` and handler.
COMMANDS: dict[str, str] = {
    "lookup": "errkb.cli.lookup",
    "scan": "errkb.cli.scan",
    "explain": "errkb.cli.explain",
    "list": "errkb.cli.list_records",
    "validate": "errkb.cli.validate",
    "run": "errkb.cli.run",
    "import": "errkb.cli.import_records",
    "export": "errkb.cli.export",
    "triage": "errkb.cli.triage",
    "draft": "errkb.cli.draft",
    "mcp": "errkb.cli.mcp",
}
#: Commands that hand their whole command line to their own parser (`passthrough(argv)`).
_PASSTHROUGH = ("mcp",)
#: Commands whose handlers print through a rich console rather than `Output`.
_CONSOLE_COMMANDS = ("import", "export")


def build_parser() -> argparse.ArgumentParser:
    """The argument parser for every subcommand."""
    return _build_parser(None)


def _build_parser(only: str | None) -> argparse.ArgumentParser:
    """The argument parser with every command, or only `only`."""
    parser = argparse.ArgumentParser(
        prog="errkb", description="Recognise error output and say what to do."
    )
    parser.add_argument("--version", action="version", version=f"errkb {__version__}")
    sub = parser.add_subparsers(dest="command_name", required=True, metavar="COMMAND")
    common = common_options()
    for name, module in COMMANDS.items():
        if only is None or only == name:
            importlib.import_module(module).add_parser(sub, common)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``errkb`` command."""
    arguments = sys.argv[1:] if argv is None else list(argv)
    # The top level has no options but --help and --version, so a command line that starts with
    # a command's name reaches no other command's parser: only that one is built (the others,
    # `import` and `export` above all, cost time to import). Anything else (help, an unknown
    # command, none) gets every command, to list them.
    first = arguments[0] if arguments else None
    if first in _PASSTHROUGH:
        # A front end with its own parser (`errkb mcp --help` is errkb-mcp's help).
        return int(importlib.import_module(COMMANDS[first]).passthrough(arguments[1:]))
    parser = _build_parser(first if first in COMMANDS else None)
    try:
        args = parser.parse_args(arguments)
    except SystemExit as exc:  # argparse exits 2 on usage errors, 0 on --help
        return int(exc.code or 0)
    out = Output()
    try:
        sink = out.console if args.command_name in _CONSOLE_COMMANDS else out
        return int(args.handler(args, sink))
    except UsageError as exc:
        from rich.markup import escape

        error_console().print(f"errkb: {escape(str(exc))}", style="red", highlight=False)
        return EXIT_USAGE
    except BrokenPipeError:
        # `errkb scan big.log | head`: the reader left; that is not an error of ours.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
