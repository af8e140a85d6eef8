#!/usr/bin/env bash
# Reproduces npm/etarget-no-matching-version: a version range no published version satisfies.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/npm.sh"
requires npm
npm_sandbox
npm init -y >/dev/null
npm install left-pad@^9.9.9
[ -x "$NPM8" ] && "$NPM8" install left-pad@2.0.0
exit 0
