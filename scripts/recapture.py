"""Re-run capture scripts and check the records still recognise what the tools print today.

    python scripts/recapture.py                 # every captured record whose tool is here
    python scripts/recapture.py git/ python/    # records whose id starts with these
    python scripts/recapture.py --show git/not-a-git-repository

A record with ``verification.method: captured`` names its script under ``captures/``. The script
runs the failing command and prints its output; this tool runs it (with a timeout), and checks
that ``errkb.lookup`` of that output names the record. When a tool changes its wording, this is
how we notice: update the record's patterns and examples from the new output.
Exit status: 0 all recognised, 1 some output no longer recognised, 2 usage error.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

import errkb
from errkb.records.load import bundled_data_dir

REPO = Path(__file__).resolve().parent.parent
TIMEOUT_SECONDS = 120


def _run(script: Path) -> tuple[int, str]:
    result = subprocess.run(
        ["bash", str(script)],
        capture_output=True,
        text=True,
        errors="replace",
        timeout=TIMEOUT_SECONDS,
        check=False,
        cwd=REPO,
    )
    return result.returncode, result.stdout + result.stderr


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("prefixes", nargs="*", help="record id prefixes (default: all)")
    parser.add_argument("--show", action="store_true", help="print each script's output")
    args = parser.parse_args(argv)
    if shutil.which("bash") is None:
        print("recapture: bash is needed to run capture scripts", file=sys.stderr)
        return 2
    kb = errkb.KnowledgeBase([bundled_data_dir()], include_bundled=False)
    failures = 0
    checked = 0
    for record_id, record in sorted(kb.records.items()):
        verification = record.verification
        if verification is None or verification.method != "captured" or not verification.script:
            continue
        if args.prefixes and not record_id.startswith(tuple(args.prefixes)):
            continue
        script = REPO / verification.script
        if not script.is_file():
            print(f"MISSING  {record_id}: {verification.script}")
            failures += 1
            continue
        try:
            _status, output = _run(script)
        except subprocess.TimeoutExpired:
            print(f"TIMEOUT  {record_id}: {verification.script}")
            failures += 1
            continue
        checked += 1
        if args.show:
            print(f"--- {record_id}\n{output}")
        ranked = [m.record.id for m in kb.search(output, fuzzy=False)]
        if ranked[:1] == [record_id]:
            print(f"ok       {record_id}")
        elif record_id in ranked:
            print(f"RANKED   {record_id}: found, but {ranked[0]} ranks first")
            failures += 1
        else:
            print(f"CHANGED  {record_id}: output not recognised (tool missing, or new wording)")
            failures += 1
    print(f"{checked} capture(s) run, {failures} problem(s)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
