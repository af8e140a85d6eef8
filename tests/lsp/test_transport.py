"""The command line: --tcp for debugging, and reading the project interpreter's packages."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
from typing import Any

import pytest

from errkb_lsp.__main__ import main
from errkb_lsp.environment import installed_distributions


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _send(sock: socket.socket, message: dict[str, Any]) -> None:
    body = json.dumps(message).encode()
    sock.sendall(b"Content-Length: %d\r\n\r\n%s" % (len(body), body))


def _receive(sock: socket.socket, buffer: bytearray) -> dict[str, Any]:
    while b"\r\n\r\n" not in buffer:
        buffer += sock.recv(65536)
    header, _, rest = bytes(buffer).partition(b"\r\n\r\n")
    length = int(header.split(b"Content-Length:")[1].split(b"\r\n")[0])
    while len(rest) < length:
        rest += sock.recv(65536)
    buffer[:] = rest[length:]
    return dict(json.loads(rest[:length]))


@pytest.mark.e2e
def test_tcp_transport_serves_and_exits() -> None:
    """errkb-lsp --tcp 127.0.0.1:PORT answers initialize and stops after exit."""
    port = _free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "errkb_lsp", "--tcp", f"127.0.0.1:{port}"],
        env={**os.environ, "ERRKB_NO_BUNDLED": "1"},
    )
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                sock = socket.create_connection(("127.0.0.1", port), timeout=30)
                break
            except OSError:
                if time.monotonic() > deadline:
                    raise
                time.sleep(0.1)
        with sock:
            buffer = bytearray()
            params = {"processId": None, "rootUri": None, "capabilities": {}}
            _send(sock, {"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": params})
            response = _receive(sock, buffer)
            assert response["id"] == 1
            assert response["result"]["serverInfo"]["name"] == "errkb-lsp"
            assert response["result"]["capabilities"]["hoverProvider"] is True
            assert (
                "errkb.lookup"
                in response["result"]["capabilities"]["executeCommandProvider"]["commands"]
            )
            _send(sock, {"jsonrpc": "2.0", "id": 2, "method": "shutdown"})
            while _receive(sock, buffer).get("id") != 2:
                pass
            _send(sock, {"jsonrpc": "2.0", "method": "exit"})
            assert server.wait(timeout=30) == 0
    finally:
        if server.poll() is None:
            server.kill()
            server.wait()


def test_bad_tcp_address_is_a_usage_error() -> None:
    """A malformed --tcp value stops with a usage message, not a traceback."""
    with pytest.raises(SystemExit) as stopped:
        main(["--tcp", "localhost"])
    assert stopped.value.code == 2


def test_installed_distributions_of_an_interpreter() -> None:
    """The interpreter setting's packages are read with that interpreter."""
    found = installed_distributions(sys.executable)
    assert found["pygls"].startswith("2.")
    assert installed_distributions("/no/such/python") == {}
