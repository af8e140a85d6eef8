#!/usr/bin/env bash
# Reproduces eslint/config-to-extend-not-found: an .eslintrc extending a shareable config that is not
# installed (ESLint 8, eslintrc mode).
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/js.sh"
requires node npm npx
js_sandbox
js_project
mkdir -p src && printf 'var a = 1;\n' > src/index.js
printf '{ "root": true, "extends": ["airbnb", "prettier"] }\n' > .eslintrc.json
eslint_major 8 src
exit 0
