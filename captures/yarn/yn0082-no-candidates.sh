#!/usr/bin/env bash
# Reproduces yarn/yn0082-no-candidates-found (yarn 4): a range no published version satisfies.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/js.sh"
requires node npm npx
js_sandbox
export YARN_NODE_LINKER=node-modules
printf '{"name":"web","version":"1.0.0"}\n' > package.json
touch yarn.lock
yarn4 add 'is-number@^99.0.0'
printf '{"name":"web","version":"1.0.0","dependencies":{"left-pad":"^2.0.0"}}\n' > package.json
echo '$ CI=true yarn install'
CI=true yarn4 install
exit 0
