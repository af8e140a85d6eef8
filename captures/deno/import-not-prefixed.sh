#!/usr/bin/env bash
# Reproduces deno/import-not-prefixed: a bare specifier that no import map or deno.json maps, and a
# relative import of a file that does not exist.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/js.sh"
requires node npm npx
js_sandbox
printf 'import _ from "lodash";\nconsole.log(_);\n' > bare.ts
printf 'import { db } from "./db.ts";\nconsole.log(db);\n' > missing.ts
deno run bare.ts
echo '$ deno run missing.ts'
deno run missing.ts
deno check bare.ts
exit 0
