#!/usr/bin/env bash
# Reproduces the examples of the record with the same path under data/records/.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/requires.sh"
requires psql
. "$(dirname "$(readlink -f "$0")")/_server.sh"
# psql as the postgres user needs a working directory it can read.
cd /tmp
pg_start "-c max_connections=3 -c superuser_reserved_connections=0"
for _ in 1 2 3; do pg_super -c "select pg_sleep(4)" >/dev/null 2>&1 & done
sleep 1.5
pg_super -c "select 1"
PGPASSWORD=x psql -h 127.0.0.1 -p "$PGPORT_CAPTURE" -U postgres -c "select 1"
wait
grep 'too many clients' "$PGTMP/server.log"
