#!/usr/bin/env bash
# Reproduces browser/json-unexpected-token-html: response.json() on an HTML page (404 page, SPA index.html, login redirect).
# Needs chromium (Debian: apt-get install chromium); prints the page console as headless Chromium logs it.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/browser.sh"
requires python3 chromium node
browser_sandbox
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
