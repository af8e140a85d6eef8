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
printf 'local all postgres peer\nhost appdb app 127.0.0.1/32 scram-sha-256\n' >"$PGTMP/data/pg_hba.conf"
pg_super -c "select pg_reload_conf()" >/dev/null
PGPASSWORD=secret psql -h 127.0.0.1 -p "$PGPORT_CAPTURE" -U app postgres
PGPASSWORD=secret psql "host=127.0.0.1 port=$PGPORT_CAPTURE user=reporting dbname=appdb sslmode=disable"
