#!/usr/bin/env bash
# Reproduces the examples of the record with the same path under data/records/.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/requires.sh"
requires redis-server
. "$(dirname "$(readlink -f "$0")")/_server.sh"
# Point the snapshot directory at a folder that then disappears, so BGSAVE fails.
rd_start --enable-protected-configs yes
mkdir "$RDTMP/snap"
rd config set dir "$RDTMP/snap" >/dev/null
rmdir "$RDTMP/snap"
rd config set save "3600 1" >/dev/null
rd set session:42 alive >/dev/null
rd bgsave
sleep 1
rd set session:43 alive
rd incr counter
grep -E 'Failed opening|Background saving error' "$RDTMP/redis.log"
