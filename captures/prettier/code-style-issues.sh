#!/usr/bin/env bash
# Reproduces prettier/code-style-issues: prettier --check on files that are not formatted (the CI check).
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/js.sh"
requires node npm npx
js_sandbox
mkdir -p src && printf 'const a = {b:1,\n  c:2}\n' > src/index.js && printf 'export  const x=1\n' > src/util.ts
prettier --check .
prettier --check src/index.js
[ -x /tmp/prettier2/node_modules/.bin/prettier ] && echo '$ prettier --check . # prettier 2' && /tmp/prettier2/node_modules/.bin/prettier --check .
exit 0
