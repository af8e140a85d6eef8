#!/usr/bin/env bash
# Reproduces shell/bashism-run-by-sh: bash syntax ([[, source, function) run by sh.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/common.sh"
enter_work_dir
printf 'if [[ -n "$HOME" ]]; then echo home; fi\n' > check.sh
sh check.sh
printf 'source ./env.sh\n' > load.sh
: > env.sh
sh load.sh
