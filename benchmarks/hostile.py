"""The `hostile` part of the benchmarks: time and peak RSS of `errkb scan` on hostile logs.

    python -m benchmarks --only hostile [--hostile-mb 200]

Measured here rather than asserted in tests/hostile/ (a 200 MB log is too slow for a test):

* a 200 MB log of loghub lines with a record example every 2,000 lines, plus the things real
  logs contain and tests/hostile checks one by one: a 10 MB line without newline, invalid
  UTF-8, NUL runs, binary garbage, and a block of 100k repeats of one error;
* that log scanned by the CLI (text to /dev/null), and with --json;
* 100k repeats of one error alone, with --json (the case issue 15 found using over 1 GB).

Each command runs as `python -m benchmarks.hostile measure ...`, which runs the errkb command
line in-process, its output going to /dev/null, and reports the process's VmHWM (peak RSS of
this process only, unlike ru_maxrss of a child, which Linux carries across execve).
"""

from __future__ import annotations

import json
import os
import random
import runpy
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from . import data

ERROR_LINE = "ModuleNotFoundError: No module named 'yaml'\n"


def build_hostile_log(path: Path, megabytes: float, examples: list[str]) -> dict[str, int]:
    """About `megabytes` MB of hostile log (see the module docstring); what went into it."""
    body = path.with_suffix(".body")
    inserted = data.build_log(body, max(megabytes - 15, 1), examples)
    rng = random.Random(3)
    with path.open("wb") as out, body.open("rb") as source:
        half = body.stat().st_size // 2
        out.write(source.read(half))
        out.write(b"x" * 10_000_000 + b" " + ERROR_LINE.encode())  # 10 MB line, then newline
        out.write(b"caf\xe9 \x80\xc0\xaf \xed\xa0\x80 " + ERROR_LINE.encode())  # invalid UTF-8
        out.write(b"\x00" * 4096 + b"\n" + ERROR_LINE.encode())  # a zero-filled block
        out.write(bytes(rng.randrange(256) for _ in range(200_000)) + b"\n")  # binary garbage
        out.write(ERROR_LINE.encode() * 100_000)  # 100k repeats
        out.write(source.read())
    body.unlink()
    return {"examples": inserted, "repeats": 100_000}


def _peak_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    import resource

    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def measure(args: list[str]) -> None:
    """Child: run `errkb ARGS` in this process with output to /dev/null; print JSON."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    saved = os.dup(1)
    os.dup2(devnull, 1)
    sys.argv = ["errkb", *args]
    started = time.perf_counter()
    code: object = 0
    try:
        runpy.run_module("errkb", run_name="__main__")
    except SystemExit as exc:
        code = exc.code
    seconds = time.perf_counter() - started
    sys.stdout.flush()
    os.dup2(saved, 1)
    print(json.dumps({"seconds": seconds, "peak_mb": _peak_mb(), "exit": code}))


def _run(args: list[str], timeout: float) -> dict[str, Any]:
    try:
        done = subprocess.run(
            [sys.executable, "-m", "benchmarks.hostile", "measure", *args],
            cwd=data.REPO,
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )
    except subprocess.TimeoutExpired:
        return {"error": f"over {timeout:.0f} s"}
    try:
        result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    except (IndexError, json.JSONDecodeError):
        return {"error": f"exit {done.returncode}: {done.stderr[-300:]}"}
    return result


def bench_hostile(work: Path, megabytes: float, timeout: float = 1800) -> dict[str, Any]:
    import errkb

    records = errkb.KnowledgeBase().records
    examples = [example.text for i in sorted(records) for example in records[i].examples[:1]]
    log = work / f"hostile-{megabytes:g}MB.log"
    if not log.exists():
        build_hostile_log(log, megabytes, examples)
    repeats = work / "repeats-100k.log"
    if not repeats.exists():
        repeats.write_text(ERROR_LINE * 100_000)
    mb = log.stat().st_size / 1e6
    runs = [
        ("scan (text)", log, ["scan", str(log)]),
        ("scan --json", log, ["scan", "--json", str(log)]),
        ("scan --json, 100k repeats only", repeats, ["scan", "--json", str(repeats)]),
    ]
    rows = []
    for label, path, args in runs:
        result = _run(args, timeout)
        rows.append({"run": label, "mb": path.stat().st_size / 1e6, **result})
    return {"mb": mb, "rows": rows}


def report(results: dict[str, Any]) -> list[str]:
    out = [f"## 6. Hostile logs ({results['mb']:.0f} MB log, CLI, output to /dev/null)", ""]
    out += ["| run | log | time | MB/s | peak RSS | exit |", "|---|---|---|---|---|---|"]
    for r in results["rows"]:
        if "error" in r:
            out.append(f"| {r['run']} | {r['mb']:.1f} MB | {r['error']} | - | - | - |")
            continue
        out.append(
            f"| {r['run']} | {r['mb']:.1f} MB | {r['seconds']:.1f} s | "
            f"{r['mb'] / r['seconds']:.1f} | {r['peak_mb']:.0f} MB | {r['exit']} |"
        )
    return [*out, ""]


if __name__ == "__main__":
    if sys.argv[1:2] == ["measure"]:
        measure(sys.argv[2:])
    else:
        sys.exit("usage: python -m benchmarks --only hostile (this module runs its children)")
