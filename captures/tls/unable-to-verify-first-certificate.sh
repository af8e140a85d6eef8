#!/usr/bin/env bash
# Reproduces tls/unable-to-verify-first-certificate: the server sends its leaf certificate
# without the intermediate/issuer, and the client does not hold the issuer itself.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/requires.sh"
requires openssl python3 npm node npx
work=$(mktemp -d)
cd "$work"
# Throwaway PKI: a private root CA and certificates it signs, all for 127.0.0.1/localhost.
pki() {
  openssl req -x509 -newkey rsa:2048 -nodes -keyout ca.key -out ca.pem -days 30 -subj "/CN=errkb Test Root CA" 2>/dev/null
  openssl req -newkey rsa:2048 -nodes -keyout leaf.key -out leaf.csr -subj "/CN=${1:-localhost}" 2>/dev/null
  printf "subjectAltName=%s\n" "${2:-DNS:localhost,IP:127.0.0.1}" > san.ext
  ${SIGN_PREFIX:-} openssl x509 -req -in leaf.csr -CA ca.pem -CAkey ca.key -CAcreateserial -out leaf.pem -days "${3:-30}" -extfile san.ext 2>/dev/null
}
serve() { # port cert key [chain]
  openssl s_server -quiet -www -accept "127.0.0.1:$1" -cert "$2" -key "$3" ${4:+-cert_chain "$4"} >/dev/null 2>&1 &
  servers="${servers:-} $!"
  sleep 1
}
trap 'kill ${servers:-} 2>/dev/null; rm -rf "$work"' EXIT
export npm_config_cache="$work/.npm-cache" npm_config_userconfig="$work/.npmrc" npm_config_update_notifier=false
pki registry.local "DNS:localhost,IP:127.0.0.1"
# The server sends only its own certificate, so the client must know the issuing CA itself.
serve 18450 leaf.pem leaf.key
npm install express --registry https://localhost:18450/ --fetch-retries=0 --fetch-timeout=5000 2>&1
[ -x /tmp/npm8/bin/npm ] && /tmp/npm8/bin/npm install express --registry https://localhost:18450/ --fetch-retries=0 --fetch-timeout=5000 2>&1
node -e "fetch('https://localhost:18450/').catch(e => { console.error(e); process.exit(1) })"
npx --yes --registry https://localhost:18450/ --fetch-retries=0 create-vite@latest 2>&1
exit 0
