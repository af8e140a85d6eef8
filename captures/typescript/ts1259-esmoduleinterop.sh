#!/usr/bin/env bash
# Reproduces typescript/ts1259-esmoduleinterop: a default import of a CommonJS (export =) module without esModuleInterop.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/typescript.sh"
requires node
enter_work_dir
printf "import path from \"path\";\nimport fs from \"fs\";\nexport { path, fs };\n" > index.ts
tsc --noEmit --types node --typeRoots "$TSC_DIR/node_modules/@types" index.ts
exit 0
