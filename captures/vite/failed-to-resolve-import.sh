#!/usr/bin/env bash
# Reproduces vite/failed-to-resolve-import: an import Vite cannot resolve, in dev (import
# analysis) and in build (Rollup).
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/requires.sh"
requires node curl
work=$(mktemp -d)
pids=""
trap 'kill $pids 2>/dev/null; rm -rf "$work"' EXIT
cd "$work"
JS_DIR=${JS_DIR:-/tmp/jsenv}   # npm i vite@5 there
mkdir -p src
printf '<!doctype html><div id="app"></div><script type="module" src="/src/main.js"></script>\n' > index.html
printf "import axios from 'axios';\nimport { api } from './services/api';\nconsole.log(axios, api);\n" > src/main.js
"$JS_DIR/node_modules/.bin/vite" build 2>&1 | grep -v "^\s*at "
"$JS_DIR/node_modules/.bin/vite" --port 18690 --strictPort --host 127.0.0.1 > dev.log 2>&1 &
pids=$!
sleep 3
curl -s http://127.0.0.1:18690/src/main.js >/dev/null
sleep 1
cat dev.log
exit 0
