#!/usr/bin/env bash
# Reproduces typescript/ts5097-import-ts-extension: a relative import ending in .ts without
# allowImportingTsExtensions.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/typescript.sh"
requires node
enter_work_dir
printf 'export const db = 1;\n' > db.ts
printf 'import { db } from "./db.ts";\nexport { db };\n' > index.ts
echo '$ tsc --noEmit --module esnext --moduleResolution bundler index.ts'
tsc --noEmit --module esnext --moduleResolution bundler index.ts
tsc --module esnext --moduleResolution bundler --allowImportingTsExtensions --outDir out index.ts
exit 0
