"""Helpers of the errkb-mcp tests: the server as a subprocess, driven by the SDK's own client.

The server sees the bundled records and tests/data/kb (the demo records), a private index
cache and no user or project records. Modules that need the MCP SDK skip without it
("skipped: mcp not installed"); nothing here imports it at collection time.
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import AsyncIterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from mcp import ClientSession

HERE = Path(__file__).resolve().parent
TESTS = HERE.parent
DEMO_KB = TESTS / "data" / "kb"
#: Generous, for a loaded 2-core machine; a healthy call answers in well under a second.
CALL_TIMEOUT = 120.0


def server_command() -> list[str]:
    """The installed ``errkb-mcp`` script beside this interpreter, else ``python -m``."""
    script = Path(sys.executable).with_name("errkb-mcp")
    return [str(script)] if script.exists() else [sys.executable, "-m", "errkb_mcp"]


def server_env(tmp: Path) -> dict[str, str]:
    """The environment of a server process: isolated from the user's records and cache."""
    env = {
        key: value
        for key, value in os.environ.items()
        if key in ("PATH", "HOME", "LANG", "LC_ALL", "SYSTEMROOT", "TMPDIR", "VIRTUAL_ENV")
    }
    env.update(
        ERRKB_CACHE_DIR=os.environ["ERRKB_CACHE_DIR"],
        XDG_CONFIG_HOME=str(tmp / "config"),
        SHELL="/bin/bash",
        PYTHONUNBUFFERED="1",
    )
    return env


@contextlib.asynccontextmanager
async def connect(
    cwd: Path, *extra_args: str, errlog: Any = None, command: list[str] | None = None
) -> AsyncIterator[ClientSession]:
    """A ClientSession to a new ``errkb-mcp`` (or `command`) over stdio, initialised."""
    from mcp import ClientSession, StdioServerParameters
    from mcp.client.stdio import stdio_client

    command = command or server_command()
    params = StdioServerParameters(
        command=command[0],
        args=[*command[1:], *extra_args],
        env=server_env(cwd),
        cwd=str(cwd),
    )
    stream = errlog if errlog is not None else sys.stderr
    async with (
        stdio_client(params, errlog=stream) as (read, write),
        ClientSession(read, write, read_timeout_seconds=CALL_TIMEOUT) as session,
    ):
        await session.initialize()
        yield session


def structured(result: Any) -> dict[str, Any]:
    """The structured content of a successful tool call."""
    assert not result.is_error, [getattr(c, "text", c) for c in result.content]
    assert isinstance(result.structured_content, dict)
    return result.structured_content


def error_text(result: Any) -> str:
    """The message of a tool call that failed as a tool error."""
    assert result.is_error, result.structured_content
    return " ".join(getattr(block, "text", "") for block in result.content)


def lines_of(*lines: str) -> str:
    return "".join(f"{line}\n" for line in lines)


def ids(items: Sequence[dict[str, Any]]) -> list[str]:
    return [str(item["record_id"]) for item in items]
