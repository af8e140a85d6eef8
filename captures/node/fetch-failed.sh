#!/usr/bin/env bash
# Reproduces node/fetch-failed: Node's fetch (undici) wraps every network failure in
# "TypeError: fetch failed"; here the server closes the socket without answering.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/requires.sh"
requires node
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
node -e "
const net = require('net');
const srv = net.createServer(c => c.on('data', () => c.destroy())).listen(0, '127.0.0.1', () => {
  fetch('http://127.0.0.1:' + srv.address().port + '/api').catch(e => { console.error(e); process.exit(1); });
});"
exit 0
