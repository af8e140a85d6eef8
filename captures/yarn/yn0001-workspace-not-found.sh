#!/usr/bin/env bash
# Reproduces yarn/yn0001-workspace-not-found: a workspace: dependency with no such workspace (yarn 4).
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
exit 0
