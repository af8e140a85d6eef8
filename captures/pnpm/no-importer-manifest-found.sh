#!/usr/bin/env bash
# Reproduces pnpm/no-importer-manifest-found: pnpm install in a folder with no package.json (a
# Docker stage that did not COPY it, or the wrong working directory).
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/js.sh"
requires node npm npx
js_sandbox
mkdir app && cd app || exit 0
echo '$ pnpm install'
pnpm install
for major in 8 9 10; do pnpm_major "$major" install; done
echo "$ pnpm run build"
pnpm run build
pnpm_major 9 run build
exit 0
