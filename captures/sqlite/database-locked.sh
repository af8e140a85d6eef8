#!/usr/bin/env bash
# Reproduces the examples of the record with the same path under data/records/.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/requires.sh"
requires sqlite3
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
db="$work/app.db"
sqlite3 "$db" "create table jobs(id integer primary key, state text)"
# One connection holds a write lock inside a long transaction...
sqlite3 "$db" "begin exclusive; insert into jobs(state) values ('running');
  select count(*) from (with recursive c(n) as (select 1 union all select n + 1 from c where n < 4000000) select n from c);
  commit;" >/dev/null &
sleep 0.3
# ...while others try to read and write.
sqlite3 "$db" "insert into jobs(state) values ('queued')"
sqlite3 "$db" "select count(*) from jobs"
echo "update jobs set state = 'done';" | sqlite3 "$db"
wait
