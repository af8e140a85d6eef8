#!/usr/bin/env bash
# git over HTTP with no credentials and terminal prompts disabled (as in CI) against a server
# that answers 401 with a Basic challenge (a private repository).
set -u
work=$(mktemp -d)
cd "$work"
export GIT_CONFIG_GLOBAL="$work/gitconfig" GIT_CONFIG_NOSYSTEM=1 GIT_TERMINAL_PROMPT=0
cat > serve.py <<'PY'
import http.server, sys, threading
class Deny(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        self.send_response(401)
        self.send_header("WWW-Authenticate", 'Basic realm="git"')
        self.send_header("Content-Length", "0")
        self.end_headers()
    do_POST = do_GET
    def log_message(self, *args): pass
httpd = http.server.HTTPServer(("127.0.0.1", int(sys.argv[1])), Deny)
threading.Thread(target=httpd.serve_forever, daemon=True).start()
threading.Event().wait(20)  # stops by itself
PY
port=$((20000 + RANDOM % 20000))
python3 serve.py "$port" &
server=$!
trap 'kill "$server" 2>/dev/null; rm -rf "$work"' EXIT
sleep 1
echo '$ git clone http://127.0.0.1:'$port'/acme/private.git'
git clone "http://127.0.0.1:$port/acme/private.git"
echo '$ git ls-remote (no credential helper)'
git ls-remote "http://127.0.0.1:$port/acme/private.git"
