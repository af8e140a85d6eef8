#!/usr/bin/env bash
# Reproduces typescript/ts2307-cannot-find-module: an import tsc cannot resolve.
set -u
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
# TypeScript from $TSC_DIR (npm i typescript@5 @types/node in /tmp/tsenv), else npx.
TSC_DIR=${TSC_DIR:-/tmp/tsenv}
tsc() { if [ -x "$TSC_DIR/node_modules/.bin/tsc" ]; then "$TSC_DIR/node_modules/.bin/tsc" "$@"; else npx --yes -p typescript@5 tsc "$@"; fi; }

mkdir src && printf "import axios from \"axios\";\nimport { db } from \"./lib/db\";\nimport styles from \"./app.module.css\";\nexport { axios, db, styles };\n" > src/app.ts
tsc --noEmit --strict --module nodenext --moduleResolution nodenext src/app.ts
tsc --noEmit --pretty src/app.ts
exit 0
