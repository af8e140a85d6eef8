"""`errkb mcp`: the MCP server for coding agents (the `errkb-mcp` command, extra errkb[mcp])."""

from __future__ import annotations

import argparse
import importlib
from collections.abc import Sequence
from typing import Any

__all__ = ["add_parser", "passthrough"]


def add_parser(sub: Any, common: argparse.ArgumentParser) -> None:
    """Add this command to the `errkb` parser (for `errkb --help`; `passthrough` runs it)."""
    del common  # the server has its own options: errkb mcp --help
    p = sub.add_parser(
        "mcp", help="serve errkb to coding agents over MCP (stdio; --http for 127.0.0.1)"
    )
    # Only for `errkb --help`: errkb.cli.app hands `errkb mcp ...` to `passthrough` unparsed.
    p.set_defaults(handler=lambda args, out: passthrough([]))


def passthrough(argv: Sequence[str]) -> int:
    """Run ``errkb-mcp`` with these arguments; stdout is the protocol's channel."""
    # errkb_mcp is one of errkb's front ends, above the CLI: looked up by name only when
    # asked for, so the CLI never imports it otherwise.
    server = importlib.import_module("errkb_mcp.__main__")
    try:
        return int(server.main(list(argv)))
    except SystemExit as exc:  # errkb-mcp's argparse: --help, usage errors
        return exc.code if isinstance(exc.code, int) else 0 if exc.code is None else 2
