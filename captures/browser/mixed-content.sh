#!/usr/bin/env bash
# Reproduces browser/cors-no-allow-origin: a cross-origin fetch/XHR to a server that sends no Access-Control-Allow-Origin.
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

openssl req -x509 -newkey rsa:2048 -nodes -keyout key.pem -out cert.pem -days 2 -subj "/CN=127.0.0.1" 2>/dev/null
cat > site/index.html <<'HTML'
<!doctype html><html><head><script src="http://cdn.example.test:18671/analytics.js"></script></head><body>
<img src="http://cdn.example.test:18671/logo.png">
<script>fetch("http://cdn.example.test:18671/api/cart").catch(e => console.error(e));</script>
</body></html>
HTML
echo "" > api/analytics.js
(cd site && exec openssl s_server -quiet -accept 127.0.0.1:18670 -cert ../cert.pem -key ../key.pem -WWW >/dev/null 2>&1) & pids="$pids $!"
serve 18671 api
console https://127.0.0.1:18670/index.html --ignore-certificate-errors --host-resolver-rules="MAP cdn.example.test 127.0.0.1"
exit 0
