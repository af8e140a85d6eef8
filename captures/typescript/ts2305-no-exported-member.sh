#!/usr/bin/env bash
# Reproduces typescript/ts2305-no-exported-member: importing a name the module does not export.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/typescript.sh"
requires node
enter_work_dir
mkdir -p src
printf 'export function formatDate(d: Date) { return d.toISOString(); }\nexport default function slug(s: string) { return s; }\n' > src/utils.ts
printf 'export const toISO = (d: Date) => d.toISOString();\n' > src/dates.ts
printf 'import { formatDate, parseDate } from "./utils";\nimport { slug } from "./utils";\nimport { fromISO } from "./dates";\nimport { toIso } from "./dates";\nexport { formatDate, parseDate, slug, fromISO, toIso };\n' > src/app.ts
tsc --noEmit src/app.ts
tsc --noEmit --pretty src/app.ts
exit 0
