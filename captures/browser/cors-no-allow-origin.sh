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


echo "{\"ok\":true}" > api/users.json
cat > site/index.html <<'HTML'
<!doctype html><script>
fetch("http://127.0.0.1:18621/users.json").then(r => r.json());
const x = new XMLHttpRequest(); x.open("GET", "http://127.0.0.1:18621/users.json"); x.send();
fetch("http://127.0.0.1:18621/users.json", { method: "POST", headers: { "Content-Type": "application/json" }, body: "{}" });
</script>
HTML
serve 18620 site; serve 18621 api
console http://127.0.0.1:18620/index.html
exit 0
