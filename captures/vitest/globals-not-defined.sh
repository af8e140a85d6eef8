#!/usr/bin/env bash
# Reproduces vitest/globals-not-defined: describe/test/expect used without importing them and
# without globals: true.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/js.sh"
requires node npm npx
js_sandbox
js_project
printf 'describe("math", () => {\n  it("adds", () => { expect(1 + 1).toBe(2); });\n});\n' > math.test.js
npx --no-install vitest run
vitest2 run
exit 0
