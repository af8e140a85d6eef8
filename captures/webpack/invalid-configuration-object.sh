#!/usr/bin/env bash
# Reproduces webpack/invalid-configuration-object: a webpack 4-style or misspelled config under webpack 5.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/requires.sh"
requires node
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
JS_DIR=${JS_DIR:-/tmp/jsenv}   # npm i webpack@5 webpack-cli@5 there
mkdir src && printf '\n' > src/index.js
printf 'module.exports = { entry: "./src/index.js", mode: "prod", module: { loaders: [] } };\n' > webpack.config.js
"$JS_DIR/node_modules/.bin/webpack" 2>&1
printf 'module.exports = { entry: "./src/index.js", mode: "none", node: { fs: "empty" }, output: { filename: "[name].js", path: "dist" } };\n' > webpack.config.js
"$JS_DIR/node_modules/.bin/webpack" 2>&1
exit 0
