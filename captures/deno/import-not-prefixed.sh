#!/usr/bin/env bash
# Reproduces deno/import-not-a-dependency: a bare specifier that no import map or deno.json maps.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/js.sh"
requires node npm npx
js_sandbox
printf 'import _ from "lodash";\nconsole.log(_);\n' > bare.ts
deno run bare.ts
deno check bare.ts
exit 0
