#!/usr/bin/env bash
# Reproduces the examples of the record with the same path under data/records/: a session
# that opened a transaction and stayed idle longer than idle_in_transaction_session_timeout.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/requires.sh"
requires psql
. "$(dirname "$(readlink -f "$0")")/_server.sh"
# psql as the postgres user needs a working directory it can read.
cd /tmp
pg_start
pg_app_setup
run() { PGPASSWORD=secret psql -X -q -h 127.0.0.1 -p "$PGPORT_CAPTURE" -U app appdb "$@"; }
printf "set idle_in_transaction_session_timeout = '500ms';\nbegin;\nselect 1;\n\\! sleep 2\nselect 2;\n" | run 2>&1 | grep -v '^ *[?-]\|^ *1\|row'
grep 'idle-in-transaction' "$PGTMP/server.log"
