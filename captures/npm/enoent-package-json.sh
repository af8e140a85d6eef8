#!/usr/bin/env bash
# Reproduces npm/enoent-package-json: npm commands run in a directory with no package.json.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/npm.sh"
requires npm
npm_sandbox
npm run build
npm start
[ -x "$NPM8" ] && "$NPM8" run dev
[ -x "$NPM6" ] && "$NPM6" install
exit 0
