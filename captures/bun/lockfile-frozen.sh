#!/usr/bin/env bash
# Reproduces bun/lockfile-frozen: package.json changed after bun.lock was written, and the install runs
# with --frozen-lockfile (as CI does).
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/js.sh"
requires node npm npx
js_sandbox
export BUN_INSTALL_CACHE_DIR="$work/.bun-cache"
printf '{"name":"web","version":"1.0.0","dependencies":{"left-pad":"1.3.0"}}\n' > package.json
bun install >/dev/null 2>&1
printf '{"name":"web","version":"1.0.0","dependencies":{"left-pad":"1.3.0","is-number":"^7.0.0"}}\n' > package.json
bun install --frozen-lockfile
CI=true bun ci
exit 0
