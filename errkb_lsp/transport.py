"""The stdio transport: framed JSON-RPC in, resynchronising after malformed headers and bodies."""

# pygls' own loop (pygls.io_.run_async) only knows a header line that is exactly
# ``Content-Length: <digits>\r\n``. After ``Content-Length: abc`` it never learns the length of
# the body, so the body is read as the start of the next header line, that line swallows the
# next message's real header, and so on: every later message is lost, ``shutdown`` and ``exit``
# included, while the process stays alive. This loop recovers instead of exiting: after a
# header block without a usable length, it skips bytes up to the next line ending in
# ``Content-Length: <digits>``. A well-formed JSON body never holds a raw line break outside
# its strings, nor one inside them (JSON escapes control characters), so that header cannot be
# mistaken for part of a body. Exiting so that the editor restarts the server would lose every
# open document and the settings, and editors give up restarting after a few crashes.

from __future__ import annotations

import asyncio
import json
import logging
import re
import sys
import threading
from typing import Any, BinaryIO

from pygls.exceptions import JsonRpcException
from pygls.io_ import StdinAsyncReader, StdoutWriter
from pygls.protocol import JsonRPCProtocol

__all__ = ["PARSE_ERROR", "dispatch", "read_messages", "serve_stdio"]

logger = logging.getLogger(__name__)

PARSE_ERROR = -32700
INVALID_REQUEST = -32600

# Header names are tokens (RFC 7230); the value is anything up to the line break.
_HEADER = re.compile(rb"[!#-'*+.0-9A-Z^-z|~-]+:[^\r\n]*\r?\n")
_CONTENT_LENGTH = re.compile(rb"Content-Length:[ \t]*(\d+)[ \t]*\r?\n", re.IGNORECASE)
# The same header ending a line that holds something else before it (a skipped body).
_TRAILING_CONTENT_LENGTH = re.compile(rb"Content-Length:[ \t]*(\d+)[ \t]*\r?\n\Z", re.IGNORECASE)


def _reply_error(protocol: JsonRPCProtocol, code: int, message: str, id_: Any = None) -> None:
    protocol._send_data(
        {"jsonrpc": "2.0", "id": id_, "error": {"code": code, "message": message[:500]}}
    )


def _tell_client(protocol: JsonRPCProtocol, message: str) -> None:
    logger.warning("%s", message)
    protocol._send_data(
        {"jsonrpc": "2.0", "method": "window/logMessage", "params": {"type": 2, "message": message}}
    )


def dispatch(protocol: JsonRPCProtocol, body: bytes) -> None:
    """Decode one message body and hand it to the protocol; answer what cannot be decoded."""
    try:
        text = body.decode("utf-8")
    except UnicodeDecodeError as error:
        # Keep the message (a document with a stray byte stays open and scanned): the bytes
        # that are not UTF-8 become U+FFFD.
        text = body.decode("utf-8", "replace")
        _tell_client(
            protocol,
            f"errkb-lsp: a message was not valid UTF-8 ({error.reason}, "
            f"byte {error.start}); its invalid bytes were replaced by U+FFFD",
        )
    try:
        # strict=False: raw control characters (NUL, tabs) inside strings are taken as they are.
        data = json.loads(text, strict=False)
    except ValueError as error:
        _reply_error(protocol, PARSE_ERROR, f"Parse error: {error}")
        logger.warning("malformed JSON body (%d bytes): %s", len(body), error)
        return
    if not isinstance(data, dict) or data.get("jsonrpc") != "2.0":
        id_ = data.get("id") if isinstance(data, dict) else None
        if not isinstance(id_, (int, str)) or isinstance(id_, bool):
            id_ = None
        _reply_error(protocol, INVALID_REQUEST, "Invalid Request: not a JSON-RPC 2.0 message", id_)
        return
    try:
        message = protocol.structure_message(data)
        protocol.handle_message(message)
    except Exception as error:
        logger.exception("Unable to handle message")
        protocol._server._report_server_error(error, JsonRpcException)


class _Framing:
    """Where the reader is: in a header block (with or without a length yet), or hunting."""

    def __init__(self) -> None:
        self.length: int | None = None
        self.headers: list[bytes] = []
        self.hunting = False
        self.skipped = 0

    def found(self, length: int) -> None:
        self.length, self.hunting, self.headers = length, False, [b"Content-Length"]


async def read_messages(
    reader: Any,
    protocol: JsonRPCProtocol,
    stop_event: threading.Event,
) -> None:
    """Read messages until end of input (or ``stop_event``), recovering from bad framing."""
    state = _Framing()
    while not stop_event.is_set():
        line: bytes = await reader.readline()
        if not line:
            break
        if state.hunting:
            match = _TRAILING_CONTENT_LENGTH.search(line)
            if match is None:
                state.skipped += len(line)
                continue
            state.skipped += match.start()
            _tell_client(
                protocol,
                f"errkb-lsp: skipped {state.skipped} bytes of malformed input; "
                "reading resumed at the next Content-Length header",
            )
            state.found(int(match.group(1)))
            continue
        if not line.strip():
            if state.length is not None:
                body = await reader.readexactly(state.length)
                if len(body) < state.length:
                    break  # end of input inside a body
                state = _Framing()
                dispatch(protocol, body)
            elif state.headers:
                shown = b" | ".join(h.strip() for h in state.headers)[:200]
                _tell_client(
                    protocol,
                    f"errkb-lsp: a message header had no valid Content-Length ({shown!r}); "
                    "skipping its body up to the next header",
                )
                state = _Framing()
                state.hunting = True
            continue  # a blank line between messages is harmless
        if (match := _CONTENT_LENGTH.fullmatch(line)) is not None:
            state.found(int(match.group(1)))
        elif _HEADER.fullmatch(line):
            state.headers.append(line)  # Content-Type, or a Content-Length that is no number
        elif (match := _TRAILING_CONTENT_LENGTH.search(line)) is not None:
            # Not a header: the rest of a body read with a wrong length, then a real header.
            _tell_client(
                protocol,
                f"errkb-lsp: skipped {match.start()} bytes of malformed input before a header",
            )
            state.found(int(match.group(1)))
        else:
            state = _Framing()
            state.hunting, state.skipped = True, len(line)


def serve_stdio(server: Any, stdin: BinaryIO | None, stdout: BinaryIO | None) -> None:
    """Run the server over stdin/stdout with the recovering reader (pygls' start_io otherwise)."""
    logger.info("Starting async IO server")
    server._stop_event = stop_event = threading.Event()
    reader = StdinAsyncReader(stdin or sys.stdin.buffer, server.thread_pool)
    server.protocol.set_writer(StdoutWriter(stdout or sys.stdout.buffer))
    try:
        asyncio.run(read_messages(reader, server.protocol, stop_event))
    except BrokenPipeError:
        logger.error("Connection to the client is lost! Shutting down the server.")
    except (KeyboardInterrupt, SystemExit):
        pass
    finally:
        server.shutdown()
