#!/usr/bin/env bash
# Reproduces yarn/package-not-found: yarn 1 asked for a package or version the registry lacks.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/yarn.sh"
requires node
yarn_sandbox
printf '{"name":"web","version":"1.0.0"}\n' > package.json
"$YARN" add errkb-no-such-package-2f9c --no-progress
"$YARN" add left-pad@9.9.9 --no-progress
exit 0
