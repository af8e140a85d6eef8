#!/usr/bin/env bash
# Reproduces the examples of the record with the same path under data/records/.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/requires.sh"
requires mysql mysqld
. "$(dirname "$(readlink -f "$0")")/_server.sh"
cd /tmp
my_start
my_app_setup
# The login succeeds; the account has no grant on this database.
mysql --no-defaults -S "$MYTMP/sock" -u app -psecret billing
