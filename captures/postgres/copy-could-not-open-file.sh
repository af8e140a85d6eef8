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
mkdir -p "$PGTMP/home/dev" && printf 'id,total\n1,10\n' >"$PGTMP/home/dev/orders.csv"
chmod 700 "$PGTMP/home/dev"
pg_super -d appdb -c "create table orders(id int, total int)"
# Server-side COPY runs as the server's OS user, which cannot read the client's file.
pg_super -d appdb -c "copy orders from '$PGTMP/home/dev/orders.csv' csv header"
pg_super -d appdb -c "copy orders from '/tmp/errkb-no-such-file.csv' csv header"
pg_super -d appdb -c "grant all on orders to app"
PGPASSWORD=secret psql -X -q -h 127.0.0.1 -p "$PGPORT_CAPTURE" -U app appdb -c "copy orders from '/tmp/orders.csv' csv header"
