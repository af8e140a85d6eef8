"""Bad framing on stdin never wedges errkb-lsp: it resynchronises and still obeys shutdown/exit."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.lsp.raw_client import RawClient, frame, raw_server

pytestmark = pytest.mark.e2e

NO_SPACE = "OSError: [Errno 28] No space left on device"


def _lookup_body(msg_id: int) -> bytes:
    params = {"command": "errkb.lookup", "arguments": [NO_SPACE]}
    message = {"jsonrpc": "2.0", "id": msg_id, "method": "workspace/executeCommand"}
    return json.dumps({**message, "params": params}).encode()


def _answers(client: RawClient) -> None:
    response = client.call(
        "workspace/executeCommand",
        {"command": "errkb.lookup", "arguments": [NO_SPACE]},
        timeout=15,
    )
    assert [item["id"] for item in response["result"]] == ["disk/no-space-left"]


def _warnings(client: RawClient) -> list[str]:
    return [
        m["params"]["message"]
        for m in client.received
        if m.get("method") == "window/logMessage" and m["params"]["type"] == 2
    ]


@pytest.mark.parametrize(
    "garbage",
    [
        b"Content-Length: abc\r\n\r\n" + _lookup_body(900),
        b"Content-Length: -5\r\nContent-Type: application/json\r\n\r\n" + _lookup_body(901),
        b"Content-Type: application/vscode-jsonrpc\r\n\r\n" + _lookup_body(902),
        b"this is not a header\r\n\r\n" + _lookup_body(903),
        b"\x00\xff\xfe binary noise without a line break",
    ],
    ids=["not-a-number", "negative", "no-length", "not-a-header", "binary"],
)
def test_malformed_header_resynchronises(workspace: Path, garbage: bytes) -> None:
    """After a header block without a usable length, the next message is read and answered,
    the skip is logged, and shutdown + exit still end the process with code 0."""
    with raw_server(workspace) as client:
        client.initialize()
        client.send_raw(garbage)
        _answers(client)
        _answers(client)
        assert any("errkb-lsp: skipped" in w for w in _warnings(client)), _warnings(client)
        assert client.stop() == 0


def test_malformed_json_body_gets_parse_error(workspace: Path) -> None:
    """A well-framed body that is not JSON is answered with -32700 (id null); nothing else is
    lost."""
    with raw_server(workspace) as client:
        client.initialize()
        client.send_raw(frame(b'{"jsonrpc": "2.0", "id": 5, "method": '))
        error = client.wait(lambda m: "error" in m and m.get("id") is None, timeout=15)
        assert error["error"]["code"] == -32700
        assert error["error"]["message"].startswith("Parse error")
        _answers(client)
        assert client.stop() == 0


@pytest.mark.parametrize(
    "body",
    [b"[1, 2]", b'"text"', b'{"id": 7, "method": "shutdown"}'],
    ids=["array", "string", "no-jsonrpc"],
)
def test_json_that_is_no_message_gets_invalid_request(workspace: Path, body: bytes) -> None:
    """Valid JSON that is not a JSON-RPC 2.0 object is answered with -32600."""
    with raw_server(workspace) as client:
        client.initialize()
        client.send_raw(frame(body))
        error = client.wait(lambda m: m.get("error", {}).get("code") == -32600, timeout=15)
        assert error["id"] == (7 if b"id" in body else None)
        _answers(client)
        assert client.stop() == 0


def test_content_length_too_short(workspace: Path) -> None:
    """A length shorter than the body: the cut body is a parse error, the rest is skipped up
    to the next header, and the next request is answered."""
    with raw_server(workspace) as client:
        client.initialize()
        body = _lookup_body(904)
        client.send_raw(b"Content-Length: %d\r\n\r\n%s" % (len(body) // 2, body))
        _answers(client)
        assert client.wait(lambda m: m.get("error", {}).get("code") == -32700, timeout=5)
        assert client.stop() == 0


def test_content_length_too_long(workspace: Path) -> None:
    """A length longer than the body swallows part of the next message (lost: its length is
    unknowable), but the server resynchronises on the one after."""
    with raw_server(workspace) as client:
        client.initialize()
        body = _lookup_body(905)
        client.send_raw(b"Content-Length: %d\r\n\r\n%s" % (len(body) + 40, body))
        client.send_raw(frame(_lookup_body(906)))  # its header and start are swallowed
        _answers(client)
        assert client.stop() == 0


def test_exit_after_garbage_without_shutdown(workspace: Path) -> None:
    """exit without shutdown, after garbage, still ends the process."""
    with raw_server(workspace) as client:
        client.initialize()
        client.send_raw(b"Content-Length: abc\r\n\r\n{}")
        client.notify("exit", None)
        client.wait_exit(15)


def test_end_of_input_inside_a_body_ends_the_server(workspace: Path) -> None:
    """stdin closed in the middle of a body: the server exits instead of waiting."""
    with raw_server(workspace) as client:
        client.initialize()
        client.send_raw(b'Content-Length: 500\r\n\r\n{"jsonrpc"')
        assert client.process.stdin is not None
        client.process.stdin.close()
        client.wait_exit(15)
