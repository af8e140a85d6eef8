#!/usr/bin/env bash
# Reproduces typescript/ts2345-argument-not-assignable: an argument whose type does not match the parameter.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/typescript.sh"
requires node
enter_work_dir
printf "function greet(name: string) { return name; }\ngreet(42);\nconst ids: number[] = [];\nids.push(\"7\");\nconst input = document.querySelector(\"input\");\nparseInt(input?.value);\n" > a.ts
tsc --noEmit --strict --lib dom,es2020 a.ts
exit 0
