#!/usr/bin/env bash
# Reproduces prettier/plugin-not-found: a .prettierrc listing a plugin that is not installed.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/js.sh"
requires node npm npx
js_sandbox
mkdir -p src && printf 'export const a = 1;\n' > src/index.js
printf '{ "plugins": ["prettier-plugin-tailwindcss"] }\n' > .prettierrc
echo '$ prettier --check src'
prettier --check src
if [ -x /tmp/prettier2/node_modules/.bin/prettier ]; then
    echo '$ prettier --check src # prettier 2'
    /tmp/prettier2/node_modules/.bin/prettier --check src
fi
exit 0
