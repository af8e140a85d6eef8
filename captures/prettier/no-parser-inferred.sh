#!/usr/bin/env bash
# Reproduces prettier/no-parser-inferred: prettier asked to format a file whose extension it has no
# parser for.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/js.sh"
requires node npm npx
js_sandbox
printf 'FOO=1\n' > .env.example
printf 'root = true\n' > settings.conf
prettier --check .env.example settings.conf
prettier --write settings.conf
[ -x /tmp/prettier2/node_modules/.bin/prettier ] && echo '$ prettier --check settings.conf # prettier 2' && /tmp/prettier2/node_modules/.bin/prettier --check settings.conf
exit 0
