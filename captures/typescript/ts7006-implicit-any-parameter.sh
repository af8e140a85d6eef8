#!/usr/bin/env bash
# Reproduces typescript/ts7006-implicit-any-parameter: a parameter without a type annotation under
# noImplicitAny (part of strict).
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/typescript.sh"
requires node
enter_work_dir
printf 'export function total(items) {\n  return items.reduce((sum, item) => sum + item.price, 0);\n}\nexport const onClick = function (e) { return e; };\n' > cart.ts
tsc --noEmit --strict cart.ts
tsc --noEmit --strict --pretty cart.ts
exit 0
