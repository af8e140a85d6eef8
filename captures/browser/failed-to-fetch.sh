#!/usr/bin/env bash
# Reproduces browser/failed-to-fetch: fetch() rejects with TypeError: Failed to fetch (server down, blocked by CORS, bad certificate).
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
<!doctype html><script>
async function load() { const r = await fetch("http://127.0.0.1:18639/api/items"); return r.json(); }
load();
fetch("http://127.0.0.1:18639/health").catch(e => console.error("health check failed:", e));
</script>
HTML
serve 18630 site
console http://127.0.0.1:18630/index.html
exit 0
