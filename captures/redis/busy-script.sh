#!/usr/bin/env bash
# Reproduces the examples of the record with the same path under data/records/: a Lua script
# that runs longer than busy-reply-threshold (lua-time-limit) blocks every other client.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/requires.sh"
requires redis-server redis-cli
. "$(dirname "$(readlink -f "$0")")/_server.sh"
rd_start --lua-time-limit 100
(rd eval "local i = 0 while true do i = i + 1 end" 0 >/dev/null 2>&1 &)
sleep 0.5
rd get foo
rd script kill
