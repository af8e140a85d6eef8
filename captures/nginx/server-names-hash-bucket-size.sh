#!/usr/bin/env bash
# Reproduces the examples of the record with the same path under data/records/.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/requires.sh"
requires nginx
. "$(dirname "$(readlink -f "$0")")/_server.sh"
long="api-$(printf 'b%.0s' $(seq 50)).staging.example-company-internal.com"
ng_conf 'server { listen 127.0.0.1:'"$NGPORT_CAPTURE"'; server_name www.example.test; }
  server { listen 127.0.0.1:'"$NGPORT_CAPTURE"'; server_name '"$long"'; }'
nginx -t -p "$NGTMP" -c "$NGTMP/nginx.conf"
