#!/usr/bin/env bash
# Reproduces vitest/no-test-suite-found: a test file that registers no test.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/js.sh"
requires node npm npx
js_sandbox
js_project
printf 'import { describe } from "vitest";\ndescribe("math", () => {});\n' > math.test.js
npx --no-install vitest run
vitest2 run
exit 0
