#!/usr/bin/env bash
# Reproduces typescript/ts6133-declared-but-never-read: noUnusedLocals/noUnusedParameters turn unused names into build errors.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/typescript.sh"
requires node
enter_work_dir
mkdir -p src && printf "import { readFile } from \"node:fs\";\nimport path from \"node:path\";\nexport function handler(req: unknown, res: unknown) {\n  const started = Date.now();\n  return res;\n}\n" > src/handler.ts
printf "{ \"compilerOptions\": { \"strict\": true, \"noUnusedLocals\": true, \"noUnusedParameters\": true, \"noEmit\": true, \"esModuleInterop\": true, \"module\": \"nodenext\", \"types\": [\"node\"], \"typeRoots\": [\"%s/node_modules/@types\"] }, \"include\": [\"src\"] }\n" "$TSC_DIR" > tsconfig.json
tsc
tsc --pretty
exit 0
