#!/usr/bin/env bash
# Reproduces typescript/ts5110-module-must-match-resolution: moduleResolution node16/nodenext with another
# module setting (an error since TypeScript 5.2).
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/typescript.sh"
requires node
enter_work_dir
printf 'export const a = 1;\n' > a.ts
printf '{ "compilerOptions": { "module": "esnext", "moduleResolution": "nodenext", "noEmit": true }, "files": ["a.ts"] }\n' > tsconfig.json
tsc -p tsconfig.json
printf '{ "compilerOptions": { "module": "commonjs", "moduleResolution": "node16", "noEmit": true }, "files": ["a.ts"] }\n' > tsconfig.json
tsc -p tsconfig.json
exit 0
