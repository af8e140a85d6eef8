#!/usr/bin/env bash
# Reproduces node/esm-missing-named-export: an ES module importing a name the target module does
# not export, and a named import from a CommonJS package whose exports Node cannot detect.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/common.sh"
requires node
enter_work_dir
printf 'export const add = (a, b) => a + b;\n' > math.mjs
printf 'import { sum } from "./math.mjs";\nconsole.log(sum);\n' > app.mjs
echo '$ node app.mjs'
node app.mjs
mkdir -p node_modules/legacy-lib
printf '{"name":"legacy-lib","version":"1.0.0","main":"index.js"}\n' > node_modules/legacy-lib/package.json
printf 'function debounce() {}\nmodule.exports = Object.assign({}, { debounce: debounce });\n' > node_modules/legacy-lib/index.js
printf 'import { debounce } from "legacy-lib";\nconsole.log(debounce);\n' > cjs.mjs
echo '$ node cjs.mjs'
node cjs.mjs
exit 0
