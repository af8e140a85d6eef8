"""errkb lookup TEXT: name the error in a text, with its best fixes."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from errkb.cli.options import environment_for, knowledge_base_for, read_input
from errkb.cli.output import EXIT_NOT_FOUND, EXIT_OK, Output, print_json
from errkb.render.match import match_to_dict, render_text

if TYPE_CHECKING:
    pass

__all__ = ["add_parser", "cmd_lookup"]


def cmd_lookup(args: argparse.Namespace, out: Output) -> int:
    text = " ".join(args.text) if args.text else read_input("-")
    kb = knowledge_base_for(args)
    env = environment_for(args)
    matches = kb.search(text, limit=args.limit)
    if args.json:
        print_json([match_to_dict(m, env=env) for m in matches])
        return EXIT_OK if matches else EXIT_NOT_FOUND
    if not matches:
        out.print("errkb: nothing recognised", style="yellow")
        return EXIT_NOT_FOUND
    best, others = matches[0], matches[1:]
    out.print(render_text(best, env=env), end="")
    if others:
        out.print("\nOther candidates:", style="bold")
        for match in others:
            out.print(
                f"  {match.score:.2f}  ", ("cyan", match.record.id), "  ", match.record.signature
            )
    return EXIT_OK


def add_parser(sub: Any, common: argparse.ArgumentParser) -> None:
    """Add this command to the `errkb` parser."""
    p = sub.add_parser("lookup", parents=[common], help="name the error in TEXT (or stdin)")
    p.add_argument("text", nargs="*", help="error text; read from stdin when omitted")
    p.add_argument("--limit", type=int, default=5, help="candidates to show")
    p.set_defaults(handler=cmd_lookup)
