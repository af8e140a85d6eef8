#!/usr/bin/env bash
# Reproduces jest/no-tests-found: jest run where no file matches testMatch / the path pattern.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/js.sh"
requires node npm npx
js_sandbox
js_project
mkdir -p src && printf 'exports.a = 1;\n' > src/a.js
npx --no-install jest --ci
jest29 --ci
npx --no-install jest --ci src/cart
jest29 --ci src/cart
exit 0
