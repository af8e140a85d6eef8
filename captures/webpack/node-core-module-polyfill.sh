#!/usr/bin/env bash
# Reproduces webpack/node-core-module-polyfill: a Node core module imported into a browser bundle.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/requires.sh"
requires node
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
JS_DIR=${JS_DIR:-/tmp/jsenv}   # npm i webpack@5 webpack-cli@5 there
mkdir -p src
# A Node core module in a browser bundle: webpack 5 dropped the automatic polyfills.
printf "const crypto = require('crypto');\nconsole.log(crypto);\n" > src/hash.js
"$JS_DIR/node_modules/.bin/webpack" --mode production --entry ./src/hash.js --stats errors-only 2>&1
exit 0
