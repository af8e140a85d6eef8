"""A 50 MB log: diagnose answers within the budget of `errkb scan` on the same file, briefly."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

pytest.importorskip("mcp", reason="skipped: mcp not installed")

from tests.mcp._support import connect, server_env, structured

pytestmark = [pytest.mark.e2e, pytest.mark.slow]

SIZE = 50 * 1024 * 1024
#: Time the MCP call may take beyond twice the CLI's: JSON-encoding 50 MB in the client, the
#: pipe, parsing it in the server, on a shared 2-core machine.
ALLOWANCE = 10.0


def _big_log(path: Path) -> str:
    block = "".join(
        f"2026-12-07T12:00:{i % 60:02d}Z INFO worker-{i % 7} processed batch {i} in 12 ms\n"
        for i in range(1200)
    )
    # A different missing module in each part, so each is an incident of its own (the same
    # one again would be a repeat): more incidents than the answer may list.
    errors = (
        "Traceback (most recent call last):\n"
        '  File "job.py", line 3, in <module>\n'
        "ModuleNotFoundError: No module named 'plugin_{n}'\n"
        "OSError: [Errno 98] Address already in use\n"
    )
    parts = SIZE // len(block + errors) + 1
    text = "".join(block + errors.format(n=n) for n in range(parts))
    text = text[:SIZE]
    path.write_text(text, encoding="utf-8")
    return text


async def test_fifty_megabytes_within_the_cli_budget(server_dir: Path, tmp_path: Path) -> None:
    log = tmp_path / "big.log"
    text = _big_log(log)
    expected = text.count("ModuleNotFoundError")

    cli = Path(sys.executable).with_name("errkb")
    command = [str(cli)] if cli.exists() else [sys.executable, "-m", "errkb"]
    env = {**server_env(server_dir), "PATH": os.environ.get("PATH", "")}
    # Once to warm the index cache and the page cache, as the server's first call is warm too.
    subprocess.run([*command, "scan", str(log)], capture_output=True, env=env, check=False)
    started = time.perf_counter()
    scanned = subprocess.run(
        [*command, "scan", "--json", str(log)],
        capture_output=True,
        env=env,
        cwd=server_dir,
        check=False,
    )
    cli_seconds = time.perf_counter() - started
    assert scanned.returncode == 0, scanned.stderr[-2000:]
    cli_matches = json.loads(scanned.stdout)

    async with connect(server_dir) as session:
        # Warm the knowledge base, as the CLI's first run warmed the cache.
        await session.call_tool("lookup", {"text": "ModuleNotFoundError: No module named 'x'"})
        started = time.perf_counter()
        result = await session.call_tool("diagnose", {"text": text})
        mcp_seconds = time.perf_counter() - started

    data = structured(result)
    assert data["recognised"] is True
    assert data["input"]["characters"] == SIZE
    assert data["incidents_total"] == len(cli_matches)
    counts = {r["record_id"]: r["occurrences"] for r in data["records"]}
    assert counts["python/module-not-found"] == expected
    # Summarised, not echoed: the answer is small whatever the log's size.
    assert len(data["incidents"]) == 20
    assert any("incidents: 20 of" in note for note in data["truncated"])
    answer = sum(len(getattr(block, "text", "")) for block in result.content)
    assert answer < 200_000
    print(f"MCP {mcp_seconds:.2f} s, CLI {cli_seconds:.2f} s")  # noqa: T201 - shown with -s
    assert mcp_seconds <= 2 * cli_seconds + ALLOWANCE, (mcp_seconds, cli_seconds)
