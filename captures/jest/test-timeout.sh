#!/usr/bin/env bash
# Reproduces jest/test-timeout: an async test that never resolves within the 5 s default.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/js.sh"
requires node npm npx
js_sandbox
js_project
printf 'test("loads the user", async () => {\n  await new Promise(() => {});\n});\ntest("callback never called", (done) => {\n  setTimeout(() => {}, 10);\n}, 1000);\n' > api.test.js
npx --no-install jest --ci
jest29 --ci
exit 0
