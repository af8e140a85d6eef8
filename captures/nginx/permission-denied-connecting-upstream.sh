#!/usr/bin/env bash
# Reproduces the examples of the record with the same path under data/records/.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/requires.sh"
requires python3 nginx
. "$(dirname "$(readlink -f "$0")")/_server.sh"
# nginx workers run as "nobody" here; a socket only root may open stands in for the
# SELinux denial that gives the same errno on Fedora/RHEL for TCP upstreams.
private=$(mktemp -d /tmp/errkb-ngsock.XXXXXX)
chmod 700 "$private"
python3 -c '
import os, socket, sys, time
s = socket.socket(socket.AF_UNIX); s.bind(sys.argv[1]); os.chmod(sys.argv[1], 0o600); s.listen(5); time.sleep(20)' "$private/app.sock" &
NG_HELPER_PIDS=$!
for _ in $(seq 50); do [ -S "$private/app.sock" ] && break; sleep 0.1; done
ng_start 'server { listen 127.0.0.1:'"$NGPORT_CAPTURE"'; server_name app.example.test;
  location / { proxy_pass http://unix:'"$private"'/app.sock; } }'
ng_get /
ng_log | grep -v '\[notice\]'
rm -rf "$private"
