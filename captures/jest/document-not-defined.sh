#!/usr/bin/env bash
# Reproduces jest/document-not-defined: a DOM test run in jest's default node environment.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/js.sh"
requires node npm npx
js_sandbox
js_project
printf 'test("renders", () => {\n  const el = document.createElement("div");\n  expect(el).toBeTruthy();\n});\n' > dom.test.js
npx --no-install jest --ci
jest29 --ci
exit 0
