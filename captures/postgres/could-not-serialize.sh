#!/usr/bin/env bash
# Reproduces the examples of the record with the same path under data/records/: two
# REPEATABLE READ / SERIALIZABLE transactions updating the same row.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/requires.sh"
requires psql
. "$(dirname "$(readlink -f "$0")")/_server.sh"
# psql as the postgres user needs a working directory it can read.
cd /tmp
pg_start
pg_app_setup
run() { PGPASSWORD=secret psql -X -q -h 127.0.0.1 -p "$PGPORT_CAPTURE" -U app appdb "$@"; }
run -c "create table acct(id int primary key, bal int); insert into acct values (1, 100);"
printf 'begin isolation level repeatable read;\nselect bal from acct where id = 1;\nselect pg_sleep(1);\nupdate acct set bal = bal - 1 where id = 1;\ncommit;\n' | run >/dev/null 2>"$PGTMP/a.err" &
printf 'begin isolation level repeatable read;\nselect pg_sleep(0.3);\nupdate acct set bal = bal + 1 where id = 1;\ncommit;\n' | run >/dev/null 2>"$PGTMP/b.err" &
wait
run -c "create table dr(id int primary key, oncall bool); insert into dr values (1, true), (2, true);"
printf 'begin isolation level serializable;\nselect count(*) from dr where oncall;\nselect pg_sleep(1);\nupdate dr set oncall = false where id = 1;\ncommit;\n' | run >/dev/null 2>"$PGTMP/c.err" &
printf 'begin isolation level serializable;\nselect count(*) from dr where oncall;\nupdate dr set oncall = false where id = 2;\nselect pg_sleep(2);\ncommit;\n' | run >/dev/null 2>"$PGTMP/d.err" &
wait
cat "$PGTMP/a.err" "$PGTMP/b.err" "$PGTMP/c.err" "$PGTMP/d.err"
grep -A2 'could not serialize' "$PGTMP/server.log"
