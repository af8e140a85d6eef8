#!/usr/bin/env bash
# Reproduces the examples of the record with the same path under data/records/: INCR/INCRBY
# on a value that is not an integer, and EXPIRE with a non-numeric argument.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/requires.sh"
requires redis-server redis-cli
. "$(dirname "$(readlink -f "$0")")/_server.sh"
rd_start
rd set counter "12 items" >/dev/null
rd incr counter
rd set views 1.5 >/dev/null
rd incrby views 1
rd expire views abc
