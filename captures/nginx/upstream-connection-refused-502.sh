#!/usr/bin/env bash
# Reproduces the examples of the record with the same path under data/records/.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/requires.sh"
requires nginx
. "$(dirname "$(readlink -f "$0")")/_server.sh"
# Nothing listens on 18000: the app behind nginx is down.
ng_start 'server { listen 127.0.0.1:'"$NGPORT_CAPTURE"'; server_name app.example.test;
  location / { proxy_pass http://127.0.0.1:18000; } }'
ng_get /
ng_get /api/v1/orders?page=2
ng_log | grep -v '\[notice\]'
