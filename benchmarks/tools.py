"""rg and grep given the knowledge base's patterns: the baseline the scan is compared with."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from . import data


def _valid_for(tool: list[str], patterns: list[str], work: Path) -> list[str]:
    """The patterns the tool accepts, by bisection over its own error exit."""
    if not patterns:
        return []
    pattern_file = work / "probe-patterns.txt"
    pattern_file.write_text("\n".join(patterns) + "\n", encoding="utf-8")
    sample = work / "probe-input.txt"
    sample.write_text("a line of text\n")
    done = subprocess.run(
        [*tool, "-f", str(pattern_file), str(sample)], capture_output=True, check=False
    )
    # A warning (grep's "stray \\") means the tool reads the pattern differently: not valid.
    if done.returncode != 2 and not done.stderr:
        return patterns
    if len(patterns) == 1:
        return []
    middle = len(patterns) // 2
    return _valid_for(tool, patterns[:middle], work) + _valid_for(tool, patterns[middle:], work)


def _tool_patterns(spec: data.KbSpec, work: Path) -> list[tuple[str, bool]]:
    import errkb

    kb = errkb.KnowledgeBase(
        spec.paths,
        include_bundled=spec.include_bundled,
        use_hyperscan=False,
        cache_dir=work / "cache" / f"{spec.name.replace(' ', '_')}-0",
    )
    return [(p.regex, p.ignore_case) for p in kb.index.patterns if "\n" not in p.regex]


def bench_tools(spec: data.KbSpec, log: Path, work: Path, timeout: float) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    patterns = _tool_patterns(spec, work)
    mb = log.stat().st_size / 1e6

    def plain_groups(regex: str) -> str:
        # Group names collide across patterns and grep has no (?:...): plain groups match
        # the same text.
        return re.sub(r"\(\?P<\w+>", "(", regex)

    tools: dict[str, tuple[list[str], Callable[[str, bool], str]]] = {
        "rg -f": (
            # rg's default size limit (100 MB of compiled regex) rejects 10k patterns.
            ["rg", "--no-config", "-c", "--regex-size-limit", "4G", "--dfa-size-limit", "4G"],
            lambda r, i: ("(?i)" if i else "") + plain_groups(r),
        ),
        "grep -E -f": (
            ["grep", "-E", "-c"],
            lambda r, i: plain_groups(r).replace("(?:", "("),
        ),
    }
    for name, (command, spell) in tools.items():
        if not shutil.which(command[0]):
            rows.append({"tool": name, "error": "not installed"})
            continue
        valid = _valid_for(command, [spell(r, i) for r, i in patterns], work)
        pattern_file = work / f"patterns-{command[0]}.txt"
        pattern_file.write_text("\n".join(valid) + "\n", encoding="utf-8")
        started = time.perf_counter()
        try:
            done = subprocess.run(
                [*command, "-f", str(pattern_file), str(log)],
                capture_output=True,
                text=True,
                timeout=timeout,
                check=False,
            )
            seconds = time.perf_counter() - started
            if done.returncode > 1:  # 0: lines matched, 1: none, 2: the tool failed
                rows.append(
                    {
                        "tool": name,
                        "patterns": f"{len(valid)}/{len(patterns)}",
                        "error": f"failed: {done.stderr.strip().splitlines()[-1][:80]}",
                    }
                )
            else:
                rows.append(
                    {
                        "tool": name,
                        "patterns": f"{len(valid)}/{len(patterns)}",
                        "seconds": seconds,
                        "mb_s": mb / seconds,
                        "matching_lines": done.stdout.strip() or "0",
                    }
                )
        except subprocess.TimeoutExpired:
            rows.append(
                {
                    "tool": name,
                    "patterns": f"{len(valid)}/{len(patterns)}",
                    "error": f"> {timeout:.0f} s",
                    "mb_s": mb / timeout,
                }
            )
        print(f"  {name} on {spec.name}: {rows[-1]}", file=sys.stderr)
    return rows
