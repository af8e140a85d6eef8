"""Hostile input: every bad call gets a clear tool error, and the server keeps answering."""

from __future__ import annotations

import json
import subprocess
import time
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("mcp", reason="skipped: mcp not installed")

from tests.mcp._support import (
    connect,
    error_text,
    server_command,
    server_env,
    structured,
)

pytestmark = pytest.mark.e2e

ERROR = "ModuleNotFoundError: No module named 'yaml'"


async def test_bad_tool_input_is_a_clear_tool_error(server_dir: Path) -> None:
    async with connect(server_dir, "--max-text-mb", "1", "--validation-timeout", "5") as session:

        async def fails(tool: str, arguments: dict[str, Any], *expected: str) -> None:
            message = error_text(await session.call_tool(tool, arguments))
            for part in expected:
                assert part in message, message

        big = "x" * (1024 * 1024 + 1)
        await fails("diagnose", {"text": big}, "1,048,577 characters", "limit is 1,048,576")
        await fails("diagnose", {"text": ""}, "text is empty")
        await fails("diagnose", {"text": "\x00\x01\x02\x03binary" * 1000}, "binary data")
        await fails("diagnose", {"text": "\ufffd" * 500 + ERROR}, "replacement characters")
        await fails("diagnose", {"text": ERROR, "max_incidents": 0}, "max_incidents")
        await fails("diagnose", {"text": ERROR, "environment": {"shell": "tcsh"}}, "shell")
        await fails("diagnose", {"text": 12}, "valid string")
        await fails("diagnose", {}, "text", "Field required")
        await fails("lookup", {"text": "e" * (1024 * 1024 + 1)}, "use diagnose for a whole log")
        await fails(
            "explain", {"record_id": "no/such-record"}, "no record with id 'no/such-record'"
        )
        await fails("explain", {"record_id": "x" * 500}, "record id must be 1 to 200 characters")
        await fails("search_records", {"query": "q" * 501}, "the limit is 500")
        await fails("search_records", {"query": "  "}, "query is empty")
        await fails("validate_record", {"yaml": "a: b\n" * 60000}, "a record is at most")
        await fails("validate_record", {"yaml": ""}, "yaml is empty")
        # A pattern that backtracks for ever: refused by the analysis, and were it missed, the
        # worker (not the server) would be stopped.
        redos = (
            "id: frob/redos\nsignature: x\nroot_cause: x\npatterns: ['(a|a)*b']\n"
            "examples: ['" + "a" * 60 + "']\nworkarounds: [{action: x}]\n"
        )
        started = time.monotonic()
        judged = await session.call_tool("validate_record", {"yaml": redos})
        if judged.is_error:
            assert "stopped after 5 s" in error_text(judged)
        else:
            verdict = structured(judged)
            assert not verdict["valid"]
            assert "ERRKB003" in [p["code"] for p in verdict["problems"]]
        assert time.monotonic() - started < 60
        unknown = await session.call_tool("no_such_tool", {})
        assert unknown.is_error

        # A YAML alias bomb is refused before anything expands it.
        bomb = "id: frob/bomb\nsignature: x\na: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
            f"{chr(98 + i)}: &{chr(98 + i)} [*{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}]\n"
            for i in range(20)
        )
        refused = structured(await session.call_tool("validate_record", {"yaml": bomb}))
        assert refused["stage"] == "parse"
        assert "aliases" in refused["problems"][0]["message"]

        # After all that, the server still answers.
        found = structured(await session.call_tool("lookup", {"text": ERROR}))
        assert found["best"]["record_id"] == "python/module-not-found"


def _rpc(process: subprocess.Popen[bytes], line: bytes) -> dict[str, Any]:
    assert process.stdin is not None
    assert process.stdout is not None
    process.stdin.write(line + b"\n")
    process.stdin.flush()
    while True:
        reply = json.loads(process.stdout.readline())
        if "id" in reply:
            return dict(reply)


def _call(number: int, text_json: bytes) -> bytes:
    return (
        b'{"jsonrpc":"2.0","id":%d,"method":"tools/call","params":{"name":"lookup",'
        b'"arguments":{"text":%s}}}' % (number, text_json)
    )


def test_invalid_utf8_and_lone_surrogates_on_the_wire(server_dir: Path) -> None:
    """Raw JSON-RPC over stdio, as a client in another language might write it."""
    process = subprocess.Popen(
        server_command(),
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        env=server_env(server_dir),
        cwd=server_dir,
    )
    try:
        hello = _rpc(
            process,
            json.dumps(
                {
                    "jsonrpc": "2.0",
                    "id": 1,
                    "method": "initialize",
                    "params": {
                        "protocolVersion": "2025-11-25",
                        "capabilities": {},
                        "clientInfo": {"name": "raw", "version": "0"},
                    },
                }
            ).encode(),
        )
        assert hello["result"]["serverInfo"]["name"] == "errkb"
        assert process.stdin is not None
        process.stdin.write(b'{"jsonrpc":"2.0","method":"notifications/initialized"}\n')

        # Bytes that are not UTF-8 arrive as U+FFFD; the error around them is still recognised.
        broken = _rpc(process, _call(2, b'"\xff\xfe\\n' + ERROR.encode() + b'"'))
        assert (
            broken["result"]["structuredContent"]["best"]["record_id"] == "python/module-not-found"
        )
        # JavaScript's JSON.stringify writes a string cut inside an emoji as a lone surrogate.
        lone = _rpc(process, _call(3, b'"' + ERROR.encode() + b' \\ud83d"'))
        assert lone["result"]["structuredContent"]["best"]["record_id"] == "python/module-not-found"
        # A surrogate pair is left alone.
        pair = _rpc(process, _call(4, b'"\\ud83d\\ude00 ' + ERROR.encode() + b'"'))
        assert pair["result"]["isError"] is False
        # Mostly undecodable bytes are refused as binary, with a tool error.
        binary = _rpc(process, _call(5, b'"' + b"\xff" * 400 + b'"'))
        assert binary["result"]["isError"] is True
        assert "binary data" in binary["result"]["content"][0]["text"]
        # Not JSON at all: no answer is possible (there is no id), and the next call works.
        assert process.stdin is not None
        process.stdin.write(b"this is not json\n")
        again = _rpc(process, _call(6, json.dumps(ERROR).encode()))
        assert again["result"]["structuredContent"]["recognised"] is True
    finally:
        if process.stdin is not None:
            process.stdin.close()
        try:
            assert process.wait(timeout=30) == 0
        finally:
            if process.poll() is None:
                process.kill()
