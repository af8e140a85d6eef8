#!/usr/bin/env bash
# Reproduces vitest/no-test-files-found: vitest run where no file matches include (or the filter).
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/js.sh"
requires node npm npx
js_sandbox
js_project
mkdir -p src && printf 'export const a = 1;\n' > src/a.js
npx --no-install vitest run
vitest2 run
npx --no-install vitest run cart
vitest2 run cart
exit 0
