#!/usr/bin/env bash
# Reproduces the examples of the record with the same path under data/records/.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/requires.sh"
requires apache2
. "$(dirname "$(readlink -f "$0")")/_server.sh"
ap_conf first.conf "ServerName localhost"
"$APBIN" -k start -f "$APTMP/first.conf"
sleep 0.5
ap_conf second.conf "ServerName localhost"
"$APBIN" -k start -f "$APTMP/second.conf"
