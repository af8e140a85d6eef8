#!/usr/bin/env bash
# Reproduces typescript/ts2451-cannot-redeclare-block-scoped: two script files (no import/export) that
# declare the same top-level name, which then share the global scope.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/typescript.sh"
requires node
enter_work_dir
printf 'const config = { port: 3000 };\nconsole.log(config);\n' > server.ts
printf 'const config = { retries: 3 };\nconsole.log(config);\n' > worker.ts
tsc --noEmit --lib es2020,dom server.ts worker.ts
tsc --noEmit --lib es2020,dom --pretty server.ts worker.ts
exit 0
