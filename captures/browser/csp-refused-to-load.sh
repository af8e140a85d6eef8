#!/usr/bin/env bash
# Reproduces browser/csp-refused-to-load: a script/inline script/connect blocked by Content-Security-Policy.
# Needs chromium (Debian: apt-get install chromium); prints the page console as headless Chromium logs it.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/browser.sh"
requires python3 chromium
browser_sandbox
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
