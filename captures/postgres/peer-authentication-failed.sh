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
# Over the Unix socket, the default 'peer' rule compares the OS user with the role.
psql -h "$PGTMP" -p "$PGPORT_CAPTURE" -U app appdb
as_pg psql -h "$PGTMP" -p "$PGPORT_CAPTURE" -U app appdb
grep -B1 -A1 'Peer authentication failed' "$PGTMP/server.log" | head -n 3
