#!/usr/bin/env bash
# Reproduces yarn/yn0060-incompatible-peer-dependency: a dependency whose peer range the project's version misses (yarn 4).
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/js.sh"
requires node npm npx
js_sandbox
export YARN_NODE_LINKER=node-modules
mkdir ui && printf '{"name":"ui-kit","version":"2.0.0","peerDependencies":{"left-pad":"^2.0.0"}}\n' > ui/package.json
printf '{"name":"web","version":"1.0.0","dependencies":{"left-pad":"1.3.0","ui-kit":"file:./ui"}}\n' > package.json
touch yarn.lock
yarn4 install
echo '$ yarn explain peer-requirements'
yarn4 explain peer-requirements
exit 0
