#!/usr/bin/env bash
# Reproduces browser/failed-to-fetch: fetch() rejects with TypeError: Failed to fetch (server down, blocked by CORS, bad certificate).
# Needs chromium (Debian: apt-get install chromium); prints the page console as headless Chromium logs it.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/browser.sh"
requires python3 chromium
browser_sandbox
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
