#!/usr/bin/env bash
# Reproduces bun/no-version-matching: bun add of a range no published version satisfies.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/js.sh"
requires node npm npx
js_sandbox
export BUN_INSTALL_CACHE_DIR="$work/.bun-cache"
printf '{"name":"web","version":"1.0.0"}\n' > package.json
bun add is-number@^99.0.0
exit 0
