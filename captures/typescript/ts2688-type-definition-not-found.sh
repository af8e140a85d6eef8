#!/usr/bin/env bash
# Reproduces typescript/ts2688-type-definition-not-found: a types entry (or a stray @types folder)
# naming a type package that is not installed.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/typescript.sh"
requires node
enter_work_dir
printf 'export const a = 1;\n' > a.ts
printf '{ "compilerOptions": { "strict": true, "noEmit": true, "types": ["node", "jest"] }, "files": ["a.ts"] }\n' > tsconfig.json
tsc -p tsconfig.json
mkdir -p node_modules/@types/leftover && printf '{ "compilerOptions": { "strict": true, "noEmit": true }, "files": ["a.ts"] }\n' > tsconfig.json
tsc -p tsconfig.json
exit 0
