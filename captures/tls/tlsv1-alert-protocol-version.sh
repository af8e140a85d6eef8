#!/usr/bin/env bash
# Reproduces tls/tlsv1-alert-protocol-version: client and server share no TLS version (here a
# TLS 1.3-only server and clients capped at TLS 1.2; old servers vs new clients look the same).
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/requires.sh"
requires openssl curl node python3
work=$(mktemp -d)
pids=""
trap 'kill $pids 2>/dev/null; rm -rf "$work"' EXIT
cd "$work"
openssl req -x509 -newkey rsa:2048 -nodes -keyout key.pem -out cert.pem -days 2 -subj "/CN=localhost" 2>/dev/null
openssl s_server -quiet -www -accept 127.0.0.1:18901 -cert cert.pem -key key.pem -tls1_3 >/dev/null 2>&1 &
pids=$!
sleep 1
curl -sS -k --tls-max 1.2 https://127.0.0.1:18901/
node -e "require('https').get({host: '127.0.0.1', port: 18901, rejectUnauthorized: false, maxVersion: 'TLSv1.2'})" 2>&1 | grep -v '^    at '
python3 - <<'PY' 2>&1 | tail -n 1
import ssl, urllib.request
ctx = ssl.create_default_context(); ctx.check_hostname = False; ctx.verify_mode = ssl.CERT_NONE
ctx.maximum_version = ssl.TLSVersion.TLSv1_2
urllib.request.urlopen("https://127.0.0.1:18901/", context=ctx)
PY
echo | openssl s_client -connect 127.0.0.1:18901 -tls1_2 2>&1 | grep -i alert
exit 0
