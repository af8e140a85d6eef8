#!/usr/bin/env bash
# Reproduces typescript/ts2339-property-does-not-exist: access to a property the type does not declare.
set -u
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
# TypeScript from $TSC_DIR (npm i typescript@5 @types/node in /tmp/tsenv), else npx.
TSC_DIR=${TSC_DIR:-/tmp/tsenv}
tsc() { if [ -x "$TSC_DIR/node_modules/.bin/tsc" ]; then "$TSC_DIR/node_modules/.bin/tsc" "$@"; else npx --yes -p typescript@5 tsc "$@"; fi; }

printf "const el = document.getElementById(\"q\");\nconsole.log(el.value);\nconst res = { data: 1 };\nconsole.log(res.body);\nwindow.dataLayer = [];\n" > main.ts
tsc --noEmit --lib dom,es2020 main.ts
tsc --noEmit --strict --pretty --lib dom,es2020 main.ts
exit 0
