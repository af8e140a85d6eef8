#!/usr/bin/env bash
# Reproduces yarn/package-not-found: yarn 1 asked for a package or version the registry lacks.
set -u
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
YARN=${YARN:-/tmp/yarn1/node_modules/.bin/yarn}   # npm i yarn@1 in /tmp/yarn1
export YARN_CACHE_FOLDER="$work/.yarn-cache"
printf '{"name":"web","version":"1.0.0"}\n' > package.json
"$YARN" add errkb-no-such-package-2f9c --no-progress
"$YARN" add left-pad@9.9.9 --no-progress
exit 0
