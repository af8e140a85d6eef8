#!/usr/bin/env bash
# Reproduces eslint/flat-config-plugin-not-found: a flat-config rules entry whose plugin prefix no plugins
# key defines.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/js.sh"
requires node npm npx
js_sandbox
mkdir -p src
printf 'const a = 1;\nexport default a;\n' > src/index.js
printf 'export default [{ rules: { "react/jsx-uses-react": "error" } }];\n' > eslint.config.mjs
eslint_major 9 src
exit 0
