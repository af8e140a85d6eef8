#!/usr/bin/env bash
# Reproduces typescript/ts2345-argument-not-assignable: an argument whose type does not match the parameter.
set -u
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
# TypeScript from $TSC_DIR (npm i typescript@5 @types/node in /tmp/tsenv), else npx.
TSC_DIR=${TSC_DIR:-/tmp/tsenv}
tsc() { if [ -x "$TSC_DIR/node_modules/.bin/tsc" ]; then "$TSC_DIR/node_modules/.bin/tsc" "$@"; else npx --yes -p typescript@5 tsc "$@"; fi; }

printf "function greet(name: string) { return name; }\ngreet(42);\nconst ids: number[] = [];\nids.push(\"7\");\nconst input = document.querySelector(\"input\");\nparseInt(input?.value);\n" > a.ts
tsc --noEmit --strict --lib dom,es2020 a.ts
exit 0
