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
PGPASSWORD=secret psql -X -q -h 127.0.0.1 -p "$PGPORT_CAPTURE" -U app appdb <<'SQL'
create table items(id int primary key);
begin;
insert into items values (1);
insert into items values (1);
insert into items values (2);
select count(*) from items;
rollback;
SQL
