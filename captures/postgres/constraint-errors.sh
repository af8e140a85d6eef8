#!/usr/bin/env bash
# Shared by the not-null / foreign-key / value-too-long records: two tables, then the failing
# statements of the section named by $1 (notnull, fkey, toolong; all when no argument is given).
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/requires.sh"
requires psql
. "$(dirname "$(readlink -f "$0")")/_server.sh"
# psql as the postgres user needs a working directory it can read.
cd /tmp
pg_start
pg_app_setup
run() { PGPASSWORD=secret psql -X -q -h 127.0.0.1 -p "$PGPORT_CAPTURE" -U app appdb "$@"; }
section=${1:-all}
run -c "create table users(id int primary key, name varchar(20) not null)" -c "create table orders(id int primary key, user_id int not null references users(id))" -c "insert into users values (1, 'ann')" -c "insert into orders values (10, 1)"
case $section in notnull|all) run -c "insert into users(id) values (2)" ;; esac
case $section in fkey|all)
    run -c "insert into orders values (11, 99)"
    run -c "delete from users where id = 1" ;;
esac
case $section in toolong|all) run -c "insert into users values (3, 'a name much longer than twenty characters')" ;; esac
grep -E 'ERROR|DETAIL' "$PGTMP/server.log"
