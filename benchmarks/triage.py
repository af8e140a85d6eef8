"""Fleet triage throughput: files/s and MB/s with 1 and 2 worker processes, and on a Dask
LocalCluster with 1 and 2 workers, over a generated fleet; the scaling ratio is against the
one-worker run of the same backend, measured in the same run.

    python -m benchmarks.triage --logs 2000
"""

from __future__ import annotations

import argparse
import random
import tempfile
import time
from pathlib import Path

import errkb
from errkb.triage.runner import run_local
from errkb.triage.summary import summarise

LOGHUB = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "loghub"


def build_fleet(root: Path, logs: int, lines_per_log: int, seed: int = 7) -> list[Path]:
    """Logs of loghub lines; most end with a bundled record's example, some with an unknown
    failure whose values vary (so clustering has work), a few with nothing."""
    rng = random.Random(seed)
    corpus = [
        line
        for path in sorted(LOGHUB.glob("*.log"))
        for line in path.read_text(encoding="utf-8", errors="replace").splitlines()
    ]
    kb = errkb.KnowledgeBase()
    examples = [e.text for r in kb.records.values() for e in r.examples[:1]]
    root.mkdir(parents=True, exist_ok=True)
    paths = []
    for n in range(logs):
        start = rng.randrange(0, len(corpus) - lines_per_log)
        body = corpus[start : start + lines_per_log]
        roll = rng.random()
        if roll < 0.7:
            body.append(rng.choice(examples).rstrip("\n"))
        elif roll < 0.9:
            body.append(f"ERROR replica sync to shard-{n % 40} failed after {n % 7} attempts")
        path = root / f"job-{n:05d}.log"
        path.write_text("\n".join(body) + "\n", encoding="utf-8")
        paths.append(path)
    return paths


def _timed(label: str, run: object, total_bytes: int, files: int) -> float:
    started = time.perf_counter()
    report = summarise(run)  # type: ignore[arg-type]
    elapsed = time.perf_counter() - started
    print(
        f"{label:<22} {elapsed:7.2f} s  {files / elapsed:8.1f} files/s  "
        f"{total_bytes / 1e6 / elapsed:6.1f} MB/s  known {len(report.known)}, "
        f"clusters {len(report.clusters)}"
    )
    return elapsed


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.triage", description=__doc__)
    parser.add_argument("--logs", type=int, default=2000)
    parser.add_argument("--lines", type=int, default=400, help="loghub lines per log")
    parser.add_argument(
        "--work", type=Path, default=Path(tempfile.gettempdir()) / "errkb-triage-bench"
    )
    parser.add_argument("--no-dask", action="store_true")
    options = parser.parse_args(argv)
    fleet = options.work / f"fleet-{options.logs}x{options.lines}"
    paths = sorted(fleet.glob("*.log")) if fleet.is_dir() else []
    if len(paths) != options.logs:
        paths = build_fleet(fleet, options.logs, options.lines)
    files = [str(p) for p in paths]
    total = sum(p.stat().st_size for p in paths)
    kb = errkb.KnowledgeBase(fuzzy=False)
    print(f"{len(files)} logs, {total / 1e6:.1f} MB, {len(kb.records)} records")
    one = _timed("processes, 1 worker", run_local(kb, files, jobs=1), total, len(files))
    two = _timed("processes, 2 workers", run_local(kb, files, jobs=2), total, len(files))
    print(f"scaling, processes: {one / two:.2f}x with 2 workers")
    if not options.no_dask:
        from distributed import LocalCluster

        from errkb.triage.dask_backend import run_dask

        timings = []
        for workers in (1, 2):
            with LocalCluster(
                n_workers=workers, threads_per_worker=1, host="127.0.0.1", dashboard_address=None
            ) as cluster:
                timings.append(
                    _timed(
                        f"dask, {workers} worker(s)",
                        run_dask(kb, files, cluster.scheduler_address),
                        total,
                        len(files),
                    )
                )
        print(f"scaling, dask: {timings[0] / timings[1]:.2f}x with 2 workers")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
