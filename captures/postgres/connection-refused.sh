#!/usr/bin/env bash
# Reproduces the examples of the record with the same path under data/records/.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/requires.sh"
requires psql
. "$(dirname "$(readlink -f "$0")")/_server.sh"
# psql as the postgres user needs a working directory it can read.
cd /tmp
trap - EXIT; rm -rf "$PGTMP"
# No server: the Unix socket is absent, and TCP ports are closed.
psql -h /var/run/postgresql -U postgres
psql -h localhost -p 5432 -U postgres
psql -h 127.0.0.1 -p "$PGPORT_CAPTURE" -U app appdb
