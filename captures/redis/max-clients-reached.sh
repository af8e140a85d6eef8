#!/usr/bin/env bash
# Reproduces the examples of the record with the same path under data/records/: more client
# connections than maxclients.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/requires.sh"
requires redis-server redis-cli
. "$(dirname "$(readlink -f "$0")")/_server.sh"
rd_start --maxclients 1
(sleep 3 | rd >/dev/null 2>&1 &)
sleep 0.5
rd ping
sleep 3
