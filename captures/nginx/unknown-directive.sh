#!/usr/bin/env bash
# Reproduces the examples of the record with the same path under data/records/.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/requires.sh"
requires nginx
. "$(dirname "$(readlink -f "$0")")/_server.sh"
ng_conf 'server { listen 127.0.0.1:'"$NGPORT_CAPTURE"'; location / { proxy_pas http://127.0.0.1:8000; } }'
nginx -t -p "$NGTMP" -c "$NGTMP/nginx.conf"
# A directive from a module this build lacks reads the same.
ng_conf 'server { listen 127.0.0.1:'"$NGPORT_CAPTURE"'; more_set_headers "Server: x"; }'
nginx -t -p "$NGTMP" -c "$NGTMP/nginx.conf"
