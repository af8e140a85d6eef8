#!/usr/bin/env bash
# Reproduces typescript/ts1479-commonjs-imports-esm: a CommonJS file (no "type": "module") importing
# an ESM-only package under node16/nodenext.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/typescript.sh"
requires node
enter_work_dir
mkdir -p node_modules/esm-only
printf '{"name":"esm-only","version":"1.0.0","type":"module","exports":{".":{"types":"./index.d.ts","import":"./index.js"}}}\n' > node_modules/esm-only/package.json
printf 'export declare const id: () => string;\n' > node_modules/esm-only/index.d.ts
printf 'export const id = () => "x";\n' > node_modules/esm-only/index.js
printf '{"name":"app","version":"1.0.0"}\n' > package.json
printf 'import { id } from "esm-only";\nexport const x = id();\n' > index.ts
tsc --noEmit --module node16 --moduleResolution node16 index.ts
tsc --noEmit --module node16 --moduleResolution node16 --pretty index.ts
exit 0
