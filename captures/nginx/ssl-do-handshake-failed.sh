#!/usr/bin/env bash
# Reproduces the examples of the record with the same path under data/records/.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/requires.sh"
requires python3 nginx
. "$(dirname "$(readlink -f "$0")")/_server.sh"
# proxy_pass https:// to an upstream that speaks plain HTTP.
python3 -m http.server 18005 --bind 127.0.0.1 >/dev/null 2>&1 &
NG_HELPER_PIDS=$!
ng_wait_port 18005
ng_start 'server { listen 127.0.0.1:'"$NGPORT_CAPTURE"'; server_name app.example.test;
  location / { proxy_pass https://127.0.0.1:18005; } }'
ng_get /
ng_log | grep -v '\[notice\]'
