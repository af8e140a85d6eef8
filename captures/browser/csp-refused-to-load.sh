#!/usr/bin/env bash
# Reproduces browser/csp-refused-to-load: a script/inline script/connect blocked by Content-Security-Policy.
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


echo "console.log(1)" > api/widget.js
cat > site/index.html <<'HTML'
<!doctype html><html><head>
<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'">
<script src="http://127.0.0.1:18641/widget.js"></script>
<script>console.log("inline");</script>
<script src="/app.js"></script>
</head><body></body></html>
HTML
echo "fetch(\"http://127.0.0.1:18641/widget.js\").catch(() => {});" > site/app.js
serve 18640 site; serve 18641 api
console http://127.0.0.1:18640/index.html
exit 0
