#!/usr/bin/env bash
# Reproduces node/eaddrinuse: a second server listens on a port already taken.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/requires.sh"
requires node
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"

node -e "require(\"http\").createServer().listen(3000, \"127.0.0.1\"); setTimeout(() => process.exit(0), 3000)" &
first=$!
sleep 1
node -e "require(\"http\").createServer().listen(3000, \"127.0.0.1\")"
node -e "require(\"net\").createServer().listen(3000)"
kill "$first" 2>/dev/null
exit 0
