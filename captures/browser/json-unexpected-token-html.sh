#!/usr/bin/env bash
# Reproduces browser/json-unexpected-token-html: response.json() on an HTML page (404 page, SPA index.html, login redirect).
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
fetch("/api/users").then(r => r.json()).then(console.log);
fetch("/index.html").then(r => r.json()).catch(e => console.error(e));
</script>
HTML
serve 18660 site
console http://127.0.0.1:18660/index.html
# Node 18+ fetch and JSON.parse print the same V8 message.
node -e "JSON.parse(\"<!DOCTYPE html><html><head><title>404</title>\")"
exit 0
