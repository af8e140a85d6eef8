#!/usr/bin/env bash
# Reproduces the examples of the record with the same path under data/records/.
set -u
. "$(dirname "$(readlink -f "$0")")/_server.sh"
cd /tmp
# MariaDB's smallest max_connections is 10; 12 sleepers exhaust it.
my_start --max-connections=10
my_app_setup
for _ in $(seq 14); do my_app -e "select sleep(4)" >/dev/null 2>&1 & done
sleep 2
mysql --no-defaults -h 127.0.0.1 -P "$MYPORT_CAPTURE" -u app -psecret shop -e "select 1"
my_app -e "select 1"
wait
