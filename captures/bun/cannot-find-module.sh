#!/usr/bin/env bash
# Reproduces bun/cannot-find-module: an import that Bun cannot resolve.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/js.sh"
requires node npm npx
js_sandbox
export BUN_INSTALL_CACHE_DIR="$work/.bun-cache"
printf '{"name":"web","version":"1.0.0"}\n' > package.json
printf 'import { db } from "./lib/db";\nconsole.log(db);\n' > index.ts
echo '$ bun run index.ts'
bun run index.ts
exit 0
