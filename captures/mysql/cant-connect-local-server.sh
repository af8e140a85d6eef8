#!/usr/bin/env bash
# Reproduces the examples of the record with the same path under data/records/.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/requires.sh"
requires mysql mysqld
. "$(dirname "$(readlink -f "$0")")/_server.sh"
cd /tmp
trap - EXIT; rm -rf "$MYTMP"
# No server running: the socket file is absent and the TCP port is closed.
mysql --no-defaults -u root
mysql --no-defaults -S /tmp/mysql.sock -u root
mysql --no-defaults -h 127.0.0.1 -P "$MYPORT_CAPTURE" -u root
