#!/usr/bin/env bash
# Reproduces browser/cors-no-allow-origin: a cross-origin fetch/XHR to a server that sends no Access-Control-Allow-Origin.
# Needs chromium (Debian: apt-get install chromium); prints the page console as headless Chromium logs it.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/browser.sh"
requires python3 chromium
browser_sandbox
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
