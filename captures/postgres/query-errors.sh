#!/usr/bin/env bash
# Shared by the group-by / operator-does-not-exist records: one table, then the failing
# statements of the section named by $1 (groupby, operator; all when no argument is given).
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
run -c "create table orders(id int primary key, customer text, code varchar(10), total numeric)"
case $section in groupby|all) run -c "select customer, id, sum(total) from orders group by customer" ;; esac
case $section in operator|all)
    run -c "select * from orders where id = '1'::text"
    run -c "select * from orders where code = 42" ;;
esac
