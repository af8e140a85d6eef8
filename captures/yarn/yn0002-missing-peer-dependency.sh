#!/usr/bin/env bash
# Reproduces yarn/yn0002-missing-peer-dependency: a dependency whose peer is not provided at all (yarn 4).
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/js.sh"
requires node npm npx
js_sandbox
export YARN_NODE_LINKER=node-modules
mkdir ui && printf '{"name":"ui-kit","version":"2.0.0","peerDependencies":{"is-number":"^7.0.0"}}\n' > ui/package.json
printf '{"name":"web","version":"1.0.0","dependencies":{"ui-kit":"file:./ui"}}\n' > package.json
touch yarn.lock
yarn4 install
echo '$ yarn explain peer-requirements'
yarn4 explain peer-requirements
exit 0
