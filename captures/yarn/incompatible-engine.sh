#!/usr/bin/env bash
# Reproduces yarn/incompatible-engine: yarn 1 refuses a package whose "engines" excludes the running Node.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/yarn.sh"
requires node
yarn_sandbox
mkdir dep && printf '{"name":"needs-new-node","version":"2.0.0","engines":{"node":">=22.0.0"}}\n' > dep/package.json
printf '{"name":"web","version":"1.0.0","license":"MIT"}\n' > package.json
"$YARN" add file:./dep --no-progress
exit 0
