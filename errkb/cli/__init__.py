"""The errkb command line: one module per command over the SDK, output through `Output`."""

from errkb.cli.app import build_parser, main
from errkb.cli.output import Output, Segment

__all__ = ["Output", "Segment", "build_parser", "main"]
