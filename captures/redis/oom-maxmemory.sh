#!/usr/bin/env bash
# Reproduces the examples of the record with the same path under data/records/.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/requires.sh"
requires redis-server
. "$(dirname "$(readlink -f "$0")")/_server.sh"
rd_start --maxmemory 1mb --maxmemory-policy noeviction
rd eval "for i = 1, 100000 do redis.call('set', 'k' .. i, string.rep('x', 100)) end" 0
rd set cache:home "<html>"
rd lpush queue:jobs 1
