#!/usr/bin/env bash
# Reproduces the examples of the record with the same path under data/records/.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/requires.sh"
requires curl nginx
. "$(dirname "$(readlink -f "$0")")/_server.sh"
ng_start 'server { listen 127.0.0.1:'"$NGPORT_CAPTURE"'; server_name app.example.test;
  client_max_body_size 1k; location / { return 200; } }'
head -c 5000 /dev/zero | curl -s -w 'HTTP %{http_code}\n' --data-binary @- "http://127.0.0.1:$NGPORT_CAPTURE/upload" | grep -E '413|HTTP'
ng_log | grep -v '\[notice\]'
