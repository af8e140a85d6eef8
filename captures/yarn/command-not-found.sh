#!/usr/bin/env bash
# Reproduces yarn/command-not-found: yarn run with a script/binary the project does not have.
set -u
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
YARN=${YARN:-/tmp/yarn1/node_modules/.bin/yarn}   # npm i yarn@1 in /tmp/yarn1
printf '{"name":"web","version":"1.0.0","scripts":{"build":"echo build"}}\n' > package.json
"$YARN" start
"$YARN" run dev
"$YARN" eslint .
exit 0
