#!/usr/bin/env bash
# Reproduces vite/rollup-native-module-missing: rollup 4's platform package (an optional
# dependency) is absent, as after npm/cli#4828 or a node_modules copied from another OS.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/requires.sh"
requires node
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
JS_DIR=${JS_DIR:-/tmp/jsenv}   # npm i vite@5 there
cp -r "$JS_DIR/node_modules" node_modules
rm -rf node_modules/@rollup/rollup-linux-x64-gnu node_modules/@rollup/rollup-linux-x64-musl
printf '<!doctype html><script type="module" src="/main.js"></script>\n' > index.html
printf 'console.log(1);\n' > main.js
node node_modules/vite/bin/vite.js build 2>&1 | grep -v '^    at '
exit 0
