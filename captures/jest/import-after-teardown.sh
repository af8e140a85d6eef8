#!/usr/bin/env bash
# Reproduces jest/import-after-teardown: code that keeps running after its test finished (an
# un-awaited promise, a timer) and requires a module once Jest has torn the environment down.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/js.sh"
requires node npm npx
js_sandbox
js_project
printf 'exports.log = (m) => m;\n' > logger.js
printf 'test("fires and forgets", () => {\n  setTimeout(() => { require("./logger").log("late"); }, 100);\n});\ntest("slow neighbour", async () => { await new Promise((r) => setTimeout(r, 300)); });\n' > late.test.js
printf 'test("quick", () => { setTimeout(() => { require("./logger"); }, 50); });\n' > quick.test.js
npx --no-install jest --ci
jest29 --ci
exit 0
