#!/usr/bin/env bash
# kubectl against an API server that rejects the client's credentials (expired token). A stub
# on 127.0.0.1 answers every request with the 401 Status object kube-apiserver returns.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/requires.sh"
requires python3 kubectl
work=$(mktemp -d)
export HOME="$work"
cat > "$work/serve.py" <<'PY'
import http.server, json, sys, threading
BODY = json.dumps({"kind": "Status", "apiVersion": "v1", "metadata": {}, "status": "Failure",
                   "message": "Unauthorized", "reason": "Unauthorized", "code": 401}).encode()
class Deny(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        self.send_response(401)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(BODY)))
        self.end_headers()
        self.wfile.write(BODY)
    do_POST = do_GET
    def log_message(self, *args): pass
httpd = http.server.HTTPServer(("127.0.0.1", int(sys.argv[1])), Deny)
threading.Thread(target=httpd.serve_forever, daemon=True).start()
threading.Event().wait(20)  # stops by itself
PY
port=$((20000 + RANDOM % 20000))
python3 "$work/serve.py" "$port" &
server=$!
trap 'kill "$server" 2>/dev/null; rm -rf "$work"' EXIT
cat > "$work/kubeconfig" <<CFG
apiVersion: v1
kind: Config
clusters:
- cluster: {server: "http://127.0.0.1:$port"}
  name: eks-prod
contexts:
- context: {cluster: eks-prod, user: ci}
  name: eks-prod
current-context: eks-prod
users:
- name: ci
  user: {token: expired-token}
CFG
export KUBECONFIG="$work/kubeconfig"
sleep 1
echo '$ kubectl get pods'; kubectl get pods
echo '$ kubectl get deploy -n shop'; kubectl get deploy -n shop
