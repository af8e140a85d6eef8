#!/usr/bin/env bash
# Reproduces jest/did-not-exit: a test leaves a timer/server running, so jest cannot exit.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/js.sh"
requires node npm npx
js_sandbox
js_project
printf 'const http = require("http");\nconst server = http.createServer(() => {}).listen(0);\ntest("server up", () => expect(server).toBeTruthy());\n' > server.test.js
timeout 20 npx --no-install jest --ci
[ -x /tmp/jest29/node_modules/.bin/jest ] && echo "\$ jest --ci # jest 29" && timeout 20 /tmp/jest29/node_modules/.bin/jest --ci
exit 0
