#!/usr/bin/env bash
# Reproduces node/fetch-invalid-url: fetch() on the server with a relative URL (no origin).
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/requires.sh"
requires node
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
node -e "fetch('/api/users')"
node -e "fetch(process.env.API_URL + '/users').catch(e => { console.error(e); process.exit(1); })"
exit 0
