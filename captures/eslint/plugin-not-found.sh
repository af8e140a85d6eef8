#!/usr/bin/env bash
# Reproduces eslint/plugin-not-found: an .eslintrc naming a plugin that is not installed (ESLint 8,
# eslintrc mode), directly and through a plugin: extends.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/js.sh"
requires node npm npx
js_sandbox
js_project
mkdir -p src && printf 'var a = 1;\n' > src/index.js
printf '{ "root": true, "plugins": ["react"], "rules": {} }\n' > .eslintrc.json
eslint_major 8 src
printf '{ "root": true, "extends": ["plugin:@typescript-eslint/recommended"] }\n' > .eslintrc.json
eslint_major 8 src
exit 0
