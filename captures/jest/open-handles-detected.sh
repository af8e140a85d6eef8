#!/usr/bin/env bash
# Reproduces jest/open-handles-detected: jest --detectOpenHandles on a test that leaves a server
# listening and a timer pending.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/js.sh"
requires node npm npx
js_sandbox
js_project
printf 'const http = require("http");\ntest("server up", () => {\n  const server = http.createServer(() => {}).listen(0);\n  setInterval(() => {}, 1000);\n  expect(server).toBeTruthy();\n});\n' > server.test.js
timeout 20 npx --no-install jest --ci --detectOpenHandles
if [ -x /tmp/jest29/node_modules/.bin/jest ]; then
    echo '$ jest --ci --detectOpenHandles # jest 29'
    timeout 20 /tmp/jest29/node_modules/.bin/jest --ci --detectOpenHandles
fi
exit 0
