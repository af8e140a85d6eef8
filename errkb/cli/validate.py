"""errkb validate [DIR...]: lint record files, exit 1 on problems."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from errkb.cli.output import EXIT_NOT_FOUND, EXIT_OK, Output, UsageError, print_json
from errkb.kb.knowledge_base import KnowledgeBase
from errkb.lint.checks import lint
from errkb.records.load import RECORD_SUFFIXES, default_search_path

if TYPE_CHECKING:
    pass

__all__ = ["add_parser", "cmd_validate", "knowledge_base_root"]


def knowledge_base_root(target: Path, known: list[Path]) -> Path | None:
    """The knowledge-base directory to load for a path given to `validate`, or None when a
    directory already in the search path holds it.

    A path may be a knowledge-base directory, a domain folder in one, or a record file.
    """
    if any(target == root or root in target.parents for root in known):
        return None
    folder = target if target.is_dir() else target.parent
    holds_records = any(p.suffix in RECORD_SUFFIXES for p in folder.iterdir() if p.is_file())
    if target.is_file() or (holds_records and not (folder / "records").is_dir()):
        return folder.parent  # a domain folder: its parent is the knowledge base
    return target


def cmd_validate(args: argparse.Namespace, out: Output) -> int:

    targets = [Path(p).resolve() for p in args.paths]
    missing = [str(t) for t in targets if not t.exists()]
    if missing:
        raise UsageError(f"no such file or directory: {', '.join(missing)}")
    known = [d.resolve() for d in default_search_path(include_bundled=not args.no_bundled)]
    extra = [root for t in targets if (root := knowledge_base_root(t, known)) is not None]
    # The named files are checked in the company of every other record (an example that another
    # record matches better is a real ambiguity); only problems in the named files are shown.
    kb = KnowledgeBase.from_environment(
        [*(args.kb or ()), *dict.fromkeys(extra)], include_bundled=not args.no_bundled, fuzzy=False
    )
    corpus = Path(args.corpus) if args.corpus else None

    def selected(path: str) -> bool:
        resolved = Path(path).resolve()
        return not targets or any(resolved == t or t in resolved.parents for t in targets)

    issues = [i for i in lint(kb, corpus=corpus, quality=args.quality) if selected(i.path)]
    not_loaded = ("ERRKB001", "ERRKB007", "ERRKB008", "ERRKB010")
    unloaded = {i.path for i in issues if i.code in not_loaded}
    checked = sum(1 for src in kb.sources.values() if selected(src)) + len(unloaded)
    if args.json:
        print_json(
            [
                {
                    "code": i.code,
                    "path": i.path,
                    "id": i.record_id,
                    "field": i.field,
                    "message": i.message,
                }
                for i in issues
            ]
        )
    else:
        for issue in issues:
            out.print(str(issue))
        out.print(f"{checked} records checked, {len(issues)} problem(s)", style="dim")
    return EXIT_NOT_FOUND if issues else EXIT_OK


def add_parser(sub: Any, common: argparse.ArgumentParser) -> None:
    """Add this command to the `errkb` parser."""
    p = sub.add_parser("validate", parents=[common], help="lint record files (exit 1 on problems)")
    p.add_argument(
        "paths", nargs="*", metavar="DIR", help="knowledge-base directories (default: all)"
    )
    p.add_argument("--corpus", metavar="DIR", help="logs of benign lines for the over-broad check")
    p.add_argument("--quality", action="store_true", help="apply the bundled-record quality bar")
    p.set_defaults(handler=cmd_validate)
