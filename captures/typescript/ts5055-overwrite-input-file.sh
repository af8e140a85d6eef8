#!/usr/bin/env bash
# Reproduces typescript/ts5055-overwrite-input-file: the output directory is inside the compiled files
# (allowJs with outDir under include, or no outDir at all).
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/typescript.sh"
requires node
enter_work_dir
mkdir -p src && printf 'export const a = 1;\n' > src/a.ts && printf 'exports.b = 1;\n' > src/b.js
printf '{ "compilerOptions": { "allowJs": true }, "include": ["src"] }\n' > tsconfig.json
tsc -p tsconfig.json
tsc -p tsconfig.json --pretty
printf 'module.exports = 1;\n' > lib.js
tsc --allowJs lib.js
exit 0
