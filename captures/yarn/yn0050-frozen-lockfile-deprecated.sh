#!/usr/bin/env bash
# Reproduces yarn/yn0050-frozen-lockfile-deprecated: yarn 1's --frozen-lockfile flag passed to yarn 4.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/js.sh"
requires node npm npx
js_sandbox
export YARN_NODE_LINKER=node-modules
printf '{"name":"web","version":"1.0.0","dependencies":{"left-pad":"1.3.0"}}\n' > package.json
touch yarn.lock
yarn4 install >/dev/null 2>&1
echo '$ yarn install --frozen-lockfile'
yarn4 install --frozen-lockfile
exit 0
