#!/usr/bin/env bash
# Reproduces prettier/no-files-matching: a glob given to prettier that matches no file.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/js.sh"
requires node npm npx
js_sandbox
mkdir -p src && printf 'export const a = 1;\n' > src/index.js
prettier --check 'lib/**/*.js'
[ -x /tmp/prettier2/node_modules/.bin/prettier ] && echo "\$ prettier --check 'lib/**/*.js' # prettier 2" && /tmp/prettier2/node_modules/.bin/prettier --check 'lib/**/*.js'
exit 0
