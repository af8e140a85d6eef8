"""errkb run -- CMD: run a command, pass its output through, explain its failure, keep its exit
status."""

from __future__ import annotations

import argparse
import json
import sys
import threading
from typing import IO, TYPE_CHECKING, Any

from errkb.cli.options import environment_for, knowledge_base_for
from errkb.cli.output import RUN_CAPTURE_LIMIT, Output, UsageError, error_console
from errkb.render.match import match_to_dict, render_text

if TYPE_CHECKING:
    pass

__all__ = ["add_parser", "cmd_run"]


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
    for thread in pumps:
        thread.start()
    try:
        status = process.wait()
    except KeyboardInterrupt:
        process.wait()
        status = 130
    for thread in pumps:
        thread.join()
    if status == 0:
        return status
    kb = knowledge_base_for(args)
    env = environment_for(args)
    matches = kb.search(bytes(captured), limit=3)
    if args.json:
        sys.stderr.write(
            json.dumps([match_to_dict(m, env=env) for m in matches], ensure_ascii=False) + "\n"
        )
    elif matches:
        from rich.markup import escape

        report = error_console()
        report.rule("[bold]errkb[/]")
        report.print(escape(render_text(matches[0], env=env)), end="", highlight=False)
        for other in matches[1:]:
            report.print(
                f"  also possible: [cyan]{other.record.id}[/] {escape(other.record.signature)}"
            )
    return status


#: Commands defined in modules of their own, imported (with rich and PyYAML) only to be used.


def add_parser(sub: Any, common: argparse.ArgumentParser) -> None:
    """Add this command to the `errkb` parser."""
    p = sub.add_parser("run", parents=[common], help="run a command; explain its failure")
    p.add_argument("command", nargs=argparse.REMAINDER, help="-- CMD ARGS...")
    p.set_defaults(handler=cmd_run)
