#!/usr/bin/env bash
# Reproduces typescript/ts2322-type-not-assignable: a value whose type does not fit the declared type.
set -u
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
# TypeScript from $TSC_DIR (npm i typescript@5 @types/node in /tmp/tsenv), else npx.
TSC_DIR=${TSC_DIR:-/tmp/tsenv}
tsc() { if [ -x "$TSC_DIR/node_modules/.bin/tsc" ]; then "$TSC_DIR/node_modules/.bin/tsc" "$@"; else npx --yes -p typescript@5 tsc "$@"; fi; }

printf "let port: number = process.env.PORT;\nconst id: string = 42;\ninterface User { name: string; age: number }\nconst u: User = { name: \"ada\", age: \"36\" };\n" > index.ts
tsc --noEmit --strict --types node --typeRoots "$TSC_DIR/node_modules/@types" index.ts
tsc --noEmit --strict --pretty --types node --typeRoots "$TSC_DIR/node_modules/@types" index.ts
exit 0
