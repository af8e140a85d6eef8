#!/usr/bin/env bash
# Reproduces vite/import-meta-env-types: tsc type-checking Vite code that reads import.meta.env
# without Vite's client types in the program.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/typescript.sh"
requires node
enter_work_dir
mkdir src
printf 'export const api = import.meta.env.VITE_API_URL;\nexport const dev = import.meta.env.DEV;\nexport const hot = import.meta.hot;\n' > src/config.ts
printf '{ "compilerOptions": { "strict": true, "module": "esnext", "moduleResolution": "bundler", "target": "es2022", "noEmit": true, "types": [] }, "include": ["src"] }\n' > tsconfig.json
tsc -p tsconfig.json
tsc -p tsconfig.json --pretty
exit 0
