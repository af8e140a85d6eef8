#!/usr/bin/env bash
# Reproduces node/err-http-headers-sent: a handler writes headers after the response was already sent.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/requires.sh"
requires node
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"

node -e "
const http = require(\"http\");
const srv = http.createServer((req, res) => { res.end(\"ok\"); res.setHeader(\"X-Time\", \"1\"); })
  .listen(0, \"127.0.0.1\", () => http.get(\"http://127.0.0.1:\" + srv.address().port + \"/\"));"
exit 0
