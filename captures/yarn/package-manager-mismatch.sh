#!/usr/bin/env bash
# Reproduces yarn/package-manager-mismatch and node/corepack-configured-for-other-pm: a
# packageManager field naming one package manager while another (or another yarn major) runs.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/js.sh"
. "$(dirname "$(readlink -f "$0")")/../_lib/yarn.sh"
requires node npm npx
js_sandbox
printf '{"name":"web","version":"1.0.0","packageManager":"yarn@4.5.0"}\n' > package.json
echo '$ yarn install # yarn 1'
[ -x "$YARN" ] && "$YARN" install
echo '$ corepack pnpm install'
corepack_cmd pnpm install
printf '{"name":"web","version":"1.0.0","packageManager":"pnpm@9.15.9"}\n' > package.json
echo '$ corepack yarn install'
corepack_cmd yarn install
exit 0
