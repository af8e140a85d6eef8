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
pg_super -c "create role reporting login password 'secret'"
pg_super -d appdb -c "create table invoices(id int primary key, total numeric)"
run() { PGPASSWORD=secret psql -X -q -h 127.0.0.1 -p "$PGPORT_CAPTURE" "$@"; }
# A table owned by someone else, and (since PostgreSQL 15) no CREATE on schema public.
run -U app appdb -c "select * from invoices"
run -U reporting appdb -c "create table scratch(x int)"
run -U reporting appdb -c "insert into invoices values (1, 10)"
