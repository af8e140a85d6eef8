#!/usr/bin/env bash
# Reproduces the examples of node/econnrefused: connecting to an IPv4 port nothing listens on.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/requires.sh"
requires node
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
# Port 5432 on 127.0.0.1 (postgres default); nothing listens there on the capture machine.
node -e "require('net').connect(5432, '127.0.0.1')"
# The same refusal through http.get and fetch (undici wraps it in 'fetch failed').
node -e "require('http').get('http://127.0.0.1:3000/api/health')"
node -e "fetch('http://127.0.0.1:8080/users').then(r => console.log(r.status))"
exit 0
