#!/usr/bin/env bash
# Reproduces pnpm/peer-dep-issues: a dependency's peer range is not met, with strict peer
# dependencies on.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/js.sh"
requires node npm npx
js_sandbox
mkdir ui && printf '{"name":"ui-kit","version":"2.0.0","peerDependencies":{"left-pad":"^2.0.0"}}\n' > ui/package.json
printf '{"name":"web","version":"1.0.0","dependencies":{"left-pad":"1.3.0","ui-kit":"file:./ui"}}\n' > package.json
pnpm install --strict-peer-dependencies
for major in 8 9 10; do rm -rf node_modules pnpm-lock.yaml; pnpm_major "$major" install --strict-peer-dependencies; done
exit 0
