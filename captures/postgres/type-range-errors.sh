#!/usr/bin/env bash
# Shared by the numeric-field-overflow / datetime-out-of-range records: failing statements of
# the section named by $1 (numeric, datetime; all when no argument is given).
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/requires.sh"
requires psql
. "$(dirname "$(readlink -f "$0")")/_server.sh"
# psql as the postgres user needs a working directory it can read.
cd /tmp
section=${1:-all}
pg_start
pg_app_setup
run() { PGPASSWORD=secret psql -X -q -h 127.0.0.1 -p "$PGPORT_CAPTURE" -U app appdb "$@"; }
run -c "create table prices(id int primary key, amount numeric(5,2), sold_at timestamp)"
case $section in numeric|all) run -c "insert into prices values (1, 12345.67, now())" ;; esac
case $section in datetime|all)
    run -c "insert into prices values (2, 1, '31/12/2024 10:00')"
    run -c "insert into prices values (3, 1, '2024-02-30')" ;;
esac
