#!/usr/bin/env bash
# Reproduces the examples of the record with the same path under data/records/.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/requires.sh"
requires openssl psql
. "$(dirname "$(readlink -f "$0")")/_server.sh"
# psql as the postgres user needs a working directory it can read.
cd /tmp
pg_start
pg_app_setup
(cd "$PGTMP/data" && openssl req -new -x509 -days 1 -nodes -subj /CN=localhost -keyout server.key -out server.crt 2>/dev/null)
[ "$(id -u)" = 0 ] && chown postgres "$PGTMP/data/server.key" "$PGTMP/data/server.crt"
chmod 600 "$PGTMP/data/server.key"
pg_super -c "alter system set ssl = on" -c "select pg_reload_conf()" >/dev/null
sleep 0.5
PGPASSWORD=secret psql -X "host=127.0.0.1 port=$PGPORT_CAPTURE user=app dbname=appdb sslmode=require" -c "select pg_sleep(5)" &
sleep 1
# A backend killed without a goodbye (OOM killer, a proxy or firewall dropping the TCP
# connection) looks the same to the client: the TLS stream just ends.
kill -9 "$(pg_super -tA -c "select pid from pg_stat_activity where query like 'select pg_sleep%' and pid <> pg_backend_pid()")"
wait
