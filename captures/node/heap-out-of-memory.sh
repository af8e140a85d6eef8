#!/usr/bin/env bash
# Reproduces node/heap-out-of-memory with a tiny old-space limit so it fails in a second.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/requires.sh"
requires node
node --max-old-space-size=24 -e "const a = []; for (;;) a.push(new Array(1e5).fill('x'))" 2>&1 | head -n 30
exit 0
