#!/usr/bin/env bash
# Reproduces typescript/ts2792-cannot-find-module-moduleresolution: a package import under the classic
# module resolution (module set to es2015+ without moduleResolution).
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/typescript.sh"
requires node
enter_work_dir
mkdir -p node_modules/left-pad && printf '{"name":"left-pad","version":"1.3.0","types":"index.d.ts"}\n' > node_modules/left-pad/package.json
printf 'export default function leftPad(s: string, n: number): string;\n' > node_modules/left-pad/index.d.ts
printf 'import leftPad from "left-pad";\nexport const x = leftPad("a", 2);\n' > index.ts
tsc --noEmit --module es2015 index.ts
tsc --noEmit --module esnext --pretty index.ts
exit 0
