#!/usr/bin/env bash
# Reproduces typescript/ts2503-cannot-find-namespace: a namespace from a type package that is not
# in the program (NodeJS without @types/node, JSX without React types).
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/typescript.sh"
requires node
enter_work_dir
printf 'let timer: NodeJS.Timeout | undefined;\nexport const env: NodeJS.ProcessEnv = {};\nexport function el(): JSX.Element | null { return null; }\nexport { timer };\n' > util.ts
printf '{ "compilerOptions": { "strict": true, "noEmit": true, "types": [] }, "files": ["util.ts"] }\n' > tsconfig.json
tsc -p tsconfig.json
tsc -p tsconfig.json --pretty
exit 0
