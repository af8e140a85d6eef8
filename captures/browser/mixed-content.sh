#!/usr/bin/env bash
# Reproduces browser/mixed-content: an HTTPS page loading scripts, images and fetches over plain HTTP.
# Needs chromium (Debian: apt-get install chromium); prints the page console as headless Chromium logs it.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/browser.sh"
requires openssl python3 chromium
browser_sandbox
openssl req -x509 -newkey rsa:2048 -nodes -keyout key.pem -out cert.pem -days 2 -subj "/CN=127.0.0.1" 2>/dev/null
cat > site/index.html <<'HTML'
<!doctype html><html><head><script src="http://cdn.example.test:18671/analytics.js"></script></head><body>
<img src="http://cdn.example.test:18671/logo.png">
<script>fetch("http://cdn.example.test:18671/api/cart").catch(e => console.error(e));</script>
</body></html>
HTML
echo "" > api/analytics.js
serve_in site openssl s_server -quiet -accept 127.0.0.1:18670 -cert ../cert.pem -key ../key.pem -WWW >/dev/null 2>&1
serve 18671 api
console https://127.0.0.1:18670/index.html --ignore-certificate-errors --host-resolver-rules="MAP cdn.example.test 127.0.0.1"
exit 0
