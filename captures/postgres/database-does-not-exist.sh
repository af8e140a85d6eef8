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
PGPASSWORD=secret psql -h 127.0.0.1 -p "$PGPORT_CAPTURE" -U app
PGPASSWORD=secret psql -h 127.0.0.1 -p "$PGPORT_CAPTURE" -U app shop_production
