#!/usr/bin/env bash
# Reproduces pnpm/unsupported-engine: the project's engines.node excludes the running Node, with
# engine-strict on.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/js.sh"
requires node npm npx
js_sandbox
printf '{"name":"web","version":"1.0.0","engines":{"node":">=22"},"dependencies":{"left-pad":"1.3.0"}}\n' > package.json
pnpm install --engine-strict
for major in 8 9 10; do pnpm_major "$major" install --engine-strict; done
exit 0
