#!/usr/bin/env bash
# Reproduces the examples of the record with the same path under data/records/.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/requires.sh"
requires psql
. "$(dirname "$(readlink -f "$0")")/_server.sh"
# psql as the postgres user needs a working directory it can read.
cd /tmp
pg_start
printf 'local all all trust\nhost all all 127.0.0.1/32 trust\n' >"$PGTMP/data/pg_hba.conf"
pg_super -c "select pg_reload_conf()" >/dev/null
psql -h "$PGTMP" -p "$PGPORT_CAPTURE" -U root postgres
psql -h 127.0.0.1 -p "$PGPORT_CAPTURE" -U app postgres
pg_super -c "grant select on pg_class to reporting"
