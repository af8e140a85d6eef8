#!/usr/bin/env bash
# Reproduces pnpm/no-script: pnpm run of a script package.json does not define.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/js.sh"
requires node npm npx
js_sandbox
printf '{"name":"web","version":"1.0.0","scripts":{"dev":"node -e 1"}}\n' > package.json
pnpm run build
pnpm rum
for major in 8 9 10; do pnpm_major "$major" run build; done
exit 0
