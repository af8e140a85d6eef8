#!/usr/bin/env bash
# Reproduces network/connection-refused: clients connecting to 127.0.0.1 ports nothing listens on.
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/requires.sh"
requires curl ssh wget python3 openssl
work=$(mktemp -d)
pids=""
trap 'kill $pids 2>/dev/null; rm -rf "$work"' EXIT
cd "$work"

curl -sS http://127.0.0.1:18801/health
curl -sS http://localhost:18802/api/v1/status
ssh -F /dev/null -o BatchMode=yes -p 18803 deploy@127.0.0.1 true
wget -nv http://127.0.0.1:18804/
wget http://127.0.0.1:18804/
python3 -c "import urllib.request; urllib.request.urlopen(\"http://127.0.0.1:18805/\")" 2>&1 | tail -n 1
python3 -c "import socket; socket.create_connection((\"127.0.0.1\", 18806))" 2>&1 | tail -n 1
echo | openssl s_client -connect 127.0.0.1:18807 2>&1 | grep -i -E "connect:|refused"
exit 0
