#!/usr/bin/env bash
# Reproduces jest/unexpected-token: jest loads a file it cannot run as CommonJS without a
# transform: ES module syntax in an untransformed dependency (jest 30 wording; jest 29 says
# "Cannot use import statement outside a module", node/cannot-use-import-outside-module), JSX
# without a Babel preset.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/js.sh"
requires node npm npx
js_sandbox
js_project
# An ESM-only "dependency" kept out of the transform, as node_modules is by default.
mkdir -p vendor/esm-only src
printf 'import { randomFillSync } from "crypto";\nexport const id = () => 1;\n' > vendor/esm-only/index.js
printf '{"name":"esm-only","main":"index.js"}\n' > vendor/esm-only/package.json
printf '{"name":"web","version":"1.0.0","private":true,"jest":{"transformIgnorePatterns":["/vendor/"]}}\n' > package.json
printf 'const { id } = require("../vendor/esm-only");\ntest("id", () => expect(id()).toBe(1));\n' > src/id.test.js
npx --no-install jest --ci
rm src/id.test.js
printf 'const x = <div>hi</div>;\ntest("jsx", () => expect(x).toBeTruthy());\n' > src/jsx.test.js
npx --no-install jest --ci 2>&1 | head -40
jest29 --ci 2>&1 | head -40
exit 0
