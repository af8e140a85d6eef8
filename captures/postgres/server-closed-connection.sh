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
PGPASSWORD=secret psql -X "host=127.0.0.1 port=$PGPORT_CAPTURE user=app dbname=appdb sslmode=disable" -c "select pg_sleep(5)" &
sleep 1
kill -9 "$(pg_super -tA -c "select pid from pg_stat_activity where query like 'select pg_sleep%' and pid <> pg_backend_pid()")"
wait
