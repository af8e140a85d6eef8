#!/usr/bin/env bash
# Reproduces python/ssl-certificate-verify-failed: an HTTPS client meets a self-signed certificate and a certificate from an untrusted private CA.
# PYTHONS lists the interpreters to try (default: python3); captured with Python 3.8, 3.11, 3.13.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/python.sh"
requires openssl
enter_work_dir
cat > server.py <<'EOF_FILE'
import http.server, ssl, sys
port, cert, key = int(sys.argv[1]), sys.argv[2], sys.argv[3]
httpd = http.server.HTTPServer(("127.0.0.1", port), http.server.SimpleHTTPRequestHandler)
ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
ctx.load_cert_chain(cert, key)
httpd.socket = ctx.wrap_socket(httpd.socket, server_side=True)
httpd.timeout = 1
for _ in range(6):
    httpd.handle_request()
EOF_FILE
cat > client.py <<'EOF_FILE'
import sys, urllib.request
urllib.request.urlopen("https://localhost:%s/" % sys.argv[1], timeout=5)
EOF_FILE
cat > client_requests.py <<'EOF_FILE'
import sys
try:
    import requests
except ImportError:
    sys.exit(0)
requests.get("https://localhost:%s/" % sys.argv[1], timeout=5)
EOF_FILE
for py in ${PYTHONS:-python3}; do
    python_banner "$py"
    openssl req -x509 -newkey rsa:2048 -nodes -keyout self.key -out self.crt -days 30 -subj "/CN=localhost" >/dev/null 2>&1
    openssl req -x509 -newkey rsa:2048 -nodes -keyout ca.key -out ca.crt -days 30 -subj "/CN=Corp Proxy CA" >/dev/null 2>&1
    openssl req -newkey rsa:2048 -nodes -keyout leaf.key -out leaf.csr -subj "/CN=localhost" >/dev/null 2>&1
    openssl x509 -req -in leaf.csr -CA ca.crt -CAkey ca.key -CAcreateserial -out leaf.crt -days 30 >/dev/null 2>&1
    for pair in self leaf; do
        "$py" server.py 8793 $pair.crt $pair.key >/dev/null 2>&1 & srv=$!
        sleep 0.7
        echo "[$pair-signed certificate]"
        "$py" client.py 8793 2>&1 | tail -n 1
        "$py" client_requests.py 8793 2>&1 | tail -n 1
        kill $srv 2>/dev/null; wait $srv 2>/dev/null
    done
done
