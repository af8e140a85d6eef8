#!/usr/bin/env bash
# Reproduces typescript/ts2532-object-possibly-undefined: strictNullChecks on a value that may be undefined or null.
set -u
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
# TypeScript from $TSC_DIR (npm i typescript@5 @types/node in /tmp/tsenv), else npx.
TSC_DIR=${TSC_DIR:-/tmp/tsenv}
tsc() { if [ -x "$TSC_DIR/node_modules/.bin/tsc" ]; then "$TSC_DIR/node_modules/.bin/tsc" "$@"; else npx --yes -p typescript@5 tsc "$@"; fi; }

printf "const m = new Map<string, { n: number }>();\nconsole.log(m.get(\"a\").n);\nfunction f(o?: { x: number[] }) { return o.x.length; }\nconst el = document.getElementById(\"a\");\nel.focus();\nconst arr = [1, 2].find(v => v > 1);\nconsole.log(arr.toFixed());\n" > a.ts
tsc --noEmit --strict --lib dom,es2020 a.ts
tsc --noEmit --strict --lib dom,es2020 --target es5 a.ts
exit 0
