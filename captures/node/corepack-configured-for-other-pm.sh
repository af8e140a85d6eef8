#!/usr/bin/env bash
# Reproduces node/corepack-configured-for-other-pm: corepack asked for one package manager in a project
# whose packageManager field names another.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/js.sh"
requires node npm npx
js_sandbox
printf '{"name":"web","version":"1.0.0","packageManager":"yarn@4.5.0"}\n' > package.json
echo '$ corepack pnpm install'
corepack_cmd pnpm install
printf '{"name":"web","version":"1.0.0","packageManager":"pnpm@9.15.9"}\n' > package.json
echo '$ corepack yarn install'
corepack_cmd yarn install
exit 0
