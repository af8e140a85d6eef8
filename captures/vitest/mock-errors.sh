#!/usr/bin/env bash
# Reproduces vitest/mock-no-export: a vi.mock factory without the default export the code imports.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/js.sh"
requires node npm npx
js_sandbox
js_project
mkdir -p src
printf 'export default function fetchUser() { return { id: 1 }; }\nexport const VERSION = 1;\n' > src/api.js
printf 'import fetchUser from "./api.js";\nexport const load = () => fetchUser();\n' > src/user.js
printf 'import { test, expect, vi } from "vitest";\nimport { load } from "./user.js";\nvi.mock("./api.js", () => ({ fetchUser: vi.fn() }));\ntest("loads", () => { expect(load()).toBeUndefined(); });\n' > src/default.test.js
npx --no-install vitest run
vitest2 run
exit 0
