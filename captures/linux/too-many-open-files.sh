#!/usr/bin/env bash
# Processes that exceed their open file descriptor limit (RLIMIT_NOFILE lowered per command,
# in subshells so the cleanup itself still has descriptors).
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/requires.sh"
requires node
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
# (Python's OSError wording is python/too-many-open-files, captured there.)
echo '$ node (opens files in a loop, ulimit -n 64)'
( ulimit -n 64; node -e "const fs = require('fs'); for (let i = 0; i < 256; i++) fs.openSync('/etc/hostname');" 2>&1 | grep -m1 EMFILE )
echo '$ bash redirections (ulimit -n 16)'
( ulimit -n 16; for fd in $(seq 3 40); do eval "exec $fd</etc/hostname" || break; done )
