"""Bad requests get errors, never a dead server: malformed params, bad arguments, binary text."""

from __future__ import annotations

import asyncio
import json
import uuid
from concurrent.futures import Future
from pathlib import Path
from typing import Any

import pytest
from lsprotocol import types
from pygls.exceptions import JsonRpcException
from pytest_lsp import LanguageClient

from tests.lsp.conftest import diagnostics_for, errkb_codes, open_document

pytestmark = [pytest.mark.e2e, pytest.mark.asyncio(loop_scope="module")]


async def _still_alive(client: LanguageClient) -> None:
    found = await client.workspace_execute_command_async(
        types.ExecuteCommandParams(command="errkb.lookup", arguments=["No space left on device"])
    )
    assert [item["id"] for item in found] == ["disk/no-space-left"]


def _write_raw(client: LanguageClient, body: bytes) -> None:
    writer = client.protocol.writer
    assert writer is not None
    # The client's writer over a subprocess pipe writes synchronously.
    writer.write(b"Content-Length: %d\r\n\r\n%s" % (len(body), body))


async def _raw_request(client: LanguageClient, method: str, params: Any) -> Any:
    """Send params exactly as given (the client's own types would refuse them)."""
    msg_id = str(uuid.uuid4())
    future: Future[Any] = Future()
    client.protocol._request_futures[msg_id] = future
    body = {"jsonrpc": "2.0", "id": msg_id, "method": method, "params": params}
    _write_raw(client, json.dumps(body).encode())
    return await asyncio.wait_for(asyncio.wrap_future(future), timeout=10)


@pytest.mark.parametrize(
    ("method", "params"),
    [
        ("textDocument/hover", {"textDocument": {"uri": "file:///x.log"}}),
        ("textDocument/hover", {"textDocument": 42, "position": "here"}),
        ("textDocument/codeAction", {"textDocument": {"uri": "file:///x.log"}, "range": None}),
        ("workspace/executeCommand", {"command": 17}),
    ],
)
async def test_malformed_params_get_an_error_response(
    shared_client: LanguageClient, method: str, params: Any
) -> None:
    """The request is answered with InvalidParams instead of being dropped."""
    with pytest.raises(JsonRpcException) as caught:
        await _raw_request(shared_client, method, params)
    assert caught.value.code == -32602
    await _still_alive(shared_client)


@pytest.mark.parametrize(
    ("command", "arguments"),
    [
        ("errkb.lookup", []),
        ("errkb.lookup", [42]),
        ("errkb.ignore", [{"id": "x"}]),
        ("errkb.ignore", ["not an id with spaces"]),
        ("errkb.explain", ["no/such-record"]),
        ("errkb.openDocumentation", ["file:///etc/passwd"]),
        ("errkb.noSuchCommand", []),
    ],
)
async def test_bad_command_arguments(
    shared_client: LanguageClient, command: str, arguments: list[Any]
) -> None:
    """Unknown commands and wrong arguments are errors for that request only."""
    with pytest.raises(JsonRpcException):
        await shared_client.workspace_execute_command_async(
            types.ExecuteCommandParams(command=command, arguments=arguments)
        )
    await _still_alive(shared_client)


async def test_binary_and_invalid_utf8_content(
    shared_client: LanguageClient, shared_workspace: Path
) -> None:
    """NULs, lone surrogates (what invalid UTF-8 becomes) and control bytes scan fine."""
    junk = "\x00\x01\udcff\udcfe\ufffe" * 200
    text = f"{junk}\nerror \udc80 No space left on device \x00 tail\n{junk}\n"
    uri = open_document(shared_client, shared_workspace / "binary.log", text)
    diagnostics = await diagnostics_for(shared_client, uri, version=1)
    assert errkb_codes(diagnostics) == ["disk/no-space-left"]
    hover = await shared_client.text_document_hover_async(
        types.HoverParams(
            text_document=types.TextDocumentIdentifier(uri=uri),
            position=diagnostics[0].range.start,
        )
    )
    assert hover is not None
    await _still_alive(shared_client)


async def test_garbage_on_the_wire(shared_client: LanguageClient) -> None:
    """A body that is not JSON, or JSON that is not a message, is skipped."""
    for body in (b"\xff\xfe{{{ not json", json.dumps({"hello": "world"}).encode(), b"[]"):
        _write_raw(shared_client, body)
    await _still_alive(shared_client)


async def test_requests_for_unknown_documents(shared_client: LanguageClient) -> None:
    """Hover and code actions on a document never opened return nothing, without error."""
    unknown = types.TextDocumentIdentifier(uri="file:///never/opened.log")
    position = types.Position(line=3, character=1)
    assert (
        await shared_client.text_document_hover_async(
            types.HoverParams(text_document=unknown, position=position)
        )
        is None
    )
    result = await shared_client.text_document_code_action_async(
        types.CodeActionParams(
            text_document=unknown,
            range=types.Range(start=position, end=position),
            context=types.CodeActionContext(diagnostics=[]),
        )
    )
    assert not result
    shared_client.text_document_did_change(
        types.DidChangeTextDocumentParams(
            text_document=types.VersionedTextDocumentIdentifier(uri=unknown.uri, version=2),
            content_changes=[types.TextDocumentContentChangeWholeDocument(text="x")],
        )
    )
    shared_client.text_document_did_close(types.DidCloseTextDocumentParams(text_document=unknown))
    await _still_alive(shared_client)
