#!/usr/bin/env bash
# Reproduces pnpm/ignored-build-scripts: pnpm 10+ skips dependency install scripts that are not allowed.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/js.sh"
requires node npm npx
js_sandbox
printf '{"name":"web","version":"1.0.0"}\n' > package.json
pnpm_major 10 add esbuild@0.25.0
rm -rf node_modules pnpm-lock.yaml
pnpm add esbuild@0.25.0
exit 0
