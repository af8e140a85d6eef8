#!/usr/bin/env bash
# Reproduces webpack/module-not-found-cant-resolve: an import webpack 5 cannot resolve.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/requires.sh"
requires node
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
JS_DIR=${JS_DIR:-/tmp/jsenv}   # npm i webpack@5 webpack-cli@5 there
mkdir -p src/components
printf "import dayjs from 'dayjs';\nimport Header from './components/Header';\nimport './styles/main.css';\nconsole.log(dayjs, Header);\n" > src/index.js
"$JS_DIR/node_modules/.bin/webpack" --mode development --entry ./src/index.js --stats errors-only 2>&1
exit 0
