#!/usr/bin/env bash
# Reproduces yarn/package-manager-mismatch: a project pinning yarn 4 in packageManager, run with a global yarn 1.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/js.sh"
. "$(dirname "$(readlink -f "$0")")/../_lib/yarn.sh"
requires node npm npx
js_sandbox
printf '{"name":"web","version":"1.0.0","packageManager":"yarn@4.5.0"}\n' > package.json
echo '$ yarn install # yarn 1'
[ -x "$YARN" ] && "$YARN" install
exit 0
