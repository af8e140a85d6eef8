#!/usr/bin/env bash
# Reproduces typescript/ts2769-no-overload-matches: a call that fits none of a function's overloads.
set -u
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
# TypeScript from $TSC_DIR (npm i typescript@5 @types/node in /tmp/tsenv), else npx.
TSC_DIR=${TSC_DIR:-/tmp/tsenv}
tsc() { if [ -x "$TSC_DIR/node_modules/.bin/tsc" ]; then "$TSC_DIR/node_modules/.bin/tsc" "$@"; else npx --yes -p typescript@5 tsc "$@"; fi; }
printf 'const d = new Date("2024", 1);\nconst el = document.createElement("div");\nel.addEventListener("click", (e: KeyboardEvent) => e.key);\nconst n = [1, 2].reduce((a, b) => a + b, "");\n' > a.ts
tsc --noEmit --strict --lib dom,es2020 a.ts
exit 0
