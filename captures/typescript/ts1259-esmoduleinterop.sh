#!/usr/bin/env bash
# Reproduces typescript/ts1259-esmoduleinterop: a default import of a CommonJS (export =) module without esModuleInterop.
set -u
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
# TypeScript from $TSC_DIR (npm i typescript@5 @types/node in /tmp/tsenv), else npx.
TSC_DIR=${TSC_DIR:-/tmp/tsenv}
tsc() { if [ -x "$TSC_DIR/node_modules/.bin/tsc" ]; then "$TSC_DIR/node_modules/.bin/tsc" "$@"; else npx --yes -p typescript@5 tsc "$@"; fi; }

printf "import path from \"path\";\nimport fs from \"fs\";\nexport { path, fs };\n" > index.ts
tsc --noEmit --types node --typeRoots "$TSC_DIR/node_modules/@types" index.ts
exit 0
