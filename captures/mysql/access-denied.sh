#!/usr/bin/env bash
# Reproduces the examples of the record with the same path under data/records/.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/requires.sh"
requires mysql mysqld
. "$(dirname "$(readlink -f "$0")")/_server.sh"
cd /tmp
my_start
my_app_setup
mysql --no-defaults -S "$MYTMP/sock" -u app -pwrong shop
mysql --no-defaults -h 127.0.0.1 -P "$MYPORT_CAPTURE" -u app shop
mysql --no-defaults -h 127.0.0.1 -P "$MYPORT_CAPTURE" -u deploy -psecret shop
