#!/usr/bin/env bash
# Reproduces the examples of the record with the same path under data/records/.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/requires.sh"
requires redis-server
. "$(dirname "$(readlink -f "$0")")/_server.sh"
rd_start
rd set user:42 '{"name":"ada"}' >/dev/null
rd hget user:42 name
rd lpush user:42 x
rd rpush queue:mail job1 >/dev/null
rd get queue:mail
