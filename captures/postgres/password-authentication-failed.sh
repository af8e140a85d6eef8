#!/usr/bin/env bash
# Reproduces the examples of the record with the same path under data/records/.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/requires.sh"
requires psql
. "$(dirname "$(readlink -f "$0")")/_server.sh"
# psql as the postgres user needs a working directory it can read.
cd /tmp
pg_start
pg_app_setup
PGPASSWORD=wrong psql -h 127.0.0.1 -p "$PGPORT_CAPTURE" -U app appdb
PGPASSWORD=secret psql "postgresql://nobody@127.0.0.1:$PGPORT_CAPTURE/appdb"
grep -A2 'password authentication failed' "$PGTMP/server.log"
