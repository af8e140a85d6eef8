#!/usr/bin/env bash
# Reproduces node/cannot-read-properties-of-undefined: property access on undefined/null.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/requires.sh"
requires node
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"

printf "const config = {};\nconsole.log(config.db.host);\n" > app.js
node app.js
node -e "const user = null; user.name"
node -e "const rows = []; rows[0].map(r => r)"
exit 0
