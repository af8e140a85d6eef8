#!/usr/bin/env bash
# Reproduces node/econnrefused-ipv6-localhost: 'localhost' resolves to ::1 first (Node 17+
# keeps the resolver's order) while the server listens on 127.0.0.1 only.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/requires.sh"
requires node
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cd "$work"
# A server bound to IPv4 only, as many dev databases are.
node -e "require('net').createServer(s => s.end()).listen(0, '127.0.0.1', function () { console.log(this.address().port) })" > port.txt &
server=$!
sleep 1
port=$(cat port.txt)
# The capture machine's /etc/hosts has no '::1 localhost' line; this lookup returns what a stock
# Debian/Ubuntu/macOS hosts file gives, IPv6 first.
cat > client.js <<'JS'
const net = require('net');
const lookup = (host, opts, cb) => opts.all
  ? cb(null, [{ address: '::1', family: 6 }, { address: '127.0.0.1', family: 4 }])
  : cb(null, '::1', 6);
// autoSelectFamily off is the Node 17/18 behaviour: only the first address is tried.
net.connect({ port: Number(process.argv[2]), host: 'localhost', lookup, autoSelectFamily: false })
  .on('connect', () => { console.log('connected'); process.exit(0); });
JS
node client.js "$port"
node -e "require('net').connect({port: 27017, host: '::1'})"
kill "$server"
exit 0
