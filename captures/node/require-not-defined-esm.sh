#!/usr/bin/env bash
# Reproduces node/require-not-defined-esm: require() inside a file Node loads as an ES module.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/requires.sh"
requires node
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"

printf "{\"name\":\"app\",\"type\":\"module\"}\n" > package.json
printf "const fs = require(\"fs\");\n" > index.js
node index.js
printf "const path = require(\"path\");\nconsole.log(__dirname);\n" > build.mjs
node build.mjs
exit 0
