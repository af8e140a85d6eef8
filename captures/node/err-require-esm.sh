#!/usr/bin/env bash
# Reproduces node/err-require-esm: require() of an ES module (the error Node < 20.19/22.12 always gives; Node 20.19+ gives it with --no-experimental-require-module).
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/requires.sh"
requires node
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"

mkdir -p node_modules/esm-only
printf "{\"name\":\"esm-only\",\"version\":\"1.0.0\",\"type\":\"module\",\"main\":\"index.js\"}\n" > node_modules/esm-only/package.json
printf "export default function f() {}\n" > node_modules/esm-only/index.js
printf "const f = require(\"esm-only\");\n" > index.js
node --no-experimental-require-module index.js
printf "export const a = 1;\n" > lib.mjs
node --no-experimental-require-module -e "require(\"./lib.mjs\")"
printf "const x = await Promise.resolve(1); export default x;\n" > tla.mjs
node -e "require(\"./tla.mjs\")"
exit 0
