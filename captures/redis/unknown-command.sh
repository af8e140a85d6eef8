#!/usr/bin/env bash
# Reproduces the examples of the record with the same path under data/records/: commands the
# server does not know (a typo, a module command, or a command renamed/disabled as managed services do).
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/requires.sh"
requires redis-server redis-cli
. "$(dirname "$(readlink -f "$0")")/_server.sh"
rd_start --rename-command CONFIG ""
rd JSON.SET user:1 . "{}"
rd CONFIG GET maxmemory
rd HSETT user:1 name ada
