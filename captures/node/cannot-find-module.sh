#!/usr/bin/env bash
# Reproduces the examples of the errkb record of the same name; prints the failing output.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/requires.sh"
requires node
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"

# A bare package name that is not installed, with the require stack Node prints.
printf "const leftPad = require('left-pad');\n" > server.js
node server.js
# A relative file that does not exist.
mkdir -p src && printf "require('./config/settings');\n" > src/index.js
node src/index.js
# The entry script itself is missing.
node dist/main.js
exit 0
