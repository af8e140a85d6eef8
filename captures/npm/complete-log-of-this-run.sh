#!/usr/bin/env bash
# Reproduces npm/complete-log-of-this-run: the closing line npm prints after any error (here a
# package that does not exist on the registry).
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/npm.sh"
requires npm
npm_sandbox
npm --version
npm view errkb-nonexistent-package-zz9 2>&1
