#!/usr/bin/env bash
# Reproduces yarn/yn0001-workspace-not-found and yarn/yn0050-frozen-lockfile-deprecated (yarn 4):
# a workspace: dependency with no such workspace, and the yarn 1 --frozen-lockfile flag.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/js.sh"
requires node npm npx
js_sandbox
export YARN_NODE_LINKER=node-modules
printf '{"name":"root","private":true,"workspaces":["packages/*"]}\n' > package.json
mkdir -p packages/web
printf '{"name":"web","version":"1.0.0","dependencies":{"@acme/ui":"workspace:*"}}\n' > packages/web/package.json
touch yarn.lock
yarn4 install
printf '{"name":"web","version":"1.0.0","dependencies":{"left-pad":"1.3.0"}}\n' > packages/web/package.json
yarn4 install >/dev/null 2>&1
echo '$ yarn install --frozen-lockfile'
yarn4 install --frozen-lockfile
exit 0
