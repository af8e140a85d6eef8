#!/usr/bin/env bash
# Reproduces shell/bashism-run-by-sh: bash syntax ([[, source, function) run by sh.
set -u
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work" || exit 1
printf 'if [[ -n "$HOME" ]]; then echo home; fi\n' > check.sh
sh check.sh
printf 'source ./env.sh\n' > load.sh
: > env.sh
sh load.sh
