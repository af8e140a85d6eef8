#!/usr/bin/env bash
# Reproduces jest/cannot-find-module: a test requiring a file or package that does not resolve
# (a missing relative file, a path alias that jest does not know).
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/js.sh"
requires node npm npx
js_sandbox
js_project
mkdir -p src
printf 'const { api } = require("./services/api");\ntest("x", () => expect(api).toBeDefined());\n' > src/app.test.js
printf 'const u = require("@/utils/format");\ntest("y", () => expect(u).toBeDefined());\n' > src/alias.test.js
npx --no-install jest --ci
jest29 --ci
exit 0
