#!/usr/bin/env bash
# Reproduces node/err-module-not-found: ESM import of a missing package or file (no extension).
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/requires.sh"
requires node
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"

printf "import chalk from \"chalk\";\n" > app.mjs
node app.mjs
printf "{\"type\":\"module\"}\n" > package.json
printf "export const x = 1;\n" > utils.js
printf "import { x } from \"./utils\";\n" > index.js
node index.js
exit 0
