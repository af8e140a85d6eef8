"""Command line: ``errkb-lsp`` (stdio) or ``errkb-lsp --tcp HOST:PORT``."""

from __future__ import annotations

import argparse
import logging
import sys

__all__ = ["main"]


def _host_port(value: str) -> tuple[str, int]:
    host, _, port = value.rpartition(":")
    if not host or not port.isdigit() or not 0 < int(port) < 65536:
        raise argparse.ArgumentTypeError(f"expected HOST:PORT, got {value!r}")
    return host.strip("[]"), int(port)


def main(argv: list[str] | None = None) -> int:
    """Run the language server until the client exits."""
    from errkb_lsp import __version__

    parser = argparse.ArgumentParser(
        prog="errkb-lsp", description="The errkb language server for logs and terminal output."
    )
    transport = parser.add_mutually_exclusive_group()
    transport.add_argument(
        "--stdio", action="store_true", help="talk over stdin/stdout (the default)"
    )
    transport.add_argument(
        "--tcp", type=_host_port, metavar="HOST:PORT", help="listen on a TCP port (debugging)"
    )
    parser.add_argument("--log-file", help="write the server's own log to this file")
    parser.add_argument("-v", "--verbose", action="store_true", help="log at debug level")
    parser.add_argument("--version", action="version", version=f"errkb-lsp {__version__}")
    args = parser.parse_args(argv)

    # stdout carries the protocol: the log goes to stderr or a file, never stdout.
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
    from errkb_lsp.server import create_server

    server = create_server()
    if args.tcp:
        server.start_tcp(*args.tcp)
    else:
        server.start_io()
    return 0


if __name__ == "__main__":
    sys.exit(main())
