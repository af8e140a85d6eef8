#!/usr/bin/env bash
# Reproduces npm/e401-unable-to-authenticate: a private registry answering 401 because npm sends
# no (or an expired) token.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/npm.sh"
requires python3 npm
npm_sandbox
cat > registry.py <<'PY'
import http.server, sys
class Locked(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        self.send_response(401)
        self.send_header("WWW-Authenticate", 'Basic realm="Artifactory Realm"')
        self.send_header("Content-Type", "application/json")
        self.end_headers()
        self.wfile.write(b'{"errors":[{"status":401,"message":"Authentication is required"}]}')
    def log_message(self, *args): pass
http.server.HTTPServer(("127.0.0.1", int(sys.argv[1])), Locked).serve_forever()
PY
start_server python3 registry.py 18911
sleep 1
npm init -y >/dev/null
npm install @acme/ui-kit --registry http://127.0.0.1:18911/ --fetch-retries=0
[ -x "$NPM8" ] && "$NPM8" install @acme/ui-kit --registry http://127.0.0.1:18911/ --fetch-retries=0
exit 0
