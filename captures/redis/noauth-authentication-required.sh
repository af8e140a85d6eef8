#!/usr/bin/env bash
# Reproduces the examples of the record with the same path under data/records/.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/requires.sh"
requires redis-cli redis-server
. "$(dirname "$(readlink -f "$0")")/_server.sh"
RDPASS_CAPTURE=s3cret
rd_start --requirepass "$RDPASS_CAPTURE"
rd get user:1
rd ping
redis-cli -p "$RDPORT_CAPTURE" -a wrong get user:1
