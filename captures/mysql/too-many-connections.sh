#!/usr/bin/env bash
# Reproduces the examples of the record with the same path under data/records/.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/requires.sh"
requires mysql mysqld
. "$(dirname "$(readlink -f "$0")")/_server.sh"
cd /tmp
# MariaDB's smallest max_connections is 10; ten sleeping clients fill it.
my_start --max-connections=10
my_app_setup
for _ in $(seq 12); do my_app -e "select sleep(6)" >/dev/null 2>&1 & done
# root (SUPER) may still use the one extra slot, so it can watch them fill up.
for _ in $(seq 50); do
    n=$(my_root -N -e "select count(*) from information_schema.processlist where user = 'app'" 2>/dev/null)
    [ "${n:-0}" -ge 10 ] && break
    sleep 0.2
done
mysql --no-defaults -h 127.0.0.1 -P "$MYPORT_CAPTURE" -u app -psecret shop -e "select 1"
my_app -e "select 1"
wait
