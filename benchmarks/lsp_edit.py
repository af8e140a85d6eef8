"""errkb-lsp on a 50 MB log: open -> diagnostics, edit -> updated diagnostics, and where time goes.

Run from the repository root (not part of the test run):

    .venv/bin/python benchmarks/lsp_edit.py            # the tests' five fixture records
    .venv/bin/python benchmarks/lsp_edit.py --bundled  # the records shipped with errkb

It prints medians of:

1. the server's own steps for opening the log, in process: JSON decoding of the didOpen
   message (what pygls does on the event loop), splitting the text into blocks, the scan, the
   conversion of the matches to diagnostics and the JSON encoding of publishDiagnostics;
2. end to end, with ``errkb-lsp`` as a subprocess driven over stdio by a minimal JSON-RPC
   client whose messages are encoded before the clock starts: didOpen sent -> diagnostics
   received, a hover on another document sent right after that didOpen -> answered, and a
   one-line edit in the middle of the log -> its diagnostics received (edits are sent after a
   pause longer than the debounce, as when a user types one line and stops).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.lsp_client import Client, published  # noqa: E402  (run as a script)

BENIGN = "2024-05-01T12:00:00.123Z INFO  worker-7 processed job 123456 in 35 ms (queue=default)\n"
ERROR_LINES = [
    "WARNING:  Unsupported upgrade request.\n",
    "OSError: [Errno 28] No space left on device\n",
    "ModuleNotFoundError: No module named 'yaml'\n",
]
FIXTURE_KB = ROOT / "tests" / "lsp" / "kb"


def build_log(size: int, every: int, corpus: Path | None = None) -> str:
    """About ``size`` bytes of log lines with an error line every ``every`` lines (0: three).

    The lines are one repeated benign line, or the lines of the ``*.log`` files in ``corpus``
    over and over (read in place).
    """
    benign = [BENIGN]
    if corpus is not None:
        benign = [
            line
            for path in sorted(corpus.glob("*.log"))
            for line in path.read_text(encoding="utf-8", errors="replace").splitlines(True)
            if line.endswith("\n")
        ]
    average = sum(map(len, benign)) / len(benign)
    count = int(size / average)
    lines = (benign * (count // len(benign) + 1))[:count]
    if every:
        for number in range(every // 2, count, every):
            lines[number] = ERROR_LINES[(number // every) % len(ERROR_LINES)]
    else:
        for index, number in enumerate((5, count // 2, count - 3)):
            lines[number] = ERROR_LINES[index]
    return "".join(lines)


def median_ms(values: list[float]) -> str:
    return f"{statistics.median(values) * 1000:9.1f} ms" if values else "      n/a"


def timed(function: Callable[[], Any], runs: int) -> tuple[list[float], Any]:
    times: list[float] = []
    result: Any = None
    for _ in range(runs):
        began = time.perf_counter()
        result = function()
        times.append(time.perf_counter() - began)
    return times, result


# --------------------------------------------------------------------------- in process


def in_process(text: str, kb_paths: list[str], bundled: bool, runs: int) -> None:
    from lsprotocol import types

    import errkb
    from errkb_lsp import lsp_utils
    from errkb_lsp.documents import Snapshot
    from errkb_lsp.options import Settings
    from errkb_lsp.protocol import ErrkbProtocol
    from errkb_lsp.scanning import scan_lines
    from errkb_lsp.server import create_server

    server = create_server()
    protocol = server.protocol
    assert isinstance(protocol, ErrkbProtocol)
    body = json.dumps(
        {
            "jsonrpc": "2.0",
            "method": "textDocument/didOpen",
            "params": {
                "textDocument": {
                    "uri": "file:///big.log",
                    "languageId": "log",
                    "version": 1,
                    "text": text,
                },
            },
        }
    ).encode()
    decode, message = timed(lambda: json.loads(body, object_hook=protocol.structure_message), runs)
    assert message.params.text_document.text == text
    split, snapshot = timed(lambda: Snapshot.from_text(text), runs)
    assert isinstance(snapshot, Snapshot)
    kb = errkb.KnowledgeBase(kb_paths, include_bundled=bundled)
    never = threading.Event()
    scan, outcome = timed(
        lambda: scan_lines(
            kb, snapshot, 0, snapshot.line_count - 1, encoding="utf-16", fuzzy=False, cancel=never
        ),
        max(1, runs // 2),
    )
    occurrences = outcome.occurrences
    settings = Settings()
    features = lsp_utils.DiagnosticFeatures(related_information=True, code_description=True)
    shown = occurrences[: settings.max_diagnostics]
    # What the server publishes: JSON-ready dicts written directly ...
    writer = lsp_utils.DiagnosticWriter(settings, features)
    convert, written = timed(lambda: [writer.diagnostic(o, "file:///big.log") for o in shown], runs)
    message_out = {
        "jsonrpc": "2.0",
        "method": "textDocument/publishDiagnostics",
        "params": {"uri": "file:///big.log", "version": 1, "diagnostics": written},
    }
    encode, _ = timed(lambda: json.dumps(message_out, default=protocol._serialize_message), runs)
    # ... and, for comparison, through lsprotocol objects and cattrs (the pull path).
    objects, diagnostics = timed(
        lambda: [
            lsp_utils.lsp_diagnostic(o, uri="file:///big.log", settings=settings, features=features)
            for o in shown
        ],
        runs,
    )
    params = types.PublishDiagnosticsParams(
        uri="file:///big.log", version=1, diagnostics=diagnostics
    )
    typed_out = {"jsonrpc": "2.0", "method": "textDocument/publishDiagnostics", "params": params}
    typed_encode, _ = timed(
        lambda: json.dumps(typed_out, default=protocol._serialize_message), runs
    )
    print(f"\nIn process ({len(occurrences)} matches, {len(shown)} diagnostics published):")
    print(f"  JSON decode of didOpen ({len(body) / 1e6:.1f} MB) {median_ms(decode)}")
    print(
        f"  split into blocks + line index        {median_ms(split)}"
        f"   ({snapshot.block_count} blocks, {snapshot.line_count} lines)"
    )
    print(f"  scan (fuzzy off)                      {median_ms(scan)}")
    print(f"  matches -> diagnostics                {median_ms(convert)}")
    print(f"  JSON encode of publishDiagnostics     {median_ms(encode)}")
    print(
        f"  (through lsprotocol and cattrs: {median_ms(objects).strip()} + "
        f"{median_ms(typed_encode).strip()})"
    )


# --------------------------------------------------------------------------- end to end


def end_to_end(text: str, kb_paths: list[str], bundled: bool, runs: int, edits: int) -> None:
    with tempfile.TemporaryDirectory() as temporary:
        workspace = Path(temporary)
        env = {**os.environ, "XDG_CONFIG_HOME": str(workspace / "xdg"), "ERRKB_PATH": ""}
        if not bundled:
            env["ERRKB_NO_BUNDLED"] = "1"
        client = Client(workspace, env)
        try:
            _session(client, workspace, text, kb_paths, bundled, runs, edits)
        finally:
            client.close()


def _session(
    client: Client,
    workspace: Path,
    text: str,
    kb_paths: list[str],
    bundled: bool,
    runs: int,
    edits: int,
) -> None:
    init = client.request(
        "initialize",
        {
            "processId": os.getpid(),
            "rootUri": workspace.as_uri(),
            "capabilities": {
                "window": {"workDoneProgress": True},
                "textDocument": {"hover": {"contentFormat": ["markdown"]}},
            },
            "initializationOptions": {
                "knowledgeBasePaths": kb_paths,
                "includeBundled": bundled,
                "fuzzy": False,
            },
        },
    )
    client.wait(lambda m: m.get("id") == init and "result" in m)
    client.notify("initialized", {})
    small = (workspace / "small.log").as_uri()
    client.notify(
        "textDocument/didOpen",
        {
            "textDocument": {
                "uri": small,
                "languageId": "log",
                "version": 1,
                "text": "OSError: [Errno 28] No space left on device\n",
            }
        },
    )
    client.wait(published(small, 1), timeout=120)  # the knowledge base is loaded

    big = (workspace / "big.log").as_uri()
    middle = text.count("\n") // 2
    opens: list[float] = []
    hovers: list[float] = []
    for run in range(runs):
        open_message = client.frame(
            {
                "jsonrpc": "2.0",
                "method": "textDocument/didOpen",
                "params": {
                    "textDocument": {"uri": big, "languageId": "log", "version": 1, "text": text}
                },
            }
        )
        client.next_id += 1
        hover_id = client.next_id
        hover_message = client.frame(
            {
                "jsonrpc": "2.0",
                "id": hover_id,
                "method": "textDocument/hover",
                "params": {
                    "textDocument": {"uri": small},
                    "position": {"line": 0, "character": 12},
                },
            }
        )
        began = time.perf_counter()
        client.send_raw(open_message)
        client.send_raw(hover_message)
        hovered = client.wait(lambda m, i=hover_id: m.get("id") == i)  # type: ignore[misc]
        done = client.wait(published(big, 1))
        opens.append(done - began)
        hovers.append(hovered - began)
        if run < runs - 1:
            client.notify("textDocument/didClose", {"textDocument": {"uri": big}})
            client.wait(published(big, None))  # type: ignore[arg-type]
    latencies: list[float] = []
    for number in range(edits):
        version = 2 + number
        line = middle + number
        change = {
            "range": {
                "start": {"line": line, "character": 0},
                "end": {"line": line, "character": 0},
            },
            "text": ERROR_LINES[number % len(ERROR_LINES)],
        }
        message = client.frame(
            {
                "jsonrpc": "2.0",
                "method": "textDocument/didChange",
                "params": {
                    "textDocument": {"uri": big, "version": version},
                    "contentChanges": [change],
                },
            }
        )
        time.sleep(0.35)  # longer than the default 250 ms debounce: a single edit, not a burst
        began = time.perf_counter()
        client.send_raw(message)
        latencies.append(client.wait(published(big, version), timeout=60) - began)
    print(f"\nEnd to end over stdio ({runs} opens, {edits} edits):")
    print(
        f"  didOpen 50 MB -> diagnostics          {median_ms(opens)}"
        f"   (each: {', '.join(f'{t:.2f}s' for t in opens)})"
    )
    print(
        f"  hover on another document, sent right after that didOpen -> answered"
        f" {median_ms(hovers).strip()}"
    )
    print(
        f"  one-line edit -> updated diagnostics  {median_ms(latencies)}"
        f"   (min {min(latencies) * 1000:.1f} ms, max {max(latencies) * 1000:.1f} ms)"
    )
    client.request("shutdown", None)
    client.notify("exit", None)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=50_000_000, help="log size in bytes")
    parser.add_argument(
        "--error-every",
        type=int,
        default=0,
        help="an error line every N lines (default: three errors in all)",
    )
    parser.add_argument(
        "--corpus",
        type=Path,
        help="build the log from the *.log files of this directory (e.g. ../shared/corpora/loghub)",
    )
    parser.add_argument(
        "--bundled",
        action="store_true",
        help="the bundled records instead of the tests' five fixture records",
    )
    parser.add_argument("--runs", type=int, default=3, help="opens (and in-process repeats)")
    parser.add_argument("--edits", type=int, default=15, help="edits measured end to end")
    parser.add_argument("--skip-in-process", action="store_true")
    args = parser.parse_args()

    text = build_log(args.size, args.error_every, args.corpus)
    kb_paths = [] if args.bundled else [str(FIXTURE_KB)]
    load = os.getloadavg() if hasattr(os, "getloadavg") else (0.0, 0.0, 0.0)
    print(
        f"errkb-lsp benchmark: {len(text.encode()) / 1e6:.1f} MB, {text.count(chr(10))} lines"
        f"{' from ' + str(args.corpus) if args.corpus else ''}, "
        f"{'bundled records' if args.bundled else 'fixture records (tests/lsp/kb)'}"
    )
    print(
        f"python {platform.python_version()}, {platform.machine()}, {os.cpu_count()} cpus, "
        f"load average {load[0]:.1f} {load[1]:.1f} {load[2]:.1f}"
    )
    if not args.skip_in_process:
        in_process(text, kb_paths, args.bundled, args.runs)
    end_to_end(text, kb_paths, args.bundled, args.runs, args.edits)


if __name__ == "__main__":
    main()
