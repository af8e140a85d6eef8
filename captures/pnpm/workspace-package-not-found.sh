#!/usr/bin/env bash
# Reproduces pnpm/workspace-package-not-found: a dependency on a workspace:* package that the
# workspace does not contain.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/js.sh"
requires node npm npx
js_sandbox
# workspace RUNNER...: a fresh two-package workspace in its own folder; web's build fails.
workspace() {
    local dir="$work/w$(printf %s "$*" | tr -c "a-z0-9" _)"
    mkdir -p "$dir" && cd "$dir" || return
    printf 'packages:\n  - "packages/*"\n' > pnpm-workspace.yaml
    printf '{"name":"root","private":true}\n' > package.json
    mkdir -p packages/web packages/api
    printf '{"name":"api","version":"1.0.0","scripts":{"build":"node -e 1"}}\n' > packages/api/package.json
    printf '{"name":"web","version":"1.0.0","dependencies":{"@acme/ui":"workspace:*"}}\n' > packages/web/package.json
    "$@" install
}
workspace pnpm
for major in 8 9 10; do workspace pnpm_major "$major"; done
exit 0
