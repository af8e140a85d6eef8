#!/usr/bin/env bash
# Reproduces typescript/ts6059-file-not-under-rootdir: a file outside rootDir pulled into the program
# (an import from ../shared, or include wider than rootDir).
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/typescript.sh"
requires node
enter_work_dir
mkdir -p src shared scripts
printf 'export const shared = 1;\n' > shared/util.ts
printf 'import { shared } from "../shared/util";\nexport const a = shared;\n' > src/index.ts
printf 'export const b = 2;\n' > scripts/build.ts
printf '{ "compilerOptions": { "rootDir": "src", "outDir": "dist" }, "include": ["src", "scripts"] }\n' > tsconfig.json
tsc -p tsconfig.json
tsc -p tsconfig.json --pretty
exit 0
