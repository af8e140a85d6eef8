#!/usr/bin/env bash
# Reproduces typescript/ts18003-no-inputs-found: tsconfig include/files match no .ts files.
set -u
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
# TypeScript from $TSC_DIR (npm i typescript@5 @types/node in /tmp/tsenv), else npx.
TSC_DIR=${TSC_DIR:-/tmp/tsenv}
tsc() { if [ -x "$TSC_DIR/node_modules/.bin/tsc" ]; then "$TSC_DIR/node_modules/.bin/tsc" "$@"; else npx --yes -p typescript@5 tsc "$@"; fi; }

printf "{\n  \"compilerOptions\": { \"outDir\": \"dist\" },\n  \"include\": [\"src/**/*\"]\n}\n" > tsconfig.json
tsc
mkdir -p packages/api && printf "{ \"include\": [\"lib\"] }\n" > packages/api/tsconfig.json && touch packages/api/index.js
tsc -p packages/api
exit 0
