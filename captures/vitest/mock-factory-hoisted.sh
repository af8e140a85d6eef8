#!/usr/bin/env bash
# Reproduces vitest/mock-factory-hoisted: a vi.mock factory that uses a top-level variable of the test file.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/js.sh"
requires node npm npx
js_sandbox
js_project
mkdir -p src
printf 'export default function fetchUser() { return { id: 1 }; }\nexport const VERSION = 1;\n' > src/api.js
printf 'import fetchUser from "./api.js";\nexport const load = () => fetchUser();\n' > src/user.js
printf 'import { test, expect, vi } from "vitest";\nimport { load } from "./user.js";\nconst fake = vi.fn(() => ({ id: 2 }));\nvi.mock("./api.js", () => ({ default: fake }));\ntest("loads", () => { expect(load().id).toBe(2); });\n' > src/hoisted.test.js
npx --no-install vitest run
vitest2 run
exit 0
