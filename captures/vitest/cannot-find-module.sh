#!/usr/bin/env bash
# Reproduces vitest/cannot-find-module: a test importing a relative file that does not exist
# (vitest 4 wording, and vitest 2's "Failed to load url").
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/js.sh"
requires node npm npx
js_sandbox
js_project
mkdir -p src
printf 'import { test, expect } from "vitest";\nimport { api } from "./services/api";\ntest("x", () => expect(api).toBeDefined());\n' > src/app.test.js
npx --no-install vitest run
vitest2 run
exit 0
