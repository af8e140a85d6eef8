"""errkb list: the records of the knowledge base, with where each comes from."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from errkb.cli.options import knowledge_base_for
from errkb.cli.output import EXIT_OK, Output, print_json

if TYPE_CHECKING:
    pass

__all__ = ["add_parser", "cmd_list"]


def cmd_list(args: argparse.Namespace, out: Output) -> int:
    kb = knowledge_base_for(args)
    records = [
        r for rid, r in sorted(kb.records.items()) if not args.domain or r.domain == args.domain
    ]
    if args.json:
        print_json(
            [{"id": r.id, "signature": r.signature, "source": kb.sources[r.id]} for r in records]
        )
        return EXIT_OK
    from rich.markup import escape
    from rich.table import Table

    table = Table("id", "signature", box=None, pad_edge=False)
    for record in records:
        table.add_row(record.id, escape(record.signature))
    out.console.print(table)
    out.print(f"{len(records)} records", style="dim")
    for override in kb.overrides:
        out.print(
            f"{override.record_id}: {override.path} overrides {override.replaced}", style="yellow"
        )
    return EXIT_OK


def add_parser(sub: Any, common: argparse.ArgumentParser) -> None:
    """Add this command to the `errkb` parser."""
    p = sub.add_parser("list", parents=[common], help="list records")
    p.add_argument("--domain", help="only this domain")
    p.set_defaults(handler=cmd_list)
