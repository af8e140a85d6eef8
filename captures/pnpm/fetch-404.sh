#!/usr/bin/env bash
# Reproduces pnpm/fetch-404: a package name the registry does not know (typo, private package
# without a token).
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/js.sh"
requires node npm npx
js_sandbox
printf '{"name":"web","version":"1.0.0"}\n' > package.json
pnpm add errkb-nonexistent-pkg-zz9
for major in 8 9 10; do pnpm_major "$major" add errkb-nonexistent-pkg-zz9; done
exit 0
