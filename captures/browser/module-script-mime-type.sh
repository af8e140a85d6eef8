#!/usr/bin/env bash
# Reproduces browser/module-script-mime-type: a module script URL answered with an HTML page (SPA fallback, wrong base path).
# Needs chromium (Debian: apt-get install chromium); prints the page console as headless Chromium logs it.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/browser.sh"
requires python3 chromium
browser_sandbox
cat > site/index.html <<'HTML'
<!doctype html><html><head>
<script type="module" src="/assets/index-4f2a9c.js"></script>
</head><body><div id="app"></div></body></html>
HTML
# An SPA-style server: every path, even /assets/*.js, answers 200 with index.html.
cat > spa.py <<'PY'
import http.server, sys
class SPA(http.server.SimpleHTTPRequestHandler):
    def do_GET(self):
        body = open("site/index.html", "rb").read()
        self.send_response(200); self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body))); self.end_headers(); self.wfile.write(body)
    def log_message(self, *args): pass
http.server.HTTPServer(("127.0.0.1", int(sys.argv[1])), SPA).serve_forever()
PY
start_server python3 spa.py 18650
console http://127.0.0.1:18650/index.html
exit 0
