#!/usr/bin/env bash
# Reproduces npm/missing-script: npm run with a script name package.json does not define.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/npm.sh"
requires npm
npm_sandbox
printf "{\"name\":\"web\",\"version\":\"1.0.0\",\"scripts\":{\"build\":\"echo build\",\"test\":\"echo test\"}}\n" > package.json
npm start
npm run dev
[ -x "$NPM8" ] && "$NPM8" run serve
[ -x "$NPM6" ] && "$NPM6" start
exit 0
