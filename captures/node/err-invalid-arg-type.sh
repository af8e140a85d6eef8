#!/usr/bin/env bash
# Reproduces node/err-invalid-arg-type: a Node API given undefined where it needs a string path (unset env var, missing config).
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/requires.sh"
requires node
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"

env -u UPLOAD_DIR node -e "require(\"path\").join(process.env.UPLOAD_DIR, \"avatars\")"
node -e "require(\"fs\").readFileSync(undefined)"
exit 0
