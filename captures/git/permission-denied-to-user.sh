#!/usr/bin/env bash
# git over HTTP authenticated as a user who may read but not write the repository: a stub
# server answering 403 with a forge-style message on the push request.
set -u
work=$(mktemp -d)
cd "$work"
export GIT_CONFIG_GLOBAL="$work/gitconfig" GIT_CONFIG_NOSYSTEM=1 GIT_TERMINAL_PROMPT=0
cat > serve.py <<'PY'
import http.server, sys, threading
class ReadOnly(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        body = b"Permission to acme/widgets.git denied to jdoe-old.\n"
        self.send_response(403)
        self.send_header("Content-Type", "text/plain")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)
    def log_message(self, *args): pass
httpd = http.server.HTTPServer(("127.0.0.1", int(sys.argv[1])), ReadOnly)
threading.Thread(target=httpd.serve_forever, daemon=True).start()
threading.Event().wait(20)  # stops by itself
PY
port=$((20000 + RANDOM % 20000))
python3 serve.py "$port" &
server=$!
trap 'kill "$server" 2>/dev/null; rm -rf "$work"' EXIT
sleep 1
git init -q repo && cd repo && git -c user.name=Dev -c user.email=dev@example.com commit -q --allow-empty -m init
echo '$ git push http://jdoe-old:token@127.0.0.1:'$port'/acme/widgets.git HEAD:main'
git push "http://jdoe-old:token@127.0.0.1:$port/acme/widgets.git" HEAD:main
