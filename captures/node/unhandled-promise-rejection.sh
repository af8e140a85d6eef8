#!/usr/bin/env bash
# Reproduces node/unhandled-promise-rejection: a rejected promise with no handler (Node 15+ exits).
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/requires.sh"
requires node
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"

node -e "Promise.reject(\"token expired\")"
printf "async function main() { throw new Error(\"db not ready\"); }\nmain();\n" > main.js
node main.js
node --unhandled-rejections=warn -e "Promise.reject(new Error(\"late\"))"
exit 0
