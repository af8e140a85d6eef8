#!/usr/bin/env bash
# Reproduces typescript/ts1343-import-meta-module: import.meta or top-level await under a module
# setting that does not support them.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/typescript.sh"
requires node
enter_work_dir
printf 'export const url = import.meta.url;\nconst res = await fetch(url);\nexport { res };\n' > main.ts
tsc --noEmit --module commonjs --target es2022 --lib es2022,dom main.ts
tsc --noEmit --module es2015 --target es2017 --lib es2022,dom main.ts
exit 0
