#!/usr/bin/env bash
# Reproduces deno/module-not-found: a relative import of a file that does not exist.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/js.sh"
requires node npm npx
js_sandbox
printf 'import { db } from "./db.ts";\nconsole.log(db);\n' > missing.ts
echo '$ deno run missing.ts'
deno run missing.ts
exit 0
