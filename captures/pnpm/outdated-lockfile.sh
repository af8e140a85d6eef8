#!/usr/bin/env bash
# Reproduces pnpm/outdated-lockfile: package.json gained a dependency after pnpm-lock.yaml was written,
# and the install runs with --frozen-lockfile (the default on CI).
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/js.sh"
requires node npm npx
js_sandbox
# outdated RUNNER...: in a fresh folder, lock one dependency, add a second to package.json only,
# then install with the lockfile frozen.
outdated() {
    local dir="$work/p$(printf %s "$*" | tr -c "a-z0-9" _)"
    mkdir -p "$dir" && cd "$dir" || return
    printf '{"name":"web","version":"1.0.0","dependencies":{"left-pad":"1.3.0"}}\n' > package.json
    "$@" install >/dev/null 2>&1
    printf '{"name":"web","version":"1.0.0","dependencies":{"left-pad":"1.3.0","is-number":"^7.0.0"}}\n' > package.json
    CI=true "$@" install --frozen-lockfile
}
outdated pnpm
for major in 8 9 10; do outdated pnpm_major "$major"; done
exit 0
