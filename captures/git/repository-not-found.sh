#!/usr/bin/env bash
# git over HTTP to a repository the server says does not exist (404) - a stub server answering
# 404, as forges do for missing repositories and for private ones you cannot see.
set -u
work=$(mktemp -d)
cd "$work"
export GIT_CONFIG_GLOBAL="$work/gitconfig" GIT_CONFIG_NOSYSTEM=1 GIT_TERMINAL_PROMPT=0
cat > serve.py <<'PY'
import http.server, sys, threading
class Missing(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        body = b"Repository not found.\n"
        self.send_response(404)
        self.send_header("Content-Type", "text/plain")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)
    def log_message(self, *args): pass
httpd = http.server.HTTPServer(("127.0.0.1", int(sys.argv[1])), Missing)
threading.Thread(target=httpd.serve_forever, daemon=True).start()
threading.Event().wait(20)  # stops by itself
PY
port=$((20000 + RANDOM % 20000))
python3 serve.py "$port" &
server=$!
trap 'kill "$server" 2>/dev/null; rm -rf "$work"' EXIT
sleep 1
echo '$ git clone http://127.0.0.1:'$port'/acme/widgest.git'
git clone "http://127.0.0.1:$port/acme/widgest.git"
echo '$ git ls-remote http://127.0.0.1:'$port'/acme/private-infra.git'
git ls-remote "http://127.0.0.1:$port/acme/private-infra.git"
