#!/usr/bin/env bash
# Reproduces the examples of the record with the same path under data/records/.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/requires.sh"
requires psql
. "$(dirname "$(readlink -f "$0")")/_server.sh"
# psql as the postgres user needs a working directory it can read.
cd /tmp
pg_start "-c max_connections=5 -c superuser_reserved_connections=2"
pg_app_setup
for _ in 1 2 3; do PGPASSWORD=secret psql -h 127.0.0.1 -p "$PGPORT_CAPTURE" -U app appdb -c "select pg_sleep(4)" >/dev/null 2>&1 & done
sleep 1.5
PGPASSWORD=secret psql -h 127.0.0.1 -p "$PGPORT_CAPTURE" -U app appdb -c "select 1"
wait
grep 'remaining connection slots' "$PGTMP/server.log"
