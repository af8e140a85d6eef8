#!/usr/bin/env bash
# Reproduces typescript/ts7016-no-declaration-file: a JavaScript package without type declarations under noImplicitAny.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/typescript.sh"
requires node
enter_work_dir
mkdir -p node_modules/untyped-lib && printf "{\"name\":\"untyped-lib\",\"version\":\"1.0.0\",\"main\":\"index.js\"}\n" > node_modules/untyped-lib/package.json
printf "module.exports = function () {};\n" > node_modules/untyped-lib/index.js
mkdir -p node_modules/lodash.debounce && printf "{\"name\":\"lodash.debounce\",\"version\":\"4.0.8\",\"main\":\"index.js\"}\n" > node_modules/lodash.debounce/package.json
printf "module.exports = function () {};\n" > node_modules/lodash.debounce/index.js
printf "import lib from \"untyped-lib\";\nimport debounce from \"lodash.debounce\";\nexport { lib, debounce };\n" > index.ts
tsc --noEmit --strict --esModuleInterop index.ts
tsc --noEmit --strict --esModuleInterop --pretty index.ts
exit 0
