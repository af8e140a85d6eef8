#!/usr/bin/env bash
# Reproduces communication/websocket-handshake-400-bad-request: a server that refuses the
# WebSocket upgrade with "400 Bad Request", seen from three clients (Python websockets,
# websocket-client, and Chromium's console when chromium is installed).
set -u
PYTHON="${PYTHON:-python3}"
PORT="${PORT:-8775}"
work="$(mktemp -d)"
server_pid=""
cleanup() {
    if [ -n "$server_pid" ]; then kill "$server_pid" 2>/dev/null; wait "$server_pid" 2>/dev/null; fi
    rm -rf "$work"
}
trap cleanup EXIT

"$PYTHON" -m venv "$work/venv"
"$work/venv/bin/pip" install -q websockets websocket-client >/dev/null 2>&1 || {
    echo "could not install the WebSocket clients" >&2; exit 1; }

# A server that serves a page at / and rejects every upgrade with 400, like a proxy or app that
# does not accept the handshake it is sent.
cat > "$work/server.py" <<'PY'
import http.server, sys

PAGE = b'<script>new WebSocket("ws://" + location.host + "/ws");</script>'

class Handler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def do_GET(self):
        if self.headers.get("Upgrade", "").lower() == "websocket":
            self.send_error(400, "Bad Request")
            return
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", str(len(PAGE)))
        self.end_headers()
        self.wfile.write(PAGE)

http.server.HTTPServer(("127.0.0.1", int(sys.argv[1])), Handler).serve_forever()
PY
"$work/venv/bin/python" "$work/server.py" "$PORT" >"$work/server.log" 2>&1 &
server_pid=$!
sleep 1

echo "--- python websockets client ---"
"$work/venv/bin/python" -c "
import asyncio, websockets
async def main():
    async with websockets.connect('ws://127.0.0.1:$PORT/ws'):
        pass
asyncio.run(main())
" 2>&1 | tail -n 3

echo "--- websocket-client ---"
"$work/venv/bin/python" -c "
import websocket
websocket.create_connection('ws://127.0.0.1:$PORT/ws')
" 2>&1 | grep -E '^(Traceback|websocket\._exceptions|  File )' | tail -n 2

if command -v chromium >/dev/null 2>&1 && [ "${SKIP_BROWSER:-0}" != 1 ]; then
    cat > "$work/console.py" <<'PY'
import json, subprocess, sys, time, urllib.request
import websocket

url, profile = sys.argv[1], sys.argv[2]
browser = subprocess.Popen(
    ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
     "--disable-background-networking", "--disable-component-update", "--disable-sync",
     f"--user-data-dir={profile}", "--remote-debugging-port=9334", "about:blank"],
    stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
try:
    for _ in range(50):
        try:
            tabs = json.load(urllib.request.urlopen("http://127.0.0.1:9334/json"))
            break
        except OSError:
            time.sleep(0.2)
    page = next(t for t in tabs if t["type"] == "page")
    cdp = websocket.create_connection(page["webSocketDebuggerUrl"], suppress_origin=True)
    for n, (method, params) in enumerate([("Log.enable", {}), ("Page.navigate", {"url": url})]):
        cdp.send(json.dumps({"id": n + 1, "method": method, "params": params}))
    cdp.settimeout(1)
    deadline = time.time() + 4
    while time.time() < deadline:
        try:
            message = json.loads(cdp.recv())
        except Exception:
            continue
        if message.get("method") == "Log.entryAdded":
            print(message["params"]["entry"]["text"])
finally:
    browser.kill()
PY
    echo "--- browser console (chromium) ---"
    "$work/venv/bin/python" "$work/console.py" "http://127.0.0.1:$PORT/" "$work/profile"
fi
echo "--- server log ---"
cat "$work/server.log"
