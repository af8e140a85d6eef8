#!/usr/bin/env bash
# Reproduces bun/script-not-found: bun run of a script package.json does not define.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/js.sh"
requires node npm npx
js_sandbox
export BUN_INSTALL_CACHE_DIR="$work/.bun-cache"
printf '{"name":"web","version":"1.0.0","scripts":{"dev":"bun index.ts"}}\n' > package.json
echo '$ bun run build'
bun run build
exit 0
