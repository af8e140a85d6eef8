#!/usr/bin/env bash
# Reproduces the examples of the record with the same path under data/records/.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/requires.sh"
requires python3 nginx
. "$(dirname "$(readlink -f "$0")")/_server.sh"
# An upstream that answers with a 16 KB cookie header, more than proxy_buffer_size (4k/8k).
python3 -c '
import http.server
class Big(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        self.send_response(200)
        self.send_header("Set-Cookie", "session=" + "x" * 16000)
        self.end_headers(); self.wfile.write(b"ok\n")
    def log_message(self, *args): pass
http.server.HTTPServer(("127.0.0.1", 18006), Big).serve_forever()' &
NG_HELPER_PIDS=$!
ng_wait_port 18006
ng_start 'server { listen 127.0.0.1:'"$NGPORT_CAPTURE"'; server_name app.example.test;
  location / { proxy_pass http://127.0.0.1:18006; } }'
ng_get /login
ng_log | grep -v '\[notice\]'
