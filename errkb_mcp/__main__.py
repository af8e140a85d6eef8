"""Command line: ``errkb-mcp`` (stdio) or ``errkb-mcp --http [--port N]`` (127.0.0.1 only)."""

from __future__ import annotations

import argparse
import dataclasses
import logging
import sys
from collections.abc import Sequence

__all__ = ["main"]

DEFAULT_PORT = 8765


def _positive(value: str) -> float:
    try:
        number = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"expected a number of seconds, got {value!r}") from None
    if number <= 0:
        raise argparse.ArgumentTypeError("must be more than 0")
    return number


def _port(value: str) -> int:
    if not value.isdigit() or not 0 <= int(value) < 65536:
        raise argparse.ArgumentTypeError(f"expected a port number 0-65535, got {value!r}")
    return int(value)


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of ``errkb-mcp``."""
    from errkb_mcp import __version__

    parser = argparse.ArgumentParser(
        prog="errkb-mcp",
        description=(
            "The errkb MCP server: coding agents look errors up instead of guessing. "
            "Speaks MCP over stdio unless --http is given."
        ),
    )
    parser.add_argument(
        "--http",
        action="store_true",
        help="serve streamable HTTP at http://127.0.0.1:PORT/mcp instead of stdio "
        "(never on any other interface)",
    )
    parser.add_argument(
        "--port",
        type=_port,
        default=None,
        help=f"port for --http (default {DEFAULT_PORT}; 0 picks a free one)",
    )
    parser.add_argument(
        "--idle-timeout",
        type=_positive,
        metavar="SECONDS",
        help="with --http, stop after this long without a request",
    )
    parser.add_argument(
        "--kb", action="append", metavar="DIR", help="extra knowledge-base directory (repeatable)"
    )
    parser.add_argument("--no-bundled", action="store_true", help="leave out the bundled records")
    parser.add_argument(
        "--max-text-mb",
        type=_positive,
        metavar="MB",
        help="largest text diagnose accepts, in units of 2**20 characters (default 64)",
    )
    parser.add_argument(
        "--validation-timeout",
        type=_positive,
        metavar="SECONDS",
        help="stop validate_record after this long (default 60; a pattern may backtrack)",
    )
    parser.add_argument("--log-file", help="write the server's own log to this file")
    parser.add_argument("-v", "--verbose", action="store_true", help="log at debug level")
    parser.add_argument("--version", action="version", version=f"errkb-mcp {__version__}")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run the server until the client closes stdin (stdio) or it is stopped (HTTP)."""
    parser = build_parser()
    args = parser.parse_args(None if argv is None else list(argv))
    if args.port is not None and not args.http:
        parser.error("--port needs --http")
    if args.idle_timeout is not None and not args.http:
        parser.error("--idle-timeout needs --http (over stdio the server stops with its client)")
    try:
        import mcp  # noqa: F401
    except ImportError:
        sys.stderr.write("errkb-mcp: the MCP SDK is not installed: pip install 'errkb[mcp]'\n")
        return 2

    import anyio

    from errkb_mcp.server import create_server
    from errkb_mcp.service import Limits, Service

    # stdout carries the protocol over stdio: the log goes to stderr or a file, never stdout.
    handler: logging.Handler = (
        logging.FileHandler(args.log_file, encoding="utf-8")
        if args.log_file
        else logging.StreamHandler(sys.stderr)
    )
    logging.basicConfig(
        handlers=[handler],
        level=logging.DEBUG if args.verbose else logging.WARNING,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
    )
    limits = Limits()
    if args.max_text_mb is not None:
        limits = dataclasses.replace(limits, max_text_chars=int(args.max_text_mb * 1024 * 1024))
    if args.validation_timeout is not None:
        limits = dataclasses.replace(limits, validation_seconds=args.validation_timeout)
    service = Service(extra_paths=args.kb or (), include_bundled=not args.no_bundled, limits=limits)
    server = create_server(service)
    if not args.http:
        anyio.run(server.run_stdio_async)
        return 0

    from errkb_mcp.http import serve_http

    # A request carries the text as JSON: room for escapes and the envelope around it.
    max_body = 2 * limits.max_text_chars + 1024 * 1024
    port = DEFAULT_PORT if args.port is None else args.port
    try:
        anyio.run(
            lambda: serve_http(server, port=port, idle_timeout=args.idle_timeout, max_body=max_body)
        )
    except OSError as exc:
        sys.stderr.write(f"errkb-mcp: cannot listen on 127.0.0.1:{port}: {exc.strerror or exc}\n")
        return 2
    except KeyboardInterrupt:
        pass
    return 0


if __name__ == "__main__":
    sys.exit(main())
