#!/usr/bin/env bash
# Reproduces jest/preset-or-transform-not-found: a Jest config naming ts-jest (as preset or as a
# transform), or the jsdom test environment, in a project where that package is not installed.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/js.sh"
requires node npm npx
js_sandbox
js_project
printf 'test("t", () => {});\n' > a.test.ts
printf 'module.exports = { preset: "ts-jest", testEnvironment: "node" };\n' > jest.config.js
npx --no-install jest --ci
jest29 --ci
printf 'module.exports = { transform: { "^.+\\\\.tsx?$": "ts-jest" } };\n' > jest.config.js
npx --no-install jest --ci
jest29 --ci
printf 'module.exports = { testEnvironment: "jsdom" };\n' > jest.config.js
printf 'test("t", () => {});\n' > a.test.js
rm a.test.ts
npx --no-install jest --ci
jest29 --ci
exit 0
