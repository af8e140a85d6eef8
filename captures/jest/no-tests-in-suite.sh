#!/usr/bin/env bash
# Reproduces jest/no-tests-in-suite: a test file with no test() in it.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/js.sh"
requires node npm npx
js_sandbox
js_project
mkdir -p src
printf 'describe("math", () => {\n  // TODO\n});\n' > src/math.test.js
printf 'const { add } = require("./math");\n' > src/empty.test.js
printf 'exports.add = (a, b) => a + b;\n' > src/math.js
npx --no-install jest --ci
jest29 --ci
exit 0
