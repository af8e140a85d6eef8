"""The ``errkb`` command line.

Exit status: 0 success (something recognised, or a clean validation); 1 nothing recognised
(lookup, scan) or problems found (validate); 2 usage or input error. ``errkb run`` exits with
the command's own status.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

from . import __version__
from ._env import Environment, detect_os, detect_shell
from ._kb import KnowledgeBase
from ._load import RECORD_SUFFIXES, default_search_path
from ._match import Match
from ._render import match_to_dict, render_json, render_markdown, render_text

if TYPE_CHECKING:
    from rich.console import Console

__all__ = ["main"]

EXIT_OK = 0
EXIT_NOT_FOUND = 1
EXIT_USAGE = 2
#: Output kept from `errkb run` for recognition; the command's output is passed through whole.
RUN_CAPTURE_LIMIT = 8 * 1024 * 1024
#: Files at least this large get a progress bar when scanning on a terminal.
PROGRESS_THRESHOLD = 16 * 1024 * 1024


class UsageError(Exception):
    """Bad arguments or unreadable input: exit status 2."""


# --- output -----------------------------------------------------------------------------------

#: A piece of a printed line: plain text, or (rich style, text).
Segment = str | tuple[str, str]


def _surely_not_a_terminal(stream: Any) -> bool:
    """True when rich would not style output to `stream` (the common case is checked; anything
    unusual — forced colour, notebooks, IDLE, no stream — is left to rich)."""
    if stream is None or "FORCE_COLOR" in os.environ or "TTY_COMPATIBLE" in os.environ:
        return False
    if "IPython" in sys.modules or "idlelib" in sys.modules:
        return False
    isatty = getattr(stream, "isatty", None)
    try:
        return isatty is not None and not isatty()
    except ValueError:
        return False


class Output:
    """Standard output of a command: styled by rich on a terminal, plain text otherwise.

    To a file or a pipe the text is written as it is, without importing rich (about 25 ms of a
    lookup's start-up). Text is never read as rich markup or emoji codes, on a terminal either:
    `build.log:100:5` must not become `build.log💯5`, nor `pip install 'x[y]'` lose its
    brackets.
    """

    def __init__(self) -> None:
        self._plain = _surely_not_a_terminal(sys.stdout)
        self._console: Console | None = None

    @property
    def console(self) -> Console:
        """The rich console, for tables and progress bars, created on first use."""
        if self._console is None:
            from rich.console import Console

            self._console = Console(highlight=False, soft_wrap=True, emoji=False)
        return self._console

    @property
    def is_terminal(self) -> bool:
        """Whether rich styles this output (as `rich.console.Console.is_terminal`)."""
        return not self._plain and self.console.is_terminal

    def print(self, *segments: Segment, style: str | None = None, end: str = "\n") -> None:
        """Print the segments as one line (`end` ends it), styled on a terminal."""
        if self._plain:
            text = "".join(part if isinstance(part, str) else part[1] for part in segments) + end
            try:
                sys.stdout.write(text)
            except UnicodeEncodeError:  # a stdout that cannot encode it: say what we can
                encoding = sys.stdout.encoding or "utf-8"
                sys.stdout.write(text.encode(encoding, "replace").decode(encoding))
            sys.stdout.flush()  # as rich does: a closed pipe shows up here, in the command
            return
        from rich.text import Text

        line = Text(style=style or "")
        for part in segments:
            if isinstance(part, str):
                line.append(part)
            else:
                line.append(part[1], style=part[0])
        self.console.print(line, end=end)


def _error_console() -> Console:
    from rich.console import Console

    return Console(stderr=True)


def _knowledge_base(args: argparse.Namespace) -> KnowledgeBase:
    return KnowledgeBase.from_environment(
        args.kb or (), include_bundled=not args.no_bundled, fuzzy=not args.no_fuzzy
    )


def _environment(args: argparse.Namespace) -> Environment:
    return Environment(
        shell=args.shell or detect_shell(), os=args.os or detect_os(), detect_packages=True
    )


def _read_input(source: str) -> str:
    try:
        raw = sys.stdin.buffer.read() if source == "-" else Path(source).read_bytes()
    except OSError as exc:
        raise UsageError(f"cannot read {source}: {exc.strerror or exc}") from exc
    return raw.decode("utf-8", "replace")


def _print_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")


# --- commands ---------------------------------------------------------------------------------


def cmd_lookup(args: argparse.Namespace, out: Output) -> int:
    text = " ".join(args.text) if args.text else _read_input("-")
    kb = _knowledge_base(args)
    env = _environment(args)
    matches = kb.search(text, limit=args.limit)
    if args.json:
        _print_json([match_to_dict(m, env=env) for m in matches])
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


def _scan_sources(sources: list[str]) -> list[str]:
    expanded: list[str] = []
    for source in sources:
        path = Path(source)
        if source != "-" and path.is_dir():
            expanded.extend(str(p) for p in sorted(path.rglob("*")) if p.is_file())
        else:
            expanded.append(source)
    return expanded


def _scan_with_progress(
    kb: KnowledgeBase, sources: list[str], sizes: dict[str, int], fuzzy: bool
) -> list[tuple[str, Match]]:
    from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn

    results: list[tuple[str, Match]] = []
    with Progress(
        TextColumn("scanning {task.description}"), BarColumn(), TimeElapsedColumn(),
        console=_error_console(), transient=True,
    ) as progress:  # fmt: skip
        task = progress.add_task("", total=max(1, sum(sizes.values())))
        for source in sources:
            progress.update(task, description=source)
            text = _read_input(source)
            results.extend((source, m) for m in kb.scan(text, fuzzy=fuzzy))
            progress.advance(task, max(1, sizes[source]))
    return results


def cmd_scan(args: argparse.Namespace, out: Output) -> int:
    kb = _knowledge_base(args)
    env = _environment(args)
    sources = _scan_sources(args.paths)
    sizes = {s: (Path(s).stat().st_size if s != "-" and Path(s).exists() else 0) for s in sources}
    if not args.json and sum(sizes.values()) >= PROGRESS_THRESHOLD and out.is_terminal:
        results = _scan_with_progress(kb, sources, sizes, args.fuzzy)
    else:
        results = [
            (source, m)
            for source in sources
            for m in kb.scan(_read_input(source), fuzzy=args.fuzzy)
        ]
    if args.json:
        _print_json([{"path": path, **match_to_dict(m, env=env)} for path, m in results])
        return EXIT_OK if results else EXIT_NOT_FOUND
    fuzzy: list[Segment] = [" ", ("dim", "(fuzzy)")]
    for path, match in results:
        name = "<stdin>" if path == "-" else path
        out.print(
            ("bold", f"{name}:{match.line + 1}:{match.column + 1}"),
            ": ",
            ("red", match.record.id),
            *(fuzzy if match.kind == "fuzzy" else ()),
            " ",
            match.record.signature,
        )
        if args.explain:
            best = match.fixes(env)
            if best:
                out.print(f"    fix: {best[0].action}")
                for command in best[0].commands:
                    out.print(f"      $ {command}")
    files = len({path for path, _ in results})
    out.print(f"\n{len(results)} recognised in {files} of {len(sources)} input(s)", style="dim")
    return EXIT_OK if results else EXIT_NOT_FOUND


def cmd_explain(args: argparse.Namespace, out: Output) -> int:
    kb = _knowledge_base(args)
    record = kb.get(args.id)
    if record is None:
        close = [rid for rid in kb.records if args.id.split("/")[-1] in rid][:5]
        hint = f" (did you mean: {', '.join(close)})" if close else ""
        raise UsageError(f"no record with id {args.id!r}{hint}")
    env = _environment(args)
    if args.json:
        sys.stdout.write(render_json(record, env=env) + "\n")
    elif args.markdown:
        sys.stdout.write(render_markdown(record, env=env))
    else:
        out.print(render_text(record, env=env), end="")
    return EXIT_OK


def cmd_list(args: argparse.Namespace, out: Output) -> int:
    kb = _knowledge_base(args)
    records = [
        r for rid, r in sorted(kb.records.items()) if not args.domain or r.domain == args.domain
    ]
    if args.json:
        _print_json(
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


def _knowledge_base_root(target: Path, known: list[Path]) -> Path | None:
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
    from ._lint import lint

    targets = [Path(p).resolve() for p in args.paths]
    missing = [str(t) for t in targets if not t.exists()]
    if missing:
        raise UsageError(f"no such file or directory: {', '.join(missing)}")
    known = [d.resolve() for d in default_search_path(include_bundled=not args.no_bundled)]
    extra = [root for t in targets if (root := _knowledge_base_root(t, known)) is not None]
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
        _print_json(
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


def _pump(stream: IO[bytes], sink: IO[bytes], captured: bytearray, lock: threading.Lock) -> None:
    for chunk in iter(
        lambda: stream.read1(65536) if hasattr(stream, "read1") else stream.read(65536), b""
    ):
        sink.write(chunk)
        sink.flush()
        with lock:
            captured.extend(chunk)
            if len(captured) > RUN_CAPTURE_LIMIT:
                del captured[: len(captured) - RUN_CAPTURE_LIMIT]


def cmd_run(args: argparse.Namespace, out: Output) -> int:
    import subprocess

    command = args.command[1:] if args.command[:1] == ["--"] else args.command
    if not command:
        raise UsageError("errkb run needs a command: errkb run -- CMD ARGS...")
    try:
        process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    except OSError as exc:
        raise UsageError(f"cannot run {command[0]}: {exc.strerror or exc}") from exc
    captured = bytearray()
    lock = threading.Lock()
    assert process.stdout is not None
    assert process.stderr is not None
    pumps = [
        threading.Thread(target=_pump, args=(process.stdout, sys.stdout.buffer, captured, lock)),
        threading.Thread(target=_pump, args=(process.stderr, sys.stderr.buffer, captured, lock)),
    ]
    for pump in pumps:
        pump.start()
    try:
        status = process.wait()
    except KeyboardInterrupt:
        process.wait()
        status = 130
    for pump in pumps:
        pump.join()
    if status == 0:
        return status
    kb = _knowledge_base(args)
    env = _environment(args)
    matches = kb.search(bytes(captured), limit=3)
    if args.json:
        sys.stderr.write(
            json.dumps([match_to_dict(m, env=env) for m in matches], ensure_ascii=False) + "\n"
        )
    elif matches:
        from rich.markup import escape

        report = _error_console()
        report.rule("[bold]errkb[/]")
        report.print(escape(render_text(matches[0], env=env)), end="", highlight=False)
        for other in matches[1:]:
            report.print(
                f"  also possible: [cyan]{other.record.id}[/] {escape(other.record.signature)}"
            )
    return status


#: Commands defined in modules of their own, imported (with rich and PyYAML) only to be used.
_IMPORTED_COMMANDS = ("import", "export")


def _add_import_export(sub: Any) -> None:
    from ._export import add_export_parser
    from ._import import add_import_parser

    add_import_parser(sub)
    add_export_parser(sub)


def build_parser() -> argparse.ArgumentParser:
    """The argument parser for every subcommand."""
    return _build_parser(None)[0]


def _build_parser(only: str | None) -> tuple[argparse.ArgumentParser, Any]:
    """The argument parser and its subparsers action, with every command or only `only`."""

    def wanted(name: str) -> bool:
        return only is None or only == name

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

    parser = argparse.ArgumentParser(
        prog="errkb", description="Recognise error output and say what to do."
    )
    parser.add_argument("--version", action="version", version=f"errkb {__version__}")
    sub = parser.add_subparsers(dest="command_name", required=True, metavar="COMMAND")

    if wanted("lookup"):
        p = sub.add_parser("lookup", parents=[common], help="name the error in TEXT (or stdin)")
        p.add_argument("text", nargs="*", help="error text; read from stdin when omitted")
        p.add_argument("--limit", type=int, default=5, help="candidates to show")
        p.set_defaults(handler=cmd_lookup)

    if wanted("scan"):
        p = sub.add_parser(
            "scan", parents=[common], help="every recognised error in files or stdin"
        )
        p.add_argument("paths", nargs="+", metavar="PATH", help="files or directories; - for stdin")
        p.add_argument("--fuzzy", action="store_true", help="also report fuzzy matches")
        p.add_argument(
            "--explain", action="store_true", help="show the best fix under each occurrence"
        )
        p.set_defaults(handler=cmd_scan)

    if wanted("explain"):
        p = sub.add_parser("explain", parents=[common], help="show a record in full")
        p.add_argument("id", help="record id, e.g. python/module-not-found")
        p.add_argument("--markdown", action="store_true", help="Markdown output")
        p.set_defaults(handler=cmd_explain)

    if wanted("list"):
        p = sub.add_parser("list", parents=[common], help="list records")
        p.add_argument("--domain", help="only this domain")
        p.set_defaults(handler=cmd_list)

    if wanted("validate"):
        p = sub.add_parser(
            "validate", parents=[common], help="lint record files (exit 1 on problems)"
        )
        p.add_argument(
            "paths", nargs="*", metavar="DIR", help="knowledge-base directories (default: all)"
        )
        p.add_argument(
            "--corpus", metavar="DIR", help="logs of benign lines for the over-broad check"
        )
        p.add_argument(
            "--quality", action="store_true", help="apply the bundled-record quality bar"
        )
        p.set_defaults(handler=cmd_validate)

    if wanted("run"):
        p = sub.add_parser("run", parents=[common], help="run a command; explain its failure")
        p.add_argument("command", nargs=argparse.REMAINDER, help="-- CMD ARGS...")
        p.set_defaults(handler=cmd_run)

    if only is None:
        _add_import_export(sub)
    return parser, sub


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the ``errkb`` command."""
    arguments = sys.argv[1:] if argv is None else list(argv)
    # The top level has no options but --help and --version, so a command line that starts with
    # a command's name reaches no other command's parser: only that one is built (the others,
    # `import` and `export` above all, cost time to build). Anything else (help, an unknown
    # command, none) gets every command, to list them.
    first = arguments[0] if arguments else None
    parser, sub = _build_parser(first if first not in _IMPORTED_COMMANDS else None)
    if first is not None and first not in sub.choices:
        parser, sub = _build_parser(None)
    try:
        args = parser.parse_args(arguments)
    except SystemExit as exc:  # argparse exits 2 on usage errors, 0 on --help
        return int(exc.code or 0)
    out = Output()
    try:
        # The `import` and `export` handlers, in modules of their own, take a rich console.
        sink = out.console if args.command_name in _IMPORTED_COMMANDS else out
        return int(args.handler(args, sink))
    except UsageError as exc:
        from rich.markup import escape

        _error_console().print(f"errkb: {escape(str(exc))}", style="red", highlight=False)
        return EXIT_USAGE
    except BrokenPipeError:
        # `errkb scan big.log | head`: the reader left; that is not an error of ours.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
