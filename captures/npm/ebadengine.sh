#!/usr/bin/env bash
# Reproduces npm/ebadengine: a package whose engines field excludes the running Node.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/npm.sh"
requires npm
npm_sandbox
mkdir dep && printf "{\"name\":\"needs-new-node\",\"version\":\"2.0.0\",\"engines\":{\"node\":\">=22.0.0\"}}\n" > dep/package.json
printf "{\"name\":\"web\",\"version\":\"1.0.0\"}\n" > package.json
npm install ./dep
rm -rf node_modules package-lock.json
npm install ./dep --engine-strict
[ -x "$NPM8" ] && "$NPM8" install ./dep --engine-strict
exit 0
