#!/usr/bin/env bash
# Reproduces the examples of the record with the same path under data/records/: a query
# running longer than statement_timeout.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/requires.sh"
requires psql
. "$(dirname "$(readlink -f "$0")")/_server.sh"
# psql as the postgres user needs a working directory it can read.
cd /tmp
pg_start
pg_app_setup
run() { PGPASSWORD=secret psql -X -q -h 127.0.0.1 -p "$PGPORT_CAPTURE" -U app appdb "$@"; }
run -c "set statement_timeout = '500ms'" -c "select pg_sleep(2)"
grep -A1 'statement timeout' "$PGTMP/server.log"
