#!/usr/bin/env bash
# Reproduces node/maximum-call-stack-size-exceeded: unbounded recursion.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/requires.sh"
requires node
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"

printf "function walk(node) { return node ? walk(node.parent) : 0; }\nconst root = {}; root.parent = root;\nwalk(root);\n" > tree.js
node tree.js
node -e "const a = {}; a.toJSON = () => a; JSON.stringify({ get x() { return this.x; } })"
exit 0
