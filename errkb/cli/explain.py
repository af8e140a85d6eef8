"""errkb explain ID: one record in full, as text or Markdown."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, Any

from errkb.cli.options import environment_for, knowledge_base_for
from errkb.cli.output import EXIT_OK, Output, UsageError
from errkb.render.match import render_json, render_markdown, render_text

if TYPE_CHECKING:
    pass

__all__ = ["add_parser", "cmd_explain"]


def cmd_explain(args: argparse.Namespace, out: Output) -> int:
    kb = knowledge_base_for(args)
    record = kb.get(args.id)
    if record is None:
        close = [rid for rid in kb.records if args.id.split("/")[-1] in rid][:5]
        hint = f" (did you mean: {', '.join(close)})" if close else ""
        raise UsageError(f"no record with id {args.id!r}{hint}")
    env = environment_for(args)
    if args.json:
        sys.stdout.write(render_json(record, env=env) + "\n")
    elif args.markdown:
        sys.stdout.write(render_markdown(record, env=env))
    else:
        out.print(render_text(record, env=env), end="")
    return EXIT_OK


def add_parser(sub: Any, common: argparse.ArgumentParser) -> None:
    """Add this command to the `errkb` parser."""
    p = sub.add_parser("explain", parents=[common], help="show a record in full")
    p.add_argument("id", help="record id, e.g. python/module-not-found")
    p.add_argument("--markdown", action="store_true", help="Markdown output")
    p.set_defaults(handler=cmd_explain)
