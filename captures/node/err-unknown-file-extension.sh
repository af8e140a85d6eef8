#!/usr/bin/env bash
# Reproduces node/err-unknown-file-extension: node asked to run a .ts file as an ES module
# (directly, or through ts-node's CommonJS mode in an ESM project).
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/requires.sh"
requires node
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
printf '{"name":"api","type":"module"}\n' > package.json
mkdir -p src && printf 'const port: number = 3000;\nconsole.log(port);\n' > src/server.ts
node src/server.ts
printf 'export const x = 1;\n' > src/x.tsx
node --input-type=module -e 'import("./src/x.tsx")'
exit 0
