#!/usr/bin/env bash
# Shared by the relation/column/duplicate-key/invalid-input records: one table, then the
# failing statements of the section named by $1 (duplicate, column, relation, input; all
# sections when no argument is given).
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
run -c "create table users(id int primary key, email text unique)" -c "insert into users values (1, 'a@example.com')"
case $section in duplicate|all)
    run -c "insert into users values (1, 'b@example.com')"
    run -c "insert into users values (2, 'a@example.com')" ;;
esac
case $section in column|all) run -c "select emial from users" ;; esac
case $section in relation|all)
    run -c "select * from orders"
    run -c 'select * from "Users"' ;;
esac
case $section in input|all) run -c "select * from users where id = 'abc'" ;; esac
grep -E 'ERROR' "$PGTMP/server.log"
