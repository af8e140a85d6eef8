#!/usr/bin/env bash
# Reproduces vite/cjs-node-api-deprecated: Vite's Node API loaded through require() (a CommonJS
# config or script), which Vite 5 warns about and Vite 6+ no longer supports.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/requires.sh"
requires node
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
JS_DIR=${JS_DIR:-/tmp/jsenv}   # npm i vite@5 there
printf 'const { build } = require("vite");\nconsole.log(typeof build);\n' > build.cjs
NODE_PATH="$JS_DIR/node_modules" node build.cjs
# The common case: vite.config.js with ESM syntax in a package without "type": "module".
mkdir -p app && cd app
ln -s "$JS_DIR/node_modules" node_modules
printf '{"name":"web","version":"1.0.0"}\n' > package.json
printf 'import { defineConfig } from "vite";\nexport default defineConfig({});\n' > vite.config.js
printf '<!doctype html><script type="module" src="/main.js"></script>\n' > index.html
printf 'console.log(1);\n' > main.js
node node_modules/vite/bin/vite.js build 2>&1 | head -n 3
exit 0
