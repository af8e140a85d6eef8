#!/usr/bin/env bash
# Reproduces typescript/ts2322-type-not-assignable: a value whose type does not fit the declared type.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/typescript.sh"
requires node
enter_work_dir
printf "let port: number = process.env.PORT;\nconst id: string = 42;\ninterface User { name: string; age: number }\nconst u: User = { name: \"ada\", age: \"36\" };\n" > index.ts
tsc --noEmit --strict --types node --typeRoots "$TSC_DIR/node_modules/@types" index.ts
tsc --noEmit --strict --pretty --types node --typeRoots "$TSC_DIR/node_modules/@types" index.ts
exit 0
