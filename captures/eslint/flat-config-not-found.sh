#!/usr/bin/env bash
# Reproduces eslint/flat-config-not-found: ESLint 9+ run in a project that only has a legacy
# .eslintrc file (or no config at all).
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/js.sh"
requires node npm npx
js_sandbox
js_project
mkdir -p src && printf 'var a = 1;\n' > src/index.js
printf '{ "extends": "eslint:recommended" }\n' > .eslintrc.json
npx --no-install eslint src
eslint_major 9 src
rm .eslintrc.json
eslint_major 8 src
exit 0
