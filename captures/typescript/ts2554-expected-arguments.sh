#!/usr/bin/env bash
# Reproduces typescript/ts2554-expected-arguments: a call with too few or too many arguments.
set -u
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
# TypeScript from $TSC_DIR (npm i typescript@5 @types/node in /tmp/tsenv), else npx.
TSC_DIR=${TSC_DIR:-/tmp/tsenv}
tsc() { if [ -x "$TSC_DIR/node_modules/.bin/tsc" ]; then "$TSC_DIR/node_modules/.bin/tsc" "$@"; else npx --yes -p typescript@5 tsc "$@"; fi; }

printf 'function createUser(name: string, email: string) { return { name, email }; }\ncreateUser("ada");\ncreateUser("ada", "a@example.com", true);\nconst p = new Promise((resolve) => resolve());\n' > a.ts
tsc --noEmit --strict --lib es2020 a.ts
exit 0
