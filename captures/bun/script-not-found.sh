#!/usr/bin/env bash
# Reproduces bun/script-not-found and bun/cannot-find-module: bun run of a missing script, and an import
# that does not resolve.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/js.sh"
requires node npm npx
js_sandbox
export BUN_INSTALL_CACHE_DIR="$work/.bun-cache"
printf '{"name":"web","version":"1.0.0","scripts":{"dev":"bun index.ts"}}\n' > package.json
printf 'import { db } from "./lib/db";\nimport express from "express";\nconsole.log(db, express);\n' > index.ts
echo '$ bun run build'
bun run build
echo '$ bun run index.ts'
bun run index.ts
bun add is-number@^99.0.0
exit 0
