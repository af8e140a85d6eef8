#!/usr/bin/env bash
# Reproduces tls/depth-zero-self-signed-cert: the server certificate is itself self-signed (no CA).
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/requires.sh"
requires openssl python3 node curl
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

openssl req -x509 -newkey rsa:2048 -nodes -keyout self.key -out self.pem -days 30 -subj "/CN=localhost" -addext "subjectAltName=DNS:localhost" 2>/dev/null
serve 18445 self.pem self.key
node -e "fetch(\"https://localhost:18445/api\").catch(e => { console.error(e); process.exit(1) })"
node -e "require(\"https\").get(\"https://localhost:18445/\")"
curl -sS https://localhost:18445/
exit 0
