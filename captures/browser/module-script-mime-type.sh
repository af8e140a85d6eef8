#!/usr/bin/env bash
# Reproduces browser/module-script-mime-type: a module script URL answered with an HTML page (SPA fallback, wrong base path).
# Needs chromium (Debian: apt-get install chromium); prints the page console as headless Chromium logs it.
set -u
work=$(mktemp -d)
pids=""
trap 'kill $pids 2>/dev/null; rm -rf "$work"' EXIT
cd "$work"
serve() { # port dir: plain HTTP static server on 127.0.0.1
  (cd "$2" && exec python3 -m http.server "$1" --bind 127.0.0.1 >/dev/null 2>&1) &
  pids="$pids $!"
}
console() { # url [extra chromium flags]: run the page, print its console lines
  local url=$1; shift
  sleep 1
  timeout 40 chromium --headless=new --no-sandbox --disable-gpu --enable-logging=stderr --v=0 \
    --virtual-time-budget=4000 --user-data-dir="$work/profile" "$@" --dump-dom "$url" 2>&1 >/dev/null |
    grep -E ":CONSOLE|net::|ERROR:.*(cert|ssl)" | grep -v "dbus"
}
mkdir -p site api


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
python3 spa.py 18650 & pids="$pids $!"
console http://127.0.0.1:18650/index.html
exit 0
