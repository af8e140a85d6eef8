#!/usr/bin/env bash
# Reproduces typescript/ts2305-no-exported-member: importing a name the module does not export.
set -u
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
# TypeScript from $TSC_DIR (npm i typescript@5 @types/node in /tmp/tsenv), else npx.
TSC_DIR=${TSC_DIR:-/tmp/tsenv}
tsc() { if [ -x "$TSC_DIR/node_modules/.bin/tsc" ]; then "$TSC_DIR/node_modules/.bin/tsc" "$@"; else npx --yes -p typescript@5 tsc "$@"; fi; }

mkdir -p src
printf 'export function formatDate(d: Date) { return d.toISOString(); }\nexport default function slug(s: string) { return s; }\n' > src/utils.ts
printf 'export const toISO = (d: Date) => d.toISOString();\n' > src/dates.ts
printf 'import { formatDate, parseDate } from "./utils";\nimport { slug } from "./utils";\nimport { fromISO } from "./dates";\nimport { toIso } from "./dates";\nexport { formatDate, parseDate, slug, fromISO, toIso };\n' > src/app.ts
tsc --noEmit src/app.ts
tsc --noEmit --pretty src/app.ts
exit 0
