"""Re-run capture scripts and check the records still recognise what the tools print today.

    python scripts/recapture.py                 # every captured record whose tool is here
    python scripts/recapture.py git/ python/    # records whose id starts with these
    python scripts/recapture.py --show git/not-a-git-repository

A record with ``verification.method: captured`` names its script under ``captures/``. The script
runs the failing command and prints its output; this tool runs it (with a timeout), and checks
that ``errkb.lookup`` of that output names the record. When a tool changes its wording, this is
how we notice: update the record's patterns and examples from the new output.

A script that cannot run here because a tool it ``requires`` is missing (see
captures/_lib/requires.sh and captures/tools.txt) exits with status 77 and prints
"skipped: TOOL not installed"; that capture is reported as SKIPPED with the reason, and is not
a problem. Exit status: 0 all recognised (or skipped), 1 some output no longer recognised,
2 usage error.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

import errkb
from errkb.records.load import bundled_data_dir

REPO = Path(__file__).resolve().parent.parent
TIMEOUT_SECONDS = 120
# The exit status of a capture skipped for a missing tool (CAPTURE_SKIPPED in requires.sh).
SKIPPED_STATUS = 77


def skip_reason(status: int, output: str) -> str | None:
    """Why a capture did not run ("git-lfs not installed"), or None when it ran."""
    if status != SKIPPED_STATUS:
        return None
    for line in output.splitlines():
        if line.startswith("skipped: "):
            return line.removeprefix("skipped: ").strip()
    return None


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


def captured(kb: errkb.KnowledgeBase, prefixes: Sequence[str] = ()) -> list[tuple[str, str]]:
    """(record id, script path relative to the repository) of the captured records."""
    found = []
    for record_id, record in sorted(kb.records.items()):
        verification = record.verification
        if verification is None or verification.method != "captured" or not verification.script:
            continue
        if prefixes and not record_id.startswith(tuple(prefixes)):
            continue
        found.append((record_id, verification.script))
    return found


def _reported(kb: errkb.KnowledgeBase, output: str, record_id: str) -> bool:
    """Whether a diagnosis of `output` names `record_id`, as an incident or a consequence."""
    for incident in kb.diagnose(output, fuzzy=False):
        if incident.record.id == record_id:
            return True
        if any(match.record.id == record_id for match in incident.consequences):
            return True
    return False


def check(kb: errkb.KnowledgeBase, record_id: str, script: str) -> tuple[str, str, str]:
    """Run one record's capture script: (verdict, detail, output).

    The verdict is "ok", "SKIPPED" (detail: the missing tool), or a problem: "MISSING",
    "TIMEOUT", "RANKED", "CHANGED".
    """
    path = REPO / script
    if not path.is_file():
        return "MISSING", script, ""
    try:
        status, output = _run(path)
    except subprocess.TimeoutExpired:
        return "TIMEOUT", f"{script} ran over {TIMEOUT_SECONDS} s", ""
    reason = skip_reason(status, output)
    if reason is not None:
        return "SKIPPED", reason, output
    ranked = [m.record.id for m in kb.search(output, fuzzy=False)]
    if ranked[:1] == [record_id]:
        return "ok", "", output
    record = kb.records.get(record_id)
    if record is not None and record.role == "consequence" and _reported(kb, output, record_id):
        # A consequence ("failed to push some refs") follows its cause in any real output; it
        # is right for it to be attached to that cause rather than ranked first.
        return "ok", "", output
    if record_id in ranked:
        return "RANKED", f"found, but {ranked[0]} ranks first", output
    detail = "output not recognised (new wording, or a tool the script does not `requires`)"
    return "CHANGED", detail, output


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("prefixes", nargs="*", help="record id prefixes (default: all)")
    parser.add_argument("--show", action="store_true", help="print each script's output")
    args = parser.parse_args(argv)
    if shutil.which("bash") is None:
        print("recapture: bash is needed to run capture scripts", file=sys.stderr)
        return 2
    kb = errkb.KnowledgeBase([bundled_data_dir()], include_bundled=False)
    counts = {"run": 0, "skipped": 0, "problems": 0}
    for record_id, script in captured(kb, args.prefixes):
        verdict, detail, output = check(kb, record_id, script)
        if verdict == "SKIPPED":
            counts["skipped"] += 1
        elif verdict not in ("MISSING", "TIMEOUT"):
            counts["run"] += 1
        if verdict not in ("ok", "SKIPPED"):
            counts["problems"] += 1
        if args.show and output:
            print(f"--- {record_id}\n{output}")
        print(f"{verdict:<8} {record_id}" + (f": {detail}" if detail else ""))
    print(
        f"{counts['run']} capture(s) run, {counts['skipped']} skipped (missing tools), "
        f"{counts['problems']} problem(s)"
    )
    return 1 if counts["problems"] else 0


if __name__ == "__main__":
    sys.exit(main())
