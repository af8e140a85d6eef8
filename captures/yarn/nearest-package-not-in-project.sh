#!/usr/bin/env bash
# Reproduces yarn/nearest-package-not-in-project: yarn 2+ run in a package folder below another
# project's package.json/yarn.lock that does not list it as a workspace.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/js.sh"
requires node npm npx
js_sandbox
printf '{"name":"root","private":true}\n' > package.json
touch yarn.lock
mkdir -p services/app && printf '{"name":"app"}\n' > services/app/package.json
cd services/app || exit 0
yarn4 install
yarn4 add left-pad 2>&1 | head -8
exit 0
