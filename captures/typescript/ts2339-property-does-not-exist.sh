#!/usr/bin/env bash
# Reproduces typescript/ts2339-property-does-not-exist: access to a property the type does not declare.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/typescript.sh"
requires node
enter_work_dir
printf "const el = document.getElementById(\"q\");\nconsole.log(el.value);\nconst res = { data: 1 };\nconsole.log(res.body);\nwindow.dataLayer = [];\n" > main.ts
tsc --noEmit --lib dom,es2020 main.ts
tsc --noEmit --strict --pretty --lib dom,es2020 main.ts
exit 0
