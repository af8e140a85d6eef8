#!/usr/bin/env bash
# Reproduces the examples of the record with the same path under data/records/.
set -u
. "$(dirname "$(readlink -f "$0")")/_server.sh"
# psql as the postgres user needs a working directory it can read.
cd /tmp
# Shared by the relation/column/duplicate-key/invalid-input records.
pg_start
pg_app_setup
PGPASSWORD=secret psql -X -h 127.0.0.1 -p "$PGPORT_CAPTURE" -U app appdb <<'SQL'
create table users(id int primary key, email text unique);
insert into users values (1, 'a@example.com');
insert into users values (1, 'b@example.com');
insert into users values (2, 'a@example.com');
select emial from users;
select * from orders;
select * from "Users";
select * from users where id = 'abc';
SQL
grep -E 'ERROR' "$PGTMP/server.log"
