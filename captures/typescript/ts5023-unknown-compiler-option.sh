#!/usr/bin/env bash
# Reproduces typescript/ts5023-unknown-compiler-option: a tsconfig or command-line option this tsc
# does not know (misspelled, or newer/older than this version).
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/typescript.sh"
requires node
enter_work_dir
printf '{ "compilerOptions": { "strict": true, "moduleResolutions": "bundler", "verbatimModuleSyntaxx": true, "experimentalDecorators2": true, "fooBarBaz": true }, "files": ["a.ts"] }\n' > tsconfig.json
printf 'export const a = 1;\n' > a.ts
tsc --noEmit -p tsconfig.json
tsc --noEmit --strictt a.ts
tsc --noEmit --fooBarBaz a.ts
exit 0
