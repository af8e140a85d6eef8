#!/usr/bin/env bash
# git over HTTPS to a server whose certificate chains to a CA the client does not trust.
# A throwaway CA signs a leaf for 127.0.0.1; the server sends only the leaf, as a proxy
# doing TLS inspection or an internal GitLab with a private CA does.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/git.sh"
requires git openssl python3
git_sandbox
openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=Corp Inspection CA" \
  -keyout ca.key -out ca.pem 2>/dev/null
openssl req -newkey rsa:2048 -nodes -subj "/CN=127.0.0.1" -keyout leaf.key -out leaf.csr 2>/dev/null
printf 'subjectAltName=IP:127.0.0.1\n' > san.ext
openssl x509 -req -in leaf.csr -CA ca.pem -CAkey ca.key -CAcreateserial -days 2 \
  -extfile san.ext -out leaf.pem 2>/dev/null
openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=127.0.0.1" \
  -addext "subjectAltName=IP:127.0.0.1" -keyout self.key -out self.pem 2>/dev/null
cat > serve.py <<'PY'
import http.server, ssl, sys, threading
def serve(port, cert, key):
    httpd = http.server.HTTPServer(("127.0.0.1", port), http.server.SimpleHTTPRequestHandler)
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER); ctx.load_cert_chain(cert, key)
    httpd.socket = ctx.wrap_socket(httpd.socket, server_side=True)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
serve(int(sys.argv[1]), "leaf.pem", "leaf.key")
serve(int(sys.argv[1]) + 1, "self.pem", "self.key")
threading.Event().wait(20)  # stops by itself
PY
port=$(random_port)
start_server python3 serve.py "$port" 2>/dev/null
sleep 1
git clone "https://127.0.0.1:$port/acme/widgets.git"
git ls-remote "https://127.0.0.1:$((port + 1))/acme/widgets.git"
