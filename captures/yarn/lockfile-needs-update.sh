#!/usr/bin/env bash
# Reproduces yarn/lockfile-needs-update: package.json changed but yarn.lock did not, under
# --frozen-lockfile (yarn 1) / --immutable (yarn 2+, documented wording).
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/yarn.sh"
requires node
yarn_sandbox
printf '{"name":"web","version":"1.0.0","dependencies":{"left-pad":"1.3.0"}}\n' > package.json
"$YARN" install --silent --no-progress >/dev/null 2>&1
# A dependency added to package.json without re-running yarn install.
printf '{"name":"web","version":"1.0.0","dependencies":{"left-pad":"1.3.0","is-number":"^7.0.0"}}\n' > package.json
"$YARN" install --frozen-lockfile --no-progress
CI=true "$YARN" --frozen-lockfile --non-interactive --no-progress
exit 0
