#!/usr/bin/env bash
# git over HTTP to a server that rejects the credentials it is given (stub server answering
# every request with 401 and a Basic challenge, as a forge does for a wrong or expired token).
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
echo '$ git clone http://dev:expired-token@127.0.0.1:'$port'/acme/widgets.git'
git clone "http://dev:expired-token@127.0.0.1:$port/acme/widgets.git"
echo '$ git ls-remote http://ci-bot:revoked@127.0.0.1:'$port'/acme/widgets.git'
git ls-remote "http://ci-bot:revoked@127.0.0.1:$port/acme/widgets.git"
