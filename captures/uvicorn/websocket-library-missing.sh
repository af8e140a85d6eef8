#!/usr/bin/env bash
# Reproduces uvicorn/websocket-library-missing: uvicorn installed without extras receives a
# WebSocket upgrade. WANT_UVICORN picks the release (0.13.4 answers 400 with no hint;
# 0.14-0.18 answer 400 and print the hint; 0.19+ hand the request to the app as plain HTTP).
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/requires.sh"
requires curl uvicorn
WANT_UVICORN="${WANT_UVICORN:-0.54.0}"
PYTHON="${PYTHON:-python3}"
PORT="${PORT:-8765}"
work="$(mktemp -d)"
server_pid=""
cleanup() {
    if [ -n "$server_pid" ]; then kill "$server_pid" 2>/dev/null; wait "$server_pid" 2>/dev/null; fi
    rm -rf "$work"
}
trap cleanup EXIT

"$PYTHON" -m venv "$work/venv"
"$work/venv/bin/pip" install -q "uvicorn==$WANT_UVICORN" >/dev/null 2>&1 || {
    echo "could not install uvicorn==$WANT_UVICORN" >&2; exit 1; }
# No websockets, no wsproto: exactly what a bare `pip install uvicorn` gives.
"$work/venv/bin/python" -c 'import importlib.util as u, sys; sys.exit(bool(u.find_spec("websockets") or u.find_spec("wsproto")))' \
    || { echo "a WebSocket library is installed; the error cannot appear" >&2; exit 1; }

# "/" serves a page that opens the socket (for the browser step); anything else is a 404, as in
# an app whose only /ws route is a WebSocket route.
cat > "$work/app.py" <<'PY'
PAGE = b'<script>new WebSocket("ws://" + location.host + "/ws");</script>'

async def app(scope, receive, send):
    if scope["type"] == "websocket":
        await send({"type": "websocket.accept"})
        return
    if scope["type"] == "http":
        found = scope["path"] == "/"
        headers = [(b"content-type", b"text/html")]
        await send({"type": "http.response.start", "status": 200 if found else 404, "headers": headers})
        await send({"type": "http.response.body", "body": PAGE if found else b"not found"})
PY

(cd "$work" && exec "$work/venv/bin/uvicorn" app:app --host 127.0.0.1 --port "$PORT") >"$work/server.log" 2>&1 &
server_pid=$!
for _ in $(seq 50); do
    grep -q "Uvicorn running on" "$work/server.log" 2>/dev/null && break
    sleep 0.2
done
if ! kill -0 "$server_pid" 2>/dev/null; then
    echo "uvicorn did not start:" >&2; cat "$work/server.log" >&2; exit 1
fi

echo "--- client (curl WebSocket upgrade) ---"
curl -s -i --max-time 5 \
    -H "Connection: Upgrade" -H "Upgrade: websocket" \
    -H "Sec-WebSocket-Version: 13" -H "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==" \
    "http://127.0.0.1:$PORT/ws"
echo
sleep 0.5
echo "--- server log (uvicorn $WANT_UVICORN) ---"
cat "$work/server.log"

# What the browser console says, when a Chromium is at hand: load a page that opens the socket
# and read the console through the DevTools protocol.
if command -v chromium >/dev/null 2>&1 && [ "${SKIP_BROWSER:-0}" != 1 ]; then
    "$work/venv/bin/pip" install -q websocket-client >/dev/null 2>&1
    cat > "$work/console.py" <<'PY'
import json, subprocess, sys, time, urllib.request
import websocket

url, profile = sys.argv[1], sys.argv[2]
browser = subprocess.Popen(
    ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
     "--disable-background-networking", "--disable-component-update", "--disable-sync",
     f"--user-data-dir={profile}", "--remote-debugging-port=9333", "about:blank"],
    stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
try:
    for _ in range(50):
        try:
            tabs = json.load(urllib.request.urlopen("http://127.0.0.1:9333/json"))
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
    echo "--- server log after the browser visit ---"
    tail -n 3 "$work/server.log"
fi
