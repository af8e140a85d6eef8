"""Time the language server through its stdio transport with a minimal JSON-RPC client.

Measures: ``didOpen`` of a big log until its ``publishDiagnostics``, then a one-line edit until
the updated ``publishDiagnostics``.
"""

from __future__ import annotations

import json
import subprocess
import threading
import time
from pathlib import Path
from queue import Empty, Queue
from typing import Any


class StdioClient:
    def __init__(self, command: list[str], cwd: Path) -> None:
        self.process = subprocess.Popen(
            command,
            cwd=cwd,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
        )
        self.messages: Queue[dict[str, Any]] = Queue()
        self._next_id = 0
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        stream = self.process.stdout
        assert stream is not None
        while True:
            length = 0
            while True:
                line = stream.readline()
                if not line:
                    return
                if line in (b"\r\n", b"\n"):
                    break
                name, _, value = line.decode().partition(":")
                if name.lower() == "content-length":
                    length = int(value)
            message = json.loads(stream.read(length))
            if "method" in message and "id" in message:
                # Requests from the server (configuration, capability registration): answer
                # with nothing so it goes on with its defaults.
                result: Any = (
                    [None] * len(message.get("params", {}).get("items", []))
                    if message["method"] == "workspace/configuration"
                    else None
                )
                self._send({"jsonrpc": "2.0", "id": message["id"], "result": result})
                continue
            self.messages.put(message)

    def _send(self, message: dict[str, Any]) -> None:
        body = json.dumps(message).encode()
        stream = self.process.stdin
        assert stream is not None
        stream.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        stream.flush()

    def request(self, method: str, params: Any, timeout: float = 120) -> Any:
        self._next_id += 1
        number = self._next_id
        self._send({"jsonrpc": "2.0", "id": number, "method": method, "params": params})
        deadline = time.monotonic() + timeout
        while True:
            message = self.messages.get(timeout=max(0.01, deadline - time.monotonic()))
            if message.get("id") == number:
                return message.get("result")

    def notify(self, method: str, params: Any) -> None:
        self._send({"jsonrpc": "2.0", "method": method, "params": params})

    def wait_diagnostics(self, uri: str, version: int | None, timeout: float) -> list[Any]:
        deadline = time.monotonic() + timeout
        while True:
            try:
                message = self.messages.get(timeout=max(0.01, deadline - time.monotonic()))
            except Empty:
                raise TimeoutError(f"no diagnostics for {uri} within {timeout} s") from None
            if message.get("method") != "textDocument/publishDiagnostics":
                continue
            params = message["params"]
            if params["uri"] != uri:
                continue
            if version is not None and params.get("version") not in (None, version):
                continue
            return list(params["diagnostics"])

    def close(self) -> None:
        try:
            self.request("shutdown", None, timeout=10)
            self.notify("exit", None)
            self.process.wait(timeout=10)
        except Exception:
            self.process.kill()


def measure(server: list[str], log: Path, workspace: Path, timeout: float = 300) -> dict[str, Any]:
    text = log.read_text(encoding="utf-8")
    uri = log.resolve().as_uri()
    client = StdioClient(server, workspace)
    try:
        client.request(
            "initialize",
            {
                "processId": None,
                "rootUri": workspace.resolve().as_uri(),
                "capabilities": {"textDocument": {"publishDiagnostics": {"versionSupport": True}}},
                "initializationOptions": {"maxFileSize": 2 * len(text.encode())},
            },
        )
        client.notify("initialized", {})
        started = time.perf_counter()
        client.notify(
            "textDocument/didOpen",
            {"textDocument": {"uri": uri, "languageId": "log", "version": 1, "text": text}},
        )
        diagnostics = client.wait_diagnostics(uri, 1, timeout)
        opened = time.perf_counter() - started
        # One-line edit in the middle: a line that introduces a recognised error.
        line = text.count("\n", 0, len(text) // 2)
        edit = {
            "range": {
                "start": {"line": line, "character": 0},
                "end": {"line": line, "character": 0},
            },
            "text": "ModuleNotFoundError: No module named 'benchmark_edit'\n",
        }
        started = time.perf_counter()
        client.notify(
            "textDocument/didChange",
            {"textDocument": {"uri": uri, "version": 2}, "contentChanges": [edit]},
        )
        updated = client.wait_diagnostics(uri, 2, timeout)
        edited = time.perf_counter() - started
        return {
            "open_s": opened,
            "edit_s": edited,
            "diagnostics": len(diagnostics),
            "diagnostics_after_edit": len(updated),
            "mb": len(text.encode()) / 1e6,
        }
    finally:
        client.close()
