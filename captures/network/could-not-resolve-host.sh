#!/usr/bin/env bash
# Reproduces network/could-not-resolve-host: names DNS does not know (.invalid never resolves).
set -u
. "$(dirname "$(readlink -f "$0")")/../_lib/requires.sh"
requires curl wget ssh python3
work=$(mktemp -d)
pids=""
trap 'kill $pids 2>/dev/null; rm -rf "$work"' EXIT
cd "$work"

curl -sS https://api.example.invalid/v1/users
wget -nv http://downloads.example.invalid/pkg.tar.gz
ssh -F /dev/null -o BatchMode=yes deploy@build-01.example.invalid true
python3 -c "import urllib.request; urllib.request.urlopen(\"http://registry.example.invalid/\")" 2>&1 | tail -n 1
exit 0
