#!/usr/bin/env bash
# Reproduces typescript/ts2554-expected-arguments: a call with too few or too many arguments.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/typescript.sh"
requires node
enter_work_dir
printf 'function createUser(name: string, email: string) { return { name, email }; }\ncreateUser("ada");\ncreateUser("ada", "a@example.com", true);\nconst p = new Promise((resolve) => resolve());\n' > a.ts
tsc --noEmit --strict --lib es2020 a.ts
exit 0
