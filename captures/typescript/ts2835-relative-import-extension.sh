#!/usr/bin/env bash
# Reproduces typescript/ts2835-relative-import-extension: a relative import without its extension
# under node16/nodenext module resolution in an ES module.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/typescript.sh"
requires node
enter_work_dir
printf '{"name":"app","type":"module"}\n' > package.json
mkdir src && printf 'export const db = 1;\n' > src/db.ts
printf 'import { db } from "./db";\nexport { db };\n' > src/index.ts
tsc --noEmit --module nodenext --moduleResolution nodenext src/index.ts
tsc --noEmit --module nodenext --moduleResolution nodenext --pretty src/index.ts
exit 0
