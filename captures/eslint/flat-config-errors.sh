#!/usr/bin/env bash
# Reproduces eslint/flat-config-errors: eslintrc-only keys and shapes in an eslint.config.js.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/js.sh"
requires node npm npx
js_sandbox
js_project
mkdir -p src && printf 'var a = 1;\n' > src/index.js
printf 'export default [{ extends: ["eslint:recommended"] }];\n' > eslint.config.mjs
eslint_major 9 src
printf 'export default [{ plugins: ["react"] }];\n' > eslint.config.mjs
eslint_major 9 src
printf 'export default [{ env: { browser: true } }];\n' > eslint.config.mjs
eslint_major 9 src
printf 'export default [{ parserOptions: { ecmaVersion: 2022 } }];\n' > eslint.config.mjs
eslint_major 9 src
exit 0
