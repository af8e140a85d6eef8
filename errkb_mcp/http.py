"""Streamable HTTP on 127.0.0.1 only, with an optional idle timeout after which it stops."""

from __future__ import annotations

import socket
import sys
import time
from typing import Any

import anyio

from .server import ErrkbServer

__all__ = ["HOST", "serve_http"]

#: The only interface the HTTP transport listens on: the server is for local agents.
HOST = "127.0.0.1"
PATH = "/mcp"


class _Activity:
    """ASGI wrapper that notes when the last request ended and how many are running.

    An open GET (the server-to-client event stream) is not activity: a client that keeps one
    open but sends nothing is idle.
    """

    def __init__(self, app: Any) -> None:
        self.app = app
        self.running = 0
        self.last = time.monotonic()

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        counted = scope.get("type") == "http" and scope.get("method") != "GET"
        if counted:
            self.running += 1
        try:
            await self.app(scope, receive, send)
        finally:
            if counted:
                self.running -= 1
                self.last = time.monotonic()

    def idle_for(self) -> float:
        return 0.0 if self.running else time.monotonic() - self.last


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

    app = _Activity(
        server.streamable_http_app(
            streamable_http_path=PATH, host=HOST, max_request_body_size=max_body
        )
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
