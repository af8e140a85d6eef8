#!/usr/bin/env bash
# Reproduces typescript/ts2304-cannot-find-name: a name with no declaration in scope (often missing @types).
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/typescript.sh"
requires node
enter_work_dir
printf "describe(\"x\", () => { it(\"works\", () => {}); });\nconst t = setTimeout(() => {}, 1);\nconst p = require(\"path\");\nconsole.log(\$(\"#app\"));\n" > app.test.ts
# "types": [] keeps globally installed @types out, as in a project that lacks @types/jest etc.
printf "{ \"compilerOptions\": { \"noEmit\": true, \"types\": [], \"lib\": [\"es2020\"] }, \"files\": [\"app.test.ts\"] }\n" > tsconfig.json
tsc
tsc --pretty
exit 0
