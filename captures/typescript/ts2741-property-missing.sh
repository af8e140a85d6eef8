#!/usr/bin/env bash
# Reproduces typescript/ts2741-property-missing: an object literal or JSX element without a required property.
set -u
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
# TypeScript from $TSC_DIR (npm i typescript@5 @types/node in /tmp/tsenv), else npx.
TSC_DIR=${TSC_DIR:-/tmp/tsenv}
tsc() { if [ -x "$TSC_DIR/node_modules/.bin/tsc" ]; then "$TSC_DIR/node_modules/.bin/tsc" "$@"; else npx --yes -p typescript@5 tsc "$@"; fi; }
printf "interface Props { title: string; onClose: () => void }\nconst p: Props = { title: \"Hi\" };\nexport { p };\n" > a.ts
tsc --noEmit --strict a.ts
tsc --noEmit --strict --pretty a.ts
exit 0
