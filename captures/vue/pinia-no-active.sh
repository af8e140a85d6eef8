#!/usr/bin/env bash
# Reproduces vue/pinia-no-active-pinia: a Pinia store used before app.use(pinia) (here: in a
# plain module), in development and in production mode. Uses /tmp/piniaenv (npm i pinia@2 vue@3)
# when present, else installs the same into the work directory.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/js.sh"
requires node npm npx
js_sandbox
if [ -d /tmp/piniaenv/node_modules/pinia ]; then
    ln -s /tmp/piniaenv/node_modules node_modules
else
    npm init -y >/dev/null && npm install --silent pinia@2 vue@3 >/dev/null 2>&1
fi
printf 'import { defineStore } from "pinia";\nconst useCounter = defineStore("counter", { state: () => ({ n: 0 }) });\nconst counter = useCounter();\nconsole.log(counter.n);\n' > store.mjs
echo '$ NODE_ENV=development node store.mjs'
NODE_ENV=development node store.mjs 2>&1 | head -12
echo '$ NODE_ENV=production node store.mjs'
NODE_ENV=production node store.mjs 2>&1 | head -6
exit 0
