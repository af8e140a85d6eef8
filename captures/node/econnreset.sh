#!/usr/bin/env bash
# Reproduces node/econnreset: the server closes the socket before answering.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/requires.sh"
requires node
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"

node -e "
const net = require(\"net\"), http = require(\"http\");
const srv = net.createServer(s => s.destroy()).listen(0, \"127.0.0.1\", () => {
  http.get(\"http://127.0.0.1:\" + srv.address().port + \"/\");
});"
node -e "
const net = require(\"net\");
const srv = net.createServer(s => { s.on(\"data\", () => s.resetAndDestroy()); }).listen(0, \"127.0.0.1\", () => {
  const c = net.connect(srv.address().port, \"127.0.0.1\", () => c.write(\"ping\"));
});"
exit 0
