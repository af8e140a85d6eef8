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
run() { PGPASSWORD=secret psql -X -q -h 127.0.0.1 -p "$PGPORT_CAPTURE" -U app appdb "$@"; }
run -c "create table acct(id int primary key, bal int); insert into acct values (1, 100), (2, 100);"
printf 'begin;\nupdate acct set bal = bal - 1 where id = 1;\nselect pg_sleep(1);\nupdate acct set bal = bal + 1 where id = 2;\ncommit;\n' | run >/dev/null 2>"$PGTMP/a.err" &
printf 'begin;\nupdate acct set bal = bal - 1 where id = 2;\nselect pg_sleep(1);\nupdate acct set bal = bal + 1 where id = 1;\ncommit;\n' | run >/dev/null 2>"$PGTMP/b.err" &
wait
cat "$PGTMP/a.err" "$PGTMP/b.err"
grep -A5 'deadlock detected' "$PGTMP/server.log"
