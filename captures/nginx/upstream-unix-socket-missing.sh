#!/usr/bin/env bash
# Reproduces the examples of the record with the same path under data/records/.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/requires.sh"
requires nginx
. "$(dirname "$(readlink -f "$0")")/_server.sh"
ng_start 'server { listen 127.0.0.1:'"$NGPORT_CAPTURE"'; server_name app.example.test;
  location / { proxy_pass http://unix:/tmp/errkb-nosuch-gunicorn.sock; } }'
ng_get /
ng_log | grep -v '\[notice\]'
