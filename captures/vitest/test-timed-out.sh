#!/usr/bin/env bash
# Reproduces vitest/test-timed-out: an async test that never settles within the 5 s default.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/js.sh"
requires node npm npx
js_sandbox
js_project
printf 'import { test } from "vitest";\ntest("loads the user", async () => {\n  await new Promise(() => {});\n});\ntest("hook", { timeout: 500 }, async () => { await new Promise(() => {}); });\n' > api.test.js
npx --no-install vitest run
vitest2 run
exit 0
