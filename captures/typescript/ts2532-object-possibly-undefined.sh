#!/usr/bin/env bash
# Reproduces typescript/ts2532-object-possibly-undefined: strictNullChecks on a value that may be undefined or null.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/typescript.sh"
requires node
enter_work_dir
printf "const m = new Map<string, { n: number }>();\nconsole.log(m.get(\"a\").n);\nfunction f(o?: { x: number[] }) { return o.x.length; }\nconst el = document.getElementById(\"a\");\nel.focus();\nconst arr = [1, 2].find(v => v > 1);\nconsole.log(arr.toFixed());\n" > a.ts
tsc --noEmit --strict --lib dom,es2020 a.ts
tsc --noEmit --strict --lib dom,es2020 --target es5 a.ts
exit 0
