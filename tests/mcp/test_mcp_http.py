"""errkb-mcp --http: streamable HTTP on 127.0.0.1 only, on a free port, stopping by itself."""

from __future__ import annotations

import re
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

pytest.importorskip("mcp", reason="skipped: mcp not installed")

from tests.mcp._support import CALL_TIMEOUT, server_command, server_env, structured

pytestmark = pytest.mark.e2e

ERROR = "ModuleNotFoundError: No module named 'yaml'"


def _start(server_dir: Path, *args: str) -> tuple[subprocess.Popen[str], str, list[str]]:
    """Start the server; wait for the address it prints; keep reading its stderr."""
    process = subprocess.Popen(
        [*server_command(), "--http", *args],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
        env=server_env(server_dir),
        cwd=server_dir,
    )
    assert process.stderr is not None
    seen: list[str] = []
    found = threading.Event()

    def read() -> None:
        assert process.stderr is not None
        for line in process.stderr:
            seen.append(line)
            if "listening on" in line:
                found.set()

    threading.Thread(target=read, daemon=True).start()
    if not found.wait(60):
        process.kill()
        pytest.fail(f"the server printed no address: {''.join(seen)}")
    match = re.search(r"listening on (http://\S+)", "".join(seen))
    assert match is not None
    return process, match.group(1), seen


async def test_http_on_loopback_with_a_free_port_stops_when_idle(server_dir: Path) -> None:
    import httpx2
    from mcp import ClientSession
    from mcp.client.streamable_http import streamable_http_client

    process, url, stderr = _start(server_dir, "--port", "0", "--idle-timeout", "3")
    try:
        address = re.fullmatch(r"http://127\.0\.0\.1:(\d+)/mcp", url)
        assert address is not None, url
        assert int(address.group(1)) > 0

        async with (
            streamable_http_client(url) as (read, write),
            ClientSession(read, write, read_timeout_seconds=CALL_TIMEOUT) as session,
        ):
            await session.initialize()
            tools = {tool.name for tool in (await session.list_tools()).tools}
            assert "diagnose" in tools
            found = structured(await session.call_tool("lookup", {"text": ERROR}))
            assert found["best"]["record_id"] == "python/module-not-found"
            log = f"building\n{ERROR}\ndone\n"
            diagnosed = structured(await session.call_tool("diagnose", {"text": log}))
            assert diagnosed["incidents"][0]["record_id"] == "python/module-not-found"
            read_back = await session.read_resource("errkb://records/python/module-not-found")
            assert len(read_back.contents) == 2

        # A lone surrogate escape in a request body is repaired, not a failed request.
        async with httpx2.AsyncClient(timeout=CALL_TIMEOUT) as client:
            headers = {
                "accept": "application/json, text/event-stream",
                "content-type": "application/json",
            }
            body = (
                '{"jsonrpc":"2.0","id":1,"method":"initialize","params":{"protocolVersion":'
                '"2025-11-25","capabilities":{},"clientInfo":{"name":"raw \\ud83d","version":"0"}}}'
            )
            response = await client.post(url, content=body.encode(), headers=headers)
            assert response.status_code == 200, response.text
            # Another Host header (DNS rebinding) is refused.
            foreign = await client.post(
                url, content=body.encode(), headers={**headers, "host": "evil.example:80"}
            )
            assert foreign.status_code in (400, 403, 421)

        # Nothing more is sent: the server stops by itself.
        started = time.monotonic()
        assert process.wait(timeout=60) == 0, "".join(stderr)
        assert time.monotonic() - started < 30
        assert any("stopping" in line for line in stderr)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()


def test_http_options_are_checked() -> None:
    """No option chooses an interface; --port without --http is a usage error."""
    for args in (["--http", "--host", "0.0.0.0"], ["--port", "1234"], ["--http", "--port", "x"]):
        completed = subprocess.run(
            [sys.executable, "-m", "errkb_mcp", *args],
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
        assert completed.returncode == 2, (args, completed.stderr)
