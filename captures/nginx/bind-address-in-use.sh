#!/usr/bin/env bash
# Reproduces the examples of the record with the same path under data/records/.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/requires.sh"
requires nginx
. "$(dirname "$(readlink -f "$0")")/_server.sh"
ng_start 'server { listen 127.0.0.1:'"$NGPORT_CAPTURE"'; return 200; }'
# A second nginx on the same address and port.
mkdir -p "$NGTMP/second/logs"
sed "s#$NGTMP/nginx.pid#$NGTMP/second/nginx.pid#; s#$NGTMP/logs#$NGTMP/second/logs#" "$NGTMP/nginx.conf" >"$NGTMP/second/nginx.conf"
nginx -p "$NGTMP/second" -c "$NGTMP/second/nginx.conf" -g 'error_log stderr;' 2>&1 | head -n 3
nginx -p "$NGTMP/second" -c "$NGTMP/second/nginx.conf"
