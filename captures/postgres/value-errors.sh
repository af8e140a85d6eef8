#!/usr/bin/env bash
# Shared by the lock-timeout / invalid-byte-sequence / integer-out-of-range records: one table,
# then the failing statements of the section named by $1 (lock, nul, range; all when no
# argument is given).
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
run -c "create table items(id serial primary key, qty int, note text)" -c "insert into items(qty, note) values (1, 'a')"
case $section in lock|all)
    printf 'begin;\nupdate items set qty = 2 where id = 1;\nselect pg_sleep(2);\ncommit;\n' | run >/dev/null 2>&1 &
    sleep 0.5
    run -c "set lock_timeout = '500ms'" -c "update items set qty = 3 where id = 1"
    wait ;;
esac
case $section in nul|all)
    run -c "insert into items(qty, note) values (1, E'bad\\\\000byte')"
    printf '1\t2\tbad\\000byte\n' | run -c "copy items from stdin" ;;
esac
case $section in range|all)
    run -c "insert into items(qty) values (3000000000)"
    run -c "select 2147483647::int + 1" ;;
esac
grep -E 'ERROR' "$PGTMP/server.log" | head -n 3
