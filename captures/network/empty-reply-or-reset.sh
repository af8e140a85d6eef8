#!/usr/bin/env bash
# Reproduces network/empty-reply-or-reset: the server accepts the connection and closes or resets it without an HTTP answer.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/requires.sh"
requires python3 curl
work=$(mktemp -d)
pids=""
trap 'kill $pids 2>/dev/null; rm -rf "$work"' EXIT
cd "$work"

cat > srv.py <<'PY'
import socket, struct, sys, threading
def serve(port, reset):
    s = socket.socket(); s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    s.bind(("127.0.0.1", port)); s.listen()
    while True:
        c, _ = s.accept(); c.recv(1024)
        if reset: c.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        c.close()
threading.Thread(target=serve, args=(18811, False), daemon=True).start()
serve(18812, True)
PY
python3 srv.py & pids=$!
sleep 1
curl -sS http://127.0.0.1:18811/
curl -sS http://127.0.0.1:18812/
python3 -c "import urllib.request; urllib.request.urlopen(\"http://127.0.0.1:18811/\")" 2>&1 | tail -n 1
python3 -c "import urllib.request; urllib.request.urlopen(\"http://127.0.0.1:18812/\")" 2>&1 | tail -n 1
exit 0
