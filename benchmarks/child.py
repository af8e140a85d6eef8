"""Measurements that run in a fresh process each (so peak memory and cold caches are real).

``python -m benchmarks.child TASK JSON-ARGS`` prints one JSON object.
"""

from __future__ import annotations

import json
import re
import resource
import statistics
import sys
import time
from pathlib import Path
from typing import Any

import errkb  # imported before any timing: start-up is measured separately (cold start)


def _kb(args: dict[str, Any]) -> Any:
    return errkb.KnowledgeBase(
        [Path(p) for p in args["paths"]],
        include_bundled=args["bundled"],
        use_hyperscan=args["hyperscan"],
        cache_dir=args["cache"],
    )


def _peak_mb() -> float:
    # VmHWM, not ru_maxrss: Linux keeps ru_maxrss across execve, so a child would report at
    # least the benchmark process's own size; VmHWM starts again with the new program.
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def build(args: dict[str, Any]) -> dict[str, Any]:
    started = time.perf_counter()
    kb = _kb(args)
    seconds = time.perf_counter() - started
    return {
        "seconds": seconds,
        "records": len(kb.records),
        "patterns": len(kb.index.patterns),
        "hyperscan_patterns": len(kb.index._hs_pids),
        "peak_mb": _peak_mb(),
    }


def _median_time(call: Any, repeat: int) -> float:
    times = []
    for _ in range(repeat):
        started = time.perf_counter()
        call()
        times.append(time.perf_counter() - started)
    return statistics.median(times)


def lookup(args: dict[str, Any]) -> dict[str, Any]:
    kb = _kb(args)
    hit_text, miss_text = args["hit"], args["miss"]
    kb.lookup(hit_text)  # first use compiles the Python patterns it needs
    kb.lookup(miss_text)
    found = kb.lookup(hit_text)
    missed = kb.lookup(miss_text)
    compiled = [p.compiled for p in kb.index.patterns]

    def naive(text: str) -> list[re.Match[str]]:
        return [m for m in (c.search(text) for c in compiled) if m]

    return {
        "hit_s": _median_time(lambda: kb.lookup(hit_text), args["repeat"]),
        "miss_s": _median_time(lambda: kb.lookup(miss_text), max(5, args["repeat"] // 4)),
        "naive_s": _median_time(lambda: naive(hit_text), max(3, min(15, args["repeat"] // 20))),
        "hit_id": found.record.id if found else None,
        "hit_kind": found.kind if found else None,
        "miss_kind": missed.kind if missed else None,
        "naive_hits": len(naive(hit_text)),
    }


def scan(args: dict[str, Any]) -> dict[str, Any]:
    kb = _kb(args)
    log = Path(args["log"])
    kb.scan("warm up: No module named 'x'\n")
    started, cpu_started = time.perf_counter(), time.process_time()
    matches = kb.scan(log.read_bytes())
    seconds = time.perf_counter() - started
    result: dict[str, Any] = {
        "seconds": seconds,
        "cpu_seconds": time.process_time() - cpu_started,
        "mb": log.stat().st_size / 1e6,
        "matches": len(matches),
        "records": len({m.record.id for m in matches}),
    }
    if args.get("naive_mb"):
        # The slice starts a little before the first match, so there is something to agree on.
        text = log.read_bytes().decode("utf-8", "replace")
        first = matches[0].start if matches else 0
        begin = text.rfind("\n", 0, max(0, first - 2000)) + 1
        part = text[begin : begin + int(args["naive_mb"] * 1e6)]
        part = part[: part.rfind("\n") + 1]
        started = time.perf_counter()
        naive = kb.naive_scan(part)
        result["naive_seconds"] = time.perf_counter() - started
        result["naive_mb"] = len(part.encode()) / 1e6
        indexed = kb.scan(part)

        def key(found: list[Any]) -> list[tuple[str, int, int]]:
            return [(m.record.id, m.start, m.end) for m in found]

        result["naive_matches"] = len(naive)
        result["agree_on_slice"] = key(indexed) == key(naive)
    result["peak_mb"] = _peak_mb()
    return result


TASKS = {"build": build, "lookup": lookup, "scan": scan}

if __name__ == "__main__":
    task, raw = sys.argv[1], sys.argv[2]
    print(json.dumps(TASKS[task](json.loads(Path(raw).read_text()))))
