#!/usr/bin/env bash
# Reproduces the examples of the record with the same path under data/records/.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/requires.sh"
requires python3 nginx
. "$(dirname "$(readlink -f "$0")")/_server.sh"
# A python upstream that takes 3 s to answer, behind proxy_read_timeout 1s.
python3 -c '
import http.server, time
class Slow(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        time.sleep(3); self.send_response(200); self.end_headers()
    def log_message(self, *args): pass
http.server.HTTPServer(("127.0.0.1", 18002), Slow).serve_forever()' &
NG_HELPER_PIDS=$!
ng_wait_port 18002
ng_start 'server { listen 127.0.0.1:'"$NGPORT_CAPTURE"'; server_name app.example.test;
  location / { proxy_pass http://127.0.0.1:18002; proxy_read_timeout 1s; } }'
ng_get /reports/export
ng_log | grep -v '\[notice\]'
