#!/usr/bin/env bash
# Reproduces eslint/parsing-error-reserved-keyword: ESLint's default parser settings (ES5 in
# eslintrc mode, or sourceType script) on modern or module code.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/js.sh"
requires node npm npx
js_sandbox
mkdir -p src
printf 'import fs from "fs";\nexport const a = fs;\n' > src/index.js
printf 'const b = () => 1;\nmodule.exports = b;\n' > src/util.js
printf '{ "root": true, "rules": {} }\n' > .eslintrc.json
eslint_major 8 src
printf '{ "root": true, "parserOptions": { "ecmaVersion": 2022 }, "rules": {} }\n' > .eslintrc.json
eslint_major 8 src
rm .eslintrc.json
printf 'export default [{ languageOptions: { sourceType: "script" } }];\n' > eslint.config.mjs
eslint_major 9 src
exit 0
