#!/usr/bin/env bash
# Reproduces pnpm/aborted-remove-modules-dir-no-tty: node_modules was written by another pnpm (or
# other settings), pnpm wants to recreate it, and there is no terminal to confirm.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/js.sh"
requires node npm npx
js_sandbox
printf '{"name":"web","version":"1.0.0","dependencies":{"left-pad":"1.3.0"}}\n' > package.json
pnpm install >/dev/null 2>&1
pnpm_major 10 install </dev/null
pnpm_major 9 install </dev/null
printf '{"name":"web","version":"1.0.0","dependencies":{"left-pad":"1.3.0"}}\n' > package.json
rm -rf node_modules pnpm-lock.yaml && pnpm_major 9 install >/dev/null 2>&1
pnpm_major 9 install --config.node-linker=hoisted </dev/null
exit 0
