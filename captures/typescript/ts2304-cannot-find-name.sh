#!/usr/bin/env bash
# Reproduces typescript/ts2304-cannot-find-name: a name with no declaration in scope (often missing @types).
set -u
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
# TypeScript from $TSC_DIR (npm i typescript@5 @types/node in /tmp/tsenv), else npx.
TSC_DIR=${TSC_DIR:-/tmp/tsenv}
tsc() { if [ -x "$TSC_DIR/node_modules/.bin/tsc" ]; then "$TSC_DIR/node_modules/.bin/tsc" "$@"; else npx --yes -p typescript@5 tsc "$@"; fi; }

printf "describe(\"x\", () => { it(\"works\", () => {}); });\nconst t = setTimeout(() => {}, 1);\nconst p = require(\"path\");\nconsole.log(\$(\"#app\"));\n" > app.test.ts
# "types": [] keeps globally installed @types out, as in a project that lacks @types/jest etc.
printf "{ \"compilerOptions\": { \"noEmit\": true, \"types\": [], \"lib\": [\"es2020\"] }, \"files\": [\"app.test.ts\"] }\n" > tsconfig.json
tsc
tsc --pretty
exit 0
