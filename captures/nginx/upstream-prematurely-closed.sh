#!/usr/bin/env bash
# Reproduces the examples of the record with the same path under data/records/.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/requires.sh"
requires python3 nginx
. "$(dirname "$(readlink -f "$0")")/_server.sh"
# An upstream that accepts the request and closes without answering (a crashed worker).
python3 -c '
import socket
s = socket.socket(); s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
s.bind(("127.0.0.1", 18004)); s.listen(5)
while True:
    c, _ = s.accept(); c.recv(65536); c.close()' &
NG_HELPER_PIDS=$!
ng_wait_port 18004
ng_start 'server { listen 127.0.0.1:'"$NGPORT_CAPTURE"'; server_name app.example.test;
  location / { proxy_pass http://127.0.0.1:18004; } }'
ng_get /checkout
ng_log | grep -v '\[notice\]'
