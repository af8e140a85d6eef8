#!/usr/bin/env bash
# Reproduces the examples of the record with the same path under data/records/: a running
# query whose connection is killed (KILL from another session, like a server restart or a
# proxy timeout would), then a query after the server closed an idle session (wait_timeout).
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/requires.sh"
requires mysqld
. "$(dirname "$(readlink -f "$0")")/_server.sh"
cd /tmp
my_start
my_app_setup
my_app -e "select sleep(5)" >/dev/null 2>"$MYTMP/a.err" &
a=$!
sleep 1
id=$(my_root -N -e "select id from information_schema.processlist where info = 'select sleep(5)'")
my_root -e "kill $id"
wait "$a"
cat "$MYTMP/a.err"
(echo "set session wait_timeout = 1;"; sleep 2; echo "select 1;") | my_app --skip-reconnect 2>&1 | tail -n 1
(echo "set session wait_timeout = 1;"; sleep 2; echo "select 1;") | my_app --reconnect -v 2>&1 | tail -n 4
