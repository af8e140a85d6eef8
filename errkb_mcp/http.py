"""Streamable HTTP on 127.0.0.1 only, with an optional idle timeout after which it stops."""

from __future__ import annotations

import re
import socket
import sys
import time
from typing import Any

import anyio

from .server import ErrkbServer
from .wire import repair_lone_surrogates

__all__ = ["HOST", "serve_http"]

#: The only interface the HTTP transport listens on: the server is for local agents.
HOST = "127.0.0.1"
PATH = "/mcp"
_SURROGATE_HINT = re.compile(rb"\\u[dD][89a-fA-F]")


class _Guard:
    """ASGI wrapper in front of the SDK's app.

    - Notes when the last request ended and how many are running, for the idle timeout. An
      open GET (the server-to-client event stream) is not activity: a client that keeps one
      open but sends nothing is idle.
    - Reads a POST body whole (refusing one over `max_body` with 413), and repairs it as the
      stdio transport's lines are (`wire`): invalid UTF-8 bytes and escaped lone surrogates
      become U+FFFD instead of making the whole message unreadable.
    """

    def __init__(self, app: Any, max_body: int) -> None:
        self.app = app
        self.max_body = max_body
        self.running = 0
        self.last = time.monotonic()

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        counted = scope.get("type") == "http" and scope.get("method") != "GET"
        if counted:
            self.running += 1
        try:
            if scope.get("type") == "http" and scope.get("method") == "POST":
                body = await self._body(receive)
                if body is None:
                    await _refuse(send, 413, f"request body over {self.max_body} bytes")
                    return
                replay = [{"type": "http.request", "body": _repaired(body), "more_body": False}]

                async def receive_body() -> Any:
                    return replay.pop() if replay else await receive()

                await self.app(scope, receive_body, send)
            else:
                await self.app(scope, receive, send)
        finally:
            if counted:
                self.running -= 1
                self.last = time.monotonic()

    async def _body(self, receive: Any) -> bytes | None:
        chunks: list[bytes] = []
        size = 0
        while True:
            message = await receive()
            if message.get("type") != "http.request":
                break
            chunk = message.get("body", b"")
            size += len(chunk)
            if size > self.max_body:
                return None
            chunks.append(chunk)
            if not message.get("more_body", False):
                break
        return b"".join(chunks)

    def idle_for(self) -> float:
        return 0.0 if self.running else time.monotonic() - self.last


def _repaired(body: bytes) -> bytes:
    if body.isascii():
        if _SURROGATE_HINT.search(body) is None:
            return body
        text = body.decode("ascii")
    else:
        try:
            text = body.decode("utf-8")
        except UnicodeDecodeError:
            text = body.decode("utf-8", "replace")
    return repair_lone_surrogates(text).encode("utf-8")


async def _refuse(send: Any, status: int, message: str) -> None:
    payload = message.encode("utf-8")
    await send(
        {
            "type": "http.response.start",
            "status": status,
            "headers": [
                (b"content-type", b"text/plain"),
                (b"content-length", b"%d" % len(payload)),
            ],
        }
    )
    await send({"type": "http.response.body", "body": payload})


def _say(message: str) -> None:
    sys.stderr.write(f"errkb-mcp: {message}\n")
    sys.stderr.flush()


def _listen(port: int) -> socket.socket:
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((HOST, port))
    except OSError:
        sock.close()
        raise
    sock.listen(128)
    sock.set_inheritable(True)
    return sock


async def serve_http(
    server: ErrkbServer, *, port: int, idle_timeout: float | None, max_body: int
) -> None:
    """Serve `server` at http://127.0.0.1:PORT/mcp until stopped (or idle for `idle_timeout`).

    Port 0 takes a free port; the address is printed on stderr either way.
    """
    import uvicorn

    app = _Guard(
        server.streamable_http_app(
            streamable_http_path=PATH, host=HOST, max_request_body_size=max_body
        ),
        max_body,
    )
    sock = _listen(port)
    bound = sock.getsockname()[1]
    config = uvicorn.Config(
        app, host=HOST, port=bound, log_level="warning", timeout_graceful_shutdown=2
    )
    runner = uvicorn.Server(config)
    _say(f"listening on http://{HOST}:{bound}{PATH}")

    async def watch() -> None:
        assert idle_timeout is not None
        while not runner.should_exit:
            await anyio.sleep(min(0.5, idle_timeout))
            if app.idle_for() >= idle_timeout:
                _say(f"no request for {idle_timeout:g} s, stopping")
                runner.should_exit = True

    try:
        async with anyio.create_task_group() as group:
            if idle_timeout is not None:
                group.start_soon(watch)
            await runner.serve(sockets=[sock])
            group.cancel_scope.cancel()
    finally:
        sock.close()
