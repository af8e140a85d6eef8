#!/usr/bin/env bash
# Reproduces node/err-package-path-not-exported: importing a subpath a package's "exports" map
# does not list.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/requires.sh"
requires node
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
mkdir -p node_modules/uuidish/dist/cjs
printf '{"name":"uuidish","version":"9.0.0","exports":{".":{"require":"./dist/cjs/index.js","import":"./dist/cjs/index.js"},"./package.json":"./package.json"}}\n' > node_modules/uuidish/package.json
printf 'exports.v4 = () => "x";\n' > node_modules/uuidish/dist/cjs/index.js
printf 'exports.v4 = () => "x";\n' > node_modules/uuidish/dist/cjs/v4.js
printf 'const v4 = require("uuidish/dist/cjs/v4");\n' > index.js
node index.js
printf 'import v4 from "uuidish/v4";\n' > index.mjs
node index.mjs
exit 0
