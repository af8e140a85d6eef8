"""errkb benchmark suite: ``python -m benchmarks`` (``make bench``).

Prints machine information and Markdown tables of medians, each with its ratio to a baseline
measured in the same run. See docs/performance.md for the targets and the last results.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from . import data, hostile, lsp
from .report import report
from .tools import bench_tools

REPO = data.REPO
PYTHON = sys.executable
BIN = Path(PYTHON).parent


def _child(
    task: str, args: dict[str, Any], timeout: float = 3600, *, tree: Path | None = None
) -> dict[str, Any]:
    """`task` of benchmarks/child.py in a fresh process, importing errkb from this checkout,
    or from `tree` (another commit's source: see benchmarks/engines.py)."""
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as handle:
        json.dump(args, handle)
    try:
        env = dict(os.environ, ERRKB_NO_CACHE="")
        command = [PYTHON, "-m", "benchmarks.child", task, handle.name]
        if tree is not None:
            env["PYTHONPATH"] = str(tree)
            command = [PYTHON, str(REPO / "benchmarks" / "child.py"), task, handle.name]
        done = subprocess.run(
            command,
            cwd=tree or REPO,
            capture_output=True,
            text=True,
            timeout=timeout,
            env=env,
            check=False,
        )
    finally:
        os.unlink(handle.name)
    if done.returncode != 0:
        raise RuntimeError(f"{task} failed: {done.stderr[-2000:]}")
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def machine() -> dict[str, str]:
    cpu = platform.processor() or ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    try:
        import hyperscan

        hs = getattr(hyperscan, "__version__", "installed")
    except ImportError:
        hs = "not installed"

    def version(tool: str) -> str:
        path = shutil.which(tool)
        if not path:
            return "not installed"
        out = subprocess.run([path, "--version"], capture_output=True, text=True, check=False)
        return out.stdout.splitlines()[0] if out.stdout else "?"

    return {
        "cpu": f"{cpu}, {os.cpu_count()} cores",
        "os": platform.platform(),
        "python": platform.python_version(),
        "hyperscan (python)": hs,
        "ripgrep": version("rg"),
        "grep": version("grep"),
    }


def _kb_args(spec: data.KbSpec, hyperscan: bool, cache: Path) -> dict[str, Any]:
    return {
        "paths": [str(p) for p in spec.paths],
        "bundled": spec.include_bundled,
        "hyperscan": hyperscan,
        "cache": str(cache),
    }


def kb_specs(work: Path, sizes: list[str]) -> list[data.KbSpec]:
    specs = []
    for size in sizes:
        if size == "bundled":
            bundled = [
                text
                for path in data._yaml_files(REPO / "data")
                for text in data._examples(data._load(path) or {})
            ]
            specs.append(data.KbSpec("bundled", [], True, 0, bundled))
        elif size == "deadends":
            folder = data.deadends_dir(work)
            examples = [
                text
                for path in data._yaml_files(folder)
                for text in data._examples(data._load(path) or {})
            ]
            specs.append(data.KbSpec("deadends import", [folder], False, 0, examples))
        elif size.startswith("mixed:"):
            specs.append(data.synthetic_kb(work, int(size.split(":", 1)[1]), mixed=True))
        else:
            specs.append(data.synthetic_kb(work, int(size)))
    return specs


def bench_builds(specs: list[data.KbSpec], work: Path, engines: list[bool]) -> list[dict[str, Any]]:
    rows = []
    for spec in specs:
        for hyperscan in engines:
            cache = work / "cache" / f"{spec.name.replace(' ', '_')}-{int(hyperscan)}"
            shutil.rmtree(cache, ignore_errors=True)
            cold = _child("build", _kb_args(spec, hyperscan, cache))
            warm = [_child("build", _kb_args(spec, hyperscan, cache)) for _ in range(3)]
            rows.append(
                {
                    "kb": spec.name,
                    "engine": "hyperscan" if hyperscan else "literals",
                    "records": cold["records"],
                    "patterns": cold["patterns"],
                    "hs_patterns": cold["hyperscan_patterns"],
                    "build_s": cold["seconds"],
                    "cached_s": statistics.median(w["seconds"] for w in warm),
                    "peak_mb": cold["peak_mb"],
                    "cached_peak_mb": statistics.median(w["peak_mb"] for w in warm),
                }
            )
            print(f"  built {spec.name} ({rows[-1]['engine']}): {rows[-1]}", file=sys.stderr)
    return rows


def bench_lookups(
    specs: list[data.KbSpec], work: Path, engines: list[bool], repeat: int
) -> list[dict[str, Any]]:
    rows = []
    for spec in specs:
        hit = data.snippet(spec.examples, hit=True)
        miss = data.snippet(spec.examples, hit=False)
        for hyperscan in engines:
            cache = work / "cache" / f"{spec.name.replace(' ', '_')}-{int(hyperscan)}"
            args = _kb_args(spec, hyperscan, cache) | {"hit": hit, "miss": miss, "repeat": repeat}
            result = _child("lookup", args)
            rows.append(
                {"kb": spec.name, "engine": "hyperscan" if hyperscan else "literals"} | result
            )
            print(f"  lookup {spec.name}: {rows[-1]}", file=sys.stderr)
    return rows


def bench_scans(
    specs: list[data.KbSpec],
    work: Path,
    engines: list[bool],
    megabytes: float,
    naive_mb: float,
    repeat: int = 3,
) -> list[dict[str, Any]]:
    """Each scan `repeat` times, a new process each (the naive loop in the first only): the
    median time is reported, and the spread."""
    rows = []
    for spec in specs:
        log = work / f"scan-{spec.name.replace(' ', '_')}-{megabytes:g}MB.log"
        if not log.exists():
            inserted = data.build_log(log, megabytes, spec.examples)
            (log.with_suffix(".inserted")).write_text(str(inserted))
        inserted = int(log.with_suffix(".inserted").read_text())
        for hyperscan in engines:
            cache = work / "cache" / f"{spec.name.replace(' ', '_')}-{int(hyperscan)}"
            args = _kb_args(spec, hyperscan, cache) | {"log": str(log), "naive_mb": naive_mb}
            result = _child("scan", args)
            again = [_child("scan", args | {"naive_mb": 0}) for _ in range(repeat - 1)]
            runs = [result["seconds"]] + [r["seconds"] for r in again]
            result["seconds"] = statistics.median(runs)
            result["runs"] = runs
            if again:
                # The first process also decodes the log for the naive loop's slice.
                result["scan_peak_mb"] = max(r["peak_mb"] for r in again)
            rows.append(
                {
                    "kb": spec.name,
                    "engine": "hyperscan" if hyperscan else "literals",
                    "inserted": inserted,
                }
                | result
            )
            print(f"  scan {spec.name}: {rows[-1]}", file=sys.stderr)
    return rows


def bench_cold_start(repeat: int, work: Path) -> dict[str, float]:
    """`errkb lookup` as a new process against `python -c pass`, twice: with errkb's modules
    compiled to bytecode beforehand (as pip does when it installs the wheel), and from source
    only (an editable install under PYTHONDONTWRITEBYTECODE, which compiles every run)."""
    errkb_cli = [str(BIN / "errkb"), "lookup", "ModuleNotFoundError: No module named 'cv2'"]
    compiled = work / "pycache"
    shutil.rmtree(compiled, ignore_errors=True)
    env = dict(os.environ, PYTHONPYCACHEPREFIX=str(compiled))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    subprocess.run([PYTHON, "-m", "compileall", "-q", str(REPO / "errkb")], env=env, check=True)
    # Other modules keep their own bytecode (pip wrote it); errkb's is compiled every run.
    source_only = dict(os.environ, PYTHONDONTWRITEBYTECODE="1")
    source_only.pop("PYTHONPYCACHEPREFIX", None)
    subprocess.run(errkb_cli, capture_output=True, check=False, env=env)  # warm the caches

    def median(command: list[str], environment: dict[str, str]) -> float:
        times = []
        for _ in range(repeat):
            started = time.perf_counter()
            subprocess.run(command, capture_output=True, check=False, env=environment)
            times.append(time.perf_counter() - started)
        return statistics.median(times)

    return {
        "python_s": median([PYTHON, "-c", "pass"], env),
        "errkb_s": median(errkb_cli, env),
        "errkb_source_s": median(errkb_cli, source_only),
    }


def bench_lsp(work: Path, megabytes: float, examples: list[str]) -> dict[str, Any]:
    log = work / f"lsp-{megabytes:g}MB.log"
    if not log.exists():
        data.build_log(log, megabytes, examples)
    server = [str(BIN / "errkb-lsp"), "--stdio"]
    workspace = work / "lsp-workspace"
    workspace.mkdir(exist_ok=True)
    return lsp.measure(server, log, workspace)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m benchmarks", description=__doc__)
    parser.add_argument(
        "--work",
        type=Path,
        default=Path(tempfile.gettempdir()) / "errkb-bench",
        help="where generated knowledge bases, logs and caches go",
    )
    parser.add_argument(
        "--sizes",
        default="bundled,deadends,10000,mixed:10000",
        help="knowledge bases for lookups and builds: bundled, deadends, N (synthetic from the "
        "bundled records), mixed:N (synthetic from the bundled and the deadends records)",
    )
    parser.add_argument(
        "--scan-sizes", default="100,1000,10000,mixed:1000", help="knowledge bases for scans"
    )
    parser.add_argument("--scan-mb", type=float, default=100.0, help="size of the scanned log")
    parser.add_argument("--naive-mb", type=float, default=1.0, help="slice the naive loop scans")
    parser.add_argument("--tool-mb", type=float, default=10.0, help="log size for rg and grep")
    parser.add_argument("--tool-timeout", type=float, default=120.0)
    parser.add_argument("--lsp-mb", type=float, default=50.0)
    parser.add_argument("--hostile-mb", type=float, default=200.0, help="hostile log's size")
    parser.add_argument(
        "--scan-repeat", type=int, default=3, help="scans per median (a new process each)"
    )
    parser.add_argument("--repeat", type=int, default=200, help="lookups per median")
    parser.add_argument(
        "--only",
        default="lookup,scan,tools,cold,build,lsp,hostile",
        help="comma-separated parts to run",
    )
    parser.add_argument("--json", type=Path, help="also write the raw results here")
    parser.add_argument("--report", type=Path, help="print the tables of a --json file and stop")
    options = parser.parse_args(argv)
    if options.report:
        print(report(json.loads(options.report.read_text())))
        return 0
    options.work.mkdir(parents=True, exist_ok=True)
    parts = set(options.only.split(","))
    engines = [False, True]
    import errkb

    if not errkb.hyperscan_available():
        engines = [False]
    results: dict[str, Any] = {
        "machine": machine(),
        "command": "python -m benchmarks " + " ".join(argv if argv is not None else sys.argv[1:]),
        "tool_mb": options.tool_mb,
    }
    specs = kb_specs(options.work, [s for s in options.sizes.split(",") if s])
    if "build" in parts or "lookup" in parts:
        # Builds first: they also fill the caches the lookups load from.
        results["builds"] = bench_builds(specs, options.work, engines)
    if "lookup" in parts:
        results["lookups"] = bench_lookups(specs, options.work, engines, options.repeat)
    scan_specs = kb_specs(options.work, [s for s in options.scan_sizes.split(",") if s])
    if "scan" in parts:
        for spec in scan_specs:
            for hyperscan in engines:  # fill the caches the scans load from
                cache = options.work / "cache" / f"{spec.name.replace(' ', '_')}-{int(hyperscan)}"
                _child("build", _kb_args(spec, hyperscan, cache))
        results["scans"] = bench_scans(
            scan_specs,
            options.work,
            engines,
            options.scan_mb,
            options.naive_mb,
            options.scan_repeat,
        )
    if "tools" in parts:
        results["tools"] = {}
        for spec in scan_specs:
            log = options.work / f"tools-{spec.name.replace(' ', '_')}-{options.tool_mb:g}MB.log"
            if not log.exists():
                data.build_log(log, options.tool_mb, spec.examples)
            results["tools"][spec.name] = bench_tools(spec, log, options.work, options.tool_timeout)
    if "cold" in parts:
        results["cold"] = bench_cold_start(15, options.work)
    if "lsp" in parts:
        bundled = kb_specs(options.work, ["bundled"])[0]
        try:
            results["lsp"] = bench_lsp(options.work, options.lsp_mb, bundled.examples)
        except Exception as exc:  # report, do not hide, a server that does not work yet
            results["lsp"] = {"error": f"{type(exc).__name__}: {exc}"}
    if "hostile" in parts:
        results["hostile"] = hostile.bench_hostile(options.work, options.hostile_mb)
    if options.json:
        options.json.write_text(json.dumps(results, indent=2))
    print(report(results))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
