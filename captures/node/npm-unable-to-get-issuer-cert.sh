#!/usr/bin/env bash
# Reproduces node/npm-unable-to-get-issuer-cert: the registry chain ends in a root CA that is
# not in Node's/npm's trust store (a corporate TLS-inspecting proxy, a private registry).
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/requires.sh"
requires openssl npm node
work=$(mktemp -d)
cd "$work"
servers=""
trap 'kill $servers 2>/dev/null; rm -rf "$work"' EXIT
export npm_config_cache="$work/.npm-cache" npm_config_userconfig="$work/.npmrc" npm_config_update_notifier=false
# root CA (unknown to the client) -> intermediate CA (sent by the server) -> leaf.
openssl req -x509 -newkey rsa:2048 -nodes -keyout root.key -out root.pem -days 30 -subj "/CN=Corp Proxy Root CA" 2>/dev/null
openssl req -newkey rsa:2048 -nodes -keyout int.key -out int.csr -subj "/CN=Corp Proxy Issuing CA" 2>/dev/null
printf "basicConstraints=critical,CA:TRUE\nkeyUsage=keyCertSign,cRLSign\n" > ca.ext
openssl x509 -req -in int.csr -CA root.pem -CAkey root.key -CAcreateserial -out int.pem -days 30 -extfile ca.ext 2>/dev/null
openssl req -newkey rsa:2048 -nodes -keyout leaf.key -out leaf.csr -subj "/CN=localhost" 2>/dev/null
printf "subjectAltName=DNS:localhost,IP:127.0.0.1\n" > san.ext
openssl x509 -req -in leaf.csr -CA int.pem -CAkey int.key -CAcreateserial -out leaf.pem -days 30 -extfile san.ext 2>/dev/null
openssl s_server -quiet -www -accept 127.0.0.1:18451 -cert leaf.pem -key leaf.key -cert_chain int.pem >/dev/null 2>&1 &
servers=$!
sleep 1
npm install express --registry https://localhost:18451/ --fetch-retries=0 --fetch-timeout=5000 2>&1
[ -x /tmp/npm8/bin/npm ] && /tmp/npm8/bin/npm install express --registry https://localhost:18451/ --fetch-retries=0 --fetch-timeout=5000 2>&1
[ -x /tmp/npm6/bin/npm ] && /tmp/npm6/bin/npm install express --registry https://localhost:18451/ --fetch-retries=0 --fetch-timeout=5000 2>&1
node -e "require('https').get('https://localhost:18451/')"
exit 0
