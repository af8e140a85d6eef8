#!/usr/bin/env bash
# Reproduces yarn/yn0009-build-failed (yarn 4): a dependency whose postinstall script exits non-zero.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/js.sh"
requires node npm npx
js_sandbox
export YARN_NODE_LINKER=node-modules
mkdir bld
printf '{"name":"native-thing","version":"1.0.0","scripts":{"postinstall":"node build.js"}}\n' > bld/package.json
printf 'console.error("gyp ERR! build error");\nprocess.exit(1);\n' > bld/build.js
printf '{"name":"web","version":"1.0.0","dependencies":{"native-thing":"file:./bld"}}\n' > package.json
touch yarn.lock
YARN_ENABLE_SCRIPTS=true yarn4 install
log=$(YARN_ENABLE_SCRIPTS=true yarn4 install 2>&1 | grep -o "/tmp/xfs-[^ ]*/build.log" | head -1)
[ -n "$log" ] && cat "$log"
exit 0
