#!/usr/bin/env bash
# Reproduces node/cannot-use-import-outside-module: ESM syntax in a file Node loads as CommonJS.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/requires.sh"
requires node
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"

printf "import express from \"express\";\nconsole.log(express);\n" > index.js
node --no-experimental-detect-module index.js
printf "{\"name\":\"app\",\"type\":\"commonjs\"}\n" > package.json
mkdir -p src && printf "import { readFile } from \"node:fs/promises\";\n" > src/server.js
node src/server.js
exit 0
