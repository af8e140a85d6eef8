#!/usr/bin/env bash
# Reproduces typescript/ts2769-no-overload-matches: a call that fits none of a function's overloads.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/typescript.sh"
requires node
enter_work_dir
printf 'const d = new Date("2024", 1);\nconst el = document.createElement("div");\nel.addEventListener("click", (e: KeyboardEvent) => e.key);\nconst n = [1, 2].reduce((a, b) => a + b, "");\n' > a.ts
tsc --noEmit --strict --lib dom,es2020 a.ts
exit 0
