#!/usr/bin/env bash
# Reproduces typescript/ts18003-no-inputs-found: tsconfig include/files match no .ts files.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/typescript.sh"
requires node
enter_work_dir
printf "{\n  \"compilerOptions\": { \"outDir\": \"dist\" },\n  \"include\": [\"src/**/*\"]\n}\n" > tsconfig.json
tsc
mkdir -p packages/api && printf "{ \"include\": [\"lib\"] }\n" > packages/api/tsconfig.json && touch packages/api/index.js
tsc -p packages/api
exit 0
