#!/usr/bin/env bash
# Reproduces eslint/rule-definition-not-found: a rules entry or an eslint-disable comment naming a rule
# from a plugin that is not loaded.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/js.sh"
requires node npm npx
js_sandbox
mkdir -p src
printf '/* eslint-disable react-hooks/exhaustive-deps */\nconst a = 1;\nexport default a;\n' > src/index.js
printf '{ "root": true, "parserOptions": { "ecmaVersion": "latest", "sourceType": "module" }, "rules": { "import/no-unresolved": "error" } }\n' > .eslintrc.json
eslint_major 8 src
rm .eslintrc.json
printf 'export default [{ rules: {} }];\n' > eslint.config.mjs
eslint_major 9 src
exit 0
