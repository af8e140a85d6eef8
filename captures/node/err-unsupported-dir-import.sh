#!/usr/bin/env bash
# Reproduces node/err-unsupported-dir-import: an ES module imports a directory (index.js is not
# looked up in ESM).
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/requires.sh"
requires node
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
printf '{"name":"api","type":"module"}\n' > package.json
mkdir -p src/utils && printf 'export const slug = s => s;\n' > src/utils/index.js
printf 'import { slug } from "./utils";\nconsole.log(slug("a"));\n' > src/main.js
node src/main.js
exit 0
