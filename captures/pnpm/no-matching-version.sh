#!/usr/bin/env bash
# Reproduces pnpm/no-matching-version: a version range that no published release satisfies.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/js.sh"
requires node npm npx
js_sandbox
printf '{"name":"web","version":"1.0.0"}\n' > package.json
pnpm add 'is-number@^99.0.0'
for major in 8 9 10; do pnpm_major "$major" add 'is-number@^99.0.0'; done
exit 0
