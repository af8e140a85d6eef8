"""A raw stdio JSON-RPC client for errkb-lsp: sends any bytes, every wait bounded by a timeout."""

from __future__ import annotations

import contextlib
import json
import os
import queue
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from tests.lsp.conftest import base_options

Message = dict[str, Any]


def frame(message: Message | bytes) -> bytes:
    """A message (or a raw body) with its Content-Length header."""
    body = message if isinstance(message, bytes) else json.dumps(message).encode()
    return b"Content-Length: %d\r\n\r\n%s" % (len(body), body)


class RawClient:
    """errkb-lsp in a subprocess; answers the server's requests; collects what it sends."""

    def __init__(self, root: Path, env: dict[str, str] | None = None) -> None:
        environment = {
            **os.environ,
            "ERRKB_NO_BUNDLED": "1",
            "ERRKB_PATH": "",
            "XDG_CONFIG_HOME": str(root.parent / "xdg-config"),
            **(env or {}),
        }
        self.process = subprocess.Popen(
            [sys.executable, "-m", "errkb_lsp"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            cwd=root,
            env=environment,
        )
        self.root = root
        self.settings: Any = None
        self.received: list[Message] = []
        self.inbox: queue.Queue[Message] = queue.Queue()
        self.lock = threading.Lock()
        self.next_id = 0
        threading.Thread(target=self._read, daemon=True).start()

    # ------------------------------------------------------------------ sending

    def send_raw(self, data: bytes) -> None:
        """Write bytes exactly as given."""
        assert self.process.stdin is not None
        with self.lock:
            self.process.stdin.write(data)
            self.process.stdin.flush()

    def notify(self, method: str, params: Any) -> None:
        """Send a notification."""
        self.send_raw(frame({"jsonrpc": "2.0", "method": method, "params": params}))

    def request(self, method: str, params: Any) -> int:
        """Send a request; returns its id."""
        self.next_id += 1
        self.send_raw(
            frame({"jsonrpc": "2.0", "id": self.next_id, "method": method, "params": params})
        )
        return self.next_id

    def call(self, method: str, params: Any, timeout: float = 30) -> Message:
        """Send a request and wait for its response (the whole message)."""
        msg_id = self.request(method, params)
        return self.wait(lambda m: m.get("id") == msg_id and "method" not in m, timeout)

    # ------------------------------------------------------------------ receiving

    def _read(self) -> None:
        stream = self.process.stdout
        assert stream is not None
        while True:
            length = None
            while (line := stream.readline()) not in (b"\r\n", b""):
                if line.lower().startswith(b"content-length:"):
                    length = int(line.split(b":")[1])
            if not line or length is None:
                return
            message = json.loads(stream.read(length))
            if "method" in message and "id" in message:
                self._answer(message)
            self.inbox.put(message)

    def _answer(self, message: Message) -> None:
        result: Any = None
        if message["method"] == "workspace/configuration":
            result = [self.settings for _ in message["params"]["items"]]
        with contextlib.suppress(OSError, ValueError):
            self.send_raw(frame({"jsonrpc": "2.0", "id": message["id"], "result": result}))

    def wait(self, accept: Callable[[Message], bool], timeout: float = 30) -> Message:
        """The first message (received so far or later) that ``accept`` takes."""
        for message in self.received:
            if accept(message):
                return message
        deadline = time.monotonic() + timeout
        while True:
            left = deadline - time.monotonic()
            if left <= 0:
                raise TimeoutError(f"no such message in {timeout} s; got {self.summary()}")
            try:
                message = self.inbox.get(timeout=min(left, 0.5))
            except queue.Empty:
                if self.process.poll() is not None:
                    raise AssertionError(f"the server exited: {self.stderr_tail()}") from None
                continue
            self.received.append(message)
            if accept(message):
                return message

    def drain(self, seconds: float) -> list[Message]:
        """Everything that arrives within ``seconds``."""
        deadline = time.monotonic() + seconds
        with contextlib.suppress(TimeoutError):
            self.wait(lambda m: False, timeout=max(0.0, deadline - time.monotonic()) or 0.01)
        return self.received

    def published(self, uri: str, version: int | None = None) -> Message:
        """The first publishDiagnostics for ``uri`` (of ``version``, if given), waiting for it."""
        return self.wait(
            lambda m: (
                m.get("method") == "textDocument/publishDiagnostics"
                and m["params"]["uri"] == uri
                and (version is None or m["params"].get("version") == version)
            )
        )

    def summary(self) -> list[str]:
        """Methods (or ids) of what was received, for failure messages."""
        return [str(m.get("method") or m.get("id")) for m in self.received][-20:]

    def stderr_tail(self) -> str:
        """The end of the server's stderr, once it has exited."""
        if self.process.poll() is None or self.process.stderr is None:
            return ""
        return self.process.stderr.read().decode(errors="replace")[-3000:]

    # ------------------------------------------------------------------ session

    def initialize(self, options: dict[str, Any] | None = None) -> Message:
        """initialize + initialized as a minimal push client; wait until records are loaded."""
        response = self.call(
            "initialize",
            {
                "processId": os.getpid(),
                "rootUri": self.root.as_uri(),
                "capabilities": {
                    "workspace": {"configuration": True},
                    "textDocument": {"hover": {"contentFormat": ["markdown", "plaintext"]}},
                },
                "initializationOptions": base_options() if options is None else options,
            },
        )
        self.notify("initialized", {})
        self.wait(
            lambda m: (
                m.get("method") == "window/logMessage"
                and "errkb knowledge base:" in m["params"]["message"]
            )
        )
        return response

    def stop(self, timeout: float = 15) -> int:
        """shutdown + exit; the exit code (the process is killed if it does not exit)."""
        with contextlib.suppress(Exception):
            self.call("shutdown", None, timeout=timeout)
            self.notify("exit", None)
        return self.wait_exit(timeout)

    def wait_exit(self, timeout: float) -> int:
        """Wait for the server to exit; kill it and fail if it does not."""
        try:
            return self.process.wait(timeout=timeout)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait(timeout=10)
            raise AssertionError(f"errkb-lsp did not exit within {timeout} s") from None

    def kill(self) -> None:
        """Make sure the process is gone (teardown)."""
        if self.process.poll() is None:
            self.process.kill()
            self.process.wait(timeout=10)
        for stream in (self.process.stdin, self.process.stdout, self.process.stderr):
            with contextlib.suppress(Exception):
                stream.close()  # type: ignore[union-attr]


@contextlib.contextmanager
def raw_server(root: Path, env: dict[str, str] | None = None) -> Iterator[RawClient]:
    """A RawClient whose process never outlives the test."""
    client = RawClient(root, env)
    try:
        yield client
    finally:
        client.kill()
