#!/usr/bin/env bash
# Reproduces yarn/command-not-found: yarn run with a script/binary the project does not have.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/yarn.sh"
requires node
yarn_sandbox
printf '{"name":"web","version":"1.0.0","scripts":{"build":"echo build"}}\n' > package.json
"$YARN" start
"$YARN" run dev
"$YARN" eslint .
exit 0
