"""The scan engine of another commit against this checkout's, in one run: the same logs, the
same knowledge bases (the base gets this checkout's bundled records), one fresh process per
scan, caches warmed first. MB/s are per CPU second as well as per wall second, since CPU time
is what other jobs on the machine distort least.

    python -m benchmarks.engines --base 3991c36 --sizes mixed:1000,bundled
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import tarfile
import tempfile
from pathlib import Path
from typing import Any

from benchmarks import data
from benchmarks.__main__ import _child, _kb_args, kb_specs


def _base_tree(revision: str, into: Path) -> Path:
    """`revision`'s source, unpacked (no worktree is registered), with this checkout's records."""
    tree = into / f"base-{revision}"
    if not (tree / "errkb").is_dir():
        archive = subprocess.run(
            ["git", "archive", "--format=tar", revision],
            cwd=data.REPO, check=True, capture_output=True,
        ).stdout  # fmt: skip
        tree.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryFile() as handle:
            handle.write(archive)
            handle.seek(0)
            with tarfile.open(fileobj=handle) as tar:
                tar.extractall(tree, filter="data")
    shutil.rmtree(tree / "data" / "records", ignore_errors=True)
    shutil.copytree(data.REPO / "data" / "records", tree / "data" / "records")
    return tree


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks.engines", description=__doc__)
    parser.add_argument("--base", required=True, help="the commit to compare with")
    parser.add_argument("--sizes", default="mixed:1000,bundled")
    parser.add_argument("--scan-mb", type=float, default=100.0)
    parser.add_argument("--repeat", type=int, default=1, help="measured scans per row")
    parser.add_argument("--work", type=Path, default=Path(tempfile.gettempdir()) / "errkb-bench")
    options = parser.parse_args(argv)
    work: Path = options.work
    trees = {"base": _base_tree(options.base, work / "engines"), "now": data.REPO}
    print(f"base {options.base} against {data.REPO} (today's bundled records in both)")
    print(
        "| knowledge base | engine | base MB/s (cpu) | now MB/s (cpu) | now / base "
        "| base MB/s (wall) | now MB/s (wall) | matches base → now | peak RSS base → now |"
    )
    print("| --- | --- | --- | --- | --- | --- | --- | --- | --- |")
    for spec in kb_specs(work, options.sizes.split(",")):
        log = work / f"scan-{spec.name.replace(' ', '_')}-{options.scan_mb:g}MB.log"
        if not log.exists():
            inserted = data.build_log(log, options.scan_mb, spec.examples)
            log.with_suffix(".inserted").write_text(str(inserted))
        for hyperscan in (True, False):
            found: dict[str, dict[str, Any]] = {}
            for side, tree in trees.items():
                cache = work / "engines" / "cache" / f"{side}-{spec.name.replace(' ', '_')}"
                args = _kb_args(spec, hyperscan, cache / str(int(hyperscan))) | {
                    "log": str(log), "naive_mb": 0,
                }  # fmt: skip
                _child("scan", args, tree=tree)  # builds the cache; not measured
                runs = [_child("scan", args, tree=tree) for _ in range(options.repeat)]
                found[side] = {
                    "cpu": statistics.median(r["cpu_seconds"] for r in runs),
                    "wall": statistics.median(r["seconds"] for r in runs),
                    "matches": runs[0]["matches"],
                    "peak": max(r["peak_mb"] for r in runs),
                    "mb": runs[0]["mb"],
                }
            base, now = found["base"], found["now"]
            print(
                f"| {spec.name} | {'hyperscan' if hyperscan else 'literals'} "
                f"| {base['mb'] / base['cpu']:.1f} | {now['mb'] / now['cpu']:.1f} "
                f"| {base['cpu'] / now['cpu']:.1f}x "
                f"| {base['mb'] / base['wall']:.1f} | {now['mb'] / now['wall']:.1f} "
                f"| {base['matches']:,} → {now['matches']:,} "
                f"| {base['peak']:.0f} → {now['peak']:.0f} MB |",
                flush=True,
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
