#!/usr/bin/env bash
# Reproduces yarn/yn0018-checksum-mismatch (yarn 4): the cache archive no longer matches the checksum
# yarn.lock recorded.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/js.sh"
requires node npm npx
js_sandbox
export YARN_NODE_LINKER=node-modules
printf '{"name":"web","version":"1.0.0","dependencies":{"left-pad":"1.3.0"}}\n' > package.json
touch yarn.lock
yarn4 install >/dev/null 2>&1
# Tamper with the recorded checksum, as a lockfile edited by hand or merged badly would.
sed -i 's/^  checksum: .*/  checksum: 10c0\/0000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000/' yarn.lock
rm -rf .yarn/cache node_modules
yarn4 install
CI=true yarn4 install --immutable
exit 0
