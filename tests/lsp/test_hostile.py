"""Hostile input over stdio: no crash, no hang, a clear message, nothing lost.

Every test drives a real ``errkb-lsp`` subprocess with the raw client, whose waits all have
timeouts; the server is stopped with shutdown + exit and killed if it does not go.
"""

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Any

import pytest

from tests.lsp.conftest import base_options
from tests.lsp.raw_client import RawClient, frame, raw_server

pytestmark = pytest.mark.e2e

NO_SPACE = "OSError: [Errno 28] No space left on device"
NO_MODULE = "ModuleNotFoundError: No module named 'yaml'"
BENIGN = "2024-05-01T12:00:00Z INFO worker processed job 42"


def _uri(root: Path, name: str) -> str:
    return (root / name).as_uri()


def _open(client: RawClient, uri: str, text: str, version: int = 1) -> None:
    client.notify(
        "textDocument/didOpen",
        {"textDocument": {"uri": uri, "languageId": "log", "version": version, "text": text}},
    )


def _codes(message: dict[str, Any]) -> list[str]:
    return [d["code"] for d in message["params"]["diagnostics"] if d.get("code")]


def _alive(client: RawClient) -> None:
    response = client.call(
        "workspace/executeCommand", {"command": "errkb.lookup", "arguments": [NO_SPACE]}
    )
    assert [item["id"] for item in response["result"]] == ["disk/no-space-left"]


def _shown(client: RawClient) -> list[str]:
    return [
        m["params"]["message"] for m in client.received if m.get("method") == "window/showMessage"
    ]


@pytest.fixture
def server(workspace: Path) -> Any:
    """An initialized server on a fresh workspace, stopped cleanly after the test."""
    with raw_server(workspace) as client:
        client.initialize()
        yield client
        assert client.stop() == 0


# ---------------------------------------------------------------------- JSON-RPC


@pytest.mark.parametrize(
    "message",
    [
        {"jsonrpc": "2.0", "id": 12345},  # a response to a request never sent
        {"jsonrpc": "2.0", "id": 12346, "result": None, "error": {"code": 1, "message": "x"}},
        {"jsonrpc": "2.0", "method": 5, "params": {}},
        {"jsonrpc": "2.0", "method": "textDocument/hover", "params": "not an object"},
        {"jsonrpc": "2.0", "id": [1], "method": "textDocument/hover", "params": {}},
        {"jsonrpc": "2.0", "id": 77, "method": "textDocument/didOpen", "params": None},
    ],
    ids=["orphan-response", "orphan-error", "method-number", "params-string", "id-list", "null"],
)
def test_malformed_json_rpc_messages(server: RawClient, message: dict[str, Any]) -> None:
    """Messages that parse but make no sense are answered or dropped; the server goes on."""
    server.send_raw(frame(message))
    _alive(server)


def test_wrong_jsonrpc_version_is_an_invalid_request(server: RawClient) -> None:
    """A 1.0 request gets -32600 with its id, instead of silence."""
    server.send_raw(frame({"jsonrpc": "1.0", "id": 31, "method": "shutdown"}))
    reply = server.wait(lambda m: m.get("id") == 31)
    assert reply["error"]["code"] == -32600
    _alive(server)


def test_unknown_request_gets_method_not_found(server: RawClient) -> None:
    """Unknown requests get MethodNotFound; the server keeps answering."""
    reply = server.call("errkb/noSuchThing", {"x": 1})
    assert reply["error"]["code"] == -32601
    _alive(server)


@pytest.mark.parametrize("method", ["errkb/noSuchNotification", "$/noSuchNotification"])
def test_unknown_notification_is_ignored(server: RawClient, method: str) -> None:
    """Unknown notifications get no response at all (JSON-RPC never answers notifications)."""
    before = len(server.received)
    server.notify(method, {"x": 1})
    _alive(server)
    assert not any("error" in m for m in server.received[before:])


# ---------------------------------------------------------------------- documents


def test_out_of_order_versions(server: RawClient) -> None:
    """Versions going backwards are taken as they come; results follow the latest text."""
    uri = _uri(server.root, "order.log")
    _open(server, uri, f"{BENIGN}\n{NO_SPACE}\n", version=10)
    assert _codes(server.published(uri, 10)) == ["disk/no-space-left"]
    server.notify(
        "textDocument/didChange",
        {"textDocument": {"uri": uri, "version": 3}, "contentChanges": [{"text": BENIGN}]},
    )
    assert _codes(server.published(uri, 3)) == []
    server.notify(
        "textDocument/didChange",
        {"textDocument": {"uri": uri, "version": 3}, "contentChanges": [{"text": NO_MODULE}]},
    )
    server.wait(
        lambda m: (
            m.get("method") == "textDocument/publishDiagnostics"
            and m["params"]["uri"] == uri
            and _codes(m) == ["python/module-not-found"]
        )
    )
    _alive(server)


def test_requests_on_closed_documents(server: RawClient) -> None:
    """Hover and code actions on documents never opened or already closed answer null; edits
    and closes of closed documents are ignored."""
    uri = _uri(server.root, "closed.log")
    _open(server, uri, NO_SPACE)
    assert _codes(server.published(uri, 1)) == ["disk/no-space-left"]
    server.notify("textDocument/didClose", {"textDocument": {"uri": uri}})
    server.notify("textDocument/didClose", {"textDocument": {"uri": uri}})
    server.notify(
        "textDocument/didChange",
        {"textDocument": {"uri": uri, "version": 2}, "contentChanges": [{"text": NO_MODULE}]},
    )
    position = {"line": 0, "character": 30}
    where = {"start": position, "end": position}
    for target in (uri, _uri(server.root, "never-opened.log")):
        hover = server.call(
            "textDocument/hover", {"textDocument": {"uri": target}, "position": position}
        )
        assert hover.get("result") is None
        assert "error" not in hover
        actions = server.call(
            "textDocument/codeAction",
            {"textDocument": {"uri": target}, "range": where, "context": {"diagnostics": []}},
        )
        assert actions.get("result") is None
        assert "error" not in actions
    cleared = [
        m
        for m in server.received
        if m.get("method") == "textDocument/publishDiagnostics" and m["params"]["uri"] == uri
    ]
    assert cleared[-1]["params"]["diagnostics"] == []
    _alive(server)


def test_invalid_utf8_in_a_document(server: RawClient) -> None:
    """A didOpen whose body is not valid UTF-8 still opens the document (U+FFFD for the bad
    bytes), says so in the log, and the errors in it are found."""
    uri = _uri(server.root, "latin1.log")
    text = "caf\udcffe \udcfe\n" + NO_SPACE + "\n"
    params = {"textDocument": {"uri": uri, "languageId": "log", "version": 1, "text": "@@@"}}
    body = json.dumps({"jsonrpc": "2.0", "method": "textDocument/didOpen", "params": params})
    raw = body.encode().replace(
        b"@@@", text.encode("utf-8", "surrogateescape").replace(b"\n", b"\\n")
    )
    server.send_raw(frame(raw))
    assert _codes(server.published(uri, 1)) == ["disk/no-space-left"]
    assert any(
        "not valid UTF-8" in m["params"]["message"]
        for m in server.received
        if m.get("method") == "window/logMessage"
    )
    _alive(server)


@pytest.mark.parametrize(
    "prefix",
    [
        "\x00\x00\x00 NUL bytes\x00\n",
        "".join(map(chr, random.Random(7).choices(range(256), k=4096))) + "\n",
        "\ufffe\uffff\U0010ffff \u202e reversed \u0007\x1b[31m red \x1b[0m\n",
    ],
    ids=["nul", "binary", "odd-code-points"],
)
def test_binary_looking_content(server: RawClient, prefix: str) -> None:
    """NUL bytes, control characters and binary noise do not stop the scan of what follows."""
    uri = _uri(server.root, "binary.log")
    _open(server, uri, prefix + NO_SPACE + "\n")
    message = server.published(uri, 1)
    assert _codes(message) == ["disk/no-space-left"]
    line = message["params"]["diagnostics"][0]["range"]["start"]["line"]
    assert line == prefix.count("\n") + prefix.count("\r") - prefix.count("\r\n")


def test_raw_nul_bytes_inside_the_json_string(server: RawClient) -> None:
    """Control characters sent unescaped inside a JSON string are taken as they are."""
    uri = _uri(server.root, "raw-nul.log")
    params = {"textDocument": {"uri": uri, "languageId": "log", "version": 1, "text": "@@@"}}
    body = json.dumps({"jsonrpc": "2.0", "method": "textDocument/didOpen", "params": params})
    raw = body.encode().replace(b"@@@", b"\x00\x01\x02\t" + NO_SPACE.encode())
    server.send_raw(frame(raw))
    assert _codes(server.published(uri, 1)) == ["disk/no-space-left"]


def test_ten_megabyte_line_without_newline(server: RawClient) -> None:
    """One 10 MB line, no line break: scanned, hoverable and editable within the timeouts."""
    uri = _uri(server.root, "one-line.log")
    filler = "x" * (10 * 1024 * 1024)
    _open(server, uri, filler + " " + NO_SPACE)
    message = server.wait(
        lambda m: (
            m.get("method") == "textDocument/publishDiagnostics" and m["params"]["uri"] == uri
        ),
        timeout=120,
    )
    assert _codes(message) == ["disk/no-space-left"]
    start = message["params"]["diagnostics"][0]["range"]["start"]
    assert start["line"] == 0
    assert start["character"] > len(filler)
    hover = server.call(
        "textDocument/hover", {"textDocument": {"uri": uri}, "position": start}, timeout=60
    )
    assert hover["result"] is not None
    at = {"line": 0, "character": 0}
    server.notify(
        "textDocument/didChange",
        {
            "textDocument": {"uri": uri, "version": 2},
            "contentChanges": [{"range": {"start": at, "end": at}, "text": "y"}],
        },
    )
    edited = server.wait(
        lambda m: (
            m.get("method") == "textDocument/publishDiagnostics"
            and m["params"]["uri"] == uri
            and m["params"].get("version") == 2
        ),
        timeout=120,
    )
    assert (
        edited["params"]["diagnostics"][0]["range"]["start"]["character"] == start["character"] + 1
    )


def _edit(lines: list[str], rng: random.Random) -> dict[str, Any]:
    """One random edit of ``lines`` (changed in place), as an LSP content change."""
    choice = rng.random()
    # Never the last line: deleting it as a whole line would also need its preceding break.
    line = rng.randrange(len(lines) - 1)
    if choice < 0.4:  # insert a line, often an error
        new = rng.choice([NO_SPACE, NO_MODULE, BENIGN, "Traceback (most recent call last):"])
        lines.insert(line, new)
        at = {"line": line, "character": 0}
        return {"range": {"start": at, "end": at}, "text": new + "\n"}
    if choice < 0.7 and len(lines) > 2:  # delete a line
        del lines[line]
        start, end = {"line": line, "character": 0}, {"line": line + 1, "character": 0}
        return {"range": {"start": start, "end": end}, "text": ""}
    # retype a few characters inside a line (may break or make an error message)
    text = lines[line]
    first = rng.randrange(len(text) + 1)
    last = min(len(text), first + rng.randrange(4))
    new = rng.choice(["", "e", "No space", " left", "\u00e9"])
    lines[line] = text[:first] + new + text[last:]
    return {
        "range": {
            "start": {"line": line, "character": first},
            "end": {"line": line, "character": last},
        },
        "text": new,
    }


def _comparable(message: dict[str, Any]) -> list[tuple[Any, ...]]:
    return sorted(
        (json.dumps(d["range"], sort_keys=True), d.get("code"), d["message"])
        for d in message["params"]["diagnostics"]
    )


def test_hundred_rapid_edits_equal_a_full_rescan(server: RawClient) -> None:
    """After 100 edits sent back to back, the final diagnostics are those of a fresh open of
    the final text."""
    rng = random.Random(2026)
    lines = [rng.choice([BENIGN, BENIGN, NO_SPACE, NO_MODULE]) for _ in range(200)] + [""]
    uri = _uri(server.root, "edited.log")
    _open(server, uri, "\n".join(lines))
    server.published(uri, 1)
    for version in range(2, 102):
        change = _edit(lines, rng)
        server.notify(
            "textDocument/didChange",
            {"textDocument": {"uri": uri, "version": version}, "contentChanges": [change]},
        )
    final = server.published(uri, 101)
    fresh = _uri(server.root, "fresh.log")
    _open(server, fresh, "\n".join(lines))
    assert _comparable(final) == _comparable(server.published(fresh, 1))
    assert _codes(final)  # the edits leave errors to compare


# ---------------------------------------------------------------------- knowledge base


def _broken_kb(root: Path) -> Path:
    kb = root / "user-kb" / "demo"
    kb.mkdir(parents=True)
    (kb / "broken.yaml").write_text('id: demo/broken\nsummary: x\npatterns:\n  - "(unclosed"\n')
    (kb / "worse.yaml").write_text("id: demo/worse\nsignature: worse\npatterns: nope\n")
    return kb.parent


def _assert_one_load_message(client: RawClient) -> None:
    _alive(client)
    client.drain(1.0)
    messages = [m for m in _shown(client) if "failed to load" in m]
    assert len(messages) == 1, _shown(client)
    message = messages[0]
    assert "2 knowledge-base records failed to load and were skipped" in message
    assert "broken.yaml" in message
    assert "worse.yaml" in message
    assert "field signature" in message
    assert "field patterns" in message


def test_malformed_user_record_in_settings(workspace: Path, tmp_path: Path) -> None:
    """A broken record in a configured knowledge base: one message, the others still work."""
    kb = _broken_kb(tmp_path)
    options = base_options()
    options["knowledgeBasePaths"] = [*options["knowledgeBasePaths"], str(kb)]
    with raw_server(workspace) as client:
        client.initialize(options)
        _assert_one_load_message(client)
        uri = _uri(workspace, "after.log")
        _open(client, uri, NO_SPACE)
        assert _codes(client.published(uri, 1)) == ["disk/no-space-left"]
        assert client.stop() == 0


def test_malformed_user_record_in_errkb_path(workspace: Path, tmp_path: Path) -> None:
    """The same through $ERRKB_PATH; an errkb.reload with the same errors does not repeat it."""
    kb = _broken_kb(tmp_path)
    with raw_server(workspace, env={"ERRKB_PATH": str(kb)}) as client:
        client.initialize()
        _assert_one_load_message(client)
        reply = client.call("workspace/executeCommand", {"command": "errkb.reload"})
        fields = sorted(e["field"] for e in reply["result"]["errors"])
        assert fields == ["patterns", "signature"]
        client.drain(0.5)
        assert len([m for m in _shown(client) if "failed to load" in m]) == 1
        assert client.stop() == 0
